"""Who a speaker pronoun or description stands for ('kata dia', 'ujarnya', 'sang penyanyi').

Indonesian news names its person first and then says 'ia', 'dia', '-nya' or 'sang penyanyi'. The
antecedent is the latest person before the pronoun who is the subject of a sentence: the name opens
the sentence (after a dateline, titles or a connective: 'JAKARTA - Titi DJ membocorkan …',
'Penyanyi Anggun …') or a predicate follows it ('Iwan mengaku …'). People are the entity mentions of
type PER and their names where scraping glued them to the next word ('Titi DJmembocorkan'), then
capitalised names the tagger missed: right after a title ('Komisaris Polisi Vernal Armando') or
opening a sentence. With no subject, the latest person in the two sentences before the pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from silang.lang import data_lang
from silang.pipeline.speaker_lexicon import tokens
from silang.pipeline.speaker_names import COMMON, common_words, full_name, unglue

if TYPE_CHECKING:
    from silang.pipeline.speakers import Resolver, Spk

SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+|\n|[.!?][\"”’](?=\S)")
NEAR = 400  # characters before the pronoun where a person who is not a subject may still be meant


@dataclass(frozen=True, slots=True)
class Person:
    """One written occurrence of a person before the pronoun."""

    start: int
    end: int
    name: str
    subject: bool
    written: str = ""


def antecedent(res: Resolver, pos: int) -> tuple[str, Spk] | None:
    """The person a pronoun at ``pos`` stands for, with its occurrence, when the article shows one."""
    from silang.pipeline.speakers import Spk

    named = _disambiguate(sorted(_people(res, pos), key=lambda p: p.start))
    things = [  # bodies and places the tagger found, unless the span holds a title ('… Komisaris Polisi X')
        (m.start, m.end)
        for m in res.doc.mentions
        if m.type != "PER" and not any(w[2].lower() in res.lex.roles for w in tokens(res.text, m.start, m.end))
    ]
    titled = _titled(res, pos, [(p.start, p.end) for p in named] + things)
    best = _subject_of(named) or _near(res, named, pos) or _subject_of(titled) or _near(res, titled, pos)
    if best is None:
        return None
    return res.aliases.get(best.name, best.name), Spk("name", best.start, best.end)


def _subject_of(people: list[Person]) -> Person | None:
    return next((p for p in reversed(people) if p.subject), None)


def _near(res: Resolver, people: list[Person], pos: int) -> Person | None:
    near = [p for p in people if pos - p.end <= NEAR and _sentences_between(res.text, p.end, pos) <= 2]
    return near[-1] if near else None


def _disambiguate(people: list[Person]) -> list[Person]:
    """A lone name shared by two full names ('Iwan') is the one of them last written as a subject."""
    out: list[Person] = []
    for p in people:
        word = p.written if " " not in p.written else ""
        fits = {q.name for q in out if word and word in q.name.split() and " " in q.name}
        if len(fits) > 1:
            last = next((q.name for q in reversed(out) if q.subject and q.name in fits), None)
            if last and last != p.name:
                p = Person(p.start, p.end, last, p.subject, p.written)
        out.append(p)
    return out


def _sentences_between(text: str, a: int, b: int) -> int:
    return len(SENTENCE_BREAK.findall(text, a, b))


def _people(res: Resolver, pos: int) -> list[Person]:
    text = res.text
    out: list[Person] = []
    taken: list[tuple[int, int]] = []
    entity_of: dict[str, str] = {}
    for m in res.doc.mentions:
        if m.type != "PER" or m.start >= pos:
            if m.type == "PER":
                entity_of.setdefault(m.text, m.entity or m.text)
            continue
        entity_of.setdefault(m.text, m.entity or m.text)
        taken.append((m.start, m.end))
        if not _quoted(res, m.start):
            name = res.clean_name(m.entity or m.text, m.start)
            out.append(Person(m.start, m.end, name, _subject(res, m.start, m.end), m.text))
    for written, entity in entity_of.items():
        if len(written) < 3:
            continue
        for hit in re.finditer(re.escape(written), text[:pos]):
            a, b = hit.start(), hit.end()
            if any(x < b and a < y for x, y in taken) or _quoted(res, a) or not _bounded(res, a, b):
                continue
            taken.append((a, b))
            out.append(Person(a, b, res.clean_name(entity, a), _subject(res, a, b), written))
    return out


def _titled(res: Resolver, pos: int, taken: list[tuple[int, int]]) -> list[Person]:
    """Capitalised names after a title word ('Komisaris Polisi Vernal Armando') or of two words or more
    opening a sentence ('JAKARTA - Titi Kamal membocorkan …'): people the tagger did not find."""
    toks = tokens(res.text, max(0, pos - 2 * NEAR), pos)
    out = []
    k = 0
    while k < len(toks):
        if not res.namey(toks[k][2]):
            k += 1
            continue
        j = k + 1
        while j < len(toks) and res.namey(toks[j][2]) and toks[j][0] - toks[j - 1][1] == 1:
            j += 1
        a, b = toks[k][0], toks[j - 1][1]
        titled = k > 0 and toks[k - 1][2].lower() in res.lex.roles and not res.text[toks[k - 1][1] : a].strip()
        subject = _subject(res, a, b)
        free = not _quoted(res, a) and not any(x < b and a < y for x, y in taken)
        if free and b - a > 1 and (titled or (j - k > 1 and _predicate(res, b))):
            name = " ".join(unglue(res, w) for w in res.text[a:b].split())
            out.append(Person(a, b, full_name(res, name, a), subject))
        k = j
    return out


def _quoted(res: Resolver, at: int) -> bool:
    return any(a < at < b for a, b in res.quoted)


def _bounded(res: Resolver, a: int, b: int) -> bool:
    """A name found as a string is a word of its own, or glued to a common word by lost markup."""
    text = res.text
    if a > 0 and text[a - 1].isalpha() and not text[a - 1].islower():
        return False
    if a > 0 and text[a - 1].islower() and not text[a : a + 1].isupper():
        return False
    if b >= len(text) or not text[b].isalnum():
        return True
    tail = re.match(r"[a-z]+", text[b : b + 30])
    if not tail:
        return False
    return tail.group() in _common(data_lang(res.doc.language)) or tail.group().startswith(res.lex.prefixes)


@cache
def _common(lang: str) -> frozenset[str]:
    return frozenset(w for w, n in common_words(lang).items() if n >= COMMON)


def _subject(res: Resolver, a: int, b: int) -> bool:
    """Whether the name at ``a:b`` opens its sentence or is followed by a predicate."""
    text, lex = res.text, res.lex
    start = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, a)), default=0)
    allowed = lex.roles | lex.places | lex.not_names | lex.adverbs
    lead = [t[2] for t in tokens(text, start, a) if t[2] not in ",;:-"]
    return all(w.lower() in allowed or w.isupper() or "." in w for w in lead) or _predicate(res, b)


def _predicate(res: Resolver, b: int) -> bool:
    """Whether a predicate follows the name ending at ``b`` ('Iwan mengaku', 'Ersya, pemeran utama, menceritakan')."""
    lex = res.lex
    nxt = re.match(r"\s*(,\s*(?:[^,.\n]{1,60},\s*)?)?([a-z]+)", res.text[b : b + 100])
    if not nxt:
        return False
    w = nxt.group(2)
    verb = bool(lex.pre.fullmatch(w)) or (w.startswith(lex.prefixes) and len(w) > 5)
    return verb or (not nxt.group(1) and (w in lex.markers or w in lex.adverbs))
