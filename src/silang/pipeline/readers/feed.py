"""RSS and Atom feeds (feedparser): each entry's content or summary becomes one Document."""

from __future__ import annotations

from collections.abc import Iterator

import feedparser

from silang.model import Document
from silang.normalize.published import published_iso
from silang.pipeline.readers.decode import InputError
from silang.pipeline.readers.html import fragment_text
from silang.pipeline.readers.records import domain, stable_id


def looks_like_feed(text: str) -> bool:
    """True when the start of an XML file is an RSS, RDF or Atom document."""
    head = text[:2048].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def iter_feed(data: bytes, source: str) -> Iterator[Document | InputError]:
    """The entries of a feed as Documents; an InputError for a broken feed or an empty entry."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(f"{source}: no feed entries found{reason}")
        return
    outlet = parsed.feed.get("title") or domain(parsed.feed.get("link"))
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{source}: entry {number}"
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        text = fragment_text(html or "")
        if not text:
            yield InputError(f"{where}: entry has no content or summary text")
            continue
        raw = entry.get("published") or entry.get("updated")
        doc = Document(
            id=entry.get("id") or entry.get("link") or stable_id(text),
            source=entry.get("link") or where,
            text=text,
            title=entry.get("title") or None,
            outlet=outlet,
            url=entry.get("link") or None,
            published=published_iso(raw),
            published_raw=raw,
        )
        doc.meta.update({"format": "feed", "input": where})
        yield doc
