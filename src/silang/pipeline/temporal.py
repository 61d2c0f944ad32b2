"""The ``temporal`` step: times, quantities, identifiers and date checks of each article's body.

The anchor is ``doc.published`` when set; otherwise it is inferred from the body's own dates
(:mod:`silang.normalize.anchor`), and ``doc.published`` becomes the first day of the inferred window
with ``doc.published_inferred = True`` and ``doc.meta["published_window"] = [first, last]``.
``doc.meta["anchor"] = {"date": "YYYY-MM-DD" | None, "inferred": bool}`` records the anchor used.
"""

from __future__ import annotations

import re
from datetime import date

from silang.lang import data_lang
from silang.model import Check, Document, Timex
from silang.normalize.anchor import window_of
from silang.normalize.calendar import calendar
from silang.normalize.narrative import attributed
from silang.normalize.quantities import find_identifiers, find_quantities
from silang.normalize.timepatterns import time_patterns
from silang.normalize.times import find_times, scan
from silang.pipeline.base import DocStep

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
SENTENCE_START = re.compile(r"[.!?]\s|\n")


class Temporal(DocStep):
    """Fill ``doc.times``, ``doc.quantities``, ``doc.identifiers`` and date checks from the body blocks."""

    name = "temporal"

    def process(self, doc: Document) -> int:
        """Annotate ``doc``; return the number of times, quantities, identifiers and checks found."""
        lang = data_lang(doc.language)
        regions = [(b.start, b.end) for b in doc.body_blocks()]
        anchor, inferred = self._anchor(doc, regions, lang)
        doc.meta["anchor"] = {"date": anchor.isoformat() if anchor else None, "inferred": inferred}
        times, checks = scan(doc.text, anchor, lang, article=doc.id, anchor_inferred=inferred, regions=regions)
        if anchor and not inferred:
            flagged = {(c.start, c.end) for c in checks}  # a wrong weekday already says the date is off
            checks += [
                c for c in after_publication(doc.text, times, anchor, lang, doc.id) if (c.start, c.end) not in flagged
            ]
        spans = [(t.span.start, t.span.end) for t in times]
        found = [find_identifiers(doc.text, lang, s, e, doc.id) for s, e in regions]
        quantities = [
            q
            for (s, e), ids in zip(regions, found, strict=True)
            for q in find_quantities(doc.text, lang, s, e, doc.id, exclude=spans, identifiers=ids)
        ]
        identifiers = [i for ids in found for i in ids]
        doc.times, doc.quantities, doc.identifiers = times, quantities, identifiers
        doc.checks.extend(checks)
        return len(times) + len(quantities) + len(identifiers) + len(checks)

    @staticmethod
    def _anchor(doc: Document, regions: list[tuple[int, int]], lang: str) -> tuple[date | None, bool]:
        """The publication date, or the first day of the window the body's own dates allow."""
        if doc.published and not doc.published_inferred:
            try:
                return date.fromisoformat(doc.published[:10]), False
            except ValueError:
                pass
        found = [t for s, e in regions for t in find_times(doc.text, None, lang, s, e)]
        window = window_of(doc.text, found, lang)
        if window is None:
            return None, False
        first, last = window
        doc.published, doc.published_inferred = first.isoformat(), True
        doc.meta["published_window"] = [first.isoformat(), last.isoformat()]
        return first, True


WRITTEN_YEAR = re.compile(r"\d{4}|\d/\d{2}\b")  # "23 Juni 2025", "(18/6/2026)", "18/06/26"


def after_publication(text: str, times: list[Timex], published: date, lang: str, article: str) -> list[Check]:
    """Written dates after the publication day in a sentence that reports them as done ("telah", "lalu"),
    or closing an attribution ('," ujar Bro Ron, Rabu (18/6/2026).': the day a statement was made).

    Only dates written with a day number and a year count: a relative day ("besok", "Rabu lalu") is
    worked out from the publication date itself, and the year of "8 Juli" is chosen by silang.
    """
    pats, cal = time_patterns(lang), calendar(lang)
    out = []
    for t in times:
        m = DAY.match(t.value or "")
        if not m or date(int(m[1]), int(m[2]), int(m[3])) <= published or not WRITTEN_YEAR.search(t.span.text):
            continue  # a year silang chose for "8 Juli" is its reading, not the text's claim
        cut = max((x.end() for x in SENTENCE_START.finditer(text, max(0, t.span.start - 300), t.span.start)), default=0)
        stop = SENTENCE_START.search(text, t.span.end)
        sentence = text[max(cut, t.span.start - 300) : stop.start() if stop else len(text)]
        said = attributed(text, t.span.start, t.span.end, lang)  # the day a statement was made: past
        if not said and (pats.future_re.search(sentence) or not pats.past_re.search(sentence)):
            continue
        msg = cal.messages["future_past"].format(date=t.value, published=published.isoformat())
        out.append(Check(article, "date-after-publication", t.span.text, msg, t.span.start, t.span.end))
    return out
