"""The briefing as Markdown: a fact sheet per story, then its evidence."""

from __future__ import annotations

from silang.model import Briefing, Document, Story
from silang.render.labels import badge, by_speaker, quote_span, source_label, source_list

FACT_SHEET_SIZE = 8


def _md(text: str) -> str:
    """Escape the characters that would turn article text into Markdown markup."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_story(story: Story, docs: dict[str, Document]) -> str:
    """One story: fact sheet, conflicts side by side, checks, timeline, quotes, sources."""

    def label(a: str) -> str:
        return source_label(docs.get(a), a)

    out = [f"## {_md(story.title)}", ""]
    out.append(f"{len(story.articles)} articles, {len(story.independent_groups)} independent sources.")
    out.append("")
    if story.facts:
        out += ["### Fact sheet", ""]
        facts = sorted(story.facts, key=lambda f: -f.centrality)[:FACT_SHEET_SIZE]
        for i, fact in enumerate(facts, 1):
            sources = source_list([e.article for e in fact.evidence], docs)
            out.append(f"{i}. **[{badge(fact)}]** {_md(fact.statement)}  ")
            out.append(f"   _Sources: {_md(sources)}_")
        out.append("")
    if story.conflicts:
        out += ["### Disagreements", ""]
        for c in story.conflicts:
            out.append(f"**{_md(c.about)}** (confidence {c.confidence:.2f})")
            out.append("")
            out.append("| " + " | ".join(_md(s.value) for s in c.sides) + " |")
            out.append("|" + "---|" * len(c.sides))
            cells = []
            for side in c.sides:
                ev = "<br>".join(f"{_md(label(e.article))}: “{_md(quote_span(e, 160))}”" for e in side.evidence)
                cells.append(ev)
            out.append("| " + " | ".join(cells) + " |")
            out.append("")
    if story.checks:
        out += ["### Checks", ""]
        for ch in story.checks:
            out.append(f"- {_md(label(ch.article))}: “{_md(ch.text)}”: {_md(ch.message)}")
        out.append("")
    if story.timeline:
        out += ["### Timeline", ""]
        for t in story.timeline:
            srcs = source_list(t.articles, docs)
            out.append(f"- **{t.date}**: {_md(t.text)} _({_md(srcs)})_")
        out.append("")
    if story.summary:
        out += ["### Summary", "", _md(story.summary), ""]
    if story.quotes:
        out += ["### Who said what", ""]
        for speaker, groups in by_speaker(story.quotes):
            out.append(f"- **{_md(speaker)}**")
            for q in groups:
                kind = "" if q.direct else "(reported) "
                wordings = " / ".join(f"“{_md(quote_span(v))}” ({_md(label(v.article))})" for v in q.variants)
                out.append(f"  - {kind}{wordings}")
        out.append("")
    if story.entities:
        out += ["### Who and what is named", ""]
        for e in story.entities[:40]:
            extra = [a for a in e.aliases if a != e.name]
            aka = f" (also: {', '.join(extra)})" if extra else ""
            roles = f": {', '.join(e.roles)}" if e.roles else ""
            out.append(f"- {_md(e.name)} [{e.type}]{_md(aka)}{_md(roles)}")
        out.append("")
    out += ["### Sources and independence", ""]
    for n, group in enumerate(story.independent_groups, 1):
        out.append(f"- Source {n}: " + "; ".join(_md(label(a)) for a in group))
    for d in story.derivations:
        a, b = d.articles
        arrow = "↔"
        if d.direction:  # "first->second": the earlier article first
            a, b = d.direction.split("->")
            arrow = "→"
        out.append(f"  - {_md(label(a))} {arrow} {_md(label(b))}: {d.kind} (score {d.score:.2f})")
    out.append("")
    return "\n".join(out)


def render(briefing: Briefing) -> str:
    """The whole briefing as Markdown."""
    docs = {d.id: d for d in briefing.articles}
    out = ["# silang briefing", ""]
    out.append(f"{len(briefing.articles)} articles read, {len(briefing.stories)} stories.")
    if briefing.errors:
        out.append(f"{len(briefing.errors)} inputs could not be read:")
        out += [f"- {e.source}: {e.message}" for e in briefing.errors]
    out.append("")
    out += [render_story(s, docs) for s in briefing.stories]
    return "\n".join(out)
