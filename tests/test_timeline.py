"""The timeline: dated events from every article, merged across sources, in date order (issue 7)."""

from __future__ import annotations

import pytest

from claims_helpers import annotated_seeds, article, story_of, tx
from silang.model import Story
from silang.pipeline.timeline import Timeline


@pytest.fixture(scope="module")
def seeds() -> Story:
    docs, story = annotated_seeds()
    Timeline().process_story(story, docs)
    return story


def test_seed_timeline_is_ordered(seeds: Story) -> None:
    starts = [e.date.split("/")[0] for e in seeds.timeline]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("date", "articles"),
    [("2024-10-08/2024-10-13", {"000", "004"}), ("2024-10-18", {"003"}), ("2024-10-30", {"000"})],
)
def test_seed_entries_merge_sources(seeds: Story, date: str, articles: set[str]) -> None:
    entry = next(e for e in seeds.timeline if e.date == date)
    assert {a[:3] for a in entry.articles} == articles


def test_seed_evidence_is_honest(seeds: Story) -> None:
    docs, _ = annotated_seeds()
    text = {d.id: d.text for d in docs}
    assert all(text[s.article][s.start : s.end] == s.text for e in seeds.timeline for s in e.evidence)


def test_different_events_on_one_day_stay_apart() -> None:
    a = article("a", "Dalam konferensi pers pada Senin (28/10), Sabrina Singh mengatakan pasukan bergerak.")
    b = article("b", "Rutte berbicara di Brussels pada Senin (28/10/2024) setelah pengarahan intelijen Korsel.")
    tx(a, "Senin (28/10)", "2024-10-28")
    tx(b, "Senin (28/10/2024)", "2024-10-28")
    story = story_of([a, b])
    Timeline().process_story(story, [a, b])
    assert [len(e.articles) for e in story.timeline] == [1, 1]


def test_long_sentence_is_shortened_around_the_date() -> None:
    words = " ".join(["kata"] * 40)
    a = article("a", f"Awalnya {words} lalu kapal tenggelam pada Selasa (11/3/2025) malam di Selat Madura {words}.")
    tx(a, "Selasa (11/3/2025)", "2025-03-11")
    story = story_of([a])
    Timeline().process_story(story, [a])
    assert "Selasa (11/3/2025)" in story.timeline[0].text and len(story.timeline[0].text) < 200
