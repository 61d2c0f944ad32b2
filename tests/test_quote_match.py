"""Quote matching: one statement by one speaker grouped across articles, different statements kept apart."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from silang.model import Document, QuoteGroup, Story
from silang.pipeline import available_steps, make_step
from silang.pipeline.base import DocStep, StoryStep
from silang.pipeline.quote_match import QuoteMatch, same_speaker

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds"


def _steps() -> list[DocStep]:
    names = [*available_steps(("clean", "segment", "entities")), "quotes"]
    return [s for s in (make_step(n) for n in names) if isinstance(s, DocStep)]


def _docs(texts: dict[str, str]) -> list[Document]:
    docs = [Document(k, k, v) for k, v in texts.items()]
    for doc in docs:
        for step in _steps():
            step.run([doc])
    return docs


def _match(docs: list[Document]) -> list[QuoteGroup]:
    story = Story("s1", "test", [d.id for d in docs])
    QuoteMatch().process_story(story, docs)
    return story.quotes


def _overlap(pred: str, gold: str) -> float:
    a, b = Counter(re.findall(r"\w+", pred.lower())), Counter(re.findall(r"\w+", gold.lower()))
    return sum(min(a[w], n) for w, n in b.items()) / max(1, sum(b.values()))


@pytest.fixture(scope="module")
def seed_groups() -> list[QuoteGroup]:
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    return _match(_docs({f.stem: f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))}))


def _gold_multi() -> list[dict]:
    path = SEEDS / "gold.json"
    if not path.is_file():
        return []
    return [q for q in json.loads(path.read_text(encoding="utf-8"))["quotes"] if len(q["in"]) > 1]


@pytest.mark.parametrize("gold", _gold_multi(), ids=lambda q: q["id"])
def test_seed_statement_matched_across_its_articles(seed_groups: list[QuoteGroup], gold: dict) -> None:
    """Q1 (Rutte, 000 + 004) and Q2 (Austin, 000 + 002: 'menyerukan kepada' vs 'mengatakan ke')."""
    found = []
    for group in seed_groups:
        arts = {
            v.article
            for v in group.variants
            for a, t in gold["in"].items()
            if v.article == a and _overlap(v.text, t) >= 0.8
        }
        if arts:
            found.append((group, arts))
    assert any(arts == set(gold["in"]) for _, arts in found), [(g.speaker, a) for g, a in found]
    group = next(g for g, arts in found if arts == set(gold["in"]))
    assert gold["speaker"].split()[-1] in (group.speaker or "")


def test_seed_different_statements_of_one_speaker_stay_apart(seed_groups: list[QuoteGroup]) -> None:
    rutte = [g for g in seed_groups if g.speaker == "Mark Rutte" and g.direct]
    confirm = [g for g in rutte if any("mengonfirmasi" in v.text for v in g.variants)]
    danger = [g for g in rutte if any("perluasan perang" in v.text for v in g.variants)]
    assert confirm and danger and not set(map(id, confirm)) & set(map(id, danger))


def test_seed_groups_hold_no_scare_quotes(seed_groups: list[QuoteGroup]) -> None:
    texts = [v.text for g in seed_groups for v in g.variants]
    assert "operasi militer khusus" not in texts
    assert all(len({(v.article, v.start) for v in g.variants}) == len(g.variants) for g in seed_groups)


CASES = [
    (  # a light edit of one statement: one group
        '"Kami akan menambah 500 armada bus listrik tahun ini," kata Gubernur Pramono Anung.',
        '"Kami akan menambah 500 armada bus listrik pada tahun ini," ujar Pramono Anung.',
        1,
    ),
    (  # two different statements by one speaker: two groups
        '"Kami akan menambah 500 armada bus listrik tahun ini," kata Gubernur Pramono Anung.',
        '"Tarif transportasi umum tidak akan naik sampai akhir tahun," ujar Pramono Anung.',
        2,
    ),
    (  # the same words by two different speakers: two groups
        '"Kami akan menambah 500 armada bus listrik tahun ini," kata Gubernur Pramono Anung.',
        '"Kami akan menambah 500 armada bus listrik tahun ini," kata Menteri Perhubungan Dudy Purwagandhi.',
        2,
    ),
]


@pytest.mark.parametrize(("a", "b", "groups"), CASES, ids=["light-edit", "two-statements", "two-speakers"])
def test_grouping_on_written_cases(a: str, b: str, groups: int) -> None:
    result = _match(_docs({"a": a, "b": b}))
    assert len(result) == groups
    for group in result:
        assert len({v.article for v in group.variants}) == len(group.variants)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Lloyd Austin", "Austin", True), ("Kim Yong-hyun", "Kim Hong Kyun", False), (None, "Austin", None)],
)
def test_same_speaker(a: str | None, b: str | None, same: bool | None) -> None:
    assert same_speaker(a, b) is same


def test_speaker_takes_the_story_name_of_the_person() -> None:
    if "story_entities" not in available_steps(("entities", "story_entities")):
        pytest.skip("story entities step not available")
    docs = _docs(
        {
            "a": "Pembalap asal Italia, Francesco Bagnaia, finis ketiga di Mugello.\n"
            '"Saya harus fokus pada diri saya sendiri," kata Bagnaia.',
            "b": 'Bagnaia belum konsisten musim ini.\n"Saya akan kembali ke depan," ujar Bagnaia kepada wartawan.',
        }
    )
    story = Story("s1", "test", [d.id for d in docs])
    step = make_step("story_entities")
    assert isinstance(step, StoryStep)
    step.process_story(story, docs)
    QuoteMatch().process_story(story, docs)
    assert [q.speaker for d in docs for q in d.quotes] == ["Francesco Bagnaia", "Francesco Bagnaia"]
    assert {g.speaker for g in story.quotes} == {"Francesco Bagnaia"}


@pytest.mark.parametrize(
    ("name", "story_names", "expected"),
    [
        ("Austin", ["Lloyd Austin", "Mark Rutte"], "Lloyd Austin"),
        ("Kim", ["Kim Yong-hyun", "Kim Hong Kyun"], "Kim"),
        ("Andi Syamsuddin", ["Andi Syamsuddin Arsyad aliasHaji Isam"], "Andi Syamsuddin"),
        ("Pentagon", ["Meski Pentagon", "ORG:Pentagon"], "Pentagon"),
    ],
    ids=["one-fits", "two-fit", "scraped-name", "a-body"],
)
def test_story_speaker(name: str, story_names: list[str], expected: str) -> None:
    from silang.model import Entity
    from silang.pipeline.quote_match import story_speaker

    entities = [Entity(n.split(":")[-1], n.split(":")[0] if ":" in n else "PER") for n in story_names]
    assert story_speaker(name, entities) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Marcella Santosodi", "Marcella Santoso"),  # "di" glued on; the story writes "Santoso" alone
        ("Dejan Ferdinansyahenggan", "Dejan Ferdinansyah"),
        ("Marcella Santoso", "Marcella Santoso"),
        ("Budi Kalibaru", "Budi Kalibaru"),  # nothing the story writes alone ends it
    ],
)
def test_a_speaker_name_with_a_glued_word_loses_it(name: str, expected: str) -> None:
    from silang.ner.shapes import story_words
    from silang.pipeline.quote_match import unglued

    known = story_words(
        [
            '"Saya tidak membuat konten itu," kata Marcella Santosodi kepada wartawan. Santoso lalu masuk ke mobil.',
            '"Kami siap," ujar pelatih Dejan Ferdinansyahenggan. Ferdinansyah memimpin latihan sore itu.',
        ]
    )
    assert unglued(name, known) == expected
