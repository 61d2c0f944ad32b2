"""Temporal expressions in news text → :class:`~silang.model.Timex`, resolved against an anchor date.

Values are (partial) ISO 8601: ``2024-10-30``, ``2024-06``, ``2024``, ``2024-W43``, ranges
``2024-10-08/2024-10-13``, times ``2024-10-28T10:55+07:00`` (TimeML day parts ``2014-12-30TAF``),
durations ``P3D``/``PT2H`` and sets ``P1Y``. Without an anchor, a missing year stays ``XXXX``.
Vague references ("saat itu" → ``PAST_REF``) are reported only with ``include_vague=True``: they
help evaluation against TimeML but date nothing (they still hold their words: "jauh-jauh hari
sebelumnya" is not "hari sebelumnya"). The first number of a duration range is a duration with
the range's unit ("2-3 menit": "2" = PT2M and "3 menit" = PT3M), as TimeML annotates it. The
anchor is the article's publication date, or one inferred from its text
(:mod:`silang.normalize.anchor`), written ``"2024-10-28 (inferred)"``.
Confidence: 1.0 for dates written in full, lower for what depends on the anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from silang.model import Check, Span, Timex
from silang.normalize.narrative import attributed, date_clocks
from silang.normalize.numbers import parse_number
from silang.normalize.resolve import Ctx, Resolved, resolve
from silang.normalize.rx import SHORT, ascii_data
from silang.normalize.timepatterns import PREFIX_REACH, TimePatterns, time_patterns, time_words

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
    off: int = 0  # ``m`` matched lower-cased text from this offset of the original

    def original(self, text: str, group: str) -> str:
        """The original-case text of one of ``m``'s groups."""
        return text[self.m.start(group) + self.off : self.m.end(group) + self.off]


def _accept(tag: str, m: re.Match[str], orig: str, off: int, lang: str) -> bool:
    """Filters a regex alone cannot say: capitalised names, valid fields.

    ``m`` matched lower-cased text; ``orig[m.start() + off]`` is the same place in the original text.
    """
    if tag in ("paren", "numeric", "iso"):
        return 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31
    if tag == "clock":
        h = m["h"] or m["h2"] or m["h4"] or m.groupdict().get("h5") or "0"  # "noon" (cn) has no digits
        mi, sec = m["mi"] or m["mi2"] or m["mi3"] or m.groupdict().get("mi5"), m["s"] or m["s2"] or m["s3"]
        return int(h) <= 24 and (mi is None or int(mi) <= 59) and (sec is None or int(sec) <= 59)
    if tag == "month":
        g = m.groupdict()
        if g.get("bulan") or g.get("y") or g.get("since") or g.get("edge"):
            return True
        return orig[m.start("mn") + off].isupper()
    if tag == "weekday":
        return bool(m.groupdict().get("hari")) or orig[m.start("wd") + off].isupper()
    if tag in ("dmy", "mdy"):
        if not 1 <= int(m["d"]) <= 31:
            return False
        s, e = m.start("mn") + off, m.end("mn") + off
        return orig[s].isupper() or (orig[s:e].islower() and e - s > 3)
    if tag == "year":
        return not m["y2"] or not _counted_after(orig, m.end() + off, lang)
    if tag in ("duration", "offset") and (n := m["n"]):
        if time_patterns(lang).arc_before.search(orig, max(0, m.start() + off - 20), m.start() + off):
            return False
        return parse_number(n, lang) is not None or n.lower() in time_words(lang).words["few"]
    return True


def _counted_after(text: str, pos: int, lang: str) -> bool:
    """True when a bare 4-digit number is followed by a counted noun ("2000 orang"): a quantity."""
    nxt = COUNTED_AFTER.match(text, pos, pos + 30)
    return nxt is not None and nxt[1] in counted_nouns(lang)


COUNTED_AFTER = re.compile(r"\s+([a-z]+)")


@cache
def counted_nouns(lang: str) -> frozenset[str]:
    """Nouns that make a number a count (from ``units.toml``), cached on first use."""
    from silang.normalize.quantities import noun_table  # local: quantities imports this module

    return frozenset(noun_table(lang))


