"""List suspicious quote speakers on a sample of dev-id articles (no gold needed).

A speaker is suspicious when it is not a PER/ORG entity of its article, is one common word, holds a
word glued to a function word ('Prabowo Subiantosebagai'), is long (a clause), or is a dateline or
outlet. Run before and after a change to the speaker rules and compare the counts.

usage: python bench/speaker_audit.py [--every 8] [--offset 0] [--show CLASS] [ARTICLES.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

from silang.lang import load
from silang.model import Document
from silang.pipeline import available_steps, make_step
from silang.pipeline.base import DocStep

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dev-id" / "articles.jsonl"


def _classes(doc: Document, speaker: str, glue: set[str], outlets: set[str]) -> list[str]:
    """The suspicion classes of one speaker of ``doc`` (empty: looks fine)."""
    out = []
    words = speaker.split()
    low = speaker.lower()
    entities = {(m.entity or m.text) for m in doc.mentions if m.type in ("PER", "ORG")}
    entities |= {m.text for m in doc.mentions if m.type in ("PER", "ORG")}
    ents_low = {e.lower() for e in entities}
    if low in outlets or re.search(r"\.(com|id|co)\b", low) or (speaker.isupper() and low in _places()):
        out.append("dateline")
    if words and _lower_share().get(words[0].lower(), 0.0) >= 0.8 and not words[0].isupper():
        out.append("common")
    if any(any(w.lower().endswith(g) and len(w) > len(g) + 2 and w[: -len(g)] in doc.text.split()
               for g in glue) for w in words):  # fmt: skip
        out.append("glued")
    if len(words) > 5 or any(w.islower() and len(w) > 3 for w in words[1:]):
        out.append("long")
    if low in _places() or all(w.lower() in _places() for w in words):
        out.append("place")
    if not out and low not in ents_low and not any(low in e or e in low for e in ents_low):
        out.append("not-entity")
    return out


@cache
def _lower_share() -> dict[str, float]:
    """Share of each word's dev-id occurrences (after a lower-case word) written in lower case."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    with DEV.open(encoding="utf-8") as fh:
        for line in fh:
            for m in re.finditer(r"(?<=[a-z,] )([A-Za-z]+)", json.loads(line)["text"]):
                w = m.group(1)
                (low if w.islower() else cap)[w.lower()] += 1
    return {w: n / (n + cap[w]) for w, n in low.items() if n + cap[w] >= 20}


@cache
def _places() -> set[str]:
    data = load("id", "reporting")
    return {w.lower() for w in data["places"]}


def main() -> None:
    """Run the per-document steps up to quotes on a dev-id sample and count suspicious speakers."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=DEV)
    ap.add_argument("--every", type=int, default=8)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--show", default="", help="print the quotes of this class ('all' for every class)")
    args = ap.parse_args()
    names = available_steps(("clean", "segment", "entities", "quotes"))
    steps = [s for s in (make_step(n) for n in names) if isinstance(s, DocStep)]
    glue = {"di", "dalam", "sebagai", "saat", "ketika", "kepada", "yang", "dan", "pada", "untuk", "dari", "ke"}
    outlets = {w.lower() for w in load("id", "outlets").get("names", [])} if _has("outlets") else set()
    counts: Counter[str] = Counter()
    total = 0
    with args.corpus.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % args.every != args.offset:
                continue
            rec = json.loads(line)
            doc = Document(rec["id"], rec.get("url") or rec["id"], rec["text"], outlet=rec.get("outlet"))
            for step in steps:
                step.run([doc])
            for q in doc.quotes:
                if q.kind == "scare" or not q.speaker:
                    continue
                total += 1
                for c in _classes(doc, q.speaker, glue, outlets):
                    counts[c] += 1
                    if args.show in (c, "all"):
                        ctx = doc.text[max(0, q.span.start - 140) : q.span.start].replace("\n", " ")
                        if q.speaker_span:
                            ctx = doc.text[max(0, q.speaker_span.start - 80) : q.speaker_span.end + 40]
                        said = q.speaker_span.text if q.speaker_span else ""
                        print(f"{c:10s} {doc.id} [{q.speaker}] <{said}> …{ctx.strip()!r}")
    print(f"speakers {total}; suspicious: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print(f"suspicious total {sum(counts.values())}")


def _has(name: str) -> bool:
    try:
        load("id", name)
    except FileNotFoundError:
        return False
    return True


if __name__ == "__main__":
    main()
