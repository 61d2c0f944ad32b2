"""The FastAPI application: API routes, the web page at ``/``, limits and security headers."""

from __future__ import annotations

import threading
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.types import ASGIApp

from silang.server.routes import router
from silang.store.db import resolve_url, session_factory

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# The page loads only its own files; no inline script can run even if text were mis-rendered.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class LimitsAndHeaders(BaseHTTPMiddleware):
    """Refuse bodies over the size limit before reading them; add security headers."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """Check the declared length, then pass the request on."""
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            return JSONResponse(
                {
                    "detail": f"request body too large: the limit is {self.max_bytes // 1024} KiB; "
                    "split the upload into smaller files"
                },
                status_code=413,
            )
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.url.path.startswith("/static/") or request.url.path == "/":
            response.headers["Cache-Control"] = "no-cache"  # revalidate: a new release shows at once
        return response


def create_app(db_url: str | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """The silang app over the store at ``db_url`` (a URL or SQLite path; default ``SILANG_DB``)."""
    app = FastAPI(
        title="silang",
        version="1",
        description="Cross-checked briefings of news stories: articles, stories, quotes, facts, search.",
        # Swagger UI and ReDoc load their scripts from a CDN; the schema itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_url = resolve_url(db_url)
    app.state.sessions = session_factory(app.state.db_url)
    app.state.ingest_lock = threading.Lock()
    app.state.max_upload_bytes = max_upload_bytes
    app.add_middleware(LimitsAndHeaders, max_bytes=max_upload_bytes)
    app.include_router(router, prefix="/api")
    static = resources.files("silang.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static / "index.html"), media_type="text/html")

    return app
