"""Event signals for the story decision: what two articles share beyond their words.

:func:`profile` reduces an annotated article to plain data (named entities, the places and the
event date its lead states, its numbers and identifiers, a title+lead text to embed);
:func:`features` compares two profiles; :func:`link_score` weighs the features (a logistic
model fitted on the tuning half of ``tests/data/stories_dev.jsonl`` by ``bench/fit_story_links.py``).
All inputs come from the per-document steps; an article they have not annotated simply
gives fewer signals.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from silang.lang import data_lang, load
from silang.model import Document
from silang.normalize.times import find_times
from silang.pipeline.neighbours import words as spelled

_DIGITS = re.compile(r"\d+")
_GLUED = re.compile(r"[a-z][A-Z]")  # two words run together by a scrape
QUOTE_GRAMS = 40  # quote word 5-grams kept per article
UNKNOWN_DAY = 0.5  # "same_day" when a date is missing: no evidence either way, not evidence of two days
NAMED = ("PER", "ORG", "LOC", "GPE")
PLACES = ("LOC", "GPE")
LEAD_SENTENCES = 2  # the lead: where the main event and its date are stated
OPENING_SENTENCES = 4  # where a hearing or match report states its day
LEAD_CHARS = 300  # title + lead text embedded per article
PLACE_RARITY = 0.3  # a lead place at least this specific (rarity 0..1) can tell two occurrences apart
TEMPLATE_TITLE = 75  # rapidfuzz ratio of two titles without their numbers: one template filled twice
PERSON_RARITY = 0.5  # a lead person at least this specific can tell two parties' statements apart
PLACE_SPELLING = 88  # rapidfuzz ratio of one place spelt two ways ("Padang Parimana")

# logistic weights over :func:`features` (fitted on the tuning half; see module docstring)
WEIGHTS: dict[str, float] = {
    "bias": -3.3,
    "cos": 3.0,
    "embed": 3.51,
    "entities": 0.0,
    "person": 0.59,
    "numbers": 0.8,
    "identifier": 0.79,
    "same_day": 1.48,
    "days_apart": -0.56,
    "event_date_agree": 1.91,
    "event_date_differ": -0.45,
    "place_differ": -1.5,
    "people_differ": -0.56,
    "same_outlet_numbers_differ": -1.05,
    "quote_shared": 2.15,
}


def days_between(a: str | None, b: str | None) -> int | None:
    """Whole days between two ISO dates (None when either is missing or partial)."""
    if not a or not b or len(a) < 10 or len(b) < 10:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _lead_end(doc: Document, sentences: int = LEAD_SENTENCES) -> int:
    body = [s for s in doc.sentences if s.text.strip()]
    if not body:
        return min(len(doc.text), LEAD_CHARS)
    return body[min(sentences, len(body)) - 1].end


def profile(doc: Document, title_numbers: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The article's event signals as JSON-serialisable data."""
    lead_end = _lead_end(doc)
    dateline = (doc.dateline or "").lower()
    entities: dict[str, str] = {}
    places: set[str] = set()
    mentioned: set[str] = set()
    lead_people: set[str] = set()
    for ent in doc.entities:
        if ent.type not in NAMED:
            continue
        key = ent.name.lower()
        entities.setdefault(key, ent.type)
        in_lead = any(m.start < lead_end for m in ent.mentions)
        if ent.type == "PER" and in_lead:
            lead_people.add(key)
        if ent.type in PLACES:
            mentioned.add(key)
            if in_lead and key != dateline and not _GLUED.search(ent.name):
                places.add(key)  # a name glued to the next word ("PermukimanMaruarar") is too unsure to tell apart
    event_date = lead_day(doc, lead_end)
    numbers = sorted(
        {
            f"{q.value:g}{q.unit or ''}"
            for q in doc.quantities
            if q.value is not None and not (q.value <= 10 or (1900 <= q.value <= 2100 and not q.unit))
        }
    )
    lead = " ".join(s.text for s in doc.sentences[:LEAD_SENTENCES]) or doc.body[:LEAD_CHARS]
    occasion = bool(_occasions(data_lang(doc.language)).search(f"{doc.title or ''} {lead}"))
    return {
        **title_when(doc),
        "title_sentences": title_sentences(doc.title, data_lang(doc.language)),
        "date": None if doc.published_inferred else doc.published,
        "outlet": doc.outlet,
        "title_numbers": sorted(title_numbers),
        "entities": entities,
        "places": sorted(places),
        "all_places": sorted(mentioned),
        "lead_people": sorted(lead_people),
        "event_date": event_date,
        "numbers": numbers,
        "identifiers": sorted({i.value.lower() for i in doc.identifiers}),
        "lead": f"{doc.title or ''}. {lead}"[:LEAD_CHARS],
        "occasion": occasion,
        "opening_day": lead_day(doc, _lead_end(doc, OPENING_SENTENCES)),
        "quote_grams": quote_grams(doc),
    }


