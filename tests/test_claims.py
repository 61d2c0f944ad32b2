"""Cross-checking on real text: the seeds (slots marked as the normalisers read them) and short
articles written for each case, with the conflicts and non-conflicts the issue lists (issue 7)."""

from __future__ import annotations

import re

import pytest

from silang.model import Document, Quantity, Span, Story
from silang.pipeline.claims import Claims
from silang.pipeline.compare import dates_disjoint, near_variant, quantities_agree

from claims_helpers import (
    annotated_seeds,
    article,
    ident,
    person,
    qty,
    read_through_temporal,
    sample_story,
    story_of,
    tx,
)


@pytest.fixture(scope="module")
def seeds() -> Story:
    docs, story = annotated_seeds()
    Claims().process_story(story, docs)
    return story


def _sides(story: Story) -> list[str]:
    return [" ".join(f"{s.normalized} {s.value}".lower() for s in c.sides) for c in story.conflicts]


@pytest.mark.parametrize(
    ("first", "second"),
    [(r"2024-06", r"2024-09"), (r"2024-10-08/2024-10-13", r"2024-10-18")],
)
def test_seed_conflicts_found(seeds: Story, first: str, second: str) -> None:
    assert any(re.search(first, s) and re.search(second, s) for s in _sides(seeds))


@pytest.mark.parametrize("pair", [("3000", "10000"), ("1500", "10000")])
def test_seed_update_and_part_are_not_conflicts(seeds: Story, pair: tuple[str, str]) -> None:
    for s in _sides(seeds):
        nums = {n.replace(".", "") for n in re.findall(r"\d[\d.]*", s)}
        assert not set(pair) <= nums


def test_seed_ten_thousand_corroborated_by_groups(seeds: Story) -> None:
    fact = next(f for f in seeds.facts if sum("10.000" in e.text for e in f.evidence) >= 2)
    assert fact.status == "corroborated"
    assert 2 <= fact.independent_sources <= 3  # 000, 002 and 004 are one group


def test_seed_security_council_single_source(seeds: Story) -> None:
    assert any(f.status == "single-source" and any("Dewan Keamanan" in e.text for e in f.evidence) for f in seeds.facts)


def test_seed_spans_are_honest(seeds: Story) -> None:
    docs, _ = annotated_seeds()
    text = {d.id: d.text for d in docs}
    spans = [e for f in seeds.facts for e in f.evidence] + [
        e for c in seeds.conflicts for s in c.sides for e in s.evidence
    ]
    assert spans and all(text[e.article][e.start : e.end] == e.text for e in spans)


def _two(a_text: str, b_text: str, groups: list[list[str]] | None = None):  # type: ignore[no-untyped-def]
    a, b = article("a", a_text), article("b", b_text)
    return a, b, story_of([a, b], groups)


def test_death_toll_disagreement_is_a_conflict() -> None:
    a, b, story = _two(
        "Sebanyak 12 penumpang tewas dalam kecelakaan kapal di Selat Madura pada Selasa (11/3/2025) malam.",
        "Menurut tim SAR, sebanyak 17 penumpang tewas dalam kecelakaan kapal di Selat Madura pada Selasa (11/3/2025).",
    )
    qty(a, "12 penumpang", 12, "passengers")
    qty(b, "17 penumpang", 17, "passengers")
    tx(a, "Selasa (11/3/2025)", "2025-03-11")
    tx(b, "Selasa (11/3/2025)", "2025-03-11")
    Claims().process_story(story, [a, b])
    assert [c.kind for c in story.conflicts] == ["quantity"]
    assert {s.normalized.split()[0] for s in story.conflicts[0].sides} == {"12", "17"}
    assert story.facts[0].status == "contradicted"


