"""Event-level stories: online, incremental clustering of articles into one story per real occurrence.

:class:`StoryIndex` takes articles one at a time (``add(doc) -> story_id``). A new article
is compared only with the articles its key terms retrieve (:class:`TermIndex`, linear time)
and joins the story of its best link, or starts a story; an article left alone because it came
before the articles it links to moves into their story when a later article close to it
(``REJOIN``) joins that story. A link is scored from TF-IDF and embedding similarity and the
event signals of :mod:`story_signals` (shared names, numbers, quotes, dates, places). Articles
dated by their outlets more than ``MAX_DAYS`` apart are not compared (a date inferred from the
text may be an event's date, so it does not count). Cannot-links
(:func:`~silang.pipeline.story_signals.cannot_link`: other days in the titles, other clock times
or another day's template from one outlet, one-day occasions on different days) hold for a whole
story; ``window_days`` lets a long-running index forget what can no longer link. Derivations
found by the copies step are must-links; a digest joins the story of its lead item.
:class:`Stories` runs the index over a corpus in a fixed order.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import numpy as np

from silang.embed import encode
from silang.model import Derivation, Document, Story
from silang.pipeline.base import Corpus, CorpusStep
from silang.pipeline.copies import groups, title_numbers
from silang.pipeline.neighbours import TermIndex, dot, terms
from silang.pipeline.segment import dateline_end
from silang.pipeline.story_signals import cannot_link, days_between, features, link_score, profile

MIN_COS = 0.1  # TF-IDF cosine below which two articles are not even compared
EMBED_COS = 0.15  # ... and from which their title+lead embeddings are compared too
THRESHOLD = 0.75  # link score for two articles about one occurrence
STRONG_COS = 0.5  # TF-IDF cosine that links on its own unless a place differs or the dates are 2+ days apart
MEAN_THRESHOLD = 0.4  # mean link score over a story's members for a new article to join it
EMBED_FLOOR = 0.25  # link score a perfect embedding match must be able to reach for it to be computed
REJOIN = 0.9  # link score with which a new article pulls an article left alone into its own story
MAX_DAYS = 3  # articles dated further apart than this need a derivation to share a story
_WORD = re.compile(r"[^\W\d_]{3,}")


class StoryIndex:
    """Online story clustering; ``state`` is plain data, ``from_state`` restores it."""

    def __init__(self, lang: str = "id", window_days: int | None = None) -> None:
        self.lang = lang
        self.terms = TermIndex(keys=25, max_postings=500, lang=lang)
        self.story_of: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.meta: dict[str, dict[str, Any]] = {}
        self._vectors: dict[str, np.ndarray] = {}
        self.lazy_embed = True  # False: embed every candidate pair from EMBED_COS (fitting the weights)
        # a long-running index forgets articles dated more than ``window_days`` before the latest:
        # they can no longer link (MAX_DAYS), so memory stays that of a window, not of the stream
        self.window_days = window_days
        self._latest = ""

    def rarity(self, name: str) -> float:
        """0..1: how specific a name is, by its rarest word ("Indonesia" 0, a person's surname 1)."""
        idf = max((self.terms.idf(w) for w in _WORD.findall(name)), default=0.0)
        return min(max((idf - 1.5) / 4.0, 0.0), 1.0)

    def _embedding(self, doc_id: str) -> np.ndarray:
        if doc_id not in self._vectors:
            self._vectors[doc_id] = encode([self.meta[doc_id]["lead"]])[0]
        return self._vectors[doc_id]

    def candidates(self, doc_id: str, tf: dict[str, float]) -> list[tuple[str, dict[str, float]]]:
        """Indexed articles retrieved for ``doc_id`` (already in ``meta``) with their link features."""
        out = []
        a = self.meta[doc_id]
        for other, cos in self.terms.query(tf, min_cos=MIN_COS):
            b = self.meta[other]
            days = days_between(a["date"], b["date"])
            if days is not None and days > MAX_DAYS:
                continue
            feats = features(a, b, cos, self.rarity, None)
            if cos >= EMBED_COS and (not self.lazy_embed or _embedding_matters(feats)):
                feats["embed"] = float(self._embedding(doc_id) @ self._embedding(other))
            if cannot_link(a, b):
                continue
            out.append((other, feats))
        return out

    def add(self, doc: Document, must: list[str] | tuple[str, ...] = ()) -> str:
        """File ``doc`` into the best story (or a new one); return the story id.

        ``must`` lists already-added articles that ``doc`` derives from (copies, rewrites), the one
        whose shared text comes first in ``doc`` first: a digest joins the story of its lead item.
        An article alone in its story that ``doc`` links to closely may move into ``doc``'s story.
        """
        if doc.id in self.story_of:
            return self.story_of[doc.id]
        body = doc.body
        tf = terms(body, doc.title, self.lang)
        self.meta[doc.id] = profile(doc, title_numbers(doc.title)) | {"title": doc.title or _lead(body)}
        if not doc.title:
            self.meta[doc.id]["untitled"] = True
        best: tuple[float, str] | None = next(((2.0, self.story_of[o]) for o in must if o in self.story_of), None)
        by_story: dict[str, list[float]] = {}
        for other, feats in self.candidates(doc.id, tf):
            score = link_score(feats)
            lone_other = len(self.members[self.story_of[other]]) == 1
            if lone_other and THRESHOLD <= score < REJOIN and feats["embed"] == 0.0 and feats["cos"] >= EMBED_COS:
                # the embedding was left out as the link cleared the bar without it; it may reach REJOIN
                feats["embed"] = float(self._embedding(doc.id) @ self._embedding(other))
                score = link_score(feats)
            if feats["cos"] >= STRONG_COS and not (
                feats["place_differ"] or feats["days_apart"] or feats["own_days_differ"]
            ):
                score = max(score, THRESHOLD)  # most of the words shared, nothing telling them apart
            by_story.setdefault(self.story_of[other], []).append(score)
        lone: list[tuple[float, str]] = []  # stories of one article that ``doc`` links to closely
        for sid, scores in sorted(by_story.items()):
            live = self._live(sid)
            if any(cannot_link(self.meta[doc.id], self.meta[m]) for m in live):
                continue
            # the best link must clear the bar, and the story's retrieved members on average
            # the lower bar: one close article does not pull in a whole other occurrence
            top, mean = max(scores), sum(scores) / len(live)
            if top >= THRESHOLD and mean >= MEAN_THRESHOLD and (best is None or top > best[0]):
                best = (top, sid)
            if len(self.members[sid]) == 1 and top >= REJOIN:
                lone.append((top, sid))
        self.terms.insert(doc.id, tf)
        story_id = best[1] if best else f"story-{doc.id}"
        self.story_of[doc.id] = story_id
        self.members.setdefault(story_id, []).append(doc.id)
        if best is not None and not must:
            # an article that arrived before the members it links to, and so stands alone, joins
            # the story once an article close to it (REJOIN) joins that story and it would join now;
            # not through a digest or copy (``must``), which is close to every item it carries
            for _, sid in lone:
                if sid != story_id and self._may_join(self.members[sid][0], story_id):
                    self._merge(sid, story_id)
        day = self.meta[doc.id]["date"] or ""
        if self.window_days is not None and day[:10] > self._latest[:10]:
            self._latest = day
            self.forget_before(day, self.window_days)
        return story_id

    def _may_join(self, doc_id: str, story_id: str) -> bool:
        """Whether an article alone in its story would join ``story_id`` as it stands now (its
        bridging member clears the bar): no cannot-link, and its links to the members on average
        clear ``MEAN_THRESHOLD``."""
        a = self.meta[doc_id]
        live = [m for m in self._live(story_id) if m != doc_id]
        if not live or any(cannot_link(a, self.meta[m]) for m in live):
            return False
        total = 0.0
        for m in live:
            cos = dot(self.terms.vec[doc_id], self.terms.vec[m])
            days = days_between(a["date"], self.meta[m]["date"])
            if cos < MIN_COS or (days is not None and days > MAX_DAYS):
                continue
            feats = features(a, self.meta[m], cos, self.rarity, None)
            if cos >= EMBED_COS and _embedding_matters(feats):
                feats["embed"] = float(self._embedding(doc_id) @ self._embedding(m))
            total += link_score(feats)
        return total / len(live) >= MEAN_THRESHOLD

    def _merge(self, other: str, into: str) -> None:
        """Move the members of story ``other`` into story ``into``."""
        for m in self.members.pop(other):
            self.story_of[m] = into
            self.members[into].append(m)

    def forget_before(self, day: str, window_days: int) -> int:
        """Drop the candidate data of articles dated more than ``window_days`` before ``day``
        (their story membership and title stay); return how many were dropped."""
        cutoff = (date.fromisoformat(day[:10]) - timedelta(days=window_days)).isoformat()
        old = {a for a, m in self.meta.items() if m.get("date") and m["date"][:10] < cutoff and a in self.terms.vec}
        if not old:
            return 0
        for a in old:
            self.meta[a] = {k: self.meta[a][k] for k in ("title", "date", "outlet", "untitled") if k in self.meta[a]}
            del self.terms.vec[a]
            self._vectors.pop(a, None)
        for term, post in list(self.terms.postings.items()):
            kept = [a for a in post if a not in old]
            if kept:
                self.terms.postings[term] = kept
            else:
                del self.terms.postings[term]
        return len(old)

    def _live(self, story_id: str) -> list[str]:
        """The story's members still in the candidate index."""
        return [m for m in self.members[story_id] if m in self.terms.vec]

    def central(self, story_id: str) -> str:
        """The member most similar to the others (ties by id)."""
        return self._central(sorted(self._live(story_id)) or sorted(self.members[story_id])[:1])

    def _central(self, ids: list[str]) -> str:
        vec = self.terms.vec
        return max(ids, key=lambda a: (sum(dot(vec[a], vec[b]) for b in ids if b != a), [-ord(c) for c in a]))

    def title(self, story_id: str) -> str:
        """The story title: its most central titled article's title, or the central article's lead
        when no member has a title."""
        live = sorted(self._live(story_id))
        titled = [a for a in live if not self.meta[a].get("untitled")]
        return " ".join(str(self.meta[self._central(titled) if titled else self.central(story_id)]["title"]).split())

    @property
    def state(self) -> dict[str, Any]:
        """The index as plain JSON-serialisable data."""
        return {"terms": self.terms.state, "story_of": self.story_of, "members": self.members, "meta": self.meta}

    @classmethod
    def from_state(cls, state: dict[str, Any], lang: str = "id") -> StoryIndex:
        """Rebuild an index from :attr:`state`."""
        index = cls(lang)
        index.terms = TermIndex.from_state(state["terms"], keys=25, max_postings=500, lang=lang)
        index.story_of = dict(state["story_of"])
        index.members = {k: list(v) for k, v in state["members"].items()}
        index.meta = dict(state["meta"])
        return index


def _embedding_matters(feats: dict[str, float]) -> bool:
    """Whether the title+lead embedding could move a link across a bar: not when the other
    signals keep it below ``EMBED_FLOOR`` even at the embedding's most, nor above ``THRESHOLD``
    at its least (the embedding is the costliest signal; see ``bench/bench_stories.py``)."""
    hi = link_score(feats | {"embed": 1.0})
    lo = link_score(feats | {"embed": 0.0})
    return hi >= EMBED_FLOOR and lo < THRESHOLD


def _lead(body: str, limit: int = 120) -> str:
    """An untitled article's stand-in title: its first sentence after the dateline, cut to ``limit``."""
    first = body.strip().split("\n", 1)[0]
    first = first[dateline_end(first, 0, len(first)) :]
    if (stop := SENTENCE_END.search(first)) is not None:
        first = first[: stop.start() + 1]
    first = " ".join(first.split())
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"


SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def arrival_order(docs: list[Document]) -> list[Document]:
    """Articles by publication date (undated last), then id: the order the batch step adds them."""
    return sorted(docs, key=lambda d: (d.published or "9999", d.id))


def cluster(corpus: Corpus, lang: str = "id") -> list[Story]:
    """Cluster ``corpus.docs`` into stories, with their derivations and independent groups."""
    index = StoryIndex(lang)
    linked: dict[str, list[tuple[int, str]]] = {}
    for d in corpus.derivations:
        a, b = d.articles
        linked.setdefault(a, []).append((_first_shared(d, a), b))
        linked.setdefault(b, []).append((_first_shared(d, b), a))
    for doc in arrival_order(list(corpus.docs.values())):
        index.add(doc, must=[o for _, o in sorted(linked.get(doc.id, [])) if o in index.story_of])
    stories = []
    for sid, members in index.members.items():
        arts = sorted(members)
        inside = set(arts)
        ders = [d for d in corpus.derivations if set(d.articles) <= inside]
        outlets = {a: corpus.docs[a].outlet for a in arts}
        stories.append(Story(sid, index.title(sid), arts, groups(arts, ders, outlets), ders))
    latest = {s.id: max((corpus.docs[a].published or "") for a in s.articles) for s in stories}
    stories.sort(key=lambda s: (-len(s.articles), _neg(latest[s.id]), s.id))
    return stories


def _first_shared(derivation: Derivation, article: str) -> int:
    """Where the first passage ``article`` shares with the other side begins in it."""
    return min((e.start for e in derivation.evidence if e.article == article), default=1 << 30)


def _neg(day: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in day)


class Stories(CorpusStep):
    """Group the corpus into event-level stories (``corpus.stories``)."""

    name = "stories"

    def process(self, corpus: Corpus) -> int:
        """Cluster every article; return the number of stories."""
        corpus.stories = cluster(corpus, corpus.options.get("lang", "id"))
        return len(corpus.stories)
