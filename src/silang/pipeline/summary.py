"""The summary step: a few extractive sentences, central to the story, not redundant, from different
independent sources (maximal marginal relevance over sentence embeddings); a sentence stating one
side of a disagreement is left to the disagreements."""

from __future__ import annotations

from typing import Any

import numpy as np

from silang import embed
from silang.model import Document, Span, Story
from silang.pipeline.base import StoryStep
from silang.pipeline.slots import claims_data, group_index, sentences_of

LEAD = 6  # sentences per article considered: news puts the story first
MIN_CHARS, MAX_CHARS = 40, 400
LAMBDA = 0.7  # MMR: weight of centrality against redundancy
MAX_REDUNDANCY = 0.85  # never pick a sentence this close to one already chosen


def candidates(docs: list[Document]) -> list[Span]:
    """The lead sentences of each article that read as statements (not headings, questions or chrome)."""
    out = []
    for doc in docs:
        anaphora = set(claims_data(doc.language or "id")["anaphora"]["words"])
        kept = 0
        for s in sentences_of(doc):
            text = s.text.strip()
            if not MIN_CHARS <= len(text) <= MAX_CHARS or text.endswith("?") or text[-1] not in ".\"”'":
                continue
            if anaphora & {w.strip(",.").lower() for w in text.split()[:3]}:
                continue  # leans on a sentence we would not show
            out.append(doc.span(s.start, s.end))
            kept += 1
            if kept >= LEAD:
                break
    return out


def uncontested(spans: list[Span], story: Story) -> list[Span]:
    """The sentences that state no side of a disagreement (those are shown with both sides): none that
    is a side's evidence, nor that writes a contested identifier or name ("SV-5726"). All of them when
    every sentence does."""
    contested = [e for c in story.conflicts for side in c.sides for e in side.evidence]
    written = [side.value for c in story.conflicts if c.kind in ("identifier", "name") for side in c.sides]
    kept = [
        s
        for s in spans
        if not any(e.article == s.article and e.start < s.end and s.start < e.end for e in contested)
        and not any(w in s.text for w in written)
    ]
    return kept or spans


def mmr(sim: np.ndarray, relevance: np.ndarray, groups: list[int], k: int) -> list[int]:
    """Pick ``k`` indices by maximal marginal relevance, first one per independent group, then any."""
    chosen: list[int] = []
    for pass_ in ("new-group", "any"):
        while len(chosen) < k:
            best, best_score = -1, -np.inf
            for i in range(len(relevance)):
                if i in chosen or (pass_ == "new-group" and groups[i] in {groups[c] for c in chosen}):
                    continue
                redundancy = max((float(sim[i, c]) for c in chosen), default=0.0)
                if redundancy >= MAX_REDUNDANCY:
                    continue
                score = LAMBDA * float(relevance[i]) - (1 - LAMBDA) * redundancy
                if score > best_score:
                    best, best_score = i, score
            if best < 0:
                break
            chosen.append(best)
    return chosen


class Summary(StoryStep):
    """Fill ``story.summary`` and ``story.summary_evidence``."""

    name = "summary"

    def __init__(self, sentences: int = 3, **_: Any) -> None:
        super().__init__()
        self.k = sentences

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Choose up to ``k`` sentences; return how many were chosen."""
        spans = uncontested(candidates(docs), story)
        if not spans:
            story.summary, story.summary_evidence = "", []
            return 0
        if len(spans) == 1 and self.k > 0:  # the only candidate is chosen whatever its vector: skip the embedding
            story.summary, story.summary_evidence = " ".join(spans[0].text.split()), spans
            return 1
        group_of = group_index(story.independent_groups, [d.id for d in docs])
        groups = [group_of[s.article] for s in spans]
        vecs = embed.encode([s.text for s in spans])
        sim = vecs @ vecs.T
        centroid = vecs.mean(axis=0)
        relevance = vecs @ (centroid / (np.linalg.norm(centroid) or 1.0))
        picked = [spans[i] for i in mmr(sim, relevance, groups, self.k)]  # most central first
        story.summary = " ".join(" ".join(s.text.split()) for s in picked)
        story.summary_evidence = picked
        return len(picked)