@pytest.mark.parametrize(
    ("text_a", "qa", "text_b", "qb"),
    [
        # an update inside the sentence
        (
            "Sebelumnya, BPBD mencatat 5 warga tewas akibat banjir di Sampang.",
            (5, False),
            "Banjir bandang di Sampang menyebabkan 9 warga tewas, kata Kepala BPBD.",
            (9, False),
        ),
        # "sekitar 200" against 200
        (
            "Sekitar 200 rumah rusak akibat gempa di Cianjur, menurut BPBD Cianjur.",
            (200, True),
            "Gempa di Cianjur merusak 200 rumah warga, kata petugas BPBD Cianjur.",
            (200, False),
        ),
        # a part of the whole
        (
            "Gelombang pertama sebanyak 300 pekerja migran dipulangkan dari Malaysia lewat Dumai.",
            (300, False),
            "Pemerintah memulangkan total 1.200 pekerja migran dari Malaysia lewat Dumai.",
            (1200, False),
        ),
    ],
)
def test_not_conflicts(text_a: str, qa: tuple[int, bool], text_b: str, qb: tuple[int, bool]) -> None:
    a, b, story = _two(text_a, text_b)
    qty(a, str(qa[0]) if qa[0] < 1000 else "1.200", qa[0], "things", approx=qa[1])
    qty(b, str(qb[0]) if qb[0] < 1000 else "1.200", qb[0], "things", approx=qb[1])
    Claims().process_story(story, [a, b])
    assert story.conflicts == []


def test_range_containing_value_is_not_a_conflict() -> None:
    a, b, story = _two(
        "BPBD Cianjur mencatat antara 180 hingga 220 rumah rusak setelah gempa mengguncang Cianjur.",
        "BPBD Cianjur mencatat 200 rumah rusak setelah gempa mengguncang Cianjur.",
    )
    qty(a, "180 hingga 220", None, "houses", low=180, high=220)
    qty(b, "200", 200, "houses")
    Claims().process_story(story, [a, b])
    assert story.conflicts == []


def test_developing_event_on_different_days_is_not_a_conflict() -> None:
    a, b, story = _two(
        "Hingga Senin (13/1/2025), tanah longsor di Pekalongan menewaskan 17 orang, kata Kepala BPBD Jawa Tengah.",
        "Hingga Rabu (15/1/2025), tanah longsor di Pekalongan menewaskan 25 orang, kata Kepala BPBD Jawa Tengah.",
    )
    qty(a, "17 orang", 17, "people")
    qty(b, "25 orang", 25, "people")
    tx(a, "Senin (13/1/2025)", "2025-01-13")
    tx(b, "Rabu (15/1/2025)", "2025-01-15")
    Claims().process_story(story, [a, b])
    assert story.conflicts == []


def test_arrest_dated_two_ways_is_a_date_conflict() -> None:
    a, b, story = _two(
        "Tersangka berinisial RS ditangkap pada Senin (3/3/2025) di Tambun, kata Kapolres Bekasi.",
        "Tersangka pembunuhan sopir taksi, RS, ditangkap di Tambun pada Rabu (5/3/2025), ujar Kapolres Bekasi.",
    )
    tx(a, "Senin (3/3/2025)", "2025-03-03")
    tx(b, "Rabu (5/3/2025)", "2025-03-05")
    Claims().process_story(story, [a, b])
    assert [(c.kind, sorted(s.normalized for s in c.sides)) for c in story.conflicts] == [
        ("date", ["2025-03-03", "2025-03-05"])
    ]


def test_date_of_a_statement_is_not_the_date_of_the_event() -> None:
    a, b, story = _two(
        "Dalam konferensi pers pada Senin (28/10), Sabrina Singh mengatakan pasukan dikirim ke Kursk.",
        "Dalam konferensi pers pada awal Oktober, Zelenskyy mengatakan pasukan dikirim ke Kursk.",
    )
    tx(a, "Senin (28/10)", "2024-10-28")
    tx(b, "awal Oktober", "2024-10-01/2024-10-10", "range")
    person(a, "Sabrina Singh")
    Claims().process_story(story, [a, b])
    assert story.conflicts == []


def test_flight_number_transposition_is_an_identifier_conflict() -> None:
    a, b, story = _two(
        "Pesawat dengan nomor penerbangan SV-5276 mendarat darurat di Kualanamu.",
        "Penerbangan SV-5726 tujuan Jeddah mendarat darurat di Kualanamu.",
    )
    ident(a, "SV-5276")
    ident(b, "SV-5726")
    Claims().process_story(story, [a, b])
    assert [c.kind for c in story.conflicts] == ["identifier"]


