"""Reshape tagged names before they become entities: cut codes, drop common words, split pairs.

The model tags spans; some spans are not one name. Rules read ``lang/<code>/entity_shapes.toml``:

- a flight number after an airline's name ends it ("Saudia Airlines SV 5276" -> "Saudia Airlines");
- an acronym of a thing ("RUPST", "PPN", "SUV") or a generic head alone ("Persero", "Airlines") is no
  entity; a head right after a name closes that name ("Singapore" + "Airlines", "India" + "Utara");
- a hyphenated pair whose parts each name something on their own ("Jeddah-Jakarta",
  "Rusia-Ukraina", "Al Ghazali-Alyssa Daguise") is two mentions, and a pair of known places the
  model left untagged ("perang Iran-Israel") is added.

Every mention keeps exact offsets: ``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from silang import lang
from silang.model import Mention
from silang.ner import names
from silang.ner.features import gazetteer
from silang.ner.tokens import Token, tokenize
from silang.normalize.glue import cuts, standalone_words
from silang.pipeline.places import is_place

_CODE = re.compile(r"[A-Z][A-Z0-9]\d{1,4}[A-Z]?|[A-Z0-9][A-Z]\d{1,4}[A-Z]?")
_LETTER_CODE = re.compile(r"[A-Z]{2}")
_NUMBER_NEXT = re.compile(r"\s?\d{1,4}\b")
_PAIR_CUT = re.compile(r"(?<=[^\W\d_])-(?=[A-Z])")
_PAIR_TOKEN = re.compile(r"(?<![\w-])[A-Z][\w']*(?:-[A-Z][\w']*)+(?![\w-])")
_GLUED_TITLE = re.compile(r"([A-Z][a-z]{3,})(?=[A-Z][a-z])")
_LONG_FORM = re.compile(r"\s*\(")  # between a long form and its bracketed acronym
# a number glued to a name ("Qatar Airways2. Singapore"), a list number when the list goes on around
# it, or a year ("Sekolah Rakyat2025")
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z][a-z]{2})(?:(\d{1,2})(?=\.)|(?:19[5-9]\d|20[1-3]\d)(?!\d))")
_ROUTE = "\0route"  # entity of a rest cut off after a flight number: kept only as attested places


@dataclass(frozen=True, slots=True)
class _Shapes:
    common: frozenset[str]
    generic: frozenset[str]
    closes: dict[str, str]
    flight_heads: tuple[tuple[str, ...], ...]
    whole: frozenset[str]
    conjunctions: tuple[str, ...]
    roles: frozenset[str]
    heads: tuple[tuple[str, str], ...]  # written head -> compared head, longest first
    versus: frozenset[str]


@cache
def _shapes(code: str) -> _Shapes:
    try:
        data = lang.load(code, "entity_shapes")
    except FileNotFoundError:
        data = lang.load("id", "entity_shapes")
    return _Shapes(
        frozenset(data["common"]),
        frozenset(w.lower() for w in data["generic"]),
        {k.lower(): v for k, v in data["closes"].items()},
        tuple(tuple(h.split()) for h in data["flights"]["heads"]),
        frozenset(names.name_key(w) for w in data["pairs"]["whole"]),
        tuple(data["glued"]["conjunctions"]),
        frozenset(data["roles"]["words"]),
        tuple(sorted(((k + " ", v + " ") for k, v in data.get("heads", {}).items()), key=lambda kv: -len(kv[0]))),
        frozenset(data.get("versus", {}).get("words", [])),
    )


def entity_key(name: str, code: str = "id") -> str:
    """A name's comparison key: :func:`~silang.ner.names.name_key` without accents, its head written one
    way ("Bandar Udara Internasional Kualanamu" and "Bandara Kualanamu" meet; ``[heads]`` of the data)."""
    key = names.unaccented(names.name_key(name))
    for written, compared in _shapes(code).heads:
        if key.startswith(written):
            return compared + key[len(written) :]
    return key


def reshape(
    text: str, mentions: list[Mention], code: str = "id", ranges: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """The mentions with codes cut, common words dropped, heads joined and pairs split (by start);
    untagged pairs of known places are looked for inside ``ranges`` (the body sentences)."""
    shapes = _shapes(code)
    out = [m for m in mentions if _trim_edges(text, m) and _glued_number(text, m, code)]
    out = _cut_flight_codes(text, out, shapes)
    _glued_titles(text, out, code)
    out = _glued_conjunctions(text, out, shapes, code)
    out = _role_prefixes(text, out, shapes, code)
    out = _generic_words(text, out, shapes, code)
    out = _split_pairs(text, out, shapes, code)
    out = _split_versus(text, out, shapes, code)
    _headed_persons(out, code)
    out.extend(_untagged_pairs(text, out, shapes, code, ranges or [(0, len(text))]))
    out.sort(key=lambda m: m.start)
    return out


def _headed_persons(mentions: list[Mention], code: str) -> None:
    """A name tagged PER that opens with the head of a body or place ("Bandara Soekarno-Hatta",
    "Polda Sumut"; ``ner_heads.toml``) takes the head's type: no person's name starts so."""
    heads = names.name_heads(code)
    for m in mentions:
        if m.type == "PER" and len(words := m.text.lower().split()) >= 2:
            kind = heads.get(" ".join(words[:2])) or heads.get(words[0])
            if kind is not None:
                m.type = kind


def lookup(m: Mention, code: str = "id") -> Mention:
    """Give a new mention the alias data's name and type, or GPE for a country the gazetteer knows."""
    key = names.name_key(m.text)
    known = names.known(m.text, code)
    if known is not None:
        m.entity, m.type = known.name, known.type
    elif m.type == "LOC" and gazetteer().get(key) == "GPE":
        m.type = "GPE"
    return m


