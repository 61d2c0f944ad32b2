"""Fit the story link weights (``story_signals.WEIGHTS``) and threshold on the tuning half only.

usage: python bench/fit_story_links.py [--keep]
Annotates the labelled dev-id articles, collects every candidate pair the story index
retrieves (features as :func:`silang.pipeline.story_signals.features`), keeps pairs whose two
articles are both in the tuning half of ``tests/data/stories_dev.jsonl``, fits a logistic
regression on them, then picks the threshold with the best tuning-half B-cubed F1.
Prints the weights to paste into ``story_signals.WEIGHTS`` and the tuning/reporting scores.
"""

from __future__ import annotations

import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from silang.evaluate.stories import LABELS, annotate, bcubed, half, load_articles
from silang.pipeline import stories as stories_mod
from silang.pipeline.base import Corpus
from silang.pipeline.copies import find_derivations, title_numbers
from silang.pipeline.neighbours import terms
from silang.pipeline.stories import StoryIndex, arrival_order, cluster
from silang.pipeline.story_signals import WEIGHTS, profile


def main() -> None:
    """Collect tuning-half pairs, fit, choose a threshold, print weights and scores."""
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = {r["id"]: r["story"] for r in labels}
    docs = annotate(load_articles(ids=set(gold)))
    index = StoryIndex()
    index.lazy_embed = False  # every pair's embedding, as the fitted weights assume
    rows: list[dict[str, float]] = []
    ys: list[int] = []
    for doc in arrival_order(docs):
        tf = terms(doc.body, doc.title)
        index.meta[doc.id] = profile(doc, title_numbers(doc.title)) | {"title": doc.title}
        for other, feats in index.candidates(doc.id, tf):
            if half(gold[doc.id]) == half(gold[other]) == "tune":
                rows.append(feats)
                ys.append(int(gold[doc.id] == gold[other]))
        index.terms.insert(doc.id, tf)
        index.story_of[doc.id] = doc.id
    names = [k for k in WEIGHTS if k != "bias"]
    x = np.array([[r[k] for k in names] for r in rows])
    y = np.array(ys)
    print(f"tuning pairs {len(y)} ({y.sum()} same story)")
    for k, col in zip(names, x.T, strict=True):
        print(f"  {k:28} same {col[y == 1].mean():.2f} other {col[y == 0].mean():.2f}")
    model = LogisticRegression(C=20.0, max_iter=5000).fit(x, y)
    fitted = {"bias": round(float(model.intercept_[0]), 2)} | {
        k: round(float(w), 2) for k, w in zip(names, model.coef_[0], strict=True)
    }
    print("WEIGHTS =", json.dumps(fitted, indent=4))
    if "--keep" not in sys.argv:  # --keep: only choose the threshold for the weights in the code
        WEIGHTS.update(fitted)
    corpus = Corpus(docs={d.id: d for d in docs})
    corpus.derivations = find_derivations(docs)
    tune = {a for a, s in gold.items() if half(s) == "tune"}
    report = set(gold) - tune
    best = (0.0, 0.5, 0.0)
    for threshold in np.arange(0.4, 0.86, 0.05):
        for mean in (0.0, 0.2, 0.3, 0.4, 0.5):
            stories_mod.THRESHOLD, stories_mod.MEAN_THRESHOLD = float(threshold), mean
            pred = {a: s.id for s in cluster(corpus) for a in s.articles}
            f_tune = bcubed(pred, gold, tune)[2]
            print(f"threshold {threshold:.2f} mean {mean:.1f}: tune B3 F1 {f_tune:.3f}")
            best = max(best, (f_tune, float(threshold), mean))
    stories_mod.THRESHOLD, stories_mod.MEAN_THRESHOLD = best[1], best[2]
    pred = {a: s.id for s in cluster(corpus) for a in s.articles}
    print(f"THRESHOLD = {best[1]:.2f} MEAN_THRESHOLD = {best[2]:.1f}: tune {bcubed(pred, gold, tune)[2]:.3f}")
    print(f"(reporting half, for the record only: {bcubed(pred, gold, report)[2]:.3f})")


if __name__ == "__main__":
    main()
