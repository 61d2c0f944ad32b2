"""The summary: central, non-redundant extractive sentences from different independent groups (issue 7)."""

from __future__ import annotations

import numpy as np
import pytest

from silang.api import brief
from silang.model import Story
from silang.pipeline.summary import Summary, mmr

from claims_helpers import annotated_seeds


@pytest.fixture(scope="module")
def seeds() -> tuple[Story, dict[str, str]]:
    docs, story = annotated_seeds()
    Summary().process_story(story, docs)
    return story, {d.id: d.text for d in docs}


def test_summary_sentences_from_different_groups(seeds: tuple[Story, dict[str, str]]) -> None:
    story, _ = seeds
    groups = {a: n for n, g in enumerate(story.independent_groups) for a in g}
    picked = [groups[s.article] for s in story.summary_evidence]
    assert len(picked) == 3 and len(set(picked)) == 3


def test_summary_is_extractive_and_honest(seeds: tuple[Story, dict[str, str]]) -> None:
    story, text = seeds
    for s in story.summary_evidence:
        assert text[s.article][s.start : s.end] == s.text
        assert " ".join(s.text.split()) in story.summary


def test_summary_skips_chrome_and_headings(seeds: tuple[Story, dict[str, str]]) -> None:
    story, _ = seeds
    assert "Journalism graduate" not in story.summary and "Baca Juga" not in story.summary


@pytest.mark.parametrize(
    ("sim", "relevance", "groups", "expected"),
    [
        # two near-duplicates: the second is skipped for redundancy
        ([[1, 0.95, 0.1], [0.95, 1, 0.1], [0.1, 0.1, 1]], [0.9, 0.89, 0.5], [0, 1, 2], [0, 2]),
        # same group: the other group's sentence comes before a second one from group 0
        ([[1, 0.2, 0.2], [0.2, 1, 0.2], [0.2, 0.2, 1]], [0.9, 0.8, 0.3], [0, 0, 1], [0, 2, 1]),
    ],
)
def test_mmr(sim: list[list[float]], relevance: list[float], groups: list[int], expected: list[int]) -> None:
    assert mmr(np.array(sim), np.array(relevance), groups, 3) == expected


LEAD = (
    "Pesawat Saudia Airlines {} rute Jeddah-Jakarta yang membawa 442 jemaah haji mendarat darurat di Bandara "
    "Kualanamu, Deli Serdang, pada Selasa (17/6/2025) setelah menerima ancaman bom melalui surat elektronik."
)
REST = [
    " Seluruh penumpang dievakuasi ke ruang tunggu bandara. Tim Jihandak memeriksa kabin dan bagasi pesawat.",
    " Para jemaah kemudian diinapkan di dua hotel dekat bandara. Polisi belum menemukan bahan peledak.",
    " Kapolda Sumut memastikan pesawat dalam keadaan steril. Jemaah dijadwalkan terbang ke Jakarta pada Rabu.",
]


def test_summary_leaves_contested_sentences_to_the_disagreements() -> None:
    # three outlets open with one sentence; one writes another flight number: that sentence is contested
    records = [
        {"id": k, "outlet": f"{k}.id", "published": f"2025-06-17T1{n}:00:00+07:00", "text": LEAD.format(f) + rest}
        for n, (k, f, rest) in enumerate(zip("abc", ["SV-5276", "SV-5726", "SV-5276"], REST, strict=True))
    ]
    story = brief(records).stories[0]
    assert [c.kind for c in story.conflicts] == ["identifier"]
    assert story.summary and "SV-5" not in story.summary
