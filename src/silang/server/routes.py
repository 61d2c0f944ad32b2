"""The ``/api`` routes: articles, search, stories (JSON contract and Markdown), ingest."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import PlainTextResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from silang.render.json import article_to_dict, briefing_to_dict
from silang.render.markdown import render as render_markdown
from silang.store import fts
from silang.store.ingest import ingest
from silang.store.queries import get_document, list_articles, list_stories, story_briefing, story_of

router = APIRouter()
UPLOAD_SUFFIXES = (".txt", ".json", ".jsonl", ".csv", ".html", ".htm", ".xml", ".rss", ".atom")
ID_PATTERN = r"^[\w.:-]{1,200}$"


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(_session)]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
ItemId = Annotated[str, PathParam(pattern=ID_PATTERN)]


@router.get("/articles", summary="A page of stored articles with the total count")
def articles(session: SessionDep, offset: Offset = 0, limit: Limit = 50) -> dict[str, Any]:
    """Articles, most recently ingested first; ``total`` counts every stored article."""
    total, items = list_articles(session, offset, limit)
    return {"total": total, "offset": offset, "limit": limit, "items": items}


@router.get("/articles/{article_id}", summary="One article: text, cleaned body, removed chrome")
def article(session: SessionDep, article_id: ItemId) -> dict[str, Any]:
    """The article in the contract's shape plus ``blocks`` and its story id."""
    doc = get_document(session, article_id)
    if doc is None:
        raise HTTPException(404, f"no article {article_id!r}")
    out = article_to_dict(doc)
    out["blocks"] = [{"start": b.start, "end": b.end, "kind": b.kind, "reason": b.reason} for b in doc.blocks]
    out["story"] = story_of(session, article_id)
    return out


@router.get("/search", summary="Full-text search over articles or quotes")
def search(
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find, all of them")],
    kind: Literal["articles", "quotes"] = "articles",
    offset: Offset = 0,
    limit: Limit = 20,
) -> dict[str, Any]:
    """Matches ranked by relevance; snippets mark hits with « and »."""
    items = fts.search(session, q, kind, limit, offset)
    return {"q": q, "kind": kind, "offset": offset, "limit": limit, "items": items}


@router.get("/stories", summary="Stories, newest first and largest first within a day")
def stories(
    session: SessionDep,
    offset: Offset = 0,
    limit: Limit = 50,
    min_size: Annotated[int, Query(ge=1, le=1000, description="only stories with this many articles")] = 1,
) -> dict[str, Any]:
    """A page of stories with their size, newest date and counts."""
    total, items = list_stories(session, offset, limit, min_size)
    return {"total": total, "offset": offset, "limit": limit, "items": items}


def _briefing_or_404(session: Session, story_id: str) -> Any:
    briefing = story_briefing(session, story_id)
    if briefing is None:
        raise HTTPException(404, f"no story {story_id!r}; GET /api/stories lists them")
    return briefing


@router.get("/stories/{story_id}", summary="One story's briefing (JSON contract v1)")
def story(session: SessionDep, story_id: ItemId) -> dict[str, Any]:
    """The briefing of one story: its articles (with ``source_text``) and the story."""
    return briefing_to_dict(_briefing_or_404(session, story_id))


@router.get(
    "/stories/{story_id}/markdown",
    response_class=PlainTextResponse,
    summary="One story's briefing as Markdown",
)
def story_markdown(session: SessionDep, story_id: ItemId) -> PlainTextResponse:
    """The Markdown briefing of one story."""
    text = render_markdown(_briefing_or_404(session, story_id))
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")


def _records(payload: Any) -> list[dict[str, Any]]:
    items = payload.get("articles", payload) if isinstance(payload, dict) else payload
    items = [items] if isinstance(items, dict) else items
    if not isinstance(items, list) or not items or not all(isinstance(x, dict) for x in items):
        raise HTTPException(422, 'send one article object, a list of them, or {"articles": [...]}')
    for i, rec in enumerate(items):
        text = next((rec.get(f) for f in ("text", "body", "content") if rec.get(f)), None)
        if not isinstance(text, str) or not text.strip():
            raise HTTPException(422, f"article {i} has no non-empty 'text' (or 'body'/'content') string")
    return items


def _report(request: Request, inputs: list[Any]) -> dict[str, Any]:
    with request.app.state.ingest_lock:
        rep = ingest(inputs, request.app.state.db_url)
    return {
        "added": rep.added,
        "duplicates": rep.duplicates,
        "errors": [{"source": e.source, "message": e.message} for e in rep.errors],
        "stories_updated": rep.stories_updated,
    }


async def _read_capped(request: Request) -> bytes:
    limit: int = request.app.state.max_upload_bytes
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise HTTPException(413, f"request body too large: the limit is {limit // 1024} KiB")
    return bytes(body)


@router.post("/ingest", summary="Add articles: a JSON body (object or list) or a file upload")
async def ingest_route(request: Request) -> dict[str, Any]:
    """Store new articles (duplicates by URL or text are skipped) and update their stories."""
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        return await _ingest_upload(request)
    if not ctype.startswith("application/json"):
        raise HTTPException(415, "send application/json or multipart/form-data with a 'file' field")
    try:
        payload = json.loads(await _read_capped(request))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"invalid JSON body: {exc}") from None
    return await run_in_threadpool(_report, request, _records(payload))


async def _ingest_upload(request: Request) -> dict[str, Any]:
    limit: int = request.app.state.max_upload_bytes
    form = await request.form(max_files=1, max_fields=5)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise HTTPException(422, "multipart upload needs one file in the field 'file'")
    # The client's file name only chooses the reader (by suffix); it never becomes a path.
    suffix = Path((upload.filename or "").replace("\\", "/")).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise HTTPException(415, f"unsupported file type {suffix or '(none)'!r}; use {', '.join(UPLOAD_SUFFIXES)}")
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"file too large: the limit is {limit // 1024} KiB")
    with tempfile.TemporaryDirectory(prefix="silang-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        return await run_in_threadpool(_report, request, [str(path)])
