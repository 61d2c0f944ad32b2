"""Clauses inside a statement: which event word a date belongs to, which dates sit in a relative
clause ("... yang dimulai pada Februari 2022"), and the clause pieces a fact can be compared by."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from silang.model import Quantity, Span, Timex
from silang.normalize.narrative import attributed
from silang.normalize.timepatterns import time_words
from silang.pipeline.slots import Statement, claims_data

MAX_TRIGGER_DISTANCE = 120  # characters between an event word and the date said to be its date
MAX_RELATIVE_GAP = 30  # a relative clause's event word dates only a date this close after it
BOUNDARY = re.compile(r"[,;:]")


@cache
def _word_re(lang: str, key: str) -> re.Pattern[str] | None:
    words = claims_data(lang)["clauses"][key]
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _split_re(lang: str) -> re.Pattern[str] | None:
    words = claims_data(lang)["clauses"]["splitters"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![\w-])", re.IGNORECASE) if words else None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _between(st: Statement, a: tuple[int, int], b: tuple[int, int]) -> str:
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return st.span.text[lo - st.span.start : hi - st.span.start] if hi > lo else ""


def relative_trigger(st: Statement, start: int, lang: str = "id") -> bool:
    """Whether the event word at ``start`` opens a relative clause ("kapal yang tenggelam ...")."""
    rx = _word_re(lang, "relative")
    before = st.span.text[: start - st.span.start].split()[-2:]
    return bool(rx and any(rx.fullmatch(w.strip("\"'“”,")) for w in before))


def owner(st: Statement, t: Timex, lang: str = "id") -> str | None:
    """The event class of the event word a time expression dates: the nearest one in the same clause
    (no comma between them), else the nearest one. An event word of a relative clause dates only a
    date right after it: in "kapal yang tenggelam di Selat Lombok hingga ke Nusa Penida pada Jumat"
    Friday dates the main clause, not the sinking."""
    span = (t.span.start, t.span.end)
    near = []
    for s, e, name in st.triggers:
        gap = _gap((s, e), span)
        if e <= span[0] and gap > MAX_RELATIVE_GAP and relative_trigger(st, s, lang):
            continue
        near.append((bool(BOUNDARY.search(_between(st, (s, e), span))), gap, name))
    if not near:
        return None
    _, gap, name = min(near)
    return name if gap <= MAX_TRIGGER_DISTANCE else None


def trigger_words(st: Statement, t: Timex) -> set[str]:
    """The event words in the same clause as a time expression (no comma between them)."""
    out = set()
    for s, e, _ in st.triggers:
        span = (t.span.start, t.span.end)
        if not BOUNDARY.search(_between(st, (s, e), span)) and _gap((s, e), span) <= MAX_TRIGGER_DISTANCE:
            out.add(st.span.text[s - st.span.start : e - st.span.start].lower())
    return out


def subordinate(st: Statement, t: Timex, dated: list[Timex], lang: str = "id") -> tuple[int, int] | None:
    """The span of the relative clause (with a few words of its head) that ``t`` dates, when another
    date of the sentence dates its main event; None when ``t`` dates the main event."""
    rx = _word_re(lang, "relative")
    if rx is None or len(dated) < 2:
        return None
    cut = max([e.span.end for e in dated if e.span.end <= t.span.start] + [st.span.start])
    head = st.span.text[cut - st.span.start : t.span.start - st.span.start]
    marks = [m for m in rx.finditer(head) if not BOUNDARY.search(head[m.end() :])]
    if not marks:
        return None
    rel = cut + marks[-1].start()
    if all(subordinate_plain(st, o, rx) for o in dated if o is not t):
        return None  # every date is in a relative clause: none is subordinate to another
    before = st.span.text[cut - st.span.start : rel - st.span.start]
    stop = max([m.end() for m in BOUNDARY.finditer(before)] + [0])
    words = list(re.finditer(r"\S+", before[stop:]))[-4:]
    start = cut + stop + words[0].start() if words else rel
    return start, t.span.end


def subordinate_plain(st: Statement, t: Timex, rx: re.Pattern[str]) -> bool:
    """Whether a relative word stands between the previous clause boundary and ``t``."""
    head = st.span.text[: t.span.start - st.span.start]
    cut = max([m.end() for m in BOUNDARY.finditer(head)] + [0])
    return bool(rx.search(head[cut:]))


def clause_before(st: Statement, start: int) -> str:
    """The text from the last clause boundary (comma, semicolon, colon) up to ``start``."""
    head = st.span.text[: start - st.span.start]
    cut = max([m.end() for m in BOUNDARY.finditer(head)] + [0])
    return head[cut:]


def fixed_count(st: Statement, q: Quantity) -> str | None:
    """The name of the fixed count ``q`` states, e.g. ``load`` for "kapal itu membawa 221 penumpang":
    a verb of the list right before the number and a subject word earlier in the clause."""
    if q.what in claims_data(st.lang).get("measures", {}):
        return q.what
    for name, spec in claims_data(st.lang)["fixed"].items():
        if q.what not in spec["what"]:
            continue
        words = [w.strip("\"'“”").lower() for w in clause_before(st, q.span.start).split()]
        verbs = [n for n, w in enumerate(words) if w in spec["verbs"]]
        if not verbs or len(words) - verbs[-1] > 1 + len(set(words[verbs[-1] + 1 :]) & set(spec["fillers"])):
            continue
        if set(words[: verbs[-1]]) & set(spec["subjects"]):
            return str(name)
    return None


def attribution_date(st: Statement, t: Timex) -> bool:
    """Whether ``t`` dates the report, not the event: it closes an attribution clause ("..., kata X,
    Senin (29/12).") or follows one that opens the sentence ("Dikutip dari AFP, Senin (16/6), ...")."""
    rel = t.span.start - st.span.start
    if attributed(st.span.text, rel, t.span.end - st.span.start, st.lang):
        return True
    head = st.span.text[:rel]
    words = time_words(st.lang).words.get("attribution_context", [])
    first = head.split()[:1]
    return bool(first) and len(BOUNDARY.findall(head)) <= 1 and any(first[0].lower().startswith(w) for w in words)


def _place_names(st: Statement) -> dict[str, set[str]]:
    heads = claims_data(st.lang)["names"]["place_heads"]
    rx = re.compile(rf"\b({'|'.join(re.escape(h) for h in heads)})\s+([A-Z][\w'-]*)")
    out: dict[str, set[str]] = {}
    for m in rx.finditer(st.text):
        out.setdefault(m.group(1).lower(), set()).add(m.group(2).lower())
    return out


def different_places(a: Statement, b: Statement) -> bool:
    """Whether each statement names a place of one kind the other does not (Gunung Raung / Gunung
    Semeru): two events of one kind, or one event told from different places; neither is compared."""
    pa, pb = _place_names(a), _place_names(b)
    return any(pa[h] - pb[h] and pb[h] - pa[h] for h in pa.keys() & pb.keys())


def relative_date(st: Statement, t: Timex) -> bool:
    """A date with no digits ("hari Jumat", "malam tadi") in a sentence that also states a date in
    digits: it most likely restates that date, and its own reading leans on the anchor."""
    if re.search(r"\d", t.span.text):
        return False
    return any(o is not t and re.search(r"\d", o.span.text) for o in st.dated())


def split_clauses(st: Statement) -> list[Statement]:
    """The clauses of a statement that carry slots of their own ("12 penumpang tewas, sementara 40
    orang lainnya diselamatkan"), each a statement; the statement itself when it has one such clause."""
    rx = _split_re(st.lang)
    if rx is None or len(st.quantities) + len(st.dated()) < 2:
        return [st]
    marks = [st.span.start + m.start() + len(m.group()) - len(m.group().lstrip(",; ")) for m in rx.finditer(st.text)]
    pieces = []
    for lo, hi in pairwise([st.span.start, *marks, st.span.end]):
        text = st.span.text[lo - st.span.start : hi - st.span.start].rstrip(",; ")
        part = Statement(st.article, st.index, Span(st.article, lo, lo + len(text), text))
        part.group, part.published, part.lang, part.markers = st.group, st.published, st.lang, st.markers
        part.quantities = [q for q in st.quantities if lo <= q.span.start < hi]
        part.times = [t for t in st.times if lo <= t.span.start < hi]
        part.identifiers = [x for x in st.identifiers if lo <= x.span.start < hi]
        part.triggers = [x for x in st.triggers if lo <= x[0] < hi]
        part.events = {name: s for s, _, name in reversed(part.triggers)}
        part.entities, part.persons = st.entities, st.persons
        pieces.append(part)
    if sum(1 for p in pieces if p.quantities or p.dated()) < 2:
        return [st]
    return pieces
