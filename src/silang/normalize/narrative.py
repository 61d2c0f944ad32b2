"""Which day a clock time written without one belongs to: the day of the events being told.

News writes "pukul 06.12" without a date when the day is clear from the narration. The rules, in order:

1. A day-precision date in the clock time's own sentence dates it ("Sabtu (28/12/2014) ... pukul 08.30").
2. Otherwise the narrated day: the last day-precision date the text gave before it (kept in
   :class:`~silang.normalize.resolve.Ctx` ``ref`` as expressions are resolved in order).
3. Dates that close an attribution clause ('..., kata Wisnu, Senin (29/12/2014).', "seperti dikutip
   dari CNBC, Rabu (18/6/2025).") date the speech or the report, not the events told: they are not
   narrated days for rules 1 and 2 (nor for "hari itu", "tiga hari kemudian").
4. With no narrated day, the anchor's day (the publication day), at a lower confidence (0.5): the
   text does not say the day, and articles often tell yesterday's events; the anchor is recorded.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from silang.normalize.rx import alt
from silang.normalize.timepatterns import time_words

if TYPE_CHECKING:
    from silang.normalize.resolve import Resolved
    from silang.normalize.times import Hit

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
CLOSES = re.compile(r"\s*(?:[.!?;]|\n|$)")  # what may follow a date that closes its clause
NARRATED_CONFIDENCE = 0.7  # a clock time dated by a narrated day (rules 1 and 2); 0.5 by the anchor
CLAUSE = 140  # the longest attribution clause ("ujar X, dalam jumpa pers di Kantor ..., Jakarta Pusat,")


@cache
def _attribution_re(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A speech verb after a quote or comma, or a context word; then the clause; then the date's comma.

    Also the context word alone right before the date, and the most words a context phrase has: a
    date after no comma can only follow a context word, which is searched for in the last words only.
    """
    w = time_words(lang).words
    verbs, context = alt(w.get("attribution_verbs", []), lower=True), alt(w.get("attribution_context", []), lower=True)
    clause = rf"[^.!?\"“”\n]{{0,{CLAUSE}}},"
    full = re.compile(rf"(?:[,\"”]\s*{verbs}\w*{clause}|(?<!\w){context}\w*(?:{clause})?)\s*\Z", re.IGNORECASE)
    bare = re.compile(rf"(?<!\w){context}\w*\s*\Z", re.IGNORECASE)
    return full, bare, max((len(x.split()) for x in w.get("attribution_context", [])), default=1)


def attributed(text: str, start: int, end: int, lang: str) -> bool:
    """True when the date at ``text[start:end]`` closes an attribution clause ("..., kata X, Senin (29/12).")."""
    if not CLOSES.match(text, end):
        return False
    full, bare, words = _attribution_re(lang)
    lo = max(0, start - CLAUSE - 40)
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if text[j - 1 : j] == ",":  # every form but the bare context word ends with the clause's comma
        return full.search(text, lo, start) is not None
    i = j
    for n in range(words):  # back to the start of the last ``words`` words
        while n and i > lo and text[i - 1].isspace():
            i -= 1
        while i > lo and not text[i - 1].isspace():
            i -= 1
    return bare.search(text, i, start) is not None


def date_clocks(text: str, hits: list[Hit], resolved: list[Resolved], narrated: list[bool]) -> None:
    """Give each clock time standing alone the narrated date of its own sentence, when it has one (rule 1)."""
    for i, r in enumerate(resolved):
        if not (r.floating and r.value):
            continue
        best: tuple[int, str] | None = None
        for j, other in enumerate(resolved):
            o, h = other.value or "", hits[j]
            if j == i or other.floating or not narrated[j] or not DAY_VALUE.match(o):
                continue
            first, second = (h, hits[i]) if h.start < hits[i].start else (hits[i], h)
            between = SENTENCE_END.search(text, first.end, second.start)  # not the "." of "Oct." inside one
            if between is None and (best is None or abs(h.start - hits[i].start) < best[0]):
                best = (abs(h.start - hits[i].start), o[:10])
        if best:  # dated by its sentence, not by the anchor
            r.value = best[1] + r.value[r.value.index("T") :]
            r.confidence, r.uses_anchor = max(r.confidence, NARRATED_CONFIDENCE), False
