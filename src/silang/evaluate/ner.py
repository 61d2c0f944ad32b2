"""``silang eval ner``: entity-level (conlleval-style) P/R/F1 of the shipped NER, and its speed.

An entity counts as correct only when its type and both token boundaries match the gold.
Speed is sentences per CPU second (one core; the tagger is single-threaded), features and tagging
included, so that other jobs on a shared machine do not change it much.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from silang.ner import data
from silang.ner.tagger import Tagger, bio_spans

Scores = dict[str, tuple[float, float, float, int]]


def score(gold: list[list[str]], pred: list[list[str]]) -> Scores:
    """Per-type and overall (``ALL``) precision, recall, F1 (percent) and gold count."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g_labels, p_labels in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g_labels)), set(bio_spans(p_labels))
        for kind, _, _ in gs:
            n_gold[kind] += 1
            n_gold["ALL"] += 1
        for span in ps:
            n_pred[span[0]] += 1
            n_pred["ALL"] += 1
            if span in gs:
                tp[span[0]] += 1
                tp["ALL"] += 1
    out = {}
    for kind in sorted(set(n_gold) | set(n_pred)):
        p = 100 * tp[kind] / n_pred[kind] if n_pred[kind] else 0.0
        r = 100 * tp[kind] / n_gold[kind] if n_gold[kind] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = (p, r, f, n_gold[kind])
    return out


def evaluate(tagger: Tagger, name: str, root: Path | None = None) -> tuple[Scores, float, int]:
    """Score ``tagger`` on the evaluation split of ``name``; return scores, CPU seconds, sentences."""
    sents = data.load(name, "eval", root)
    t = time.process_time()
    pred = [tagger.tag_tokens(s.tokens) for s in sents]
    seconds = time.process_time() - t
    return score([s.labels for s in sents], pred), seconds, len(sents)


def main(argv: list[str] | None = None) -> int:
    """Print per-dataset P/R/F1 and speed; the last line sums up the three goal datasets."""
    ap = argparse.ArgumentParser(prog="silang eval ner", description=__doc__)
    ap.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    ap.add_argument("--data", type=Path, default=None, help="folder of the NER gold sets")
    ap.add_argument("--sets", default="idner,nerui,nergrit,nerugm,nerp", help="datasets, comma-separated")
    args = ap.parse_args(argv)
    tagger = Tagger(args.model)
    tagger.tag_tokens(["Presiden", "tiba", "di", "Jakarta"])  # load clusters and gazetteers before timing
    f1: dict[str, float] = {}
    total_s, total_n = 0.0, 0
    for name in args.sets.split(","):
        scores, seconds, n = evaluate(tagger, name, args.data)
        total_s += seconds
        total_n += n
        for kind, (p, r, f, g) in scores.items():
            print(f"{name:8} {kind:4} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}  (gold {g})")
        f1[name] = scores.get("ALL", (0.0, 0.0, 0.0, 0))[2]
        print(f"{name:8} {n} sentences, {n / seconds:,.0f} sent/s per core")
    rate = total_n / total_s if total_s else 0.0
    parts = ", ".join(f"{k} F1 {f1[k]:.1f}" for k in ("idner", "nerui", "nergrit") if k in f1)
    print(f"ner: {parts}, {rate:.0f} sent/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
