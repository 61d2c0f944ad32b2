"""The REST API on a real SQLite store holding the seeds (FastAPI TestClient)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from silang.render.json import validate
from silang.server import create_app
from silang.store import ingest

SEEDS = sorted(Path("/work/shared/corpora/seeds").glob("*.txt"))
os.environ.setdefault("SILANG_STRICT", "1")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the five seed articles, ingested through the pipeline."""
    db = str(tmp_path_factory.mktemp("server") / "seeds.db")
    ingest(SEEDS, db)
    return db


@pytest.fixture()
def client(store: str) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[TestClient]:
    """An app over an empty store with a 64 KiB upload limit."""
    with TestClient(create_app(str(tmp_path / "fresh.db"), max_upload_bytes=64 * 1024)) as c:
        yield c


def test_articles_page_with_total(client: TestClient) -> None:
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert page["total"] == 5 and len(page["items"]) == 2
    rest = client.get("/api/articles", params={"limit": 10, "offset": 2}).json()
    ids = [a["id"] for a in page["items"] + rest["items"]]
    assert sorted(ids) == sorted(p.stem for p in SEEDS)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles?limit=0", 422),
        ("/api/articles?limit=100000", 422),
        ("/api/articles?offset=-1", 422),
        ("/api/articles?limit=abc", 422),
        ("/api/stories/no-such-story", 404),
        ("/api/stories/..%2F..%2Fetc%2Fpasswd", 404),
        ("/api/stories/a%20b", 422),
        ("/api/articles/nope", 404),
        ("/api/search?q=", 422),
        ("/api/search?q=x&kind=users", 422),
        ("/static/..%2F..%2Fstore%2Fdb.py", 404),
        ("/static/../../store/db.py", 404),
    ],
)
def test_bad_requests_get_clear_4xx(client: TestClient, path: str, status: int) -> None:
    res = client.get(path)
    assert res.status_code == status
    if path.startswith("/api/"):
        assert res.json()["detail"]


def test_story_briefing_follows_the_contract(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories["total"] == len(stories["items"]) >= 1
    biggest = max(stories["items"], key=lambda s: s["size"])
    data = client.get(f"/api/stories/{biggest['id']}").json()
    validate(data)
    (story,) = data["stories"]
    texts = {a["id"]: a["source_text"] for a in data["articles"]}
    assert sorted(texts) == sorted(story["articles"])
    spans = [s for f in story["facts"] for s in f["evidence"]]
    spans += [s for q in story["quotes"] for s in q["variants"]]
    spans += [s for c in story["conflicts"] for side in c["sides"] for s in side["evidence"]]
    assert spans, "the seeds story carries evidence"
    for s in spans:
        assert texts[s["article"]][s["start"] : s["end"]] == s["text"]


def test_story_markdown(client: TestClient) -> None:
    sid = client.get("/api/stories").json()["items"][0]["id"]
    res = client.get(f"/api/stories/{sid}/markdown")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/markdown")
    assert len(res.text) > 100


@pytest.mark.parametrize(("q", "kind", "min_hits"), [("Rutte", "articles", 2), ("Kursk", "articles", 1)])
def test_search(client: TestClient, q: str, kind: str, min_hits: int) -> None:
    items = client.get("/api/search", params={"q": q, "kind": kind}).json()["items"]
    assert len(items) >= min_hits
    assert all(q.lower() in it["snippet"].lower() for it in items)


def test_openapi_and_security_headers(client: TestClient) -> None:
    res = client.get("/openapi.json")
    paths = res.json()["paths"]
    for p in ("/api/articles", "/api/search", "/api/stories", "/api/stories/{story_id}", "/api/ingest"):
        assert p in paths
    page = client.get("/")
    assert page.status_code == 200 and "app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_ingest_json_then_duplicate(fresh: TestClient) -> None:
    rec = {"id": "t1", "title": "Banjir di Bekasi", "text": "Banjir melanda Bekasi pada Senin. " * 5}
    first = fresh.post("/api/ingest", json=rec).json()
    assert first["added"] == ["t1"] and first["stories_updated"]
    again = fresh.post("/api/ingest", json={"articles": [rec]}).json()
    assert again["added"] == [] and again["duplicates"] == 1
    assert fresh.get("/api/articles").json()["total"] == 1


@pytest.mark.parametrize(
    ("body", "ctype", "status"),
    [
        (b"{not json", "application/json", 400),
        (b"[]", "application/json", 422),
        (b'{"title": "no text"}', "application/json", 422),
        (b'[{"text": "   "}]', "application/json", 422),
        (b'"just a string"', "application/json", 422),
        (b"text=hello", "application/x-www-form-urlencoded", 415),
        (json.dumps({"text": "x" * 70_000}).encode(), "application/json", 413),
    ],
)
def test_ingest_rejects_bad_bodies(fresh: TestClient, body: bytes, ctype: str, status: int) -> None:
    res = fresh.post("/api/ingest", content=body, headers={"content-type": ctype})
    assert res.status_code == status
    assert res.json()["detail"]


@pytest.mark.parametrize("name", ["../../../../tmp/evil.txt", "..\\..\\evil.txt", "/etc/cron.d/evil.txt"])
def test_upload_file_names_never_become_paths(fresh: TestClient, name: str, tmp_path: Path) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    res = fresh.post("/api/ingest", files={"file": (name, text.encode(), "text/plain")})
    assert res.status_code == 200 and len(res.json()["added"]) == 1
    assert not Path("/tmp/evil.txt").exists() and not Path("/etc/cron.d/evil.txt").exists()
    art = fresh.get("/api/articles/" + res.json()["added"][0]).json()
    assert ".." not in art["source"] and "evil" not in art["source"]


@pytest.mark.parametrize(
    ("name", "size", "status"),
    [("big.txt", 200 * 1024, 413), ("a.exe", 10, 415), ("noext", 10, 415)],
)
def test_upload_limits(fresh: TestClient, name: str, size: int, status: int) -> None:
    res = fresh.post("/api/ingest", files={"file": (name, b"a" * size, "application/octet-stream")})
    assert res.status_code == status
    assert "limit" in res.json()["detail"] or "unsupported" in res.json()["detail"]
