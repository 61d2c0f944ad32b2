"""Mentions of one article: tag sentences, add known names, attach roles, link metonyms, canonicalise.

The canonical name of a person is the fullest name of that person seen in the article ("Rutte" ->
"Mark Rutte"); a short name shared by several full names ("Kim") goes to the nearest one before it
(else after it). Countries, organisations and their abbreviations go to the alias data's name.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from silang import lang
from silang.lang import data_lang
from silang.model import Document, Mention
from silang.ner import clusters, names, shapes
from silang.ner.features import gazetteer
from silang.ner.tagger import Tagger, Token, bio_spans
from silang.normalize.glue import split_glued, standalone_words

_SENT_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_VERB = re.compile(r"^(?:me|ber|di)[a-z]{3,}$")
_CLOSERS = frozenset('.!?"”’:;)')
_ROLE_JOINERS = frozenset({"di"})
_ORDINAL = re.compile(r"^ke-?\d+$")  # "Presiden ke-7 RI"
_URLISH = re.compile(r"\.[a-z]{2,}|https?|www", re.IGNORECASE)


@dataclass(slots=True)
class _Found:
    first: int
    last: int
    type: str
    sent: list[Token]
    code: str = "id"


def sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: the segment step's, or a simple split of the body blocks."""
    if doc.sentences:
        return [(s.start, s.end) for s in doc.sentences]
    out = []
    for block in doc.body_blocks():
        for para in re.finditer(r"[^\n]+", doc.text[block.start : block.end]):
            base = block.start + para.start()
            cut = 0
            for m in _SENT_END.finditer(para.group()):
                out.append((base + cut, base + m.start()))
                cut = m.end()
            out.append((base + cut, base + len(para.group())))
    return [(a, b) for a, b in out if doc.text[a:b].strip()]


def _known_spans(tokens: list[Token], code: str) -> list[tuple[int, int, str]]:
    """Token ranges of names from the alias data written exactly as listed (case-sensitive)."""
    surface = names.surface_names(code)
    words = [t.text for t in tokens]
    out = []
    i = 0
    while i < len(words):
        hit = 0
        for k in range(min(8, len(words) - i), 0, -1):
            if " ".join(words[i : i + k]) in surface:
                hit = k
                break
        if hit:
            known = surface[" ".join(words[i : i + hit])]
            out.append((i, i + hit, known.type))
        i += hit or 1
    return out


def tag_document(doc: Document, tagger: Tagger) -> list[_Found]:
    """Tagged entity ranges of every sentence, with known names the model missed added.

    A second, document-level pass tags a name again where it recurs untagged (:func:`_propagate`).
    """
    code = data_lang(doc.language)
    tagger = tagger.for_document(doc)  # the English rule tagger for English articles
    per_sent: list[list[_Found]] = []
    sents: list[list[Token] | None] = []
    written = standalone_words(doc.text)
    for start, end in sentence_ranges(doc):
        toks = split_glued(tagger.tokenize(doc.text[start:end], start), written, code)
        known = _known_spans(toks, code)
        # headline-case lines (related-article links, titles) fool the model: keep only known names
        headline = _headline(toks)
        spans = (
            [] if headline else _split_known(toks, bio_spans(tagger.tag_tokens([t.text for t in toks])), known, code)
        )
        for a, b, kind in known:
            inside = [s for s in spans if s[1] >= a and s[2] <= b]
            if any(s[1] < b and a < s[2] for s in spans if s not in inside):
                continue
            spans = [s for s in spans if s not in inside] + [("LOC" if kind == "GPE" else kind, a, b)]
        begins = {s[1] for s in spans}
        here: list[_Found] = []
        for kind, a, b in sorted(spans, key=lambda s: s[1]):
            a = _trim(toks, a, b, kind, code)
            b = _trim_end(toks, a, b, kind)
            if kind == "PER" and b < len(toks) and b not in begins and _name_part(toks[b].text, code):
                b += 1  # "Kim Jong Un": the model often drops a short last part
            if a < b and _plausible(toks[a:b]):
                here.append(_Found(a, b, kind, toks, code))
        per_sent.append(here)
        sents.append(None if headline else toks)
    _propagate(per_sent, sents, code)
    return [f for here in per_sent for f in here]


