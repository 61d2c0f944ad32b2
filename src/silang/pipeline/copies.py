"""Copy detection: which articles copy, rewrite, update or share a source with which.

Candidates come from MinHash LSH over word 3-shingles (copies and light rewrites) and
from TF-IDF neighbours through an inverted index (spun rewrites swap too many words for
shingles); never all pairs. Each candidate pair is verified by passage
alignment (:mod:`silang.pipeline.align`); the aligned sentences become the evidence.
Sentences an outlet repeats across many of its articles (templates, background, chrome)
are ignored, and a template filled with other numbers never aligns, so only shared news counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from silang.lang import data_lang
from silang.model import Derivation, Document
from silang.normalize.published import parse_published_at
from silang.pipeline.align import Alignment, Unit, align, units
from silang.pipeline.base import Corpus, CorpusStep
from silang.pipeline.minhash import LSHIndex, MinHasher, shingle_hashes
from silang.pipeline.neighbours import TermIndex, terms
from silang.pipeline.story_signals import own_days_differ

_TITLE_NUM = re.compile(r"(?<!\w)\d+(?:[.,:]\d+)*")
BOILERPLATE_DOCS = 6  # a sentence in this many articles of one outlet is the outlet's boilerplate
NEIGHBOUR_COS = 0.3  # TF-IDF cosine for a spun-rewrite candidate (shingles miss spins)
STRONG = 0.7  # word Dice of a near-verbatim sentence pair
SPUN_RUN = 5  # sentences in one aligned run that make a spun rewrite without verbatim sentences
REWRITE = 0.8  # share of one article a rewrite of another covers; less is a shared source (release, wire)
SAME_OUTLET = 0.62  # share of one article an outlet's later version repeats
DIGEST_SOURCE = 0.6  # share of an article an outlet's digest repeats ...
DIGEST_SHARE = 0.4  # ... while that text is less than this share of the digest
LEAD_UNITS = 2  # a digest carries the article from one of its first sentences
SHARED_SENTENCES = 1  # verbatim sentences two articles share that make them a candidate pair ...
SHARED_WORDS = 12  # ... counting sentences of this many distinct words
SEMANTIC = 0.6  # cosine for a spun sentence pair (USE v3); lexical pairs need a word Dice >= 0.5


@dataclass(slots=True)
class _Item:
    doc: Document
    units: list[Unit]


def shared_wire(a: Document, b: Document) -> bool:
    """True when both articles credit the same wire or agency."""
    return bool({w.lower() for w in a.wires} & {w.lower() for w in b.wires})


def direction(a: Document, b: Document) -> str | None:
    """``"a->b"`` (ids) when the publication times (else dates) say which came first."""
    at, bt = parse_published_at(a.published_raw), parse_published_at(b.published_raw)
    if at is not None and bt is not None:
        if at == bt:
            return None
        return f"{a.id}->{b.id}" if at < bt else f"{b.id}->{a.id}"
    if a.published and b.published and a.published != b.published:
        first, second = (a, b) if a.published < b.published else (b, a)
        return f"{first.id}->{second.id}"
    return None


def title_numbers(title: str | None) -> frozenset[str]:
    """The numbers a title states ("Rabu 18 Juni" -> {"18"})."""
    return frozenset(_TITLE_NUM.findall(title or ""))


def numbers_differ(title_a: str | None, title_b: str | None) -> bool:
    """True when both titles state numbers and not the same ones (a template for another day or value)."""
    na, nb = title_numbers(title_a), title_numbers(title_b)
    return bool(na and nb and na != nb)


def classify(a: Document, b: Document, ua: list[Unit], ub: list[Unit], al: Alignment) -> str | None:
    """The derivation kind for an alignment, or None when the shared text is not shared news."""
    top = max(al.coverage_a, al.coverage_b)
    if al.longest < 2 or top < 0.15:
        return None
    # reporters at one press conference share its quotes and paraphrase it loosely: a
    # derivation shares narrative, near-verbatim (an edited copy) or as a long spun run
    narrative = [m for m in al.matches if not (ua[m.i].quoted or ub[m.j].quoted)]
    strong = sum(1 for m in narrative if m.how == "lexical" and m.score >= STRONG)
    spun = al.longest >= SPUN_RUN and len(narrative) >= SPUN_RUN
    if strong < 2 and not spun:
        return None
    if a.outlet and a.outlet == b.outlet:
        # one outlet reusing its own text: only a later version of the same piece counts (most
        # of it, a day apart at most, the same numbers in the title), not shared background
        # under a new lead nor the same template filled for another day
        days = _days_apart(a.published, b.published)
        if not (days is None or days <= 1) or own_days_differ(a, b):
            return None
        low = min(al.coverage_a, al.coverage_b)
        if top >= DIGEST_SOURCE and low < DIGEST_SHARE and _keeps_lead(al, al.coverage_a >= al.coverage_b):
            return "copy"  # one article re-published from its lead inside a longer one (the outlet's digest)
        ok = top >= SAME_OUTLET and not numbers_differ(a.title, b.title)
        return "update" if ok else None
    if shared_wire(a, b):
        return "shared-source"
    if top >= 0.8 and al.verbatim >= 0.7:
        return "copy"
    if top < REWRITE:
        return "shared-source"
    return "rewrite"


def _keeps_lead(al: Alignment, a_is_source: bool) -> bool:
    """True when the source article's lead (its first sentences) is among the aligned ones."""
    return any((m.i if a_is_source else m.j) < LEAD_UNITS for m in al.matches)


