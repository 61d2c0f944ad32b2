"""The briefing as one self-contained HTML file (no scripts; every piece of article text escaped)."""

from __future__ import annotations

from html import escape

from silang.model import Briefing, Document, Span, Story
from silang.render.labels import badge, by_speaker, quote_span, source_label

CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:2px solid #333;margin-top:3rem}
.badge{font-size:.75rem;font-weight:700;padding:.1rem .4rem;border-radius:.3rem;color:#fff}
.corroborated{background:#2e7d32}.single-source{background:#757575}.contradicted{background:#c62828}
.sides{display:flex;gap:1rem}.side{flex:1;border:1px solid #ccc;border-radius:.4rem;padding:.5rem}
mark{background:#ffe082}details{margin:.2rem 0}.src{color:#555;font-size:.85rem}
"""
CONTEXT = 160


def _in_context(span: Span, docs: dict[str, Document]) -> str:
    """The span highlighted inside a window of its article's text."""
    doc = docs.get(span.article)
    if doc is None:
        return f"<mark>{escape(span.text)}</mark>"
    lo, hi = max(0, span.start - CONTEXT), min(len(doc.text), span.end + CONTEXT)
    return f"…{escape(doc.text[lo : span.start])}<mark>{escape(span.text)}</mark>{escape(doc.text[span.end : hi])}…"


def _evidence(spans: list[Span], docs: dict[str, Document]) -> str:
    items = []
    for s in spans:
        label = escape(source_label(docs.get(s.article), s.article))
        items.append(
            f"<details><summary>{label}: “{escape(quote_span(s, 140))}”</summary>"
            f"<p>{_in_context(s, docs)}</p></details>"
        )
    return "".join(items)


def render_story(story: Story, docs: dict[str, Document]) -> str:
    """One story as an HTML section."""
    out = [f"<section id='{escape(story.id)}'><h2>{escape(story.title)}</h2>"]
    out.append(f"<p>{len(story.articles)} articles, {len(story.independent_groups)} independent sources.</p>")
    if story.facts:
        out.append("<h3>Fact sheet</h3><ol>")
        for f in sorted(story.facts, key=lambda f: -f.centrality)[:8]:
            out.append(
                f"<li><span class='badge {escape(f.status)}'>{escape(badge(f))}</span> {escape(f.statement)}"
                f"{_evidence(f.evidence, docs)}</li>"
            )
        out.append("</ol>")
    if story.conflicts:
        out.append("<h3>Disagreements</h3>")
        for c in story.conflicts:
            out.append(f"<h4>{escape(c.about)}</h4><div class='sides'>")
            for side in c.sides:
                out.append(
                    f"<div class='side'><strong>{escape(side.value)}</strong>{_evidence(side.evidence, docs)}</div>"
                )
            out.append("</div>")
    if story.checks:
        out.append("<h3>Checks</h3><ul>")
        for ch in story.checks:
            src = escape(source_label(docs.get(ch.article), ch.article))
            out.append(f"<li>{src}: “{escape(ch.text)}”: {escape(ch.message)}</li>")
        out.append("</ul>")
    if story.timeline:
        out.append("<h3>Timeline</h3><ul>")
        for t in story.timeline:
            out.append(f"<li><strong>{escape(t.date)}</strong> {escape(t.text)}{_evidence(t.evidence, docs)}</li>")
        out.append("</ul>")
    if story.summary:
        out.append(f"<h3>Summary</h3><p>{escape(story.summary)}</p>")
    if story.quotes:
        out.append("<h3>Who said what</h3><ul>")
        for speaker, groups in by_speaker(story.quotes):
            out.append(f"<li><strong>{escape(speaker)}</strong><ul>")
            for q in groups:
                kind = "" if q.direct else "<em>reported</em> "
                out.append(f"<li>{kind}{_evidence(q.variants, docs)}</li>")
            out.append("</ul></li>")
        out.append("</ul>")
    out.append("<h3>Sources and independence</h3><ul>")
    for n, group in enumerate(story.independent_groups, 1):
        names = "; ".join(escape(source_label(docs.get(a), a)) for a in group)
        out.append(f"<li>Source {n}: {names}</li>")
    out.append("</ul></section>")
    return "".join(out)


def render(briefing: Briefing) -> str:
    """The whole briefing as an HTML document."""
    docs = {d.id: d for d in briefing.articles}
    body = "".join(render_story(s, docs) for s in briefing.stories)
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'><title>silang briefing</title>"
        f"<style>{CSS}</style></head><body><h1>silang briefing</h1>"
        f"<p>{len(briefing.articles)} articles, {len(briefing.stories)} stories.</p>{body}</body></html>"
    )