def _piece(text: str, start: int, end: int, kind: str, code: str) -> Mention:
    return lookup(Mention(start, end, text[start:end], kind), code)


def _after_head(words: list[str], heads: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(words) >= len(h) and tuple(words[-len(h) :]) == h for h in heads)


def _flight_code(text: str, tok: Token) -> int | None:
    """End offset of a flight number starting at ``tok`` ("IW1879", "SV 5276"), else None."""
    if _CODE.fullmatch(tok.text):
        return tok.end
    if _LETTER_CODE.fullmatch(tok.text):
        nxt = _NUMBER_NEXT.match(text, tok.end)
        return nxt.end() if nxt else None
    return None


def _stray(ch: str, keep: str) -> bool:
    return ch not in keep and unicodedata.category(ch)[0] in "CZP"


def _trim_edges(text: str, m: Mention) -> bool:
    """Drop invisible characters, spaces and stray quotes at a name's edges ("\u2060Darmawan Prasodjo",
    '"El'); False when nothing is left."""
    while m.start < m.end and _stray(text[m.start], "(["):
        m.start += 1
    while m.end > m.start and _stray(text[m.end - 1], ").]"):
        m.end -= 1
    m.text = text[m.start : m.end]
    return m.start < m.end


def _glued_number(text: str, m: Mention, code: str) -> bool:
    """Cut a list number or a year glued to a name's end ("Turkish Airlines7. Korean Air8.", "Jakarta
    Fair2025"); False when nothing is left."""
    hit = None
    for h in _GLUED_NUMBER.finditer(text, m.start, m.end + 1):  # the lookahead reads one past the name
        if h.start() >= m.end:
            break
        hit = h if h.end() == m.end else hit
    if hit is not None and (hit.group(1) is None or _in_list(text, hit.start(), int(hit.group(1)))):
        m.end = hit.start()
        m.text, m.entity = text[m.start : m.end], None
        lookup(m, code)
    return m.start < m.end


