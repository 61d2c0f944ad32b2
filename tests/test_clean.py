"""Clean: chrome removed (lines and glued inline), body kept, title/outlet/dateline/wires/language read."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from silang.model import Document
from silang.pipeline.clean import Clean
from silang.pipeline.ingest import read_documents

INPUTS = Path(__file__).parent / "data" / "inputs"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpora" / "seeds"
DEV = SHARED / "corpora" / "dev-id" / "articles.jsonl"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/corpora/seeds")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip().lower()


def cleaned(text: str, **fields: str) -> Document:
    doc = Document(id="t", source="test", text=text, **fields)  # type: ignore[arg-type]
    Clean().process(doc)
    return doc


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    docs, _ = read_documents([SEEDS])
    for doc in docs:
        Clean().process(doc)
    return {d.id: d for d in docs}


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text())


@needs_seeds
def test_seed_boilerplate_removed_and_long_paragraphs_kept(seeds: dict[str, Document], gold: dict) -> None:
    for doc_id, g in gold["articles"].items():
        body_lines = {_norm(line) for line in seeds[doc_id].body.splitlines()}
        assert not [b for b in g["boilerplate"] if _norm(b) in body_lines], doc_id
        removed = {_norm(b) for b in seeds[doc_id].boilerplate}
        assert {_norm(b) for b in g["boilerplate"]} <= removed
        raw = (SEEDS / f"{doc_id}.txt").read_text()
        long_paragraphs = [p for p in raw.split("\n") if len(p) > 200]
        assert all(_norm(p) in _norm(seeds[doc_id].body) for p in long_paragraphs), doc_id


@needs_seeds
@pytest.mark.parametrize(
    ("doc_id", "outlet", "dateline", "wires"),
    [
        ("000_201f3a4e0d9579ee", None, None, []),
        ("001_71762ebf7558bb47", "MPN Indonesia", None, []),
        ("002_baca1cbf2f675a3c", "mobic.store", None, ["AFP"]),
        ("003_2a2cfe601adeb4a4", None, None, []),
        ("004_92bbdd1c52f07108", "Republika", "Brussels", ["Anadolu"]),
    ],
)
def test_seed_metadata(
    seeds: dict[str, Document], doc_id: str, outlet: str | None, dateline: str | None, wires: list[str]
) -> None:
    doc = seeds[doc_id]
    assert (doc.outlet, doc.dateline, doc.wires, doc.language) == (outlet, dateline, wires, "id")


@needs_seeds
def test_seed_titles(seeds: dict[str, Document], gold: dict) -> None:
    for doc_id, g in gold["articles"].items():
        assert seeds[doc_id].title == g["title"], doc_id
        if g["title"]:
            assert g["title"] not in seeds[doc_id].body.splitlines()


def test_blocks_are_ordered_slices_of_the_text() -> None:
    doc = cleaned((INPUTS / "banjir.txt").read_text())
    assert doc.blocks == sorted(doc.blocks, key=lambda b: b.start)
    for a, b in zip(doc.blocks, doc.blocks[1:], strict=False):
        assert a.end <= b.start
    assert all(b.kind in {"body", "title", "boilerplate"} for b in doc.blocks)
    assert all(b.reason for b in doc.blocks if b.kind == "boilerplate")
    covered = "".join(doc.text[b.start : b.end] for b in doc.blocks)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", doc.text)  # nothing but whitespace is left out


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        # republika: related titles glued between two sentences
        (
            (
                "risiko di kalangan anak-anak yang lebih muda.Baca JugaPakar Sebut Vaksin Lama Kurang Efektif"
                " Terhadap Covid-19 Varian BaruKemenkes Sebut Indonesia Masuki EraAging Population, Apa Itu?"
                "MengenalBlue Sapphire, Perhiasan Mewah yang Dipakai Maia EstiantyKementerian Kesehatan RI juga"
                " mencatat bahwa 73 persen kasus dengue terjadi pada kelompok usia 5 hingga 44 tahun."
            ),
            "Baca JugaPakar Sebut Vaksin",
            ["risiko di kalangan anak-anak yang lebih muda.", "Kementerian Kesehatan RI juga mencatat bahwa 73 persen"],
        ),
        # the body resumes at an opening quote
        (
            (
                "soal ketertarikan fisik.Baca JugaJadi Lawan Timnas Voli Putra Indonesia, Pakistan Punya Best Blocker"
                " dan Server“Yang pertama kalian lihat ternyata adalah parasnya,” ujarnya kepada hadirin."
            ),
            "Pakistan Punya Best Blocker",
            ["soal ketertarikan fisik.", "“Yang pertama kalian lihat ternyata adalah parasnya,” ujarnya"],
        ),
        # marker alone on its line (liputan6), advertisement lines
        (
            (
                "Harli mengatakan pemeriksaan dimulai pukul 09.00 WIB.\nAdvertisement\nBaca Juga\nDia berharap saksi"
                " kooperatif.\nSCROLL TO CONTINUE WITH CONTENT\nPemeriksaan berlangsung tertutup."
            ),
            "Advertisement",
            ["Dia berharap saksi kooperatif.", "Pemeriksaan berlangsung tertutup."],
        ),
        # kompas related link line, detik video promo, republika channel promo
        (
            (
                "Harga naik tajam pekan ini.\nBaca juga:Hasil Chelsea Vs LAFC 2-0: The Blues Menang berkat Teman"
                " Ronaldo\nSimak juga Video 'Nonton Teater Gratis di Gedung Kesenian':\n[Gambas:Video 20detik]\n"
                "Ikuti Whatsapp Channel Republika"
            ),
            "Hasil Chelsea Vs LAFC",
            ["Harga naik tajam pekan ini."],
        ),
    ],
)
def test_chrome_is_removed_and_body_kept(text: str, removed: str, kept: list[str]) -> None:
    doc = cleaned(text)
    assert removed not in doc.body
    assert any(removed in b for b in doc.boilerplate)
    for sentence in kept:
        assert sentence in doc.body
    assert "Baca" not in doc.body and "Advertisement" not in doc.body and "Gambas" not in doc.body


@pytest.mark.parametrize(
    "text",
    [
        "Baca juga buku panduan sebelum mendaftar, kata petugas di loket pendaftaran kantor kecamatan.",
        "Iklan rokok di televisi dilarang sejak 2024, kata pejabat Kementerian Kesehatan kepada wartawan.",
        "- Libur nasional\n- Cuti bersama",
        "Ia menyebut kebijakan itu sebagai langkah yang tepat. Foto-foto kegiatan itu beredar luas di media sosial.",
    ],
)
def test_body_that_looks_like_chrome_is_kept(text: str) -> None:
    doc = cleaned(text)
    assert doc.body == text
    assert not doc.boilerplate


@pytest.mark.parametrize(
    ("text", "fields", "outlet", "dateline"),
    [
        (
            "Liputan6.com, JakartaBupati Luwu Timur menilai PT Vale telah menjalankan praktik yang baik.",
            {},
            "Liputan6",
            "Jakarta",
        ),
        ("Liputan6.com, Ogan IlirPT Bank Rakyat Indonesia memberikan akses pembiayaan.", {}, "Liputan6", "Ogan Ilir"),
        (
            "JAKARTA, KOMPAS.com - Anggota Komisi II DPR mengatakan pemerintah perlu berhati-hati.",
            {},
            "Kompas.com",
            "Jakarta",
        ),
        ("TEMPO.CO,Jakarta- Set perhiasan yang dikenakan Maia Estianty menarik perhatian.", {}, "Tempo", "Jakarta"),
        ("Jakarta (ANTARA) - Presiden meresmikan bendungan baru di Jawa Tengah.", {}, "Antara", "Jakarta"),
        (
            "BANDARLAMPUNG- Polisi menetapkan seorang tersangka dalam kasus itu.",
            {"outlet": "okezone.com"},
            "Okezone",
            "Bandarlampung",
        ),
        (
            "Kementerian Kelautan dan Perikanan merespons kabar penjualan pulau.",
            {"url": "https://news.detik.com/x"},
            "detikcom",
            None,
        ),
        ("Amerika Serikat (AS) menuduh Korea Utara mengirim tentara ke Rusia.", {}, None, None),
    ],
)
def test_outlet_and_dateline(text: str, fields: dict[str, str], outlet: str | None, dateline: str | None) -> None:
    doc = cleaned(text, **fields)
    assert (doc.outlet, doc.dateline) == (outlet, dateline)


@pytest.mark.parametrize(
    ("text", "wires"),
    [
        ("Rusia dan Korut sudah memperdalam koalisi, dikutip AFP, Kamis (31/10/2024).", ["AFP"]),
        ("Dilaporkan Anadolu, Rutte berjanji terus mendukung Ukraina.", ["Anadolu"]),
        (
            "Katz dalam pernyataannya, seperti dilansirAFP, Jumat (20/6/2025). Mengutip Reuters, harga naik.",
            ["AFP", "Reuters"],
        ),
        ("Jakarta (ANTARA) - Harga emas naik.", ["Antara"]),
        ("Menurut kantor berita Xinhua, gempa terjadi pagi hari.", ["Xinhua"]),
        ("Reuters dan AFP tidak disebut sebagai sumber tulisan ini. Ia membaca AFP di rumah.", []),
    ],
)
def test_wires(text: str, wires: list[str]) -> None:
    assert cleaned(text).wires == wires


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pemerintah menaikkan kuota haji tahun depan menjadi 221.000 jemaah, kata Menteri Agama di Jakarta.", "id"),
        (
            "The government raised next year's hajj quota to 221,000 pilgrims, the religious affairs minister said.",
            "en",
        ),
        ("Kerajaan akan menaikkan kuota haji tahun hadapan kepada 31,600 jemaah, kata menteri di Putrajaya.", "id"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert cleaned(text).language == language


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_file(), reason="needs ../shared/corpora/dev-id")
def test_dev_id_has_no_chrome_left_and_drops_no_long_paragraph() -> None:
    docs, _ = read_documents([DEV])
    for doc in docs:
        Clean().process(doc)
    for marker in ("Baca Juga", "Baca juga", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT", "[Gambas"):
        assert sum(marker in d.body for d in docs) == 0, marker
    long_removed = [b for d in docs for b in d.boilerplate if len(b) > 200 and not b.startswith("Baca")]
    assert not long_removed


def test_html_chrome_trafilatura_keeps_is_cleaned_after_it() -> None:
    (doc,), _ = read_documents([INPUTS / "gempa.html"])
    assert "Baca juga: Jembatan Putus" in doc.text  # trafilatura keeps the inline link paragraph
    Clean().process(doc)
    assert doc.boilerplate == ["Baca juga: Jembatan Putus, Dua Desa di Sukabumi Terisolasi"]
    assert [b.kind for b in doc.blocks][:2] == ["title", "body"]
    assert doc.body.startswith("CIANJUR, Warta Priangan - Gempa bumi")
    assert (doc.outlet, doc.dateline, doc.wires) == ("Warta Priangan", "Cianjur", ["Antara"])


@pytest.mark.parametrize(
    ("name", "title", "chrome", "kept", "meta"),
    [
        (
            "en-harbour.txt",
            "Port Workers Strike Halts Container Traffic in Surabaya",
            [
                ("Home", "menu"),
                ("World", "section label"),
                ("Published on June 18, 2025", "date-stamp"),
                ("ADVERTISEMENT", "advertisement"),
                ("Read more: Indonesia's exports rose 4.2% in May, statistics bureau says", "related links"),
                ("Share this article", "share block"),
                ("Facebook Twitter WhatsApp", "share block"),
                ("Reporting by Ananda Putri; Editing by John Mair", "credit"),
            ],
            ["SURABAYA, Indonesia (Reuters) - Thousands of dock workers", "It did not say how many workers"],
            (None, "Surabaya", ["Reuters"], "2025-06-18"),
        ),
        (
            "en-flood.html",
            "Flash floods kill 12 in Central Java",
            [
                ("Updated: 3 November 2025 09:20 GMT+7", "date-stamp"),
                ("Also read: Jakarta braces for peak rainy season as canals are dredged", "related links"),
                ("Source: Antara", "credit"),
            ],
            ["SEMARANG - Flash floods and landslides", "more extreme weather than last year across Java and Sumatra."],
            ("Nusantara Daily", "Semarang", ["Antara"], "2025-11-03"),
        ),
    ],
)
def test_english_articles(
    name: str, title: str, chrome: list[tuple[str, str]], kept: list[str], meta: tuple[object, ...]
) -> None:
    (doc,), errors = read_documents([INPUTS / name])
    assert not errors
    Clean().process(doc)
    assert doc.language == "en" and doc.title == title
    removed = [(doc.text[b.start : b.end], b.reason) for b in doc.blocks if b.kind == "boilerplate"]
    assert all(item in removed for item in chrome)
    assert all(part in doc.body for part in kept)
    assert not any(line in doc.body for line, _ in chrome)
    assert (doc.outlet, doc.dateline, doc.wires, doc.published) == meta


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "Program itu menyasar komunitas hingga ke akar rumput.Loading...Ikuti Whatsapp Channel Republika",
            ["Loading...", "Ikuti Whatsapp Channel Republika"],
            "Program itu menyasar komunitas hingga ke akar rumput.",
        ),
        ("Harga beras naik di pasar.\nSimak selengkapnyadi sini.", ["Simak selengkapnyadi sini."], "Harga beras naik"),
        (
            "Harga beras naik di pasar.\nSimak jadwal lengkapnya di bawah ini.",
            [],
            "Simak jadwal lengkapnya di bawah ini.",
        ),
    ],
)
def test_promos(text: str, removed: list[str], kept: str) -> None:
    doc = cleaned(text)
    assert doc.boilerplate == removed
    assert kept in doc.body