def test_name_spelled_two_ways_is_a_name_conflict() -> None:
    a, b, story = _two(
        "Kepala Basarnas Hendra Wijaya memimpin pencarian.", "Kepala Basarnas Hendra Widjaja memimpin pencarian."
    )
    person(a, "Hendra Wijaya")
    person(b, "Hendra Widjaja")
    Claims().process_story(story, [a, b])
    assert [c.kind for c in story.conflicts] == ["name"]


def test_a_name_spelt_two_ways_contradicts_no_fact() -> None:
    a, b, story = _two(
        "Kepala Basarnas Hendra Wijaya mengatakan 12 penumpang masih dicari di perairan Selat Lombok.",
        "Kepala Basarnas Hendra Widjaja mengatakan 12 penumpang masih dicari di perairan Selat Lombok.",
    )
    person(a, "Hendra Wijaya")
    person(b, "Hendra Widjaja")
    qty(a, "12 penumpang", 12, "passengers")
    qty(b, "12 penumpang", 12, "passengers")
    Claims().process_story(story, [a, b])
    assert [c.kind for c in story.conflicts] == ["name"]
    assert [f.status for f in story.facts] == ["corroborated"]  # the count stands; only the name's spelling differs


def test_a_contradicted_fact_is_stated_by_its_evidence() -> None:
    a, b, story = _two(
        "Perpres itu mencabut aturan lama tentang satgas pungutan liar. Tim Saber Pungli dibentuk Jokowi "
        "lewat Perpres yang diteken pada 20 Oktober 2016.",
        "Perpres itu mencabut aturan lama tentang satgas pungutan liar, kata Mensesneg. Tim Saber Pungli "
        "dibentuk Jokowi lewat Perpres yang diteken pada Jumat (21/10/2016).",
    )
    tx(a, "20 Oktober 2016", "2016-10-20")
    tx(b, "Jumat (21/10/2016)", "2016-10-21")
    Claims().process_story(story, [a, b])
    assert [c.kind for c in story.conflicts] == ["date"]
    [fact] = [f for f in story.facts if f.status == "contradicted"]
    assert "2016" in fact.statement


def test_copies_count_as_one_source() -> None:
    text = "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 95.000 per kilogram, kata pedagang."
    a, b, story = _two(text, text, groups=[["a", "b"]])
    qty(a, "95.000", 95000, "rupiah")
    qty(b, "95.000", 95000, "rupiah")
    Claims().process_story(story, [a, b])
    fact = next(f for f in story.facts if len(f.articles) == 2)
    assert (fact.status, fact.independent_sources) == ("single-source", 1)


def test_weekday_checks_are_collected() -> None:
    from silang.model import Check

    a, b, story = _two("Pada Senin (20/10), Korea Selatan memanggil duta besar Rusia.", "Duta besar dipanggil.")
    a.checks.append(Check("a", "weekday-mismatch", "Senin (20/10)", "20/10/2024 was a Sunday", 5, 18))
    Claims().process_story(story, [a, b])
    assert [c.kind for c in story.checks] == ["weekday-mismatch"]


@pytest.mark.parametrize(
    ("a", "b", "disjoint"),
    [
        ("2024-06", "2024-09", True),
        ("2024-10-08/2024-10-13", "2024-10-18", True),
        ("2024-10-08/2024-10-13", "2024-10-10", False),
        ("XXXX-06", "2024-06-19", False),
        ("2024", "2023", False),
    ],
)
def test_dates_disjoint(a: str, b: str, disjoint: bool) -> None:
    assert dates_disjoint(a, b) is disjoint


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((10000, None, None, True), (10000, None, None, False), True),
        ((9500, None, None, True), (10000, None, None, False), True),
        ((None, 180, 220, False), (200, None, None, False), True),
        ((3000, None, None, False), (10000, None, None, False), False),
    ],
)
def test_quantities_agree(a: tuple, b: tuple, agree: bool) -> None:  # type: ignore[type-arg]
    span = Span("x", 0, 1, "x")
    qa = Quantity(a[0], a[1], a[2], a[3], None, "troops", span)
    qb = Quantity(b[0], b[1], b[2], b[3], None, "troops", span)
    assert quantities_agree(qa, qb) is agree


