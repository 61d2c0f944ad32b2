"""The timeline step: dated events from every article of a story, merged across sources, in order.

An entry takes the date of the event its words report: a date in a relative clause ("... yang
dimulai pada Februari 2022") becomes its own entry told by that clause, not the date of the
sentence's main event; a sentence that leans on the one before ("Pertemuan tersebut ...") is told
with it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from silang.model import Document, Span, Story, TimelineEntry, Timex
from silang.pipeline.align_claims import GENERIC_EVENTS, day_value
from silang.pipeline.base import StoryStep
from silang.pipeline.clauses import owner, subordinate
from silang.pipeline.compare import date_interval, date_part
from silang.pipeline.slots import Statement, claims_data, statements

MAX_WORDS = 24  # words of context kept around a date in an entry's text
SAME_EVENT_LEXICAL = 0.4


@dataclass
class Item:
    """One dated event as one article tells it."""

    date: str
    event: str | None
    article: str
    text: str
    evidence: list[Span]
    source: str  # the words the item was read from (sentence or clause), for matching
    clock: int | None = None  # minutes after midnight of the clock time stated with the date


def short_text(text: str, at: int) -> str:
    """``text``, or a window of words around character ``at`` when it is long."""
    words = text.split()
    if len(words) <= MAX_WORDS:
        return text
    pos = len(text[:at].split())
    lo = max(0, min(pos - MAX_WORDS // 3, len(words) - MAX_WORDS))
    chunk = " ".join(words[lo : lo + MAX_WORDS])
    return ("…" if lo > 0 else "") + chunk + ("…" if lo + MAX_WORDS < len(words) else "")


def _leans_back(st: Statement, prev: Statement | None, doc: Document) -> bool:
    """Whether ``st`` opens with a word pointing back ("Pertemuan tersebut") at ``prev`` in its paragraph."""
    if prev is None or "\n" in doc.text[prev.span.end : st.span.start]:
        return False
    anaphora = set(claims_data(st.lang)["anaphora"]["words"])
    return bool(anaphora & {w.strip(",.").lower() for w in st.text.split()[:3]})


def items_of(doc: Document) -> list[Item]:
    """The dated events of one article."""
    out = []
    sts = statements(doc)
    for k, st in enumerate(sts):
        if st.is_question():
            continue  # "Yang November tadi itu ya?": a question dates no event
        dated = [t for t in st.dated() if date_interval(day_value(t)) is not None]
        seen: set[str] = set()
        clocks: dict[str, int] = {}  # "Kamis (19/6) dini hari, sekira pukul 02.02": the day's event at 02.02
        for t in dated:
            if (c := _clock(t)) is not None:
                clocks.setdefault(date_part(t) or "", c)
        for t in dated:
            date = (t.value if t.kind == "range" else date_part(t)) or ""
            if date in seen:
                continue  # "Rabu (15/10) dini hari, sekitar pukul 01.00": one event, one entry
            seen.add(date)
            clock = _clock(t) if t.kind == "range" else clocks.get(date)
            sub = subordinate(st, t, dated, st.lang)
            if sub is not None:
                text = "…" + doc.text[sub[0] : sub[1]]
                out.append(Item(date, None, st.article, text, [st.span], text, clock))
                continue
            text, evidence = short_text(st.text, t.span.start - st.span.start), [st.span]
            prev = sts[k - 1] if k else None
            if prev is not None and _leans_back(st, prev, doc):
                text, evidence = f"{short_text(prev.text, 0)} {text}", [prev.span, st.span]
            out.append(Item(date, owner(st, t, st.lang), st.article, text, evidence, st.text, clock))
    return out


def _same_event(a: Item, b: Item) -> bool:
    if a.date != b.date or a.article == b.article:
        return False
    return a.event == b.event not in GENERIC_EVENTS | {None} or _lexical(a.source, b.source) >= SAME_EVENT_LEXICAL


_CLOCK = re.compile(r"T(\d{2}):(\d{2})")


def _clock(t: Timex) -> int | None:
    """Minutes after midnight of a clock time stated with its date ("…T02:02+07:00": 122), else None.
    The clock as written: one story's times are told in one zone."""
    m = _CLOCK.search(t.value or "") if t.kind == "time" else None
    return int(m[1]) * 60 + int(m[2]) if m else None


def _sort_key(date: str, year: int, clock: int | None) -> tuple[Any, ...]:
    """Day order, then within a day the events with a clock time by that time, then the others."""
    iv = date_interval(date)
    assert iv is not None
    lo, hi = iv
    if lo[0] == 0:
        lo, hi = (year, *lo[1:]), (year, *hi[1:])
    return lo, hi, clock is None, clock or 0


class Timeline(StoryStep):
    """Fill ``story.timeline``."""

    name = "timeline"

    def __init__(self, **_: Any) -> None:
        super().__init__()

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Collect every dated event, merge the ones that report the same event, order them."""
        entries: list[tuple[TimelineEntry, list[Item]]] = []
        for item in (i for doc in docs for i in items_of(doc)):
            match = next((e for e in entries if all(_same_event(item, o) for o in e[1][:1])), None)
            if match is None:
                entries.append((TimelineEntry(item.date, item.text, [item.article], list(item.evidence)), [item]))
            else:
                match[0].articles.append(item.article)
                match[0].evidence.extend(item.evidence)
                match[1].append(item)
        years = Counter(iv[0][0] for e, _ in entries if (iv := date_interval(e.date)) and iv[0][0])
        year = years.most_common(1)[0][0] if years else 0
        ordered = sorted(entries, key=lambda e: _sort_key(e[0].date, year, e[1][0].clock))
        story.timeline = [e for e, _ in ordered]
        return len(story.timeline)


def _lexical(a: str, b: str) -> float:
    """Share of content words (four letters or more, digits left out) the two texts have in common."""
    wa, wb = (set(re.findall(r"[^\W\d_]{4,}", x.lower())) for x in (a, b))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0
