"""Numbers as written in news: digits with the language's separators, number words, scale words.

``parse_digits("10.000", "id") == 10000``; ``parse_words(["dua", "belas"], "id") == 12``;
``parse_number("1,5 juta", "id") == 1_500_000``. The words come from ``lang/<lang>/numbers.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.lang import load
from silang.normalize.rx import alt


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The number vocabulary of one language, with the regex parts built from it."""

    thousands: str
    decimal: str
    units: dict[str, float]
    multipliers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    hedges: dict[str, str]
    digits_re: str  # one number in digits, with separators
    word_re: str  # one number word (unit, multiplier, or se- + multiplier)
    words_re: str  # a run of number words
    scale_re: str  # a multiplier word after digits ("10 ribu")
    vague_re: str
    hedge_re: str


def _alt(words: list[str]) -> str:
    return alt(words)


@cache
def number_words(lang: str = "id") -> NumberWords:
    """The :class:`NumberWords` of ``lang`` (cached)."""
    data = load(lang, "numbers")
    units = {k.lower(): float(v) for k, v in data["units"].items()}
    mults = {k.lower(): float(v) for k, v in data["multipliers"].items()}
    vague = {k.replace("_", " ").lower(): (float(v[0]), float(v[1])) for k, v in data["vague"].items()}
    hedges = {k.lower(): str(v) for k, v in data["hedges"].items()}
    th, dec = re.escape(data["thousands"]), re.escape(data["decimal"])
    digits_re = rf"\d{{1,3}}(?:{th}\d{{3}})+(?:{dec}\d+)?(?!\d)|\d+(?:{dec}\d+)?"
    se_mults = ["se" + m for m in mults if len(m) > 2] if lang == "id" else []
    word_re = _alt([*units, *mults, *se_mults])
    big = [m for m, v in mults.items() if v >= 1000]
    return NumberWords(
        thousands=data["thousands"],
        decimal=data["decimal"],
        units=units,
        multipliers=mults,
        vague=vague,
        hedges=hedges,
        digits_re=digits_re,
        word_re=word_re,
        words_re=rf"{word_re}(?:\s+{word_re})*",
        scale_re=_alt(big),
        vague_re=_alt(list(vague)),
        hedge_re=_alt(list(hedges)),
    )


def parse_digits(text: str, lang: str = "id") -> float | None:
    """The value of a number written in digits with ``lang``'s separators ("10.000", "0,25", "1.5")."""
    nw = number_words(lang)
    s = text.strip()
    th, dec = nw.thousands, nw.decimal
    if th in s and dec in s:
        s = s.replace(th, "").replace(dec, ".")
    elif th in s:
        groups = s.split(th)
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            s = s.replace(th, "")
        elif len(groups) == 2:  # "1.5" in an Indonesian text written the English way
            pass
        else:
            return None
    elif dec in s:
        s = s.replace(dec, ".")
    try:
        return float(s)
    except ValueError:
        return None


def parse_words(words: list[str], lang: str = "id") -> float | None:
    """The value of a run of number words ("dua ratus tiga puluh lima" = 235), or None if not a number."""
    nw = number_words(lang)
    total = group = cur = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in nw.units:
            cur += nw.units[w]
        elif w == "belas":
            group += cur + 10
            cur = 0
        elif w.startswith("se") and w[2:] in nw.multipliers and w not in nw.multipliers:
            total, group, cur = _apply(total, group, 1.0, nw.multipliers[w[2:]])
        elif w in nw.multipliers:
            total, group, cur = _apply(total, group, cur, nw.multipliers[w])
        else:
            return None
        seen = True
    return total + group + cur if seen else None


def _apply(total: float, group: float, cur: float, mult: float) -> tuple[float, float, float]:
    """Apply a multiplier word: tens/hundreds build the current group, thousands and up close it."""
    if mult < 1000:
        return total, group + (cur or 1) * mult, 0.0
    return total + ((group + cur) or 1) * mult, 0.0, 0.0


def parse_number(text: str, lang: str = "id") -> float | None:
    """The value of digits, number words, or digits followed by scale words ("1,5 juta", "10 ribu")."""
    nw = number_words(lang)
    parts = text.split()
    if not parts:
        return None
    if parts[0][0].isdigit():
        value = parse_digits(parts[0], lang)
        if value is None:
            return None
        for w in parts[1:]:
            mult = nw.multipliers.get(w.lower())
            if mult is None:
                return None
            value *= mult
        return value
    return parse_words(parts, lang)
