"""Throughput of the normalisers: temporal and number expressions per second (goal: >= 50,000/s).

Run: ``.venv/bin/python bench/bench_normalize.py``. Times ``find_times`` + ``find_quantities`` over
the seed articles and a dev-id sample, and counts the expressions found.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

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


def main() -> None:
    """Print expressions/s for times, quantities and both, and for isolated short expressions."""
    corpus = texts()
    anchor = date(2025, 6, 18)
    find_times(corpus[0], anchor)  # compile patterns outside the timing
    find_quantities(corpus[0])
    t0 = time.perf_counter()
    n_times = sum(len(find_times(t, anchor)) for t in corpus)
    t1 = time.perf_counter()
    n_q = sum(len(find_quantities(t)) for t in corpus)
    t2 = time.perf_counter()
    chars = sum(map(len, corpus))
    print(f"articles {len(corpus)}, {chars / 1e6:.2f} M chars")
    print(f"times:      {n_times} expressions in {t1 - t0:.2f}s = {n_times / (t1 - t0):,.0f}/s")
    print(f"quantities: {n_q} expressions in {t2 - t1:.2f}s = {n_q / (t2 - t1):,.0f}/s (includes its own time pass)")
    short = ["Senin (28/10/2024)", "antara 8 hingga 13 Oktober", "pukul 10.55 WIB", "September lalu", "10.000 tentara"]
    reps = 4000
    t3 = time.perf_counter()
    for _ in range(reps):
        for s in short:
            find_times(s, anchor)
    t4 = time.perf_counter()
    print(f"isolated:   {reps * len(short) / (t4 - t3):,.0f} expressions/s (one call per expression)")


if __name__ == "__main__":
    main()
