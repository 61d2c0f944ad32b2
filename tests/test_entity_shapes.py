"""Tagged names reshaped before they become entities (silang.ner.shapes), on sentences written for each case."""

from __future__ import annotations

import pytest

from silang.model import Document, Mention, Story
from silang.ner import names, shapes
from silang.pipeline.entities import Entities, StoryEntities


@pytest.fixture(scope="module")
def step() -> Entities:
    return Entities()


def _mentions(text: str, step: Entities) -> list[tuple[str, str, str | None]]:
    doc = Document("t", "t", text)
    step.process(doc)
    assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)
    return [(m.text, m.type, m.entity) for m in doc.mentions]


def test_a_flight_number_is_no_part_of_the_airline(step: Entities) -> None:
    got = _mentions(
        "Maskapai Saudia Airlines SV 5276 mendarat darurat di Bandara Kualanamu. "
        "Juru bicara Saudia Airlines mengatakan penumpang selamat.",
        step,
    )
    airline = [m for m in got if m[0].startswith("Saudia")]
    assert airline == [("Saudia Airlines", "ORG", "Saudia Airlines")] * 2


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Pesawat Saudia Airlines SV 5276 dengan rute Jeddah-Jakarta mengalami gangguan mesin.",
            [("Jeddah", "LOC"), ("Jakarta", "LOC")],
        ),
        (
            "Harga minyak naik di tengah konflik Iran-Israel, kata analis. Perang Rusia-Ukraina juga berlanjut.",
            [("Iran", "GPE"), ("Israel", "GPE"), ("Rusia", "GPE"), ("Ukraina", "GPE")],
        ),
    ],
)
def test_a_route_or_pair_of_places_is_two_places(step: Entities, text: str, places: list[tuple[str, str]]) -> None:
    got = [(t, k) for t, k, _ in _mentions(text, step) if k in ("LOC", "GPE")]
    assert got == places


def test_a_pair_of_people_named_on_their_own_is_two_people(step: Entities) -> None:
    got = _mentions(
        "Pernikahan Al Ghazali-Alyssa Daguise digelar di Jakarta. Al Ghazali dan Alyssa Daguise tampak bahagia.",
        step,
    )
    people = [t for t, k, _ in got if k == "PER"]
    assert people == ["Al Ghazali", "Alyssa Daguise"] * 2


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Jalan Tol Pandaan-Malang macet sejak pagi.", "Jalan Tol Pandaan-Malang"),
        ("Paris Saint-Germain menang atas Atletico Madrid.", "Paris Saint-Germain"),
        ("Trent Alexander-Arnold resmi bergabung dengan Real Madrid.", "Trent Alexander-Arnold"),
        ("Ekonomi kawasan Asia-Pasifik tumbuh pesat tahun ini, kata Bank Dunia.", None),
    ],
)
def test_a_hyphenated_name_stays_whole(step: Entities, text: str, whole: str | None) -> None:
    got = [t for t, _, _ in _mentions(text, step)]
    if whole:
        assert whole in got
    assert "Asia" not in got and "Pasifik" not in got


def test_a_generic_head_alone_is_no_entity(step: Entities) -> None:
    got = _mentions(
        "PT Perusahaan Listrik Negara (Persero) menetapkan direksi baru. "
        "Direktur Utama PT PLN (Persero) Darmawan Prasodjo hadir.",
        step,
    )
    assert "Persero" not in {t for t, _, _ in got}
    assert ("PT PLN", "ORG", "PT PLN") in got


@pytest.mark.parametrize(
    ("text", "joined", "kind"),
    [
        (
            "Pemenang sebelumnya Singapore Airlines berada di posisi kedua tahun ini.",
            "Singapore Airlines",
            "ORG",
        ),
        (
            "Bayern Munchen bakal menghadapi wakil Amerika Selatan, Boca Juniors, di matchday kedua.",
            "Amerika Selatan",
            "LOC",
        ),
        ("Pendaki tewas di kawasan Himalaya, India Utara. Kuil itu berada di India Utara.", "India Utara", "LOC"),
    ],
)
def test_a_closing_head_joins_the_name_before_it(step: Entities, text: str, joined: str, kind: str) -> None:
    got = _mentions(text, step)
    assert (joined, kind, joined) in got
    # "Amerika" + "Selatan" is South America, not the United States
    assert all(e != "Amerika Serikat" for _, _, e in got)


def test_acronyms_of_things_are_no_entities(step: Entities) -> None:
    got = _mentions(
        "Rapat Umum Pemegang Saham Tahunan (RUPST) PT Bank Rakyat Indonesia menyetujui dividen. "
        "RUPST juga mengangkat komisaris baru. Harga SUV listrik naik karena PPN.",
        step,
    )
    texts = {t for t, _, _ in got}
    assert not texts & {"RUPST", "SUV", "PPN"}
    assert "PT Bank Rakyat Indonesia" in texts


