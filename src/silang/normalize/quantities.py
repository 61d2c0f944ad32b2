"""Number mentions → :class:`~silang.model.Quantity`; flight and case numbers → :class:`~silang.model.Identifier`.

Bounds: an exact number has ``value == low == high``; "sekitar 10 ribu" keeps ``value`` with no bounds
and ``approximate``; "lebih dari 100" sets ``low``, "hampir 100" sets ``high``; "100-200 juta" and
"ribuan" (1000..9999) have ``low``/``high`` and no ``value``. The spinner form "10 beberapa ribu"
(a rewrite of "10.000") reads as digits × scale, approximate. Years, dates, clock times, durations,
ordinals ("ke-2"), labels ("Pasal 340"), phone numbers and identifiers are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.lang import load
from silang.model import Identifier, Quantity, Span
from silang.normalize.coordinates import find_coordinates
from silang.normalize.counted import attribute_before, counted, noun_after
from silang.normalize.numbers import number_words, parse_number
from silang.normalize.rx import SHORT, Scanner, alt, ascii_data
from silang.normalize.timepatterns import time_words


def _alt(words: list[str]) -> str:
    return alt(words)


@dataclass(frozen=True, slots=True)
class QuantityData:
    """The compiled patterns and tables of one language."""

    amount: re.Pattern[str]
    vague: re.Pattern[str]
    flight: Scanner  # flight numbers ("QZ8501"), on the original text
    case: Scanner  # case numbers ("2/PUU-XXI/2023"), on the original text
    currency: dict[str, str]
    measure: dict[str, str]
    nouns: dict[str, str]
    not_counted: frozenset[str]
    not_before: frozenset[str]
    not_prefixes: frozenset[str]
    flight_context: re.Pattern[str]
    flight_words: tuple[str, ...]  # the flight context words, lower case: a cheap first test
    trigger: Scanner  # digits, a number word (group ``w``) or a vague amount (``v``); lower-cased text
    prefix_words: frozenset[str]  # hedge and currency words that may open an amount ("lebih dari Rp")
    unit_before: Scanner  # a unit written before its number ("magnitudo 5,2", "M4,9"); lower-cased text
    units_before: dict[str, str]
    scale_only: frozenset[str]  # number words only before a multiplier ("a million"; never "a former")
    ordinal_suffixes: tuple[str, ...]  # "58th": an ordinal, not a quantity
    score_ranges: bool  # a range of digits going down ("2-1") is a score
    after_ordinal: frozenset[str]  # a number word after one of these is a part ("the second half")
    hyphen_compounds: bool  # "30-year-old": a number joined to a word by a hyphen is a modifier


@cache
def noun_table(lang: str = "id") -> dict[str, str]:
    """Counted noun (lower case) → canonical name, from ``units.toml``."""
    return {w.lower(): canon for canon, words in load(lang, "units")["nouns"].items() for w in words}


@cache
def quantity_data(lang: str = "id") -> QuantityData:
    """The :class:`QuantityData` of ``lang`` (cached)."""
    data, nw, numbers = load(lang, "units"), number_words(lang), load(lang, "numbers")
    cur = {k.lower(): v for k, v in data["currency"].items()}
    meas = {k.lower(): v for k, v in data["measure"].items()}
    joiners = _alt(numbers["range_joiners"])
    # currencies that may stand before the number ("$5", "Rp 5"); English "won", "yen" never do
    before_cur = [w.lower() for w in data.get("currency_before", cur)]
    digits = rf"\d{{1,3}}\.\d{{1,2}}(?![\d.,])|{nw.digits_re}"  # "5.2": a decimal point written the English way
    num = rf"(?:(?:(?<=[Rr]p)|(?<![\w.,/]))(?<![A-Za-z]-)(?:{digits})|(?<![\w-]){nw.words_re}(?![\w-]))"
    scale = rf"(?:\s*(?P<few>{_alt(time_words(lang).words['few'])})?\s*{nw.scale_re}(?!\w))"
    unit = rf"(?:\s*(?P<unit>{_alt(list(cur) + list(meas))})(?![\w$]))"
    amount = (
        rf"(?:(?P<hedge>{nw.hedge_re})\s+)?(?:(?P<cur>{_alt(before_cur)})\s*)?(?P<n1>{num})(?P<s1>{scale}*)"
        rf"(?:\s*{joiners}\s*(?P<n2>{num})(?P<s2>{scale.replace('few', 'few2')}*))?{unit}?"
    )
    ids = data["identifiers"]
    before = {" ".join(w.lower().split()): unit for unit, words in data.get("unit_before", {}).items() for w in words}
    return QuantityData(
        amount=re.compile(amount, re.I),
        vague=re.compile(rf"(?:(?P<hedge>{nw.hedge_re})\s+)?(?<!\w)(?P<vg>{nw.vague_re})(?!\w)", re.I),
        flight=Scanner(re.compile(r"(?<![\w-])(?P<p>[A-Z]{2}|[A-Z]\d|\d[A-Z])(?P<sep>-|\s)?(?P<n>\d{2,4})(?![\w-])")),
        case=Scanner(re.compile(r"\d{1,5}/[A-Za-z][\w.\-]*(?:/[\w.\-]+){1,4}")),  # not after a word or "/"
        currency=cur,
        measure=meas,
        nouns=noun_table(lang),
        not_counted=frozenset(w.lower() for w in data["filters"]["not_counted"]),
        not_before=frozenset(w.lower() for w in data["filters"]["not_quantity_before"]),
        not_prefixes=frozenset(ids["not_prefixes"]),
        flight_context=re.compile(rf"(?<!\w){_alt(ids['flight_context'])}(?!\w)", re.I),
        flight_words=tuple(w.lower() for w in ids["flight_context"]),
        trigger=Scanner(re.compile(rf"[0-9]+|(?P<v>{nw.vague_re})(?![\w-])|(?P<w>{nw.word_re})(?![\w-])")),
        prefix_words=frozenset(w for phrase in [*nw.hedges, *before_cur] for w in phrase.split()),
        unit_before=Scanner(
            re.compile(
                rf"(?<![\w-])(?P<ub>{alt(before, lower=True)})[^\S\n]*(?P<n>\d{{1,2}}(?:[.,]\d{{1,2}})?)(?![\w]|[.,]\d)"
            )
        ),
        units_before=before,
        scale_only=frozenset(w.lower() for w in numbers.get("scale_only", [])),
        ordinal_suffixes=tuple(numbers.get("ordinal_suffixes", [])),
        score_ranges=bool(numbers.get("descending_range_is_score", False)),
        after_ordinal=frozenset(w.lower() for w in numbers.get("ordinal_words", [])),
        hyphen_compounds=bool(numbers.get("hyphen_compounds_not_amounts", False)),
    )


def find_identifiers(
    text: str, lang: str = "id", start: int = 0, end: int | None = None, article: str = ""
) -> list[Identifier]:
    """Flight numbers ("SV-5276", "QZ8501", with a flight word nearby) and case numbers ("2/PUU-XXI/2023")."""
    qd = quantity_data(lang)
    end = len(text) if end is None else end
    out: list[Identifier] = []
    data = ascii_data(text, end) if end - start >= SHORT else None  # the RE2 form, for long ranges
    flight_word: bool | None = None  # a flight word in the range: read at the first flight number
    for m in qd.flight.finditer(text, start, end, data):
        if flight_word is None:
            low = text[start:end].lower()
            flight_word = any(w in low for w in qd.flight_words)
        if not flight_word:
            break
        if m["p"] in qd.not_prefixes or (m["sep"] == " " and m["p"].isalpha() is False):
            continue
        near = text[max(start, m.start() - 80) : min(end, m.end() + 80)]
        if not qd.flight_context.search(near):
            continue
        out.append(Identifier(m["p"] + m["n"], "flight", Span(article, m.start(), m.end(), m[0])))
    for m in qd.case.finditer(text, start, end, data) if text.find("/", start, end) >= 0 else ():
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/"):
            continue
        value = m[0].rstrip(".-")
        out.append(Identifier(value, "case", Span(article, m.start(), m.start() + len(value), value)))
    out += find_coordinates(text, lang, start, end, article)
    out.sort(key=lambda i: i.span.start)
    return out


def _what(text: str, s: int, e: int, lo: int, end: int, unit: str | None, lang: str) -> str | None:
    """What the amount ``text[s:e]`` counts or measures (:mod:`silang.normalize.counted`), or None.

    A measure's attribute named before it wins ("kedalaman 10 km dari pantai" → depth); else the
    noun after; else, for a measure, the attribute before or what its unit measures (magnitude → earthquake).
    """
    attr = attribute_before(text, s, lo, lang) if unit else None
    if attr:
        return attr
    after = noun_after(text, e, end, lang)
    if after or not unit:
        return after
    return counted(lang).unit_what.get(unit)


def _scaled(number: str, scales: str, lang: str) -> float | None:
    value = parse_number(number, lang)
    if value is None:
        return None
    for w in scales.split():
        mult = number_words(lang).multipliers.get(w.lower())
        if mult:
            value *= mult
    return value


def find_quantities(
    text: str,
    lang: str = "id",
    start: int = 0,
    end: int | None = None,
    article: str = "",
    exclude: list[tuple[int, int]] | None = None,
    identifiers: list[Identifier] | None = None,
) -> list[Quantity]:
    """The quantities of ``text[start:end]``, spans in ``text``; ``exclude`` = spans already read as times.

    Without ``exclude``, the time layer is run first so that dates, years and durations are left out;
    without ``identifiers`` (:func:`find_identifiers` of the same range), they are found here.
    """
    end = len(text) if end is None else end
    if exclude is None:
        from silang.normalize.times import find_times

        exclude = [(t.span.start, t.span.end) for t in find_times(text, None, lang, start, end)]
    if identifiers is None:
        identifiers = find_identifiers(text, lang, start, end)
    exclude = exclude + [(i.span.start, i.span.end) for i in identifiers]
    qd, nw = quantity_data(lang), number_words(lang)
    out: list[Quantity] = []
    used = bytearray(end - start)  # 1 where a time, an identifier or a quantity already is
    for a, b in exclude:
        a, b = max(a, start), min(b, end)
        if a < b:
            used[a - start : b - start] = b"\x01" * (b - a)

    def free(s: int, e: int) -> bool:
        return used.find(1, s - start, e - start) < 0

    def take(s: int, e: int) -> None:
        used[s - start : e - start] = b"\x01" * (e - s)

    low = _lower(text[start:end])
    data = ascii_data(low, len(low)) if len(low) >= SHORT else None  # one RE2 form for both scans
    triggers = [(t.start() + start, t.lastgroup) for t in qd.trigger.finditer(low, 0, len(low), data)]
    for m in _matches(qd.vague, text, low, start, [p for p, g in triggers if g == "v"], qd.prefix_words):
        vlow, vhigh = nw.vague[" ".join(m["vg"].lower().split())]
        if m["vg"].lower() == "beberapa" or not free(m.start(), m.end()):
            continue
        span = Span(article, m.start(), m.end(), m[0])
        out.append(Quantity(None, vlow, vhigh, True, None, noun_after(text, m.end(), end, lang), span))
        take(m.start(), m.end())
    for m in qd.unit_before.finditer(low, 0, len(low), data):
        s, e = m.start() + start, m.end() + start
        if (len(m["ub"]) == 1 and (text[s].islower() or m["n"].isdigit())) or not free(s, e):
            continue  # "BYD M6" is a car; "M 5,2" a magnitude
        written = qd.units_before[" ".join(m["ub"].split())]
        n = float(m["n"].replace(",", "."))
        what = _what(text, s, e, start, end, written, lang)
        out.append(Quantity(n, n, n, False, written, what, Span(article, s, e, text[s:e])))
        take(s, e)
    for m in _matches(qd.amount, text, low, start, [p for p, g in triggers if g != "v"], qd.prefix_words):
        s, e = m.start(), m.end()
        if not free(s, e) or not _is_amount(text, m, start, qd, lang):
            continue
        v1 = _scaled(m["n1"], m["s1"] or "", lang)
        v2 = _scaled(m["n2"], m["s2"] or "", lang) if m["n2"] else None
        if v1 is None or (m["n2"] and v2 is None):
            continue
        if v2 is not None and not m["s1"] and m["s2"]:  # "100-200 juta": the scale applies to both
            v1 = _scaled(m["n1"], m["s2"], lang) or v1
        unit_word = " ".join((m["unit"] or m["cur"] or "").lower().split())
        unit = qd.currency.get(unit_word) or qd.measure.get(unit_word) or _implied_unit(text, m, start, v1, v2, lang)
        approx = bool(m["hedge"] or m["few"])
        value, low_b, high = _bounds(v1, v2, (m["hedge"] or "").lower(), nw.hedges)
        what = _what(text, s, e, start, end, unit, lang)
        out.append(Quantity(value, low_b, high, approx, unit, what, Span(article, s, e, m[0])))
        take(s, e)
    out.sort(key=lambda q: q.span.start)
    return out


def _implied_unit(text: str, m: re.Match[str], lo: int, v1: float, v2: float | None, lang: str) -> str | None:
    """The unit an attribute implies for a bare decimal below 10 ("gempa 5,2" → magnitude), else None."""
    if v2 is not None or v1 >= 10 or v1 == int(v1) or m["s1"] or m["hedge"]:
        return None
    attr = attribute_before(text, m.start(), lo, lang)
    return counted(lang).attribute_units.get(attr) if attr else None


def _lower(text: str) -> str:
    """``text`` lower-cased with its length kept (a character whose lower case is longer stays as is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _openings(low: str, off: int, pos: int, prefix: frozenset[str]) -> list[int]:
    """Where an amount holding the trigger at ``pos`` may start: there, after a currency glued on
    ("Rp915", "-Rp17.000"), or at hedge and currency words before it ("lebih dari Rp 5"), earliest first."""
    out = [pos]
    j = i = pos - off
    while i > 0 and (low[i - 1].isalpha() or low[i - 1] in "$€"):
        i -= 1
    if i < j and low[i:j] in prefix:
        pos = i + off
        out.append(pos)
    for _ in range(4):
        j = pos - off
        while j > 0 and low[j - 1].isspace():
            j -= 1
        word = low[low.rfind(" ", 0, j) + 1 : j]  # the token back to a plain space, when it holds no other space
        if word.isprintable():  # every space but " " is unprintable
            i = j - len(word)
        else:
            i = j
            while i > 0 and not low[i - 1].isspace():
                i -= 1
            word = low[i:j]
        if word not in prefix and not word.isalpha():  # the tail of a token run together: "juga:Hampir", "1.000-Rp"
            k = j
            while k > i and (low[k - 1].isalpha() or low[k - 1] in "$€"):
                k -= 1
            word = low[k:j]
        if not word or word not in prefix:
            break
        pos = j - len(word) + off
        out.append(pos)
    return out[::-1]


def _matches(
    pat: re.Pattern[str], text: str, low: str, off: int, triggers: list[int], prefix: frozenset[str]
) -> list[re.Match[str]]:
    """The matches of ``pat`` holding a trigger, tried from each trigger's opening; left to right, not overlapping.

    Like ``pat.finditer`` over the text, but tried only where a trigger is: the scan of a whole article
    by the full pattern costs more than everything else.
    """
    out: list[re.Match[str]] = []
    reach = 0
    for t in triggers:
        if t < reach:
            continue
        for p in _openings(low, off, t, prefix):
            m = pat.match(text, p)
            if m and m.end() > t:
                out.append(m)
                reach = m.end()
                break
    return out


def _bounds(
    v1: float, v2: float | None, hedge: str, hedges: dict[str, str]
) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) of a number, a range, or a hedged number."""
    if v2 is not None:
        return None, min(v1, v2), max(v1, v2)
    kind = hedges.get(" ".join(hedge.split()))
    if kind == "value":
        return v1, None, None
    if kind == "low":
        return v1, v1, None
    if kind == "high":
        return v1, None, v1
    return v1, v1, v1


WORD_BEFORE = re.compile(r"(?<![\w.-])([\w.-]++)\s*+$")  # the word before an amount (no backtracking)
NON_DIGIT = re.compile(r"\D")
GROUPED = re.compile(r"[.,]\d{3}")


def _is_amount(text: str, m: re.Match[str], start: int, qd: QuantityData, lang: str) -> bool:
    """False for what only looks like an amount: labels, ordinals, phone numbers, bare number words."""
    n1 = m["n1"]
    before = WORD_BEFORE.search(text[max(start, m.start() - 20) : m.start()])
    if before and before[1].lower() in qd.not_before and not m["hedge"] and not m["cur"]:
        return False
    if qd.ordinal_suffixes and n1[0].isdigit():
        tail = text[m.end("n1") : m.end("n1") + 3].lower()
        if tail.startswith(qd.ordinal_suffixes) and not tail[2:3].isalpha():  # "58th", "21st"
            return False
    if qd.score_ranges and m["n2"] and n1[0].isdigit() and not (m["s1"] or m["s2"] or m["unit"] or m["cur"]):
        v1, v2 = parse_number(n1, lang), parse_number(m["n2"], lang)
        if v1 is not None and v2 is not None and v1 > v2:  # "beat Everton 2-1"
            return False
    if qd.hyphen_compounds and text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isalpha():
        return False  # "a 30-year-old vessel", "a 10-point plan": a modifier, not an amount
    if qd.after_ordinal and not n1[0].isdigit() and before and before[1].lower() in qd.after_ordinal:
        return False  # "the first half" is a part, not an amount
    if qd.scale_only and not n1[0].isdigit():
        words = n1.lower().split()
        if any(w in qd.scale_only for w in words) and not (
            words[0] in qd.scale_only and len(words) > 1 and words[1] in number_words(lang).multipliers
        ):
            return False
    if n1[0].isdigit():
        if len(NON_DIGIT.sub("", n1)) >= 7 and not GROUPED.search(n1):  # phone or ID numbers, never written grouped
            return False
        return not (m.start() > 0 and text[m.start() - 1] in "+#")
    # Number words count only before a counted noun, a scale or a unit ("dua negara", "sepuluh ribu").
    tail = text[m.end() : m.end() + 1]
    return bool(m["s1"] or m["unit"] or m["cur"]) or (
        tail not in "-" and noun_after(text, m.end(), len(text), lang) is not None and n1.lower() != "satu"
    )
