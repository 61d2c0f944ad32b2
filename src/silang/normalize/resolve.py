"""Resolution of one matched temporal expression to a kind and a (partial) ISO value."""

from __future__ import annotations

import calendar as pycal
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from silang.normalize.calendar import calendar, month_number, us_summer, weekday_number
from silang.normalize.numbers import parse_number
from silang.normalize.rx import alt
from silang.normalize.timepatterns import time_words

if TYPE_CHECKING:
    from silang.normalize.times import Hit


@dataclass(slots=True)
class Ctx:
    """What resolution needs: the anchor, the language, the last full date seen (for "kemudian")."""

    anchor: date | None
    lang: str
    ref: date | None


@dataclass(slots=True)
class Resolved:
    """A resolved expression; ``kind`` None means nothing to report (only a check, maybe)."""

    kind: str | None
    value: str | None
    confidence: float = 1.0
    weekday: str | None = None
    uses_anchor: bool = False
    problem: tuple[str, str] | None = None
    floating: bool = False  # a clock time dated from context, open to a same-sentence date


def _year_for(month: int, day: int, anchor: date, rel: str = "") -> int | None:
    """The year nearest the anchor for a day and month written without one (a future date counts double).

    ``rel`` "past" ("9 Juni lalu") allows only dates up to the anchor, "future" ("7 Desember
    mendatang") only dates from it on.
    """
    best: tuple[float, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        gap = (d - anchor).days
        if (rel == "past" and gap > 0) or (rel == "future" and gap < 0):
            continue
        cost = gap * 2 if gap > 0 else -gap
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else None


def _month_year(month: int, rel: str | None, anchor: date, lang: str) -> int:
    """The year of a month named without one: "lalu" = latest past, "depan" = next, else nearest."""
    w = time_words(lang).words
    rel = (rel or "").lower()
    if rel in w["past"]:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if rel in w["future"]:
        return anchor.year if month >= anchor.month else anchor.year + 1
    ahead = (month - anchor.month) % 12
    return anchor.year + (1 if month < anchor.month and ahead <= 2 else 0) - (1 if month > anchor.month + 2 else 0)


@cache
def _future_clause(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A future word before a weekday in its sentence ("will gather ... on Tuesday"), one after it ("On
    Thursday, the leaders will meet"), and a speech verb right before it ("said on Monday it will"), from
    ``weekday_future`` of ``dates.toml`` (None: weekdays follow only their own words, as in Indonesian)."""
    w = time_words(lang).words
    if not w.get("weekday_future"):
        return None
    future = alt(w["weekday_future"], lower=True)
    verbs = alt(w.get("attribution_verbs", []), lower=True)
    return (
        re.compile(rf"(?<![\w-]){future}(?![\w-]){SAME_SENTENCE}*\Z"),
        re.compile(rf"{SAME_SENTENCE}*?(?<![\w-]){future}(?![\w-])"),
        re.compile(rf"(?<![\w-]){verbs}\s+(?:\w+\s+)?\Z"),
    )


def _told_as_future(h: Hit, lang: str) -> bool:
    """True when a bare weekday's sentence tells of what is to come ("will host a dinner on Wednesday"),
    unless the weekday dates a speech ("said on Monday it will")."""
    pats = _future_clause(lang)
    if pats is None:
        return False
    before, after, speech = pats
    low = h.m.string
    if speech.search(low, max(0, h.start - 30), h.start):
        return False
    return (
        before.search(low, max(0, h.start - CLAUSE_REACH), h.start) is not None
        or after.match(low, h.end, min(len(low), h.end + CLAUSE_REACH)) is not None
    )


SAME_SENTENCE = r"(?:[^.!?;\n]|\.(?=\s+\d))"  # "No. 4" ends no sentence
CLAUSE_REACH = 120  # how far before a weekday its clause's future word may stand


def _weekday(year: int, month: int, day: int) -> int | None:
    """The ISO weekday of a date, None if there is no such date."""
    try:
        return date(year, month, day).isoweekday()
    except ValueError:
        return None


def _iso(d: date) -> str:
    return d.isoformat()


def _date_value(h: Hit, ctx: Ctx) -> Resolved:
    """Day-precision dates: written in full, without a year, or with a weekday to check."""
    m, cal = h.m, calendar(ctx.lang)
    month = int(m["m"]) if "m" in m.re.groupindex and m["m"] else month_number(m["mn"], ctx.lang) or 0
    day = int(m["d"])
    y = m["y"] if "y" in m.re.groupindex else None
    stated = m["wd"] if "wd" in m.re.groupindex else None
    uses_anchor = y is None
    if y is not None:
        year: int | None = int(y) + (2000 if len(y) == 2 else 0)
    else:
        year = _year_for(month, day, ctx.anchor, h.extra.get("rel", "")) if ctx.anchor else None
        if year and stated and ctx.anchor and weekday_number(stated, ctx.lang) != _weekday(year, month, day):
            year = _year_for(month, day, ctx.anchor)  # "lalu" was said from another day than the anchor
    if day > pycal.monthrange(year or 2024, month)[1]:
        msg = cal.messages["impossible_date"].format(day=day, month=cal.month_names[month - 1])
        return Resolved(None, None, 0.0, stated, problem=("impossible-date", msg))
    if year is None:
        return Resolved("date", f"XXXX-{month:02d}-{day:02d}", 0.5, stated)
    d = date(year, month, day)
    ctx.ref = d
    res = Resolved("date", _iso(d), 0.9 if uses_anchor else 1.0, stated, uses_anchor)
    if stated and (wd := weekday_number(stated, ctx.lang)) and wd != d.isoweekday():
        actual, said = cal.weekday_names[d.isoweekday() - 1], cal.weekday_names[wd - 1]
        msg = cal.messages["weekday_mismatch"].format(date=_written(d, ctx.lang), actual=actual, stated=said)
        if (typo := _typo(d, wd, ctx.anchor)) is not None:
            msg += cal.messages["weekday_typo"].format(date=_written(typo, ctx.lang), stated=said)
        res.problem, res.confidence = ("weekday-mismatch", msg), 0.5
    return _with_time(h, res, d, ctx)


def _written(d: date, lang: str) -> str:
    """``d`` as the messages write a date ("18 Juni 2025")."""
    cal = calendar(lang)
    return cal.messages["date_format"].format(day=d.day, month=cal.month_names[d.month - 1], year=d.year)


TYPO_DAYS = 7  # how near the anchor a date with another year or month must be to be offered as meant


def _typo(d: date, weekday: int, anchor: date | None) -> date | None:
    """The date a mismatched weekday suggests was meant: the same day in the anchor's year or month
    ("Rabu (18/6/2026)" in an article of 18 June 2025, a Wednesday), when it has the stated weekday
    and lies within ``TYPO_DAYS`` of the anchor."""
    if anchor is None:
        return None
    for year, month in ((anchor.year, d.month), (d.year, anchor.month)):
        try:
            alt = date(year, month, d.day)
        except ValueError:
            continue
        if alt != d and alt.isoweekday() == weekday and abs((alt - anchor).days) <= TYPO_DAYS:
            return alt
    return None


def _with_time(h: Hit, res: Resolved, d: date, ctx: Ctx) -> Resolved:
    """Add the clock time or day part that follows a date ("Senin (29/12) pukul 04.15", "Selasa sore")."""
    if h.clock is not None:
        res.kind, res.value = "time", f"{_iso(d)}T{_clock(h.clock, ctx.lang, d)}"
    elif h.part:
        part = time_words(ctx.lang).day_parts.get(h.part.lower().replace("  ", " "))
        if part:
            res.kind, res.value = "time", f"{_iso(d)}T{part}"
    return res


def _clock(m: re.Match[str], lang: str, day: date | None = None) -> str:
    """``HH:MM`` (``HH:MM:SS`` when seconds are written) and the zone offset of a clock match.

    A named time of day ("noon") is its clock time; a US zone ("ET") takes its summer offset on a
    ``day`` in daylight saving time.
    """
    gi = m.re.groupindex  # English has "0630 GMT" (h5, mi5) and "noon" (cn)
    if "cn" in gi and m["cn"]:
        return time_words(lang).clock_names[" ".join(m["cn"].lower().split())]
    h = int(m["h"] or m["h2"] or m["h4"] or ("h5" in gi and m["h5"]) or 0)
    mi = int(m["mi"] or m["mi2"] or m["mi3"] or ("mi5" in gi and m["mi5"]) or 0)
    sec = m["s"] or m["s2"] or m["s3"]
    if m["mer"] and h <= 12:  # "5 p.m." -> 17:00, "12 a.m." -> 00:00
        h = h % 12 + time_words(lang).meridiem.get(m["mer"].lower(), 0)
    zone_word = " ".join((m["z"] or "").lower().split())
    cal = calendar(lang)
    zone = cal.zones.get(zone_word, "")
    if day is not None and zone_word in cal.summer_zones and us_summer(day):
        zone = cal.summer_zones[zone_word]
    if m["zo"] and zone:  # "UTC+7": the written offset from the named zone
        sign, digits = m["zo"][0], m["zo"][1:].replace(":", "")
        zh, zm = int(digits[:-2] if len(digits) > 2 else digits), int(digits[-2:]) if len(digits) > 2 else 0
        base = -1 if zone[0] == "-" else 1
        total = base * (int(zone[1:3]) * 60 + int(zone[4:6])) + (1 if sign == "+" else -1) * (zh * 60 + zm)
        zone = f"{'-' if total < 0 else '+'}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return f"{h:02d}:{mi:02d}" + (f":{int(sec):02d}" if sec else "") + zone


def _shift(d: date, n: int, unit: str, keep_day: bool = False) -> tuple[str, date | None]:
    """``d`` moved by ``n`` units (D/W/M/Y) at the unit's precision (a day's, with ``keep_day``)."""
    if unit == "D":
        nd = d + timedelta(days=n)
        return _iso(nd), nd
    if unit == "W":
        nd = d + timedelta(weeks=n)
        return _iso(nd), nd
    if unit in ("M", "Y"):
        k = d.year * 12 + d.month - 1 + (n if unit == "M" else 12 * n)
        y, m = k // 12, k % 12 + 1
        if keep_day:
            nd = date(y, m, min(d.day, pycal.monthrange(y, m)[1]))
            return _iso(nd), nd
        return (f"{y:04d}-{m:02d}" if unit == "M" else f"{y:04d}"), None
    return "", None


def _relative(h: Hit, ctx: Ctx) -> Resolved:
    """Expressions that count from the anchor or the last date: kemarin, bulan lalu, tiga hari kemudian."""
    m, tw, a = h.m, time_words(ctx.lang), ctx.anchor
    g = m.groupdict()
    if h.tag == "relday":
        if a is None:
            return Resolved("date", None, 0.3)
        d = a + timedelta(days=tw.relative_days[" ".join(m["rd"].lower().split())])
        ctx.ref = d
        return _with_time(h, Resolved("date", _iso(d), 0.9, uses_anchor=True), d, ctx)
    if h.tag == "partday":
        part = tw.day_parts[(g.get("part") or g["part2"]).lower()]
        return Resolved("time", f"{_iso(a)}T{part}" if a else None, 0.8, uses_anchor=True)
    if h.tag == "anaphor":
        if ctx.ref is None:
            return Resolved("date", None, 0.3)
        d = ctx.ref + timedelta(days=tw.anaphora[" ".join(m["an"].lower().split())])
        return _with_time(h, Resolved("date", _iso(d), 0.6, uses_anchor=ctx.ref is a), d, ctx)
    if h.tag == "dayonly":
        base = ctx.ref or a
        if base is None:
            return Resolved("date", None, 0.3)
        day = int(m["d"])
        y, mo = (base.year, base.month) if day <= base.day else _prev_month(base)
        if day > pycal.monthrange(y, mo)[1]:
            return Resolved("date", None, 0.3)
        d = date(y, mo, day)
        return _with_time(h, Resolved("date", _iso(d), 0.6, uses_anchor=base is a), d, ctx)
    unit, is_clock = tw.units[m["u"].lower()]
    rel = " ".join((g.get("rel") or g.get("dir") or "").lower().split())
    if h.tag == "relunit":
        step = -1 if rel in tw.words["past"] else 1 if rel in tw.words["future"] else 0
        if a is None or is_clock or unit not in "DWMY":
            return Resolved("date", None, 0.3)
        if unit == "W":
            d = a + timedelta(weeks=step)
            edge = (g.get("edge") or "").lower()
            if edge and tw.edges.get(edge, (0, 0))[0] > 15:  # "akhir pekan": the Saturday and Sunday
                sat = d - timedelta(days=d.isoweekday() - 6)
                return Resolved("range", f"{_iso(sat)}/{_iso(sat + timedelta(days=1))}", 0.8, uses_anchor=True)
            iso = d.isocalendar()
            return Resolved("date", f"{iso.year:04d}-W{iso.week:02d}", 0.8, uses_anchor=True)
        return Resolved("date", _shift(a, step, unit)[0], 0.8, uses_anchor=True)
    n = 1.0 if g.get("one") else parse_number(g.get("n") or "", ctx.lang)
    if rel in tw.words["ahead"]:
        return Resolved("duration", _duration(n, unit, is_clock), 0.9)
    back_ref = rel in tw.words.get("earlier_from_ref", [])  # "a year earlier": a look back, the story stays
    from_ref = rel in tw.words["later"] or rel == "sebelumnya" or back_ref
    base = ctx.ref if from_ref else a
    if base is None or n is None or is_clock or n != int(n):
        return Resolved("date", None, 0.3)
    sign = -1 if rel in tw.words["past"] else 1
    if unit == "DE" and tw.words.get("decade_offsets"):  # "a decade ago": the year
        return Resolved("date", f"{base.year + sign * 10 * int(n):04d}", 0.7, uses_anchor=base is a)
    value, nd = _shift(base, sign * int(n), unit, keep_day=from_ref)
    if nd and not back_ref:
        ctx.ref = nd
    return Resolved("date", value, 0.7, uses_anchor=base is a)


SMALLER = {"D": (24, "H", True), "H": (60, "M", True), "Y": (12, "M", False), "M": (60, "S", True)}


def _prev_month(d: date) -> tuple[int, int]:
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


def _duration(n: float | None, unit: str, is_clock: bool) -> str:
    """ISO 8601 duration; a fraction moves to the next smaller unit ("setengah hari" = PT12H)."""
    if n is not None and n != int(n) and unit in SMALLER and not (unit == "M" and not is_clock):
        factor, unit, is_clock = SMALLER[unit]
        n *= factor
    elif n is not None and n != int(n) and unit == "M":  # half a month: days
        n, unit = n * 30, "D"
    amount = "X" if n is None else (str(int(n)) if n == int(n) else f"{n:g}")
    return ("PT" if is_clock else "P") + amount + unit


def _period(h: Hit, ctx: Ctx) -> Resolved:
    """Months, years, weekdays, durations, sets, clock times and vague references."""
    m, tw, a, cal = h.m, time_words(ctx.lang), ctx.anchor, calendar(ctx.lang)
    g = m.groupdict()
    if h.tag == "month":
        month = month_number(m["mn"], ctx.lang) or 1
        year = int(m["y"]) if g.get("y") else (_month_year(month, g.get("rel"), a, ctx.lang) if a else None)
        ym = f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
        res = Resolved("date", ym, 1.0 if g.get("y") else 0.8, uses_anchor=not g.get("y"))
        if g.get("edge") and year:
            lo, hi = tw.edges[g["edge"].lower()]
            hi = min(hi, pycal.monthrange(year, month)[1])
            res.kind, res.value, res.confidence = "range", f"{ym}-{lo:02d}/{ym}-{hi:02d}", 0.6
        if g.get("since"):
            res.kind, res.value, res.uses_anchor = "range", f"{ym}/{_iso(a) if a else ''}", True
        return res
    if h.tag == "year":
        if g.get("y") or g.get("y2"):
            return Resolved("date", g.get("y") or g["y2"], 1.0 if g.get("tahun") else 0.8)
        if a is None:
            return Resolved("date", None, 0.3)
        rel = " ".join(m["rel"].lower().split())
        step = -1 if rel in tw.words["past"] else 1 if rel in tw.words["future"] else 0
        return Resolved("date", f"{a.year + step:04d}", 0.9, uses_anchor=True)
    if h.tag in ("weekday", "wdrange"):
        wd = weekday_number(m["wd"], ctx.lang) or 1
        if a is None:
            return Resolved("date", f"XXXX-WXX-{wd}", 0.4, m["wd"])
        rel = (g.get("rel") or "").lower()
        if rel in tw.words["future"] or (not rel and _told_as_future(h, ctx.lang)):
            d = a + timedelta(days=(wd - a.isoweekday() - 1) % 7 + 1)
        else:
            back = (a.isoweekday() - wd) % 7
            d = a - timedelta(days=back or (7 if rel in tw.words["past"] else 0))
        if h.tag == "wdrange":  # "from Tuesday to Thursday"
            last = d + timedelta(days=((weekday_number(m["wd2"], ctx.lang) or wd) - wd) % 7)
            ctx.ref = last
            return Resolved("range", f"{_iso(d)}/{_iso(last)}", 0.7, uses_anchor=True)
        ctx.ref = d
        return _with_time(h, Resolved("date", _iso(d), 0.7, m["wd"], uses_anchor=True), d, ctx)
    if h.tag == "years":  # "between 2019 and 2021", "since 2010"
        if g.get("ys"):
            return Resolved("range", f"{g['ys']}/{_iso(a) if a else ''}", 0.9, uses_anchor=True)
        y1, y2 = str(g.get("y1") or g["y4"]), str(g.get("y3") or g["y5"])
        return Resolved("range", f"{y1}/{y2}", 1.0) if int(y1) < int(y2) else Resolved(None, None)
    if h.tag == "period":  # "the second quarter" -> 2024-Q2
        word = m["per"].lower()
        code, nth = tw.periods[word], tw.ordinals[m["ord"].lower()]
        if (code == "H" and nth > 2) or nth > 4:
            return Resolved(None, None)
        if word not in tw.words.get("bare_periods", []) and not g.get("y") and m.string[m.start("per") - 1] != "-":
            return Resolved(None, None)  # "in the second half" of a match; "first-half profit" is of a year
        if g.get("y"):
            return Resolved("date", f"{g['y']}-{code}{nth}", 1.0)
        if a is None:
            return Resolved("date", f"XXXX-{code}{nth}", 0.4)
        rel = (g.get("rel") or "").lower()
        step = -1 if rel in tw.words["past"] else 1 if rel in tw.words["future"] else 0
        return Resolved("date", f"{a.year + step:04d}-{code}{nth}", 0.7, uses_anchor=True)
    if h.tag == "duration":
        unit_word = g.get("u") or g.get("u1") or g.get("u2") or h.extra.get("u", "")
        unit, is_clock = tw.units[unit_word.lower()]
        n = 1.0 if g.get("one") else None if g.get("u2") else parse_number(g.get("n") or "", ctx.lang)
        return Resolved("duration", _duration(n, unit, is_clock), 0.9)
    if h.tag == "set":
        at = f"T{_clock(h.clock, ctx.lang)}" if h.clock is not None else ""  # "setiap hari pukul 19.15"
        if g.get("wd"):
            return Resolved("set", f"XXXX-WXX-{weekday_number(m['wd'], ctx.lang)}{at}", 0.9)
        if at:
            return Resolved("set", f"XXXX-XX-XX{at}", 0.9)
        if g.get("mn"):
            return Resolved("set", f"XXXX-{month_number(m['mn'], ctx.lang) or 1:02d}", 0.9)
        unit, is_clock = tw.units[m["u"].lower()]
        return Resolved("set", _duration(1, unit, is_clock), 0.9)
    if h.tag == "clock":  # the narrated day, else the anchor's (silang.normalize.narrative)
        base = ctx.ref or a
        day = _iso(base) if base else "XXXX-XX-XX"
        conf = 0.5 if base is a else 0.7
        return Resolved("time", f"{day}T{_clock(m, ctx.lang, base)}", conf, uses_anchor=base is a, floating=True)
    if h.tag == "vague":
        value = tw.vague[" ".join(m["vg"].lower().split())]
        return Resolved("duration" if value[:2] in ("PX", "PT") or value[1:2].isdigit() else "date", value, 0.3)
    if h.tag == "season":
        code = tw.seasons[" ".join(m["season"].lower().split())]
        if g.get("y"):
            return Resolved("date", f"{g['y']}-{code}", 1.0)
        if a is None:
            return Resolved("date", f"XXXX-{code}", 0.4)
        rel = " ".join((g.get("rel") or "").lower().split())
        step = -1 if rel in tw.words["past"] else 1 if rel in tw.words["future"] else 0
        months = tw.season_months.get(code)
        if months and step and m.start("rel") < m.start("season"):  # "last summer": the latest one that ended
            opens, closes = months
            ended = opens <= closes < a.month  # this year's is over (winter runs into the next year)
            step = (0 if ended else -1) if step < 0 else (0 if a.month < opens else 1)
        return Resolved("date", f"{a.year + step:04d}-{code}", 0.7, uses_anchor=True)
    if h.tag == "decade":
        dec = m["dec"]
        if len(dec) == 2:  # "tahun 40-an": the latest such decade not after the anchor's
            now = (a or date.today()).year
            dec = (
                str(now // 100 * 100 + int(dec))
                if now // 100 * 100 + int(dec) <= now
                else str(now // 100 * 100 - 100 + int(dec))
            )
        return Resolved("date", dec[:3], 0.8)
    del cal
    return Resolved(None, None)


def _range(h: Hit, ctx: Ctx) -> Resolved:
    """ "8 hingga 13 Oktober", "28 Oktober - 2 November 2024", "October 8-13" → ``start/end``."""
    m = h.m
    g = m.groupdict()
    m2 = month_number(m["m2"], ctx.lang) or 1
    m1 = month_number(g["m1"], ctx.lang) if g.get("m1") else m2
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["y"]:
        y2 = int(m["y"])
    elif ctx.anchor:
        y2 = _year_for(m2, min(d2, 28), ctx.anchor) or ctx.anchor.year
    else:
        return Resolved("range", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", 0.5)
    y1 = y2 - 1 if m1 and m1 > m2 else y2
    try:
        a, b = date(y1, m1 or m2, d1), date(y2, m2, d2)
    except ValueError:
        return Resolved(None, None)
    if b < a:
        return Resolved(None, None)
    ctx.ref = b
    return Resolved("range", f"{_iso(a)}/{_iso(b)}", 1.0 if m["y"] else 0.9, uses_anchor=not m["y"])


def resolve(h: Hit, ctx: Ctx) -> Resolved:
    """The kind and value of one matched expression (updates ``ctx.ref`` with any full date)."""
    if h.tag in ("paren", "dmy", "mdy", "numeric", "iso"):
        return _date_value(h, ctx)
    if h.tag == "range":
        return _range(h, ctx)
    if h.tag in ("relday", "relunit", "offset", "partday", "anaphor", "dayonly"):
        return _relative(h, ctx)
    return _period(h, ctx)
