"""Data and tokens of the English rule tagger (:mod:`silang.ner.english`): ``lang/en/ner.toml``,
``first_names.toml``, the dates' month and weekday names, pycountry's countries and subdivisions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang import lang
from silang.ner import names
from silang.ner.tokens import TOKEN_RE, Token

__all__ = ["ACRONYM", "DASHES", "OPENERS", "POSSESSIVES", "Data", "countries", "data", "english_tokenize"]

_POSSESSIVE = re.compile(r"^(?P<base>\w[\w.-]*?)(?P<pos>['’]s?)$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$|^[A-Z]\.[A-Z]$")  # "U.S", "U.N" before the final dot
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")
OPENERS = frozenset({'"', "“", "‘", "'", "(", "-", "–", "—", ":", ";", "[", "•"})
DASHES = frozenset({"-", "–", "—", "--"})
POSSESSIVES = frozenset({"'s", "’s"})


@dataclass(frozen=True, slots=True)
class Data:
    """The word lists of ``lang/en/ner.toml`` and friends, lower case unless said."""

    common: frozenset[str]
    joiners: frozenset[str]
    and_joiners: frozenset[str]
    particles: frozenset[str]
    org_heads: frozenset[str]
    loc_heads: frozenset[str]
    place_before: frozenset[str]
    org_suffixes: frozenset[str]
    person_after: frozenset[str]
    demonyms: frozenset[str]
    compass: frozenset[str]
    places: frozenset[str]
    subdivisions: frozenset[str]
    institutions: frozenset[str]
    name_nouns: frozenset[str]
    first_names: frozenset[str]
    calendar: frozenset[str]
    abbreviations: frozenset[str]
    wires: frozenset[str]
    events: frozenset[str]
    not_acronyms: frozenset[str]


@cache
def data() -> Data:
    """The tagger's word lists, loaded once."""
    d = lang.load("en", "ner")
    dates = lang.load("en", "dates")
    abbr = lang.load("en", "abbreviations")
    wires = lang.load("id", "wires")["names"]

    def low(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in d[key])

    return Data(
        common=low("common"),
        joiners=low("joiners"),
        and_joiners=low("and_joiners"),
        particles=low("name_particles"),
        org_heads=low("org_heads"),
        loc_heads=low("loc_heads"),
        place_before=low("place_before"),
        org_suffixes=low("org_suffixes"),
        person_after=low("person_after"),
        demonyms=low("demonyms"),
        compass=low("compass"),
        places=frozenset(names.name_key(p) for p in d["places"]),
        subdivisions=_subdivisions(),
        institutions=low("institutions"),
        name_nouns=low("name_nouns"),
        first_names=frozenset(lang.load("en", "first_names")["names"]),
        calendar=frozenset(w.lower() for w in [*dates["weekdays"], *dates["months"]]),
        abbreviations=frozenset(a for a in [*abbr["titles"], *abbr["others"]]),
        wires=frozenset(names.name_key(n) for forms in wires.values() for n in forms),
        events=low("events"),
        not_acronyms=low("not_acronyms"),
    )


@cache
def countries() -> frozenset[str]:
    """English country names from pycountry (name, common and official names), as name keys."""
    import pycountry

    out = set()
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n and "," not in n:
                out.add(names.name_key(n))
    return frozenset(out)


def _subdivisions() -> frozenset[str]:
    """Names of states and provinces from pycountry written in plain words ("New York", "Bavaria")."""
    import pycountry

    out = set()
    for s in pycountry.subdivisions:
        n = s.name.split("[")[0].split(",")[0].strip()
        if n and n.replace(" ", "").replace("-", "").isalpha() and n.isascii() and len(n.split()) <= 3:
            out.add(names.name_key(n))
    return frozenset(out)


def english_tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens as :func:`silang.ner.tokens.tokenize`, with a possessive cut off its word ("Russia" "'s")
    and an abbreviation keeping its full stop ("U.S.", "Gen.", "Oct.")."""
    abbr = data().abbreviations
    out: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        word, start = m.group(), m.start() + offset
        if word == "." and out and out[-1].end == start and (out[-1].text in abbr or _INITIALS.match(out[-1].text)):
            out[-1] = Token(out[-1].text + ".", out[-1].start, start + 1)
            continue
        pos = _POSSESSIVE.match(word) if word[:1].isupper() else None
        if pos and len(pos["base"]) > 1:
            cut = start + len(pos["base"])
            out += [Token(pos["base"], start, cut), Token(pos["pos"], cut, start + len(word))]
            continue
        out.append(Token(word, start, start + len(word)))
    return out
