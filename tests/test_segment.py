"""Segment: sentences of the body, with offsets into the raw text."""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.model import Document
from silang.pipeline.clean import Clean
from silang.pipeline.ingest import read_documents
from silang.pipeline.segment import Segment

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds"


def sentences(text: str) -> list[str]:
    doc = Document(id="t", source="test", text=text)
    Clean().process(doc)
    Segment().process(doc)
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # glued by a stripped link
        (
            "Indonesia masih menghadapi tantangan dengue.Dokter spesialis anak, Prof Edi Hartoyo, mengatakan hal itu.",
            [
                "Indonesia masih menghadapi tantangan dengue.",
                "Dokter spesialis anak, Prof Edi Hartoyo, mengatakan hal itu.",
            ],
        ),
        (
            "Hal itu dikutip Kamis (19/6/2025).Sebagai solusi, vaksin tersedia.",
            ["Hal itu dikutip Kamis (19/6/2025).", "Sebagai solusi, vaksin tersedia."],
        ),
        (
            'Vaksin sudah dipakai sejak lama."Hari ini, vaksin menyelamatkan jutaan nyawa," kata dr. Djatnika.',
            ["Vaksin sudah dipakai sejak lama.", '"Hari ini, vaksin menyelamatkan jutaan nyawa," kata dr. Djatnika.'],
        ),
        # numbers with separators never end a sentence
        (
            "Sebanyak 1.500 tentara tiba. Angkanya naik 10,5 persen menjadi Rp 1.250.000.",
            ["Sebanyak 1.500 tentara tiba.", "Angkanya naik 10,5 persen menjadi Rp 1.250.000."],
        ),
        # abbreviations and initials
        (
            "Kata Prof. Edi dan M. Wisnu di Jl. Sudirman No. 5 kepada Dr. Budi, S.H. kemarin. Ia setuju.",
            ["Kata Prof. Edi dan M. Wisnu di Jl. Sudirman No. 5 kepada Dr. Budi, S.H. kemarin.", "Ia setuju."],
        ),
        (
            "Jenazah dibawa ke RS. Cipto Mangunkusumo, Jakarta Pusat. Korban berusia 25 tahun.",
            ["Jenazah dibawa ke RS. Cipto Mangunkusumo, Jakarta Pusat.", "Korban berusia 25 tahun."],
        ),
        (
            "Barang bukti berupa sabu, ganja, dll. disita polisi. Kasus ditutup.",
            ["Barang bukti berupa sabu, ganja, dll. disita polisi.", "Kasus ditutup."],
        ),
        # domains in datelines are not sentence ends; the opening dateline is not part of the news
        (
            "REPUBLIKA.CO.ID, JAKARTA -- Harga naik. TEMPO.CO, Jakarta - Harga turun.",
            ["Harga naik.", "TEMPO.CO, Jakarta - Harga turun."],
        ),
        ("Liputan6.com, Jakarta - Banjir surut. Warga pulang.", ["Banjir surut.", "Warga pulang."]),
        ("Jakarta (ANTARA) - Harga cabai turun.", ["Harga cabai turun."]),
        ("Jakarta adalah ibu kota. Warga pulang.", ["Jakarta adalah ibu kota.", "Warga pulang."]),
        # quotes, question and exclamation marks
        (
            '"Saya dapat mengonfirmasi itu," kata Rutte. "Ini harus dihentikan." Apa artinya? Tidak jelas!',
            ['"Saya dapat mengonfirmasi itu," kata Rutte.', '"Ini harus dihentikan."', "Apa artinya?", "Tidak jelas!"],
        ),
        ("“Kenapa?” tanya dia kepada wartawan.", ["“Kenapa?” tanya dia kepada wartawan."]),
        # a straight closing quote after the mark, then the reporting clause: one sentence
        (
            'Sidang berlanjut. "Saudara ingat nomornya?" tanya jaksa. "Tidak," jawab saksi. "Sudah." Lalu selesai.',
            [
                "Sidang berlanjut.",
                '"Saudara ingat nomornya?" tanya jaksa.',
                '"Tidak," jawab saksi.',
                '"Sudah."',
                "Lalu selesai.",
            ],
        ),
        (
            "1. Tidak Mau Berpuas Diri. Marquez meraih 66 kemenangan.",
            ["1. Tidak Mau Berpuas Diri.", "Marquez meraih 66 kemenangan."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_skip_chrome_and_number_paragraphs() -> None:
    text = "Hujan turun sejak pagi. Warga mengungsi.\nAdvertisement\nAir mulai surut.Petugas berjaga."
    doc = Document(id="t", source="test", text=text)
    Clean().process(doc)
    Segment().process(doc)
    assert [(s.text, s.paragraph) for s in doc.sentences] == [
        ("Hujan turun sejak pagi.", 0),
        ("Warga mengungsi.", 0),
        ("Air mulai surut.", 1),
        ("Petugas berjaga.", 1),
    ]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/corpora/seeds")
def test_seed_sentences_are_exact_slices_inside_body_blocks() -> None:
    docs, _ = read_documents([SEEDS])
    for doc in docs:
        Clean().process(doc)
        assert Segment().process(doc) == len(doc.sentences) > 5
        bodies = doc.body_blocks()
        for s in doc.sentences:
            assert doc.text[s.start : s.end] == s.text == s.text.strip()
            assert any(b.start <= s.start and s.end <= b.end for b in bodies)
        assert not any("Baca Juga" in s.text or "Tinggalkan" in s.text for s in doc.sentences)


def test_english_article_sentences() -> None:
    (doc,), _ = read_documents([Path(__file__).parent / "data" / "inputs" / "en-harbour.txt"])
    Clean().process(doc)
    Segment().process(doc)
    got = [s.text for s in doc.sentences]
    assert got[1].startswith("The strike began at 6 a.m. local time") and "Dr. Siti Rahma" in got[1]
    assert got[2:4] == [
        '"We asked for a fair wage, not a favour," she told reporters.',
        "About 40 ships were waiting offshore by noon.",
    ]
    assert len(got) == 6
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    assert not any("Share" in s or "ADVERTISEMENT" in s or "Reporting by" in s for s in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Muhari said rain would continue. Gov. Ahmad Luthfi visited on Monday.",
            ["Mr. Muhari said rain would continue.", "Gov. Ahmad Luthfi visited on Monday."],
        ),
        (
            "Exports rose 4.2% in May, the U.S. embassy said. Talks resume at 9 a.m. Monday.",
            ["Exports rose 4.2% in May, the U.S. embassy said.", "Talks resume at 9 a.m. Monday."],
        ),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    doc = Document(id="t", source="test", text=text, language="en")
    Clean().process(doc)
    Segment().process(doc)
    assert [s.text for s in doc.sentences] == expected
