"""Throughput of the normalisers: temporal and number expressions per second (goal: >= 50,000/s).

Run: ``.venv/bin/python bench/bench_normalize.py``. Times ``find_times`` + ``find_quantities`` over
the seed articles and a dev-id sample, and counts the expressions found; then ``find_times`` on short
expressions, one call each: the like-for-like figure for the goal and for dateparser (~580/s), which
also reads one string per call. CPU rates are printed next to wall-clock ones: on a shared, loaded
machine the wall clock says more about the neighbours.
With ``google-re2`` installed the trigger scans go through RE2 (:class:`silang.normalize.rx.Scanner`);
``SILANG_NO_RE2=1`` measures the plain ``re`` path for comparison. A speed-up must change no output:
``bench/normalize_snapshot.py`` writes and compares the whole output on the seeds and dev-id.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import silang.normalize.rx as rx

if os.environ.get("SILANG_NO_RE2"):
    rx._re2 = None  # before any pattern is compiled

from silang.normalize.quantities import find_quantities
from silang.normalize.times import find_times

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def texts(limit: int = 300) -> list[str]:
    """The seeds and the first ``limit`` dev-id articles."""
    out = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    dev = SHARED / "dev-id" / "articles.jsonl"
    if dev.exists():
        with dev.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= limit:
                    break
                out.append(json.loads(line)["text"])
    return out


def _timed(fn: Callable[[], int], runs: int = 3) -> tuple[int, float, float]:
    """``fn()``'s count and its best wall and CPU seconds over ``runs`` runs.

    CPU time is what other jobs on a shared machine inflate least; the best run is the least disturbed.
    """
    n, wall, cpu = 0, float("inf"), float("inf")
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        n = fn()
        wall, cpu = min(wall, time.perf_counter() - w0), min(cpu, time.process_time() - c0)
    return n, wall, cpu


def _line(name: str, n: int, wall: float, cpu: float) -> str:
    return f"{name:11} {n:6} expressions: {n / wall:9,.0f}/s wall, {n / cpu:9,.0f}/s CPU"


def main() -> None:
    """Print expressions/s for times, quantities, and isolated short expressions (wall clock and CPU)."""
    corpus = texts()
    anchor = date(2025, 6, 18)
    find_times(corpus[0], anchor)  # compile patterns outside the timing
    find_quantities(corpus[0])
    chars = sum(map(len, corpus))
    engine = "re2 + re" if rx._re2 is not None else "re"
    print(f"articles {len(corpus)}, {chars / 1e6:.2f} M chars; load average {os.getloadavg()[0]:.1f}; scans: {engine}")
    print(_line("times:", *_timed(lambda: sum(len(find_times(t, anchor)) for t in corpus))))
    print(_line("quantities:", *_timed(lambda: sum(len(find_quantities(t)) for t in corpus))), "(with its time pass)")
    short = ["Senin (28/10/2024)", "antara 8 hingga 13 Oktober", "pukul 10.55 WIB", "September lalu", "10.000 tentara"]
    reps = 2000

    def isolated() -> int:
        for _ in range(reps):
            for s in short:
                find_times(s, anchor)
        return reps * len(short)

    print(_line("isolated:", *_timed(isolated)), "(one call per expression)")


if __name__ == "__main__":
    main()
