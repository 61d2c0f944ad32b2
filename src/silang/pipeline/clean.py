"""The clean step: label every line of the raw text as body, title or boilerplate, and read metadata.

Chrome is recognised by language data (``lang/id/chrome.toml`` and ``lang/en/chrome.toml``; pages mix
both): whole chrome lines, chrome glued inside a paragraph (``...muda.Baca JugaJudul LainKementerian``),
runs of related-link bullets, section labels and menu words at the head or tail of the page,
publication stamps (which give ``published`` when nothing else did) and credit lines at the tail
(whose named source joins ``wires``).
A block never drops body text on a guess: when it is unclear where glued link titles end,
only the marker goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from silang import lang
from silang.model import Block, Document
from silang.normalize.published import parse_published
from silang.pipeline import metadata
from silang.pipeline.base import DocStep

PARAGRAPH = 100  # a line this long (and not chrome) is article text: it ends the page head
DEFAULT_MAX_LEN = 120  # whole-line chrome patterns never take a longer line unless they say so
MAX_TITLE = 200
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Where a stripped link glued two texts together: "BaruKemenkes", "Itu?Mengenal".
_GLUE = re.compile(r"(?<=[a-z0-9?!)\"”’'])(?=[A-Z\"“])")
_BULLET = re.compile(r"[-–•·*]\s+")


@dataclass(frozen=True)
class _LinePattern:
    regex: re.Pattern[str]
    reason: str
    max_len: int
    where: str = "any"  # "head": only before the first paragraph; "tail": only after the last one


@dataclass(frozen=True)
class Chrome:
    """The chrome patterns of all supported languages, compiled once."""

    lines: tuple[_LinePattern, ...]
    inline: re.Pattern[str]  # related-link markers (group "related") and inline chrome (groups i0, i1...)
    inline_reasons: dict[str, str]
    function_words: frozenset[str]
    head_labels: frozenset[str]
    menu_words: frozenset[str]


@cache
def chrome() -> Chrome:
    """Load and compile the chrome data of every language."""
    lines: list[_LinePattern] = []
    inline: list[tuple[str, str]] = []
    markers: list[str] = []
    function_words: set[str] = set()
    labels: set[str] = set()
    menu: set[str] = set()
    stamp_words: dict[str, list[str]] = {}
    for code in lang.SUPPORTED:
        data: dict[str, Any] = lang.load(code, "chrome")
        for item in data.get("lines", []):
            regex = re.compile(item["pattern"])
            max_len = item.get("max_len", DEFAULT_MAX_LEN)
            lines.append(_LinePattern(regex, item["reason"], max_len, item.get("where", "any")))
        for key, words in data.get("date_stamp", {}).items():
            stamp_words.setdefault(key, []).extend(words)
        inline += [(i["pattern"], i["reason"]) for i in data.get("inline", [])]
        markers.append(data["related"]["marker"])
        function_words |= set(data["related"]["function_words"])
        labels |= set(data["head"]["labels"])
        menu |= {w.lower() for w in data["menu"]["words"]}
    lines += date_stamp_patterns(stamp_words)
    related = "|".join(f"(?:{m})" for m in markers)
    alternatives = [f"(?P<related>{related})"] + [f"(?P<i{n}>{p})" for n, (p, _) in enumerate(inline)]
    return Chrome(
        tuple(lines),
        re.compile("|".join(alternatives)),
        {f"i{n}": reason for n, (_, reason) in enumerate(inline)},
        frozenset(function_words),
        frozenset(labels),
        frozenset(menu),
    )


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def date_stamp_patterns(words: dict[str, list[str]]) -> list[_LinePattern]:
    """Whole-line publication stamps built from the ``[date_stamp]`` words of the chrome data.

    A date with a clock time, or a prefix ("Diperbarui", "Published on", a domain) and a date, is a
    stamp anywhere; a bare date (with its weekday) only at the head of the page.
    """
    if not words.get("months"):
        return []
    month, weekday = _words(words["months"]), _words(words.get("weekdays", []) or ["-"])
    zone, clock = _words(words.get("zones", []) or ["-"]), _words(words.get("clock_words", []) or ["-"])
    prefix = _words(words.get("prefixes", []) or ["-"])
    date = (
        rf"(?:\d{{1,2}}\s+(?:{month})\.?,?\s+\d{{4}}|(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})"
    )
    day = rf"(?:(?:{weekday})\.?\s*,?\s*)?"
    time = (
        rf"(?:(?:{clock})\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?\s*"
        rf"(?:(?:{zone})\b)?\s*(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?"
    )
    sep = r"\s*[,|/–—T-]?\s*"
    lead = rf"(?:(?:{prefix})\b\s*:?|[\w-]+(?:\.[a-z]{{2,}}){{1,2}}\s*[-–—|]?)\s*"
    timed = rf"(?i:(?:{lead})?{day}{date}{sep}{time}|{lead}{day}{date}(?:{sep}{time})?)"
    return [
        _LinePattern(re.compile(timed), "date-stamp", 90),
        _LinePattern(re.compile(rf"(?i:{day}{date})"), "date-stamp", 50, "head"),
    ]


def title_like(text: str, function_words: frozenset[str], min_words: int = 1) -> bool:
    """True when ``text`` reads like a headline: capitalised words, bar a few function words."""
    words = [w for w in _WORD.findall(text) if w.lower() not in function_words]
    if len(words) < min_words:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 0.75 * len(words)


def _line_reason(line: str, data: Chrome, where: str = "any") -> str | None:
    """The reason a whole line is chrome, or None; ``where`` ("head"/"tail") adds the patterns kept for it."""
    for p in data.lines:
        if p.where in ("any", where) and len(line) <= p.max_len and p.regex.fullmatch(line):
            return p.reason
    return None


def _related_end(text: str, start: int, data: Chrome) -> int:
    """Where the body resumes after glued related-link titles starting at ``start`` (``start`` if unsure)."""
    cuts = [m.start() for m in _GLUE.finditer(text, start)] + [len(text)]
    end = start
    for cut in cuts:
        if cut <= end:
            continue
        segment = text[end:cut]
        if len(segment) > 150 or re.search(r"[.!?]\s", segment) or not title_like(segment, data.function_words):
            return end
        end = cut
        if end - start > 600:
            return start
    return end


def _inline_chrome(text: str, lo: int, hi: int, data: Chrome) -> list[tuple[int, int, str]]:
    """Chrome spans glued inside the line ``text[lo:hi]``, in order, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    line = text[lo:hi]
    pos = 0
    while (m := data.inline.search(line, pos)) is not None:
        if m.lastgroup == "related":
            end = _related_end(line, m.end(), data)
            spans.append((lo + m.start(), lo + end, "related links"))
        else:
            end = m.end()
            spans.append((lo + m.start(), lo + end, data.inline_reasons[m.lastgroup or ""]))
        pos = max(end, m.start() + 1)
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every non-blank line, without surrounding whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_menu(line: str, data: Chrome) -> bool:
    words = line.lower().replace(":", " ").split()
    return 0 < len(words) <= 5 and all(w in data.menu_words for w in words)