def _in_list(text: str, at: int, n: int, reach: int = 150) -> bool:
    """Whether item ``n - 1`` comes shortly before ``at`` or item ``n + 1`` shortly after ("1. ... 2.")."""
    before = re.search(rf"(?<!\d){n - 1}\.", text[max(0, at - reach) : at]) if n > 1 else None
    after = re.search(rf"(?<!\d){n + 1}\.", text[at + 1 : at + reach])
    return before is not None or after is not None


def _glued_titles(text: str, mentions: list[Mention], code: str) -> None:
    """A title glued to the front of a name is cut off and read as the role ("PresidenPrabowo Subianto")."""
    for m in mentions:
        hit = _GLUED_TITLE.match(m.text)
        if hit is None or hit.group(1).lower() not in names.title_words(code) or m.entity is not None:
            continue
        m.start += hit.end()
        m.text = text[m.start : m.end]
        lookup(m, code)  # "NegeriUni Emirat Arab": the country, not a person
        if m.type == "PER":
            m.role = m.role or names.expand_role([hit.group(1)], code)


def _glued_conjunctions(text: str, mentions: list[Mention], shapes: _Shapes, code: str) -> list[Mention]:
    """Two names joined by a glued conjunction are two mentions ("Al Ghazalidan Alyssa Daguise"), when
    the article writes the first name's last word alone."""
    written = standalone_words(text)
    out: list[Mention] = []
    for m in mentions:
        while (cut := _conjunction(m, written, shapes)) is not None:
            head_end, rest_start = cut
            out.append(lookup(Mention(m.start, head_end, text[m.start : head_end], m.type, None, m.role), code))
            m = lookup(Mention(rest_start, m.end, text[rest_start : m.end], m.type), code)
        out.append(m)
    return out


def _conjunction(m: Mention, written: frozenset[str], shapes: _Shapes) -> tuple[int, int] | None:
    """(end of the first name, start of the second) where a conjunction is glued inside ``m``."""
    toks = tokenize(m.text, m.start)
    for tok, nxt in itertools.pairwise(toks):
        if not (tok.text[:1].isupper() and nxt.text[:1].isupper()):
            continue
        for conj in shapes.conjunctions:
            head = tok.text[: -len(conj)]
            if tok.text.endswith(conj) and len(head) >= 3 and head in written:
                return tok.end - len(conj), nxt.start
    return None


def _role_prefixes(text: str, mentions: list[Mention], shapes: _Shapes, code: str) -> list[Mention]:
    """A body's span that opens with office words is cut to the body named at its end (a body the
    article or the alias data names, or a "PT ..." name); office words alone are dropped."""
    seen = _seen(mentions)
    out: list[Mention] = []
    for m in mentions:
        toks = tokenize(m.text, m.start)
        if m.type == "PER" or len(toks) < 2 or toks[0].text.lower() not in shapes.roles:
            out.append(m)
            continue
        if all(t.text.lower() in shapes.roles for t in toks if t.text[:1].isalpha()):
            continue  # "Senior Vice President"
        for tok in toks[1:]:
            rest = names.name_key(text[tok.start : m.end])
            known = names.known(text[tok.start : m.end], code)
            kind = seen[rest].most_common(1)[0][0] if rest in seen else known.type if known else None
            if kind == "ORG" or tok.text == "PT":  # a body, not the country at the end of one
                out.append(_piece(text, tok.start, m.end, "ORG", code))
                break
        else:
            out.append(m)
    return out


def _cut_flight_codes(text: str, mentions: list[Mention], shapes: _Shapes) -> list[Mention]:
    """End an airline's name at a flight number; a capitalised rest after it is kept as a candidate pair."""
    out: list[Mention] = []
    for m in mentions:
        toks = tokenize(m.text, m.start)
        cut = None
        for i, tok in enumerate(toks):
            before = [t.text for t in toks[:i]] or _words_before(text, m.start)
            end = _flight_code(text, tok) if _after_head(before, shapes.flight_heads) else None
            if end is not None:
                cut = (i, end)
                break
        if cut is None:
            out.append(m)
            continue
        i, end = cut
        if i > 0:
            m.end = toks[i - 1].end
            m.text = text[m.start : m.end]
            m.entity = None if m.entity and names.name_key(m.entity) != names.name_key(m.text) else m.entity
            out.append(m)
        rest = [t for t in toks if t.start >= end]
        while rest and not rest[0].text[:1].isupper():
            rest.pop(0)
        if rest:  # "TR261 Lombok-Singapura": the route after the number, two places or nothing
            out.append(Mention(rest[0].start, rest[-1].end, text[rest[0].start : rest[-1].end], "LOC", _ROUTE))
    return out


