"""Pipeline steps and the runner that times and counts them.

Three kinds of step, run in order by :class:`Pipeline`:

* :class:`DocStep` works on one article at a time (``process(doc)``): map-parallel, Dask-friendly;
* :class:`CorpusStep` sees every article at once (``process(corpus)``), e.g. copy detection and stories;
* :class:`StoryStep` works on one story and its articles (``process_story(story, docs)``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from silang.model import Derivation, Document, Story

# SILANG_STRICT=1 (set by the test suite) re-raises a step's exception instead of recording it.
STRICT = os.environ.get("SILANG_STRICT") == "1"


@dataclass
class Corpus:
    """Every article of a run, by id, and the stories found so far."""

    docs: dict[str, Document] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    derivations: list[Derivation] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)

    def story_docs(self, story: Story) -> list[Document]:
        """The documents of one story, in the story's order."""
        return [self.docs[a] for a in story.articles if a in self.docs]


@dataclass
class StepStats:
    """What one step did: items processed, items produced, seconds spent."""

    name: str
    items: int = 0
    produced: int = 0
    seconds: float = 0.0
    errors: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The stats as a plain dict, with a throughput."""
        rate = self.items / self.seconds if self.seconds > 0 else None
        return {
            "step": self.name,
            "items": self.items,
            "produced": self.produced,
            "seconds": round(self.seconds, 4),
            "per_second": round(rate, 1) if rate else None,
            "errors": self.errors,
        }


class Step:
    """Base of all steps: a ``name`` and a ``stats`` record."""

    name = "step"

    def __init__(self) -> None:
        self.stats = StepStats(self.name)


class DocStep(Step):
    """A step over one document at a time. Return how many things it produced."""

    def process(self, doc: Document) -> int:
        """Annotate ``doc`` in place; return the number of items produced."""
        raise NotImplementedError

    def run(self, docs: Iterable[Document]) -> None:
        """Process each document, timing and counting; one failing article never stops the batch."""
        for doc in docs:
            t = time.perf_counter()
            try:
                self.stats.produced += self.process(doc)
            except Exception as exc:  # a bug on one article is recorded, not fatal
                if STRICT:
                    raise
                self.stats.errors += 1
                doc.meta.setdefault("step_errors", []).append(f"{self.name}: {type(exc).__name__}: {exc}")
            self.stats.items += 1
            self.stats.seconds += time.perf_counter() - t


class CorpusStep(Step):
    """A step that needs every document at once."""

    def process(self, corpus: Corpus) -> int:
        """Update ``corpus`` in place; return the number of items produced."""
        raise NotImplementedError

    def run(self, corpus: Corpus) -> None:
        """Process the corpus, timing and counting."""
        t = time.perf_counter()
        self.stats.produced += self.process(corpus)
        self.stats.items += len(corpus.docs)
        self.stats.seconds += time.perf_counter() - t


class StoryStep(Step):
    """A step over one story and its documents."""

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Fill ``story`` in place; return the number of items produced."""
        raise NotImplementedError

    def run(self, corpus: Corpus) -> None:
        """Process every story, timing and counting; one failing story never stops the run."""
        for story in corpus.stories:
            t = time.perf_counter()
            try:
                self.stats.produced += self.process_story(story, corpus.story_docs(story))
            except Exception as exc:
                if STRICT:
                    raise
                self.stats.errors += 1
                story_errors = corpus.options.setdefault("story_errors", [])
                story_errors.append(f"{self.name} on {story.id}: {type(exc).__name__}: {exc}")
            self.stats.items += 1
            self.stats.seconds += time.perf_counter() - t


Progress = Callable[[str, int], None]
