"""Incremental TF-IDF neighbour retrieval through an inverted index of each article's key terms.

Each article is indexed under its ``keys`` highest-weighted terms; a new article is compared
(cosine of log-TF x IDF vectors) only with the articles sharing one of its key terms, and
terms indexed by more than ``max_postings`` articles stop being looked up. The work per
article is bounded, so a corpus costs linear time. Document frequencies grow as articles
arrive, on top of background frequencies shipped as language data
(``lang/<code>/doc_freq.json``), so weights are sensible from the first article;
the index state is plain data (``state`` / ``from_state``). Words spelt two ways
(``lang/<code>/spelling`` language data: "jamaah" / "jemaah") are one term, and a word with a
clitic ("rumahnya") the word without it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from silang.lang import data_lang, load

_TOKEN = re.compile(r"[^\W\d_]{3,}|\d+(?:[.,]\d+)*")
_APOSTROPHES = "'’‘`"


@dataclass(frozen=True)
class Spelling:
    """How ``lang`` writes one word several ways (``spelling`` language data)."""

    variants: dict[str, str]  # a word -> its usual form
    glued: re.Pattern[str] | None  # the forms written with an apostrophe ("jum'at"), any apostrophe
    clitics: tuple[str, ...]  # suffixes compared without ("-nya")
    min_stem: int  # letters a word keeps when a clitic is cut

    def word(self, token: str) -> str:
        """``token`` in its usual spelling, without a clitic."""
        for suffix in self.clitics:
            if token.endswith(suffix) and len(token) - len(suffix) >= self.min_stem:
                token = token[: -len(suffix)]
                break
        return self.variants.get(token, token)


@cache
def spelling(lang: str) -> Spelling:
    """The ``spelling`` data of ``lang`` (none when the language has no such file)."""
    try:
        data: dict[str, Any] = load(data_lang(lang), "spelling")
    except FileNotFoundError:
        return Spelling({}, None, (), 0)
    variants: dict[str, str] = data.get("variants", {})
    words = {k: v for k, v in variants.items() if not any(c in k for c in _APOSTROPHES)}
    glued = sorted((k for k in variants if k not in words), key=len, reverse=True)
    alts = "|".join(re.escape(k).replace("'", f"[{_APOSTROPHES}]") for k in glued)
    clitics = data.get("clitics", {})
    return Spelling(
        words | {k.replace("'", ""): variants[k] for k in glued},
        re.compile(rf"\b(?:{alts})\b") if glued else None,
        tuple(clitics.get("suffixes", ())),
        int(clitics.get("min_stem", 4)),
    )


def _tokens(text: str, sp: Spelling) -> list[str]:
    low = text.lower()
    if sp.glued is not None and any(c in low for c in _APOSTROPHES):
        low = sp.glued.sub(lambda m: "".join(c for c in m[0] if c not in _APOSTROPHES), low)
    return _TOKEN.findall(low)


def words(text: str, lang: str = "id") -> list[str]:
    """The lower-cased words and numbers of ``text`` as terms are made of, each in its usual spelling
    and without a clitic."""
    sp = spelling(lang)
    return [sp.word(t) for t in _tokens(text, sp)]


def terms(text: str, title: str | None = None, lang: str = "id") -> dict[str, float]:
    """Log term frequencies of a body, with title words counted three times."""
    sp = spelling(lang)
    raw = Counter(_tokens(text, sp))
    if title:
        for t in _tokens(title, sp):
            raw[t] += 3
    counts: Counter[str] = Counter()
    for t, c in raw.items():  # each distinct token looked up once
        counts[sp.word(t)] += c
    return {t: 1.0 + math.log(c) for t, c in counts.items()}


SMALL = 64  # an index this small is scanned whole


def background(lang: str) -> tuple[int, dict[str, int]]:
    """Background document frequencies for ``lang`` (``doc_freq`` language data), if any."""
    try:
        data = load(lang, "doc_freq")
    except FileNotFoundError:
        return 0, {}
    return int(data["documents"]), data["df"]


@cache
def term_background(lang: str) -> tuple[int, dict[str, int]]:
    """:func:`background` with a word's other spellings counted under its usual one, as
    :func:`terms` reads them (shared: not to be changed)."""
    n, df = background(lang)
    sp = spelling(lang)
    out: dict[str, int] = {}
    for word, count in df.items():
        usual = sp.word(word)  # both forms in one article counted twice: at most every article
        out[usual] = min(out.get(usual, 0) + count, n)
    return n, out


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors."""
    return sum([a[t] * b[t] for t in a.keys() & b.keys()])


