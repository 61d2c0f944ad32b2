"""Speakers on unseen text: the error classes found on dev-id beyond the labelled quotes
(bench/speaker_audit.py), each on sentences written for the case. A wrong speaker is worse than none."""

from __future__ import annotations

import pytest

from silang.model import Document
from silang.pipeline import available_steps, make_step
from silang.pipeline.base import DocStep

UPSTREAM = ("clean", "segment", "entities")


def _run(text: str, with_entities: bool) -> Document:
    names = [n for n in available_steps(UPSTREAM) if with_entities or n != "entities"] + ["quotes"]
    doc = Document("t", "t", text)
    for step in (s for s in (make_step(n) for n in names) if isinstance(s, DocStep)):
        step.run([doc])
    return doc


def _speakers(text: str, with_entities: bool) -> list[str | None]:
    return [q.speaker for q in _run(text, with_entities).quotes if q.kind != "scare"]


ENTITIES = pytest.mark.parametrize("with_entities", [False, True], ids=["standalone", "with-entities"])

# 1. a dateline (outlet or place) opening the paragraph is not the speaker
DATELINE = [
    ("KOMPAS.com - Kementerian Agama mengatakan, kuota haji tahun ini bertambah sepuluh ribu jemaah.",
     "Kementerian Agama"),
    ("Liputan6.com, Jakarta -Kementerian Ketenagakerjaan menyatakan bahwa pendaftaran program itu dibuka besok.",
     "Kementerian Ketenagakerjaan"),
]  # fmt: skip


@ENTITIES
@pytest.mark.parametrize(("text", "speaker"), DATELINE, ids=["outlet", "outlet-and-place"])
def test_dateline_is_not_the_speaker(text: str, speaker: str, with_entities: bool) -> None:
    assert _speakers(text, with_entities) == [speaker]


# 2. a common word capitalised only by opening the sentence is not a name
COMMON = [
    "Informasi tersebut menyebutkan bahwa bantuan akan dibagikan dalam bentuk bahan mentah.",
    "Perubahan itu menegaskan bahwa harga tiket pesawat tidak akan naik tahun ini.",
    "Pasal 27 menyebutkan bahwa setiap orang dilarang menyebarkan kabar bohong di media sosial.",
    "Sebagian mengatakan bahwa jalan tol itu akan dibuka sebelum libur sekolah.",
]


@ENTITIES
@pytest.mark.parametrize("text", COMMON, ids=["informasi", "perubahan", "pasal", "sebagian"])
def test_common_word_opening_a_sentence_is_no_speaker(text: str, with_entities: bool) -> None:
    assert all(s is None for s in _speakers(text, with_entities))


NOUN_BEFORE_NAME = [
    (("Penyanyi Rhoma Irama tampil di Bandung pada Sabtu malam.\n"
     "Alasan Rhoma Irama menolak tawaran itu sederhana.\n"
     '"Saya ingin istirahat dulu," kata Rhoma Irama.'), "Rhoma Irama"),
    (("Musisi Ahmad Dhani datang ke studio pada Senin.\n"
     "Ahmad Dhani mengatakan, album baru itu akan dirilis bulan depan."), "Ahmad Dhani"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), NOUN_BEFORE_NAME, ids=["alasan", "musisi"])
def test_noun_in_front_of_a_name_is_not_part_of_it(text: str, speaker: str) -> None:
    assert set(_speakers(text, True)) == {speaker}


def test_description_nickname_is_not_a_full_name() -> None:
    text = (
        "Maruarar Sirait meninjau lokasi rumah susun di Jakarta Utara.\n"
        "Pria yang akrab disapa Ara itu berjanji menambah anggaran.\n"
        '"Anggarannya sudah ada di APBN," kata Ara.'
    )
    assert "Pria" not in _speakers(text, True)


