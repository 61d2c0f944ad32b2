"""The library API: everything the CLI, the REST server and the store call."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from silang.model import Briefing, Document, ReadError
from silang.pipeline import run
from silang.pipeline.base import Corpus, Step

Input = str | os.PathLike[str] | dict[str, Any] | Document


def read(inputs: Iterable[Input]) -> tuple[list[Document], list[ReadError]]:
    """Read files, folders, records or Documents into Documents; unreadable inputs become ReadErrors."""
    from silang.pipeline.ingest import read_documents

    return read_documents(inputs)


def analyse(
    docs: Iterable[Document],
    steps: Sequence[str] | None = None,
    progress: Callable[[Document], None] | None = None,
    **options: Any,
) -> Briefing:
    """Run the pipeline over already-read Documents and return the briefing."""
    corpus, built = run(docs, steps=steps, options=options, progress=progress)
    return to_briefing(corpus, built)


def to_briefing(corpus: Corpus, steps: Sequence[Step] = ()) -> Briefing:
    """Assemble a Briefing from a processed corpus, stories sorted by size then recency."""
    docs = list(corpus.docs.values())
    return Briefing(articles=docs, stories=list(corpus.stories), stats=[s.stats.as_dict() for s in steps])


def brief(
    inputs: Input | Iterable[Input],
    steps: Sequence[str] | None = None,
    progress: Callable[[Document], None] | None = None,
    **options: Any,
) -> Briefing:
    """Turn articles (paths, folders, dict records or Documents) into a cross-checked Briefing.

    >>> b = brief("../shared/corpora/seeds")  # doctest: +SKIP
    >>> [len(s.articles) for s in b.stories]  # doctest: +SKIP
    [5]
    """
    if isinstance(inputs, str | os.PathLike | dict | Document):
        inputs = [inputs]
    docs, errors = read(inputs)
    result = analyse(docs, steps=steps, progress=progress, **options)
    result.errors = errors
    return result
