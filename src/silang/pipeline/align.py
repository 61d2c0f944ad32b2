"""Passage alignment between two articles: which sentences of A reappear in B, verbatim, edited or spun.

Sentences are compared by word overlap (Dice of word sets); pairs that overlap too little
for words alone are compared by sentence embedding (silang.embed), and an embedding match
must also agree on numbers and share a name or a rare word. Only matches in the same order
in both articles count (longest increasing chain), as copies and spins keep the order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from silang.model import Document

_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=[a-z][.!?])(?=[A-Z][a-z])|\n+")
_WORD = re.compile(r"\w+")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_CAP = re.compile(r"\b[A-Z][\w-]{2,}")
_QUOTED = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"|„[^“”\n]{1,2000}[“”]")
MIN_WORDS = 6
WEAK = 0.28  # word Dice below which a sentence pair is not worth embedding


@dataclass(slots=True)
class Unit:
    """One sentence of an article body with the features alignment needs."""

    start: int
    end: int
    text: str
    words: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]
    key: str = ""
    quoted: bool = False  # mostly inside quotation marks


@dataclass
class Match:
    """Sentence ``i`` of A aligned with sentence ``j`` of B, and how (``lexical`` or ``semantic``)."""

    i: int
    j: int
    score: float
    how: str


@dataclass
class Alignment:
    """The ordered sentence matches between two articles."""

    matches: list[Match] = field(default_factory=list)
    coverage_a: float = 0.0
    coverage_b: float = 0.0
    verbatim: float = 0.0
    longest: int = 0


def number_key(raw: str) -> str:
    """A number without thousands separators ("10.000" -> "10000", "17,76" -> "17.76")."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        return raw.replace(".", "")
    return raw.replace(",", ".")


def make_unit(text: str, start: int, end: int) -> Unit:
    """Features of the sentence ``text`` found at ``start``..``end``."""
    low = text.lower()
    return Unit(
        start,
        end,
        text,
        frozenset(_WORD.findall(low)),
        frozenset(number_key(n) for n in _NUM.findall(text)),
        frozenset(m.lower() for m in _CAP.findall(text)),
        " ".join(_WORD.findall(low)),
    )


def units(doc: Document) -> list[Unit]:
    """The body sentences of ``doc`` (from ``doc.sentences`` when segmented), offsets into ``doc.text``."""
    out: list[Unit] = []
    if doc.sentences:
        spans = [(s.start, s.end) for s in doc.sentences]
    else:
        spans = []
        for block in doc.body_blocks():
            pos = block.start
            for m in _SPLIT.finditer(doc.text, block.start, block.end):
                spans.append((pos, m.start()))
                pos = m.end()
            spans.append((pos, block.end))
    quoted = [(m.start(), m.end()) for b in doc.body_blocks() for m in _QUOTED.finditer(doc.text, b.start, b.end)]
    for s, e in spans:
        raw = doc.text[s:e]
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        if e > s and len(_WORD.findall(doc.text[s:e])) >= MIN_WORDS:
            unit = make_unit(doc.text[s:e], s, e)
            inside = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in quoted if qs < e and qe > s)
            unit.quoted = inside > 0.6 * (e - s)
            out.append(unit)
    return out


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two word sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def numbers_agree(a: Unit, b: Unit) -> bool:
    """False when both sentences state numbers and share none (a template filled with other values)."""
    return not (a.numbers and b.numbers and not a.numbers & b.numbers)


def _chain(cands: list[Match]) -> list[Match]:
    """Longest chain of matches increasing in both ``i`` and ``j`` (patience sort on j, best score first)."""
    cands = sorted(cands, key=lambda m: (m.i, -m.j))
    tails: list[int] = []
    tail_idx: list[int] = []
    prev: list[int] = [-1] * len(cands)
    for k, m in enumerate(cands):
        pos = bisect_left(tails, m.j)
        if pos == len(tails):
            tails.append(m.j)
            tail_idx.append(k)
        else:
            tails[pos] = m.j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos > 0 else -1
    out: list[Match] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(cands[k])
        k = prev[k]
    return out[::-1]


def align(
    a: list[Unit],
    b: list[Unit],
    lexical: float = 0.5,
    semantic: float = 0.0,
    skip: frozenset[str] = frozenset(),
    need: int = 3,
) -> Alignment:
    """Align sentences of ``a`` and ``b``; ``semantic`` > 0 enables embedding matches above that cosine.

    Sentences are embedded only when the lexical and candidate semantic matches could form
    a passage of ``need`` sentences.
    """
    cands: list[Match] = []
    weak: list[tuple[int, int]] = []
    for i, ua in enumerate(a):
        if ua.key in skip:
            continue
        best: Match | None = None
        for j, ub in enumerate(b):
            if ub.key in skip or not numbers_agree(ua, ub):
                continue
            d = dice(ua.words, ub.words)
            if d >= lexical and (best is None or d > best.score):
                best = Match(i, j, d, "lexical")
            elif semantic and d >= WEAK and ua.names & ub.names:
                weak.append((i, j))
        if best:
            cands.append(best)
    if semantic and weak and not _could_pass([*cands, *(Match(i, j, 0.0, "weak") for i, j in weak)], need):
        weak = []
    if semantic and weak:
        from silang.embed import encode

        done = {m.i for m in cands}
        used_j = {m.j for m in cands}
        weak = [(i, j) for i, j in weak if i not in done and j not in used_j]
        ia = sorted({i for i, _ in weak})
        jb = sorted({j for _, j in weak})
        if ia:
            va = dict(zip(ia, encode([a[i].text for i in ia]), strict=True))
            vb = dict(zip(jb, encode([b[j].text for j in jb]), strict=True))
            best_sem: dict[int, Match] = {}
            for i, j in weak:
                cos = float(va[i] @ vb[j])
                if cos >= semantic and (i not in best_sem or cos > best_sem[i].score):
                    best_sem[i] = Match(i, j, cos, "semantic")
            cands.extend(best_sem.values())
    chain = _chain(cands)
    blocks = passages(chain)
    matches = [m for blk in blocks for m in blk]
    len_a = sum(u.end - u.start for u in a) or 1
    len_b = sum(u.end - u.start for u in b) or 1
    cov_a = sum(a[m.i].end - a[m.i].start for m in matches) / len_a
    cov_b = sum(b[m.j].end - b[m.j].start for m in matches) / len_b
    verb = sum(1 for m in matches if m.how == "lexical" and m.score >= 0.9) / max(1, len(matches))
    return Alignment(matches, cov_a, cov_b, verb, max((len(b) for b in blocks), default=0))


def _could_pass(cands: list[Match], need: int) -> bool:
    return any(len(run) >= need for run in passages(_chain(cands)))


def passages(chain: list[Match], gap: int = 3) -> list[list[Match]]:
    """Runs of matches close together on both sides (at most ``gap`` sentences apart), two or more long.

    A copied or spun passage keeps its sentences together; isolated look-alike sentences
    (the same topic told independently) do not form runs.
    """
    runs: list[list[Match]] = []
    for m in chain:
        if runs and m.i - runs[-1][-1].i <= gap and 0 < m.j - runs[-1][-1].j <= gap:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2]
