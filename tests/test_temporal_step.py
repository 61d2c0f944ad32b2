"""The temporal step on the seeds: anchors, inferred publication windows, the weekday check, spans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SILANG_STRICT", "1")

from silang.model import Block, Document
from silang.pipeline.temporal import Temporal

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="seeds not present")
PUBLISHED = {"004": "2024-10-28"}


def seed(prefix: str) -> Document:
    """Seed ``prefix`` run through the temporal step (004 with its known publication date)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = Document(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"))
    doc.published = PUBLISHED.get(prefix)
    Temporal().process(doc)
    return doc


def times(doc: Document) -> dict[str, str | None]:
    return {t.span.text: t.value for t in doc.times}


@pytest.mark.parametrize(
    ("prefix", "text", "value"),
    [
        ("000", "antara 8 hingga 13 Oktober", "2024-10-08/2024-10-13"),
        ("000", "bulan Juni", "2024-06"),
        ("000", "hari Senin", "2024-10-28"),
        ("000", "hari Rabu, 30 Oktober 2024", "2024-10-30"),
        ("001", "September lalu", "2024-09"),
        ("001", "Senin (28/10)", "2024-10-28"),
        ("003", "Jumat (18/10)", "2024-10-18"),
        ("003", "Juni 2024", "2024-06"),
        ("004", "8-13 Oktober", "2024-10-08/2024-10-13"),
        ("004", "Senin (28/10/2024)", "2024-10-28"),
    ],
)
def test_seed_times(prefix: str, text: str, value: str) -> None:
    assert times(seed(prefix))[text] == value


@pytest.mark.parametrize(
    ("prefix", "published", "inferred", "window"),
    [
        ("000", "2024-10-28", True, ["2024-10-28", "2024-10-30"]),
        ("001", "2024-10-28", True, ["2024-10-28", "2024-10-31"]),
        ("003", "2024-10-20", True, ["2024-10-20", "2024-10-23"]),
        ("004", "2024-10-28", False, None),
    ],
)
def test_anchor_and_window(prefix: str, published: str, inferred: bool, window: list[str] | None) -> None:
    doc = seed(prefix)
    assert (doc.published, doc.published_inferred) == (published, inferred)
    assert doc.meta["anchor"] == {"date": published, "inferred": inferred}
    assert doc.meta.get("published_window") == window


def test_weekday_mismatch_in_003() -> None:
    checks = [c for c in seed("003").checks if c.kind == "weekday-mismatch"]
    assert [(c.text, c.message) for c in checks] == [
        ("Senin (20/10)", "20 Oktober 2024 jatuh pada hari Minggu, bukan Senin")
    ]


@pytest.mark.parametrize(
    ("prefix", "span", "value", "what", "approximate"),
    [
        ("000", "10.000", 10000, "troops", False),
        ("000", "1.500", 1500, "troops", False),
        ("001", "3.000", 3000, "troops", False),
        ("002", "10 beberapa ribu", 10000, "troops", True),
        ("003", "sekitar 1.500", 1500, "troops", True),
        ("004", "sekitar 10 ribu", 10000, "troops", True),
    ],
)
def test_seed_quantities(prefix: str, span: str, value: float, what: str, approximate: bool) -> None:
    found = [(q.value, q.what, q.approximate) for q in seed(prefix).quantities if q.span.text == span]
    assert (value, what, approximate) in found


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_span_is_the_raw_text(prefix: str) -> None:
    doc = seed(prefix)
    spans = [t.span for t in doc.times] + [q.span for q in doc.quantities] + [i.span for i in doc.identifiers]
    assert spans
    for s in spans:
        assert s.article == doc.id and doc.text[s.start : s.end] == s.text
    assert not any(q.value in (2024.0,) for q in doc.quantities)


def test_only_body_blocks_are_read() -> None:
    text = "Senin (20/10/2024) rapat.\nBaca juga: 1.500 tentara"
    doc = Document(id="b", source="-", text=text, published="2024-10-25")
    doc.blocks = [Block(0, 25, "body"), Block(26, len(text), "boilerplate")]
    Temporal().process(doc)
    assert [t.span.text for t in doc.times] == ["Senin (20/10/2024)"]
    assert doc.quantities == []
    assert [c.kind for c in doc.checks] == ["weekday-mismatch"]


def test_date_after_publication_reported_as_past() -> None:
    text = "Pasukan telah tiba pada 5 November 2024. Rapat akan digelar 6 November 2024."
    doc = Document(id="p", source="-", text=text, published="2024-10-30")
    Temporal().process(doc)
    assert [(c.kind, c.text) for c in doc.checks] == [("date-after-publication", "5 November 2024")]


def test_the_day_of_a_statement_after_publication_is_flagged() -> None:
    text = (
        '"Saya tidak terlalu pikirkan siapa saingan saya nanti," ujar Bro Ron di Kantor DPP PSI, Kamis (18/6/2026).\n'
        '"Kami akan bertemu lagi pekan depan," kata dia, Rabu (18/6/2025).'
    )
    doc = Document(id="s", source="-", text=text, published="2025-06-18")
    Temporal().process(doc)
    assert [(c.kind, c.text) for c in doc.checks] == [("date-after-publication", "Kamis (18/6/2026)")]


def test_a_wrong_weekday_is_one_check_not_two() -> None:
    # the year is a typo: the weekday check says so; the date-after-publication check would repeat it
    text = '"Jujur kami tidak yakin," kata Waketum Projo, Freddy Alex Damanik, Rabu (18/6/2026).'
    doc = Document(id="w", source="-", text=text, published="2025-06-18")
    Temporal().process(doc)
    assert [(c.kind, c.text) for c in doc.checks] == [("weekday-mismatch", "Rabu (18/6/2026)")]
    assert "18 Juni 2025 memang hari Rabu" in doc.checks[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Warga yang sudah mendaftar bisa mengambil bantuan besok di kantor kelurahan.",
        "Pendaftaran yang telah dibuka diperpanjang hingga 30 Juni 2024.",
        "Proyek yang sudah berjalan ditargetkan selesai 31 Juli 2024.",
        "Pemerintah telah menetapkan 27 Juni 2024 sebagai hari libur nasional.",
        "Penyidik sudah melakukan pemanggilan terhadap saksi untuk diperiksa pada Senin, 24 Juni 2024.",
        '"Sejak 7 Oktober, Israel telah menghancurkan stadion," kata dia.',  # the year is silang's reading
    ],
)
def test_future_dates_in_past_tense_sentences_are_not_flagged(text: str) -> None:
    doc = Document(id="f", source="-", text=text, published="2024-06-18")
    Temporal().process(doc)
    assert [c for c in doc.checks if c.kind == "date-after-publication"] == []


