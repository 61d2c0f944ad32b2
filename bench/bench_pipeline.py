"""End-to-end throughput and memory of every pipeline step on a corpus (default: dev-id).

usage: python bench/bench_pipeline.py [PATH] [--limit N] [--brief]

Doc steps are run step by step over the whole corpus here (not article by article as in
``silang brief``) so that each step's time and the peak RSS after it can be read separately.
"cpu s" is this process's CPU time: on a shared, loaded machine it is steadier than wall seconds.
With ``--brief`` the corpus goes through ``pipeline.run`` instead, as ``silang brief`` does it: with
worker processes on a large corpus (SILANG_WORKERS), so only the end-to-end line is printed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from silang import api
from silang.pipeline import available_steps, make_step, run, workers_for
from silang.pipeline.base import Corpus, CorpusStep, DocStep, StoryStep

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpora/dev-id/articles.jsonl"


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def brief(path: str, limit: int) -> int:
    """Read and run the whole pipeline as ``silang brief`` does; print the end-to-end line."""
    t0, c0 = time.perf_counter(), time.process_time()
    docs, errors = api.read([path])
    docs = docs[:limit] if limit else docs
    corpus, _ = run(docs)
    total = time.perf_counter() - t0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - c0 + kids.ru_utime + kids.ru_stime
    n, workers = len(docs), workers_for(len(docs))
    print(
        f"brief end-to-end: {n} articles in {total:.1f} s ({cpu:.1f} cpu s, {workers} worker processes) = "
        f"{n / total:.1f} articles/s, peak {peak_mb():.0f} MB here, {kids.ru_maxrss / 1024:.0f} MB largest worker, "
        f"{len(corpus.stories)} stories, {len(errors)} unreadable"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the bench and print one row per step, then the end-to-end line."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--brief", action="store_true", help="end to end as silang brief runs it (with workers)")
    args = ap.parse_args(argv)
    if args.brief:
        return brief(args.path, args.limit)
    t0, c0 = time.perf_counter(), time.process_time()
    docs, errors = api.read([args.path])
    if args.limit:
        docs = docs[: args.limit]
    n = len(docs)
    read_s, read_c = time.perf_counter() - t0, time.process_time() - c0
    print(f"{'step':<16}{'seconds':>10}{'cpu s':>10}{'articles/s':>12}{'peak MB':>10}{'produced':>10}{'errors':>8}")
    print(f"{'ingest':<16}{read_s:>10.2f}{read_c:>10.2f}{n / read_s:>12.1f}{peak_mb():>10.0f}{n:>10}{len(errors):>8}")
    corpus = Corpus(docs={d.id: d for d in docs})
    for name in available_steps():
        step = make_step(name)
        t, c = time.perf_counter(), time.process_time()
        if isinstance(step, DocStep):
            step.run(docs)
        elif isinstance(step, CorpusStep | StoryStep):
            step.run(corpus)
        s, cpu = time.perf_counter() - t, time.process_time() - c
        rate = n / s if s > 0 else float("inf")
        row = f"{s:>10.2f}{cpu:>10.2f}{rate:>12.1f}{peak_mb():>10.0f}{step.stats.produced:>10}{step.stats.errors:>8}"
        print(f"{name:<16}{row}", flush=True)
    total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"end-to-end: {n} articles in {total:.1f} s ({total_cpu:.1f} cpu s) = {n / total:.1f} articles/s "
        f"({n / total_cpu:.1f} per cpu s), peak {peak_mb():.0f} MB, "
        f"{len(corpus.stories)} stories, {len(errors)} unreadable"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