def test_reshape_keeps_offsets_and_known_names() -> None:
    text = "Perang Rusia-Ukraina dan rute Jeddah-Jakarta."
    tagged = [Mention(7, 20, "Rusia-Ukraina", "PER"), Mention(30, 44, "Jeddah-Jakarta", "LOC")]
    out = shapes.reshape(text, tagged)
    assert [(m.text, m.type, m.entity) for m in out] == [
        ("Rusia", "GPE", "Rusia"),
        ("Ukraina", "GPE", "Ukraina"),
        ("Jeddah", "LOC", None),
        ("Jakarta", "LOC", None),
    ]
    assert all(text[m.start : m.end] == m.text for m in out)


def test_a_word_glued_to_a_name_is_cut_where_the_story_writes_the_name_alone(step: Entities) -> None:
    texts = [
        "Presiden Prabowo Subiantomenetapkan kebijakan baru pada Senin. Prabowo mengatakan kebijakan itu penting.",
        "Kebijakan itu diumumkan Presiden Prabowo Subianto di Istana Merdeka, Jakarta.",
        "Trent Alexander-Arnoldresmi bergabung dengan Real Madrid. Warga Jalan Kalibaru di Jakarta menonton.",
        "Bek Trent Alexander-Arnold tampil di laga pertama.",
    ]
    docs = []
    for i, text in enumerate(texts):
        doc = Document(f"a{i}", f"a{i}", text)
        step.process(doc)
        docs.append(doc)
    story = Story("s", "t", [d.id for d in docs])
    StoryEntities().process_story(story, docs)
    got = {e.name: len(e.mentions) for e in story.entities}
    assert got["Prabowo Subianto"] == 3 and got["Trent Alexander-Arnold"] == 2
    assert "Jalan Kalibaru" in got  # a known place is no glued pair
    assert all(d.text[m.start : m.end] == m.text for d in docs for m in d.mentions)


def test_unglue_needs_the_name_written_alone() -> None:
    text = "Yolla Yulianamengumumkan kabar itu."
    m = Mention(0, 24, "Yolla Yulianamengumumkan", "PER", "Yolla Yulianamengumumkan")
    assert shapes.unglue(text, [m], frozenset({"Yolla"})) == 0
    assert shapes.unglue(text, [m], shapes.story_words([text, "Kata Yolla Yuliana."])) == 1
    assert (m.text, m.entity) == ("Yolla Yuliana", "Yolla Yuliana")


def test_a_title_glued_to_a_name_is_its_role(step: Entities) -> None:
    doc = Document("t", "t", "Hal itu disampaikan PresidenPrabowo Subianto di Jakarta. Produk MediaTek laris.")
    step.process(doc)
    got = [(m.text, m.role) for m in doc.mentions]
    assert ("Prabowo Subianto", "Presiden") in got and ("MediaTek", None) in got


def test_two_names_joined_by_a_glued_conjunction_are_two(step: Entities) -> None:
    got = _mentions("Pernikahan Al Ghazalidan Alyssa Daguise digelar. Al Ghazali tampak bahagia.", step)
    assert [t for t, k, _ in got if k == "PER"] == ["Al Ghazali", "Alyssa Daguise", "Al Ghazali"]


def _story(texts: list[str], step: Entities) -> Story:
    docs = []
    for i, text in enumerate(texts):
        doc = Document(f"a{i}", f"a{i}", text)
        step.process(doc)
        docs.append(doc)
    story = Story("s", "t", [d.id for d in docs])
    StoryEntities().process_story(story, docs)
    return story


def test_spacing_and_spelling_variants_are_one_entity_across_the_story(step: Entities) -> None:
    story = _story(
        [
            "Direktur Utama PT PLN Darmawan Prasodjo hadir. Pernikahan Alyssa Daguise digelar meriah di Jakarta.",
            "Direktur Utama PTPLN Darmawan Prasodjo hadir. Alyssa Daguisse tampil cantik dalam acara itu.",
            "Alyssa Daguise tersenyum, kata Maia Estianty. Maia Estianti datang bersama suaminya.",
        ],
        step,
    )
    got = {e.name: sorted(e.aliases) for e in story.entities}
    assert got["PT PLN"] == ["PTPLN"]
    assert got["Alyssa Daguise"] == ["Alyssa Daguisse"]
    assert "Maia Estianty" in got or "Maia Estianti" in got
    assert len([n for n in got if n.startswith("Maia")]) == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Nadiem Makarim", "Nadiem Makariem", True),
        ("Yohannes Nangoi", "Yohanes Nangoi", True),
        ("Maia Estianty", "Maia Estianti", True),
        ("Perumda PAL Jaya", "Perumda PAM Jaya", False),
        ("MRT Jakarta", "LRT Jakarta", False),
        ("Idan Ofer", "Idan Ofel", False),
        ("Halda Rianta", "Halda Rianti", False),
        ("Vitinha", "Vitinho", False),
    ],
)
def test_spelling_variant(a: str, b: str, same: bool) -> None:
    assert names.spelling_variant(a, b) is same