@ENTITIES
def test_dirinya_is_a_pronoun_for_the_person_named_before(with_entities: bool) -> None:
    text = (
        '"Kami siap membantu warga," kata Kepala Desa Sukamaju, Budi Hartono.\n'
        "Dirinya menjelaskan, bantuan itu akan dibagikan mulai pekan depan."
    )
    assert _speakers(text, with_entities) == ["Budi Hartono", "Budi Hartono"]


# 3. a body named with common words keeps its whole name
@ENTITIES
def test_organisation_ending_in_common_words_is_not_truncated(with_entities: bool) -> None:
    text = "Direktorat Jenderal Perhubungan Udara mengatakan, jadwal penerbangan kembali normal sejak pagi."
    assert _speakers(text, with_entities) in (["Direktorat Jenderal Perhubungan Udara"], [None])
    assert "Udara" not in _speakers(text, with_entities)


@ENTITIES
def test_acronym_in_brackets_does_not_hide_the_holder(with_entities: bool) -> None:
    text = (
        '"Rem truk itu blong sebelum turunan," kata Ketua Komite Nasional Keselamatan Transportasi (KNKT) '
        "Soerjanto Tjahjono dalam keterangan tertulis."
    )
    assert _speakers(text, with_entities) == ["Soerjanto Tjahjono"]


# 4. a person named in the clause wins over a place
@ENTITIES
def test_person_after_a_place_in_a_fronted_clause(with_entities: bool) -> None:
    text = "Dikatakan Kasubbid Penmas Polda Sumut, Kompol Siti Rohani, proses penyelidikan masih berjalan."
    assert _speakers(text, with_entities) == ["Siti Rohani"]


@ENTITIES
def test_person_named_after_a_role_and_degree(with_entities: bool) -> None:
    text = (
        "Menurut Dokter Spesialis Kulit dan Kelamin, dr. Dikky Prawiratama, M.Sc, Sp.DVE, kulit kusam "
        "disebabkan kurang tidur."
    )
    assert _speakers(text, with_entities) == ["Dikky Prawiratama"]


# 5. function words glued to a name by lost markup
GLUED = [
    (("Ketua Komisi III Habiburokhman hadir dalam rapat.\n"
     '"Kami akan memanggil Kapolri pekan depan," kata Habiburokhmandalam rapat di Senayan.'), "Habiburokhman"),
    (("Penyanyi Marcella Santoso tampil di Jakarta.\n"
     '"Saya sangat gugup malam ini," ujar Marcella Santosodi Jakarta, Minggu.'), "Marcella Santoso"),
    (("Prabowo Subianto membuka sidang kabinet.\n"
     '"Semua menteri harus bekerja keras," kata Prabowo Subiantosebagai kepala negara.'), "Prabowo Subianto"),
]  # fmt: skip


@ENTITIES
@pytest.mark.parametrize(("text", "speaker"), GLUED, ids=["dalam", "di", "sebagai"])
def test_function_word_glued_to_a_name_is_cut(text: str, speaker: str, with_entities: bool) -> None:
    assert _speakers(text, with_entities) == [speaker]


# 6. a clause is not a speaker
@ENTITIES
def test_clause_is_not_a_role_speaker(with_entities: bool) -> None:
    text = (
        "Pemerintah pun perlu memperkuat ketahanan komunikasi publik menyebutkan bahwa kritik harus dijawab "
        "dengan data."
    )
    assert all(s is None or len(s.split()) <= 3 for s in _speakers(text, with_entities))


@ENTITIES
def test_description_ending_in_ini_stands_for_the_person(with_entities: bool) -> None:
    text = (
        "Jonatan Christie mengaku puas setelah lolos ke babak final.\n"
        '"Saya bermain lebih sabar hari ini," ujar pemain peringkat delapan dunia ini.'
    )
    assert _speakers(text, with_entities) == ["Jonatan Christie"]


