"""The per-document steps give the same articles in worker processes as in this one."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from silang import api
from silang.model import Document
from silang.pipeline import DOC_STEPS, run, workers_for
from silang.render.json import briefing_to_dict

from conftest import DEV_ID, SAMPLE, SEEDS


def _docs(n: int) -> list[Document]:
    docs, _ = api.read([str(DEV_ID)])
    return docs[:n]


@pytest.mark.parametrize(("env", "n", "want"), [("1", 5000, 1), ("3", 400, 3), ("3", 150, 1), ("8", 250, 2)])
def test_workers_for(monkeypatch: pytest.MonkeyPatch, env: str, n: int, want: int) -> None:
    monkeypatch.setenv("SILANG_WORKERS", env)
    assert workers_for(n) == want


def test_workers_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILANG_WORKERS", "1")
    serial, serial_steps = run(_docs(12), steps=DOC_STEPS)
    monkeypatch.setenv("SILANG_WORKERS", "2")
    monkeypatch.setattr("silang.pipeline.PER_WORKER", 2)
    monkeypatch.setattr("silang.pipeline.CHUNK", 3)
    seen: list[str] = []
    docs = _docs(12)
    parallel, parallel_steps = run(docs, steps=DOC_STEPS, progress=lambda d: seen.append(d.id))
    assert seen == [d.id for d in docs] == list(parallel.docs)
    assert all(parallel.docs[d.id] is d for d in docs)  # annotated in place, as in one process
    assert [asdict(d) for d in parallel.docs.values()] == [asdict(d) for d in serial.docs.values()]
    assert any(d.mentions for d in docs) and any(d.quotes for d in docs)
    for a, b in zip(serial_steps, parallel_steps, strict=True):
        assert (a.stats.items, a.stats.produced, a.stats.errors) == (b.stats.items, b.stats.produced, b.stats.errors)


def test_story_steps_in_workers_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def brief() -> dict[str, Any]:
        docs, _ = api.read([*sorted(str(p) for p in SEEDS.glob("*.txt")), str(SAMPLE)])
        data = briefing_to_dict(api.analyse(docs))
        data.pop("stats")
        return data

    monkeypatch.setenv("SILANG_WORKERS", "1")
    serial = brief()
    monkeypatch.setenv("SILANG_WORKERS", "2")
    monkeypatch.setattr("silang.pipeline.PER_WORKER", 2)
    monkeypatch.setattr("silang.pipeline.STORY_CHUNK", 1)
    parallel = brief()
    assert parallel == serial and len(serial["stories"]) >= 2
    assert any(s["facts"] for s in serial["stories"]) and any(s["conflicts"] for s in serial["stories"])
