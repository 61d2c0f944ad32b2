"""The named steps of silang, in order, and the function that runs them.

ingest → clean → segment → entities → quotes → temporal → copies → stories
→ story_entities → quote_match → claims → timeline → summary.
Steps are registered by name with a ``module:Class`` path so that an optional
step's dependencies are imported only when it runs.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from silang.model import Document
from silang.pipeline.base import Corpus, CorpusStep, DocStep, Step, StoryStep

STEPS: dict[str, str] = {
    "clean": "silang.pipeline.clean:Clean",
    "segment": "silang.pipeline.segment:Segment",
    "entities": "silang.pipeline.entities:Entities",
    "quotes": "silang.pipeline.quotes:Quotes",
    "temporal": "silang.pipeline.temporal:Temporal",
    "copies": "silang.pipeline.copies:Copies",
    "stories": "silang.pipeline.stories:Stories",
    "story_entities": "silang.pipeline.entities:StoryEntities",
    "quote_match": "silang.pipeline.quote_match:QuoteMatch",
    "claims": "silang.pipeline.claims:Claims",
    "timeline": "silang.pipeline.timeline:Timeline",
    "summary": "silang.pipeline.summary:Summary",
}

DOC_STEPS = ("clean", "segment", "entities", "quotes", "temporal")


def make_step(name: str, **options: Any) -> Step:
    """Instantiate the registered step ``name``."""
    try:
        module_name, cls_name = STEPS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown step {name!r}; known steps: {', '.join(STEPS)}") from None
    cls = getattr(importlib.import_module(module_name), cls_name)
    step: Step = cls(**options)
    return step


def available_steps(names: Iterable[str] = STEPS) -> list[str]:
    """The registered steps whose module exists (all of them in a complete install)."""
    out = []
    for name in names:
        module_name = STEPS[name].split(":")[0]
        if importlib.util.find_spec(module_name) is not None:
            out.append(name)
    return out


def process_documents(docs: Iterable[Document], steps: Sequence[DocStep]) -> list[Document]:
    """Run the per-document steps over ``docs``, one document at a time through all steps."""
    out = []
    for doc in docs:
        for step in steps:
            step.run([doc])
        out.append(doc)
    return out


def run(
    docs: Iterable[Document],
    steps: Sequence[str] | None = None,
    options: dict[str, Any] | None = None,
    progress: Callable[[Document], None] | None = None,
) -> tuple[Corpus, list[Step]]:
    """Run the pipeline over ``docs``; return the corpus (docs and stories) and the steps with stats."""
    names = list(steps) if steps is not None else available_steps()
    built = [make_step(n) for n in names]
    doc_steps = [s for s in built if isinstance(s, DocStep)]
    corpus = Corpus(options=dict(options or {}))
    for doc in docs:
        for step in doc_steps:
            step.run([doc])
        corpus.docs[doc.id] = doc
        if progress:
            progress(doc)
    for step in built:
        if isinstance(step, CorpusStep | StoryStep):
            step.run(corpus)
    return corpus, built
