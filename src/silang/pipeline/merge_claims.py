"""Pairs of disagreeing statements joined into conflicts: one per fact, each side the statements
that agree on one value."""

from __future__ import annotations

from silang.model import Conflict, ConflictSide
from silang.pipeline.align_claims import Pair
from silang.pipeline.compare import dates_disjoint


def merge_pairs(pairs: list[Pair]) -> list[Conflict]:
    """Pairs of one kind that share a statement, joined into conflicts whose sides collect agreeing statements."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    values: dict[str, str] = {}

    def find_value(x: str) -> str:
        values.setdefault(x, x)
        while values[x] != x:
            x = values[x]
        return x

    for p in pairs:
        parent[find((p.a.article, p.a.index))] = find((p.b.article, p.b.index))
        if p.kind == "identifier":
            values[find_value(p.norm_a)] = find_value(p.norm_b)
    merged: dict[tuple[str, object], list[Pair]] = {}
    for p in pairs:
        key: object = p.about if p.kind == "name" else find((p.a.article, p.a.index))
        if p.kind == "quantity":
            key = (key, p.about.split(":")[0])  # one conflict per thing counted
        if p.kind == "identifier":
            key = find_value(p.norm_a)
        merged.setdefault((p.kind, key), []).append(p)
    out = []
    for (kind, _), ps in merged.items():
        sides: dict[str, ConflictSide] = {}
        for p in ps:
            for st, value, norm in ((p.a, p.value_a, p.norm_a), (p.b, p.value_b, p.norm_b)):
                side = _side_for(sides, norm, kind)
                if side is None:
                    side = sides[norm] = ConflictSide(value, norm)
                if st.article not in side.articles:
                    side.articles.append(st.article)
                if all(e.start != st.span.start or e.article != st.article for e in side.evidence):
                    side.evidence.append(st.span)
        best = max(ps, key=lambda p: p.confidence)
        about = best.about
        if kind == "identifier":
            about = about.split(":")[0] + ": " + " / ".join(sides)
        if len(sides) > 1:
            out.append(Conflict(about, list(sides.values()), round(best.confidence, 3), kind))
    return out


def _side_for(sides: dict[str, ConflictSide], norm: str, kind: str) -> ConflictSide | None:
    if norm in sides:
        return sides[norm]
    if kind == "date":
        for key, side in sides.items():
            if not dates_disjoint(key, norm):
                return side
    return None
