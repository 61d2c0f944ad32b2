"""Every briefing validates against the JSON contract, and every span is an exact slice of its article."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from silang.render import html, markdown
from silang.render.json import briefing_to_dict, validate


def spans_in(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict shaped like a span anywhere in a JSON tree."""
    if isinstance(node, dict):
        if {"article", "start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from spans_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans_in(value)


def check_spans(data: dict[str, Any]) -> int:
    texts = {a["id"]: a["source_text"] for a in data["articles"]}
    n = 0
    for span in spans_in(data["stories"]) if data["stories"] else iter(()):
        assert span["article"] in texts, span
        assert texts[span["article"]][span["start"] : span["end"]] == span["text"], span
        n += 1
    for art in data["articles"]:
        for span in spans_in([art["quantities"], art["times"], art["identifiers"]]):
            assert span["article"] == art["id"]
            assert art["source_text"][span["start"] : span["end"]] == span["text"], span
            n += 1
        for check in art["checks"]:
            assert art["source_text"][check["start"] : check["end"]] == check["text"], check
    return n


@pytest.mark.parametrize("which", ["seeds_briefing", "sample_briefing"])
def test_briefing_validates_and_spans_are_exact(which: str, request: pytest.FixtureRequest) -> None:
    data = briefing_to_dict(request.getfixturevalue(which))
    validate(data)
    assert check_spans(data) > 50
    json.dumps(data)


def test_seed_text_is_read_as_is(seeds_briefing, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    for doc in seeds_briefing.articles:
        assert doc.text == (seeds_dir / f"{doc.id}.txt").read_text(encoding="utf-8")


def test_markdown_and_html_escape_article_text(sample_briefing) -> None:  # type: ignore[no-untyped-def]
    doc = sample_briefing.articles[0]
    doc.title = "<script>alert(1)</script>"
    page = html.render(sample_briefing)
    assert "<script>alert(1)" not in page
    md = markdown.render(sample_briefing)
    assert md.startswith("# silang briefing")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "silang", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def test_cli_brief_json_to_file(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "brief.json"
    proc = run_cli("brief", str(seeds_dir), "--format", "json", "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    assert {a["id"] for a in data["articles"]} == {p.stem for p in seeds_dir.glob("*.txt")}


def test_cli_exit_code_only_when_nothing_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run_cli("brief", str(tmp_path / "empty.txt"), "--quiet")
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr
    good = tmp_path / "good.txt"
    good.write_text(
        "Jakarta - Banjir merendam 120 rumah di Kelurahan Kampung Melayu pada Senin (3/3/2025). "
        "Petugas mengevakuasi warga ke posko di kantor kelurahan.\n",
        encoding="utf-8",
    )
    proc = run_cli("brief", str(tmp_path), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "empty.txt" in proc.stderr
    assert "# silang briefing" in proc.stdout


def test_cli_rejects_unknown_format(seeds_dir: Path) -> None:
    proc = run_cli("brief", str(seeds_dir), "--format", "pdf")
    assert proc.returncode != 0
    assert "pdf" in proc.stderr


def test_cli_brief_reads_a_store(tmp_path: Path, seeds_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'silang.db'}"
    proc = run_cli("ingest", *sorted(str(p) for p in seeds_dir.glob("*.txt")), "--db", db)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "brief.json"
    proc = run_cli("brief", "--db", db, "--format", "json", "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    assert len(data["articles"]) == 5
    assert any(len(s["articles"]) == 5 for s in data["stories"])
    proc = run_cli("brief", "--db", db, "--story", "no-such-story")
    assert proc.returncode == 1
    assert "no-such-story" in proc.stderr


def test_one_outlets_same_day_articles_are_listed_once_with_their_count() -> None:
    from silang.model import Document
    from silang.render.labels import source_list

    docs = {
        i: Document(id=i, source=i, text="x", outlet=outlet, published="2025-06-19")
        for i, outlet in [("a", "Okezone"), ("b", "Liputan6"), ("c", "Okezone"), ("d", "Okezone")]
    }
    assert source_list(["a", "b", "c", "d", "a"], docs) == "Okezone, 2025-06-19 (3 articles); Liputan6, 2025-06-19"
