"""HTML pages (trafilatura for the body, htmldate for the date) and HTML fragments to text."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from htmldate import find_date
from trafilatura import bare_extraction

from silang.model import Document
from silang.pipeline.readers.decode import InputError

MIN_LETTERS = 20  # fewer letters than this in the extracted text: no article was found
_LETTERS = re.compile(r"[^\W\d_]")
# Elements whose end starts a new line when a fragment (a feed entry) is flattened to text.
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}


def from_html(html: str, source: str, doc_id: str) -> Document:
    """A web page to a Document whose ``text`` is trafilatura's extracted article text."""
    if "<" not in html:
        raise InputError("no HTML markup found")
    try:
        result = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"malformed HTML ({type(exc).__name__}: {exc})") from None
    if result is None:
        raise InputError("malformed HTML or no article text found in it")
    extracted: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    text = extracted.get("text")
    if not text or len(_LETTERS.findall(text)) < MIN_LETTERS:
        raise InputError("malformed HTML or no article text found in it")
    try:
        date = find_date(html, original_date=True, extensive_search=False)
    except Exception:  # a page without a usable date is still an article
        date = None
    doc = Document(
        id=doc_id,
        source=source,
        text=text,
        title=extracted.get("title") or None,
        outlet=extracted.get("sitename") or None,
        url=extracted.get("url") or None,
        published=date or None,
        published_raw=date or None,
    )
    doc.meta["format"] = "html"
    if extracted.get("author"):
        doc.meta["author"] = extracted.get("author")
    return doc


def fragment_text(html: str) -> str:
    """The text of an HTML fragment, one line per block element (feed summaries and contents)."""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # unparseable fragment: keep what is there rather than nothing
        return html.strip()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
