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
from functools import lru_cache
from itertools import pairwise

from silang.lang import data_lang, load
from silang.model import Document, Quote
from silang.pipeline.base import DocStep
from silang.pipeline.speaker_lexicon import Lexicon, lexicon, tokens
from silang.pipeline.speakers import Resolver, Spk

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


DOUBLE_OR_LINE = re.compile('[\n"“”«»„]')  # the characters pair_marks acts on
SINGLE_OR_LINE = re.compile("[\n'‘’]")


def pair_marks(text: str, start: int, end: int, single: bool = False) -> list[_Raw]:
    """Pair the quote marks of ``text[start:end]`` (double marks, or single ones) into quotes."""
    marks = "'‘’" if single else '"“”«»„'
    out: list[_Raw] = []
    open_at: int | None = None
    for hit in (SINGLE_OR_LINE if single else DOUBLE_OR_LINE).finditer(text, start, end):
        i = hit.start()
        ch = text[i]
        if ch == "\n" and open_at is not None and not _continues(text, i + 1, end, marks):
            open_at = None
        if ch not in marks:
            continue
        if single and ch != "‘" and text[i - 1 : i].isalnum() and text[i + 1 : i + 2].isalnum():
            continue  # an apostrophe inside a word
        opener, closer = _can_open(text, i), _can_close(text, i)
        if open_at is None:
            if (opener and ch not in CLOSE_D + CLOSE_S) or (opener and not closer):
                open_at = i
            elif closer and out and _stray_close(text, out[-1], i):
                out[-1] = _Raw(out[-1].start, i, out[-1].open_at, i)
        elif closer and (ch not in OPEN_D + OPEN_S or not opener):
            if i - open_at > 1:
                out.append(_Raw(open_at + 1, i, open_at, i))
            open_at = None
        elif opener and "\n" not in text[open_at:i]:
            open_at = i  # two openers in one paragraph: the first was stray
    return out


def _stray_close(text: str, last: _Raw, i: int) -> bool:
    """'"A. B." C," kata X': a mark closing a sentence-final quote was stray; the statement runs on to ``i``."""
    between = text[last.close_at + 1 : i]
    return text[last.end - 1 : last.end] in ".!?" and "\n" not in between and not set(between) & set("\"“”«»„'‘’")


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
        if (word.lower() in lex.roles and len(word) <= 4) or (len(word) == 1 and word.isupper()):
            continue
        if not any(q.open_at < m.end() - 1 < q.close_at for q in quoted):
            cuts.append(m.end())
    cuts.append(b)
    return [(s, e) for s, e in pairwise(cuts) if text[s:e].strip()]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# --- reporting clauses around and inside sentences ---------------------------------------
def after_attribution(res: Resolver, pos: int, end: int, final: bool = False) -> Spk | None:
    """The speaker of '"…," kata X' / '"…," X menambahkan' starting at ``pos``."""
    seg = res.text[pos : max(end, pos)]
    m = res.lex.post.match(seg)
    if m and final and m.group("v")[:1].isupper():
        return None
    if m:
        verb = m.group("v").lower()
        if verb in res.lex.clitics or (" " in verb and {verb.split()[0], verb.split()[-1]} & res.lex.pronouns):
            return Spk("pronoun", pos + m.start("v"), pos + m.end("v"), verb)
        spk = res.phrase(pos + m.end(), min(end, pos + 200), after=True)
        if spk:
            spk.verb = verb
        return spk
    if not final:
        bare = re.match(r"^\s*,?\s*((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)\s*,", seg)
        if bare and all(res.namey(w) for w in bare.group(1).split()):
            return Spk("name", pos + bare.start(1), pos + bare.end(1))
    m2 = re.match(r"^\s*[,.]?[\"”’]?\s*", seg)
    head = pos + (m2.end() if m2 else 0)
    v = res.lex.pre.search(res.text, head, min(end, head + 80))
    apposed = res.lex.apposed and res.text[head : v.start()].rstrip().endswith(",") if v else False
    if v and v.start() > head and ("," not in res.text[head : v.start()] or apposed):
        return res.subject(head, v.start(), max_tokens=res.lex.subject_after)
    return None


def before_attribution(res: Resolver, start: int, open_at: int) -> Spk | None:
    """The speaker of 'X mengatakan, "…"' / 'menurut X, "…"' / 'kata X: "…"' ending at ``open_at``."""
    seg = res.text[start:open_at]
    m = re.search(rf"\b(?:{res.lex.according})(?P<nya>nya)?\b(?P<x>[^,:]*)[,:]?\s*$", seg, re.IGNORECASE)
    if m:
        if m.group("nya"):
            return Spk("pronoun", start + m.start(), start + m.end("nya"))
        return res.phrase(start + m.start("x"), start + m.end("x"), after=True)
    tail = re.search(rf"(?:\s+(?:{res.lex.conn}))?\s*[,:]?\s*$", seg)
    cut = start + (tail.start() if tail else len(seg))
    verbs = list(res.lex.any_verb.finditer(res.text, start, cut))
    if not verbs or verbs[-1].end() != cut:
        return None
    v = verbs[-1]
    if v.group("v").lower() in {"kata", "ujar", "ucap", "tutur"} or not v.group()[0].islower():
        return None
    return res.subject(start, v.start())