def _words_before(text: str, start: int, reach: int = 40) -> list[str]:
    return [t.text for t in tokenize(text[max(0, start - reach) : start])]


def _generic_words(text: str, mentions: list[Mention], shapes: _Shapes, code: str) -> list[Mention]:
    """Drop things and lone generic heads; a closing head right after a name joins it. The long form
    an acronym of a thing spells out ("Rapat Umum Pemegang Saham (RUPS)") goes with it."""
    out: list[Mention] = []
    spelled: set[str] = set()
    for m in mentions:
        bare = m.text.strip("()")
        if bare in shapes.common:
            if out and _LONG_FORM.fullmatch(text, out[-1].end, m.start + m.text.startswith("(")):
                spelled.add(names.name_key(out.pop().text))
            continue
        low = names.name_key(bare)
        if low not in shapes.generic:
            out.append(m)
            continue
        prev = out[-1] if out else None
        kind = shapes.closes.get(low)
        if kind and prev is not None and text[prev.end : m.start] == " " and prev.entity != _ROUTE:
            prev.end, prev.type, prev.role = m.end, kind, None
            prev.text, prev.entity = text[prev.start : prev.end], None
            lookup(prev, code)
    return [m for m in out if names.name_key(m.text) not in spelled]


def _split_pairs(text: str, mentions: list[Mention], shapes: _Shapes, code: str) -> list[Mention]:
    """Split a hyphenated pair when each part names something on its own (alias data, gazetteer, or
    another mention of the article); a route left over from a flight number goes unless it splits."""
    seen = _seen(m for m in mentions if m.entity != _ROUTE)
    out: list[Mention] = []
    for m in mentions:
        pieces = _split(text, m, seen, shapes, code) if m.entity in (None, _ROUTE) else None
        if pieces:
            out.extend(pieces)
        elif m.entity != _ROUTE:
            out.append(m)
        elif kind := _attested(m.text, seen, code):
            out.append(_piece(text, m.start, m.end, kind, code))
    return out


_SPACED_WORD = re.compile(r"\S+")


def _split_versus(text: str, mentions: list[Mention], shapes: _Shapes, code: str) -> list[Mention]:
    """Split a span holding two sides of a match or dispute ("Inter Miami vs FC Porto") into the two
    names, each with the span's type; the versus word is in neither."""
    out: list[Mention] = []
    for m in mentions:
        words = list(_SPACED_WORD.finditer(text, m.start, m.end))
        cut = next((k for k in range(1, len(words) - 1) if words[k][0].lower() in shapes.versus), None)
        if cut is None or m.entity is not None:
            out.append(m)
            continue
        out.append(_piece(text, m.start, words[cut - 1].end(), m.type, code))
        out.append(_piece(text, words[cut + 1].start(), m.end, m.type, code))
    return out


def _seen(mentions: Iterable[Mention]) -> dict[str, Counter[str]]:
    """Key of every name the article's mentions write -> how often each type was given to it."""
    seen: dict[str, Counter[str]] = {}
    for m in mentions:
        seen.setdefault(names.name_key(m.text), Counter())[m.type] += 1
    return seen


