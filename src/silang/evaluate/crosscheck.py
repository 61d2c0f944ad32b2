"""``silang eval crosscheck``: conflict precision/recall and corroboration accuracy on labelled cases.

Each case is a handful of articles (written for the case, or read from a path) with independent
groups, gold conflicts (sides: articles + a pattern on the value), facts with their expected status,
and value pairs that must never be reported as a conflict.
"""

from __future__ import annotations

import argparse
import importlib.util  # noqa: F401  (silang.pipeline.available_steps needs it loaded)
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from silang.model import Conflict, Document, Fact, Story
from silang.normalize.published import published_iso
from silang.pipeline import available_steps, make_step
from silang.pipeline.base import DocStep
from silang.pipeline.claims import THRESHOLD, Claims

DEFAULT = Path(__file__).resolve().parents[3] / "tests" / "data" / "crosscheck_dev.json"
DEV_ID = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "dev-id" / "articles.jsonl"


@cache
def dev_articles(path: Path = DEV_ID) -> dict[str, dict[str, Any]]:
    """The dev-id records by id (cases may point at them instead of carrying their text)."""
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def load_case(case: dict[str, Any]) -> tuple[list[Document], Story]:
    """The case's documents, run through the per-document steps, and its story."""
    docs = []
    for a in case["articles"]:
        if a.get("dev_id"):
            r = dev_articles()[a["id"]]
            a = {**a, "text": r["text"], "published": published_iso(r["published"])}
        text = Path(a["path"]).read_text(encoding="utf-8") if a.get("path") else a["text"]
        docs.append(Document(a["id"], a.get("path") or a["id"], text, published=a.get("published"), language="id"))
    steps = [make_step(n) for n in available_steps(("clean", "segment", "entities", "temporal"))]
    for step in steps:
        if isinstance(step, DocStep):
            step.run(docs)
    ids = [d.id for d in docs]
    return docs, Story(case["id"], case["id"], ids, case.get("groups") or [[i] for i in ids])


def side_matches(side: Any, articles: list[str], pattern: str) -> bool:
    """Whether a predicted conflict side is in one of ``articles`` and its value matches ``pattern``."""
    text = _norm(f"{side.normalized} {side.value}")
    return bool(set(side.articles) & set(articles)) and re.search(pattern, text) is not None


def conflict_matches(c: Conflict, gold: dict[str, Any]) -> bool:
    """Whether a predicted conflict has a distinct side for every gold side."""
    used: set[int] = set()
    for articles, pattern in gold["sides"]:
        hit = next((n for n, s in enumerate(c.sides) if n not in used and side_matches(s, articles, pattern)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def fact_status(facts: list[Fact], pattern: str, min_articles: int) -> str | None:
    """The status of the first fact whose evidence states ``pattern`` in enough articles."""
    for f in facts:
        arts = {e.article for e in f.evidence if re.search(pattern, _norm(e.text))}
        if len(arts) >= min_articles:
            return f.status
    return None


def forbidden(c: Conflict, values: list[str]) -> bool:
    """Whether a conflict sets values that must not be opposed against each other."""
    text = " ".join(_norm(f"{s.normalized} {s.value}") for s in c.sides)
    nums = {re.sub(r"[.,]", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", text)}
    words = set(re.findall(r"[\w-]+", text))
    return all(v in nums or v in words for v in values)


def evaluate(cases: list[dict[str, Any]], threshold: float = THRESHOLD, verbose: bool = False) -> dict[str, Any]:
    """Run the claims step on every case and count hits, misses and false conflicts."""
    tp_pred = n_pred = tp_gold = n_gold = facts_ok = n_facts = violations = 0
    by_source: dict[str, list[int]] = {}  # source -> [gold found, gold, predicted, predicted right]
    for case in cases:
        counts = by_source.setdefault(case.get("source", "authored"), [0, 0, 0, 0])
        docs, story = load_case(case)
        Claims(threshold=threshold).process_story(story, docs)
        n_pred += len(story.conflicts)
        good = [c for c in story.conflicts if any(conflict_matches(c, g) for g in case["conflicts"])]
        tp_pred += len(good)
        counts[2] += len(story.conflicts)
        counts[3] += len(good)
        for g in case["conflicts"]:
            n_gold += 1
            found = any(conflict_matches(c, g) for c in story.conflicts)
            tp_gold += found
            counts[0] += found
            counts[1] += 1
            if verbose and not found:
                print(f"  missed {case['id']}: {g['kind']} {g['sides']}")
        for f in case["facts"]:
            n_facts += 1
            got = fact_status(story.facts, f["pattern"], f["min_articles"])
            facts_ok += got == f["status"]
            if verbose and got != f["status"]:
                print(f"  fact {case['id']}: /{f['pattern']}/ expected {f['status']}, got {got}")
        for c in story.conflicts:
            bad = c not in good
            violations += any(forbidden(c, v) for v in case["must_not"])
            if verbose and bad:
                print(f"  false {case['id']}: {c.about} {[(s.value, s.normalized) for s in c.sides]}")
    return {
        "precision": tp_pred / n_pred if n_pred else 1.0,
        "recall": tp_gold / n_gold if n_gold else 1.0,
        "gold": n_gold,
        "predicted": n_pred,
        "corroboration_accuracy": facts_ok / n_facts if n_facts else 1.0,
        "facts": n_facts,
        "must_not_violations": violations,
        "cases": len(cases),
        "by_source": by_source,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the cross-checking scores; the last line is ``crosscheck: conflicts P X R Y (N gold)``."""
    parser = argparse.ArgumentParser(prog="silang eval crosscheck", description=__doc__)
    parser.add_argument("data", nargs="?", default=str(DEFAULT), help="labelled cases (JSON)")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="minimum conflict confidence")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false conflicts")
    args = parser.parse_args(argv)
    cases = json.loads(Path(args.data).read_text(encoding="utf-8"))["cases"]
    r = evaluate(cases, args.threshold, args.verbose)
    print(f"cases {r['cases']}, predicted conflicts {r['predicted']}, must-not violations {r['must_not_violations']}")
    for source, (found, gold, pred, right) in sorted(r["by_source"].items()):
        p = f"{right / pred:.2f}" if pred else "-"
        rec = f"{found / gold:.2f}" if gold else "-"
        print(f"  {source}: conflicts P {p} ({pred} predicted) R {rec} ({gold} gold)")
    print(f"corroboration accuracy {r['corroboration_accuracy']:.2f} ({r['facts']} labelled facts)")
    print(f"crosscheck: conflicts P {r['precision']:.2f} R {r['recall']:.2f} ({r['gold']} gold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
