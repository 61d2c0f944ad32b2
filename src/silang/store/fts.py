"""Full-text search over articles and quotes: SQLite FTS5 or PostgreSQL ``tsvector``."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

KINDS = ("articles", "quotes")
# Highlight marks in snippets; plain characters, so clients can escape the snippet as text.
MARK_OPEN, MARK_CLOSE = "«", "»"


def _terms(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def _sqlite(session: Session, kind: str, terms: list[str], limit: int, offset: int) -> list[dict[str, Any]]:
    match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
    snip = f"snippet({kind}_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24)"
    if kind == "articles":
        sql = (
            f"SELECT a.id, a.title, a.outlet, a.published, {snip} AS snippet "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH :m ORDER BY bm25(articles_fts) LIMIT :l OFFSET :o"
        )
    else:
        sql = (
            'SELECT q.story_id, q.group_index, q.speaker, q.article_id, q.start, q."end", q.text, '
            f"{snip} AS snippet FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
            "WHERE quotes_fts MATCH :m ORDER BY bm25(quotes_fts) LIMIT :l OFFSET :o"
        )
    rows = session.execute(text(sql), {"m": match, "l": limit, "o": offset}).mappings()
    return [dict(r) for r in rows]


def _postgres(session: Session, kind: str, terms: list[str], limit: int, offset: int) -> list[dict[str, Any]]:
    opts = f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxWords=30, MinWords=10"
    query = "plainto_tsquery('simple', :q)"
    if kind == "articles":
        sql = (
            "SELECT id, title, outlet, published, "
            f"ts_headline('simple', text, {query}, '{opts}') AS snippet FROM articles "
            f"WHERE tsv @@ {query} ORDER BY ts_rank(tsv, {query}) DESC, seq LIMIT :l OFFSET :o"
        )
    else:
        sql = (
            'SELECT story_id, group_index, speaker, article_id, start, "end", text, '
            f"ts_headline('simple', text, {query}, '{opts}') AS snippet FROM quotes "
            f"WHERE tsv @@ {query} ORDER BY ts_rank(tsv, {query}) DESC, id LIMIT :l OFFSET :o"
        )
    rows = session.execute(text(sql), {"q": " ".join(terms), "l": limit, "o": offset}).mappings()
    return [dict(r) for r in rows]


def search(
    session: Session, query: str, kind: str = "articles", limit: int = 20, offset: int = 0
) -> list[dict[str, Any]]:
    """Best matches for every word of ``query`` among stored articles or quotes, with a snippet."""
    if kind not in KINDS:
        raise ValueError(f"unknown search kind {kind!r}; use one of {', '.join(KINDS)}")
    terms = _terms(query)
    if not terms:
        return []
    run = _postgres if session.get_bind().dialect.name == "postgresql" else _sqlite
    return run(session, kind, terms, limit, offset)


def key_words(text_: str, lang: str = "id", keep: int = 6) -> list[str]:
    """The rarest words of ``text_`` by the language's background document frequencies."""
    from silang.pipeline.neighbours import background

    n_docs, df = background(lang)
    words = {w.lower() for w in _terms(text_) if len(w) >= 3 and not w.isdigit()}
    # Unknown words are rarest; words in more than a tenth of a news corpus carry no story.
    scored = [(df.get(w, 0), w) for w in words if df.get(w, 0) <= max(1, n_docs // 10)]
    return [w for _, w in sorted(scored)[:keep]]


def related(session: Session, text_: str, limit: int = 30, lang: str = "id") -> list[str]:
    """Ids of stored articles sharing at least two of the key words of ``text_``."""
    words = key_words(text_, lang)
    if len(words) < 2:
        return []
    pairs = [(a, b) for i, a in enumerate(words) for b in words[i + 1 :]]
    if session.get_bind().dialect.name == "postgresql":
        sql = (
            "SELECT id FROM articles WHERE tsv @@ to_tsquery('simple', :q) "
            "ORDER BY ts_rank(tsv, to_tsquery('simple', :q)) DESC LIMIT :l"
        )
        params: dict[str, Any] = {"q": " | ".join(f"({a} & {b})" for a, b in pairs), "l": limit}
    else:
        sql = (
            "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts) LIMIT :l"
        )
        params = {"q": " OR ".join(f'("{a}" AND "{b}")' for a, b in pairs), "l": limit}
    return list(session.scalars(text(sql), params))
