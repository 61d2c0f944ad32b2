"""Throughput and memory of copy detection and story clustering.

usage: python bench/bench_stories.py [--stream N]
  1. dev-id (3,392 articles): the copies step (candidates + alignment, embeddings for spun
     candidates included) and the stories step, documents/s each;
  2. a stream of N articles (default 100,000) made by perturbing dev-id (words dropped or
     swapped, dates shifted): candidate retrieval (MinHash LSH + TF-IDF key-term index) and
     online clustering (StoryIndex.add, forgetting articles older than MAX_DAYS + 1 days unless
     --no-window), documents/s and resident memory per document.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections.abc import Iterator

from silang.evaluate.stories import annotate, load_articles
from silang.model import Document
from silang.pipeline.base import Corpus
from silang.pipeline.copies import find_derivations
from silang.pipeline.minhash import LSHIndex, MinHasher, shingle_hashes
from silang.pipeline.neighbours import TermIndex, terms
from silang.pipeline.stories import MAX_DAYS, StoryIndex, cluster


def rss_mb() -> float:
    """Peak resident memory of this process in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def perturbed(docs: list[Document], n: int, seed: int = 6) -> Iterator[Document]:
    """``n`` articles: dev-id texts with 5% of words dropped or swapped and dates moved."""
    rng = random.Random(seed)
    vocab = [w for d in docs[:200] for w in d.text.split()[:50]]
    for k in range(n):
        src = docs[k % len(docs)]
        words = [w if rng.random() > 0.05 else rng.choice(vocab) for w in src.text.split() if rng.random() > 0.03]
        day = 1 + (k // len(docs)) % 28
        yield Document(
            id=f"p{k}",
            source="",
            text=" ".join(words),
            title=src.title,
            outlet=src.outlet,
            published=f"2025-07-{day:02d}",
        )


def main() -> None:
    """Run both benchmarks and print one line per measurement."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--stream", type=int, default=100_000)
    ap.add_argument("--no-window", action="store_true", help="keep every article in the story index")
    args = ap.parse_args()
    t = time.perf_counter()
    docs = annotate(load_articles())  # the stories step reads the doc steps' names, dates, numbers
    print(f"dev-id doc steps (not part of this bench): {time.perf_counter() - t:.1f}s")
    base = rss_mb()
    t = time.perf_counter()
    ders = find_derivations(docs)
    t_copies = time.perf_counter() - t
    corpus = Corpus(docs={d.id: d for d in docs}, derivations=ders)
    t = time.perf_counter()
    stories = cluster(corpus)
    t_stories = time.perf_counter() - t
    n = len(docs)
    print(f"dev-id copies: {n} docs {t_copies:.1f}s {n / t_copies:.0f} docs/s, {len(ders)} derivations")
    print(f"dev-id stories: {t_stories:.1f}s {n / t_stories:.0f} docs/s, {len(stories)} stories")
    print(f"dev-id peak RSS {rss_mb():.0f} MB (start {base:.0f} MB)")

    window = None if args.no_window else MAX_DAYS + 1  # a long-running index forgets what can no longer link
    hasher, lsh, index = MinHasher(num_perm=64), LSHIndex(bands=16, rows=4), TermIndex()
    stories_index = StoryIndex(window_days=window)
    before = rss_mb()
    t_cand = t_clu = 0.0
    candidates = 0
    for k, doc in enumerate(perturbed(docs, args.stream)):
        t = time.perf_counter()
        found = lsh.add(doc.id, hasher.signature(shingle_hashes(doc.text, 3)))
        tf = terms(doc.text)
        found.update(o for o, _ in index.query(tf, min_cos=0.3, top=8))
        index.insert(doc.id, tf)
        candidates += len(found)
        t_cand += time.perf_counter() - t
        t = time.perf_counter()
        stories_index.add(doc)
        t_clu += time.perf_counter() - t
        if (k + 1) % 10_000 == 0:
            print(f"  {k + 1} docs: candidates {(k + 1) / t_cand:.0f} docs/s, clustering {(k + 1) / t_clu:.0f} docs/s")
    m = args.stream
    if not m:
        return
    grown = max(rss_mb() - before, 0.0)
    print(f"stream {m}: candidates {m / t_cand:.0f} docs/s ({candidates / m:.1f} candidate pairs/doc)")
    print(f"stream {m}: clustering {m / t_clu:.0f} docs/s, {len(stories_index.members)} stories")
    print(f"stream {m}: memory grown {grown:.0f} MB = {grown * 1024 / m:.1f} KB/doc (both indexes + story state)")
    print(f"stream {m}: story index window {window} days, {len(stories_index.terms.vec)} articles still indexed")


if __name__ == "__main__":
    main()
