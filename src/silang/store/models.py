"""The tables of the silang store (SQLAlchemy 2 declarative models).

The schema itself is created by the Alembic migrations in ``migrations/``; these
models mirror it for queries. Full-text search tables (SQLite FTS5) and columns
(PostgreSQL ``tsvector``) are dialect-specific and live only in the migrations.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the store."""


class Article(Base):
    """One stored article: its original text, metadata and doc-level annotations."""

    __tablename__ = "articles"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True, nullable=True)
    source: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    outlet: Mapped[str | None] = mapped_column(String(300), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    # False until the story-level results account for this article (see ingest.update_stories).
    placed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.now())


class StoryRow(Base):
    """One story: its cross-checked reading as JSON plus columns to sort and list by."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True)
    newest: Mapped[str | None] = mapped_column(String(10), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, server_default=func.now())


class Membership(Base):
    """An article belongs to a story."""

    __tablename__ = "story_articles"

    story_id: Mapped[str] = mapped_column(String(200), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class QuoteRow(Base):
    """One wording of a quote, with its speaker and story group."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True
    )
    group_index: Mapped[int] = mapped_column(Integer, nullable=False)
    speaker: Mapped[str | None] = mapped_column(String(500))
    article_id: Mapped[str] = mapped_column(String(200), nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class FactRow(Base):
    """One fact of a story with its status and independent-source count."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True
    )
    statement: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    independent_sources: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    centrality: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
