"""Reading the store: pages of articles and stories, one story's briefing, documents."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silang.model import Briefing, Document, Story
from silang.store.models import Article, Membership, StoryRow
from silang.store.serialize import from_dict


def article_summary(a: Article) -> dict[str, Any]:
    """The listing fields of one stored article."""
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published,
        "language": a.language,
        "chars": len(a.text),
    }


def list_articles(session: Session, offset: int = 0, limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
    """The total number of stored articles and one page of them, newest ingest first."""
    total = session.scalar(select(func.count()).select_from(Article)) or 0
    rows = session.scalars(select(Article).order_by(Article.seq.desc()).offset(offset).limit(limit))
    return total, [article_summary(a) for a in rows]


def get_document(session: Session, article_id: str) -> Document | None:
    """One stored article with its annotations, or None."""
    data = session.scalar(select(Article.data).where(Article.id == article_id))
    return from_dict(Document, data) if data is not None else None


def story_summary(row: StoryRow) -> dict[str, Any]:
    """The listing fields of one story."""
    data = row.data
    return {
        "id": row.id,
        "title": row.title,
        "size": row.size,
        "newest": row.newest,
        "independent_sources": len(data.get("independent_groups") or []) or None,
        "facts": len(data.get("facts") or []),
        "conflicts": len(data.get("conflicts") or []),
        "quotes": len(data.get("quotes") or []),
    }


def list_stories(
    session: Session, offset: int = 0, limit: int = 50, min_size: int = 1
) -> tuple[int, list[dict[str, Any]]]:
    """Stories newest first, the largest first within a day, with the total count."""
    where = StoryRow.size >= min_size
    total = session.scalar(select(func.count()).select_from(StoryRow).where(where)) or 0
    order = (StoryRow.newest.desc().nulls_last(), StoryRow.size.desc(), StoryRow.id)
    rows = session.scalars(select(StoryRow).where(where).order_by(*order).offset(offset).limit(limit))
    return total, [story_summary(r) for r in rows]


def story_briefing(session: Session, story_id: str) -> Briefing | None:
    """The briefing of one stored story: the story and its articles; None if unknown."""
    row = session.get(StoryRow, story_id)
    if row is None:
        return None
    story = from_dict(Story, row.data)
    return Briefing(articles=_documents(session, story.articles), stories=[story])


def _documents(session: Session, ids: list[str]) -> list[Document]:
    rows = {a.id: a.data for a in session.scalars(select(Article).where(Article.id.in_(ids)))}
    return [from_dict(Document, rows[i]) for i in ids if i in rows]


def full_briefing(session: Session) -> Briefing:
    """Every stored article and story as one briefing."""
    stories = [from_dict(Story, r.data) for r in session.scalars(select(StoryRow).order_by(StoryRow.id))]
    docs = [from_dict(Document, a.data) for a in session.scalars(select(Article).order_by(Article.seq))]
    return Briefing(articles=docs, stories=stories)


def story_of(session: Session, article_id: str) -> str | None:
    """The id of the story an article belongs to."""
    return session.scalar(select(Membership.story_id).where(Membership.article_id == article_id))
