"""Bad input: each problem becomes a one-line ReadError naming the file, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from silang.model import Document, ReadError
from silang.pipeline.ingest import iter_documents, read_documents

BAD = Path(__file__).parent / "data" / "inputs" / "bad"
GOOD = Path(__file__).parent / "data" / "inputs" / "banjir.txt"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("binary.txt", "binary data"),
        ("truncated.json", "invalid or truncated JSON"),
        ("malformed.html", "no article text"),
        ("image.png", "unsupported file type .png"),
        ("nowhere.txt", "no such file"),
    ],
)
def test_bad_file_is_reported_and_the_batch_goes_on(name: str, problem: str) -> None:
    docs, errors = read_documents([BAD / name, GOOD])
    assert [d.id for d in docs] == ["banjir"]
    assert len(errors) == 1
    message = errors[0].message
    assert str(BAD / name) in message and problem in message
    assert "\n" not in message


def test_jsonl_errors_name_the_line_and_good_lines_are_read() -> None:
    docs, errors = read_documents([BAD / "missing_text.jsonl"])
    assert [d.id for d in docs] == ["m2"]
    assert [e.message.split(": ")[1] for e in errors] == ["line 1", "line 3"]
    assert "no article text" in errors[0].message and "text/body/content" in errors[0].message
    assert "invalid or truncated JSON" in errors[1].message


def test_csv_row_without_text_is_reported() -> None:
    docs, errors = read_documents([BAD.parent / "articles.csv"])
    assert [d.id for d in docs] == ["c1"]
    assert "line 3" in errors[0].message and "no article text" in errors[0].message


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "judul.csv"
    path.write_text("id,title\n1,Hanya judul\n", encoding="utf-8")
    _, errors = read_documents([path])
    assert len(errors) == 1 and "no text column" in errors[0].message


@pytest.mark.parametrize(("name", "encoding"), [("cp1252.txt", "cp1252"), ("latin1.txt", "latin-1")])
def test_mis_encoded_text_falls_back_with_a_warning(name: str, encoding: str) -> None:
    docs, errors = read_documents([BAD / name])
    assert not errors
    (doc,) = docs
    assert f"decoded as {encoding}" in doc.meta["warnings"][0]
    if encoding == "cp1252":
        assert doc.text == "Menteri berkata, “Kami siap.” Café di Bandung – tutup."


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffBaris pertama.\r\nBaris kedua.".encode())
    (doc,), _ = read_documents([path])
    assert doc.text == "Baris pertama.\nBaris kedua." and "warnings" not in doc.meta


def test_article_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_text("Kalimat berita yang panjang. " * 1000, encoding="utf-8")
    docs, errors = read_documents([path, GOOD], max_bytes=10_000)
    assert [d.id for d in docs] == ["banjir"]
    assert "over the 0.0 MB limit" in errors[0].message or "limit" in errors[0].message
    assert str(path) in errors[0].message


def test_fifty_megabyte_jsonl_streams(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    body = "Warga memadati alun-alun untuk menonton pawai budaya pada Minggu sore. " * 60
    with path.open("w", encoding="utf-8") as fh:
        n = 0
        while fh.tell() < 50_000_000:
            fh.write(json.dumps({"id": f"a{n}", "text": body}) + "\n")
            n += 1
        fh.write('{"id": "terakhir", "text": "terpotong\n')
    count = errors = 0
    for item in iter_documents([path]):  # a generator: the file is never held whole
        if isinstance(item, Document):
            count += 1
        else:
            errors += 1
            assert f"line {n + 1}" in item.message
    assert (count, errors) == (n, 1)


def test_jsonl_record_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "satu.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "a" * 5000}) + "\n" + json.dumps({"id": "y", "text": "pendek"}) + "\n"
    )
    items = list(iter_documents([path], max_bytes=1000))
    assert isinstance(items[0], ReadError) and "line 1" in items[0].message
    assert isinstance(items[1], Document) and items[1].id == "y"


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "x", "title": "tanpa teks"}, "no article text"),
        ({"id": "x", "text": "   "}, "no article text"),
        (42, "expected a path, an article dict or a Document"),
    ],
)
def test_bad_records(record: object, problem: str) -> None:
    (item,) = list(iter_documents([record]))  # type: ignore[list-item]
    assert isinstance(item, ReadError) and problem in item.message
    assert item.message.startswith(("record 1: ", "input 1: "))


MOJIBAKE_CLEAN = "Menteri berkata, “Kami siap.” Café di Bandung – tutup, suhu 30°C."


@pytest.mark.parametrize("wrong", ["cp1252", "latin-1"])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_mojibake_is_repaired_with_a_warning(tmp_path: Path, wrong: str, suffix: str) -> None:
    # UTF-8 bytes read once as cp1252/latin-1 and saved again as UTF-8: "Ã©", "â€œ"
    garbled = MOJIBAKE_CLEAN.encode("utf-8").decode(wrong, errors="ignore" if wrong == "cp1252" else "strict")
    assert garbled != MOJIBAKE_CLEAN
    path = tmp_path / f"garbled{suffix}"
    if suffix == ".txt":
        path.write_text(garbled, encoding="utf-8")
    else:
        path.write_text(json.dumps({"id": "g", "title": garbled[:20], "text": garbled}) + "\n", encoding="utf-8")
    (doc,), errors = read_documents([path])
    assert not errors
    if wrong == "latin-1":
        assert doc.text == MOJIBAKE_CLEAN
    else:  # cp1252 cannot decode byte 0x9d: that closing quote is lost, the rest comes back
        assert "Café di Bandung – tutup, suhu 30°C." in doc.text and "Ã" not in doc.text
    assert any("mojibake repaired" in w for w in doc.meta["warnings"])


@pytest.mark.parametrize(
    "text",
    [
        MOJIBAKE_CLEAN,
        "Harga naik 10% (±Rp 2.000) di Café Über, kata Björn — “wajar”, di São Paulo. Â adalah huruf.",
        "Ekspor naik ½ persen; « très bien », ujar menteri Prancis. Ñandú, Øresund, Ærø.",
    ],
)
def test_clean_text_is_not_touched(tmp_path: Path, text: str) -> None:
    path = tmp_path / "ok.txt"
    path.write_text(text, encoding="utf-8")
    (doc,), _ = read_documents([path])
    assert doc.text == text and "warnings" not in doc.meta


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ('3,"Banjir merendam ratusan rumah di Bekasi pada Senin pagi', True),  # the file ends inside quotes
        ('3,"Banjir merendam ratusan rumah di Bekasi pada Senin pagi."', False),
        ('3,Ponsel berlayar 6.5" itu dipamerkan di Jakarta pada Senin pagi.', False),  # a stray inch mark
    ],
)
def test_csv_cut_short_inside_a_quoted_field(tmp_path: Path, tail: str, cut: bool) -> None:
    path = tmp_path / "berita.csv"
    rows = [
        "id,text",
        '1,"Harga cabai naik menjadi Rp80.000 per kilogram di Pasar Induk, kata pedagang."',
        "2,Gempa magnitudo 4.8 mengguncang Garut pada Rabu pagi tanpa menimbulkan kerusakan.",
        tail,
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs, errors = read_documents([path])
    assert [d.id for d in docs] == (["1", "2"] if cut else ["1", "2", "3"])
    if cut:
        assert len(errors) == 1 and "berita.csv: line 4" in errors[0].message and "never closed" in errors[0].message
