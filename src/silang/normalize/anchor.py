"""The article's date when no publication date is known: inferred from its own dated expressions.

The year: the latest year the text writes in a full date, a month ("Juni 2024") or "tahun 2024";
without one, the latest year (not after this one) in which the stated weekdays match their dates
("Senin (28/10)" and "Jumat (25/10)" → 2024). The window: from the latest day-precision date the
text reports as past (a weekday alone counts when nothing else does) to the earliest date it
announces as coming ("akan", "dijadwalkan"), or three days later when none. The anchor is the first
day of the window: the earliest the article can have been written.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from silang.model import Timex
from silang.normalize.calendar import weekday_number
from silang.normalize.timepatterns import time_patterns
from silang.normalize.times import find_times

DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})(?:-\d{2})?(?:-\d{2})?$")
WINDOW_DAYS = 3  # how long after its latest reported day an article is assumed written
SENTENCE_END = re.compile(r"[.!?\n]\s")


def _sentence_before(text: str, pos: int) -> str:
    """The text from the start of the sentence holding ``pos`` up to ``pos``."""
    window = text[max(0, pos - 200) : pos]
    cut = max((m.end() for m in SENTENCE_END.finditer(window)), default=0)
    return window[cut:]


def infer_year(times: list[Timex], lang: str = "id", today: date | None = None) -> int | None:
    """The year of a text's dates: the latest one written, else the one its weekdays agree with."""
    written = [int(m[1]) for t in times if t.value and t.confidence >= 1.0 and (m := YEAR.match(t.value))]
    if written:
        return max(written)
    this_year = (today or date.today()).year
    votes: Counter[int] = Counter()
    for t in times:
        m = DAY.match(t.value or "")
        if not (m and t.weekday_stated):
            continue
        wd = weekday_number(t.weekday_stated, lang)
        for y in range(this_year, this_year - 30, -1):
            try:
                if date(y, int(m[2]), int(m[3])).isoweekday() == wd:
                    votes[y] += 1
            except ValueError:
                break
    if not votes:
        return None
    top = max(votes.values())
    return max(y for y, v in votes.items() if v == top)


def infer_window(text: str, lang: str = "id", start: int = 0, end: int | None = None) -> tuple[date, date] | None:
    """The (first, last) days the article may have been written on, from its own dates; None if undated."""
    return window_of(text, find_times(text, None, lang, start, end), lang)


def window_of(text: str, times: list[Timex], lang: str = "id") -> tuple[date, date] | None:
    """:func:`infer_window` from expressions already found (without an anchor) in ``text``."""
    year = infer_year(times, lang)
    if year is None:
        return None
    pats = time_patterns(lang)
    past: list[date] = []
    future: list[date] = []
    weekdays: list[Timex] = []
    for t in times:
        m = DAY.match(t.value or "")
        if t.value and t.value.startswith("XXXX-WXX-") and t.weekday_stated:
            weekdays.append(t)
        if not m:
            continue
        try:
            d = date(year if m[1] == "XXXX" else int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        (future if pats.future_re.search(_sentence_before(text, t.span.start)) else past).append(d)
    last_bound = min(future) if future else None
    if past:
        first = max(d for d in past if last_bound is None or d <= last_bound) if last_bound else max(past)
    elif last_bound and weekdays:
        first = max(_weekday_before(t, last_bound, lang) for t in weekdays)
    elif last_bound:
        first = last_bound
    else:
        return None
    last = last_bound if last_bound and last_bound >= first else first + timedelta(days=WINDOW_DAYS)
    return first, last


def _weekday_before(t: Timex, bound: date, lang: str) -> date:
    """The latest day on or before ``bound`` falling on the weekday ``t`` names."""
    wd = weekday_number(t.weekday_stated or "", lang) or bound.isoweekday()
    return bound - timedelta(days=(bound.isoweekday() - wd) % 7)


def infer_anchor(text: str, lang: str = "id", start: int = 0, end: int | None = None) -> tuple[date | None, bool]:
    """The inferred anchor (first day of :func:`infer_window`) and True, or (None, False) if the text has no dates."""
    window = infer_window(text, lang, start, end)
    return (window[0], True) if window else (None, False)