@pytest.mark.parametrize(
    ("a", "b", "near"), [("SV-5276", "SV-5726", True), ("SV-5276", "SV-5276", False), ("GA-123", "QZ-8501", False)]
)
def test_near_variant(a: str, b: str, near: bool) -> None:
    assert near_variant(a, b) is near


def test_two_values_inside_one_article_is_a_check() -> None:
    a, b, story = _two(
        "Sebanyak 12 penumpang tewas dalam kecelakaan kapal di Selat Madura. "
        "Tim SAR menyebut 17 penumpang tewas dalam kecelakaan kapal di Selat Madura itu.",
        "Kapal tenggelam di Selat Madura.",
    )
    qty(a, "12 penumpang", 12, "passengers")
    qty(a, "17 penumpang", 17, "passengers")
    Claims().process_story(story, [a, b])
    assert [(c.kind, c.article) for c in story.checks] == [("inconsistent-value", "a")]
    assert story.conflicts == []


@pytest.fixture(scope="module")
def sample() -> Story:
    docs, story = sample_story()
    Claims().process_story(story, docs)
    return story


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [("quantity", "212", "221"), ("date", "2025-10-14", "2025-10-15")],
)
def test_sample_planted_conflicts(sample: Story, kind: str, first: str, second: str) -> None:
    found = [c for c in sample.conflicts if c.kind == kind]
    assert any({first, second} <= {s.normalized.split()[0] for s in c.sides} for c in found), _sides(sample)


@pytest.mark.parametrize("pair", [("5", "9"), ("187", "212"), ("9", "11"), ("2025-10-15", "2025-10-16")])
def test_sample_planted_non_conflicts(sample: Story, pair: tuple[str, str]) -> None:
    for c in sample.conflicts:
        values = {s.normalized.split()[0] for s in c.sides}
        assert not set(pair) <= values, _sides(sample)


def _real(texts: dict[str, str], lang: str = "id") -> Story:
    """Articles written for the case, read by the real per-article steps, cross-checked as one story."""
    docs = read_through_temporal([Document(k, k, v, published="2025-06-19", language=lang) for k, v in texts.items()])
    story = story_of(docs)
    Claims().process_story(story, docs)
    return story


def _values(story: Story) -> list[set[str]]:
    return [{s.normalized.split()[0] for s in c.sides} for c in story.conflicts]


@pytest.mark.parametrize(
    ("texts", "kind", "values"),
    [
        (  # one quake's depth and magnitude as two outlets give them
            {
                "a": "Gempa bermagnitudo 4,9 mengguncang Kabupaten Garut pada Rabu (18/6/2025). "
                "Gempa terjadi pada kedalaman 13 km.",
                "b": "Gempa magnitudo 4,8 terjadi di Kabupaten Garut, Jawa Barat, Rabu (18/6/2025). "
                "Menurut BMKG, pusat gempa berada pada kedalaman 10 km.",
            },
            "quantity",
            {"13", "10"},
        ),
        (  # a ship's load in differently worded sentences
            {
                "a": "Kapal feri KM Sinar Jaya yang mengangkut 212 penumpang tenggelam di Selat Bali pada "
                "Selasa (17/6/2025).",
                "b": "Menurut data Dinas Perhubungan, kapal itu membawa 221 penumpang dan 12 awak.",
            },
            "quantity",
            {"212", "221"},
        ),
        (  # English: one ferry sinking dated to two days
            {
                "a": "The ferry KM Sinar Jaya sank in the Bali Strait on Tuesday, June 17, 2025, with 212 "
                "passengers on board.",
                "b": "The ferry KM Sinar Jaya sank in the Bali Strait on Wednesday, June 18, 2025, officials said.",
            },
            "date",
            {"2025-06-17", "2025-06-18"},
        ),
    ],
)
def test_real_text_disagreements(texts: dict[str, str], kind: str, values: set[str]) -> None:
    lang = "en" if texts["a"].startswith("The ") else "id"
    story = _real(texts, lang)
    assert any(c.kind == kind and values <= v for c, v in zip(story.conflicts, _values(story), strict=True)), [
        (c.kind, v) for c, v in zip(story.conflicts, _values(story), strict=True)
    ]


