"""Grouping articles into stories while the pipeline's ``stories`` step is not installed.

TF-IDF cosine over title and body (scikit-learn), articles linked above a threshold
when published within a few days of each other, stories = connected components.
It claims nothing about copies or independence: those fields stay empty.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from silang.model import Document, Story

THRESHOLD = 0.3
MAX_DAYS = 3


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


def group_stories(docs: list[Document]) -> list[Story]:
    """Stories over ``docs`` by text similarity; every document lands in exactly one story."""
    if not docs:
        return []
    texts = [f"{d.title or ''}\n{d.body}" for d in docs]
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if len(docs) > 1:
        matrix = TfidfVectorizer(sublinear_tf=True, min_df=1, max_df=0.5 if len(docs) > 10 else 1.0)
        sims = cosine_similarity(matrix.fit_transform(texts))
        for i in range(len(docs)):
            for j in range(i + 1, len(docs)):
                if sims[i, j] >= THRESHOLD and _days_apart(docs[i].published, docs[j].published) <= MAX_DAYS:
                    parent[find(i)] = find(j)
    groups: dict[int, list[Document]] = {}
    for i, d in enumerate(docs):
        groups.setdefault(find(i), []).append(d)
    stories = []
    for members in groups.values():
        ids = [d.id for d in members]
        sid = "s-" + hashlib.sha1(min(ids).encode()).hexdigest()[:10]
        title = next((d.title for d in members if d.title), None) or members[0].text.split("\n", 1)[0][:120]
        stories.append(Story(id=sid, title=title, articles=ids))
    return stories
