"""silang (cek silang): turn a pile of news articles into a cross-checked briefing."""

from __future__ import annotations

from silang.model import Briefing, Document, Story

__all__ = ["Briefing", "Document", "Story", "__version__", "brief"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    if name == "brief":
        from silang.api import brief

        return brief
    raise AttributeError(name)