def derive(a: Document, b: Document, ua: list[Unit], ub: list[Unit], skip: frozenset[str]) -> Derivation | None:
    """Verify one candidate pair; the derivation with evidence on both sides, or None."""
    al = align(ua, ub, semantic=SEMANTIC, skip=skip)
    kind = classify(a, b, ua, ub, al)
    if kind is None:
        return None
    evidence = []
    for m in al.matches:
        evidence.append(a.span(ua[m.i].start, ua[m.i].end))
        evidence.append(b.span(ub[m.j].start, ub[m.j].end))
    score = round(max(al.coverage_a, al.coverage_b), 3)
    return Derivation([a.id, b.id], kind, score, evidence, direction(a, b))


def boilerplate_keys(items: list[_Item]) -> frozenset[str]:
    """Sentences repeated in ``BOILERPLATE_DOCS`` or more articles of one outlet."""
    counts: Counter[tuple[str, str]] = Counter()
    for it in items:
        outlet = it.doc.outlet or ""
        counts.update({(outlet, u.key) for u in it.units})
    return frozenset(k for (_, k), c in counts.items() if c >= BOILERPLATE_DOCS)


def candidates(items: list[_Item], skip: frozenset[str] = frozenset()) -> set[tuple[int, int]]:
    """Candidate pairs (index pairs, low first): MinHash LSH over shingles, TF-IDF neighbours, and
    articles sharing ``SHARED_SENTENCES`` long verbatim sentences (not in ``skip``), which finds an
    article carried inside a longer one (a digest) that whole-text similarity misses."""
    hasher = MinHasher(num_perm=64)
    text_lsh = LSHIndex(bands=16, rows=4)
    text_index = TermIndex()
    by_sentence: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for k, it in enumerate(items):
        shared: Counter[int] = Counter()
        for key in {u.key for u in it.units if len(u.words) >= SHARED_WORDS} - skip:
            shared.update(by_sentence[key])
            by_sentence[key].append(k)
        pairs.update((o, k) for o, c in shared.items() if c >= SHARED_SENTENCES)
        body = "\n".join(u.text for u in it.units)
        found = text_lsh.add(str(k), hasher.signature(shingle_hashes(body, 3)))
        tf = terms(body, lang=data_lang(it.doc.language))
        found.update(o for o, _ in text_index.query(tf, min_cos=NEIGHBOUR_COS, top=8))
        text_index.insert(str(k), tf)
        pairs.update((int(c), k) for c in found)
    return pairs


def find_derivations(docs: list[Document]) -> list[Derivation]:
    """All derivations among ``docs``, in a deterministic order."""
    items = [_Item(d, units(d)) for d in sorted(docs, key=lambda d: d.id)]
    skip = boilerplate_keys(items)
    out = []
    for i, j in sorted(candidates(items, skip)):
        a, b = items[i], items[j]
        if not a.units or not b.units:
            continue
        der = derive(a.doc, b.doc, a.units, b.units, skip)
        if der:
            out.append(der)
    return released(out, {it.doc.id: it.doc.outlet or it.doc.id for it in items})


def released(derivations: list[Derivation], outlet: dict[str, str]) -> list[Derivation]:
    """Rewrites whose two articles both derive (not as verbatim copies) from a third outlet's article
    too: three outlets carrying one text is a press release or wire each carries (shared-source),
    not one outlet rewriting another."""
    linked: dict[str, set[str]] = defaultdict(set)
    for d in derivations:
        a, b = d.articles
        if outlet[a] != outlet[b] and d.kind != "copy":  # a verbatim copy adds no carrier
            linked[a].add(b)
            linked[b].add(a)
    for d in derivations:
        a, b = d.articles
        third = (linked[a] & linked[b]) - {a, b}
        if d.kind == "rewrite" and any(outlet[c] not in (outlet[a], outlet[b]) for c in third):
            d.kind = "shared-source"
    return derivations


def groups(
    article_ids: list[str], derivations: list[Derivation], outlets: dict[str, str | None] | None = None
) -> list[list[str]]:
    """Independent sources: connected components of ``derivations`` over ``article_ids``, with the
    articles of one outlet (``outlets``: article -> outlet) in one group, since an outlet repeating
    itself is not a second source. Each article is in exactly one group."""
    parent = {a: a for a in article_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in derivations:
        a, b = d.articles
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    first_of: dict[str, str] = {}
    for a in article_ids:
        outlet = (outlets or {}).get(a)
        if outlet:
            parent[find(a)] = find(first_of.setdefault(outlet.lower(), a))
    comps: dict[str, list[str]] = defaultdict(list)
    for a in article_ids:
        comps[find(a)].append(a)
    return sorted((sorted(c) for c in comps.values()), key=lambda g: (-len(g), g[0]))


class Copies(CorpusStep):
    """Fill ``corpus.derivations`` with copies, rewrites, updates and shared-source pairs."""

    name = "copies"

    def process(self, corpus: Corpus) -> int:
        """Find derivations among all articles; return how many."""
        corpus.derivations = find_derivations(list(corpus.docs.values()))
        return len(corpus.derivations)


def _days_apart(a: str | None, b: str | None) -> int | None:
    from datetime import date

    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
