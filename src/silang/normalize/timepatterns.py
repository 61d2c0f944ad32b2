"""The compiled regular expressions of the time layer, built once per language from ``dates.toml``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from silang.lang import load
from silang.normalize.calendar import calendar
from silang.normalize.numbers import number_words
from silang.normalize.rx import ASCII, Scanner, alt, first_chars


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of lower-cased words (a trie), longest first; spaces match any run of spaces."""
    return alt(words, lower=True)


def _branch(i: int, p: str) -> str:
    """Pattern ``i`` as a branch of a joint alternation: group ``a<i>``, its own groups renamed apart."""
    p = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", p)
    return f"(?P<a{i}>" + re.sub(r"\(\?P=(\w+)\)", rf"(?P=\1_{i})", p) + ")"


@dataclass(frozen=True, slots=True)
class Rest:
    """For each k, the patterns from k on that can start with one character, as one alternation.

    ``rest[k]`` (None when no such pattern is left) finds the first of them to match; ``which[k]``
    maps the group number of its branch ``a<i>`` back to the pattern number i; ``after[i]`` is the
    next such pattern after pattern i (the number of patterns when none is left).
    """

    rest: tuple[re.Pattern[str] | None, ...]
    which: tuple[dict[int, int], ...]
    after: tuple[int, ...]


class RestTables:
    """The :class:`Rest` tables by a start's first character: a digit is never tried as a weekday.

    Built on first use for each set of patterns (a start's character picks the patterns that can
    start with it, from :func:`~silang.normalize.rx.first_chars`); other characters get every pattern.
    """

    def __init__(self, raw: list[tuple[str, str]], firsts: list[frozenset[str]]) -> None:
        self.raw = raw
        self.subset = {c: tuple(i for i, f in enumerate(firsts) if c in f) for c in ASCII}
        self.every = tuple(range(len(raw)))
        self.alternations: dict[tuple[int, ...], tuple[re.Pattern[str], dict[int, int]]] = {}
        self.tables: dict[tuple[int, ...], Rest] = {}
        self.by_char: dict[str, Rest] = {}

    def __call__(self, c: str) -> Rest:
        """The table for a start whose (lower-cased) first character is ``c``."""
        table = self.by_char.get(c)
        if table is None:
            table = self.by_char[c] = self._table(self.subset.get(c, self.every))
        return table

    def _table(self, members: tuple[int, ...]) -> Rest:
        table = self.tables.get(members)
        if table is None:
            n = len(self.raw)
            # the first try at a start is among the patterns its character allows; the rarer tries after a
            # match share the tables of every pattern (fewer regexes to compile in each process)
            alts = [self._alternation(members if k == 0 else tuple(range(k, n))) for k in range(n)]
            after = tuple(next((j for j in members if j > i), n) for i in range(n))
            table = self.tables[members] = Rest(
                tuple(a[0] if a else None for a in alts), tuple(a[1] if a else {} for a in alts), after
            )
        return table

    def _alternation(self, members: tuple[int, ...]) -> tuple[re.Pattern[str], dict[int, int]] | None:
        if not members:
            return None
        alt_ = self.alternations.get(members)
        if alt_ is None:
            r = re.compile("(?:" + "|".join(_branch(i, self.raw[i][1]) for i in members) + ")")
            alt_ = self.alternations[members] = (r, {r.groupindex[f"a{i}"]: i for i in members})
        return alt_


def _prefix_words(tw: TimeWords, cal_words: Iterable[str], number: Iterable[str]) -> frozenset[str]:
    """Every word that can come before an expression's trigger inside it ("antara", "sekitar", "dua")."""
    w = tw.words
    keys = ("about", "clock", "day", "date", "month", "year", "range_open", "since", "every", "few", "earlier_today")
    phrases = (
        [x for k in (*keys, "rel_first", "one_words") for x in w.get(k, [])]
        + list(tw.ordinals)
        + list(tw.edges)
        + list(cal_words)
        + list(number)
    )
    return frozenset(tok.rstrip(".").replace("’", "'") for x in phrases for tok in x.lower().split())


PREFIX_REACH = 4  # how many words an expression may hold before its trigger ("sejak awal bulan Juni")