def _bullet_runs(text: str, lines: list[tuple[int, int]], data: Chrome) -> set[int]:
    """Indexes of lines in runs of two or more headline-like bullets (related-article lists)."""
    flags = []
    for s, e in lines:
        line = text[s:e]
        m = _BULLET.match(line)
        flags.append(
            bool(m)
            and not line.endswith((".", ":", ";"))
            and len(line) <= MAX_TITLE
            and title_like(line[m.end() :] if m else "", data.function_words, min_words=4)
        )
    marked: set[int] = set()
    i = 0
    while i < len(flags):
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        if j - i >= 2:
            marked.update(range(i, j))
        i = max(j, i + 1)
    return marked


def label_blocks(doc: Document) -> list[Block]:
    """Blocks over ``doc.text``: body, title (first headline-like line of the head) and boilerplate."""
    data = chrome()
    text = doc.text
    lines = _lines(text)
    reasons = [_line_reason(text[s:e], data) for s, e in lines]
    long_lines = [i for i, (s, e) in enumerate(lines) if e - s >= PARAGRAPH and reasons[i] is None]
    first_para = long_lines[0] if long_lines else len(lines)
    last_para = long_lines[-1] if long_lines else -1
    bullets = _bullet_runs(text, lines, data)
    blocks: list[Block] = []
    title_seen = False
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        reason = reasons[i]
        where = "head" if i < first_para else "tail" if i > last_para else "any"
        if reason is None and where != "any":
            reason = _line_reason(line, data, where)
        if reason is None and (i < first_para or i > last_para) and _is_menu(line, data):
            reason = "menu"
        if reason is None and i < first_para and line in data.head_labels:
            reason = "section label"
        if reason is None and i in bullets:
            reason = "related links"
        if reason:
            blocks.append(Block(s, e, "boilerplate", reason))
            continue
        if not title_seen and i < first_para and _is_title(line, doc.title, data):
            title_seen = True
            blocks.append(Block(s, e, "title"))
            continue
        title_seen = True  # only the first content line may be the title
        pos = s
        for cs, ce, why in _inline_chrome(text, s, e, data):
            if cs > pos:
                blocks.append(Block(pos, cs, "body"))
            blocks.append(Block(cs, ce, "boilerplate", why))
            pos = ce
        if pos < e:
            blocks.append(Block(pos, e, "body"))
    return [_trimmed(text, b) for b in blocks if text[b.start : b.end].strip()]


