"""The word prefilter of slots.statements never hides a match of the claims.toml regexes."""

from __future__ import annotations

import re

import pytest

from silang.lang import load
from silang.pipeline import slots

from conftest import dev_records

EDGE = ["Kapal TENGGELAM di Selat Lombok.", "ſerang", "di-PHK", "Gempa-gempa susulan", "İstanbul dibom", "KORBAN tewas"]


def _keys() -> list[tuple[str, str]]:
    data = load("id", "claims")
    return [
        *(("events", k) for k in data["events"]),
        *(("markers", k) for k in data["markers"]),
        *(("status", k) for k in data["status"]["words"]),
    ]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    out = list(EDGE)
    for r in dev_records(150):
        out += [s for s in re.split(r"(?<=[.!?])\s+|\n", r["text"]) if s.strip()]
    return out


@pytest.mark.parametrize(("section", "key"), _keys())
def test_prefilter_keeps_every_match(sentences: list[str], section: str, key: str) -> None:
    rx = slots._status_re("id", key) if section == "status" else slots._phrase_re("id", section, key)
    assert rx is not None
    matched = [s for s in sentences if rx.search(s)]
    assert all(slots._may_hold("id", section, key, slots._folded(s)) for s in matched)
    skipped = [s for s in sentences if not slots._may_hold("id", section, key, slots._folded(s))]
    assert len(skipped) > len(sentences) // 2  # the filter does skip most sentences


@pytest.mark.parametrize("text", ["Serangan ſerang", "Km İ"])
def test_fold_characters_turn_the_filter_off(text: str) -> None:
    assert slots._folded(text) is None and slots._may_hold("id", "events", "attack", None)
