"""``silang eval stories``: B-cubed P/R/F1 of stories and P/R/F1 of copy pairs on a labelled set.

The labelled set (``tests/data/stories_dev.jsonl``) has one line per article:
``{"id", "story", "copies": [{"with", "kind"}]}``; the articles themselves come from the
dev-id corpus and pass through the per-document steps first (the story decision reads their
entities, dates and numbers). The labelled stories are split by a hash of their id into a
tuning half (thresholds and weights are fitted on it only) and a reporting half; both are
printed, each article judged against everything it was clustered with. Last output line,
on the reporting half: ``stories: B3 F1 X | copies F1 Y``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from silang.model import Document
from silang.normalize.published import published_iso
from silang.pipeline import DOC_STEPS, make_step, process_documents
from silang.pipeline.base import Corpus, DocStep
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


def half(story_id: str) -> str:
    """``"tune"`` or ``"report"``: a fixed split of the labelled stories by a hash of their id."""
    return "tune" if hashlib.sha1(story_id.encode()).digest()[0] % 2 == 0 else "report"


def bcubed(pred: dict[str, str], gold: dict[str, str], scored: set[str] | None = None) -> tuple[float, float, float]:
    """B-cubed P/R/F1 of a clustering ``pred`` against ``gold`` (item -> cluster).

    Clusters are taken over all items of ``gold``; the averages run over ``scored`` (default all),
    so a subset is judged against everything it was clustered with.
    """
    items = [i for i in gold if i in pred]
    pc, gc = Counter(pred[i] for i in items), Counter(gold[i] for i in items)
    both = Counter((pred[i], gold[i]) for i in items)
    chosen = [i for i in items if scored is None or i in scored]
    if not chosen:
        return 1.0, 1.0, 1.0
    p = sum(both[(pred[i], gold[i])] / pc[pred[i]] for i in chosen) / len(chosen)
    r = sum(both[(pred[i], gold[i])] / gc[gold[i]] for i in chosen) / len(chosen)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def prf(pred: set[frozenset[str]], gold: set[frozenset[str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of predicted pairs (empty sets score 1)."""
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def annotate(docs: list[Document]) -> list[Document]:
    """Run the per-document steps (clean ... temporal) that the copies and stories steps read."""
    steps = [make_step(n) for n in DOC_STEPS]
    return process_documents(docs, [s for s in steps if isinstance(s, DocStep)])


def run_labelled(labels: list[dict[str, Any]], articles: Path = ARTICLES) -> Corpus:
    """The labelled articles, annotated, with derivations and stories as the pipeline makes them."""
    docs = annotate(load_articles(articles, {r["id"] for r in labels}))
    corpus = Corpus(docs={d.id: d for d in docs})
    corpus.derivations = find_derivations(docs)
    corpus.stories = cluster(corpus)
    return corpus


def scores(labels: list[dict[str, Any]], corpus: Corpus, part: str | None = None) -> dict[str, float]:
    """Story B3 and copy-pair scores, on the labelled articles of one half (``part``) or all."""
    gold_story = {r["id"]: r["story"] for r in labels}
    scored = {a for a, s in gold_story.items() if part is None or half(s) == part}
    gold_kind = {
        frozenset((r["id"], c["with"])): c["kind"] for r in labels if r["id"] in scored for c in r.get("copies", [])
    }
    pred_story = {a: s.id for s in corpus.stories for a in s.articles}
    pred_kind = {frozenset(d.articles): d.kind for d in corpus.derivations if d.articles[0] in scored}
    bp, br, bf = bcubed(pred_story, gold_story, scored)
    cp, cr, cf = prf(set(pred_kind), set(gold_kind))
    kinds = [pred_kind[k] == v for k, v in gold_kind.items() if k in pred_kind]
    return {
        "articles": len(scored),
        "stories": len({gold_story[a] for a in scored}),
        "b3_p": bp,
        "b3_r": br,
        "b3_f1": bf,
        "gold_pairs": len(gold_kind),
        "pred_pairs": len(pred_kind),
        "copy_p": cp,
        "copy_r": cr,
        "copy_f1": cf,
        "kinds_right": sum(kinds),
        "kinds_found": len(kinds),
    }


def main(argv: list[str] | None = None) -> int:
    """Score stories and copies on the labelled dev set (tuning half, reporting half); print the scores."""
    ap = argparse.ArgumentParser(prog="silang eval stories", description=__doc__)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("--errors", choices=["tune", "report", "all"], help="list wrong pairs of one half")
    args = ap.parse_args(argv)
    labels = [json.loads(x) for x in args.labels.read_text(encoding="utf-8").splitlines() if x.strip()]
    corpus = run_labelled(labels, args.articles)
    print(f"articles {len(corpus.docs)}  predicted stories {len(corpus.stories)}")
    for part in ("tune", "report", None):
        s = scores(labels, corpus, part)
        print(
            f"{part or 'all':6} {s['articles']:3.0f} articles {s['stories']:3.0f} stories | "
            f"B3 P {s['b3_p']:.3f} R {s['b3_r']:.3f} F1 {s['b3_f1']:.3f} | "
            f"copies gold {s['gold_pairs']:.0f} found {s['pred_pairs']:.0f} "
            f"P {s['copy_p']:.3f} R {s['copy_r']:.3f} F1 {s['copy_f1']:.3f} | "
            f"kind right {s['kinds_right']:.0f}/{s['kinds_found']:.0f}"
        )
    if args.errors:
        _errors(labels, corpus, None if args.errors == "all" else args.errors)
    report = scores(labels, corpus, "report")
    print("(last line: the reporting half; thresholds are tuned on the tuning half only)")
    print(f"stories: B3 F1 {report['b3_f1']:.3f} | copies F1 {report['copy_f1']:.3f}")
    return 0


def _errors(labels: list[dict[str, Any]], corpus: Corpus, part: str | None) -> None:
    gold = {r["id"]: r["story"] for r in labels}
    gold_kind = {frozenset((r["id"], c["with"])): c["kind"] for r in labels for c in r.get("copies", [])}
    pred = {a: s.id for s in corpus.stories for a in s.articles}
    pred_kind = {frozenset(d.articles): d.kind for d in corpus.derivations}
    title = {d.id: f"{d.outlet} {d.published} {(d.title or '')[:60]}" for d in corpus.docs.values()}
    ids = sorted(a for a in gold if part is None or half(gold[a]) == part)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
            if same_p != same_g and (same_g or half(gold[b]) == half(gold[a])):
                tag = "split" if same_g else "merged"
                print(f"  story {tag}: {a} {title[a]} | {b} {title[b]}")
    for pair in sorted(set(pred_kind) | set(gold_kind), key=sorted):
        a, b = sorted(pair)
        if part is not None and half(gold[a]) != part:
            continue
        got, want = pred_kind.get(pair), gold_kind.get(pair)
        if got != want:
            print(f"  copy {want or '-'} got {got or '-'}: {a} {title[a]} | {b} {title[b]}")


if __name__ == "__main__":
    raise SystemExit(main())
