"""Copy detection on the seeds and on dev-id text: derivations found, false ones refused, spans honest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from silang.model import Document
from silang.normalize.published import parse_published
from silang.pipeline.align import align, units
from silang.pipeline.copies import find_derivations, groups
from silang.pipeline.minhash import LSHIndex, MinHasher, jaccard

os.environ.setdefault("SILANG_STRICT", "1")
SEEDS = Path(__file__).resolve().parents[2] / "shared/corpora/seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/corpora/seeds")


@pytest.fixture(scope="module")
def seeds() -> list[Document]:
    docs = [Document(id=p.stem[:3], source=str(p), text=p.read_text()) for p in sorted(SEEDS.glob("*.txt"))]
    docs[2].wires = ["AFP"]
    docs[4].wires = ["Anadolu"]
    return docs


@pytest.fixture(scope="module")
def seed_derivations(seeds: list[Document]) -> dict[frozenset[str], object]:
    return {frozenset(d.articles): d for d in find_derivations(seeds)}


@pytest.mark.parametrize("pair", [("000", "004"), ("000", "002")])
def test_seed_derivation_found(seed_derivations: dict, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in seed_derivations


@pytest.mark.parametrize("pair", [("001", "003"), ("003", "004"), ("002", "003"), ("001", "004")])
def test_seed_independent_pairs_not_derived(seed_derivations: dict, pair: tuple[str, str]) -> None:
    assert frozenset(pair) not in seed_derivations


def test_seed_kinds(seed_derivations: dict) -> None:
    assert seed_derivations[frozenset(("000", "004"))].kind == "rewrite"
    assert seed_derivations[frozenset(("000", "002"))].kind == "shared-source"


def test_evidence_spans_are_slices_on_both_sides(seeds: list[Document], seed_derivations: dict) -> None:
    by_id = {d.id: d for d in seeds}
    for der in seed_derivations.values():
        assert der.evidence and len(der.evidence) % 2 == 0
        assert {s.article for s in der.evidence} == set(der.articles)
        for span in der.evidence:
            assert by_id[span.article].text[span.start : span.end] == span.text


def test_groups_follow_derivations(seed_derivations: dict) -> None:
    comps = groups(["000", "001", "002", "003", "004"], list(seed_derivations.values()))
    assert ["000", "002", "004"] in comps
    assert ["001"] in comps and ["003"] in comps


LEAD = (
    "Kementerian Pertanian menetapkan harga acuan ayam hidup di tingkat peternak sebesar Rp18.000 per "
    "kilogram untuk semua ukuran bobot panen. Aturan itu berlaku mulai Kamis dan diawasi oleh dinas di "
    "setiap provinsi. Peternak yang menjual di bawah harga acuan akan mendapat teguran tertulis dari "
    "pemerintah daerah. Direktur Jenderal Peternakan mengatakan langkah itu diambil untuk menahan "
    "anjloknya harga di kandang selama tiga pekan terakhir."
)


TEMPLATE = LEAD.replace("Rp18.000", "Rp21.000").replace("tiga pekan", "dua pekan")


@pytest.mark.parametrize(
    ("other", "outlet", "titles", "derived"),
    [
        (LEAD, "y.com", ("Harga ayam", "Harga ayam"), True),  # verbatim copy
        (
            LEAD.replace("menetapkan", "memutuskan").replace("teguran tertulis", "surat teguran"),
            "y.com",
            ("a", "b"),
            True,
        ),
        (TEMPLATE, "x.com", ("Harga Ayam Rabu 18 Juni", "Harga Ayam Jumat 20 Juni"), False),  # template, other day
        (LEAD, "x.com", ("Harga Ayam Rabu 18 Juni", "Harga Ayam Rabu 18 Juni"), True),  # the outlet's own update
    ],
)
def test_copy_edit_and_template(other: str, outlet: str, titles: tuple[str, str], derived: bool) -> None:
    a = Document(id="a", source="a", text=LEAD, outlet="x.com", title=titles[0])
    b = Document(id="b", source="b", text=other, outlet=outlet, title=titles[1])
    found = find_derivations([a, b])
    assert bool(found) is derived
    if found and outlet == "x.com":
        assert found[0].kind == "update"


def test_quotes_alone_do_not_make_a_derivation() -> None:
    quote = '"Kami akan terus mengawasi harga ayam di semua pasar tradisional hingga akhir bulan ini," kata dia.'
    a = Document(
        id="a",
        source="a",
        text=" ".join([quote] * 1)
        + " Pernyataan itu disampaikan di Jakarta pada Rabu sore kepada wartawan yang menunggu.",
        outlet="x",
    )
    b = Document(
        id="b",
        source="b",
        text=quote + " Ia berbicara seusai rapat terbatas di kantor kementerian bersama para peternak.",
        outlet="y",
    )
    assert find_derivations([a, b]) == []


def test_alignment_keeps_order() -> None:
    sents = [f"Kalimat nomor {w} membahas pokok perkara yang berbeda dari yang lain sama sekali." for w in "abcdef"]
    a = Document(id="a", source="a", text=" ".join(sents))
    b = Document(id="b", source="b", text=" ".join(reversed(sents)))
    al = align(units(a), units(b))
    assert al.longest <= 1


@pytest.mark.parametrize("shift", [0, 5, 40])
def test_minhash_estimates_jaccard(shift: int) -> None:
    words = [f"kata{i}" for i in range(200)]
    a, b = " ".join(words), " ".join(words[shift:] + [f"lain{i}" for i in range(shift)])
    hasher = MinHasher(num_perm=128)
    est = jaccard(hasher.text_signature(a), hasher.text_signature(b))
    true = len(
        set(zip(words, words[1:], words[2:], strict=False))
        & set(zip(b.split(), b.split()[1:], b.split()[2:], strict=False))
    )
    true /= len(
        set(zip(words, words[1:], words[2:], strict=False))
        | set(zip(b.split(), b.split()[1:], b.split()[2:], strict=False))
    )
    assert abs(est - true) < 0.12


def test_lsh_finds_near_duplicates_only() -> None:
    hasher, index = MinHasher(), LSHIndex()
    base = " ".join(f"kata{i}" for i in range(300))
    index.insert("base", hasher.text_signature(base))
    assert "base" in index.query(hasher.text_signature(base.replace("kata7 ", "kataX ")))
    assert not index.query(hasher.text_signature(" ".join(f"lain{i}" for i in range(300))))


OTHER_NEWS = [
    "Sebuah video dari Lebanon memperlihatkan warga berpesta di atap gedung sambil menonton rudal melintas.",
    "Orang-orang itu berkumpul dengan diiringi melodi saksofon yang menghangatkan suasana malam di kota tersebut.",
    "Berita kedua yang banyak menarik perhatian adalah wahana bermain anak bertema robot di pusat belanja.",
    "Anak-anak bisa mencoba seluncuran roket raksasa, dinding panjat bulan, dan permainan bola di sana.",
    "Berita ketiga membahas gangguan penerbangan di tujuh bandara Timur Tengah akibat perang.",
    "Maskapai besar di kawasan itu mengubah jadwal, mengalihkan rute, dan membatalkan sejumlah penerbangan ke Eropa.",
    "Penumpang diminta memeriksa status penerbangan secara berkala sebelum berangkat menuju bandara masing-masing.",
    "Bandara Dubai melaporkan penundaan panjang, sementara Bandara Doha menutup sebagian landasan untuk sementara.",
    "Untuk lebih lengkapnya, simak rangkuman berita pilihan redaksi yang paling banyak dibaca hari ini berikut ini.",
]


@pytest.mark.parametrize(
    ("position", "outlet", "kind"),
    [
        (3, "x.com", "copy"),  # the outlet's digest carries its own article whole, from the lead
        (0, "x.com", "copy"),
        (3, "y.com", "copy"),  # another outlet carrying it verbatim inside a longer piece
    ],
)
def test_article_inside_a_digest(position: int, outlet: str, kind: str) -> None:
    article = LEAD + " Harga di tingkat konsumen diperkirakan ikut turun pada pekan depan menurut para pedagang."
    digest_sents = [*OTHER_NEWS[:position], article, *OTHER_NEWS[position:]]
    a = Document(id="a", source="a", text=article, outlet="x.com", title="Harga ayam", published="2025-06-18")
    b = Document(
        id="b",
        source="b",
        text=" ".join(digest_sents),
        outlet=outlet,
        title="Top 3 Berita Hari Ini",
        published="2025-06-18",
    )
    found = find_derivations([a, b])
    assert [d.kind for d in found] == [kind]


@pytest.mark.parametrize(
    ("outlets", "kind"),
    [
        ({"a": "x", "b": "y", "c": "z"}, "shared-source"),  # three outlets carry one text: a release
        ({"a": "x", "b": "y", "c": "y"}, "rewrite"),  # the third is the same outlet's own version
    ],
)
def test_rewrites_among_three_outlets_share_a_source(outlets: dict[str, str], kind: str) -> None:
    from silang.model import Derivation
    from silang.pipeline.copies import released

    ders = [Derivation(["a", "b"], "rewrite", 0.9), Derivation(["a", "c"], "rewrite", 0.9)]
    ders.append(Derivation(["b", "c"], "rewrite" if outlets["b"] != outlets["c"] else "update", 0.9))
    assert released(ders, outlets)[0].kind == kind


def test_a_verbatim_copy_is_no_third_carrier() -> None:
    from silang.model import Derivation
    from silang.pipeline.copies import released

    ders = [Derivation(["a", "c"], "rewrite", 0.9), Derivation(["a", "b"], "copy", 1.0)]
    ders.append(Derivation(["b", "c"], "shared-source", 0.7))
    assert released(ders, {"a": "x", "b": "y", "c": "z"})[0].kind == "rewrite"


GOLD_BOILERPLATE = (
    " Harga emas Antam tersebut berlaku di kantor Antam Pulogadung, Jakarta Timur. Sejalan dengan harga jual, "
    "harga buyback yang didapat jika pemilik emas ingin menjual emas batangan juga turun. Sesuai dengan PMK "
    "No. 34/PMK 10/2017, pembelian emas batangan dikenakan PPh 22 sebesar 0,9 persen. Jika ingin mendapatkan "
    "potongan pajak lebih rendah, yaitu sebesar 0,45 persen, sertakan nomor NPWP setiap kali transaksi."
)


@pytest.mark.parametrize(
    ("lead_b", "derived"),
    [
        # the next day's report: its lead tells its own day's price
        ("Harga emas Antam hari ini turun Rp1.000 menjadi Rp1.936.000 per gram dari Rp1.937.000.", False),
        # the next morning's version of the same day's news is an update
        ("Harga emas Antam kemarin turun Rp6.000 menjadi Rp1.937.000 per gram dari Rp1.943.000.", True),
    ],
)
def test_one_outlets_daily_report_is_no_update_of_yesterdays(lead_b: str, derived: bool) -> None:
    from silang.evaluate.stories import annotate

    lead_a = "Harga emas Antam hari ini turun Rp6.000 menjadi Rp1.937.000 per gram dari Rp1.943.000."
    a, b = annotate(
        [
            Document(id="a", source="a", text=lead_a + GOLD_BOILERPLATE, outlet="x", published="2025-06-19"),
            Document(id="b", source="b", text=lead_b + GOLD_BOILERPLATE, outlet="x", published="2025-06-20"),
        ]
    )
    assert bool(find_derivations([a, b])) is derived


@pytest.mark.parametrize(
    ("raw_a", "raw_b", "expected"),
    [
        # one day: the clock times decide (dev-id and feed stamps)
        ("Rabu, 18 Juni 2025 |18:52 WIB", "Diperbarui 18 Jun 2025, 09:15 WIB", "b->a"),
        ("2025-06-18T08:35:00+07:00", "2025-06-18T18:35:00+07:00", "a->b"),
        # 09:00 WITA is 08:00 WIB: the zones decide
        ("Rabu, 18 Juni 2025 | 09:00 WITA", "Rabu, 18 Juni 2025 | 08:30 WIB", "a->b"),
        ("Rabu, 18 Juni 2025 | 09:00 WIB", "Rabu, 18 Juni 2025 | 09:00 WIB", None),
        # no clock time on one side: the dates alone, and none on one day
        ("2025-06-18", "Kamis, 19 Juni 2025 | 07:00 WIB", "a->b"),
        ("2025-06-18", "Rabu, 18 Juni 2025 | 07:00 WIB", None),
    ],
)
def test_copy_direction_by_publication_time(raw_a: str, raw_b: str, expected: str | None) -> None:
    docs = []
    for id_, raw in (("a", raw_a), ("b", raw_b)):
        published = parse_published(raw)
        docs.append(
            Document(
                id=id_,
                source=id_,
                text=LEAD,
                outlet=f"{id_}.com",
                title="Harga ayam",
                published=published.isoformat() if published else None,
                published_raw=raw,
            )
        )
    found = find_derivations(docs)
    assert len(found) == 1
    assert found[0].direction == expected