def quote_grams(doc: Document, n: int = 5, limit: int = QUOTE_GRAMS) -> list[int]:
    """CRC-32 hashes of word ``n``-grams of the article's direct quotes (the first ``limit``), words in
    their usual spelling: one statement reported twice shares them. Hashes keep the story index small."""
    grams: list[int] = []
    lang = data_lang(doc.language)
    for q in doc.quotes:
        if not q.direct:
            continue
        words = [w for w in spelled(q.span.text, lang) if not w[0].isdigit()]
        grams.extend(zlib.crc32(" ".join(words[i : i + n]).encode()) for i in range(len(words) - n + 1))
    return sorted(set(grams[:limit]))


def lead_day(doc: Document, lead_end: int | None = None) -> str | None:
    """The first full date the lead states: the day of the event the article tells."""
    end = _lead_end(doc) if lead_end is None else lead_end
    return next(
        (
            t.value[:10]
            for t in sorted(doc.times, key=lambda t: t.span.start)
            if t.kind == "date" and t.value and len(t.value) >= 10 and t.span.start < end and t.confidence >= 0.5
        ),
        None,
    )


def own_days_differ(a: Document, b: Document) -> bool:
    """Each lead tells the news of its own publication day ("hari ini"), and the days differ: one
    outlet's daily report or two occurrences, not one piece and its update."""
    if a.published_inferred or b.published_inferred or not a.published or not b.published:
        return False
    return _own_days(lead_day(a), a.published[:10], lead_day(b), b.published[:10])


def _own_days(day_a: str | None, published_a: str | None, day_b: str | None, published_b: str | None) -> bool:
    """Both told days are their articles' publication days, and they differ."""
    return bool(day_a and day_b) and day_a == published_a and day_b == published_b and day_a != day_b


def title_when(doc: Document) -> dict[str, list[str]]:
    """The days a title states in full ("Harga Emas Hari Ini 19 Juni 2025": the day of its edition)
    and its clock times ("... Pukul 15.00 WIB" -> "15:00")."""
    if not doc.title:
        return {"title_days": [], "title_times": []}
    anchor = doc.published if doc.published and not doc.published_inferred else None
    found = [(t.kind, t.value) for t in find_times(doc.title, anchor, data_lang(doc.language)) if t.value]
    return {
        "title_days": sorted({v[:10] for k, v in found if k == "date" and len(v) >= 10}),
        "title_times": sorted({v.split("T", 1)[1][:5] for k, v in found if k == "time" and "T" in v}),
    }


def title_days_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both titles state their day and the days differ: two editions or two occurrences, not one."""
    da, db = set(a.get("title_days", ())), set(b.get("title_days", ()))
    return bool(da and db) and not da & db


def title_times_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One outlet's two titles state different clock times: two slots of a schedule, not one occurrence."""
    ta, tb = set(a.get("title_times", ())), set(b.get("title_times", ()))
    return bool(a["outlet"]) and a["outlet"] == b["outlet"] and bool(ta and tb) and not ta & tb


