"""Opening a store: the URL, the engine, the migrations and sessions.

SQLite is the default (``silang.db`` in the working directory, or ``SILANG_DB``);
PostgreSQL is chosen by URL (``postgresql+psycopg://user@host/db``).
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB = "silang.db"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db``: a URL, a SQLite file path, ``SILANG_DB``, or ``silang.db``."""
    value = db or os.environ.get("SILANG_DB") or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{value}"
    if value.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver we ship with; SQLAlchemy's bare scheme means psycopg2.
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


@cache
def engine_for(url: str) -> Engine:
    """One engine per URL, migrated to the newest schema on first use."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    migrate(engine)
    return engine


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("silang.store") / "migrations"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema up to ``revision``."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def session_factory(db: str | None = None) -> sessionmaker[Session]:
    """A session maker bound to the (migrated) store at ``db``."""
    return sessionmaker(engine_for(resolve_url(db)), expire_on_commit=False)
