"""English entity tagger of rules and data (no model): capitalised runs, split and typed.

A sentence's capitalised runs (joined by "of", "for", "and" inside organisation names) lose their
leading common words ("The United States" -> "United States") and are cut at titles ("NATO | Secretary
General | Mark Rutte") and nationality adjectives, which are no entities ("North Korean soldiers").
Each piece is typed, first rule that fits: the alias data, a country (pycountry), a person after a
title or honorific, an organisation head word ("Ministry", "Council", "Pentagon"), a place head word or
known place, an acronym (ORG), a first name (``lang/en/first_names.toml``), a speech verb after two or
three words ("Sabrina Singh told"), a surname of a person named earlier in the article ("Rutte said"),
or a word after "in"/"at"/"from" (LOC). Anything else is left untagged. Data: ``lang/en/ner.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from silang.model import Document
from silang.ner import names
from silang.ner.english_data import ACRONYM, DASHES, OPENERS, POSSESSIVES, Data, countries, data, english_tokenize
from silang.ner.tagger import Tagger, Token, bio_spans

__all__ = ["EnglishTagger", "english_tagger", "english_tokenize"]

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’]?\s+|\n+")


_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Thani", "el-Sisi"


def _capital(word: str) -> bool:
    return (word[:1].isupper() and any(c.isalpha() for c in word)) or bool(_PARTICLE_NAME.match(word))


@dataclass(slots=True)
class EnglishTagger(Tagger):
    """Rule tagger for English; :meth:`for_document` binds the surnames of the article's people."""

    surnames: frozenset[str] = field(default_factory=frozenset)
    inside: frozenset[str] = field(default_factory=frozenset)  # words the article capitalises mid-sentence

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """English tokens (possessives apart, abbreviations with their dot)."""
        return english_tokenize(text, offset)

    def for_document(self, doc: Document) -> EnglishTagger:
        """A tagger that also knows the last names of the article's people: the last word of a full
        name typed PER, or of a two- or three-word name whose last word speaks ("Salah added") or is
        written alone elsewhere ("Walid Saadaoui" ... "Saadaoui's lawyer"), as English calls people."""
        d = data()
        found: set[str] = set()
        speaking: set[str] = set()
        alone: set[str] = set()
        runs: list[list[str]] = []
        inside: set[str] = set()
        for part in _SENT_SPLIT.split(doc.text):
            words = [t.text for t in english_tokenize(part)]
            inside.update(w for i, w in enumerate(words) if _capital(w) and not _sentence_start(words, i))
            for kind, a, b in bio_spans(self.tag_tokens(words)):
                if kind == "PER" and b - a >= 2 and words[b - 1][:1].isupper():
                    found.add(words[b - 1])
            for a, b in _runs(words):
                while a < b and words[a].lower() in d.common:
                    a += 1
                if b - a == 1 and _plain(words[a:b]):
                    alone.add(words[a])  # written alone: "Saadaoui's lawyer", "Kohli later announced"
                if b - a == 1 and b < len(words) and words[b].lower() in d.person_after and _plain(words[a:b]):
                    speaking.add(words[a])
                elif 2 <= b - a <= 3 and _plain(words[a:b]):
                    runs.append(words[a:b])
        found.update(r[-1] for r in runs if r[-1] in speaking or r[-1] in alone)
        return EnglishTagger(frozenset(found), frozenset(inside))

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """BIO labels (PER / ORG / GPE / LOC) for one tokenised English sentence."""
        labels = ["O"] * len(tokens)
        if _shouting(tokens):
            return _known_only(tokens, labels)
        for a, b in _runs(tokens):
            for kind, x, y in _pieces(tokens, a, b, self):
                labels[x] = "B-" + kind
                for i in range(x + 1, y):
                    labels[i] = "I-" + kind
        return labels


def _shouting(tokens: list[str]) -> bool:
    """A sentence written in capitals, where case tells nothing ("THE PRESIDENT SAID ON MONDAY")."""
    words = [t for t in tokens if t[:1].isalpha() and len(t) > 1]
    return len(words) >= 4 and sum(t.isupper() for t in words) >= 0.6 * len(words)


