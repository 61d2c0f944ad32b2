"""``kill -9`` in the middle of ``silang ingest`` leaves a consistent store, and a re-run finishes the job."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from silang.store import ingest, load_briefing

DEV = Path("/work/shared/corpora/dev-id/articles.jsonl")
N = 16
CLI = "import sys; from silang.cli import main; sys.argv[0] = 'silang'; main()"


def _count(db: Path, where: str = "1=1") -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute(f"SELECT count(*) FROM articles WHERE {where}").fetchone()[0])
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def _consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for (data,) in conn.execute("SELECT data FROM articles"):
            assert json.loads(data)["text"]
        # Placed articles are each in exactly one story; unplaced ones in none.
        rows = conn.execute(
            "SELECT a.placed, count(m.story_id) FROM articles a "
            "LEFT JOIN story_articles m ON m.article_id = a.id GROUP BY a.id"
        ).fetchall()
        assert all(n == (1 if placed else 0) for placed, n in rows)
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def _start_and_kill(src: Path, db: Path, kill_after: int) -> None:
    env = dict(os.environ, SILANG_DB=str(db))
    proc = subprocess.Popen([sys.executable, "-c", CLI, "ingest", str(src), "-q"], env=env)
    deadline = time.monotonic() + 240
    while _count(db) < kill_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


def test_kill_mid_ingest_then_rerun(tmp_path: Path) -> None:
    src = tmp_path / "articles.jsonl"
    with DEV.open(encoding="utf-8") as fh:
        src.write_text("".join(next(fh) for _ in range(N)), encoding="utf-8")
    db = tmp_path / "store.db"

    # 1. Killed while storing articles: some committed, whole; none placed in stories yet.
    _start_and_kill(src, db, 3)
    assert 3 <= _count(db) < N
    assert _count(db, "placed = 0") == _count(db)
    _consistent(db)

    # 2. The re-run is killed after every article is stored, during the story phase: still all or nothing.
    _start_and_kill(src, db, N)
    assert _count(db) == N and _count(db, "placed = 0") == N
    _consistent(db)

    # 3. A third run finishes the job, and the store equals one made in a single clean run.
    env = dict(os.environ, SILANG_DB=str(db))
    subprocess.run([sys.executable, "-c", CLI, "ingest", str(src), "-q"], env=env, check=True)
    _consistent(db)
    assert _count(db) == N and _count(db, "placed = 0") == 0
    clean = tmp_path / "clean.db"
    ingest([str(src)], str(clean))
    got = load_briefing(str(db))
    want = load_briefing(str(clean))
    assert {d.id: d.text for d in got.articles} == {d.id: d.text for d in want.articles}
    assert sorted(sorted(s.articles) for s in got.stories) == sorted(sorted(s.articles) for s in want.stories)
