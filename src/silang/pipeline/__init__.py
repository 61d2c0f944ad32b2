"""The named steps of silang, in order, and the function that runs them.

ingest → clean → segment → entities → quotes → temporal → copies → stories
→ story_entities → quote_match → claims → timeline → summary.
Steps are registered by name with a ``module:Class`` path so that an optional
step's dependencies are imported only when it runs. The per-document steps of a large
corpus run in worker processes (``SILANG_WORKERS``, default: up to 4 CPUs), which changes
nothing in the output: each article is read on its own, and articles come back in order.
"""

from __future__ import annotations

import importlib
import importlib.util
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from functools import cache
from itertools import chain
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
MAX_WORKERS = 4  # default cap: each worker holds its own models (~300 MB)
PER_WORKER = 100  # fewer articles than this per worker: starting workers costs more than it saves
CHUNK = 16  # articles sent to a worker at a time
STORY_CHUNK = 8  # stories sent to a worker at a time


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


def workers_for(n_docs: int) -> int:
    """How many processes should run the per-document steps of ``n_docs`` articles (1: this one)."""
    env = os.environ.get("SILANG_WORKERS", "").strip()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    wanted = int(env) if env.isdigit() else min(MAX_WORKERS, cpus)
    workers = max(1, min(wanted, n_docs // PER_WORKER))
    return workers if workers == 1 or _can_start_processes() else 1


Deltas = list[tuple[int, int, float, int]]
_WORKER_STEPS: dict[str, Step] = {}


def _start_worker(names: list[str]) -> None:
    _WORKER_STEPS.update({n: make_step(n) for n in names})


def _counts(steps: Sequence[Step]) -> Deltas:
    return [(s.stats.items, s.stats.produced, s.stats.seconds, s.stats.errors) for s in steps]


def _since(steps: Sequence[Step], before: Deltas) -> Deltas:
    now = _counts(steps)
    return [(a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]) for a, b in zip(now, before, strict=True)]


def _add_counts(steps: Sequence[Step], deltas: Deltas) -> None:
    for step, (items, produced, seconds, errors) in zip(steps, deltas, strict=True):
        step.stats.items += items
        step.stats.produced += produced
        step.stats.seconds += seconds
        step.stats.errors += errors


def _work(names: list[str], docs: list[Document]) -> tuple[list[Document], Deltas]:
    """In a worker: ``docs`` through the doc steps ``names``; the docs and what each step did to them."""
    steps = [_WORKER_STEPS[n] for n in names]
    before = _counts(steps)
    process_documents(docs, [s for s in steps if isinstance(s, DocStep)])
    return docs, _since(steps, before)


def _work_stories(names: list[str], corpus: Corpus) -> tuple[Corpus, Deltas]:
    """In a worker: the story steps ``names``, in turn, over the stories of a part of the corpus."""
    steps = [_WORKER_STEPS[n] for n in names]
    before = _counts(steps)
    for step in steps:
        if isinstance(step, StoryStep):
            step.run(corpus)
    return corpus, _since(steps, before)


def _copy_into(old: Any, new: Any) -> Any:
    """Write a worker's result back into the object it was made from, so callers keep their objects."""
    for f in fields(old):
        setattr(old, f.name, getattr(new, f.name))
    return old


def _context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


@cache
def _can_start_processes() -> bool:
    """Whether this platform gives worker processes their locks (some sandboxes have no semaphores)."""
    try:
        _context().Lock()
    except (OSError, ImportError, NotImplementedError):
        return False
    return True


def _pool(workers: int, names: list[str]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=(names,))


def _here(docs: list[Document], steps: list[DocStep]) -> Iterator[Document]:
    """``docs`` through ``steps`` in this process, one article at a time."""
    for doc in docs:
        process_documents([doc], steps)
        yield doc


def _in_workers(docs: list[Document], steps: list[DocStep], workers: int) -> Iterator[Document]:
    """``docs`` through ``steps`` in ``workers`` processes, in order; each result is written back into
    its input Document, and the workers' counts and seconds are added to ``steps``' stats."""
    names = [s.name for s in steps]
    chunks = [docs[i : i + CHUNK] for i in range(0, len(docs), CHUNK)]
    with _pool(workers, names) as pool:
        for chunk, (done, deltas) in zip(chunks, pool.map(_work, [names] * len(chunks), chunks), strict=True):
            _add_counts(steps, deltas)
            for doc, new in zip(chunk, done, strict=True):
                yield _copy_into(doc, new)


def _stories_in_workers(corpus: Corpus, steps: list[StoryStep], workers: int) -> None:
    """Run ``steps`` over the stories, a few stories per task; a story's steps touch only that story
    and its articles (stories share no article), so this gives what running each step in turn does."""
    names = [s.name for s in steps]
    options = {k: v for k, v in corpus.options.items() if k != "story_errors"}
    parts = []
    for i in range(0, len(corpus.stories), STORY_CHUNK):
        stories = corpus.stories[i : i + STORY_CHUNK]
        docs = {a: corpus.docs[a] for s in stories for a in s.articles if a in corpus.docs}
        parts.append(Corpus(docs=docs, stories=stories, options=dict(options)))
    with _pool(workers, names) as pool:
        for part, (done, deltas) in zip(parts, pool.map(_work_stories, [names] * len(parts), parts), strict=True):
            _add_counts(steps, deltas)
            for story, new in zip(part.stories, done.stories, strict=True):
                _copy_into(story, new)
            for a, doc in part.docs.items():
                _copy_into(doc, done.docs[a])
            corpus.options.setdefault("story_errors", []).extend(done.options.get("story_errors", []))
    if not corpus.options.get("story_errors"):
        corpus.options.pop("story_errors", None)


def _run_story_steps(corpus: Corpus, steps: list[StoryStep]) -> None:
    """Story steps in turn; in workers when the corpus is large and no article is in two stories."""
    articles = [a for s in corpus.stories for a in s.articles]
    workers = workers_for(len(corpus.docs)) if len(articles) == len(set(articles)) else 1
    if workers > 1:
        _stories_in_workers(corpus, steps, workers)
        return
    for step in steps:
        step.run(corpus)


def _run_corpus_steps(corpus: Corpus, built: list[Step]) -> None:
    """The corpus and story steps of ``built``, in order."""
    block: list[StoryStep] = []
    for step in [*built, None]:
        if isinstance(step, StoryStep):
            block.append(step)
            continue
        if block:
            _run_story_steps(corpus, block)
            block = []
        if isinstance(step, CorpusStep):
            step.run(corpus)


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
    todo = list(docs)
    workers = workers_for(len(todo)) if doc_steps else 1
    # with workers, the first article is read here so that models load once, before the workers fork
    done = (
        _here(todo, doc_steps)
        if workers == 1
        else chain(_here(todo[:1], doc_steps), _in_workers(todo[1:], doc_steps, workers))
    )
    for doc in done:
        corpus.docs[doc.id] = doc
        if progress:
            progress(doc)
    _run_corpus_steps(corpus, built)
    return corpus, built
