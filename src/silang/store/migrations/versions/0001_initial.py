"""Initial store: articles, stories, memberships, quotes, facts and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables, then the dialect's full-text search."""
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.String(2000), nullable=True, unique=True),
        sa.Column("source", sa.String(2000), nullable=False),
        sa.Column("outlet", sa.String(300), index=True),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10), index=True),
        sa.Column("language", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("placed", sa.Boolean, nullable=False, index=True),
        sa.Column("ingested_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False, index=True),
        sa.Column("newest", sa.String(10), index=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "story_articles",
        sa.Column("story_id", sa.String(200), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(
            "article_id",
            sa.String(200),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.String(200),
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("group_index", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(500)),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.String(200),
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("status", sa.String(40), nullable=False, index=True),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("centrality", sa.Float, nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table, expr in (
            ("articles", "coalesce(title, '') || ' ' || text"),
            ("quotes", "coalesce(speaker, '') || ' ' || text"),
        ):
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN tsv tsvector "
                f"GENERATED ALWAYS AS (to_tsvector('simple', {expr})) STORED"
            )
            op.execute(f"CREATE INDEX ix_{table}_tsv ON {table} USING GIN (tsv)")
    else:
        # External-content FTS5 tables, kept in step with their tables by triggers.
        for table, cols, key in (
            ("articles", "title, text", "seq"),
            ("quotes", "speaker, text", "id"),
        ):
            fts = f"{table}_fts"
            new = ", ".join(f"new.{c.strip()}" for c in cols.split(","))
            old = ", ".join(f"old.{c.strip()}" for c in cols.split(","))
            op.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
                f"content_rowid='{key}', tokenize='unicode61 remove_diacritics 2')"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.{key}, {new}); END"
            )
            op.execute(
                f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old}); END"
            )


def downgrade() -> None:
    """Drop everything this revision created."""
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS quotes_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("facts", "quotes", "story_articles", "stories", "articles"):
        op.drop_table(table)