def _trimmed(text: str, block: Block) -> Block:
    s, e = block.start, block.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Block(s, e, block.kind, block.reason)


def _is_title(line: str, title: str | None, data: Chrome) -> bool:
    if title:
        return " ".join(line.split()).lower() == " ".join(title.split()).lower()
    return 10 <= len(line) <= MAX_TITLE and not line.endswith((".", ":")) and title_like(line, data.function_words)


def _published_from_stamp(doc: Document) -> None:
    """Set ``doc.published`` (and ``published_raw``) from the first date-stamp line that parses."""
    for block in doc.blocks:
        if block.reason == "date-stamp":
            raw = doc.text[block.start : block.end]
            if (day := parse_published(raw)) is not None:
                doc.published, doc.published_raw = day.isoformat(), raw
                return


class Clean(DocStep):
    """Separate article body from page chrome; set title, outlet, dateline, wires and language."""

    name = "clean"

    def process(self, doc: Document) -> int:
        """Label ``doc.blocks`` and fill metadata; return the number of boilerplate blocks."""
        doc.blocks = label_blocks(doc)
        if doc.title is None:
            doc.title = next((doc.text[b.start : b.end] for b in doc.blocks if b.kind == "title"), None)
        body = doc.body_blocks()
        paragraphs = [doc.text[b.start : b.end] for b in body[:3]]
        outlet, place = None, None
        for paragraph in paragraphs:
            outlet, place = metadata.find_dateline(paragraph)
            if outlet or place:
                break
        doc.outlet = metadata.outlet_name(doc.outlet) or outlet or metadata.outlet_name(doc.url)
        doc.dateline = doc.dateline or place
        doc.wires = doc.wires or metadata.find_wires(doc.body, paragraphs[0] if paragraphs else "")
        last_body = body[-1].end if body else 0
        credits = [doc.text[b.start : b.end] for b in doc.blocks if b.reason == "credit" and b.start >= last_body]
        doc.wires = list(dict.fromkeys(doc.wires + [w for line in credits for w in metadata.credit_sources(line)]))
        if doc.published is None:
            _published_from_stamp(doc)
        doc.language = doc.language or metadata.detect_language(doc.body)
        return sum(1 for b in doc.blocks if b.kind == "boilerplate")
