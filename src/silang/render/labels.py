"""Words shared by the Markdown and HTML renderers (badges, source labels)."""

from __future__ import annotations

from silang.model import Document, Fact, QuoteGroup, Span

STATUS_LABEL = {
    "corroborated": "CORROBORATED",
    "single-source": "SINGLE SOURCE",
    "contradicted": "CONTRADICTED",
}


def source_label(doc: Document | None, article_id: str) -> str:
    """A short human name for an article: its outlet (or id) and date."""
    if doc is None:
        return article_id
    name = doc.outlet or article_id
    return f"{name}, {doc.published}" if doc.published else name


def source_list(article_ids: list[str], docs: dict[str, Document], sep: str = "; ") -> str:
    """Articles' source labels in first-seen order, one outlet's same-day articles counted once
    ("Okezone, 2025-06-19 (3 articles)")."""
    counts: dict[str, int] = {}
    for a in dict.fromkeys(article_ids):
        key = source_label(docs.get(a), a)
        counts[key] = counts.get(key, 0) + 1
    return sep.join(f"{k} ({n} articles)" if n > 1 else k for k, n in counts.items())


def badge(fact: Fact) -> str:
    """The fact's status, with the independent-source count when corroborated."""
    label = STATUS_LABEL.get(fact.status, fact.status.upper())
    if fact.status == "corroborated":
        return f"{label} by {fact.independent_sources} independent sources"
    return label


def quote_span(span: Span, limit: int = 220) -> str:
    """A span's text on one line, shortened to ``limit`` characters."""
    text = " ".join(span.text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def by_speaker(quotes: list[QuoteGroup]) -> list[tuple[str, list[QuoteGroup]]]:
    """Quote groups gathered per speaker, speakers with the most statements first, direct quotes first."""
    speakers: dict[str, list[QuoteGroup]] = {}
    for q in quotes:
        speakers.setdefault(q.speaker or "unknown speaker", []).append(q)
    ordered = sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [(name, sorted(groups, key=lambda g: not g.direct)) for name, groups in ordered]