def clause_in(res: Resolver, start: int, end: int) -> Spk | None:
    """The speaker of a reporting clause inside ``text[start:end]`` (for a partial quote)."""
    for v in res.lex.pre.finditer(res.text, start, end):
        spk = res.subject(start, v.start()) if v.group()[0].islower() else None
        if spk:
            return spk
    return None


@lru_cache(maxsize=8)
def _according_clause(according: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^\s*|,\s*)(?:{according})(?P<nya>nya)?\b(?P<x>[^,]{{0,160}}),", re.IGNORECASE)


def indirect_clause(res: Resolver, start: int, end: int) -> tuple[Spk, int] | None:
    """A sentence 'X menyatakan bahwa …' / 'menurut X, …': the speaker and where the clause starts."""
    sent = res.text[start:end]
    m = _according_clause(res.lex.according).search(sent)
    if m:
        if m.group("nya"):
            return Spk("pronoun", start + m.start(), start + m.end("nya")), start + m.end()
        return _according(res, start + m.start("x"), start + m.end("x"), end)
    m = res.lex.inserted.match(sent)
    if m:
        if m.group("nya"):
            return Spk("pronoun", start + m.start("nya"), start + m.end("nya")), start
        spk = res.phrase(start + m.start("x"), start + m.end("x"), after=True)
        return (spk, start) if spk else None
    m = res.lex.fronted.match(sent)
    if m:
        return _fronted(res, start + m.end(), end)
    for v in res.lex.pre.finditer(res.text, start, end):
        if not v.group()[0].islower():
            continue
        clause = _clause_start(res, v.group("v").lower(), v.end(), end)
        if clause is None:
            continue
        spk = res.subject(start, v.start())
        return (spk, clause) if spk else None
    return None


def _according(res: Resolver, xa: int, xb: int, end: int) -> tuple[Spk, int] | None:
    """'menurut X, …' / 'according to the Ministry of Energy and Mineral Resources, …' with X at ``xa:xb``."""
    text = res.text
    xa += len(text[xa:xb]) - len(text[xa:xb].lstrip())
    det = re.match(r"(\w+)\s+", text[xa:xb])
    named = xa + det.end() if det and det.group(1).lower() in res.lex.determiners else xa
    listed = coordinated_name(res, xb, end)
    if listed and text[named : named + 1].isupper():
        return Spk("name", named, listed[0]), listed[1]
    clause = xb + 1 + len(text[xb + 1 :]) - len(text[xb + 1 :].lstrip())
    glue = "|".join(re.escape(w) for w in res.lex.role_connectors)
    if named > xa and re.fullmatch(rf"[A-Z][\w’'-]*(?:\s+(?:(?:{glue})\s+)?[A-Z][\w’'-]*)*\s*", text[named:xb]):
        return Spk("name", named, named + len(text[named:xb].rstrip())), clause  # 'the Ministry of Energy'
    spk = res.phrase(xa, xb, after=True)
    if spk and spk.kind != "pronoun":
        spk = res.pick(tokens(text, xa, xb), last=True)
    if spk and spk.kind != "pronoun" and (apposed := apposed_name(res, xb, end)):
        return apposed  # 'menurut Dokter Spesialis Kulit dan Kelamin, dr. Dikky Prawiratama, M.Sc, kulit …'
    if spk and (text[named : named + 1].isupper() or spk.kind == "pronoun" or named > xa):
        return spk, clause
    return None


def apposed_name(res: Resolver, pos: int, end: int) -> tuple[Spk, int] | None:
    """A person's name set off by commas right after a role or body at ``pos`` ('…, Iksan Rosan, …'),
    degrees after it skipped ('dr. Dikky Prawiratama, M.Sc, Sp.DVE,'): the name and where the clause starts."""
    chunks = [(pos + m.start(1), pos + m.end(1)) for m in re.finditer(r",([^,]{1,60})(?=,)", res.text[pos:end])]
    if not chunks or chunks[0][0] != pos + 1:
        return None
    toks = tokens(res.text, *chunks[0])
    if not toks or len(toks) > 6 or not all(res.namey(t[2]) or t[2].lower() in res.lex.roles for t in toks):
        return None
    spk = res.pick(toks, last=True)
    if not spk or spk.kind != "name":
        return None
    comma = chunks[0][1]
    for a, b in chunks[1:]:
        if a != comma + 1 or not all(res.lex.degree.match(t[2]) or t[2] in "()" for t in tokens(res.text, a, b)):
            break
        comma = b
    return spk, comma + 1