def _lower(text: str) -> str:
    """``text`` lower-cased character by character, so offsets stay the same ("İ" keeps its place)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _starts(low: str, pos: int, lo: int, prefix: frozenset[str]) -> list[int]:
    """Where an expression holding the trigger at ``pos`` may start: there, or at prefix words before it
    (nearest first)."""
    out = [pos]
    if pos > lo + 1 and low[pos - 1] == "-":  # "mid-may": a prefix word ending in a hyphen
        i = pos - 1
        while i > lo and low[i - 1].isalpha():
            i -= 1
        if i < pos - 1 and low[i:pos] in prefix:
            pos = i
            out.append(pos)
    if pos <= lo or not (low[pos - 1].isspace() or low[pos - 1] == ","):
        return out
    for _ in range(PREFIX_REACH):
        j = pos
        while j > lo and (low[j - 1].isspace() or low[j - 1] == ","):
            j -= 1
        if j < pos and low[j - 1 : j] == ".":  # "tgl. 5"
            j -= 1
        i = j
        while i > lo and (low[i - 1].isalnum() or low[i - 1] in "'’"):
            i -= 1
        if i == j or j == pos or low[i:j].replace("’", "'") not in prefix:
            break
        pos = i
        out.append(pos)
    return out


def _word_start(text: str, pos: int) -> bool:
    """True where a word starts, counting the joints of words run together by scraping.

    "dariCNBCRabu (18/6)" and "zodiak20 Juni" hold a date; "tajam 13" holds no "jam 13" and the
    flight "IW1926" no year 1926.
    """
    if pos == 0 or not text[pos - 1].isalnum():
        return True
    c, prev = text[pos], text[pos - 1]
    return (c.isupper() and prev.isalpha()) or (c.isdigit() and prev.islower())


def _triggers(pats: TimePatterns, low: str, lo: int, hi: int, data: bytes | None) -> list[int]:
    """The trigger positions in ``low[lo:hi]``, in order. ``data``: ``low`` from
    :func:`~silang.normalize.rx.ascii_data`, at least to ``hi`` (RE2 scans a region of :data:`SHORT` or more)."""
    if hi - lo < SHORT or pats.trigger.fast is None:  # what Scanner.finditer does, without its generator
        return [t.start() for t in pats.trigger.pattern.finditer(low, lo, hi)]
    data = data[:hi] if data is not None else ascii_data(low, hi)  # RE2 reads "$" at the end of its data only
    return [t.start() for t in pats.trigger.finditer(low, lo, hi, data)]


def candidates(
    text: str, start: int, end: int, lang: str, include_vague: bool, low: str | None = None, data: bytes | None = None
) -> list[Hit]:
    """The longest non-overlapping matches (ties: pattern order) around trigger tokens, in text order.

    One scan finds the trigger tokens (digits, "(", time words); patterns are tried only where an
    expression holding one may start, all at once: ``rest[k]`` finds the first of patterns k.. to match.
    ``text[start:end]`` is read as a text of its own (a pattern's look-behind sees one character before).
    ``low``: ``text`` lower-cased by :func:`_lower` (at least to ``end``), and ``data`` its RE2 form,
    when the caller reads several regions of one text.
    """
    pats = time_patterns(lang)
    low = _lower(text[:end]) if low is None else low
    lo, hi = start, end
    tried: set[int] = set()
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    patterns, n = pats.patterns, len(pats.patterns)
    by_char, tables = pats.rest.by_char, pats.rest
    reach = 0  # the end of the longest match so far: triggers inside it are already covered
    triggers = _triggers(pats, low, lo, hi, data)
    prefix = pats.prefix_words
    for ts in triggers:
        if ts < reach or (ts and text[ts - 1].isalnum() and not _word_start(text, ts)):
            continue
        here = 0  # the end of the matches from this trigger's earlier starts: those inside add nothing
        starts = _starts(low, ts, lo, prefix)
        for p in reversed(starts) if len(starts) > 1 else starts:
            if p in tried or p < here:
                continue
            tried.add(p)
            table = by_char.get(low[p]) or tables(low[p])
            rest, which, after = table.rest, table.which, table.after
            k = 0
            while k < n and (r := rest[k]) is not None and (first := r.match(low, p, hi)) is not None:
                prio = which[k][first.lastindex or 0]
                tag, pat = patterns[prio]
                m = pat.match(low, p, hi)
                if m:
                    e = m.end()
                    if e > p and _accept(tag, m, text, 0, lang):
                        found.append((p - e, prio, p, tag, m))
                        if e > reach:
                            reach = e
                        if e > here:
                            here = e
                    if e == hi:
                        break  # none can be longer
                k = after[prio]  # the next that can start here
    if not found:
        return []
    if len(found) == 1:
        _, _, s, tag, m = found[0]
        if not include_vague and tag == "vague":
            return []
        taken = [Hit(s, m.end(), tag, m)]
    else:
        found.sort()  # longest first, then by pattern order (no two items share both)
        taken = []
        occupied = bytearray(hi - lo)
        for _, _, s, tag, m in found:
            e = m.end()
            if occupied.find(1, s - lo, e - lo) >= 0:
                continue
            occupied[s - lo : e - lo] = b"\x01" * (e - s)
            if include_vague or tag != "vague":  # a vague phrase still holds its words ("jauh-jauh hari sebelumnya")
                taken.append(Hit(s, e, tag, m))
        taken.sort(key=_hit_start)
    return _merge(text, _range_heads(pats, low, lo, taken), end, lang)


def _hit_start(h: Hit) -> int:
    return h.start


RANGE_HEAD_REACH = 40  # how far before a duration its range's first number may start


def _range_heads(pats: TimePatterns, low: str, lo: int, hits: list[Hit]) -> list[Hit]:
    """The first number of a duration range as a duration of its own ("2-3 menit": "2" = PT2M, as TimeML
    annotates it): the number takes the unit of the duration after it."""
    out: list[Hit] = []
    for h in hits:
        if h.tag == "duration" and (g := h.m.groupdict()).get("n") and g.get("u"):
            s = h.m.start("n")
            w = pats.range_head.search(low, max(lo, s - RANGE_HEAD_REACH), s)
            if w and (not out or out[-1].end <= w.start("n")):
                out.append(Hit(w.start("n"), w.end("n"), "duration", w, extra={"u": g["u"]}))
        out.append(h)
    return out


def _merge(text: str, hits: list[Hit], end: int, lang: str) -> list[Hit]:
    """Join a date and the clock time right after it; absorb a day part ("sore") or "lalu" after a date."""
    pats = time_patterns(lang)
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        limit = nxt.start if nxt else end
        if (
            h.tag == "set"
            and nxt
            and nxt.tag == "clock"
            and _daily(h, lang)
            and pats.joiner_set_clock.match(text[h.end : nxt.start])
        ):
            h.clock, h.end = nxt.m, nxt.end  # "setiap hari pukul 19.15": the clock time of every day
            i += 1
        elif h.tag in DAY_TAGS:
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
            if (rm := pats.suffix_rel.match(text, h.end, end)) and (nxt is None or nxt.start >= h.end):
                if nxt is not None and nxt.end <= rm.end():  # "9 Juni kemarin": one expression
                    i += 1
                if nxt is None or nxt.start >= rm.end() or nxt.end <= rm.end():
                    h.end, h.extra["rel"] = rm.end(), "future" if rm["future"] else "past"
        out.append(h)
        i += 1
    return out


def _daily(h: Hit, lang: str) -> bool:
    """True for a set of days ("setiap hari", "tiap Senin"), whose clock time is part of it."""
    g = h.m.groupdict()
    return bool(g.get("wd")) or time_words(lang).units.get((g.get("u") or "").lower()) == ("D", False)


_last: tuple[str, str, bytes] = ("", "", b"")  # the text read last, lower-cased and in RE2 form


def _prepared(text: str) -> tuple[str, bytes | None]:
    """``text`` lower-cased (:func:`_lower`) and its RE2 form, kept for the next call on the same text
    (the temporal step reads an article's regions one call at a time, then all at once)."""
    global _last
    if len(text) < SHORT:  # no RE2 for so short a text
        return _lower(text), None
    last = _last  # one read: another thread may replace it
    if last[0] is not text:
        low = _lower(text)
        last = _last = (text, low, ascii_data(low, len(low)))
    return last[1], last[2]


def scan(
    text: str,
    anchor: date | str | None,
    lang: str = "id",
    start: int = 0,
    end: int | None = None,
    article: str = "",
    anchor_inferred: bool = False,
    include_vague: bool = False,
    regions: list[tuple[int, int]] | None = None,
) -> tuple[list[Timex], list[Check]]:
    """The temporal expressions of ``text[start:end]`` and the checks they raise (weekday, impossible date).

    ``regions`` (an article's body blocks, in order) replaces ``start``/``end``: the narrated day
    carries from one region to the next (:mod:`silang.normalize.narrative`).
    """
    end = len(text) if end is None else end
    if isinstance(anchor, str):  # a Document.published string
        anchor = date.fromisoformat(anchor[:10]) if anchor else None
    low, data = _prepared(text)
    if regions:
        hits = [h for s, e in regions for h in candidates(text, s, e, lang, include_vague, low, data)]
    else:
        hits = candidates(text, start, end, lang, include_vague, low, data)
    times: list[Timex] = []
    checks: list[Check] = []
    if not hits:
        return times, checks
    ctx = Ctx(anchor, lang, anchor)
    anchor_label = None if anchor is None else anchor.isoformat() + (" (inferred)" if anchor_inferred else "")
    resolved: list[Resolved] = []
    narrated: list[bool] = []
    floating = False
    for h in hits:
        before = ctx.ref
        r = resolve(h, ctx)
        resolved.append(r)
        floating = floating or r.floating
        told = h.tag not in DAY_TAGS or not attributed(text, h.start, h.end, lang)
        narrated.append(told)
        if not told:
            ctx.ref = before  # the day of a speech is not the day of the events told
    if floating:
        date_clocks(text, hits, resolved, narrated)
    for h, r in zip(hits, resolved, strict=True):
        span = Span(article, h.start, h.end, text[h.start : h.end])
        if r.problem:
            checks.append(Check(article, r.problem[0], span.text, r.problem[1], h.start, h.end))
        if r.kind is None:
            continue
        if r.weekday and "wd" in h.m.re.groupindex and h.m["wd"]:
            r.weekday = h.original(text, "wd")
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
