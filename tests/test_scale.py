"""The Dask path runs the same steps on a real distributed cluster and agrees with the local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from silang import api
from silang.scale.dask import UNDATED, brief_dask, window_of

from conftest import dev_records


def test_window_of_groups_by_week_and_keeps_undated_apart() -> None:
    from silang.model import Document

    a = Document(id="a", source="x", text="t", published="2025-06-18")
    b = Document(id="b", source="x", text="t", published="2025-06-19")
    c = Document(id="c", source="x", text="t")
    assert window_of(a, 7) == window_of(b, 7)
    assert window_of(a, 1) != window_of(b, 1)
    assert window_of(c, 7) == UNDATED


@pytest.mark.slow
def test_dask_local_cluster_matches_local_run(tmp_path: Path) -> None:
    records = dev_records(120)
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    summary = brief_dask([str(src)], tmp_path / "out", scheduler="local", window_days=3650, blocksize="64KB")
    assert summary["articles"] == len(records)
    assert not summary["errors"]
    parts = [json.loads(Path(w["file"]).read_text(encoding="utf-8")) for w in summary["windows"]]
    dask_groups = {frozenset(s["articles"]) for p in parts for s in p["stories"]}
    local = api.brief([str(src)])
    local_groups = {frozenset(s.articles) for s in local.stories}
    assert dask_groups == local_groups


def test_dask_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    records = dev_records(6)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(3, '{"id": "broken", "text": "Jakarta -')
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = brief_dask([str(src)], tmp_path / "out", scheduler=None)
    assert summary["articles"] == 6
    assert len(summary["errors"]) == 1
    message = summary["errors"][0]["message"]
    assert "line 4" in message
    assert "JSON" in message