def _propagate(per_sent: list[list[_Found]], sents: list[list[Token] | None], code: str) -> int:
    """Tag a capitalised name where it recurs untagged in the article ("Klopp" tagged PER once is PER
    where the model missed it), with its most frequent type; a name typed two ways equally is left.

    Only whole capitalised runs match (no part of a longer name), never in headline lines; returns
    how many mentions were added.
    """
    kinds: dict[tuple[str, ...], dict[str, int]] = {}
    for here in per_sent:
        for f in here:
            key = tuple(t.text for t in f.sent[f.first : f.last])
            if len(key) <= 4 and all(w[:1].isupper() for w in key) and (len(key) > 1 or _name_part(key[0], code)):
                counts = kinds.setdefault(key, {})
                counts[f.type] = counts.get(f.type, 0) + 1
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, counts in kinds.items():
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            by_first.setdefault(key[0], []).append((key, ranked[0][0]))
    added = 0
    for here, toks in zip(per_sent, sents, strict=True):
        if toks is None:
            continue
        words = [t.text for t in toks]
        taken = {i for f in here for i in range(f.first, f.last)}
        for i, word in enumerate(words):
            for key, kind in sorted(by_first.get(word, ()), key=lambda kk: -len(kk[0])):
                j = i + len(key)
                if tuple(words[i:j]) != key or taken.intersection(range(i, j)):
                    continue
                if (i > 0 and words[i - 1][:1].isupper()) or (j < len(words) and words[j][:1].isupper()):
                    continue
                if i > 1 and words[i - 1] == "(" and words[i - 2][:1].isupper():
                    continue  # "PT Telkom Indonesia (Persero)": part of the name before it
                if len(key) == 1 and len(word) <= 3 and j < len(words) and words[j] == ".":
                    continue  # "St.", an abbreviation
                here.append(_Found(i, j, kind, toks, code))
                taken.update(range(i, j))
                added += 1
                break
        here.sort(key=lambda f: f.first)
    return added


def _headline(toks: list[Token]) -> bool:
    """A line with no closing punctuation and mostly capitalised words, as a headline is written."""
    if not toks or toks[-1].text in _CLOSERS:
        return False
    words = [t.text for t in toks if t.text[:1].isalpha()]
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _split_known(
    toks: list[Token], spans: list[tuple[str, int, int]], known: list[tuple[int, int, str]], code: str
) -> list[tuple[str, int, int]]:
    """Split "Korea Utara Choe Son Hui": a known name at the front of a longer span stands alone.

    The rest is kept when capitalised, as a person when a title comes before the span.
    """
    starts = {a: b for a, b, kind in known if kind == "GPE"}
    out = []
    for kind, a, b in spans:
        kb = starts.get(a)
        if kb is None or kb >= b:
            out.append((kind, a, b))
            continue
        if toks[kb].text[:1].isupper():
            before = toks[a - 1].text.lower() if a > 0 else ""
            out.append(("PER" if before in names.title_words(code) else kind, kb, b))
    return out


@cache
def _calendar_words() -> frozenset[str]:
    dates = lang.load("id", "dates")
    return frozenset([*dates["months"], *dates["weekdays"]])


def _trim(toks: list[Token], a: int, b: int, kind: str, code: str) -> int:
    """Drop leading lower-case words, and titles or honorifics in front of a person's name, with
    whatever the title carries before it ("Sumut Irjen Wishnu Hermawan" -> "Wishnu Hermawan")."""
    skip = names.title_words(code) | names.honorifics(code)
    while a < b - 1 and (toks[a].text[:1].islower() or (kind == "PER" and toks[a].text.lower().rstrip(".") in skip)):
        a += 1
    if kind == "PER":
        last = max((i for i in range(a, b - 1) if toks[i].text.lower().rstrip(".") in skip), default=None)
        if last is not None:
            a = last + 1
    return a


def _trim_end(toks: list[Token], a: int, b: int, kind: str) -> int:
    """Drop trailing lower-case words from a person's or place's name ("Harun Masiku standby"); a body's
    name may end so ("DPLK bank bjb")."""
    while kind in ("PER", "LOC") and b - 1 > a and toks[b - 1].text[:1].islower() and toks[b - 1].text.isalpha():
        b -= 1
    return b


def _name_part(word: str, code: str) -> bool:
    """A capitalised word that is no month, weekday, title or known name: part of a person's name."""
    low = word.lower()
    if not (word[:1].isupper() and word.isalpha()) or (word.isupper() and len(word) > 2):
        return False
    if low in _calendar_words() or low in names.title_words(code) or word in names.surface_aliases(code):
        return False
    # a word usually written in lower case inside sentences ("Buka") is no name part
    cl = clusters.load().get(low)
    return not cl or len(cl) < 4 or cl[3] != "0"


