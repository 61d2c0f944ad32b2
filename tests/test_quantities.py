"""Quantities and identifiers: every form in issue 3, what is not a quantity, round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silang.normalize.numbers import parse_number, parse_words
from silang.normalize.quantities import find_identifiers, find_quantities

Row = tuple[float | None, float | None, float | None, bool, str | None, str | None, str]


def one(text: str, lang: str = "id") -> Row:
    """The single quantity of ``text`` as (value, low, high, approximate, unit, what, span)."""
    found = find_quantities(text, lang)
    assert len(found) == 1, [q.span.text for q in found]
    q = found[0]
    assert text[q.span.start : q.span.end] == q.span.text
    return q.value, q.low, q.high, q.approximate, q.unit, q.what, q.span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.000 tentara Korut", (10000, 10000, 10000, False, None, "troops", "10.000")),
        ("sekitar 10 ribu tentara", (10000, None, None, True, None, "troops", "sekitar 10 ribu")),
        ("10 beberapa ribu pasukan", (10000, 10000, 10000, True, None, "troops", "10 beberapa ribu")),
        ("ribuan tentara", (None, 1000, 9999, True, None, "troops", "ribuan")),
        ("puluhan ribu warga", (None, 10000, 99999, True, None, "people", "puluhan ribu")),
        ("ratusan rumah", (None, 100, 999, True, None, "houses", "ratusan")),
        ("1.500 tentara", (1500, 1500, 1500, False, None, "troops", "1.500")),
        ("1.500 prajurit", (1500, 1500, 1500, False, None, "troops", "1.500")),
        ("3.000 personel", (3000, 3000, 3000, False, None, "troops", "3.000")),
        ("1.500 rumah", (1500, 1500, 1500, False, None, "houses", "1.500")),
        ("0,25 persen", (0.25, 0.25, 0.25, False, "percent", None, "0,25 persen")),
        ("Rp915 miliar", (915e9, 915e9, 915e9, False, "IDR", None, "Rp915 miliar")),
        ("Rp 1,25 triliun", (1.25e12, 1.25e12, 1.25e12, False, "IDR", None, "Rp 1,25 triliun")),
        ("100-200 juta dollar AS", (None, 100e6, 200e6, False, "USD", None, "100-200 juta dollar AS")),
        ("51 kg", (51, 51, 51, False, "kg", None, "51 kg")),
        ("442 jemaah haji", (442, 442, 442, False, None, "pilgrims", "442")),
        ("sepuluh ribu orang", (10000, 10000, 10000, False, None, "people", "sepuluh ribu")),
        ("dua belas siswa", (12, 12, 12, False, None, "students", "dua belas")),
        ("setengah juta penduduk", (500000, 500000, 500000, False, None, "people", "setengah juta")),
        ("1,5 juta penumpang", (1.5e6, 1.5e6, 1.5e6, False, None, "passengers", "1,5 juta")),
        ("3 miliar", (3e9, 3e9, 3e9, False, None, None, "3 miliar")),
        ("hampir 200 korban", (200, None, 200, True, None, "victims", "hampir 200")),
        ("lebih dari 100 orang", (100, 100, None, True, None, "people", "lebih dari 100")),
        ("setidaknya 35 orang tewas", (35, 35, None, True, None, "people", "setidaknya 35")),
        ("kurang dari 5%", (5, None, 5, True, "percent", None, "kurang dari 5%")),
    ],
)
def test_indonesian_quantities(text: str, expected: Row) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10,000 troops", (10000, 10000, 10000, False, None, "troops", "10,000")),
        ("about 1.5 million people", (1.5e6, None, None, True, None, "people", "about 1.5 million")),
        ("nearly 200 soldiers", (200, None, 200, True, None, "troops", "nearly 200")),
    ],
)
def test_english_quantities(text: str, expected: Row) -> None:
    assert one(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "pada tahun 2024",
        "Rabu, 30 Oktober 2024",
        "Senin (28/10)",
        "pukul 10.55 WIB",
        "untuk kali ke-2",
        "hubungi 081234567890",
        "Pasal 340 KUHP",
        "selama 7 hari",
        "salah satu negara",
        "penerbangan SV-5276 tujuan Jeddah",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind", "span"),
    [
        ("penerbangan SV-5276 tujuan Jeddah", "SV5276", "flight", "SV-5276"),
        ("pesawat AirAsia QZ8501 hilang", "QZ8501", "flight", "QZ8501"),
        ("putusan Nomor 2/PUU-XXI/2023 menyatakan", "2/PUU-XXI/2023", "case", "2/PUU-XXI/2023"),
    ],
)
def test_identifiers(text: str, value: str, kind: str, span: str) -> None:
    ids = find_identifiers(text, article="a")
    assert [(i.value, i.kind, i.span.text) for i in ids] == [(value, kind, span)]


@pytest.mark.parametrize("text", ["G20 bertemu", "jet F-16", "UU-11 disahkan", "COVID-19 menyebar"])
def test_not_identifiers(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("dua ratus tiga puluh lima", 235), ("seribu lima ratus", 1500), ("satu setengah juta", 1.5e6), ("sebelas", 11)],
)
def test_number_words(words: str, value: float) -> None:
    assert parse_words(words.split()) == value


def _id_digits(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(st.integers(min_value=1, max_value=999_999_999))
def test_round_trip_separators(n: int) -> None:
    assert parse_number(_id_digits(n)) == n
    assert parse_number(f"{n:,}", "en") == n
    q = find_quantities(f"Ada {_id_digits(n)} orang di sana.")
    assert [(x.value, x.what) for x in q] == [(n, "people")]


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("ribu", 1e3), ("juta", 1e6), ("miliar", 1e9)]))
def test_round_trip_scale_words(n: int, scale: tuple[str, float]) -> None:
    word, mult = scale
    assert parse_number(f"{n} {word}") == n * mult
    assert parse_number(f"{n},5 {word}") == (n + 0.5) * mult


@given(st.integers(min_value=1, max_value=999_999))
def test_round_trip_number_words(n: int) -> None:
    assert parse_words(_say(n).split()) == n


def _say(n: int) -> str:
    """``n`` written in Indonesian words (the writer the parser must read back)."""
    units = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    def below_1000(k: int) -> list[str]:
        out: list[str] = []
        h, rest = divmod(k, 100)
        if h:
            out.append("seratus" if h == 1 else f"{units[h]} ratus")
        t, u = divmod(rest, 10)
        if t == 1:
            out.append({0: "sepuluh", 1: "sebelas"}.get(u, f"{units[u]} belas"))
        else:
            if t:
                out.append(f"{units[t]} puluh")
            if u:
                out.append(units[u])
        return out

    thousands, rest = divmod(n, 1000)
    words = (["seribu"] if thousands == 1 else [*below_1000(thousands), "ribu"]) if thousands else []
    return " ".join(words + below_1000(rest))


# Amounts are tried only at number triggers, opened by the hedge and currency words before them:
# the openings must reach as far back as the full pattern would.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("sebesar 22 juta euro (sekitar Rp 413,5 miliar) sudah", "sekitar Rp 413,5 miliar", 413.5e9),
        ("naik dari Rp2,95 triliun pada tahun lalu", "Rp2,95 triliun", 2.95e12),
        ("APBN itu kurang lebih sekitar Rp 307 triliun", "sekitar Rp 307 triliun", 307e12),
        ("pada 2024 mencapai US$ 610 miliar, meningkat", "US$ 610 miliar", 610e9),
        ("Baca juga:Hampir 80 Persen Masyarakat", "Hampir 80 Persen", 80.0),
        ("dengan (lebih dari 500 orang) hadir", "lebih dari 500", 500.0),
    ],
)
def test_amount_openings(text: str, span: str, value: float) -> None:
    found = [(q.span.text, q.value) for q in find_quantities(text)]
    assert (span, value) in found, found


def test_currency_run_together_after_a_range_dash() -> None:
    found = [(q.span.text, q.unit) for q in find_quantities("harga di kisaran Rp15.000-Rp17.000 per kilogram")]
    assert found == [("Rp15.000", "IDR"), ("Rp17.000", "IDR")]


def test_vague_amount_with_hedge() -> None:
    q = find_quantities("terdapat sekitar ratusan warga mengungsi")
    assert [(x.span.text, x.low, x.high, x.what) for x in q] == [("sekitar ratusan", 100, 999, "people")]


def whats(text: str) -> list[tuple[str, str | None, str | None]]:
    """(span, unit, what) of every quantity of ``text``."""
    return [(q.span.text, q.unit, q.what) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs, pronouns, prepositions and conjunctions after a number are not what it counts
        ("Gempa 5,2 mengguncang Malang.", [("5,2", "magnitude", "earthquake")]),
        ("Ia memberi 3 kepadanya.", [("3", None, None)]),
        ("Skor akhir 2 berpusat di babak kedua.", [("2", None, None)]),
        ("Omzet di bawah Rp 4,8 miliar setahun tidak kena pajak.", [("Rp 4,8 miliar", "IDR", None)]),
        ("Pada Januari terjual 55 unitFebruari 100 unit.", [("55", None, "units"), ("100", None, "units")]),
        ("Inflasi naik 0,05 persen secara tahunan.", [("0,05 persen", "percent", None)]),
        ("Ada 4 selama berbulan-bulan.", [("4", None, None)]),
        ("Saham naik 8 terbaru kemarin.", [("8", None, None)]),
        # nouns, the synonym table and classifiers
        ("Sebanyak 1.500 tentara dikirim.", [("1.500", None, "troops")]),
        ("Sebanyak 1.500 pasukannya dikirim.", [("1.500", None, "troops")]),
        ("Warga memelihara 5 ekor sapi dan 3 ekor.", [("5", None, "sapi"), ("3", None, "ekor")]),
        ("Terjual 6.626 unit mobil ke luar negeri.", [("6.626", None, "vehicles")]),
        ("Sebanyak 100 lembar saham dilepas.", [("100", None, "saham")]),
        ("Ada 10 ribu lebih tentara di sana.", [("10 ribu", None, "troops")]),
        ("Sebanyak 12 direktur dan 4 berita.", [("12", None, "direktur"), ("4", None, "berita")]),
        ("Dia mencetak 32 penampilannya musim ini.", [("32", None, "penampilan")]),
        # measures: the attribute before names what is measured
        ("Gempa terjadi pada kedalaman 10 kilometer.", [("10 kilometer", "km", "depth")]),
        ("Kapal berada sejauh 200 mil laut dari pantai.", [("200 mil laut", "nmi", "distance")]),
        ("Mobil itu dijual dengan harga Rp 380 juta.", [("Rp 380 juta", "IDR", "price")]),
        ("Bobot sapi itu mencapai 51 kg.", [("51 kg", "kg", None)]),
        ("Sapi dengan berat 51 kg dijual.", [("51 kg", "kg", "weight")]),
        ("Mobil melaju dengan kecepatan 60 km/jam.", [("60 km/jam", "km/h", "speed")]),
        ("Hutan seluas 12 km2 terbakar.", [("12 km2", "km2", "area")]),
        ("Proyek periode 2 ada di sana.", [("2", None, None)]),
    ],
)
def test_what_is_the_counted_noun_head(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """``what`` is the counted noun (canonical when known), or None when no noun follows."""
    assert whats(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gempa magnitudo 5,2 mengguncang Malang.", "magnitudo 5,2", 5.2),
        ("Gempa M 5.2 mengguncang Malang.", "M 5.2", 5.2),
        ("Gempa berkekuatan 5,2 SR terasa kuat.", "5,2 SR", 5.2),
        ("Gempa 5,2 skala Richter terasa.", "5,2 skala Richter", 5.2),
        ("Lihat Video Kepanikan Jemaat Gereja di Lima Saat Gempa M 6,1 Guncang Peru", "M 6,1", 6.1),  # dev-id d0814
        ("JAKARTA-Gempaberkekuatan Magnitudo 4,9 mengguncang wilayah Kabupaten Garut", "Magnitudo 4,9", 4.9),  # d0758
        ("Gempaberkekuatan magnitudo (M) 4,8 terjadi diGarut, Jawa Barat.", "magnitudo (M) 4,8", 4.8),  # d0814
        ("Hasil analisis BMKG menunjukkan gempa berkekuatan M4,9.", "M4,9", 4.9),  # d0758
    ],
)
def test_magnitudes(text: str, span: str, value: float) -> None:
    """Earthquake magnitudes, unit before or after the number, are quantities of unit magnitude."""
    found = [q for q in find_quantities(text) if q.unit == "magnitude"]
    assert [(q.span.text, q.value, q.what) for q in found] == [(span, value, "earthquake")]


@pytest.mark.parametrize("text", ["ada 10.100 unit BYD M6 yang dikirim", "BYD M9 itu didaftarkan", "ukuran m 5,2"])
def test_not_magnitudes(text: str) -> None:
    """A car model "M6" and a lower-case "m" are not magnitudes."""
    assert [q for q in find_quantities(text) if q.unit == "magnitude"] == []


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("berpusat di 8.32 LS dan 112.5 BT dengan", "-8.32,112.5", "8.32 LS dan 112.5 BT"),
        ("di 8,32 derajat Lintang Selatan dan 112,5 derajat Bujur Timur", "-8.32,112.5", None),
        ("pusat gempa 0,79 LU - 124,44 BT", "0.79,124.44", "0,79 LU - 124,44 BT"),
        ("gempa di 8°30' LS, 112° BT", "-8.5,112", "8°30' LS, 112° BT"),
        ("lokasi 3,5 LS saja", "lat=-3.5", "3,5 LS"),
        ("lokasi 120 BB saja", "lon=-120", "120 BB"),
        # dev-id d0758 and d0814
        ("Episenter terletak pada koordinat 8.32 LS dan 107.27 BT, atau tepatnya", "-8.32,107.27", None),
        ("Titik koordinat gempa di 8,72 lintang selatan (LS) dan 107,26 bujut timur (BT).", "-8.72,107.26", None),
    ],
)
def test_coordinates(text: str, value: str, span: str | None) -> None:
    """Coordinates are one identifier in decimal degrees (south and west negative), not numbers."""
    coords = [i for i in find_identifiers(text, article="a") if i.kind == "coordinate"]
    assert [i.value for i in coords] == [value]
    assert text[coords[0].span.start : coords[0].span.end] == coords[0].span.text
    if span is not None:
        assert coords[0].span.text == span
    assert [q.span.text for q in find_quantities(text) if q.span.start < coords[0].span.end] == []


@pytest.mark.parametrize("text", ["slot orbit 1230 BT pada", "ada 5 ls rokok", "grup LS 2 dan BT 3", "95 LS"])
def test_not_coordinates(text: str) -> None:
    """Out-of-range degrees, lower-case abbreviations and labels are not coordinates."""
    assert [i for i in find_identifiers(text) if i.kind == "coordinate"] == []