def test_invisible_characters_and_stray_quotes_are_no_part_of_a_name() -> None:
    text = 'Direksi baru: \u2060 \u2060Darmawan Prasodjo dan "Erick Thohir.'
    tagged = [Mention(14, 34, text[14:34], "PER"), Mention(39, 52, text[39:52], "PER")]
    out = shapes.reshape(text, tagged)
    assert [m.text for m in out] == ["Darmawan Prasodjo", "Erick Thohir"]
    assert all(text[m.start : m.end] == m.text for m in out)


def test_the_long_form_of_an_acronym_of_a_thing_goes_with_it(step: Entities) -> None:
    got = _mentions(
        "Aturan Over Dimension Over Loading (ODOL) ditunda, kata Menteri Perhubungan Dudy Purwagandhi. "
        "Komisi Pemberantasan Korupsi (KPK) memeriksa. Jaecoo J8 AWD dilengkapi 10 airbag.",
        step,
    )
    texts = [t for t, _, _ in got]
    assert not any("Loading" in t for t in texts)
    assert "Komisi Pemberantasan Korupsi" in texts and "Dudy Purwagandhi" in texts
    assert any(t.startswith("Jaecoo") for t in texts)


def test_a_list_number_or_year_glued_to_a_name_is_cut(step: Entities) -> None:
    got = _mentions(
        "Maskapai terbaik dunia:\n1. Qatar Airways2. Singapore Airlines3. Cathay Pacific Airways. "
        "Jakarta Fair2025 resmi dibuka. Acara itu disiarkan Trans7 dan Liputan6.",
        step,
    )
    texts = [t for t, _, _ in got]
    assert "Qatar Airways" in texts and "Singapore Airlines" in texts
    assert not any(t.endswith(("2", "3", "2025")) for t in texts)
    assert any(t.endswith("Liputan6") for t in texts)  # a sentence's end after a name, not a list


def test_office_words_in_front_of_a_body_are_no_part_of_it(step: Entities) -> None:
    got = _mentions(
        "Vice President Komunikasi Korporat Pupuk Indonesia, Cindy Sistyarani mengatakan Pupuk Indonesia "
        "siap. Senior Market Analyst Mirae Asset Sekuritas Indonesia, Nafan Aji, menilai Indonesia stabil.",
        step,
    )
    texts = [t for t, _, _ in got]
    assert not any(t.startswith("Vice President") for t in texts)
    assert texts.count("Pupuk Indonesia") == 2
    # the country at the end of a body is no body of its own: the span stays whole
    assert any(t.endswith("Mirae Asset Sekuritas Indonesia") for t in texts) and texts.count("Indonesia") == 1


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bandara Soekarno-Hatta", "LOC"),
        ("Polda Sumut", "ORG"),
        ("Rumah Sakit Polri Kramat Jati", "ORG"),
        ("Soekarno Hatta", "PER"),  # no head: the tagger's type stays
    ],
)
def test_a_name_opening_with_a_head_is_no_person(name: str, kind: str) -> None:
    text = f"Penumpang dibawa dari {name} pada Selasa."
    start = text.index(name)
    out = shapes.reshape(text, [Mention(start, start + len(name), name, "PER")])
    assert [(m.text, m.type) for m in out] == [(name, kind)]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bandar Udara Internasional Kualanamu", "Bandara Kualanamu", True),
        ("Bandara Internasional Soekarno-Hatta", "Bandar Udara Soekarno Hatta", True),
        ("Kepolisian Daerah Metro Jaya", "Polda Metro Jaya", True),
        ("Rumah Sakit Umum Daerah Cibinong", "RSUD Cibinong", True),
        ("Kepolisian Resor Kota Bogor", "Polres Bogor", False),  # a city's police is not the regency's
        ("Bandara Jeddah", "Jeddah", False),
    ],
)
def test_entity_key_joins_ways_of_writing_a_head(a: str, b: str, same: bool) -> None:
    assert (shapes.entity_key(a) == shapes.entity_key(b)) is same


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        ("Inter Miami vs FC Porto", ["Inter Miami", "FC Porto"]),
        ("Monterrey melawan River Plate", ["Monterrey", "River Plate"]),
        ("Pangsuma FC vs Unggul FC", ["Pangsuma FC", "Unggul FC"]),
        ("Real Madrid", ["Real Madrid"]),
    ],
)
def test_two_sides_of_a_match_in_one_span_are_two_names(span: str, parts: list[str]) -> None:
    text = f"Laga {span} berakhir imbang pada Selasa malam."
    start = text.index(span)
    out = shapes.reshape(text, [Mention(start, start + len(span), span, "ORG")])
    assert [(m.text, m.type) for m in out] == [(p, "ORG") for p in parts]
    assert all(text[m.start : m.end] == m.text for m in out)
