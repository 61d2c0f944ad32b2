"""The timeline step: dated events from every article of a story, merged across sources, in order."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from silang.model import Document, Story, TimelineEntry, Timex
from silang.pipeline.align_claims import GENERIC_EVENTS, owner
from silang.pipeline.base import StoryStep
from silang.pipeline.compare import date_interval, date_part
from silang.pipeline.slots import Statement, statements

MAX_WORDS = 24  # words of context kept around a date in an entry's text
SAME_EVENT_LEXICAL = 0.4


def short_text(st: Statement, t: Timex) -> str:
    """The sentence, or a window of words around the date when the sentence is long."""
    words = st.text.split()
    if len(words) <= MAX_WORDS:
        return st.text
    at = len(st.text[: t.span.start - st.span.start].split())
    lo = max(0, min(at - MAX_WORDS // 3, len(words) - MAX_WORDS))
    chunk = " ".join(words[lo : lo + MAX_WORDS])
    return ("…" if lo > 0 else "") + chunk + ("…" if lo + MAX_WORDS < len(words) else "")


def _sort_key(date: str, year: int) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    iv = date_interval(date)
    assert iv is not None
    lo, hi = iv
    if lo[0] == 0:
        lo, hi = (year, *lo[1:]), (year, *hi[1:])
    return lo, hi


class Timeline(StoryStep):
    """Fill ``story.timeline``."""

    name = "timeline"

    def __init__(self, **_: Any) -> None:
        super().__init__()

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Collect every dated statement, merge the ones that report the same event, order them."""
        items: list[tuple[str, str | None, Statement, Timex]] = []
        for doc in docs:
            for st in statements(doc):
                for t in st.dated():
                    if t.kind in ("date", "range") and date_interval(t.value) is not None:
                        items.append(((date_part(t) if t.kind == "date" else t.value) or "", owner(st, t), st, t))
        entries: list[tuple[TimelineEntry, str | None, Statement]] = []
        for date, event, st, t in items:
            match = next(
                (
                    e
                    for e in entries
                    if e[0].date == date
                    and st.article not in e[0].articles
                    and (event == e[1] not in GENERIC_EVENTS | {None} or _lexical(st, e[2]) >= SAME_EVENT_LEXICAL)
                ),
                None,
            )
            if match is None:
                entries.append((TimelineEntry(date, short_text(st, t), [st.article], [st.span]), event, st))
            else:
                match[0].articles.append(st.article)
                match[0].evidence.append(st.span)
        years = Counter(iv[0][0] for e, _, _ in entries if (iv := date_interval(e.date)) and iv[0][0])
        year = years.most_common(1)[0][0] if years else 0
        story.timeline = sorted((e for e, _, _ in entries), key=lambda e: _sort_key(e.date, year))
        return len(story.timeline)


def _lexical(a: Statement, b: Statement) -> float:
    """Share of content words (four letters or more, digits left out) the two sentences have in common."""
    wa, wb = (set(re.findall(r"[^\W\d_]{4,}", x.text.lower())) for x in (a, b))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0