def coordinated_name(res: Resolver, pos: int, end: int) -> tuple[int, int] | None:
    """A name listing parts with commas, from the first comma at ``pos``: 'Badan Meteorologi[, Klimatologi,
    dan Geofisika (BMKG)],'. Returns where the name ends and where the clause after it starts."""
    cap = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    m = re.match(
        rf"(?:,\s*{cap})*,?\s+(?:{res.lex.name_and})\s+{cap}(?:\s*\([A-Z][\w.]*\))?(?=\s*,)", res.text[pos:end]
    )
    if not m or not res.text[pos - 1 : pos].isalnum():
        return None
    comma = res.text.index(",", pos + m.end())
    return pos + m.end(), comma + 1


def _fronted(res: Resolver, pos: int, end: int) -> tuple[Spk, int] | None:
    """'Dijelaskan Ketua Umum Gaikindo, Yohannes Nangoi, lokasi …': the speaker and the clause start."""
    chunks = []
    for m in re.finditer(r"[^,]+,", res.text[pos:end]):
        chunks.append((pos + m.start(), pos + m.end() - 1))
        if len(chunks) == 2:
            break
    if not chunks:
        return None
    first = tokens(res.text, *chunks[0])
    spk = res.pick(first, last=True)
    pure = all(res.namey(t[2]) and t[2].lower() not in res.lex.institutions for t in first)  # a name, no office
    clause = chunks[0][1] + 1
    if len(chunks) == 2:
        second = tokens(res.text, *chunks[1])
        roleish = any(t[2].lower() in res.lex.roles for t in second)
        if len(second) <= 6 and (roleish or all(res.namey(t[2]) for t in second)):
            clause = chunks[1][1] + 1
            alt = res.pick(second, last=True)
            leading_role = res.text[chunks[0][0] : chunks[0][1]].split()[0].lower() in res.lex.roles
            if alt and alt.kind == "name" and (not spk or spk.kind != "name" or leading_role or not pure):
                spk = alt
    return (spk, clause) if spk else None


def _is_clause(res: Resolver, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` opens with a clause: a predicate within its first words."""
    words = [t[2].lower() for t in tokens(res.text, pos, end)[:6]]
    if not words or words[0] in res.lex.markers | {"diri", "dirinya"} or "sebagai" in words:
        return False  # no subject, a reflexive object, or naming ('menyebut X sebagai Y')
    for i, w in enumerate(words[1:], 1):
        if words[i - 1] == "yang" or w in ",;:":
            continue
        if w in res.lex.markers or (w.startswith(res.lex.prefixes) and len(w) > 5 and w != "dengan"):
            return True
    return False


def _clause_start(res: Resolver, verb: str, pos: int, end: int) -> int | None:
    m = re.match(rf"\s*[,:]\s*(?:(?:{res.lex.conn})\b\s*)?", res.text[pos:end])
    if m:
        return pos + m.end()
    m = re.match(rf"((?:\s+[\w-]+){{0,4}}?)\s+(?:{res.lex.conn})\b\s*", res.text[pos:end])
    if m:
        mid = m.group(1).split()
        if not mid or mid[0].lower() in res.lex.preps | res.lex.adverbs:
            return pos + m.end()
    if verb in res.lex.bare:
        m = re.match(r"\s+(?=[\w\"“])", res.text[pos:end])
        if m and (verb == "mengatakan" or _is_clause(res, pos + m.end(), end)):
            return pos + m.end()
    return None
    return None


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
            for k, raw in enumerate(raws):
                nxt = raws[k + 1] if k + 1 < len(raws) else None
                found.append(self._direct(doc, raw, nxt, sentences, resolver))
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
        self, doc: Document, raw: _Raw, nxt: _Raw | None, sentences: list[tuple[int, int]], resolver: Resolver
    ) -> tuple[int, Quote, str | None]:
        text = doc.text
        a, b = _trim(text, raw.start, raw.end)
        words = WORD.findall(text[a:b])
        sa, sb = next(((s, e) for s, e in sentences if s <= raw.open_at < e), (raw.open_at, raw.close_at))
        sb = next((e for s, e in sentences if s <= raw.close_at < e), sb)
        after = after_attribution(resolver, raw.close_at + 1, sb, final=text[b - 1 : b] in ".!?")
        if not after and nxt and not text[raw.close_at + 1 : nxt.open_at].strip():
            # '"A." "B," kata X': two quotes in a row are one speaker's
            nb = next((e for s, e in sentences if s <= nxt.close_at < e), nxt.close_at + 1)
            after = after_attribution(resolver, nxt.close_at + 1, nb, final=text[nxt.end - 1 : nxt.end] in ".!?")
        before = before_attribution(resolver, sa, raw.open_at)
        quote = Quote(doc.span(a, b), None)
        if after or before:
            spk = after or before
            assert spk is not None
            resolver.attach(quote, spk, raw.open_at)
            if text[a : a + 1].islower() and text[sa : raw.open_at].strip(' ,"“') and len(words) < 6:
                quote.kind = "partial"
            return raw.open_at, quote, None
        clause = clause_in(resolver, sa, raw.open_at)
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
        found = indirect_clause(resolver, sa, sb)
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