@pytest.mark.parametrize(
    "texts",
    [
        {  # two volcanoes of one story
            "a": "Terjadi erupsi Gunung Raung pada Kamis (19/6/2025) pukul 04.43 WIB dengan kolom abu 2.000 meter.",
            "b": "Terjadi erupsi Gunung Semeru pada Rabu (18/6/2025) pukul 20.20 WIB dengan kolom abu 800 meter.",
        },
        {  # the date a report was quoted is not the date of the crash
            "a": "Helikopter milik Aryan Aviation jatuh pada Minggu (15/6/2025) pagi di dekat Kedarnath.",
            "b": "Dikutip dari Times of India, Senin (16/6/2025), helikopter Aryan Aviation itu jatuh di dekat "
            "Kedarnath.",
        },
        {  # an article that gives both dates tells of two eruptions
            "a": "Gunung Lewotobi erupsi pada Selasa (17/6/2025). Gunung Lewotobi kembali erupsi pada "
            "Rabu (18/6/2025).",
            "b": "Gunung Lewotobi erupsi pada Rabu (18/6/2025) dengan kolom abu 10.000 meter.",
        },
        {  # a bare weekday restating a stated date
            "a": "SKB 3 Menteri menetapkan libur pada tanggal 27 Juni 2025, yang jatuh pada hari Jumat.",
            "b": "Libur nasional Tahun Baru Islam ditetapkan pada 27 Juni 2025 oleh SKB 3 Menteri.",
        },
        {  # a vehicle is not an event: checking the plane the next day is not the landing misdated
            "a": "Pada Sabtu (5/7/2025) pukul 09.15 WIB teknisi memeriksa pesawat Garuda GA-123 di hanggar Cengkareng.",
            "b": "Pesawat Garuda GA-123 mendarat darurat di Cengkareng pada Jumat (4/7/2025) pukul 22.40 WIB.",
        },
        {  # English: an update
            "a": "Earlier, officials said five people died in the flood in Sampang. The death toll has risen to nine.",
            "b": "Nine people died in the flood in Sampang, the disaster agency said.",
        },
    ],
)
def test_real_text_non_conflicts(texts: dict[str, str]) -> None:
    lang = "en" if texts["a"].startswith("Earlier") else "id"
    story = _real(texts, lang)
    assert story.conflicts == [], [(c.kind, v) for c, v in zip(story.conflicts, _values(story), strict=True)]


@pytest.mark.parametrize(
    ("a_text", "b_text", "a_name", "b_name", "reported"),
    [
        (
            "Kepala Basarnas Hendra Wijaya memimpin pencarian.",
            "Kepala Basarnas Hendra Widjaja memimpin pencarian.",
            "Hendra Wijaya",
            "Hendra Widjaja",
            True,
        ),
        (
            "Warga berkumpul di Mushola Mujahidin untuk berdoa.",
            "Warga berkumpul di Mushola Mujahiddin untuk berdoa.",
            "Mushola Mujahidin",
            "Mushola Mujahiddin",
            False,
        ),
        (
            "Ketua Umum HKI Akhmad Ma’ruf Maulana hadir.",
            "Ketua Umum HKI Akhmad Ma'ruf Maulana hadir.",
            "Akhmad Ma’ruf Maulana",
            "Akhmad Ma'ruf Maulana",
            False,
        ),
    ],
)
def test_name_spellings_only_of_people(a_text: str, b_text: str, a_name: str, b_name: str, reported: bool) -> None:
    a, b, story = _two(a_text, b_text)
    person(a, a_name)
    person(b, b_name)
    Claims().process_story(story, [a, b])
    assert ([c.kind for c in story.conflicts] == ["name"]) is reported


