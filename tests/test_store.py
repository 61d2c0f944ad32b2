"""The store on real SQLite files (and PostgreSQL when SILANG_TEST_PG is set): ingest, search, reading back."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from silang.model import Document
from silang.store import ingest, load_briefing, resolve_url, session_factory
from silang.store.db import engine_for
from silang.store.fts import search
from silang.store.models import Article, Base, StoryRow
from silang.store.queries import list_articles, list_stories

SEEDS = Path("/work/shared/corpora/seeds")
DEV = Path("/work/shared/corpora/dev-id/articles.jsonl")
os.environ.setdefault("SILANG_STRICT", "1")


def dev_records(n: int, where: dict[str, str] | None = None) -> list[dict[str, str]]:
    """The first ``n`` dev-id records (optionally whose published stamp contains a string)."""
    out = []
    with DEV.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if where and not all(v in (rec.get(k) or "") for k, v in where.items()):
                continue
            out.append(rec)
            if len(out) == n:
                break
    return out


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: a SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    admin_url = os.environ.get("SILANG_TEST_PG")
    if not admin_url:
        pytest.skip("SILANG_TEST_PG is not set (.ci/services.sh starts PostgreSQL and writes it)")
    admin = create_engine(resolve_url(admin_url), isolation_level="AUTOCOMMIT")
    name = "silang_test_" + uuid.uuid4().hex[:10]
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = resolve_url(admin_url).rsplit("/", 1)[0] + "/" + name
    yield url
    engine_for(url).dispose()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def test_ingest_is_idempotent_by_text_and_url(db: str) -> None:
    first = ingest(sorted(SEEDS.glob("*.txt")), db)
    assert len(first.added) == 5 and first.stories_updated
    again = ingest(sorted(SEEDS.glob("*.txt")), db)
    assert again.added == [] and again.duplicates == 5
    # The same text under another id, and another text under a stored URL, are both the same article.
    rec = dev_records(1)[0]
    ingest([rec], db)
    renamed = dict(rec, id="other-id")
    moved = dict(rec, id="x2", text=rec["text"] + " Tambahan.")
    rep = ingest([renamed, moved], db)
    assert rep.added == [] and rep.duplicates == 2
    with session_factory(db)() as s:
        total, _ = list_articles(s, 0, 1)
        assert total == 6
        assert s.scalar(select(Article.seq).where(Article.placed.is_(False))) is None


def test_every_article_in_exactly_one_story_and_spans_hold(db: str) -> None:
    recs = dev_records(16)
    ingest(recs, db)
    briefing = load_briefing(db)
    assert len(briefing.articles) == 16
    placed = [a for s in briefing.stories for a in s.articles]
    assert sorted(placed) == sorted(d.id for d in briefing.articles)
    texts = {d.id: d.text for d in briefing.articles}
    for story in briefing.stories:
        for fact in story.facts:
            for sp in fact.evidence:
                assert texts[sp.article][sp.start : sp.end] == sp.text
        for group in story.quotes:
            for sp in group.variants:
                assert texts[sp.article][sp.start : sp.end] == sp.text


def test_ingest_recomputes_only_stories_related_to_the_new_articles(db: str) -> None:
    recs = dev_records(24)
    ingest(recs[:23], db)
    with session_factory(db)() as s:
        before = {r.id: (r.updated_at, r.data["articles"]) for r in s.scalars(select(StoryRow))}
    rep = ingest([recs[23]], db)
    assert rep.added == [recs[23]["id"]]
    with session_factory(db)() as s:
        after = {r.id: (r.updated_at, r.data["articles"]) for r in s.scalars(select(StoryRow))}
    untouched = set(before) - set(rep.stories_updated)
    assert len(untouched) > len(before) // 2, "most stories are not recomputed"
    assert all(after[i] == before[i] for i in untouched)
    assert any(recs[23]["id"] in after[i][1] for i in rep.stories_updated)


@pytest.mark.parametrize(
    ("query", "kind", "expect"),
    [
        ("Rutte", "articles", True),
        ("rutte KURSK", "articles", True),
        ("zzqxj", "articles", False),
        ('AND OR NOT " * (', "articles", False),
        ("pasukan", "quotes", None),
    ],
)
def test_full_text_search(db: str, query: str, kind: str, expect: bool | None) -> None:
    ingest(sorted(SEEDS.glob("*.txt")), db)
    with session_factory(db)() as s:
        hits = search(s, query, kind, 10)
        if expect is None:  # quotes exist only if the quote steps found some; then they must match
            stored = s.scalar(text("SELECT count(*) FROM quotes"))
            expect = bool(stored) and any("pasukan" in q for q in s.scalars(text("SELECT text FROM quotes")))
    assert bool(hits) == expect
    for h in hits:
        assert "«" in h["snippet"]


def test_stories_list_newest_then_largest(db: str) -> None:
    ingest(dev_records(16), db)
    with session_factory(db)() as s:
        total, items = list_stories(s, 0, 100)
    keys = [(i["newest"] or "", i["size"]) for i in items]
    assert total == len(items) and keys == sorted(keys, reverse=True)


def test_load_briefing_of_one_story_and_unknown(db: str) -> None:
    ingest(sorted(SEEDS.glob("*.txt")), db)
    full = load_briefing(db)
    one = load_briefing(db, full.stories[0].id)
    assert [d.id for d in one.articles] == full.stories[0].articles
    assert all(isinstance(d, Document) and d.text for d in one.articles)
    with pytest.raises(KeyError, match="silang stories"):
        load_briefing(db, "no-such-story")


def test_migrations_match_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = engine_for(resolve_url(str(tmp_path / "m.db")))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    tables_only_in_db = {d[1].name for d in diff if d[0] == "remove_table"}
    assert all(t.startswith(("articles_fts", "quotes_fts")) for t in tables_only_in_db)
    assert [d for d in diff if d[0] != "remove_table"] == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("x.db", "sqlite:///x.db"),
        ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
        ("sqlite:////tmp/a.db", "sqlite:////tmp/a.db"),
    ],
)
def test_resolve_url(given: str, expected: str) -> None:
    assert resolve_url(given) == expected


def test_incremental_ingest_groups_like_one_batch(db: str, tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    ingest(seeds[:2], db)
    ingest(seeds[2:4], db)
    ingest(seeds[4:], db)
    batch = str(tmp_path / "batch.db")
    ingest(seeds, batch)

    def partition(url: str) -> set[frozenset[str]]:
        return {frozenset(s.articles) for s in load_briefing(url).stories}

    assert partition(db) == partition(batch)


def test_cli_ingest_stories_search(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import silang.cli.store  # noqa: F401  (registers the commands)
    from silang.cli import app

    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    res = runner.invoke(app, ["ingest", *paths, "--db", db])
    assert res.exit_code == 0 and "added 5 articles" in res.output
    res = runner.invoke(app, ["ingest", *paths, "--db", db])
    assert res.exit_code == 0 and "skipped 5 already stored" in res.output
    res = runner.invoke(app, ["stories", "--db", db, "--json"])
    listed = json.loads(res.output)
    assert res.exit_code == 0 and sum(s["size"] for s in listed["items"]) == 5
    res = runner.invoke(app, ["search", "Rutte", "--db", db])
    assert res.exit_code == 0 and "«Rutte»" in res.output
    res = runner.invoke(app, ["search", "Rutte", "--db", db, "--kind", "people"])
    assert res.exit_code != 0
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(empty), "--db", db]).exit_code == 1
