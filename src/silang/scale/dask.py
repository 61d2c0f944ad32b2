"""The pipeline on Dask: per-article steps map over partitions, story steps run per time window.

Plan of a run over JSON Lines archives:

1. ``dask.bag.read_text`` splits the files into blocks; each block becomes Documents (bad lines
   become ReadErrors) and goes through the per-article steps (clean … temporal) on a worker.
2. Articles are shuffled by publication window (``window_days`` wide; undated articles go to one
   bucket of their own). Stories are event level and copies are published within days of their
   source, so each window is an independent unit of work.
3. Each window runs the corpus and story steps (copies, stories, claims …) on a worker and writes
   its part of the briefing as one JSON file: the driver never holds the articles, so memory is
   bounded by the largest window, and the cost is linear in the number of articles.

Known limit: a story whose articles straddle a window boundary is split in two.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from silang.model import Document, ReadError
from silang.pipeline import DOC_STEPS, available_steps, make_step
from silang.pipeline.base import Corpus, CorpusStep, DocStep, StoryStep

UNDATED = "undated"


def _to_documents(lines: Iterable[str], source: str) -> Iterator[Document | ReadError]:
    from silang.pipeline.readers.decode import InputError
    from silang.pipeline.readers.records import iter_jsonl

    for item in iter_jsonl(lines, source):
        yield ReadError(source, str(item)) if isinstance(item, InputError) else item


def doc_partition(lines: Iterable[str], source: str) -> list[Document | ReadError]:
    """Read one block of JSON Lines and run the per-article steps on each Document."""
    steps = [make_step(n) for n in available_steps(DOC_STEPS)]
    out: list[Document | ReadError] = []
    for item in _to_documents(lines, source):
        if isinstance(item, Document):
            for step in steps:
                assert isinstance(step, DocStep)
                step.run([item])
        out.append(item)
    return out


def window_of(doc: Document, window_days: int) -> str:
    """The publication window key of an article (ISO date of the window's first day)."""
    if not doc.published:
        return UNDATED
    day = dt.date.fromisoformat(doc.published).toordinal()
    return dt.date.fromordinal(day - day % window_days).isoformat()


def story_partition(key: str, docs: list[Document], out_dir: str) -> dict[str, Any]:
    """Run the corpus and story steps on one window and write its briefing part; return counts."""
    from silang.api import to_briefing
    from silang.render.json import briefing_to_dict

    corpus = Corpus(docs={d.id: d for d in sorted(docs, key=lambda d: d.id)})
    steps = [make_step(n) for n in available_steps() if n not in DOC_STEPS]
    for step in steps:
        assert isinstance(step, CorpusStep | StoryStep)
        step.run(corpus)
    for story in corpus.stories:
        story.id = f"{key}/{story.id}"
    part = briefing_to_dict(to_briefing(corpus, steps))
    path = Path(out_dir) / f"part-{key}.json"
    path.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
    return {"window": key, "articles": len(docs), "stories": len(corpus.stories), "file": str(path)}


def brief_dask(
    paths: list[str],
    out_dir: str | os.PathLike[str],
    scheduler: str | None = None,
    window_days: int = 7,
    blocksize: str = "8MB",
) -> dict[str, Any]:
    """Brief JSON Lines archives on Dask, writing one briefing part per window into ``out_dir``.

    ``scheduler`` is a ``dask.distributed`` address (``tcp://host:8786``), ``"local"`` for a
    LocalCluster on this machine, or None for Dask's default scheduler.
    """
    import dask.bag as db

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    client = _client(scheduler)
    try:
        bag = db.read_text([str(p) for p in paths], blocksize=blocksize, include_path=True)
        items = bag.map_partitions(_partition_with_path)
        errors = items.filter(lambda x: isinstance(x, ReadError)).map(
            lambda e: {"source": e.source, "message": e.message}
        )
        docs = items.filter(lambda x: isinstance(x, Document))
        grouped = docs.groupby(lambda d: window_of(d, window_days))
        parts = grouped.starmap(story_partition, out_dir=str(out))
        windows, errs = db.compute(parts, errors)
    finally:
        if client is not None:
            owned = scheduler == "local"
            client.shutdown() if owned else client.close()
    summary = {
        "windows": sorted(windows, key=lambda w: w["window"]),
        "articles": sum(w["articles"] for w in windows),
        "stories": sum(w["stories"] for w in windows),
        "errors": list(errs),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def _partition_with_path(pairs: Iterable[tuple[str, str]]) -> list[Document | ReadError]:
    pairs = list(pairs)
    source = pairs[0][1] if pairs else "?"
    return doc_partition((line for line, _ in pairs), source)


def _client(scheduler: str | None) -> Any:
    if scheduler is None:
        return None
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
        return Client(cluster)
    return Client(scheduler)
