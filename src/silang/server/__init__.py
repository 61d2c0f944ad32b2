"""The REST API and web page of silang: ``create_app(db_url)`` builds the FastAPI app."""

from __future__ import annotations

from silang.server.app import create_app

__all__ = ["create_app"]