def test_narrated_day_carries_across_body_blocks() -> None:
    first = "Pesawat hilang kontak Minggu (28/12/2014)."
    menu = "Baca juga: Berita lain hari ini"
    second = '"Kontak terakhir pukul 06.14," kata Wisnu, Senin (29/12/2014).'
    text = "\n".join([first, menu, second])
    doc = Document(id="t", source="t", text=text, published="2014-12-29")
    doc.blocks = [
        Block(0, len(first), "body"),
        Block(len(first) + 1, len(first) + 1 + len(menu), "boilerplate"),
        Block(len(text) - len(second), len(text), "body"),
    ]
    Temporal().process(doc)
    assert times(doc) == {
        "Minggu (28/12/2014)": "2014-12-28",
        "pukul 06.14": "2014-12-28T06:14",
        "Senin (29/12/2014)": "2014-12-29",
    }


def test_earthquake_figures_through_the_step() -> None:
    """An earthquake report (written after dev-id d0758): clock time with seconds, magnitude, depth, epicentre."""
    text = (
        "Gempa berkekuatan magnitudo 4,9 mengguncang Garut, Rabu (18/6/2025) pukul 15:24:49 WIB. Episenter "
        "terletak pada koordinat 8.32 LS dan 107.27 BT, di laut pada kedalaman 13 km."
    )
    doc = Document(id="g", source="", text=text)
    doc.published = "2025-06-18"
    Temporal().process(doc)
    assert [(t.span.text, t.value) for t in doc.times] == [
        ("Rabu (18/6/2025) pukul 15:24:49 WIB", "2025-06-18T15:24:49+07:00")
    ]
    assert [(q.span.text, q.value, q.unit, q.what) for q in doc.quantities] == [
        ("magnitudo 4,9", 4.9, "magnitude", "earthquake"),
        ("13 km", 13.0, "km", "depth"),
    ]
    assert [(i.kind, i.value, i.span.text) for i in doc.identifiers] == [
        ("coordinate", "-8.32,107.27", "8.32 LS dan 107.27 BT")
    ]
    for item in [*doc.times, *doc.quantities, *doc.identifiers]:
        assert text[item.span.start : item.span.end] == item.span.text
