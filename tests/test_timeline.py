"""The timeline: dated events from every article, merged across sources, in date order (issue 7)."""

from __future__ import annotations

import pytest

from silang.model import Story, TimelineEntry
from silang.pipeline.timeline import Timeline

from claims_helpers import annotated_seeds, article, pipeline_seeds, read_through_temporal, sample_story, story_of, tx


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


@pytest.fixture(scope="module")
def real_seeds() -> Story:
    docs, story = pipeline_seeds()
    Timeline().process_story(story, docs)
    return story


def _entry(story: Story, date: str, *words: str) -> TimelineEntry | None:
    return next(
        (e for e in story.timeline if e.date == date and all(w in " ".join(s.text for s in e.evidence) for w in words)),
        None,
    )


@pytest.mark.parametrize(
    ("date", "words", "articles"),
    [
        ("2024-10-30", ("Dewan Keamanan PBB", "Pertemuan tersebut"), {"000"}),
        ("2024-10-28", ("Rutte",), {"000", "004"}),
        ("2024-10-08/2024-10-13", ("1.500 tentara",), {"000", "004"}),
        ("2024-10-18", ("1.500 tentara",), {"003"}),
    ],
)
def test_seed_events_dated_by_the_pipeline(
    real_seeds: Story, date: str, words: tuple[str, ...], articles: set[str]
) -> None:
    entry = _entry(real_seeds, date, *words)
    assert entry is not None, [(e.date, e.text) for e in real_seeds.timeline]
    assert {a[:3] for a in entry.articles} == articles


def test_relative_clause_date_is_its_own_event(real_seeds: Story) -> None:
    entry = next(e for e in real_seeds.timeline if e.date == "2022-02")
    assert "dimulai pada Februari 2022" in entry.text and "1.500" not in entry.text
    assert not any("1.500" in e.text for e in real_seeds.timeline if e.date.startswith("2022"))


def test_sentence_leaning_back_is_told_with_the_one_before(real_seeds: Story) -> None:
    entry = _entry(real_seeds, "2024-10-30", "Pertemuan tersebut")
    assert entry is not None and entry.text.startswith("Dewan Keamanan PBB")
    assert len(entry.evidence) == 2


@pytest.mark.parametrize(
    ("text", "main", "clause"),
    [
        (
            "Polisi menangkap dua tersangka pada Senin (3/3/2025) terkait kasus yang terjadi pada Januari 2025.",
            "2025-03-03",
            "terjadi pada Januari 2025",
        ),
        (
            "Kapal itu tenggelam pada Selasa (11/3/2025), sehari setelah pelabuhan yang dibuka sejak Mei 2020 ditutup.",
            "2025-03-11",
            "dibuka sejak Mei 2020",
        ),
    ],
)
def test_relative_clause_dates_do_not_date_the_main_event(text: str, main: str, clause: str) -> None:
    doc = read_through_temporal([article("a", text)])[0]
    story = story_of([doc])
    Timeline().process_story(story, [doc])
    assert any(e.date == main for e in story.timeline)
    other = next(e for e in story.timeline if e.date != main)
    assert clause in other.text and len(other.text) < len(text) - 20


def test_one_days_events_in_clock_order() -> None:
    text = (
        "Kebakaran melanda tujuh rumah di Tebet pada Kamis (19/6/2025) dini hari, sekira pukul 02.02 WIB. "
        "Api berhasil dipadamkan pada Kamis pukul 04.45 WIB. "
        "Warga mengatakan api pertama kali terlihat pada Kamis sekitar pukul 02.00 WIB. "
        "Lurah Kebon Baru meninjau lokasi pada Kamis (19/6/2025)."
    )
    doc = article("a", text)
    doc.published = "2025-06-19"
    doc = read_through_temporal([doc])[0]
    story = story_of([doc])
    Timeline().process_story(story, [doc])
    firsts = [e.text.split()[0] for e in story.timeline]
    assert firsts == ["Warga", "Kebakaran", "Api", "Lurah"]  # 02.00, 02.02, 04.45, then the untimed


def test_a_question_dates_no_event() -> None:
    text = (
        "Saksi mengaku nomor itu tidak aktif sejak November 2024. "
        '"Yang November tadi itu sudah Saudara hapus?" tanya jaksa pada Jumat (20/6/2025).'
    )
    doc = read_through_temporal([article("a", text)])[0]
    story = story_of([doc])
    Timeline().process_story(story, [doc])
    assert len(story.timeline) == 1 and story.timeline[0].date.startswith("2024-11")


@pytest.fixture(scope="module")
def sample() -> Story:
    docs, story = sample_story()
    Timeline().process_story(story, docs)
    return story


@pytest.mark.parametrize(
    ("date", "words", "articles"),
    [
        ("2025-10-14", ("tenggelam",), {"01-wartanusa", "02-kabarharian", "03-beritaviral"}),
        ("2025-10-15", ("dini hari",), {"04-suaratimur"}),
    ],
)
def test_sample_sinking_dated_by_each_source(
    sample: Story, date: str, words: tuple[str, ...], articles: set[str]
) -> None:
    entry = _entry(sample, date, *words)
    assert entry is not None and set(entry.articles) == articles
    assert sum(1 for e in sample.timeline if e.date == date and "dini hari" in e.text) <= 1


def test_relative_clause_event_word_does_not_own_a_far_date(sample: Story) -> None:
    search = _entry(sample, "2025-10-16", "memperluas area pencarian")
    assert search is not None and search.articles == ["05-antara"]
