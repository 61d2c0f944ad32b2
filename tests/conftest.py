"""Shared fixtures: paths to the real corpora and briefings made once per test session."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("SILANG_STRICT", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SILANG_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpora" / "seeds"
DEV_ID = SHARED / "corpora" / "dev-id" / "articles.jsonl"
SAMPLE = ROOT / "examples" / "feri-selat-lombok"


def dev_records(limit: int | None = None) -> list[dict]:
    """The first ``limit`` records of dev-id (all when None)."""
    out = []
    with DEV_ID.open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS} (set SILANG_SHARED)")
    return SEEDS


@pytest.fixture(scope="session")
def seeds_briefing(seeds_dir: Path):  # type: ignore[no-untyped-def]
    """The full pipeline over the five seed articles."""
    from silang import api

    return api.brief(seeds_dir)


@pytest.fixture(scope="session")
def sample_briefing():  # type: ignore[no-untyped-def]
    """The full pipeline over the sample corpus shipped in examples/."""
    from silang import api

    return api.brief(SAMPLE)
