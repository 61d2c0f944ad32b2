"""Build src/silang/lang/id/doc_freq.json: document frequencies of words in dev-id (background IDF).

usage: python bench/make_doc_freq.py [ARTICLES.jsonl]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from silang.pipeline.neighbours import terms

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora/dev-id/articles.jsonl")
OUT = Path(__file__).resolve().parents[1] / "src/silang/lang/id/doc_freq.json"


def main() -> None:
    """Count in how many articles each word occurs; keep words in 3 or more."""
    df: Counter[str] = Counter()
    n = 0
    with SRC.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            df.update(t for t in terms(rec["text"]) if not t[0].isdigit())
            n += 1
    kept = {t: c for t, c in sorted(df.items()) if c >= 3}
    OUT.write_text(json.dumps({"documents": n, "df": kept}, ensure_ascii=False, separators=(",", ":")))
    print(f"{len(kept)} words from {n} articles -> {OUT}")


if __name__ == "__main__":
    main()
