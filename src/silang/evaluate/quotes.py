"""``silang eval quotes``: quote-span precision/recall and speaker accuracy on the hand-made dev set.

Gold: ``tests/data/quotes_dev.jsonl`` (how it was made: ``tests/data/quotes_dev.md``), one quote a line
with its article id, character span into the article's ``text``, speaker (plus accepted aliases) and
``direct``. The articles are read from ``../shared/corpora/dev-id/articles.jsonl`` and run through the
available per-document steps up to ``quotes``. A predicted statement (scare quotes are not statements)
matches a gold quote of the same article when each covers at least 80% of the other's words; pairs are
matched one to one, best first. Speaker accuracy is over the matched pairs.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from silang.model import Document, Quote
from silang.pipeline import available_steps, make_step
from silang.pipeline.base import DocStep

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = ROOT / "tests" / "data" / "quotes_dev.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "dev-id" / "articles.jsonl"
MATCH = 0.8


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def coverage(a: str, b: str) -> float:
    """Share of ``b``'s words (as a bag) that ``a`` contains."""
    wa, wb = _words(a), _words(b)
    total = sum(wb.values())
    return sum(min(wa[w], n) for w, n in wb.items()) / total if total else 0.0


def norm_name(name: str | None) -> str:
    """A speaker name compared case- and spacing-insensitively."""
    return re.sub(r"[\s-]+", " ", (name or "").lower()).strip()


def run_quotes(records: list[dict[str, Any]]) -> dict[str, list[Quote]]:
    """Run the available document steps up to ``quotes`` over the records; the statements per article."""
    names = available_steps(("clean", "segment", "entities", "quotes"))
    steps = [s for s in (make_step(n) for n in names) if isinstance(s, DocStep)]
    out: dict[str, list[Quote]] = {}
    for rec in records:
        doc = Document(rec["id"], rec.get("url") or rec["id"], rec["text"], outlet=rec.get("outlet"))
        for step in steps:
            step.run([doc])
        out[doc.id] = [q for q in doc.quotes if q.kind != "scare"]
    return out


def score(gold: list[dict[str, Any]], pred: dict[str, list[Quote]]) -> dict[str, Any]:
    """Match predictions to gold one to one; count hits, speaker agreement and the errors."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, q in enumerate(pred.get(g["article"], [])):
            a, b = coverage(q.span.text, g["text"]), coverage(g["text"], q.span.text)
            if min(a, b) >= MATCH:
                pairs.append((a + b, gi, pi))
    used_g: set[int] = set()
    used_p: set[tuple[str, int]] = set()
    matched = []
    for _, gi, pi in sorted(pairs, reverse=True):
        key = (gold[gi]["article"], pi)
        if gi in used_g or key in used_p:
            continue
        used_g.add(gi)
        used_p.add(key)
        matched.append((gold[gi], pred[gold[gi]["article"]][pi]))
    speaker_ok = [
        norm_name(q.speaker) in {norm_name(n) for n in [g["speaker"], *g.get("aliases", [])]} for g, q in matched
    ]
    n_pred = sum(len(v) for v in pred.values())
    misses = [g for i, g in enumerate(gold) if i not in used_g]
    extras = [q for a, qs in pred.items() for i, q in enumerate(qs) if (a, i) not in used_p]
    wrong = [(g, q) for (g, q), ok in zip(matched, speaker_ok, strict=True) if not ok]
    return {"tp": len(matched), "pred": n_pred, "gold": len(gold), "speaker_ok": sum(speaker_ok),
            "misses": misses, "extras": extras, "wrong": wrong}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Score quote extraction on the dev set; the last line is the summary."""
    ap = argparse.ArgumentParser(prog="silang eval quotes", description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold quotes (JSONL)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="dev-id articles.jsonl")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss, extra and wrong speaker")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"no corpus at {args.corpus}; pass --corpus PATH/TO/dev-id/articles.jsonl")
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {g["article"] for g in gold}
    records = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in wanted:
                records.append(rec)
    res = score(gold, run_cache(records))
    for kind, direct in (("direct", True), ("indirect", False)):
        sub = [g for g in gold if g["direct"] is direct]
        part = score(sub, {a: [q for q in qs if q.direct is direct] for a, qs in run_cache(records).items()})
        print(f"{kind:9s} P {_ratio(part['tp'], part['pred']):.3f}  R {_ratio(part['tp'], len(sub)):.3f}  "
              f"({part['tp']} matched, {part['pred']} predicted, {len(sub)} gold)")  # fmt: skip
    if args.verbose:
        for g in res["misses"]:
            print(f"MISS  {g['article']} [{g['speaker']}] {g['text'][:100]!r}")
        for q in res["extras"]:
            print(f"EXTRA {q.span.article} [{q.speaker}] {q.span.text[:100]!r}")
        for g, q in res["wrong"]:
            print(f"SPKR  {g['article']} gold={g['speaker']!r} got={q.speaker!r} {g['text'][:60]!r}")
    p, r = _ratio(res["tp"], res["pred"]), _ratio(res["tp"], res["gold"])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = _ratio(res["speaker_ok"], res["tp"])
    print(f"spans: P {p:.3f} R {r:.3f}; speakers right {res['speaker_ok']}/{res['tp']} matched")
    print(f"quotes: span F1 {f1:.3f}, speaker accuracy {acc:.3f} ({res['gold']} gold)")
    return 0


_CACHE: dict[int, dict[str, list[Quote]]] = {}


def run_cache(records: list[dict[str, Any]]) -> dict[str, list[Quote]]:
    """:func:`run_quotes`, computed once per record list."""
    key = id(records)
    if key not in _CACHE:
        _CACHE[key] = run_quotes(records)
    return _CACHE[key]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