class TermIndex:
    """Inverted index of key terms with incremental document frequencies."""

    def __init__(self, keys: int = 20, max_postings: int = 400, lang: str = "id", max_candidates: int = 120) -> None:
        self.keys = keys
        self.max_postings = max_postings
        self.max_candidates = max_candidates
        self.bg_n, self.bg_df = term_background(lang)
        self.n = 0
        self.df: Counter[str] = Counter()
        self.vec: dict[str, dict[str, float]] = {}
        self.postings: dict[str, list[str]] = {}

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency of ``term`` at this point of the stream."""
        df = self.df.get(term, 0) + self.bg_df.get(term, 0)
        return math.log((self.n + self.bg_n + 2) / (df + 1))

    def weights(self, tf: dict[str, float]) -> dict[str, float]:
        """TF-IDF weights of a term-frequency dict at this point of the stream."""
        n = math.log(self.n + self.bg_n + 2)
        df, bg = self.df, self.bg_df
        return {t: w * (n - math.log(df.get(t, 0) + bg.get(t, 0) + 1)) for t, w in tf.items()}

    def vector(
        self, tf: dict[str, float], size: int = 80, weighted: dict[str, float] | None = None
    ) -> dict[str, float]:
        """The L2-normalised TF-IDF vector of a term-frequency dict, its ``size`` heaviest terms."""
        vec = dict(weighted) if weighted is not None else self.weights(tf)
        if len(vec) > size:
            vec = dict(sorted(vec.items(), key=lambda x: (-x[1], x[0]))[:size])
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def cosine(self, a: str, b: str) -> float:
        """Cosine of two indexed articles (vectors as weighted when each was inserted)."""
        return dot(self.vec[a], self.vec[b])

    def key_terms(self, tf: dict[str, float], weighted: dict[str, float] | None = None) -> list[str]:
        """The ``keys`` terms weighing most in ``tf`` (ties by term, for determinism)."""
        w = weighted if weighted is not None else self.weights(tf)
        ranked = sorted((t for t in w if not t[0].isdigit()), key=lambda t: (-w[t], t))
        return ranked[: self.keys]

    def query(self, tf: dict[str, float], min_cos: float = 0.1, top: int = 30) -> list[tuple[str, float]]:
        """Indexed articles sharing a key term with ``tf``, best cosine first."""
        seen: set[str] = set(self.vec) if len(self.vec) <= SMALL else set()
        # rarest key terms first, and a bounded number of candidates: constant work per article
        weighted = self.weights(tf)
        for t in sorted(self.key_terms(tf, weighted), key=lambda t: (len(self.postings.get(t, ())), t)):
            post = self.postings.get(t)
            if post and len(post) <= self.max_postings:
                seen.update(post[-self.max_candidates :])
            if len(seen) >= self.max_candidates:
                break
        vq = self.vector(tf, weighted=weighted)
        scored = []
        for other in seen:
            cos = dot(vq, self.vec[other])
            if cos >= min_cos:
                scored.append((other, cos))
        scored.sort(key=lambda x: (-x[1], x[0]))
        return scored[:top]

    def insert(self, doc_id: str, tf: dict[str, float]) -> None:
        """Index ``tf`` under ``doc_id`` and count its terms."""
        self.n += 1
        self.df.update(tf.keys())
        weighted = self.weights(tf)
        self.vec[doc_id] = self.vector(tf, weighted=weighted)
        for t in self.key_terms(tf, weighted):
            self.postings.setdefault(t, []).append(doc_id)

    @property
    def state(self) -> dict[str, Any]:
        """The index as plain JSON-serialisable data."""
        return {"n": self.n, "df": dict(self.df), "vec": self.vec, "postings": self.postings}

    @classmethod
    def from_state(cls, state: dict[str, Any], **options: Any) -> TermIndex:
        """Rebuild an index from :attr:`state`."""
        index = cls(**options)
        index.n = state["n"]
        index.df = Counter(state["df"])
        index.vec = state["vec"]
        index.postings = state["postings"]
        return index
