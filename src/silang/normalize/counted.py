"""What a quantity counts or measures: the head of the noun phrase after it, or the attribute before it.

``what`` is a noun or None, never a guess: "gempa 5,2 mengguncang" has no counted noun after the
number (a verb follows), "3 kepadanya" neither (a pronoun). The word after the number (after its
unit) is the head when it is a lower-case noun: not a function word of ``[counted] stop``, not a
verb (a ``me-``/``ber-``/``di-``/``ter-`` prefix, minus the nouns of ``[counted] prefixed_nouns``),
not run together with the next word by scraping ("unitFebruari" reads as "unit"). A classifier
("ekor", "unit", "lembar") gives way to the noun after it ("5 ekor sapi" → sapi, "6 unit mobil" →
vehicles) and stands for itself otherwise ("30 unit," → units). An attribute noun right before
the amount names what a measure measures ("kedalaman 10 km" → depth, "harga Rp 5 juta" → price).
Canonical names come from ``[nouns]`` and ``[attributes]`` of ``units.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.lang import load
from silang.normalize.numbers import number_words

WORD = re.compile(r"[^\S\n]+([A-Za-z][a-z]*(?:-[a-z]+)*)")  # one word, on the same line ("20detik" is a name)
BEFORE = re.compile(r"([A-Za-z][a-z]*)(?:[^\S\n]+([A-Za-z][a-z]*))?[^\S\n]*:?[^\S\n]*\Z")


@dataclass(frozen=True, slots=True)
class Counted:
    """The word tables of one language for finding what a number counts."""

    nouns: dict[str, str]  # surface (one or two words) → canonical name
    stop: frozenset[str]
    skip: frozenset[str]
    prefixes: tuple[str, ...]
    prefixed_nouns: frozenset[str]
    classifiers: dict[str, str | None]  # classifier → its own canonical name (None: only with a noun)
    attributes: dict[str, str]  # word(s) before a number → what it measures
    attribute_units: dict[str, str]  # attribute → the unit it implies when none is written
    unit_what: dict[str, str]  # unit → what it measures when nothing else says
    head_after_modifier: bool  # "12 public contracts" → contracts (English noun phrases end in their head)


@cache
def counted(lang: str = "id") -> Counted:
    """The :class:`Counted` tables of ``lang`` (cached)."""
    data = load(lang, "units")
    c = data.get("counted", {})
    nouns = {w.lower(): canon for canon, words in data["nouns"].items() for w in words}
    nw = number_words(lang)
    stop = {w.lower() for w in [*c.get("stop", []), *data["filters"]["not_counted"]]}
    stop |= set(nw.units) | set(nw.multipliers) | set(nw.vague) | {w for h in nw.hedges for w in h.split()}
    classifiers = {w.lower(): nouns.get(w.lower()) for w in c.get("classifiers", [])}
    attrs = {w.lower(): canon for canon, words in data.get("attributes", {}).items() for w in words}
    return Counted(
        nouns=nouns,
        stop=frozenset(stop),
        skip=frozenset(w.lower() for w in c.get("skip", [])),
        prefixes=tuple(sorted(c.get("verb_prefixes", []), key=len, reverse=True)),
        prefixed_nouns=frozenset(w.lower() for w in c.get("prefixed_nouns", [])),
        classifiers=classifiers,
        attributes=attrs,
        attribute_units=dict(data.get("attribute_units", {})),
        unit_what=dict(data.get("unit_what", {})),
        head_after_modifier=bool(c.get("head_after_modifier", False)),
    )


def _words(text: str, pos: int, end: int, n: int) -> list[str]:
    """Up to ``n`` lower-case words from ``pos``; a word run into a capital or a digit ends the run."""
    out: list[str] = []
    for _ in range(n):
        m = WORD.match(text, pos, end)
        if not m or m[1][0].isupper():
            break
        out.append(m[1])
        pos = m.end()
        if pos < end and (text[pos].isalnum() or text[pos] == "-"):  # "unitFebruari", "menitKA", "unit2"
            break
    return out


def is_noun(word: str, c: Counted) -> bool:
    """False for function words, verbs (by prefix) and words too short to name a thing."""
    if word in c.nouns or word in c.classifiers:
        return True
    if word in c.stop or len(word) < 3:
        return False
    stem = word[:-3] if word.endswith("nya") and len(word) > 5 else word
    if stem in c.stop:
        return False
    if stem in c.prefixed_nouns:
        return True
    return not any(stem.startswith(p) and len(stem) - len(p) >= 3 for p in c.prefixes)


def noun_after(text: str, pos: int, end: int, lang: str = "id") -> str | None:
    """The counted noun starting at ``pos`` (after a number and its unit): canonical name, word, or None."""
    c = counted(lang)
    words = _words(text, pos, min(end, pos + 80), 4)
    while words and words[0] in c.skip:
        words = words[1:]
    if not words:
        return None
    if words[0] in c.classifiers and len(words) > 1:
        inner = _head(words[1:], c)
        if inner is not None:
            return inner
        return c.classifiers[words[0]] or words[0]
    return _head(words, c)


def _head(words: list[str], c: Counted) -> str | None:
    """The canonical name of a noun phrase's first word (or first two), or the word itself if a noun."""
    if len(words) > 1 and (two := f"{words[0]} {words[1]}") in c.nouns:
        return c.nouns[two]
    first = words[0]
    if c.head_after_modifier and len(words) > 1 and first not in c.nouns and not first.endswith("s"):
        nxt = words[1]
        if is_noun(first, c) and (nxt in c.nouns or (nxt.endswith("s") and is_noun(nxt, c))):
            return c.nouns.get(nxt, nxt)
    if first in c.nouns:
        return c.nouns[first]
    if first.endswith("nya") and first[:-3] in c.nouns:
        return c.nouns[first[:-3]]
    if not is_noun(first, c):
        return None
    return first[:-3] if first.endswith("nya") and len(first) > 5 else first


def attribute_before(text: str, pos: int, lo: int, lang: str = "id") -> str | None:
    """The attribute named right before an amount starting at ``pos`` ("kedalaman 10 km" → depth)."""
    c = counted(lang)
    m = BEFORE.search(text, max(lo, pos - 40), pos)
    if not m:
        return None
    if m[2] and (two := f"{m[1]} {m[2]}".lower()) in c.attributes:
        return c.attributes[two]
    return c.attributes.get((m[2] or m[1]).lower())
