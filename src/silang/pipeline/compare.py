"""Slot values and how they compare: date intervals, quantity intervals, near-identical identifiers."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from silang.model import Quantity, Timex

_ISO = re.compile(r"^(\d{4}|X{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?(?:T(\d{2})(?::(\d{2}))?)?")
Day = tuple[int, int, int]


def _bounds(part: str) -> tuple[Day, Day, bool] | None:
    m = _ISO.match(part.strip())
    if not m or not m.group(2) or m.group(2) == "XX":
        return None  # a year alone is too coarse to disagree with anything
    year = 0 if m.group(1).startswith("X") else int(m.group(1))
    month = int(m.group(2))
    if m.group(3) and m.group(3) != "XX":
        day = int(m.group(3))
        return (year, month, day), (year, month, day), year > 0
    return (year, month, 1), (year, month, 31), year > 0


def date_interval(value: str | None) -> tuple[Day, Day] | None:
    """``value`` (partial ISO date or ``a/b`` range) as first and last (year, month, day); year 0 if unknown."""
    if not value:
        return None
    parts = value.split("/")
    first, last = _bounds(parts[0]), _bounds(parts[-1])
    if not first or not last:
        return None
    return first[0], last[1]


def day_level(value: str | None) -> bool:
    """Whether the date names a day (or a range of days), not just a month."""
    return bool(value and re.match(r"^(\d{4}|X{4})-\d{2}-\d{2}", value))


def dates_disjoint(a: str | None, b: str | None) -> bool:
    """True when two dates certainly name different days (an unknown year matches any year)."""
    ia, ib = date_interval(a), date_interval(b)
    if not ia or not ib:
        return False
    (alo, ahi), (blo, bhi) = ia, ib
    if alo[0] == 0 or blo[0] == 0:
        alo, ahi, blo, bhi = (0, *alo[1:]), (0, *ahi[1:]), (0, *blo[1:]), (0, *bhi[1:])
    return ahi < blo or bhi < alo


def clock(t: Timex) -> str | None:
    """The time of day of a time expression, ``HH:MM``."""
    m = re.search(r"T(\d{2})(?::(\d{2}))?", t.value or "")
    return f"{m.group(1)}:{m.group(2) or '00'}" if m else None


def date_part(t: Timex) -> str | None:
    """The date part of a timex value, if it names one."""
    m = re.match(r"^(\d{4}|X{4})-\d{2}(?:-\d{2})?", t.value or "")
    return m.group() if m else None


def quantity_interval(q: Quantity) -> tuple[float, float] | None:
    """The values a quantity admits: its value (widened by 10% when approximate) or its range."""
    if q.value is not None:
        lo = hi = q.value
    elif q.low is not None or q.high is not None:
        lo = q.low if q.low is not None else q.high or 0.0
        hi = q.high if q.high is not None else q.low or 0.0
    else:
        return None
    if q.approximate:
        lo, hi = lo * 0.9, hi * 1.1
    return lo, hi


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities can be the same number (equal, approximately equal, or one range holds the other)."""
    ia, ib = quantity_interval(a), quantity_interval(b)
    if not ia or not ib:
        return True
    return not (ia[1] < ib[0] or ib[1] < ia[0])


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities count the same kind of thing in the same unit."""
    return bool(a.what) and a.what == b.what and (a.unit or "") == (b.unit or "")


def magnitude_ratio(a: Quantity, b: Quantity) -> float:
    """How many times larger the larger quantity is (inf when one is zero or unknown)."""
    ia, ib = quantity_interval(a), quantity_interval(b)
    if not ia or not ib or min(ia[0], ib[0]) <= 0:
        return float("inf")
    x, y = (ia[0] + ia[1]) / 2, (ib[0] + ib[1]) / 2
    return max(x, y) / min(x, y)


def plain(value: float | None) -> str:
    """A number as text without a trailing ``.0``."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


def quantity_label(q: Quantity) -> str:
    """A normalised quantity as text: ``10000``, ``~10000``, ``8-13``."""
    core = plain(q.value) if q.value is not None else f"{plain(q.low)}-{plain(q.high)}"
    return ("~" if q.approximate else "") + core + (f" {q.what}" if q.what else "")


def near_variant(a: str, b: str, max_edits: int = 2) -> bool:
    """Two different spellings a typo or transposition apart (SV-5276 vs SV-5726)."""
    na, nb = re.sub(r"[\s\-]", "", a.upper()), re.sub(r"[\s\-]", "", b.upper())
    if na == nb or not na or not nb:
        return False
    if sorted(na) == sorted(nb):
        return True
    return Levenshtein.distance(na, nb) <= max_edits