def _split(
    text: str, m: Mention, seen: dict[str, Counter[str]], shapes: _Shapes, code: str, places_only: bool = False
) -> list[Mention] | None:
    """The parts of a hyphenated pair as mentions, when every part is attested and no two are alike."""
    cuts = [c.start() for c in _PAIR_CUT.finditer(m.text)]
    if not cuts or names.name_key(m.text) in shapes.whole:
        return None
    bounds = [0, *cuts, len(m.text)]
    parts = [(m.start + a + (a > 0), m.start + b) for a, b in itertools.pairwise(bounds)]
    if len({names.name_key(text[a:b]) for a, b in parts}) < len(parts):
        return None  # "Ibu-Ibu": a plural, not a pair
    kinds = [_attested(text[a:b], seen, code, places_only) for a, b in parts]
    if not all(kinds):
        return None
    return [_piece(text, a, b, k or "LOC", code) for (a, b), k in zip(parts, kinds, strict=True)]


def _attested(part: str, seen: dict[str, Counter[str]], code: str, places_only: bool = False) -> str | None:
    """The type a part has on its own: alias data, a known place, or the article's own mentions of it
    (places only, when ``places_only``); a person's part must be a full name ("Al Ghazali", not "Arnold")."""
    key = names.name_key(part)
    if not part[:1].isupper() or len(key) < 2 or any(c.isdigit() for c in part):
        return None
    known = names.surface_names(code).get(part)
    if known is not None:
        return known.type
    gaz = gazetteer().get(key)
    if gaz in ("GPE", "LOC"):
        return gaz
    if is_place(part):
        return "LOC"
    counts = seen.get(key)
    if not counts:
        return None
    kind = counts.most_common(1)[0][0]
    if places_only and kind not in ("GPE", "LOC"):
        return None
    return None if kind == "PER" and len(key.split()) < 2 else kind


def _untagged_pairs(
    text: str, mentions: list[Mention], shapes: _Shapes, code: str, ranges: list[tuple[int, int]]
) -> list[Mention]:
    """Known places written as an untagged pair ("konflik Iran-Israel"): one mention each."""
    seen = _seen(mentions)
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for a, b in ranges:
        for hit in _PAIR_TOKEN.finditer(text, a, b):
            lo, hi = hit.span()
            if not any(x < hi and lo < y for x, y in taken):
                probe = Mention(lo, hi, hit.group(), "LOC")
                out.extend(_split(text, probe, seen, shapes, code, places_only=True) or [])
    return out


def story_words(texts: Iterable[str]) -> frozenset[str]:
    """Words the story's articles write on their own, with the parts of hyphenated ones ("Arnold")."""
    words = {w for text in texts for w in standalone_words(text)}
    return frozenset(words | {p for w in words if "-" in w for p in w.split("-")})


def glued_tail(word: str, known: frozenset[str], code: str = "id") -> int:
    """Where a lower-case word glued to the end of a name's last word starts ("Santosodi": 7), when the
    story writes the name's part alone (``known``, :func:`story_words`); 0 when nothing is glued. A
    known place ("Kalibaru") or name is never cut."""
    at = next(iter(cuts(word, known, code)), 0) if word[:1].isupper() else 0
    if not at or not word[at:].islower() or is_place(word) or word in names.surface_names(code):
        return 0
    return at


def unglue(text: str, mentions: list[Mention], known: frozenset[str], code: str = "id") -> int:
    """Cut a lower-case word glued to a name's end ("Prabowo Subiantomenetapkan") where the story
    writes the name's last word alone (``known``, :func:`story_words`); mentions named after the
    glued form follow. A known place ("Kalibaru") is never cut. Returns how many mentions were cut."""
    renamed: dict[str, str] = {}
    for m in mentions:
        last = m.text.rsplit(None, 1)[-1].rsplit("-", 1)[-1]
        at = glued_tail(last, known, code)
        if not at:
            continue
        old = " ".join(m.text.split())
        m.end -= len(last) - at
        m.text = text[m.start : m.end]
        renamed[old] = " ".join(m.text.split())
        if m.entity == old:
            m.entity = renamed[old]
    for m in mentions:
        m.entity = renamed.get(m.entity or "", m.entity)
    return len(renamed)