def template_of_another_day(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One outlet's template title filled with other numbers on another day (a daily price post)."""
    return bool(days_between(a["date"], b["date"])) and _template_renumbered(a, b)


def _template_renumbered(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One outlet's two titles that read alike but state other numbers."""
    na, nb = set(a["title_numbers"]), set(b["title_numbers"])
    same_outlet = bool(a["outlet"]) and a["outlet"] == b["outlet"]
    return same_outlet and bool(na and nb and na != nb) and _template(a, b)


def cannot_link(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two articles that tell different occurrences whatever their words share: their titles state
    different days or different sentences of a court, one outlet's titles different clock times,
    one outlet's template is filled for another day, or each lead tells a one-day occasion (a
    hearing, a match) of its own publication day and the days differ. Holds for a whole story: no
    article joins a story holding such a member."""
    return (
        title_days_differ(a, b)
        or title_times_differ(a, b)
        or template_of_another_day(a, b)
        or occasions_differ(a, b)
        or title_sentences_differ(a, b)
    )


@cache
def _sentence_pattern(lang: str) -> re.Pattern[str]:
    data = load(lang, "occasions").get("sentences", {})

    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data.get(key, ()), key=len, reverse=True)) or "(?!)"

    return re.compile(
        rf"\b(?:(?P<verdict>{alt('verdict')})|(?P<demand>{alt('demand')}))\s+(?:(?:{alt('between')})\s+)*"
        rf"(?:(?P<n>\d+(?:[.,]\d+)?)\s+(?P<unit>{alt('units')})|(?P<fixed>{alt('fixed')}))\b",
        re.IGNORECASE,
    )


def title_sentences(title: str | None, lang: str = "id") -> list[str]:
    """The sentences a title states a court handed down or a prosecutor demanded, as
    ``"verdict:16 tahun"`` / ``"demand:7 tahun"`` ("Zarof Ricar Divonis 16 Tahun Penjara")."""
    out = set()
    for m in _sentence_pattern(lang).finditer(title or ""):
        kind = "verdict" if m["verdict"] else "demand"
        length = f"{m['n'].replace(',', '.')} {m['unit'].lower()}" if m["n"] else m["fixed"].lower()
        out.add(f"{kind}:{length}")
    return sorted(out)


def title_sentences_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both titles state a verdict (or both a demand) and no length is shared: two defendants' verdicts."""
    for kind in ("verdict:", "demand:"):
        sa = {s for s in a.get("title_sentences", ()) if s.startswith(kind)}
        sb = {s for s in b.get("title_sentences", ()) if s.startswith(kind)}
        if sa and sb and not sa & sb:
            return True
    return False


def occasions_differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both leads tell a one-day occasion on their own (different) publication days."""
    if not (a.get("occasion") and b.get("occasion")):
        return False
    return _own_days(a.get("opening_day"), a["date"], b.get("opening_day"), b["date"])


@cache
def _occasions(lang: str) -> re.Pattern[str]:
    words = sorted(load(lang, "occasions")["words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _overlaps(a: str, b: str) -> bool:
    """One place name inside the other, or the same name spelt a little differently."""
    if a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    short = min(len(a), len(b))
    return fuzz.ratio(a, b) >= PLACE_SPELLING or (short >= 8 and fuzz.partial_ratio(a, b) >= PLACE_SPELLING)


def places_differ(a: dict[str, Any], b: dict[str, Any], rarity: Callable[[str], float]) -> bool:
    """True when both leads name specific places and neither article names any of the other's.

    Country- or capital-level names ("Indonesia", "Jakarta") tell no occurrence apart, and a
    follow-up names the incident's place further down (the hospital's district leads).
    """
    pa = [p for p in a["places"] if rarity(p) >= PLACE_RARITY]
    pb = [p for p in b["places"] if rarity(p) >= PLACE_RARITY]
    if not pa or not pb:
        return False
    seen_a = set(a.get("all_places", ())) | set(a["places"])
    seen_b = set(b.get("all_places", ())) | set(b["places"])
    return not any(_overlaps(x, y) for x in pa for y in seen_b) and not any(_overlaps(x, y) for x in pb for y in seen_a)


def _template(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two titles read alike once their numbers are removed (one outlet's template filled
    twice), or when a title is unknown; not two pieces of one story that cite different counts."""
    ta, tb = a.get("title"), b.get("title")
    if not ta or not tb:
        return True
    return fuzz.ratio(_DIGITS.sub("", ta.lower()), _DIGITS.sub("", tb.lower())) >= TEMPLATE_TITLE


def people_differ(a: dict[str, Any], b: dict[str, Any], rarity: Callable[[str], float]) -> bool:
    """True when both leads name specific people and neither article names any of the other's
    (two parties' separate statements rather than one occurrence told twice)."""
    pa = [p for p in a.get("lead_people", ()) if rarity(p) >= PERSON_RARITY]
    pb = [p for p in b.get("lead_people", ()) if rarity(p) >= PERSON_RARITY]
    if not pa or not pb:
        return False
    names_a = [n for n, t in a["entities"].items() if t == "PER"]
    names_b = [n for n, t in b["entities"].items() if t == "PER"]
    return not any(_overlaps(x, y) for x in pa for y in names_b) and not any(
        _overlaps(x, y) for x in pb for y in names_a
    )


def features(
    a: dict[str, Any], b: dict[str, Any], cos: float, rarity: Callable[[str], float], embed: float | None
) -> dict[str, float]:
    """Signals that ``a`` and ``b`` tell one occurrence; ``rarity(name)`` in 0..1 weighs shared names."""
    shared = set(a["entities"]) & set(b["entities"])
    weight = sum(rarity(n) for n in shared)
    person = any(a["entities"][n] == "PER" and rarity(n) >= 0.5 for n in shared)
    days = days_between(a["date"], b["date"])
    event = days_between(a["event_date"], b["event_date"])
    place_differ = places_differ(a, b, rarity)
    return {
        "bias": 1.0,
        "cos": cos,
        "quote_shared": float(len(set(a.get("quote_grams", ())) & set(b.get("quote_grams", ()))) >= 2),
        "embed": embed if embed is not None else 0.0,
        "entities": min(weight, 3.0),
        "person": float(person),
        "numbers": float(min(len(set(a["numbers"]) & set(b["numbers"])), 3)),
        "identifier": float(bool(set(a["identifiers"]) & set(b["identifiers"]))),
        "same_day": float(days == 0) if days is not None else UNKNOWN_DAY,
        "days_apart": float(min(max(days - 1, 0), 7)) if days is not None else 0.0,
        "event_date_agree": float(event == 0),
        "event_date_differ": float(event is not None and event > 0),
        "own_days_differ": float(_own_days(a["event_date"], a["date"], b["event_date"], b["date"])),
        "place_differ": float(place_differ),
        "people_differ": float(people_differ(a, b, rarity)),
        "same_outlet_numbers_differ": float(_template_renumbered(a, b)),
    }


def link_score(feats: dict[str, float], weights: dict[str, float] = WEIGHTS) -> float:
    """Probability-like score (0..1) that the two articles tell one occurrence."""
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