def _plausible(toks: list[Token]) -> bool:
    """A name has a capitalised word and balanced brackets, and is no bare month, weekday or web address."""
    if not any(t.text[:1].isupper() for t in toks) or any(_URLISH.search(t.text) for t in toks):
        return False
    if sum(t.text == "(" for t in toks) != sum(t.text == ")" for t in toks):
        return False  # "Persero) Tbk": a piece of a longer name cut at a bracket
    return not (len(toks) == 1 and toks[0].text.lower() in _calendar_words())


def _role(f: _Found, taken: set[int]) -> str | None:
    """The title written right before the name ("Menhan Korsel Kim") or in apposition after it."""
    toks, tw = f.sent, names.title_words(f.code)

    def fits(t: Token) -> bool:
        return t.text[:1].isupper() or t.text.lower() in tw or t.text in _ROLE_JOINERS or bool(_ORDINAL.match(t.text))

    words: list[str] = []
    j = f.first - 1
    apposed = j >= 0 and toks[j].text == ","
    if apposed:
        j -= 1
    while j >= 0 and len(words) < 10 and fits(toks[j]) and j not in taken:
        words.insert(0, toks[j].text)
        j -= 1
    if words and not apposed and _possessed(words, f.code):
        words = []  # "menteri di Kabinet Jokowi": the cabinet is Jokowi's, the office someone else's
    if apposed and words and words[0][:1].islower() and _after_preposition(toks, j, f.code):
        words = []  # "Di hadapan majelis hakim, Cecep": the end of a phrase, not an office set before a name
    role = names.expand_role(words, f.code) if words else None
    if role:
        return role
    if f.last < len(toks) - 1 and toks[f.last].text == ",":
        taken_ids = {id(toks[i]) for i in taken}
        after: list[str] = []
        for t in toks[f.last + 1 :]:
            if not fits(t) or len(after) >= 10 or id(t) in taken_ids:
                break
            after.append(t.text)
        while after and after[-1] in _ROLE_JOINERS:
            after.pop()
        role = names.expand_role(after, f.code) if after else None
        if role and after[0].lower() in tw:
            return role
    return None


def _after_preposition(toks: list[Token], j: int, code: str) -> bool:
    """Whether ``toks[j]`` or the word before it is a preposition ("di hadapan majelis hakim")."""
    preps = names.phrase_prepositions(code)
    return any(t.text.lower() in preps for t in toks[max(0, j - 1) : j + 1])


def _possessed(words: list[str], code: str) -> bool:
    """Whether role words end in a word naming something of the person after them ("menteri di Kabinet"
    before "Jokowi") that is no part of a title ("Sekretaris Kabinet")."""
    low = [w.lower() for w in words]
    if low[-1] not in names.possessed(code):
        return False
    table = names.titles(code)[0]
    return not any(tuple(low[i:]) in table for i in range(len(low)))


def _acting(f: _Found) -> bool:
    """Whether a capital or building is the subject of a speech or action verb (or "pasukan X")."""
    words = names.metonymy_words(f.code)
    prev = f.sent[f.first - 1].text.lower() if f.first > 0 else ""
    nxt = f.sent[f.last].text if f.last < len(f.sent) else ""
    if prev in words["places"]:
        return False
    return prev in words["owners"] or nxt.lower() in words["verbs"] or bool(_VERB.match(nxt))


def make_mentions(doc: Document, found: list[_Found]) -> list[Mention]:
    """Mentions with offsets into ``doc.text``, types PER/ORG/GPE/LOC, roles and canonical names."""
    code = data_lang(doc.language)
    meto, gaz = names.metonyms(code), gazetteer()
    out: list[Mention] = []
    for f in found:
        start, end = f.sent[f.first].start, f.sent[f.last - 1].end
        text = doc.text[start:end]
        m = Mention(start, end, text, f.type)
        key = names.name_key(text)
        if (actor := names.known(text, code)) is not None:
            m.entity, m.type = actor.name, actor.type
        elif key in meto and _acting(f):
            m.entity, m.type = meto[key].name, meto[key].type
        elif f.type == "LOC" and gaz.get(key) == "GPE":
            m.type = "GPE"
        if f.type == "PER":
            taken = {
                i for g in found if g.sent is f.sent and g is not f and g.type == "PER" for i in range(g.first, g.last)
            }
            m.role = _role(f, taken)
        out.append(m)
    out = shapes.reshape(doc.text, out, code, sentence_ranges(doc))
    _pair_acronyms(doc, out)
    _person_parts(out)
    _canonical_persons(out)
    for m in out:
        m.entity = m.entity or " ".join(m.text.split())
    return out


