"""The briefing as JSON: contract version 1 (see docs/briefing.md and schema/briefing-v1.json)."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from importlib import resources
from typing import Any

from silang.model import Briefing, Document, Story


def article_to_dict(doc: Document) -> dict[str, Any]:
    """One article: metadata, cleaned body, removed chrome, and the text all offsets point into."""
    return {
        "id": doc.id,
        "source": doc.source,
        "outlet": doc.outlet,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "published_inferred": doc.published_inferred,
        "published_window": doc.meta.get("published_window"),
        "language": doc.language,
        "body": doc.body,
        "boilerplate": doc.boilerplate,
        "dateline": doc.dateline,
        "wires": list(doc.wires),
        "source_text": doc.text,
        "quantities": [asdict(q) for q in doc.quantities],
        "times": [asdict(t) for t in doc.times],
        "identifiers": [asdict(i) for i in doc.identifiers],
        "checks": [asdict(c) for c in doc.checks],
        "warnings": list(doc.meta.get("warnings", [])) + list(doc.meta.get("step_errors", [])),
    }


def story_to_dict(story: Story) -> dict[str, Any]:
    """One story with its derivations, entities, quotes, facts, conflicts, checks and timeline."""
    return asdict(story)


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The whole briefing as a JSON-ready dict (contract version 1)."""
    return {
        "version": briefing.version,
        "articles": [article_to_dict(d) for d in briefing.articles],
        "stories": [story_to_dict(s) for s in briefing.stories],
        "errors": [asdict(e) for e in briefing.errors],
        "stats": briefing.stats,
    }


def render(briefing: Briefing, indent: int | None = 1) -> str:
    """The briefing as a JSON string."""
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=indent)


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the briefing contract."""
    text = (resources.files("silang.schema") / "briefing-v1.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def validate(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` breaks the contract."""
    import jsonschema

    jsonschema.validate(data, schema())
