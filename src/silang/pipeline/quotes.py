"""Quotes: every statement in an article with its speaker (direct, partial and indirect speech).

Direct quotes are found by pairing quote marks inside each body paragraph (a quote left open at a
paragraph end continues when the next paragraph reopens or closes it). Each quote is attributed by
the reporting clause next to it ('"…," kata X', 'X mengatakan, "…"'), else by a reporting clause in
its sentence (a partial quote), else by the quote just before it (a continued statement); what is
left is a scare quote or a title. Indirect speech ('X menyatakan bahwa …', 'menurut X, …') is kept
with ``direct=False``. Speakers are resolved to names by :mod:`silang.pipeline.speakers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silang.lang import data_lang, load
from silang.model import Document, Quote
from silang.pipeline.base import DocStep
from silang.pipeline.speakers import Lexicon, Resolver, lexicon

OPEN_D, CLOSE_D = "“«„", "”»"
OPEN_S, CLOSE_S = "‘", "’"
WORD = re.compile(r"[\w’'-]+")
SENT_END = re.compile(r"[.!?]+[\"'”’»]*\s+(?=[\"“‘«(]?[A-Z0-9])|(?<=[a-z]{2})\.(?=[A-Z][a-z])")


@dataclass(slots=True)
class _Raw:
    start: int  # inner text, marks excluded
    end: int
    open_at: int
    close_at: int


def _can_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isspace() and (not prev.isalnum() or text[i] in OPEN_D + OPEN_S)


def _can_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (not nxt.isalnum() or text[i] in CLOSE_D + CLOSE_S)


def pair_marks(text: str, start: int, end: int, single: bool = False) -> list[_Raw]:
    """Pair the quote marks of ``text[start:end]`` (double marks, or single ones) into quotes."""
    marks = "'‘’" if single else '"“”«»„'
    out: list[_Raw] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch == "\n" and open_at is not None and not _continues(text, i + 1, end, marks):
            open_at = None
        if ch not in marks:
            continue
        if single and ch != "‘" and text[i - 1 : i].isalnum() and text[i + 1 : i + 2].isalnum():
            continue  # an apostrophe inside a word
        opener, closer = _can_open(text, i), _can_close(text, i)
        if open_at is None:
            if opener and ch not in CLOSE_D + CLOSE_S or (opener and not closer):
                open_at = i
        elif closer and (ch not in OPEN_D + OPEN_S or not opener):
            if i - open_at > 1:
                out.append(_Raw(open_at + 1, i, open_at, i))
            open_at = None
        elif opener and "\n" not in text[open_at:i]:
            open_at = i  # two openers in one paragraph: the first was stray
    return out


def _continues(text: str, i: int, end: int, marks: str) -> bool:
    """True when the paragraph at ``i`` carries on a quote left open (reopened or closed there)."""
    stop = text.find("\n", i, end)
    para = text[i : stop if stop >= 0 else end].lstrip()
    if para[:1] in marks and para[:1] not in CLOSE_D + CLOSE_S:
        return True
    return any(ch in marks and _can_close(text, i + k) for k, ch in enumerate(text[i : i + len(para)]))


def _blocks(doc: Document) -> list[tuple[int, int]]:
    """Runs of body blocks with nothing but whitespace between them (a quote may cross paragraphs)."""
    runs: list[tuple[int, int]] = []
    for b in doc.body_blocks():
        if runs and not doc.text[runs[-1][1] : b.start].strip():
            runs[-1] = (runs[-1][0], b.end)
        else:
            runs.append((b.start, b.end))
    return runs


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _sentence_bounds(text: str, a: int, b: int, quoted: list[_Raw], lex: Lexicon) -> list[tuple[int, int]]:
    """Sentences of one paragraph, never split inside a quote nor after a title ('dr.') or an initial."""
    cuts = [a]
    for m in SENT_END.finditer(text, a, b):
        before = re.search(r"(\w+)$", text[max(a, m.start() - 12) : m.start()])
        word = before.group(1) if before else ""
        if word.lower() in lex.roles and len(word) <= 4 or (len(word) == 1 and word.isupper()):
            continue
        if not any(q.open_at < m.end() - 1 < q.close_at for q in quoted):
            cuts.append(m.end())
    cuts.append(b)
    return [(s, e) for s, e in zip(cuts, cuts[1:], strict=False) if text[s:e].strip()]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


class Quotes(DocStep):
    """Fill ``doc.quotes`` with every statement and its speaker, in text order."""

    name = "quotes"

    def process(self, doc: Document) -> int:
        """Find the article's quotes; return how many statements (scare quotes excluded) it has."""
        lex = lexicon(data_lang(doc.language))
        resolver = Resolver(doc, lex)
        found: list[tuple[int, Quote, str | None]] = []  # position, quote, raw speaker phrase
        for ba, bb in _blocks(doc):
            raws = pair_marks(doc.text, ba, bb)
            inside = [(r.open_at, r.close_at) for r in raws]
            raws += [
                r for r in pair_marks(doc.text, ba, bb, single=True) if not any(a <= r.open_at <= b for a, b in inside)
            ]
            raws.sort(key=lambda r: r.open_at)
            resolver.quoted += [(r.open_at, r.close_at) for r in raws]
            sentences = [
                s for pa, pb in _paragraphs(doc.text, ba, bb) for s in _sentence_bounds(doc.text, pa, pb, raws, lex)
            ]
            for raw in raws:
                found.append(self._direct(doc, raw, sentences, resolver, lex))
            for sa, sb in sentences:
                if not any(sa <= r.open_at < sb and r.close_at - r.open_at > 0.6 * (sb - sa) for r in raws):
                    item = self._indirect(doc, sa, sb, raws, resolver, lex)
                    if item:
                        found.append(item)
        found.sort(key=lambda t: t[0])
        doc.quotes = []
        for _, quote, _ in found:
            resolver.finish(quote)
            doc.quotes.append(quote)
        return sum(1 for q in doc.quotes if q.kind != "scare")

    def _direct(
        self, doc: Document, raw: _Raw, sentences: list[tuple[int, int]], resolver: Resolver, lex: Lexicon
    ) -> tuple[int, Quote, str | None]:
        text = doc.text
        a, b = _trim(text, raw.start, raw.end)
        words = WORD.findall(text[a:b])
        sa, sb = next(((s, e) for s, e in sentences if s <= raw.open_at < e), (raw.open_at, raw.close_at))
        sb = next((e for s, e in sentences if s <= raw.close_at < e), sb)
        after = resolver.after_attribution(raw.close_at + 1, sb, final=text[b - 1 : b] in ".!?")
        before = resolver.before_attribution(sa, raw.open_at)
        quote = Quote(doc.span(a, b), None)
        if after or before:
            spk = after or before
            assert spk is not None
            resolver.attach(quote, spk, raw.open_at)
            if text[a : a + 1].islower() and text[sa : raw.open_at].strip(' ,"“') and len(words) < 6:
                quote.kind = "partial"
            return raw.open_at, quote, None
        clause = resolver.clause_in(sa, raw.open_at)
        full = text[a : a + 1].isupper() and len(words) >= 5
        cues = set(load(data_lang(doc.language), "reporting")["partial_cues"])
        lead = [w.lower() for w in WORD.findall(text[max(sa, raw.open_at - 40) : raw.open_at])][-3:]
        if clause and len(words) <= 3 and not cues & set(lead):
            clause = None  # a term or a title in quote marks, not somebody's words
        if clause and len(words) >= 2:
            resolver.attach(quote, clause, raw.open_at)
            quote.kind = "statement" if full and not text[sa : raw.open_at].strip(' "“') else "partial"
        elif full and not text[sa : raw.open_at].strip() and text[b - 1 : b] in ".!?,…":
            resolver.attach(quote, resolver.continued(raw.open_at), raw.open_at)
        else:
            quote.kind = "scare"
        return raw.open_at, quote, None

    def _indirect(
        self, doc: Document, sa: int, sb: int, raws: list[_Raw], resolver: Resolver, lex: Lexicon
    ) -> tuple[int, Quote, str | None] | None:
        found = resolver.indirect_clause(sa, sb)
        if not found:
            return None
        spk, ca = found
        a, b = _trim(doc.text, ca, sb)
        while b > a and doc.text[b - 1] in ".!?;:":
            b -= 1
        if any(r.open_at < a < r.close_at for r in raws) or len(WORD.findall(doc.text[a:b])) < 4:
            return None
        if any(r.open_at <= a + 1 and r.close_at >= b - 2 for r in raws):
            return None  # the clause is a direct quote
        quote = Quote(doc.span(a, b), None, direct=False)
        resolver.attach(quote, spk, sa)
        return sa, quote, None


__all__ = ["Quotes", "load", "pair_marks"]
