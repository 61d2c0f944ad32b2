"""Words shared by the Markdown and HTML renderers (badges, source labels)."""

from __future__ import annotations

from silang.model import Document, Fact, Span

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