def _known_only(tokens: list[str], labels: list[str]) -> list[str]:
    """Labels of the alias data's names and countries only, longest first, whatever their case."""
    known, meto, states = names.aliases("en"), names.metonyms("en"), countries()
    i = 0
    while i < len(tokens):
        for k in range(min(4, len(tokens) - i), 0, -1):
            key = names.name_key(" ".join(tokens[i : i + k]))
            kind = known[key].type if key in known else "LOC" if key in meto else "GPE" if key in states else None
            if kind and tokens[i][:1].isupper() and (k > 1 or len(tokens[i]) > 2):  # not "US" of "LET US"
                labels[i : i + k] = ["B-" + kind] + ["I-" + kind] * (k - 1)
                i += k - 1
                break
        i += 1
    return labels


def _plain(words: list[str]) -> bool:
    """Title-case words naming no known actor, place, body, month or nationality: maybe a person."""
    d = data()
    if _place_or_actor(names.name_key(" ".join(words))):
        return False
    lows = [w.lower().rstrip(".") for w in words]
    bad = d.org_heads | d.loc_heads | d.common | d.calendar | d.demonyms | d.events | names.title_words("en")
    return all(w[:1].isupper() and not w.isupper() for w in words) and not any(w in bad for w in lows)


def _sentence_start(tokens: list[str], i: int) -> bool:
    return i == 0 or all(t in OPENERS or t in DASHES for t in tokens[max(0, i - 2) : i])


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Token ranges of capitalised runs, with joiners and name particles inside them."""
    d = data()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _capital(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            w = tokens[j].lower()
            joined = j + 1 < len(tokens) and _capital(tokens[j + 1]) and _joins(tokens, i, j, d)
            if _capital(tokens[j]) or joined:
                j += 1
            elif w in d.particles and j + 2 < len(tokens) and tokens[j + 1].lower() in d.particles:
                j += 1  # "von der Leyen"
            else:
                break
        if j + 1 < len(tokens) and tokens[j] in POSSESSIVES and _capital(tokens[j + 1]):
            k = j + 1
            while k < len(tokens) and _capital(tokens[k]):
                k += 1
            owner = names.name_key(" ".join(tokens[i:j]))
            if any(t.lower() in d.org_heads for t in tokens[j + 1 : k]) and not _place_or_actor(owner):
                j = k  # "People's Consultative Assembly", "Attorney General's Office"
        out.append((i, j))
        i = j
    return out


def _place_or_actor(key: str) -> bool:
    """Whether a name key is a known actor, a metonym, a country or a known place."""
    return key in names.aliases("en") or key in names.metonyms("en") or key in countries() or key in data().places


def _joins(tokens: list[str], a: int, j: int, d: Data) -> bool:
    """Whether the lower-case word at ``j`` joins the run ``a..j`` to the capitalised word after it."""
    w = tokens[j].lower()
    if w in d.particles and w not in d.joiners:
        return True
    if w not in d.joiners:
        return False
    head = any(t.lower() in d.org_heads or t.lower() in d.loc_heads for t in tokens[a:j])
    if w in d.and_joiners:
        k = j + 1
        while k < len(tokens) and _capital(tokens[k]):
            k += 1
        ahead = any(t.lower() in d.org_heads for t in tokens[j + 1 : k])  # "National Search and Rescue Agency"
        ahead = ahead and j - a >= 2 and not _place_or_actor(names.name_key(" ".join(tokens[a:j])))
        return (head or ahead) and tokens[j + 1].lower() not in d.common
    if w in {"of", "for", "on"}:
        return head or tokens[j - 1].lower() in {"republic", "kingdom", "university", "secretary", "minister"}
    return True


def _pieces(tokens: list[str], a: int, b: int, ctx: EnglishTagger) -> list[tuple[str, int, int]]:
    """Typed entity ranges inside the run ``a..b``."""
    d = data()
    table, longest = names.titles("en")
    out: list[tuple[str, int, int]] = []
    # leading common words ("The", "But"), unless a possessive follows ("People's Consultative Assembly")
    while a + 1 < b and tokens[a + 1] not in POSSESSIVES and (tokens[a].lower() in d.common | d.calendar):
        if tokens[a].lower() in d.name_nouns and b - a >= 3 and tokens[b - 1].lower() in d.org_heads:
            break  # "People Power Party": a common noun opening a body's name
        a += 1
    if any(t in POSSESSIVES for t in tokens[a:b]):
        return [("ORG", a, b)] if a < b else []  # an organisation named with a possessive (see _runs)
    i, start, titled = a, a, _title_before(tokens, a)
    while i < b:
        k = _title_at(tokens, i, len(tokens), table, longest)  # may run on in lower case: "Defense lawyer"
        if k and i + k < b and tokens[i + k].lower() in d.org_heads:
            k = 0  # "Justice Department", "Defense Ministry": a field, not a title
        demonym = _demonym_at(tokens, i, b, d)
        if demonym and i == start and any(t.lower() in d.org_heads for t in tokens[i + demonym : b]):
            demonym = 0  # "European Commission", "British Airways"
        honorific = tokens[i].lower().rstrip(".") in names.honorifics("en")  # "Mr. Smith", "Dr Jane Doe"
        cut = k or demonym or int(tokens[i].lower() in d.calendar or honorific)
        k = k or int(honorific)
        if cut:
            if start < i:
                employer = bool(k) and i + k < b  # "Lufthansa Chief Executive Carsten Spohr"
                out += _typed(tokens, start, i, titled, ctx, employer)
            titled = bool(k)
            i += cut
            start = i
            continue
        i += 1
    if start < b:
        out += _typed(tokens, start, b, titled, ctx, _employer_after(tokens, b, table, longest))
    return out


def _employer_after(tokens: list[str], b: int, table: dict[tuple[str, ...], str], longest: int) -> bool:
    """Whether a lower-case title and a name follow: "Pentagon spokesperson Sabrina Singh"."""
    for k in range(longest, 0, -1):
        end = b + k
        if end < len(tokens) and tokens[b].islower() and tuple(t.lower() for t in tokens[b:end]) in table:
            return _capital(tokens[end])
    return False


def _title_at(tokens: list[str], i: int, b: int, table: dict[tuple[str, ...], str], longest: int) -> int:
    """Length of the longest title starting at ``i`` inside the run (0 if none)."""
    for k in range(min(longest, b - i), 0, -1):
        if tuple(t.lower() for t in tokens[i : i + k]) in table:
            return k
    return 0


def _title_before(tokens: list[str], a: int) -> bool:
    """Whether a title (any case) or honorific ends right before ``a`` ("spokesperson Sabrina Singh")."""
    table, longest = names.titles("en")
    if a > 0 and tokens[a - 1].lower().rstrip(".") in names.honorifics("en"):
        return True
    if a > 1 and tokens[a - 1] == ",":
        a -= 1  # "the authority's chairman, Inam Haider Malik"
    return any(a - k >= 0 and tuple(t.lower() for t in tokens[a - k : a]) in table for k in range(1, longest + 1))


def _place_end(tokens: list[str], b: int) -> bool:
    """Whether a word after "in"/"from" ends there as a place does ("in Brussels on Monday"), not as a
    modifier or a subject ("from T20 internationals", "shares in Lufthansa rose")."""
    d = data()
    nxt = tokens[b].lower() if b < len(tokens) else ""
    if nxt in d.loc_heads:
        return True  # "Miyazaki prefecture", "Punjab province"
    return not nxt.isalpha() or nxt in d.common or nxt in d.place_before or nxt in d.joiners or _capital(tokens[b])


def _title_after(tokens: list[str], b: int) -> bool:
    """Whether a title follows in apposition: ", the founder of", ", chief investment officer at"."""
    if b >= len(tokens) or tokens[b] != ",":
        return False
    table, longest = names.titles("en")
    i = b + 1
    if i < len(tokens) and tokens[i].lower() in {"the", "a", "an"}:
        i += 1
    for skip in range(3):
        if any(tuple(t.lower() for t in tokens[i + skip : i + skip + k]) in table for k in range(1, longest + 1)):
            return True
    return False


def _demonym_at(tokens: list[str], i: int, b: int, d: Data) -> int:
    """Length of a nationality adjective at ``i`` ("Russian", "North Korean", "South African")."""
    low = [t.lower() for t in tokens[i:b]]
    if len(low) >= 2 and " ".join(low[:2]) in d.demonyms:
        return 2
    if len(low) >= 2 and low[0] in d.compass and low[1] in d.demonyms:
        return 2
    return 1 if low and low[0] in d.demonyms else 0


def _typed(
    tokens: list[str], a: int, b: int, titled: bool, ctx: EnglishTagger, employer: bool = False
) -> list[tuple[str, int, int]]:
    """The type of the piece ``a..b``, or nothing when no rule fits; ``employer``: a title and a person
    follow it, so a body it is, unless known otherwise ("Lufthansa Chief Executive Carsten Spohr")."""
    d = data()
    words = tokens[a:b]
    while words and words[-1].lower() in d.joiners | d.particles:
        words.pop()
        b -= 1
    if not words or all(w.lower() in d.common for w in words):
        return []
    key = names.name_key(" ".join(words))
    lows = [w.lower().rstrip(".") for w in words]
    known = names.aliases("en").get(key)
    after = tokens[b].lower() if b < len(tokens) else ""
    before = tokens[a - 1].lower() if a > 0 else ""
    if known:
        return [(known.type, a, b)]
    if key in names.metonyms("en") or key in countries():
        return [("LOC" if key in names.metonyms("en") else "GPE", a, b)]
    if key in d.wires:
        return [("ORG", a, b)]
    if titled and len(words) <= 4 and not any(w in d.org_heads for w in lows):
        return [("PER", a, b)]
    if len(lows) == 1 and lows[0] in d.institutions:
        return [("ORG", a, b)]  # "Pentagon", "Parliament"
    if len(lows) > 1 and (any(w in d.org_heads for w in lows) or lows[-1] in d.org_suffixes):
        return [("ORG", a, b)]
    rest = names.name_key(" ".join(words[1:]))
    compass = lows[0] in d.compass and 1 < len(lows) <= 3 and (before in d.place_before or _place_or_actor(rest))
    if compass or (len(lows) <= 3 and after in d.loc_heads and b < len(tokens) and tokens[b].islower()):
        return [("LOC", a, b)]  # "in North Sulawesi", "Bone Bolango regency"
    subdivision = key in d.subdivisions and (len(lows) > 1 or _place_end(tokens, b))  # not "Brent crude"
    if (
        key in d.places
        or subdivision
        or any(w in d.loc_heads for w in lows[1:])
        or (len(lows) > 1 and lows[0] in d.loc_heads)
    ):
        return [("LOC", a, b)]
    if any(w in d.events for w in lows):
        return []  # "Typhoon Kristine", "Hurricane Milton": events are not listed
    acronym = len(words) == 1 and ACRONYM.match(words[0]) and lows[0] not in d.not_acronyms
    employer = (
        employer and not titled and len(words) <= 3 and before not in d.and_joiners
    )  # not "Environment and Forestry"
    if acronym or employer:
        return [("ORG", a, b)]
    if not all(w[:1].isupper() or w.lower() in d.particles for w in words):
        return []
    if 2 <= len(words) <= 4 and (words[0] in d.first_names or after in d.person_after or before == "said"):
        return [("PER", a, b)]
    if len(words) <= 3 and words[-1] in ctx.surnames:
        return [("PER", a, b)]
    speaks = after in d.person_after and (not _sentence_start(tokens, a) or words[0] in ctx.inside)
    if len(words) == 1 and speaks and words[0] not in d.first_names:
        return [("ORG", a, b)]  # "Hamas said", "Nvidia says": a speaker named by one word and no person's
    who = b + 1 < len(tokens) and tokens[b] == "," and tokens[b + 1].lower() == "who"  # "Donald Trump, who"
    if 2 <= len(words) <= 4 and (_title_after(tokens, b) or who):
        return [("PER", a, b)]
    if len(words) == 1 and before in d.place_before and not _sentence_start(tokens, a) and _place_end(tokens, b):
        return [("LOC", a, b)]
    return []


@cache
def english_tagger() -> EnglishTagger:
    """The English rule tagger, made once per process."""
    return EnglishTagger()
