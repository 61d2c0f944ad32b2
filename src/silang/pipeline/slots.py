"""Statements and their checkable slots: the sentences of a story that carry a quantity, a date,
an identifier or an event word, with the markers (update, part-of, plan) that qualify them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Any

from silang.lang import data_lang, load
from silang.model import Document, Identifier, Mention, Quantity, Sentence, Span, Timex

_SPLIT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")
MAX_STATEMENTS = 60  # per article: a story's long tail adds cost, not facts
_Located = Quantity | Timex | Identifier | Mention


@dataclass
class Statement:
    """One sentence of one article, with what makes it checkable."""

    article: str
    index: int
    span: Span
    group: int = 0
    published: str | None = None
    lang: str = "id"
    quantities: list[Quantity] = field(default_factory=list)
    times: list[Timex] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)  # event class -> offset of its trigger
    triggers: list[tuple[int, int, str]] = field(default_factory=list)  # every event word: start, end, class
    markers: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    statuses: dict[str, str] = field(default_factory=dict)  # status word -> its list name

    @property
    def text(self) -> str:
        """The sentence text."""
        return self.span.text

    def has_slot(self) -> bool:
        """Whether anything in the sentence can be compared across articles."""
        return bool(self.quantities or self.dated() or self.identifiers or self.events)

    def is_heading(self) -> bool:
        """A short line without closing punctuation: a section title, not a statement."""
        text = self.text.rstrip()
        return len(text.split()) < 8 and not text.endswith((".", "!", "?", '"', "”", "’", "'"))

    def is_question(self) -> bool:
        """A sentence that asks ('"Saudara ingat nomornya?" tanya jaksa.'): it claims nothing."""
        return "?" in self.text

    def dated(self) -> list[Timex]:
        """The date, range and time expressions with a value."""
        return [t for t in self.times if t.value and t.kind in ("date", "range", "time")]


@cache
def _phrase_re(lang: str, section: str, key: str) -> re.Pattern[str] | None:
    words = load(lang, "claims")[section][key]
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def find_phrase(lang: str, section: str, key: str, text: str) -> re.Match[str] | None:
    """The first occurrence in ``text`` of a word of list ``section.key`` of claims.toml."""
    rx = _phrase_re(lang, section, key)
    return rx.search(text) if rx else None


# Characters that re.IGNORECASE matches to an ASCII letter other than its own upper/lower case (İ ı ſ K).
_ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")
_WORD = re.compile(r"\w+")


@cache
def _needles(lang: str, section: str, key: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """What a sentence must hold for list ``section.key`` (``status.<key>`` for status words) to match
    it, when all its words are ASCII: a match of "kapal tenggelam" starts at a word boundary, so the
    sentence's lower-cased words include "kapal"; a word not opening with a letter or digit is kept whole."""
    data = load(lang, "claims")
    words = data["status"]["words"].get(key, []) if section == "status" else data[section][key]
    if not all(w.isascii() for w in words):
        return None
    heads = {m.group() for w in words if (m := _WORD.match(w.lower()))}
    return frozenset(heads), tuple(w.lower() for w in words if not _WORD.match(w))


def _folded(text: str) -> tuple[str, set[str]] | None:
    """``text`` lower-cased and its words, for the needle test; None when it holds a character that defeats it."""
    if any(c in text for c in _ASCII_FOLDS):
        return None
    low = text.lower()
    return low, set(_WORD.findall(low))


def _may_hold(lang: str, section: str, key: str, folded: tuple[str, set[str]] | None) -> bool:
    """False only when the list's regex surely finds nothing in the text ``folded`` was made from."""
    needles = _needles(lang, section, key)
    if folded is None or needles is None:
        return True
    heads, odd = needles
    return not heads.isdisjoint(folded[1]) or any(w in folded[0] for w in odd)


def claims_data(lang: str) -> dict[str, Any]:
    """The cross-checking word lists of ``lang`` (Indonesian when unknown)."""
    data: dict[str, Any] = load(data_lang(lang), "claims")
    return data


def sentences_of(doc: Document) -> list[Sentence]:
    """The segment step's sentences, or a plain split of the body blocks when it has not run."""
    if doc.sentences:
        return doc.sentences
    out: list[Sentence] = []
    for para, block in enumerate(doc.body_blocks()):
        for line in re.finditer(r"[^\n]+", doc.text[block.start : block.end]):
            base = block.start + line.start()
            pos = 0
            text = line.group()
            for cut in [m.start() for m in _SPLIT.finditer(text)] + [len(text)]:
                piece = text[pos:cut]
                lead = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                if piece:
                    s = base + pos + lead
                    out.append(Sentence(s, s + len(piece), piece, para))
                pos = cut
    return out


def _inside(span: Span, s: Sentence) -> bool:
    return s.start <= span.start and span.end <= s.end


