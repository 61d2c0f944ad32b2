"""The whole output of the normalisers on real text, to check that a speed-up changes nothing.

Run ``.venv/bin/python bench/normalize_snapshot.py OUT.jsonl`` before a change and
``.venv/bin/python bench/normalize_snapshot.py NEW.jsonl --compare OUT.jsonl`` after it: every
time (with and without the anchor, vague references included or not), check and quantity of the
seeds and the first ``--limit`` dev-id articles (default: all) is written, one article a line, and
the first differing articles are printed. Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from silang.normalize.published import parse_published
from silang.normalize.quantities import find_quantities
from silang.normalize.times import scan

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def articles(limit: int | None) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of the seeds and the first ``limit`` dev-id articles."""
    out: list[tuple[str, str, str | None]] = [
        (p.stem, p.read_text(encoding="utf-8"), None) for p in sorted((SHARED / "seeds").glob("*.txt"))
    ]
    with (SHARED / "dev-id" / "articles.jsonl").open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            rec = json.loads(line)
            out.append((rec["id"], rec["text"], rec.get("published")))
    return out


def snapshot(text: str, published: str | None) -> dict[str, Any]:
    """Everything the time and number layers say about one text."""
    anchor = parse_published(published)
    out: dict[str, Any] = {}
    for name, a, vague in (("anchored", anchor, False), ("vague", anchor, True), ("no_anchor", None, False)):
        times, checks = scan(text, a, include_vague=vague)
        out[name] = [
            [t.kind, t.value, t.span.start, t.span.end, t.weekday_stated, t.anchor, t.confidence] for t in times
        ]
        out[name + "_checks"] = [[c.kind, c.message, c.start, c.end] for c in checks]
    out["quantities"] = [repr(q) for q in find_quantities(text)]
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot; with ``--compare``, report the articles whose output differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument("--limit", type=int, default=None, help="dev-id articles to use (default: all)")
    args = parser.parse_args(argv)
    lines = [json.dumps({"id": i, **snapshot(t, p)}, ensure_ascii=False) for i, t, p in articles(args.limit)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles written to {args.out}")
    if args.compare is None:
        return 0
    old = args.compare.read_text(encoding="utf-8").splitlines()
    diff = [(a, b) for a, b in zip(old, lines, strict=False) if a != b]
    if len(old) != len(lines):
        print(f"article count differs: {len(old)} before, {len(lines)} now")
    for a, b in diff[:5]:
        x, y = json.loads(a), json.loads(b)
        for key in x:
            if x[key] != y.get(key):
                print(f"{x['id']} {key}:\n  before {x[key]}\n  now    {y.get(key)}")
    print(f"{len(diff)} of {len(lines)} articles differ")
    return 1 if diff or len(old) != len(lines) else 0


if __name__ == "__main__":
    sys.exit(main())
