"""Quote matching: one statement by one speaker, with every wording of it across the story's articles.

Two quotes are the same statement when their speakers agree (or one is unknown and the wording is
nearly identical) and their wording is close: a light edit scores high on lexical similarity
(rapidfuzz); a different translation ('menyerukan kepada' / 'mengatakan ke') scores high on the
multilingual sentence embedding (:mod:`silang.embed`), which is computed only for the candidate
pairs that lexical similarity leaves undecided. Scare quotes are not statements and stay out.
Before grouping, each speaker takes the story's name for that person (``story.entities``): 'Bagnaia'
in one article is the 'Francesco Bagnaia' another one names, when exactly one story person fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from silang.lang import data_lang
from silang.model import Document, Entity, Quote, QuoteGroup, Story
from silang.ner.shapes import glued_tail, story_words
from silang.pipeline.base import StoryStep

LEXICAL_SAME = 85.0  # token-sort ratio at or above which two wordings are one statement
LEXICAL_FLOOR = 45.0  # below this no embedding can make them one statement
EMBED_SAME = 0.80  # cosine at or above which an undecided pair is one statement
CONTAINED = 92.0  # a partial quote inside a longer wording of the same speaker
MIN_CONTAINED_WORDS = 4


def _norm(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", text.lower()).strip()


def _speaker_key(name: str | None) -> set[str]:
    return set(_norm(name).split()) if name else set()


def same_speaker(a: str | None, b: str | None) -> bool | None:
    """True/False when both speakers are known (one name may be a part of the other), else None."""
    ka, kb = _speaker_key(a), _speaker_key(b)
    if not ka or not kb:
        return None
    return ka <= kb or kb <= ka


def unglued(name: str, known: frozenset[str], lang: str = "id") -> str:
    """A speaker's name without a lower-case word glued to its end ("Marcella Santosodi" -> "Marcella
    Santoso") where the story writes the name's last word alone (``known``)."""
    last = name.rsplit(None, 1)[-1]
    at = glued_tail(last, known, lang)
    return name[: len(name) - len(last) + at] if at else name


def story_speaker(name: str, entities: list[Entity]) -> str:
    """The story's name for an article's speaker: the one person whose name or alias is it or holds it
    (a speaker the story knows as a body or a place stays as it is)."""
    if any(e.type != "PER" and (name == e.name or name in e.aliases) for e in entities):
        return name
    words = _speaker_key(name)
    fits = {
        e.name
        for e in entities
        if e.type == "PER"
        and (name == e.name or name in e.aliases or (words and words < _speaker_key(e.name) and _clean_name(e.name)))
    }
    return fits.pop() if len(fits) == 1 else name


def _clean_name(name: str) -> bool:
    """A person name free of scraping debris: capitalised words, no words run together ('aliasHaji')."""
    return all(w[:1].isupper() and not re.search(r"[a-z][A-Z]", w) for w in name.split())


@dataclass
class _Item:
    doc: str
    quote: Quote
    text: str


class QuoteMatch(StoryStep):
    """Group the story's quotes that are one statement by one speaker into ``story.quotes``."""

    name = "quote_match"

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Fill ``story.quotes``; return the number of statements matched across two or more articles."""
        known = story_words(d.text for d in docs)
        for d in docs:
            for q in d.quotes:
                if q.speaker:
                    q.speaker = unglued(q.speaker, known, data_lang(d.language))
                if q.speaker and story.entities:
                    q.speaker = story_speaker(q.speaker, story.entities)
        items = [
            _Item(d.id, q, _norm(q.span.text)) for d in docs for q in d.quotes if q.kind != "scare" and q.span.text
        ]
        parent = list(range(len(items)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        undecided: list[tuple[int, int]] = []
        for i, a in enumerate(items):
            for j in range(i + 1, len(items)):
                b = items[j]
                verdict = self._lexical(a, b)
                if verdict is True:
                    parent[find(j)] = find(i)
                elif verdict is None:
                    undecided.append((i, j))
        if undecided:
            from silang.embed import similarity

            texts = sorted({items[k].quote.span.text for pair in undecided for k in pair})
            index = {t: k for k, t in enumerate(texts)}
            sims = similarity(texts, texts)
            for i, j in undecided:
                if sims[index[items[i].quote.span.text], index[items[j].quote.span.text]] >= EMBED_SAME:
                    parent[find(j)] = find(i)
        groups: dict[int, list[_Item]] = {}
        for k, item in enumerate(items):
            groups.setdefault(find(k), []).append(item)
        story.quotes = [self._group(members) for members in groups.values()]
        return sum(1 for g in story.quotes if len({v.article for v in g.variants}) > 1)

    @staticmethod
    def _lexical(a: _Item, b: _Item) -> bool | None:
        """True: one statement; False: not; None: ask the embedding."""
        if a.quote.direct != b.quote.direct:
            return False
        speakers = same_speaker(a.quote.speaker, b.quote.speaker)
        if speakers is False:
            return False
        if a.doc == b.doc and a.quote.span.start == b.quote.span.start:
            return False
        score = fuzz.token_sort_ratio(a.text, b.text)
        if speakers is None:
            return score >= 95 and a.doc != b.doc
        if score >= LEXICAL_SAME:
            return True
        short, long_ = sorted((a.text, b.text), key=len)
        if len(short.split()) >= MIN_CONTAINED_WORDS and fuzz.partial_ratio(short, long_) >= CONTAINED:
            return a.doc != b.doc
        if a.doc == b.doc or score < LEXICAL_FLOOR:
            return False
        return None

    @staticmethod
    def _group(members: list[_Item]) -> QuoteGroup:
        names = [m.quote.speaker for m in members if m.quote.speaker]
        speaker = max(names, key=len) if names else None
        return QuoteGroup(speaker, members[0].quote.direct, [m.quote.span for m in members])
