"""Calendar words (months, weekdays, zones) from the language data, as lookup tables and regex parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from silang.lang import load
from silang.normalize.rx import alt


@dataclass(frozen=True, slots=True)
class Calendar:
    """The month/weekday/zone words of one language, ready for matching."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    zones: dict[str, str]
    summer_zones: dict[str, str]  # US zones' offsets from the second Sunday of March to the first of November
    month_names: tuple[str, ...]
    weekday_names: tuple[str, ...]
    messages: dict[str, str]
    month_re: str
    weekday_re: str
    zone_re: str


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` (a trie), longest first, apostrophes accepting both quote marks."""
    return alt(words, quotes=True)


@cache
def calendar(lang: str = "id") -> Calendar:
    """The :class:`Calendar` of ``lang`` (cached)."""
    data = load(lang, "dates")
    months = {k.lower(): int(v) for k, v in data["months"].items()}
    weekdays = {k.lower(): int(v) for k, v in data["weekdays"].items()}
    zones = {k.lower(): str(v) for k, v in data["zones"].items()}
    return Calendar(
        lang=lang,
        months=months,
        weekdays=weekdays,
        zones=zones,
        summer_zones={k.lower(): str(v) for k, v in data.get("zones_us_summer", {}).items()},
        month_names=tuple(data["names"]["months"]),
        weekday_names=tuple(data["names"]["weekdays"]),
        messages=dict(data["messages"]),
        month_re=_alternation(list(months)),
        weekday_re=_alternation(list(weekdays)),
        zone_re=_alternation(list(zones)),
    )


def month_number(word: str, lang: str = "id") -> int | None:
    """The month number (1-12) of a month word or abbreviation, or None."""
    return calendar(lang).months.get(word.lower().rstrip("."))


def weekday_number(word: str, lang: str = "id") -> int | None:
    """The ISO weekday (1 = Monday) of a weekday word, or None (accepts ``Jum'at`` / ``Jumat``)."""
    key = word.lower().replace("’", "'")
    cal = calendar(lang)
    return cal.weekdays.get(key) or cal.weekdays.get(key.replace("'", ""))


def us_summer(d: date) -> bool:
    """True when US daylight saving time is on at ``d`` (second Sunday of March to first Sunday of November)."""
    march, november = date(d.year, 3, 8), date(d.year, 11, 1)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    return start <= d < end
