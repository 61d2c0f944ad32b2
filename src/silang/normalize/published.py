"""Outlets' ``published`` strings to a date: ISO stamps and the Indonesian/English page shapes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import cache

from silang.normalize.calendar import calendar


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int]]:
    months = {**calendar("en").months, **calendar("id").months}
    month_re = "(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + ")"
    iso = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
    numeric = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
    day_month = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({month_re})\.?,?\s+(\d{{4}})(?!\d)", re.I)
    month_day = re.compile(rf"\b({month_re})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
    return iso, numeric, day_month, month_day, months


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_published(raw: str | None) -> date | None:
    """The calendar date of an outlet's publication stamp, or None when it names no full date.

    Reads ISO 8601 (``2025-06-18T13:15:00+07:00``), ``dd/mm/yyyy`` (``Kompas.com- 20/06/2025, 18:07 WIB``),
    ``18 Juni 2025`` / ``18 Jun 2025`` with any weekday or prefix around it, and English ``June 18, 2025``.
    The date is the one written (local to the outlet); the clock time is not used.
    """
    if not raw:
        return None
    text = raw.replace("\xa0", " ").strip()
    iso, numeric, day_month, month_day, months = _patterns()
    try:  # the exact ISO form first: it is what feeds and meta tags carry
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if m := iso.search(text):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    if m := day_month.search(text):
        return _safe(int(m[3]), months[m[2].lower()], int(m[1]))
    if m := month_day.search(text):
        return _safe(int(m[3]), months[m[1].lower()], int(m[2]))
    if m := numeric.search(text):
        return _safe(int(m[3]), int(m[2]), int(m[1]))
    return None


def _zones() -> dict[str, str]:
    return {**calendar("en").zones, **calendar("id").zones}


@cache
def _clock() -> re.Pattern[str]:
    zone_re = "|".join(sorted(map(re.escape, _zones()), key=len, reverse=True))
    return re.compile(rf"(?<![\d.:])(\d{{1,2}})[:.](\d{{2}})\s*(?:(am|pm|a\.m\.|p\.m\.)\s*)?({zone_re})\b", re.I)


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def parse_published_at(raw: str | None) -> datetime | None:
    """The publication moment (time-zone aware) when the stamp gives a clock time and its zone, else None.

    Reads ISO 8601 with an offset (``2025-06-18T18:35:00+07:00``) and a date with ``HH:MM`` and a zone
    word (``Rabu, 18 Juni 2025 |18:52 WIB``, ``June 18, 2025 1:15 PM GMT``). A stamp without a zone is
    not compared with others: its offset is unknown.
    """
    if not raw:
        return None
    text = raw.replace("\xa0", " ").strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment if moment.tzinfo is not None else None
    except ValueError:
        pass
    day = parse_published(text)
    m = _clock().search(text)
    if day is None or m is None:
        return None
    hour, minute = int(m[1]), int(m[2])
    half = (m[3] or "").lower().replace(".", "")
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=_offset(_zones()[m[4].lower()]))


def published_iso(raw: str | None) -> str | None:
    """:func:`parse_published` as ``YYYY-MM-DD`` (or None)."""
    d = parse_published(raw)
    return d.isoformat() if d else None
