"""Ingest: every input format to Documents with ids, titles, outlets, urls and dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.model import Document, ReadError
from silang.pipeline.ingest import iter_documents, read_documents

INPUTS = Path(__file__).parent / "data" / "inputs"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds"
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dev-id" / "articles.jsonl"


def _by_id(*paths: Path | str) -> dict[str, Document]:
    docs, _ = read_documents(list(paths))
    return {d.id: d for d in docs}


def test_txt_is_the_whole_file_and_id_is_the_stem() -> None:
    path = INPUTS / "banjir.txt"
    doc = _by_id(path)["banjir"]
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.source == str(path)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/corpora/seeds")
def test_seed_folder_reads_five_articles_and_reports_gold_json() -> None:
    docs, errors = read_documents([SEEDS])
    assert sorted(d.id for d in docs) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for doc in docs:
        assert doc.text == (SEEDS / f"{doc.id}.txt").read_text()
    assert [Path(e.source).name for e in errors] == ["gold.json"]


@pytest.mark.parametrize(
    ("doc_id", "title", "outlet", "published", "url"),
    [
        (
            "k1",
            "Harga Cabai Rawit Tembus Rp 90.000 per Kilogram",
            "kompas.com",
            "2025-06-18",
            "https://regional.kompas.com/read/2025/06/18/cabai",
        ),
        ("d1", "Kereta Anjlok di Purwakarta, Perjalanan KA Terganggu", "detik.com", "2025-06-18", None),
        ("r1", None, "republika.co.id", "2025-06-19", None),
        ("r2", None, "tempo.co", "2025-06-19", None),
        ("o1", None, "okezone.com", "2025-06-20", None),
        ("c1", "Pasar Murah Digelar di Makassar", "Fajar", "2025-06-18", "https://fajar.co.id/pasar-murah"),
    ],
)
def test_records_keep_their_fields(
    doc_id: str, title: str | None, outlet: str, published: str, url: str | None
) -> None:
    docs = _by_id(INPUTS / "articles.jsonl", INPUTS / "articles.json", INPUTS / "single.json", INPUTS / "articles.csv")
    doc = docs[doc_id]
    assert (doc.title, doc.outlet, doc.published, doc.url) == (title, outlet, published, url)
    assert doc.published_raw  # the outlet's own string is kept


def test_record_without_id_gets_a_stable_hash() -> None:
    first = [d.id for d in _by_id(INPUTS / "articles.jsonl").values()]
    second = [d.id for d in _by_id(INPUTS / "articles.jsonl").values()]
    assert first == second
    hashed = [i for i in first if i not in {"k1", "d1"}]
    assert len(hashed) == 1 and len(hashed[0]) == 16


def test_text_body_and_content_fields_are_all_read() -> None:
    docs = _by_id(INPUTS / "articles.jsonl", INPUTS / "articles.json")
    assert docs["r2"].text.startswith("TEMPO.CO, Jakarta")  # "content"
    assert any(d.text.startswith("Festival kuliner") for d in docs.values())  # "body"


def test_html_page_is_extracted_with_metadata() -> None:
    doc = _by_id(INPUTS / "gempa.html")["gempa"]
    assert "magnitudo 5,6" in doc.text and "Hak cipta" not in doc.text and "Beranda" not in doc.text
    assert doc.title == "Gempa M 5,6 Guncang Cianjur, Warga Berhamburan Keluar Rumah"
    assert doc.outlet == "Warta Priangan"
    assert doc.url == "https://www.wartapriangan.id/daerah/gempa-cianjur"
    assert doc.published == "2025-02-11"


@pytest.mark.parametrize(
    ("feed", "title", "published", "first_line"),
    [
        ("berita.rss", "Pelabuhan Merak Padat Jelang Libur Panjang", "2025-06-19", "Antrean kendaraan menuju"),
        ("kabar.atom", "Festival Danau Sentani Dibuka", "2025-06-20", "Festival Danau Sentani ke-16"),
    ],
)
def test_feed_entries_become_documents(feed: str, title: str, published: str, first_line: str) -> None:
    docs, _ = read_documents([INPUTS / feed])
    doc = next(d for d in docs if d.title == title)
    assert doc.published == published
    assert doc.text.startswith(first_line)
    assert "<p>" not in doc.text and "\n" in doc.text  # one line per paragraph


def test_dicts_and_documents_pass_through() -> None:
    given = Document(id="x", source="memory", text="Teks yang sudah menjadi dokumen.")
    items = list(iter_documents([{"id": "a", "text": "Berita singkat dari dict."}, given]))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "x"]
    assert items[1] is given


def test_ids_are_unique_within_a_run() -> None:
    docs, _ = read_documents([INPUTS / "articles.jsonl", INPUTS / "articles.jsonl"])
    ids = [d.id for d in docs]
    assert len(ids) == len(set(ids)) == 6
    assert {"k1", "k1-2"} <= set(ids)
    assert next(d for d in docs if d.id == "k1-2").meta["original_id"] == "k1"


def test_folders_are_read_recursively() -> None:
    docs, errors = read_documents([INPUTS])
    sources = {Path(d.meta["input"].split(":")[0]).parent.name for d in docs}
    assert {"inputs", "bad"} <= sources
    assert errors  # the bad inputs are reported, not fatal


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_file(), reason="needs ../shared/corpora/dev-id")
def test_dev_id_reads_every_article() -> None:
    items = list(iter_documents([DEV]))
    assert not [i for i in items if isinstance(i, ReadError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 3392
    assert all(d.published for d in docs)
