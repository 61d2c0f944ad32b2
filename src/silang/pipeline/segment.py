"""The segment step: sentences of the body blocks, by offsets into the raw text.

Handles what scraped Indonesian news does to sentences: abbreviations and initials
(``Prof. Edi``, ``M. Wisnu``, language data in ``lang/<code>/abbreviations.toml``), sentences glued
together where a link was stripped (``dengue.Dokter``, ``2025).Sebagai``, ``kata dia."Tapi``), and
numbers with separators (``1.500``, ``10,5``), which never end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from silang import lang
from silang.model import Document, Sentence
from silang.pipeline.base import DocStep

# End punctuation, any closing quotes/brackets, then either spaces before a capital, digit, quote or
# bracket, or (glued, no space) a capital or an opening quote.
_END = re.compile(r"""[.!?…]+(?P<close>["”’')\]]*)(?:(?P<space>\s+)(?=[A-Z0-9"“‘'(\[])|(?=[A-Z“"]))""")
_TOKEN = re.compile(r"[\w.]*\w$")
_CLAUSE_AFTER = re.compile(r"[ \t]+[a-z]")  # a lower-case word after a closing quote: the sentence goes on


@cache
def abbreviations(code: str = "id") -> frozenset[str]:
    """Words that take a full stop without ending a sentence (without the stop)."""
    data = lang.load(code, "abbreviations")
    return frozenset(data["titles"]) | frozenset(data["others"])


def _is_abbreviation(text: str, dot: int, sentence_start: int, known: frozenset[str]) -> bool:
    """True when the stop at ``text[dot]`` closes an abbreviation, an initial or a list number."""
    m = _TOKEN.search(text, max(sentence_start, dot - 20), dot)
    if not m:
        return False
    token = m.group()
    if token in known or (len(token) == 1 and token.isupper()):
        return True
    if "." in token and all(len(part) <= 2 for part in token.split(".")):  # S.H, a.n, U.S
        return True
    # "1. Judul" at the start of a sentence numbers a list item
    return token.isdigit() and len(token) <= 2 and m.start() == sentence_start


def split_sentences(text: str, start: int, end: int, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``, trimmed of surrounding whitespace."""
    sentence = start
    for m in _END.finditer(text, start, end):
        punct_end = m.start("close")
        lone_stop = text[m.start()] == "." and punct_end - m.start() == 1
        if lone_stop and _is_abbreviation(text, m.start(), sentence, known):
            continue
        cut = m.end("close")
        open_quote = text.count('"', sentence, m.start()) % 2 == 1
        # a straight quote right after the stop closes the sentence only if one is open
        if '"' in m.group("close") and not open_quote:
            cut = punct_end
        if not m.group("close") and open_quote and text[cut : cut + 1] == '"' and _CLAUSE_AFTER.match(text, cut + 1):
            continue  # '"…?" tanya X': the quote closes and its reporting clause goes on
        if m.group("space") is None and (text[m.start() - 1 : m.start()].isupper() or text[cut : cut + 1].islower()):
            continue  # REPUBLIKA.CO.ID, TEMPO.CO: a glued stop after a capital is not a sentence end
        yield from _trimmed(text, sentence, cut)
        sentence = cut
    yield from _trimmed(text, sentence, end)


@cache
def dateline_patterns() -> tuple[re.Pattern[str], ...]:
    """The datelines that open a paragraph ("KOMPAS.com -", "JAKARTA, KOMPAS.com -"), from ``outlets.toml``."""
    return tuple(re.compile(p) for p in lang.load("id", "outlets")["datelines"])


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's news starts after its dateline ("REPUBLIKA.CO.ID, BRUSSELS -- "): ``start`` if none."""
    head = text[start : min(end, start + 120)]
    for pattern in dateline_patterns():
        m = pattern.match(head)
        if m and m.end() < len(head):
            return start + m.end()
    return start


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        yield start, end


class Segment(DocStep):
    """Split the body blocks of an article into sentences."""

    name = "segment"

    def process(self, doc: Document) -> int:
        """Fill ``doc.sentences``; return how many."""
        code = doc.language if doc.language in lang.SUPPORTED else "id"
        known = abbreviations(code) | abbreviations("id")
        text = doc.text
        sentences: list[Sentence] = []
        paragraph = -1
        previous_end = 0
        dateline_seen = False
        for number, block in enumerate(doc.body_blocks()):
            if paragraph < 0 or "\n" in text[previous_end : block.start]:
                paragraph += 1
            previous_end = block.end
            start = block.start
            if not dateline_seen and number < 3:
                # The dateline names the outlet and place (read by the clean step); it is not news.
                start = dateline_end(text, block.start, block.end)
                dateline_seen = start > block.start
            for s, e in split_sentences(text, start, block.end, known):
                sentences.append(Sentence(s, e, text[s:e], paragraph))
        doc.sentences = sentences
        return len(sentences)
