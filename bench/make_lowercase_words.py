"""Build src/silang/lang/id/lowercase_words.json: words mostly written in lower case inside a sentence.

A word written with a capital at a sentence start ('Informasi', 'Perubahan', 'Pria') is a name only if
the language writes it so inside sentences too. This counts, over dev-id, each word's occurrences after
a lower-case word or a comma (so never sentence-initial) and keeps the words written in lower case at
least MIN_SHARE of the time, seen MIN_SEEN times or more in two articles or more.

usage: python bench/make_lowercase_words.py [ARTICLES.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora/dev-id/articles.jsonl")
OUT = Path(__file__).resolve().parents[1] / "src/silang/lang/id/lowercase_words.json"
MIN_SHARE = 0.8
MIN_SEEN = 5
INSIDE = re.compile(r"(?<=[a-z,] )([A-Za-z]+(?:-[A-Za-z]+)?)(?![\w.])")


def main() -> None:
    """Count lower-case and capitalised occurrences inside sentences; keep the mostly lower-case words."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    with SRC.open(encoding="utf-8") as fh:
        for line in fh:
            seen = set()
            for m in INSIDE.finditer(json.loads(line)["text"]):
                w = m.group(1)
                if w.isupper() and len(w) > 1:
                    continue  # an acronym
                (low if w.islower() else cap)[w.lower()] += 1
                seen.add(w.lower())
            docs.update(seen)
    kept = sorted(
        w
        for w, n in low.items()
        if len(w) >= 3 and docs[w] >= 2 and n + cap[w] >= MIN_SEEN and n / (n + cap[w]) >= MIN_SHARE
    )
    meta = {"source": "dev-id", "min_share": MIN_SHARE, "min_seen": MIN_SEEN}
    OUT.write_text(json.dumps({**meta, "words": kept}, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main()
