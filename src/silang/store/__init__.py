"""The silang store: articles, stories, quotes and facts in SQLite or PostgreSQL.

>>> from silang.store import ingest, load_briefing  # doctest: +SKIP
>>> ingest(["../shared/corpora/seeds"], "silang.db")  # doctest: +SKIP
>>> load_briefing("silang.db").stories  # doctest: +SKIP
"""

from __future__ import annotations

from silang.model import Briefing
from silang.store.db import resolve_url, session_factory
from silang.store.ingest import IngestReport, ingest
from silang.store.queries import full_briefing, story_briefing

__all__ = ["IngestReport", "ingest", "load_briefing", "resolve_url", "session_factory"]


def load_briefing(db_url: str | None = None, story_id: str | None = None) -> Briefing:
    """The stored briefing: every story, or only ``story_id`` (KeyError if it is not stored)."""
    with session_factory(db_url)() as session:
        if story_id is None:
            return full_briefing(session)
        briefing = story_briefing(session, story_id)
    if briefing is None:
        raise KeyError(f"no story {story_id!r} in the store; `silang stories` lists them")
    return briefing
