"""``silang eval stories``: B-cubed P/R/F1 of stories and P/R/F1 of copy pairs on a labelled set.

The labelled set (``tests/data/stories_dev.jsonl``) has one line per article:
``{"id", "story", "copies": [{"with", "kind"}]}``; the articles themselves come from the
dev-id corpus. Last output line: ``stories: B3 F1 X | copies F1 Y``.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from silang.model import Document
from silang.normalize.published import published_iso
from silang.pipeline.base import Corpus
from silang.pipeline.copies import find_derivations
from silang.pipeline.stories import cluster

ROOT = Path(__file__).resolve().parents[3]
LABELS = ROOT / "tests/data/stories_dev.jsonl"
ARTICLES = Path(os.environ.get("SILANG_SHARED", ROOT.parent / "shared")) / "corpora/dev-id/articles.jsonl"


def load_articles(path: Path = ARTICLES, ids: set[str] | None = None) -> list[Document]:
    """Documents for the dev-id records (all, or those in ``ids``)."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if ids is None or rec["id"] in ids:
                docs.append(
                    Document(
                        id=rec["id"],
                        source=rec.get("url") or rec["id"],
                        text=rec["text"],
                        outlet=rec.get("outlet"),
                        url=rec.get("url"),
                        title=rec.get("title"),
                        published=published_iso(rec.get("published")),
                        published_raw=rec.get("published"),
                    )
                )
    return docs


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering ``pred`` against ``gold`` (item -> cluster)."""
    items = [i for i in gold if i in pred]
    pc, gc = Counter(pred[i] for i in items), Counter(gold[i] for i in items)
    both = Counter((pred[i], gold[i]) for i in items)
    p = sum(both[(pred[i], gold[i])] / pc[pred[i]] for i in items) / len(items)
    r = sum(both[(pred[i], gold[i])] / gc[gold[i]] for i in items) / len(items)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def prf(pred: set[frozenset[str]], gold: set[frozenset[str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of predicted pairs (empty sets score 1)."""
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    """Score stories and copies on the labelled dev set; print the scores."""
    ap = argparse.ArgumentParser(prog="silang eval stories", description=__doc__)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("--errors", action="store_true", help="list wrong pairs")
    args = ap.parse_args(argv)
    labels = [json.loads(x) for x in args.labels.read_text(encoding="utf-8").splitlines() if x.strip()]
    gold_story = {r["id"]: r["story"] for r in labels}
    gold_pairs = {frozenset((r["id"], c["with"])) for r in labels for c in r.get("copies", [])}
    docs = load_articles(args.articles, set(gold_story))
    corpus = Corpus(docs={d.id: d for d in docs})
    corpus.derivations = find_derivations(docs)
    corpus.stories = cluster(corpus)
    pred_story = {a: s.id for s in corpus.stories for a in s.articles}
    pred_pairs = {frozenset(d.articles) for d in corpus.derivations}
    bp, br, bf = bcubed(pred_story, gold_story)
    cp, cr, cf = prf(pred_pairs, gold_pairs)
    gold_kind = {frozenset((r["id"], c["with"])): c["kind"] for r in labels for c in r.get("copies", [])}
    kinds = [
        d.kind == gold_kind[frozenset(d.articles)] for d in corpus.derivations if frozenset(d.articles) in gold_kind
    ]
    print(f"articles {len(docs)}  gold stories {len(set(gold_story.values()))}  predicted {len(corpus.stories)}")
    print(f"stories B3 precision {bp:.3f} recall {br:.3f} F1 {bf:.3f}")
    print(f"copies  pairs gold {len(gold_pairs)} predicted {len(pred_pairs)}: P {cp:.3f} R {cr:.3f} F1 {cf:.3f}")
    if kinds:
        print(f"copies  kind agreement on found pairs {sum(kinds)}/{len(kinds)}")
    if args.errors:
        _errors(pred_story, gold_story, pred_pairs, gold_pairs, corpus)
    print(f"stories: B3 F1 {bf:.3f} | copies F1 {cf:.3f}")
    return 0


def _errors(
    pred: dict[str, str], gold: dict[str, str], pp: set[frozenset[str]], gp: set[frozenset[str]], corpus: Corpus
) -> None:
    title = {d.id: (d.title or "")[:70] for d in corpus.docs.values()}
    ids = sorted(gold)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
            if same_p != same_g:
                tag = "split" if same_g else "merged"
                print(f"  story {tag}: {a} {title[a]} | {b} {title[b]}")
    for pair in sorted(pp ^ gp, key=sorted):
        a, b = sorted(pair)
        print(f"  copy {'missed' if pair in gp else 'false'}: {a} {title[a]} | {b} {title[b]}")


if __name__ == "__main__":
    raise SystemExit(main())