# the holder named after a role that lists its parts with commas, after degrees or a relative clause
LATER = [
    ('"Kampus harus terbuka," kata Menteri Pendidikan Tinggi, Sains, dan Teknologi, Brian Yuliarto, di Jakarta.',
     "Brian Yuliarto"),
    ('"Pasien harus kontrol rutin," ungkap dr. Zakia Lestari, Sp.OG, Subsp. F.E.R, dokter kandungan di Bogor.',
     "Zakia Lestari"),
    (("Carles Puyol memuji Portugal.\nPuyol yang pernah mengangkat trofi Piala Dunia 2010 bersama Spanyol, menyebut "
     "skuad Portugal saat ini sangat kuat."), "Carles Puyol"),
    ('"Jalur itu padat sejak pagi," kata Wafid dilansirdetikJateng, Senin.', "Wafid"),
]  # fmt: skip


@ENTITIES
@pytest.mark.parametrize(("text", "speaker"), LATER, ids=["listed-role", "degrees", "relative-clause", "glued-source"])
def test_holder_after_listed_role_degrees_or_relative_clause(text: str, speaker: str, with_entities: bool) -> None:
    assert _speakers(text, with_entities) == [speaker]


@ENTITIES
def test_adverbial_before_a_common_noun_subject_is_no_speaker(with_entities: bool) -> None:
    text = (
        "Dalam Rapat Umum Pemegang Saham Tahunan yang digelar di Jakarta, manajemen mengungkapkan strategi "
        "jangka panjang untuk mempercepat pertumbuhan produksi."
    )
    assert "Rapat" not in " ".join(s or "" for s in _speakers(text, with_entities))


# 7. a body called by the last word of its name, a place inside a body's name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Real Madrid menang 3-1 atas Sevilla.\nMadrid mengatakan bahwa Vinicius akan absen dua pekan karena cedera.",
         "Real Madrid"),
        ("Himpunan Kawasan Industri Indonesia menyatakan bahwa harga lahan industri naik tahun ini.",
         "Himpunan Kawasan Industri Indonesia"),
    ],
    ids=["club-metonym", "place-in-body"],
)  # fmt: skip
def test_body_is_named_in_full(text: str, speaker: str) -> None:
    assert _speakers(text, True) == [speaker]


OFFICES = [
    ('"Warga diminta waspada banjir susulan," kata Kepala BPBD Jember Sabtu (14/6/2025).', "Kepala BPBD Jember"),
    ("Duta Besar Kanada untuk Indonesia Jess Dutton mengatakan, kerja sama dagang kedua negara akan diperluas.",
     "Jess Dutton"),
    ('"Kami betulkan langsung," kata Wakil Wali Kota Solokepada wartawan di Balai Kota.', "Wakil Wali Kota Solo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), OFFICES, ids=["office-place", "name-after-country", "glued-office"])
def test_place_in_an_office_is_not_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text, False) == [speaker]


def test_body_listed_with_commas_is_its_acronym() -> None:
    text = "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebutkan, gempa itu tidak berpotensi tsunami."
    assert _speakers(text, True) == ["Badan Meteorologi, Klimatologi, dan Geofisika"]


@ENTITIES
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sebagian warga mengatakan air sudah surut sejak pagi.", "Sebagian warga"),
        ("Sebagian besar mengatakan air sudah surut sejak pagi.", None),
    ],
    ids=["group", "no-group"],
)
def test_quantified_group_keeps_its_noun(text: str, speaker: str | None, with_entities: bool) -> None:
    assert _speakers(text, with_entities) in ([speaker], [])


@ENTITIES
def test_field_word_alone_is_no_role(with_entities: bool) -> None:
    text = "Inklusi keuangan menegaskan bahwa masyarakat desa perlu akses ke bank dan koperasi."
    assert all(s is None for s in _speakers(text, with_entities))


def test_body_name_goes_on_through_its_role_words() -> None:
    text = "Direktorat Jenderal Perhubungan Udara Kementerian Perhubungan mengatakan, bandara itu dibuka kembali besok."
    assert _speakers(text, False) == ["Direktorat Jenderal Perhubungan Udara Kementerian Perhubungan"]