@dataclass(frozen=True, slots=True)
class TimeWords:
    """The time vocabulary of one language as lookup tables."""

    words: dict[str, list[str]]
    edges: dict[str, tuple[int, int]]
    relative_days: dict[str, int]
    anaphora: dict[str, int]
    units: dict[str, tuple[str, bool]]
    day_parts: dict[str, str]
    meridiem: dict[str, int]  # "p.m." -> 12: hours added to a twelve-hour clock time
    vague: dict[str, str]
    seasons: dict[str, str]
    one_prefix: str
    clock_names: dict[str, str]  # "noon" -> "12:00"
    periods: dict[str, str]  # "quarter" -> "Q": parts of a year counted by an ordinal
    ordinals: dict[str, int]  # "second" -> 2
    season_months: dict[str, tuple[int, int]]  # "SU" -> (6, 8): where "last summer" ends
    future_markers: tuple[str, ...]
    past_markers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimePatterns:
    """Every pattern of the time layer, tagged: ``(tag, compiled)`` in priority order."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # run on lower-cased text
    rest: RestTables  # by a start's first character: patterns k.. as one alternation (:class:`Rest`)
    trigger: Scanner  # a token every expression holds (digits, "(", a time word); lower-cased text
    prefix_words: frozenset[str]  # words an expression may start with before its trigger ("sekitar pukul")
    suffix_part: re.Pattern[str]  # "pagi", "sore ini" after a date
    suffix_rel: re.Pattern[str]  # "lalu", "kemarin" (group ``past``) or "mendatang" (``future``) after a date
    joiner_clock: re.Pattern[str]  # what may stand between a date and its clock time
    joiner_set_clock: re.Pattern[str]  # what may stand between a set of days and its clock time
    future_re: re.Pattern[str]
    past_re: re.Pattern[str]
    arc_before: re.Pattern[str]  # "derajat " right before "50 menit": minutes of arc
    range_head: re.Pattern[str]  # "2-" right before "3 menit": a number sharing the duration's unit


@cache
def time_words(lang: str = "id") -> TimeWords:
    """The :class:`TimeWords` of ``lang`` (cached)."""
    data = load(lang, "dates")
    w = data["words"]
    return TimeWords(
        words={k: list(v) for k, v in w.items() if isinstance(v, list)},
        edges={k: (int(v[0]), int(v[1])) for k, v in data["edges"].items()},
        relative_days={k: int(v) for k, v in data["relative_days"].items()},
        anaphora={k: int(v) for k, v in data.get("anaphora", {}).items()},
        units={k: (str(v[0]), bool(v[1])) for k, v in data["units"].items()},
        day_parts=dict(data["day_parts"]),
        meridiem={str(k).lower(): int(v) for k, v in data.get("meridiem", {}).items()},
        vague=dict(data["vague"]),
        seasons={k.lower(): str(v) for k, v in data.get("seasons", {}).items()},
        one_prefix=str(w.get("one_prefix", "")),
        clock_names={k.lower(): str(v) for k, v in data.get("clock_names", {}).items()},
        periods={k.lower(): str(v) for k, v in data.get("periods", {}).items()},
        ordinals={k.lower(): int(v) for k, v in data.get("ordinals", {}).items()},
        season_months={k: (int(v[0]), int(v[1])) for k, v in data.get("season_months", {}).items()},
        future_markers=tuple(w.get("future_markers", [])),
        past_markers=tuple(w.get("past_markers", [])),
    )


@cache
def time_patterns(lang: str = "id") -> TimePatterns:
    """The compiled :class:`TimePatterns` of ``lang`` (cached)."""
    cal, tw, nw = calendar(lang), time_words(lang), number_words(lang)
    w = tw.words
    wd, mon, zone = cal.weekday_re, cal.month_re, cal.zone_re
    full_months = _alt([m.lower() for m in cal.month_names])
    date_w = _alt(w["date"]) if w["date"] else "(?!)"
    joiner = _alt(w["range_joiners"])
    num = rf"(?:{nw.digits_re}|{nw.words_re}|{_alt(w['few'])})"
    unit = _alt(tw.units)
    one = re.escape(tw.one_prefix) if tw.one_prefix else "(?!)"
    if w.get("one_words"):  # "another week", "the past week": one unit
        one = rf"(?:{one}|{_alt(w['one_words'])}\s+)"
    past, future, later, ahead = (_alt(w[k]) for k in ("past", "future", "later", "ahead"))
    this, every, since, about = (_alt(w[k]) for k in ("this", "every", "since", "about"))
    edge = _alt(tw.edges)
    year_w, month_w, day_w, clock_w = (_alt(w[k]) for k in ("year", "month", "day", "clock"))
    rel_days = _alt(tw.relative_days)
    tadi = _alt(w["earlier_today"]) if w["earlier_today"] else "(?!)"
    parts = _alt(tw.day_parts)
    mer = _alt(list(tw.meridiem)) if tw.meridiem else "(?!)"
    ymd = r"(?P<y>(?:1[89]|20)\d{2})"
    sep = "[" + "".join(re.escape(c) for c in w.get("clock_separators", [".", ":"])) + "]"
    # English: "at 5.47 euros" is no time; a clock word needs minutes, a meridiem or a zone after the hour
    bare = "" if load(lang, "dates")["words"].get("clock_word_bare", True) else rf"|(?=\s*(?:{zone}|{mer})(?!\w))"
    optional = "" if bare else "?"
    hour_word = rf"{clock_w}\s+(?P<h>\d{{1,2}})(?:{sep}(?P<mi>\d{{2}})(?:{sep}(?P<s>\d{{2}}))?{bare}){optional}(?!\d)"
    # "0630 GMT": four digits before a zone that wire copy writes them with
    mil = _alt(w["military_zones"]) if w.get("military_zones") else ""
    military = rf"|(?<![\d.,:])(?P<h5>[01]\d|2[0-3])(?P<mi5>[0-5]\d)(?=\s*{mil}(?!\w))" if mil else ""
    if tw.clock_names:  # "noon", "midnight"
        military += rf"|(?<![\w-])(?P<cn>{_alt(tw.clock_names)})(?![\w-])"
    flags_w = load(lang, "dates")["words"]
    range_open = _alt(w["range_open"])
    year4 = r"(?:1[89]|20)\d{2}"
    decade_suffix = _alt(w.get("decade_suffixes", ["-an"]))
    rel_first = _alt(w["rel_first"]) if w.get("rel_first") else ""
    unit_hyphen = "|-" if load(lang, "dates")["words"].get("unit_hyphen", False) else ""  # "a 52-day trial"
    edge_hyphen = "|-" if load(lang, "dates")["words"].get("edge_hyphen", False) else ""  # "mid-May"
    wd_pre = rf"(?:(?:{day_w}\s+)?(?P<wd>{wd})\.?\s*,?\s*)"
    raw = [
        # Senin (20/10), Kamis (31/10/2024), (18/6/2025)
        ("paren", rf"{wd_pre}?\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"),
        # 8 hingga 13 Oktober 2024, antara 8-13 Oktober, 28 Oktober - 2 November
        (
            "range",
            (
                rf"(?:{_alt(w['range_open'])}\s+)?(?:{date_w}\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{mon})\.?)?"
                rf"\s*{joiner}\s*(?:{date_w}\s+)?(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})\.?(?:,?\s+{ymd})?(?![\w/])"
            ),
        ),
        # October 8-13, Oct. 8 to 13, 2024 (month first)
        (
            "range",
            (
                rf"(?P<m2>{mon})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*{joiner}\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                rf"(?:,?\s+{ymd})?(?![\w/])"
            ),
        ),
        # Rabu, 30 Oktober 2024; tanggal 10 Agustus; 8 Okt.
        ("dmy", rf"{wd_pre}?(?:{date_w}\s+)?(?P<d>\d{{1,2}})\s+(?P<mn>{mon})\.?(?:,?\s+{ymd})?(?![\w/])"),
        # Monday, Oct. 28, 2024 (month first)
        ("mdy", rf"{wd_pre}?(?P<mn>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*{ymd})?(?![\w/.,]\d)(?!\w)"),
        # 30/10/2024, 2024-10-30
        ("numeric", rf"{wd_pre}?(?<![\d/.])(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>\d{{4}})(?![\d/])"),
        ("iso", r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d/])"),
        # Juni 2024, pada bulan Juni, September lalu, awal Oktober, sejak Agustus
        (
            "month",
            (
                rf"(?:(?P<since>{since})\s+)?(?:(?P<edge>{edge})(?:\s+{edge_hyphen}))?(?:(?P<bulan>{month_w})\s+)?"
                rf"(?P<mn>{full_months})(?:\s+{ymd}|\s+(?P<rel>{past}|{future}|{this}))?(?!\w)"
            ),
        ),
        # tahun 2024, tahun ini, tahun lalu, akhir tahun lalu, 2024
        (
            "year",
            (
                rf"(?:(?P<edge>{edge})\s+)?(?:(?P<tahun>{year_w})\s+(?:{ymd}(?:\s+(?:{this}|{past}))?|(?P<rel>{this}|{past}|{future}))"
                rf"|(?<![\d.,/-])(?P<y2>(?:1[89]|20)\d{{2}})(?![\d/]|[.,]\d|\s*-\s*\d))"
            ),
        ),
        # bulan lalu, pekan depan, akhir pekan lalu, minggu ini
        ("relunit", rf"(?<![\w-])(?:(?P<edge>{edge})\s+)?(?P<u>{unit})\s+(?P<rel>{past}|{future}|{this})(?!\w)"),
        # last week, next month, this year, early next week (English order)
        *(
            [("relunit", rf"(?<![\w-])(?:(?P<edge>{edge})\s+)?(?P<rel>{rel_first})\s+(?P<u>{unit})(?!\w)")]
            if rel_first
            else []
        ),
        # hari ini, kemarin, besok; siang ini, tadi pagi
        ("relday", rf"(?<![\w-])(?P<rd>{rel_days})(?![\w-])"),
        ("partday", rf"(?<![\w-])(?:(?P<part>{parts})\s+(?:{this}|{tadi})|{tadi}\s+(?P<part2>{parts}))(?![\w-])"),
        # hari itu, keesokan harinya: from the last date given
        ("anaphor", rf"(?<![\w-])(?P<an>{_alt(tw.anaphora) if tw.anaphora else '(?!)'})(?![\w-])"),
        # tanggal 24 (this month), tahun 40-an, 1990-an
        ("dayonly", rf"(?<!\w)(?:{date_w})\s+(?P<d>\d{{1,2}})(?![\w/.,-]|\s+{mon}(?!\w))"),
        ("decade", rf"(?<!\w)(?:(?P<tahun>{year_w})\s+)?(?P<dec>(?:1[89]|20)?\d0){decade_suffix}(?!\w)"),
        # between 2019 and 2021, since 2010, 2019-2021 (English)
        *(
            [
                (
                    "years",
                    (
                        rf"(?:{range_open}\s+(?P<y1>{year4})\s*{joiner}\s*(?P<y3>{year4})"
                        rf"|(?<![\w.,/-])(?P<y4>{year4})\s*[-–]\s*(?P<y5>{year4})"
                        rf"|(?P<since>{since})\s+(?P<ys>{year4}))(?![\w/]|[.,]\d)"
                    ),
                )
            ]
            if flags_w.get("year_ranges", False)
            else []
        ),
        # from Tuesday to Thursday (English)
        *(
            [("wdrange", rf"{range_open}\s+(?P<wd>{wd})\s*{joiner}\s*(?P<wd2>{wd})(?!\w)")]
            if flags_w.get("weekday_ranges", False)
            else []
        ),
        # the second quarter, first-half profit, the third quarter of 2024 (English)
        *(
            [
                (
                    "period",
                    (
                        rf"(?<![\w-])(?:(?P<rel>{rel_first or '(?!)'})\s+)?(?P<ord>{_alt(tw.ordinals)})[\s-]+"
                        rf"(?P<per>{_alt(tw.periods)})(?:(?:\s+of|,)?\s+{ymd})?(?![\w-])"
                    ),
                )
            ]
            if tw.periods
            else []
        ),
        # musim hujan, musim kemarau lalu, musim dingin 2024
        ("season", rf"(?P<season>{_alt(tw.seasons)})(?:\s+{ymd}|\s+(?P<rel>{past}|{future}|{this}))?(?!\w)"),
        # last summer, next spring, last September (English order)
        *(
            [
                ("season", rf"(?<![\w-])(?P<rel>{rel_first})\s+(?P<season>{_alt(tw.seasons)})(?!\w)"),
                ("month", rf"(?<![\w-])(?P<rel>{rel_first})\s+(?P<mn>{full_months})(?!\w)"),
            ]
            if rel_first
            else []
        ),
        # sepekan lalu, tiga hari kemudian, hampir tiga minggu kemudian, 2 hari ke depan
        (
            "offset",
            (
                rf"(?:{about}\s+)?(?:(?P<n>{num})\s+|(?P<one>{one}))(?P<u>{unit})\s+"
                rf"(?P<dir>{ahead}|{later}|{past}|{future})(?!\w)"
            ),
        ),
        # setiap tahun, tiap Senin
        (
            "set",
            (
                rf"(?P<every>{every})\s+(?:(?:{day_w}\s+)?(?P<wd>{wd})|(?:{month_w}\s+)?(?P<mn>{full_months})"
                rf"|(?P<u>{unit}))(?!\w)"
            ),
        ),
        # 40 menit, sekitar 3 jam, setahun, bertahun-tahun, beberapa bulan
        (
            "duration",
            (
                rf"(?:{about}\s+)?(?:(?P<n>{num})(?:\s+{unit_hyphen})(?P<u>{unit})|(?P<one>{one})(?P<u1>{unit})"
                rf"|ber(?P<u2>{unit})-(?P=u2))(?![\w-])"
            ),
        ),
        # pukul 10.55 WIB, sekitar pukul 09.00 WITA, 14:05 WIT, 15.24.49 WIB, 15:24:49, 10.00 UTC+7
        (
            "clock",
            (
                rf"(?:{about}\s+)?(?:{hour_word}{military}"
                rf"|(?<![\d.,:])(?P<h4>\d{{1,2}})(?=\s*{mer}(?!\w))"
                rf"|(?<![\d.,:])(?P<h2>\d{{1,2}})(?:{sep}(?P<mi2>\d{{2}})(?:{sep}(?P<s2>\d{{2}}))?(?=\s*(?:{zone}|{mer}))"
                rf"|:(?P<mi3>\d{{2}}):(?P<s3>\d{{2}})))"
                rf"(?:\s*(?P<mer>{mer})(?!\w))?"
                rf"(?:\s*(?P<z>{zone})(?P<zo>[+-]\d{{1,2}}(?::?\d{{2}})?(?!\d))?)?(?:\s+(?P<part>{parts}))?(?![\w.:]\d)"
            ),
        ),
        # pada hari Senin, Rabu lalu, Selasa sore
        ("weekday", rf"(?:(?P<hari>{day_w})\s+)?(?P<wd>{wd})(?:\s+(?P<rel>{past}|{future}))?(?!\w)"),
        *([("weekday", rf"(?<![\w-])(?P<rel>{rel_first})\s+(?P<wd>{wd})(?!\w)")] if rel_first else []),
        ("vague", rf"(?<![\w-])(?P<vg>{_alt(tw.vague)})(?![\w-])"),
    ]
    triggers = [
        *cal.months,
        *cal.weekdays,
        *tw.units,
        *tw.relative_days,
        *tw.day_parts,
        *tw.vague,
        *tw.anaphora,
        *tw.seasons,
        *w["every"],
        *w["year"],
        *w["clock"],
        *(tw.one_prefix + u for u in tw.units),
        *tw.clock_names,
        *tw.periods,
        *("ber" + u for u in tw.units),
    ]
    numbers = [*nw.units, *nw.multipliers, *(tw.one_prefix + m for m in nw.multipliers)]
    flags = re.IGNORECASE
    compiled = [re.compile(p) for _, p in raw]
    return TimePatterns(
        patterns=tuple((tag, p) for (tag, _), p in zip(raw, compiled, strict=True)),
        rest=RestTables(raw, [first_chars(p) for p in compiled]),
        # digits not a number's tail: after a miss on one, RE2 looks on after the run
        trigger=Scanner(re.compile(rf"(?<![0-9.,/])[0-9]+|{_alt(triggers)}(?!\w)|\("), "0123456789"),
        prefix_words=(
            _prefix_words(tw, cal.weekdays, numbers) | {e + "-" for e in [*tw.edges, *tw.ordinals] if edge_hyphen}
        ),
        suffix_part=re.compile(
            rf"\s+(?:{_alt(w.get('part_joiners', []))}\s+)?(?P<part>{parts})(?:\s+(?:{this}|itu|{day_w}))?(?!\w)", flags
        ),
        suffix_rel=re.compile(rf"\s+(?:(?P<past>{past})|(?P<future>{future}))(?!\w)", flags),
        joiner_clock=re.compile(rf"\s*(?:{about}\s+)?$", flags),
        joiner_set_clock=re.compile(rf"\s*(?:{_alt(w.get('set_clock_joiners', []))}\s+)?(?:{about}\s+)?$", flags),
        future_re=re.compile(rf"(?<!\w){_alt(list(tw.future_markers))}(?!\w)", flags),
        past_re=re.compile(rf"(?<!\w){_alt(list(tw.past_markers))}(?!\w)", flags),
        arc_before=re.compile(rf"(?<!\w){_alt(w.get('arc', []))}\s+\Z", flags),
        range_head=re.compile(
            rf"(?<![\w.,/-])(?P<n>{nw.digits_re}|{nw.words_re})\s*{_alt(load(lang, 'numbers')['range_joiners'])}\s*\Z"
        ),
    )
