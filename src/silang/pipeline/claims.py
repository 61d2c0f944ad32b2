"""The claims step: facts with how many independent sources back them, conflicts with both sides'
evidence, and the per-article checks of a story."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from silang import embed
from silang.model import Check, Conflict, Document, Fact, Story
from silang.pipeline.align_claims import (
    GENERIC_EVENTS,
    Pair,
    clashing_quantity,
    date_pairs,
    identifier_pairs,
    lexical,
    quantity_pairs,
    shared_quantity,
    shared_time,
    time_pairs,
)
from silang.pipeline.base import StoryStep
from silang.pipeline.clauses import split_clauses
from silang.pipeline.compare import quantities_agree
from silang.pipeline.merge_claims import merge_pairs
from silang.pipeline.names import name_pairs, status_pairs
from silang.pipeline.slots import Statement, group_index, statements

THRESHOLD = 0.6  # conflicts below this confidence are not reported by default
MAX_CANDIDATES = 240  # statements embedded per story
SAME_FACT_SIM = 0.8
SPECIFIC = 10  # a count this large, equal in two statements of one event class, is one fact
SAME_FACT_SIM_LEXICAL = (0.62, 0.5)


def story_statements(story: Story, docs: list[Document]) -> list[Statement]:
    """The candidate statements of a story: sentences with a slot, from every article."""
    groups = group_index(story.independent_groups, [d.id for d in docs])
    out = [
        st
        for d in docs
        for st in statements(d, groups[d.id])
        if st.has_slot() and not st.is_heading() and not st.is_question()
    ]
    return out[:MAX_CANDIDATES]


def similarity_matrix(sts: list[Statement]) -> np.ndarray:
    """Cosine similarities between the statements (identity for a single-article story)."""
    if len({st.article for st in sts}) < 2:
        return np.eye(len(sts), dtype=np.float32)
    vecs = embed.encode([st.text for st in sts])
    return vecs @ vecs.T


def centrality(sts: list[Statement], sim: np.ndarray) -> list[float]:
    """How much of the story each statement speaks for: its best match in each other article, averaged."""
    articles = sorted({st.article for st in sts})
    # each statement's best match in each article, one column slice per article
    best_in = {a: sim[:, [j for j, o in enumerate(sts) if o.article == a]].max(axis=1) for a in articles}
    out = []
    for i, st in enumerate(sts):
        best = [float(best_in[a][i]) for a in articles if a != st.article]
        lead = 0.05 / (1 + st.index)
        out.append((sum(best) / len(best) if best else 0.0) + lead)
    return out


def _same_fact(a: Statement, b: Statement, s: float) -> bool:
    if a.article == b.article:
        return False
    if shared_time(a, b):
        return not clashing_quantity(a, b)
    if _numbers_apart(a, b):
        return False  # close wording, different figures: two facts (8,72 LS / 8,32 LS)
    if shared_quantity(a, b, 2, loose=True):
        same_event = bool(set(a.events) & set(b.events) - GENERIC_EVENTS)
        if same_event and shared_quantity(a, b, SPECIFIC, loose=True):
            return True  # one specific count of one thing for one kind of event, however worded
        if s >= 0.45 or (same_event and s >= 0.3) or any((q.value or 0) >= 1000 for q in a.quantities):
            return True
    return s >= SAME_FACT_SIM or (s >= SAME_FACT_SIM_LEXICAL[0] and lexical(a, b) >= SAME_FACT_SIM_LEXICAL[1])


def _numbers_apart(a: Statement, b: Statement) -> bool:
    """Both statements give figures and none of one agrees with any of the other."""
    qa = [q for q in a.quantities if q.value is not None]
    qb = [q for q in b.quantities if q.value is not None]
    return bool(qa and qb) and not any(quantities_agree(x, y) for x in qa for y in qb)


def _clash(a: Statement, b: Statement) -> bool:
    return clashing_quantity(a, b) and not shared_quantity(a, b, 2, loose=True)


def cluster(sts: list[Statement], sim: np.ndarray) -> list[list[int]]:
    """Statements reporting the same fact: strongest links first, never joining clashing numbers."""
    edges = sorted(
        ((float(sim[i, j]), i, j) for i in range(len(sts)) for j in range(i + 1, len(sts))),
        reverse=True,
    )
    comp = list(range(len(sts)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(sts))}
    for s, i, j in edges:
        ci, cj = comp[i], comp[j]
        if ci == cj or not _same_fact(sts[i], sts[j], s):
            continue
        if any(_clash(sts[x], sts[y]) for x in members[ci] for y in members[cj]):
            continue
        for x in members[cj]:
            comp[x] = ci
        members[ci] += members.pop(cj)
    return list(members.values())


def build_facts(sts: list[Statement], sim: np.ndarray, cent: list[float], conflicts: list[Conflict]) -> list[Fact]:
    """One fact per cluster; clusters holding a conflict's evidence become one contradicted fact,
    stated by one of the evidence sentences. A name spelt two ways contradicts no fact: it is
    listed among the disagreements only."""
    clusters = cluster(sts, sim)
    where = {(st.article, st.span.start): n for n, c in enumerate(clusters) for st in (sts[i] for i in c)}
    taken: dict[int, int] = {}
    merged: list[tuple[list[int], frozenset[tuple[str, int]]]] = []
    for conflict in conflicts:
        if conflict.kind == "name":
            continue
        keys = {(e.article, e.start) for s in conflict.sides for e in s.evidence if (e.article, e.start) in where}
        hit = {where[k] for k in keys} - set(taken)
        if hit:
            merged.append((sorted(i for n in hit for i in clusters[n]), frozenset(keys)))
            taken.update({n: len(merged) - 1 for n in hit})
    plain = [c for n, c in enumerate(clusters) if n not in taken]
    facts = [_fact(sts, idx, cent, "contradicted", keys) for idx, keys in merged]
    facts += [_fact(sts, idx, cent, None) for idx in plain]
    facts.sort(key=lambda f: -f.centrality)
    return facts


def _fact(
    sts: list[Statement],
    idx: list[int],
    cent: list[float],
    status: str | None,
    evidence: frozenset[tuple[str, int]] = frozenset(),
) -> Fact:
    chosen = [sts[i] for i in idx]
    stating = [i for i in idx if (sts[i].article, sts[i].span.start) in evidence] or idx
    best = max(stating, key=lambda i: cent[i])
    groups = {st.group for st in chosen}
    articles = list(dict.fromkeys(st.article for st in chosen))
    if status is None:
        status = "corroborated" if len(groups) >= 2 else "single-source"
    score = cent[best] + 0.1 * math.log(len(articles))
    return Fact(sts[best].text, status, len(groups), [st.span for st in chosen], articles, round(score, 4))


def within_article_checks(sts: list[Statement], sim: np.ndarray) -> list[Check]:
    """Two different values for one fact inside the same article."""
    out = []
    for p in quantity_pairs(sts, sim, same_article=True):
        if p.confidence < THRESHOLD:
            continue
        out.append(
            Check(
                p.a.article,
                "inconsistent-value",
                f"{p.value_a} / {p.value_b}",
                f"the article gives {p.norm_a} and {p.norm_b} for what reads as one figure",
                p.a.span.start,
                p.b.span.end,
            )
        )
    return out


class Claims(StoryStep):
    """Fill ``story.facts``, ``story.conflicts`` and ``story.checks``."""

    name = "claims"

    def __init__(self, threshold: float = THRESHOLD, **_: Any) -> None:
        super().__init__()
        self.threshold = threshold

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Cross-check the story's articles; return the number of facts and conflicts found."""
        sts = story_statements(story, docs)
        sim = similarity_matrix(sts)
        pairs: list[Pair] = [
            *date_pairs(sts, sim),
            *time_pairs(sts, sim),
            *quantity_pairs(sts, sim),
            *identifier_pairs(sts, sim),
            *name_pairs(docs),
            *status_pairs(sts, sim),
        ]
        # one source saying two things (an outlet's morning and evening figures) updates itself:
        # a conflict is between independent sources
        group = group_index(story.independent_groups, [d.id for d in docs])
        pairs = [p for p in pairs if group[p.a.article] != group[p.b.article]]
        conflicts = [c for c in merge_pairs(pairs) if c.confidence >= self.threshold]
        conflicts.sort(key=lambda c: -c.confidence)
        story.conflicts = conflicts
        units = [part for st in sts for part in split_clauses(st)]
        usim = sim if len(units) == len(sts) else similarity_matrix(units)
        story.facts = build_facts(units, usim, centrality(units, usim), conflicts)
        story.checks = [c for d in docs for c in d.checks] + within_article_checks(sts, sim)
        return len(story.facts) + len(story.conflicts)
