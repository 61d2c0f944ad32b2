"""Temporal expressions in news text → :class:`~silang.model.Timex`, resolved against an anchor date.

Values are (partial) ISO 8601: ``2024-10-30``, ``2024-06``, ``2024``, ``2024-W43``, ranges
``2024-10-08/2024-10-13``, times ``2024-10-28T10:55+07:00`` (TimeML day parts ``2014-12-30TAF``),
durations ``P3D``/``PT2H`` and sets ``P1Y``. Without an anchor, a missing year stays ``XXXX``.
Vague references ("saat itu" → ``PAST_REF``) are found only with ``include_vague=True``: they
help evaluation against TimeML but date nothing. The anchor is the article's publication date, or
one inferred from its text (:mod:`silang.normalize.anchor`), written ``"2024-10-28 (inferred)"``.
Confidence: 1.0 for dates written in full, lower for what depends on the anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from silang.model import Check, Span, Timex
from silang.normalize.numbers import parse_number
from silang.normalize.resolve import Ctx, Resolved, resolve
from silang.normalize.timepatterns import time_patterns, time_words

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
DAY_TAGS = frozenset({"paren", "dmy", "mdy", "numeric", "iso", "weekday", "relday", "anaphor", "dayonly"})


@dataclass(slots=True)
class Hit:
    """One matched expression before resolution (a date may carry its clock time)."""

    start: int
    end: int
    tag: str
    m: re.Match[str]
    clock: re.Match[str] | None = None
    part: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _accept(tag: str, m: re.Match[str], text: str, include_vague: bool, lang: str) -> bool:
    """Filters a regex alone cannot say: capitalised names, valid fields, vague words on request."""
    g = m.groupdict()
    if tag == "vague":
        return include_vague
    if tag == "month" and not (g.get("bulan") or g.get("y") or g.get("since") or g.get("edge")):
        return m["mn"][0].isupper()
    if tag == "weekday":
        return bool(g.get("hari")) or m["wd"][0].isupper()
    if tag in ("paren", "numeric", "iso"):
        return 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31
    if tag in ("dmy", "mdy"):
        return 1 <= int(m["d"]) <= 31 and (m["mn"][0].isupper() or (m["mn"].islower() and len(m["mn"]) > 3))
    if tag == "clock":
        h, mi = m["h"] or m["h2"], m["mi"] or m["mi2"]
        return int(h) <= 24 and (mi is None or int(mi) <= 59)
    if tag == "year" and g.get("y2"):
        return not _counted_after(text, m.end(), lang)
    if tag in ("duration", "offset") and g.get("n"):
        return parse_number(g["n"], lang) is not None or g["n"].lower() in time_words(lang).words["few"]
    return True


def _counted_after(text: str, pos: int, lang: str) -> bool:
    """True when a bare 4-digit number is followed by a counted noun ("2000 orang"): a quantity."""
    nxt = re.match(r"\s+([a-z]+)", text[pos : pos + 30])
    return nxt is not None and nxt[1] in counted_nouns(lang)


def counted_nouns(lang: str) -> frozenset[str]:
    """Nouns that make a number a count (from ``units.toml``), cached on first use."""
    from silang.normalize.quantities import noun_table  # local: quantities imports this module

    return frozenset(noun_table(lang))


WINDOW_BEFORE, WINDOW_AFTER = 48, 64  # chars around a trigger that an expression can span


def _windows(trigger: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text[start:end]`` around trigger tokens, merged; only they can hold an expression."""
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(text, start, end):
        lo, hi = max(start, m.start() - WINDOW_BEFORE), min(end, m.end() + WINDOW_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def candidates(text: str, start: int, end: int, lang: str, include_vague: bool) -> list[Hit]:
    """Every pattern's matches, then the longest non-overlapping ones (ties: pattern order), in text order."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    pats = time_patterns(lang)
    for ws, we in _windows(pats.trigger, text, start, end):
        for prio, (tag, pat) in enumerate(pats.patterns):
            for m in pat.finditer(text, ws, we):
                if m.end() > m.start() and _accept(tag, m, text, include_vague, lang):
                    found.append((-(m.end() - m.start()), prio, m.start(), tag, m))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    taken: list[Hit] = []
    occupied = bytearray(end - start)
    for _, _, s, tag, m in found:
        e = m.end()
        if any(occupied[s - start : e - start]):
            continue
        occupied[s - start : e - start] = b"\x01" * (e - s)
        taken.append(Hit(s, e, tag, m))
    taken.sort(key=lambda h: h.start)
    return _merge(text, taken, end, lang)


def _merge(text: str, hits: list[Hit], end: int, lang: str) -> list[Hit]:
    """Join a date and the clock time right after it; absorb a day part ("sore") or "lalu" after a date."""
    pats = time_patterns(lang)
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        limit = nxt.start if nxt else end
        if h.tag in DAY_TAGS:
            if nxt and nxt.tag == "partday" and not text[h.end : nxt.start].strip():
                h.part, h.end = nxt.m["part"] or nxt.m["part2"], nxt.end
                i += 1
                nxt = hits[i + 1] if i + 1 < len(hits) else None
                limit = nxt.start if nxt else end
            elif nxt and nxt.tag == "clock" and pats.joiner_clock.match(text[h.end : nxt.start]):
                h.clock, h.end = nxt.m, nxt.end
                i += 1
                nxt = hits[i + 1] if i + 1 < len(hits) else None
                limit = nxt.start if nxt else end
            elif sm := pats.suffix_part.match(text, h.end, limit):
                h.part, h.end = sm["part"], sm.end()
            if pm := pats.suffix_past.match(text, h.end, limit):
                h.end = pm.end()
        out.append(h)
        i += 1
    return out


SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _date_clocks(text: str, hits: list[Hit], resolved: list[Resolved]) -> None:
    """Give a clock time standing alone the day-precision date of its own sentence, when it has one."""
    for i, r in enumerate(resolved):
        if not (r.floating and r.value):
            continue
        best: tuple[int, str] | None = None
        for j, other in enumerate(resolved):
            o, h = other.value or "", hits[j]
            if j == i or other.floating or not DAY_VALUE.match(o):
                continue
            lo, hi = sorted((h.start, hits[i].start))
            if SENTENCE_END.search(text, lo, hi) is None and (best is None or abs(h.start - hits[i].start) < best[0]):
                best = (abs(h.start - hits[i].start), o[:10])
        if best:
            r.value = best[1] + r.value[r.value.index("T") :]


def scan(
    text: str,
    anchor: date | str | None,
    lang: str = "id",
    start: int = 0,
    end: int | None = None,
    article: str = "",
    anchor_inferred: bool = False,
    include_vague: bool = False,
) -> tuple[list[Timex], list[Check]]:
    """The temporal expressions of ``text[start:end]`` and the checks they raise (weekday, impossible date)."""
    end = len(text) if end is None else end
    if isinstance(anchor, str):  # a Document.published string
        anchor = date.fromisoformat(anchor[:10]) if anchor else None
    ctx = Ctx(anchor=anchor, lang=lang, ref=anchor)
    anchor_label = None if anchor is None else anchor.isoformat() + (" (inferred)" if anchor_inferred else "")
    times: list[Timex] = []
    checks: list[Check] = []
    hits = candidates(text, start, end, lang, include_vague)
    resolved = [resolve(h, ctx) for h in hits]
    _date_clocks(text, hits, resolved)
    for h, r in zip(hits, resolved, strict=True):
        span = Span(article, h.start, h.end, text[h.start : h.end])
        if r.problem:
            checks.append(Check(article, r.problem[0], span.text, r.problem[1], h.start, h.end))
        if r.kind is None:
            continue
        conf = r.confidence * (0.8 if anchor_inferred and r.uses_anchor else 1.0)
        times.append(Timex(r.kind, r.value, span, r.weekday, anchor_label if r.uses_anchor else None, conf))
    return times, checks


def find_times(
    text: str,
    anchor: date | str | None,
    lang: str = "id",
    start: int = 0,
    end: int | None = None,
    article: str = "",
    anchor_inferred: bool = False,
    include_vague: bool = False,
) -> list[Timex]:
    """The temporal expressions of ``text[start:end]``, resolved against ``anchor``; spans in ``text``."""
    return scan(text, anchor, lang, start, end, article, anchor_inferred, include_vague)[0]


def check_dates(
    text: str, anchor: date | str | None, lang: str = "id", start: int = 0, end: int | None = None, article: str = ""
) -> list[Check]:
    """Weekday mismatches ("Senin (20/10)" in 2024) and impossible dates ("31 Juni") in ``text[start:end]``."""
    return scan(text, anchor, lang, start, end, article)[1]