def _by_sentence(sents: list[Sentence], items: Sequence[_Located]) -> list[list[Any]]:
    """For each sentence, the items inside it in their order (a mention: starting inside it)."""
    starts = [s.start for s in sents]
    ordered = all(s.start < s.end for s in sents) and all(a.end <= b.start for a, b in pairwise(sents))
    out: list[list[Any]] = [[] for _ in sents]
    for item in items:
        start = item.start if isinstance(item, Mention) else item.span.start
        # sorted, disjoint, non-empty sentences: only the last one starting at or before ``start`` can hold it
        for i in [bisect_right(starts, start) - 1] if ordered else range(len(sents)):
            sent = sents[i] if i >= 0 else None
            if sent and (sent.start <= start < sent.end if isinstance(item, Mention) else _inside(item.span, sent)):
                out[i].append(item)
    return out


def fill_layers(doc: Document) -> None:
    """Run the temporal step on an article it has not read (no ``meta["anchor"]``) and that carries
    no hand-made layers, so the normalisers run once per article whichever step comes first."""
    if "anchor" in doc.meta or doc.quantities or doc.times or doc.identifiers:
        return
    from silang.pipeline.temporal import Temporal

    Temporal().process(doc)


def statements(doc: Document, group: int = 0) -> list[Statement]:
    """The sentences of ``doc`` with their slots, markers, events, entities and statuses."""
    lang = data_lang(doc.language)
    data = claims_data(lang)
    fill_layers(doc)
    quantities, times = doc.quantities, doc.times
    out: list[Statement] = []
    sents = sentences_of(doc)[:MAX_STATEMENTS]
    q_in, t_in = _by_sentence(sents, quantities), _by_sentence(sents, times)
    x_in, m_in = _by_sentence(sents, doc.identifiers), _by_sentence(sents, doc.mentions)
    for i, sent in enumerate(sents):
        span = doc.span(sent.start, sent.end)
        st = Statement(doc.id, i, span, group, (doc.published or "")[:10] or None, lang)
        st.quantities = [with_measure(doc.text, q, lang) for q in q_in[i]]
        st.quantities += [q for x in x_in[i] for q in coordinate_measures(x)]
        st.times = t_in[i]
        st.identifiers = x_in[i]
        inside = m_in[i]
        st.entities = {m.entity or m.text for m in inside}
        st.persons = {m.entity or m.text for m in inside if m.type == "PER"}
        low = _folded(sent.text)
        for name in data["events"]:
            rx = _phrase_re(lang, "events", name) if _may_hold(lang, "events", name, low) else None
            for m in rx.finditer(sent.text) if rx else ():
                st.events.setdefault(name, sent.start + m.start())
                st.triggers.append((sent.start + m.start(), sent.start + m.end(), name))
        st.markers = {
            k
            for k in data["markers"]
            if _may_hold(lang, "markers", k, low) and find_phrase(lang, "markers", k, sent.text)
        }
        for name in data["status"]["words"]:
            rx = _status_re(lang, name) if _may_hold(lang, "status", name, low) else None
            hit = rx.search(sent.text) if rx else None
            if hit:
                st.statuses[hit.group().lower()] = name
        out.append(st)
    return out


@cache
def _status_re(lang: str, name: str) -> re.Pattern[str] | None:
    words = load(lang, "claims")["status"]["words"].get(name, [])
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def coordinate_measures(x: Identifier) -> list[Quantity]:
    """A coordinate identifier ("-8.32,112.5", "lat=-8.32") as latitude/longitude measures in degrees.

    The hemisphere goes into the unit, so that only values on the same side are compared.
    """
    if x.kind != "coordinate":
        return []
    if "=" in x.value:
        parts = [tuple(x.value.split("=", 1))]
    else:
        parts = list(zip(("lat", "lon"), x.value.split(","), strict=False))
    out = []
    for axis, raw in parts:
        try:
            value = float(raw)
        except ValueError:
            continue
        side = ("S" if value < 0 else "N") if axis == "lat" else ("W" if value < 0 else "E")
        what = "latitude" if axis == "lat" else "longitude"
        out.append(Quantity(abs(value), abs(value), abs(value), False, f"deg {side}", what, x.span))
    return out


def with_measure(text: str, q: Quantity, lang: str) -> Quantity:
    """``q``, or a copy counting a measure of claims.toml ("kedalaman 13 km" -> ``depth``)."""
    measures = claims_data(lang).get("measures", {})
    if q.what in measures:
        return q
    if q.unit in measures:
        return replace(q, what=q.unit)
    before = [w.strip("()[],.:").lower() for w in text[max(0, q.span.start - 40) : q.span.start].split()[-3:]]
    after = text[q.span.end : q.span.end + 20].lower().split()[:2]
    for name, spec in claims_data(lang).get("measures", {}).items():
        if spec["unit"] and (q.unit or "") != spec["unit"]:
            continue
        words = set(spec["before"])
        if words & set(before) or (after and (after[0] in spec["after"] or " ".join(after) in spec["after"])):
            return replace(q, what=name, unit=q.unit)
    return q


def group_index(groups: list[list[str]], articles: list[str]) -> dict[str, int]:
    """Article id -> number of its independent group (each ungrouped article is its own group)."""
    out: dict[str, int] = {}
    for n, g in enumerate(groups):
        for a in g:
            out.setdefault(a, n)
    for a in articles:
        out.setdefault(a, len(out) + len(groups) + 1000)
    return out