def _pair_acronyms(doc: Document, mentions: list[Mention]) -> None:
    """ "Long Name (ABBR)": both name the same actor, the alias data's name or else the long form."""
    paired: dict[str, Mention] = {}
    for a, b in itertools.pairwise(mentions):
        if a.type == "PER" or doc.text[a.end : b.start].strip() != "(" or doc.text[b.end : b.end + 1] != ")":
            continue
        if not (b.text.isupper() or _abbreviates(b.text, a.text)):
            continue
        name = b.entity or a.entity or " ".join(a.text.split())
        a.entity = b.entity = name
        a.type = b.type = b.type if b.entity else a.type
        paired[names.name_key(b.text)] = b
    for m in mentions:  # the short form used again later in the article
        short = paired.get(names.name_key(m.text))
        if short is not None and m.entity is None:
            m.entity, m.type = short.entity, short.type
    taken = [(m.start, m.end) for m in mentions]
    for short in paired.values():
        for start, end in sentence_ranges(doc):
            for hit in re.finditer(rf"(?<!\w){re.escape(short.text)}(?!\w)", doc.text[start:end]):
                lo, hi = start + hit.start(), start + hit.end()
                if not any(x < hi and lo < y for x, y in taken):
                    mentions.append(Mention(lo, hi, short.text, short.type, short.entity))
                    taken.append((lo, hi))
    mentions.sort(key=lambda m: m.start)


def _abbreviates(short: str, long: str) -> bool:
    """Whether one word shortens a longer name: its letters appear in order, starting with a word's
    first letter ("Antam" for "Aneka Tambang", "Projo" for "Pro-Jokowi")."""
    short_l, words = short.lower(), names.name_words(long)
    if " " in short.strip() or len(words) < 2 or not any(w.startswith(short_l[:1]) for w in words):
        return False
    rest = iter(" ".join(words))
    return all(ch in rest for ch in short_l)


def _person_parts(mentions: list[Mention]) -> None:
    """A lone word the model typed as a place or body is a person when it is part of a person's full name
    in the article ("Taeil" with "Moon Taeil"), unless the alias data knows it."""
    parts = {
        w for m in mentions if m.type == "PER" for w in names.name_words(m.text) if len(names.name_words(m.text)) > 1
    }
    for m in mentions:
        lone = m.type != "PER" and m.entity is None and len(names.name_words(m.text)) == 1
        if lone and names.name_key(m.text) in parts and not m.text.isupper():
            m.type = "PER"


def _canonical_persons(mentions: list[Mention]) -> None:
    """Point each person mention at the fullest compatible name in the article."""
    people = [m for m in mentions if m.type == "PER"]
    full = {names.name_key(m.text): " ".join(m.text.split()) for m in people}
    words = {k: tuple(k.split()) for k in full}

    def contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
        n = len(small)
        return len(big) > n and any(big[i : i + n] == small for i in range(len(big) - n + 1))

    maximal = {k for k in full if not any(contains(words[o], words[k]) for o in full)}
    for m in people:
        if m.entity:  # named by the alias data ("Jokowi" -> "Joko Widodo")
            continue
        key = names.name_key(m.text)
        cands = [k for k in maximal if k == key or contains(words[k], words[key])]
        if len(cands) == 1:
            m.entity = full[cands[0]]
        elif cands:
            m.entity = full[_nearest(m, people, set(cands))]
        else:
            m.entity = full[key]


def _nearest(m: Mention, people: list[Mention], keys: set[str]) -> str:
    """The key among ``keys`` whose mention is nearest before ``m`` (else nearest after it)."""
    before = [p for p in people if p.end <= m.start and names.name_key(p.text) in keys]
    if before:
        return names.name_key(max(before, key=lambda p: p.end).text)
    after = [p for p in people if p.start >= m.end and names.name_key(p.text) in keys]
    return names.name_key(min(after, key=lambda p: p.start).text)
