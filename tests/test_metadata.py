"""Metadata read by the clean step: dateline place vs outlet, date stamps, credits, wires, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.model import Document
from silang.pipeline.clean import Clean
from silang.pipeline.ingest import read_documents
from silang.pipeline.metadata import by_stop_words, detect_language, find_dateline
from silang.pipeline.places import is_place
from silang.pipeline.segment import dateline_end

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "feri-selat-lombok"
BODY = (
    "Tim gabungan telah mengevakuasi 187 penumpang dalam keadaan selamat dan membawa sebagian besar korban ke"
    " rumah sakit daerah untuk mendapatkan perawatan lebih lanjut, kata petugas."
)


def cleaned(text: str, **fields: str) -> Document:
    doc = Document(id="t", source="test", text=text, **fields)  # type: ignore[arg-type]
    Clean().process(doc)
    return doc


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("MATARAM", True),
        ("Lombok Barat", True),
        ("BANDARLAMPUNG", True),  # "Kota Bandar Lampung", written glued
        ("Kab. Bogor", True),
        ("KOTA BATU", True),
        ("Brussels", True),
        ("Amerika Serikat", True),
        ("Kabar Harian", False),
        ("Warta Priangan", False),
        ("MPN Indonesia", False),
    ],
)
def test_gazetteer(name: str, place: bool) -> None:
    assert is_place(name) is place


@pytest.mark.parametrize(
    ("paragraph", "outlet", "place"),
    [
        ("Kabar Harian - Kapal feri KM Bahari Nusantara 7 tenggelam di Selat Lombok.", "Kabar Harian", None),
        ("Mataram - Kapal feri KM Bahari Nusantara 7 tenggelam di Selat Lombok.", None, "Mataram"),
        ("KABAR HARIAN SEJAHTERA - Harga beras naik di pasar tradisional.", "KABAR HARIAN SEJAHTERA", None),
        ("NUSA TENGGARA BARAT - Harga beras naik di pasar tradisional.", None, "Nusa Tenggara Barat"),
        ("LOMBOK BARAT - Harga beras naik di pasar tradisional.", None, "Lombok Barat"),
        ("SUKAMARA - Polisi menangkap dua pelaku pencurian.", None, "Sukamara"),  # one word in capitals
        ("CAROLINA UTARA - Badai menerjang pesisir timur.", None, "Carolina Utara"),
        ("MPN Indonesia - Pemerintah meluncurkan program baru.", "MPN Indonesia", None),
        ("Antara - Pemerintah meluncurkan program baru.", "Antara", None),  # a known outlet
        ("SURABAYA, Indonesia (Reuters) - Thousands of dock workers walked off the job.", None, "Surabaya"),
        ("COVID-19 kembali merebak di sejumlah daerah.", None, None),
        # tokenised text (a space inside the brackets), as older scrapes have it
        ("Semarang ( ANTARA News ) - Satu pesawat latih jatuh di persawahan.", "Antara", "Semarang"),
        ("Gaza ( AFP ) -- Serangan udara menghantam kamp pengungsi.", None, "Gaza"),
        ("DOHA/JERUSALEM (Reuters) - Israel said on Monday it would resume talks.", None, "Doha"),
        ("JAKARTA, July 8 (Reuters) - Indonesia said on Tuesday it would cut rates.", None, "Jakarta"),
    ],
)
def test_dateline_place_or_outlet(paragraph: str, outlet: str | None, place: str | None) -> None:
    assert find_dateline(paragraph) == (outlet, place)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Rabu, 15 Oktober 2025 | 08:10 WITA", "2025-10-15"),
        ("Diperbarui 18 Jun 2025, 13:15 WIB", "2025-06-18"),
        ("Kompas.com- 20/06/2025, 18:07 WIB", "2025-06-20"),
        ("Rabu, 18 Juni 2025 |18:52 WIB", "2025-06-18"),
        ("Published on June 18, 2025", "2025-06-18"),
        ("Updated: 3 November 2025 09:20 GMT+7", "2025-11-03"),
        ("Selasa, 14 Oktober 2025", "2025-10-14"),  # a bare date at the head of the page
    ],
)
def test_date_stamp_is_chrome_and_sets_published(stamp: str, published: str) -> None:
    doc = cleaned(f"Judul Berita Tentang Kapal Tenggelam\n{stamp}\n{BODY}")
    assert [b.reason for b in doc.blocks if b.kind == "boilerplate"] == ["date-stamp"]
    assert stamp not in doc.body and BODY in doc.body
    assert (doc.published, doc.published_raw) == (published, stamp)


def test_date_stamp_does_not_replace_a_known_date() -> None:
    doc = cleaned(f"Rabu, 15 Oktober 2025 | 08:10 WITA\n{BODY}", published="2025-10-16")
    assert doc.boilerplate == ["Rabu, 15 Oktober 2025 | 08:10 WITA"]
    assert doc.published == "2025-10-16"


@pytest.mark.parametrize(
    "line",
    [
        "09:00 WIB |Sadakata United vs Fafage Banua",  # a match schedule
        "Stadion Si Jalak Harupat, pukul 15.30 WIB",
        "Senin, 13 Oktober 2025",  # a bare date between paragraphs heads a section of the story
        "Sidang dijadwalkan pada Rabu, 15 Oktober 2025 pukul 09.00 WIB.",
    ],
)
def test_dates_in_the_body_stay(line: str) -> None:
    doc = cleaned(f"{BODY}\n{line}\n{BODY}")
    assert line in doc.body.splitlines()
    assert doc.published is None


@pytest.mark.parametrize(
    ("tail", "wires"),
    [
        ("Sumber: Warta Nusa", ["Warta Nusa"]),
        ("Sumber: Antara", ["Antara"]),
        ("Sumber : ANTARA/Reuters", ["Antara", "Reuters"]),
        ("Sumber: Kompas.com", ["Kompas.com"]),
        ("Artikel ini telah tayang diCNN Indonesia.", ["CNN Indonesia"]),
        ("Artikel ini telah naik didetikJabar.", ["detikJabar"]),
        ("Sumber: Istimewa", []),  # a photo credit
        ("Sumber: berbagai sumber", []),
        ("Editor: Yuniman Farid", []),
        ("Penulis: Arby Salim", []),
        ("Reporter: Dewi Lestari", []),
        ("(ant)", []),
        ("(kha/aln)", []),
        ("(Arief Setyadi )", []),
    ],
)
def test_credit_lines_at_the_end_are_chrome(tail: str, wires: list[str]) -> None:
    doc = cleaned(f"{BODY}\n{tail}")
    assert doc.boilerplate == [tail]
    assert [b.reason for b in doc.blocks if b.kind == "boilerplate"] == ["credit"]
    assert doc.body == BODY
    assert doc.wires == wires


def test_source_named_in_the_body_is_no_credit() -> None:
    text = f"{BODY}\nSumber: Warta Nusa menyebut jumlah korban bertambah. Data itu belum dikonfirmasi.\n{BODY}"
    doc = cleaned(text)
    assert not doc.boilerplate and doc.wires == []


@pytest.mark.parametrize(
    ("text", "wires"),
    [
        ("seperti dilansir dariParadedanTimes of India, Senin (16/6/2025).", ["Times of India"]),
        ("kata dia seperti dilansirAFPdanReuters, Rabu (18/6/2025).", ["AFP", "Reuters"]),
        ("Dikutip dari Electrec, CNN, dan Reuters, hingga hari ini belum ada korban.", ["CNN", "Reuters"]),
        ("katanya seperti dikutip kantor berita Rusia,Interfax, Kamis.", ["Interfax"]),
        ("Menurut tiga pejabat AS kepada Reuters, AS telah mengerahkan kapal.", []),
    ],
)
def test_glued_and_listed_attributions(text: str, wires: list[str]) -> None:
    assert cleaned(text).wires == wires


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # dev-id headlines that py3langid alone reads as Javanese, Catalan or Crimean Tatar
        ("PLN Tunjuk Bambang Eko Suhariyanto Jadi Komisaris", "id"),
        ("Barcelona Gaet Joan Garcia dari Espanyol", "id"),
        ("Situs UNESCO Ukraina Rusak Kena Bom Rusia", "id"),
        ("Kapal itu tenggelam di perairan Selat Lombok pada malam hari.", "id"),  # Malay counts as Indonesian
        ("Police arrest two men over Bogor robbery", "en"),
        ("The ship sank in the strait on Tuesday night.", "en"),
        ("Terlalu pendek", None),
    ],
)
def test_short_text_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Warga diminta tetap tenang dan waspada di rumah", "id"),
        ("He said that the talks were over", "en"),
        ("Swansea City Putus Kontrak Nathan Tjoe-A-On", None),  # no stop word: "A-On" is a name
        ("Rupiah Menguat, The Fed Tahan Suku Bunga", None),  # capitalised words are names here
    ],
)
def test_stop_words(text: str, language: str | None) -> None:
    assert by_stop_words(text) == language


@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="needs examples/feri-selat-lombok")
def test_sample_corpus_metadata() -> None:
    docs, errors = read_documents([EXAMPLE])
    assert not errors
    for doc in docs:
        Clean().process(doc)
    got = {d.id: (d.outlet, d.dateline, d.wires, d.published) for d in docs}
    assert got["01-wartanusa"] == ("Warta Nusa", "Mataram", [], "2025-10-15")
    assert got["02-kabarharian"] == ("Kabar Harian", None, ["Warta Nusa"], None)
    assert got["05-antara"][1:3] == ("Mataram", ["Antara"])
    first = {d.id: d for d in docs}["01-wartanusa"]
    assert "Rabu, 15 Oktober 2025 | 08:10 WITA" in first.boilerplate


@pytest.mark.parametrize(
    ("paragraph", "after"),
    [
        ("REPUBLIKA.CO.ID,\xa0CIREBON--Dua orang penambang tertimbun longsor.", "Dua orang"),
        ("Jakarta ( ANTARA News ) - Badan Pusat Statistik mencatat kenaikan.", "Badan Pusat"),
        ("Rimanews - Pesawat latih jatuh di Cilacap.", "Pesawat latih"),
        ("Dua orang penambang tertimbun longsor.", "Dua orang"),
    ],
)
def test_dateline_end(paragraph: str, after: str) -> None:
    assert paragraph[dateline_end(paragraph, 0, len(paragraph)) :].lstrip().startswith(after)