def test_clause_facts_corroborate_equal_counts() -> None:
    story = _real(
        {
            "a": "Sebanyak 12 penumpang tewas dalam kecelakaan kapal di Selat Madura, sementara 40 orang lainnya "
            "berhasil diselamatkan tim SAR gabungan.",
            "b": "Kepala Basarnas Surabaya menyebut 40 penumpang selamat dan dibawa ke Pelabuhan Tanjung Perak.",
        }
    )
    fact = next(f for f in story.facts if len(f.articles) == 2)
    assert fact.status == "corroborated"
    assert all("40" in e.text for e in fact.evidence) and not any("12 penumpang" in e.text for e in fact.evidence)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-8.32,112.5", [(8.32, "deg S", "latitude"), (112.5, "deg E", "longitude")]),
        ("lat=-8.72", [(8.72, "deg S", "latitude")]),
        ("lon=124.44", [(124.44, "deg E", "longitude")]),
    ],
)
def test_coordinates_become_latitude_and_longitude_measures(value: str, expected: list) -> None:
    from silang.model import Identifier
    from silang.pipeline.slots import coordinate_measures

    x = Identifier(value, "coordinate", Span("a", 0, 4, "8.32"))
    assert [(q.value, q.unit, q.what) for q in coordinate_measures(x)] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lalu pukul 07.24 WIB kru masuk ke ruang tunggu.", None),  # the text never says the day
        ("Jemaah diberangkatkan Rabu (18/6/2025). Lalu pukul 07.24 WIB kru masuk ke ruang tunggu.", "2025-06-18"),
    ],
)
def test_a_clock_time_has_a_day_only_when_the_text_gives_one(text: str, day: str | None) -> None:
    from silang.lang import data_lang
    from silang.normalize.times import find_times
    from silang.pipeline.align_claims import day_value

    clock = [t for t in find_times(text, "2025-06-19", data_lang("id")) if t.kind == "time"]
    assert [day_value(t) for t in clock] == [day]


DEATH_A = "Sebanyak 12 penumpang tewas dalam kecelakaan kapal di Selat Madura pada Selasa (11/3/2025) malam."
DEATH_B = "Menurut tim SAR, sebanyak 17 penumpang tewas dalam kecelakaan kapal di Selat Madura pada Selasa (11/3/2025)."


@pytest.mark.parametrize(("groups", "conflict"), [(None, True), ([["a", "b"]], False)])
def test_one_source_giving_two_figures_updates_itself(groups: list[list[str]] | None, conflict: bool) -> None:
    a, b, story = _two(DEATH_A, DEATH_B, groups=groups)
    qty(a, "12 penumpang", 12, "passengers")
    qty(b, "17 penumpang", 17, "passengers")
    tx(a, "Selasa (11/3/2025)", "2025-03-11")
    tx(b, "Selasa (11/3/2025)", "2025-03-11")
    Claims().process_story(story, [a, b])
    assert bool(story.conflicts) is conflict


def test_figures_that_move_through_a_trading_day_are_no_conflict() -> None:
    a, b, story = _two(
        "Pada penutupan perdagangan Kamis (19/6/2025), sebanyak 102 saham menguat dan 142 saham stagnan.",
        "Pada perdagangan Kamis (19/6/2025), sebanyak 92 saham menguat dan 139 saham stagnan.",
    )
    qty(a, "102 saham", 102, "saham")
    qty(b, "92 saham", 92, "saham")
    tx(a, "Kamis (19/6/2025)", "2025-06-19")
    tx(b, "Kamis (19/6/2025)", "2025-06-19")
    Claims().process_story(story, [a, b])
    assert story.conflicts == []


def test_an_accent_is_no_other_spelling() -> None:
    a, b, story = _two(
        "Kiper Aston Villa Emiliano Martinez menjadi incaran Manchester United.",
        "Kiper Aston Villa Emiliano Martínez menjadi incaran Manchester United.",
    )
    person(a, "Emiliano Martinez")
    person(b, "Emiliano Martínez")
    Claims().process_story(story, [a, b])
    assert story.conflicts == []


def test_a_question_is_no_fact() -> None:
    from silang.api import brief

    question = '"Apakah Saudara menerima uang Rp 600 juta pada 8 Januari 2020?" tanya jaksa KPK di ruang sidang.'
    records = [
        {
            "id": k,
            "outlet": f"{k}.id",
            "published": "2025-06-20",
            "text": f"Sidang kasus suap digelar di Pengadilan Tipikor Jakarta pada Jumat (20/6/2025). {question} "
            f"Saksi itu {answer} di hadapan majelis hakim.",
        }
        for k, answer in (("a", "membantah menerima uang itu"), ("b", "menyatakan tidak pernah menerima apa pun"))
    ]
    story = brief(records).stories[0]
    assert story.facts  # the hearing itself is a fact
    assert not any("?" in e.text for f in story.facts for e in f.evidence)
