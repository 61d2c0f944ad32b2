"""The time layer: every form in issue 3, anchors, the weekday check, Hypothesis round-trips."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silang.normalize.anchor import infer_anchor, infer_window
from silang.normalize.calendar import calendar
from silang.normalize.times import check_dates, find_times

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds"
A = date(2024, 10, 30)  # a Wednesday
D = date(2014, 12, 29)  # a Monday


def only(text: str, anchor: date | None = A, lang: str = "id") -> tuple[str, str | None, str]:
    """The single expression of ``text``: (kind, value, span text)."""
    found = find_times(text, anchor, lang)
    assert len(found) == 1, [(t.kind, t.value, t.span.text) for t in found]
    t = found[0]
    assert text[t.span.start : t.span.end] == t.span.text
    return t.kind, t.value, t.span.text


@pytest.mark.parametrize(
    ("text", "kind", "value", "span"),
    [
        ("pada 30 Oktober 2024 lalu", "date", "2024-10-30", "30 Oktober 2024 lalu"),
        ("pada 30/10/2024 pagi", "time", "2024-10-30TMO", "30/10/2024 pagi"),
        ("hari Rabu, 30 Oktober 2024", "date", "2024-10-30", "hari Rabu, 30 Oktober 2024"),
        ("Kamis (31/10/2024)", "date", "2024-10-31", "Kamis (31/10/2024)"),
        ("Senin (28/10)", "date", "2024-10-28", "Senin (28/10)"),
        ("rapat (18/6/2025) itu", "date", "2025-06-18", "(18/6/2025)"),
        ("Jumat (18/10)", "date", "2024-10-18", "Jumat (18/10)"),
        ("Jum'at (18/10)", "date", "2024-10-18", "Jum'at (18/10)"),
        ("tanggal 5 Agu 2024", "date", "2024-08-05", "tanggal 5 Agu 2024"),
        ("17 Des 2024", "date", "2024-12-17", "17 Des 2024"),
        ("1 Jun 2024", "date", "2024-06-01", "1 Jun 2024"),
        ("10 Okt.", "date", "2024-10-10", "10 Okt."),
        ("antara 8 hingga 13 Oktober", "range", "2024-10-08/2024-10-13", "antara 8 hingga 13 Oktober"),
        ("pada 8-13 Oktober", "range", "2024-10-08/2024-10-13", "8-13 Oktober"),
        ("8 hingga 13 Oktober 2023", "range", "2023-10-08/2023-10-13", "8 hingga 13 Oktober 2023"),
        ("28 September - 2 Oktober", "range", "2024-09-28/2024-10-02", "28 September - 2 Oktober"),
        ("sejak Agustus", "range", "2024-08/2024-10-30", "sejak Agustus"),
        ("awal Oktober", "range", "2024-10-01/2024-10-10", "awal Oktober"),
        ("akhir pekan lalu", "range", "2024-10-26/2024-10-27", "akhir pekan lalu"),
        ("Pada bulan Juni", "date", "2024-06", "bulan Juni"),
        ("Juni 2024", "date", "2024-06", "Juni 2024"),
        ("Februari 2022", "date", "2022-02", "Februari 2022"),
        ("September lalu", "date", "2024-09", "September lalu"),
        ("Oktober lalu", "date", "2024-10", "Oktober lalu"),
        ("tahun depan", "date", "2025", "tahun depan"),
        ("tahun lalu", "date", "2023", "tahun lalu"),
        ("tahun 2007", "date", "2007", "tahun 2007"),
        ("bulan lalu", "date", "2024-09", "bulan lalu"),
        ("pekan depan", "date", "2024-W45", "pekan depan"),
        ("pada hari Senin", "date", "2024-10-28", "hari Senin"),
        ("Rabu lalu", "date", "2024-10-23", "Rabu lalu"),
        ("Selasa sore", "time", "2024-10-29TAF", "Selasa sore"),
        ("kemarin", "date", "2024-10-29", "kemarin"),
        ("hari ini", "date", "2024-10-30", "hari ini"),
        ("besok", "date", "2024-10-31", "besok"),
        ("sepekan lalu", "date", "2024-10-23", "sepekan lalu"),
        ("tiga hari lalu", "date", "2024-10-27", "tiga hari lalu"),
        ("lima dekade lalu", "date", "1974", "lima dekade lalu"),
        ("pukul 10.55 WIB", "time", "2024-10-30T10:55+07:00", "pukul 10.55 WIB"),
        ("10.44 WIB", "time", "2024-10-30T10:44+07:00", "10.44 WIB"),
        ("sekitar pukul 09.00 WITA", "time", "2024-10-30T09:00+08:00", "sekitar pukul 09.00 WITA"),
        ("14:05 WIT", "time", "2024-10-30T14:05+09:00", "14:05 WIT"),
        ("Senin (28/10) pukul 06.18 WIB", "time", "2024-10-28T06:18+07:00", "Senin (28/10) pukul 06.18 WIB"),
        ("selama 40 menit", "duration", "PT40M", "40 menit"),
        ("enam tahun", "duration", "P6Y", "enam tahun"),
        ("setahun", "duration", "P1Y", "setahun"),
        ("setengah hari", "duration", "PT12H", "setengah hari"),
        ("bertahun-tahun", "duration", "PXY", "bertahun-tahun"),
        ("tiga hari ke depan", "duration", "P3D", "tiga hari ke depan"),
        ("setiap tahun", "set", "P1Y", "setiap tahun"),
        ("tahun 90-an", "date", "199", "tahun 90-an"),
    ],
)
def test_indonesian_forms(text: str, kind: str, value: str, span: str) -> None:
    assert only(text) == (kind, value, span)


@pytest.mark.parametrize(
    ("text", "kind", "value", "span"),
    [
        ("on Monday, Oct. 28", "date", "2024-10-28", "Monday, Oct. 28"),
        ("October 28, 2024", "date", "2024-10-28", "October 28, 2024"),
        ("28 October 2024", "date", "2024-10-28", "28 October 2024"),
        ("in June 2024", "date", "2024-06", "June 2024"),
        ("yesterday", "date", "2024-10-29", "yesterday"),
        ("for three days", "duration", "P3D", "three days"),
        ("at 5 p.m.", "time", "2024-10-30T17:00", "at 5 p.m."),
        ("about 9 pm", "time", "2024-10-30T21:00", "about 9 pm"),
        ("at 10:55 a.m.", "time", "2024-10-30T10:55", "at 10:55 a.m."),
        ("at 12 a.m.", "time", "2024-10-30T00:00", "at 12 a.m."),
        ("talks on October 8-13", "range", "2024-10-08/2024-10-13", "October 8-13"),
        ("from Oct. 8 to 13, 2024", "range", "2024-10-08/2024-10-13", "Oct. 8 to 13, 2024"),
    ],
)
def test_english_forms(text: str, kind: str, value: str, span: str) -> None:
    assert only(text, lang="en") == (kind, value, span)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pesawat jatuh Minggu (28/12). Sehari kemudian tim tiba.", "2014-12-29"),
        ("Rapat digelar 10 Juli 2014. Sebulan kemudian hasilnya keluar.", "2014-08-10"),
        ("Kejadian 5 Mei 2014. Keesokan harinya polisi datang.", "2014-05-06"),
    ],
)
def test_later_counts_from_the_last_date(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, D)][-1] == value


def test_clock_takes_the_date_of_its_sentence() -> None:
    text = "Pesawat hilang kontak pukul 06.17 WIB, Minggu (28/12/2014)."
    assert find_times(text, D)[0].value == "2014-12-28T06:17+07:00"


@pytest.mark.parametrize(
    "text",
    [
        "salah satu",
        "2.000 orang",
        "ke-2",
        "Pasal 340",
        "mereka dulu",
        "Korea Selatan",
        "minggu-minggu ini sibuk",
        "10.000",
    ],
)
def test_not_times(text: str) -> None:
    assert find_times(text, A) == []


def test_vague_only_on_request() -> None:
    text = "Saat itu pesawat masih terbang, kini hilang."
    assert find_times(text, D) == []
    assert [t.value for t in find_times(text, D, include_vague=True)] == ["PAST_REF", "PRESENT_REF"]


@pytest.mark.parametrize(
    "text",
    [
        "Pemesanan tiket sudah terjadi sejak jauh-jauh hari sebelumnya.",
        "Warga diminta mendaftar jauh-jauh hari agar kebagian kursi.",
    ],
)
def test_vague_phrase_keeps_its_words(text: str) -> None:
    """ "jauh-jauh hari sebelumnya" is "well in advance": not the day before, and PAST_REF on request."""
    assert find_times(text, D) == []
    assert [t.value for t in find_times(text, D, include_vague=True)] == ["PAST_REF"]


def test_the_day_before_still_counts_back() -> None:
    text = "Kapal tenggelam Minggu (28/12/2014). Sehari sebelumnya cuaca buruk."
    assert [t.value for t in find_times(text, D)] == ["2014-12-28", "2014-12-27"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hanya butuh waktu 2-3 menit untuk berkomunikasi.", [("2", "PT2M"), ("3 menit", "PT3M")]),
        ("Gejala muncul 2 hingga 4 minggu setelah infeksi.", [("2", "P2W"), ("4 minggu", "P4W")]),
        ("tunggulah satu sampai tiga menit", [("satu", "PT1M"), ("tiga menit", "PT3M")]),
        ("anak usia 5–14 tahun", [("5", "P5Y"), ("14 tahun", "P14Y")]),
        ("dalam waktu sekitar 7,2 hingga 7,6 detik", [("7,2", "PT7.2S"), ("7,6 detik", "PT7.6S")]),
        ("pada 8-13 Oktober", [("8-13 Oktober", "2024-10-08/2024-10-13")]),
        ("rombongan 20 orang tiba dalam 3 menit", [("3 menit", "PT3M")]),
        ("periode 2020-2024, lalu 3 bulan", [("3 bulan", "P3M")]),
    ],
)
def test_duration_ranges_give_the_first_number_the_unit(text: str, found: list[tuple[str, str]]) -> None:
    """TimeML's reading of "2-3 menit": two durations, the first number taking the unit after it."""
    assert [(t.span.text, t.value) for t in find_times(text, A)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Saksikan setiap hari pukul 19.15 WIB hanya di RCTI.",
            [("setiap hari pukul 19.15 WIB", "XXXX-XX-XXT19:15+07:00")],
        ),
        ("Pasar buka tiap Senin pukul 07.00.", [("tiap Senin pukul 07.00", "XXXX-WXX-1T07:00")]),
        (
            "Tonton setiap hari mulai pukul 17.00 WIB.",
            [("setiap hari mulai pukul 17.00 WIB", "XXXX-XX-XXT17:00+07:00")],
        ),
        ("Rapat setiap tahun. Pukul 10.00 dimulai.", [("setiap tahun", "P1Y"), ("Pukul 10.00", "2024-10-30T10:00")]),
    ],
)
def test_a_clock_time_after_a_set_of_days_is_every_day(text: str, found: list[tuple[str, str]]) -> None:
    """A daily schedule's clock time is no time of the publication day."""
    assert [(t.span.text, t.value) for t in find_times(text, A)] == found


def test_a_clock_time_dated_by_its_sentence_does_not_use_the_anchor() -> None:
    text = "Tarif baru berlaku mulai pukul 00.00 WIB, Rabu, 18 Juni 2025."
    clock = find_times(text, date(2025, 6, 18))[0]
    assert (clock.value, clock.anchor, clock.confidence) == ("2025-06-18T00:00+07:00", None, 0.7)
    alone = find_times("Tarif baru berlaku mulai pukul 00.00 WIB.", date(2025, 6, 18))[0]
    assert (alone.anchor, alone.confidence) == ("2025-06-18", 0.5)


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        ("Rapat tanggal 28 Okt. selesai pukul 10.55 WIB, jauh sebelum pemungutan suara 5 Nov. mendatang.", "id", 1),
        ("The talks of Oct. 28 ended at 10:55 GMT, well ahead of the vote on Nov. 5.", "en", 1),
    ],
)
def test_the_period_of_an_abbreviated_month_ends_no_sentence(text: str, lang: str, clock: int) -> None:
    """The clock time takes the nearest date of its sentence: "Okt." does not end the sentence."""
    found = find_times(text, A, lang)
    assert found[clock].value is not None and found[clock].value.startswith("2024-10-28T10:55")


def test_no_anchor_keeps_year_unknown() -> None:
    assert only("Senin (28/10)", anchor=None)[1] == "XXXX-10-28"


def test_string_anchor_is_accepted() -> None:
    assert find_times("kemarin", "2024-10-30")[0].value == "2024-10-29"


@pytest.mark.parametrize(
    ("text", "anchor", "kind", "message"),
    [
        (
            "Pada Senin (20/10), Korea Selatan",
            date(2024, 10, 25),
            "weekday-mismatch",
            "20 Oktober 2024 jatuh pada hari Minggu, bukan Senin",
        ),
        ("Rabu (17/6/2025) lalu", None, "weekday-mismatch", "17 Juni 2025 jatuh pada hari Selasa, bukan Rabu"),
        # a year or month typed wrong: the same day near the publication date has the stated weekday
        (
            "kata Ketua Projo, Rabu (18/6/2026).",
            date(2025, 6, 18),
            "weekday-mismatch",
            (
                "18 Juni 2026 jatuh pada hari Kamis, bukan Rabu; 18 Juni 2025 memang hari Rabu: tahun atau bulannya "
                "mungkin salah tulis"
            ),
        ),
        (
            "kata petani, Rabu (18/5/2025).",
            date(2025, 6, 18),
            "weekday-mismatch",
            (
                "18 Mei 2025 jatuh pada hari Minggu, bukan Rabu; 18 Juni 2025 memang hari Rabu: tahun atau bulannya "
                "mungkin salah tulis"
            ),
        ),
        # no such date near the publication: no guess ("Selasa (18/6/2025)" is a wrong weekday, not a typo)
        (
            "kata hakim, Selasa (18/6/2025).",
            date(2025, 6, 18),
            "weekday-mismatch",
            "18 Juni 2025 jatuh pada hari Rabu, bukan Selasa",
        ),
        ("pada 31 Juni 2024", None, "impossible-date", "Tanggal 31 Juni tidak ada"),
        ("pada (30/2)", A, "impossible-date", "Tanggal 30 Februari tidak ada"),
    ],
)
def test_checks(text: str, anchor: date | None, kind: str, message: str) -> None:
    checks = check_dates(text, anchor, article="x")
    assert [(c.kind, c.message) for c in checks] == [(kind, message)]
    assert text[checks[0].start : checks[0].end] == checks[0].text


def test_matching_weekday_raises_nothing() -> None:
    assert check_dates("Senin (28/10/2024) dan Kamis (31/10)", A) == []


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not present")
@pytest.mark.parametrize(
    ("seed", "window"),
    [
        ("000", ("2024-10-28", "2024-10-30")),
        ("001", ("2024-10-28", "2024-10-31")),
        ("003", ("2024-10-20", "2024-10-23")),
    ],
)
def test_seed_windows(seed: str, window: tuple[str, str]) -> None:
    text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    first, last = infer_window(text) or (None, None)
    assert (str(first), str(last)) == window
    assert infer_anchor(text) == (date.fromisoformat(window[0]), True)


def test_year_from_weekdays_when_none_is_written() -> None:
    assert infer_window("Pada Senin (28/10), ia bicara. Jumat (25/10) lalu juga.") == (
        date(2024, 10, 28),
        date(2024, 10, 31),
    )


def test_undated_text_has_no_anchor() -> None:
    assert infer_anchor("Tidak ada tanggal di sini.") == (None, False)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 5))
def test_round_trip_indonesian_date_formats(d: date, shape: int) -> None:
    cal = calendar("id")
    month, weekday = cal.month_names[d.month - 1], cal.weekday_names[d.weekday()]
    text = [
        f"{d.day} {month} {d.year}",
        f"{weekday}, {d.day} {month} {d.year}",
        f"{weekday} ({d.day}/{d.month}/{d.year})",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"tanggal {d.day} {month[:3]} {d.year}",
        f"{weekday} ({d.day}/{d.month})",
    ][shape]
    kind, value, span = only(f"Pada {text} itu.", anchor=d)
    assert (kind, value, span) == ("date", d.isoformat(), text)
    assert check_dates(text, d) == []


# Clock times without a date of their own take the narrated day; a date closing an attribution
# clause is the day of the speech, not of the events told (silang.normalize.narrative).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'Pesawat hilang Minggu (28/12/2014). "Kontak terakhir pukul 06.14," kata Wisnu, Senin (29/12/2014).',
            "2014-12-28T06:14",
        ),
        (
            "Tim tiba Minggu (28/12/2014). Menurut Basarnas, pencarian dihentikan pukul 18.00.",
            "2014-12-28T18:00",
        ),
        (
            (
                'Kapal berangkat Minggu (28/12/2014). "Kami tiba pukul 13.25," ujarnya dalam jumpa pers di '
                "Kantor Basarnas, Jalan Angkasa, Kemayoran, Jakarta Pusat, Selasa (30/12/2014). Pukul 15.00 tim pulang."
            ),
            "2014-12-28T15:00",
        ),
        ("Para penyelam berangkat esok hari pukul 05.00 WIB.", "2014-12-30T05:00+07:00"),
        ("Tim SAR bergerak pukul 07.30 WIB.", "2014-12-29T07:30+07:00"),
        ("Polisi menangkap pelaku di Jakarta, Minggu (28/12/2014). Penangkapan pukul 09.00.", "2014-12-28T09:00"),
    ],
)
def test_clock_takes_the_narrated_day(text: str, value: str) -> None:
    clocks = [t for t in find_times(text, D) if t.kind == "time"]
    assert clocks[-1].value == value


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ('"Kami siap," kata Kapolres di Mapolres, Jakarta Selatan, Senin (29/12/2014).', True),
        ("Hal itu disampaikan Menteri saat dihubungi, Senin (29/12/2014).", True),
        ("seperti dikutip dari CNBC, Rabu (18/6/2025).", True),
        ('"Tidak ada korban," ujarnya kepada wartawan, Senin (29/12).', True),
        ("Ia mengatakan, pesawat jatuh di Laut Jawa, Minggu (28/12/2014).", False),
        ("Polisi menangkap pelaku di Jakarta, Senin (29/12/2014).", False),
        ('"Kami berangkat Senin (29/12/2014) pukul 05.00," kata dia.', False),
    ],
)
def test_attribution_dates(text: str, attributed: bool) -> None:
    from silang.normalize.narrative import attributed as is_attributed

    date_ = next(t for t in find_times(text, D) if t.weekday_stated)
    assert is_attributed(text, date_.span.start, date_.span.end, "id") is attributed


@pytest.mark.parametrize(
    ("text", "kind", "value", "span"),
    [
        ("pada 9 Juni kemarin", "date", "2024-06-09", "9 Juni kemarin"),
        ("pada 11 Juni silam", "date", "2024-06-11", "11 Juni silam"),
        ("hingga 7 Desember mendatang", "date", "2024-12-07", "7 Desember mendatang"),
        ("pada 2 November mendatang", "date", "2024-11-02", "2 November mendatang"),
        ("pada 2 November lalu", "date", "2023-11-02", "2 November lalu"),
        ("setiap hari Rabu", "set", "XXXX-WXX-3", "setiap hari Rabu"),
        ("setiap bulan Juni", "set", "XXXX-06", "setiap bulan Juni"),
        ("Minggu selepas ashar", "time", "2024-10-27TAF", "Minggu selepas ashar"),
        ("Sabtu usai maghrib", "time", "2024-10-26TEV", "Sabtu usai maghrib"),
        ("pemain berusia 22 tahun ini", "duration", "P22Y", "22 tahun"),
        ("kepolisian setempat hari ini", "date", "2024-10-30", "hari ini"),
        ("sudah berakhir Desember 2017", "date", "2017-12", "Desember 2017"),
    ],
)
def test_suffixes_sets_and_word_edges(text: str, kind: str, value: str, span: str) -> None:
    assert only(text) == (kind, value, span)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("dikutip dariCNBCRabu (18/6/2025).", "Rabu (18/6/2025)", "2025-06-18"),
        ("Ramalan zodiak20 Juni 2025 untuk Leo", "20 Juni 2025", "2025-06-20"),
        ("HUT ke-79 BhayangkaraTahun 2025.", "Tahun 2025", "2025"),
    ],
)
def test_words_run_together(text: str, span: str, value: str) -> None:
    assert [(t.span.text, t.value) for t in find_times(text, A)] == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia merosot tajam 13 peringkat",  # no "jam 13" inside "tajam"
        "Rute Kupang (KOE)IW1926 Labuan Bajo",  # a flight number, not the year 1926
        "masalah janji presiden",  # no "jan" inside "janji"
    ],
)
def test_no_expression_inside_words(text: str) -> None:
    assert find_times(text, A) == []


def test_same_results_on_one_region_and_on_the_whole_text() -> None:
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    cut = text.index("\n", len(text) // 2) + 1
    whole = [(t.span.start, t.value) for t in find_times(text, A)]
    parts = [(t.span.start, t.value) for t in find_times(text, A, end=cut) + find_times(text, A, start=cut)]
    assert whole and set(parts) <= set(whole) and len(parts) >= len(whole) - 2


@pytest.mark.parametrize(
    ("text", "kind", "value", "span"),
    [
        ("saat musim hujan tiba", "date", "2024-WI", "musim hujan"),
        ("pada musim kemarau lalu", "date", "2023-SU", "musim kemarau lalu"),
        ("keluar pemain mereka musim panas ini.", "date", "2024-SU", "musim panas ini"),
        ("Sukhoi jatuh pada 2012, dan Adam Air", "date", "2012", "2012"),
        ("tampil di Piala AFF 2024.", "date", "2024", "2024"),
    ],
)
def test_seasons_and_years_before_punctuation(text: str, kind: str, value: str, span: str) -> None:
    assert only(text) == (kind, value, span)


@pytest.mark.parametrize(
    "text",
    [
        "di posisi 08 derajat 50 menit 43 south",  # minutes of arc
        "angka 2.012 orang",
        "nilai 2012,5 poin",
    ],
)
def test_not_times_either(text: str) -> None:
    assert find_times(text, A) == []


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("Gempa terjadi pada 15:24:49 WIB di selatan Jawa.", "2024-10-30T15:24:49+07:00", "15:24:49 WIB"),
        ("Guncangan terasa pukul 15.24.49 WIB.", "2024-10-30T15:24:49+07:00", "pukul 15.24.49 WIB"),
        ("Guncangan terasa 15.24.49 WIB.", "2024-10-30T15:24:49+07:00", "15.24.49 WIB"),
        ("Data diperbarui 15:24:49.", "2024-10-30T15:24:49", "15:24:49"),
        ("jam 15.24.49 tadi", "2024-10-30T15:24:49", "jam 15.24.49"),
        ("Gempa terjadi pukul 15.24 WIB.", "2024-10-30T15:24+07:00", "pukul 15.24 WIB"),
        ("pukul 09.00 WITA", "2024-10-30T09:00+08:00", "pukul 09.00 WITA"),
        ("pukul 14:05 WIT", "2024-10-30T14:05+09:00", "pukul 14:05 WIT"),
        ("pada pukul 10.00 UTC+7", "2024-10-30T10:00+07:00", "pukul 10.00 UTC+7"),
        ("pukul 08.15 GMT-03:30", "2024-10-30T08:15-03:30", "pukul 08.15 GMT-03:30"),
        ("Senin (28/10/2024) pukul 15:24:49 WIB", "2024-10-28T15:24:49+07:00", "Senin (28/10/2024) pukul 15:24:49 WIB"),
    ],
)
def test_clock_times_read_whole(text: str, value: str, span: str) -> None:
    """Clock times with seconds, dots or colons, and zones parse as one expression, never "pukul 1"."""
    kind, got, got_span = only(text)
    assert (kind, got, got_span) == ("time", value, span)


@pytest.mark.parametrize("text", ["skor 15:24:61 di papan", "versi 15.24.49 dirilis", "pukul 25.10 WIB", "rasio 3:2"])
def test_not_clock_times(text: str) -> None:
    """Impossible fields, dotted triples without a zone or "pukul", and ratios are not clock times."""
    assert [t for t in find_times(text, A) if t.kind == "time"] == []


TOKENS = [
    "senin",
    "jum’at",
    "jum'at",
    "2024",
    "1.500",
    "(",
    ")",
    "pukul",
    "15.24",
    "wib",
    "juni",
    "juniar",
    "é",
    "\xa0",
    " ",
    "\n",
    "ribuan",
    "dua",
    "kedua",
    "se",
    "tahun",
    "tahunan",
    "“",
    ".",
    ",",
    "/",
    "abc",
    "hari ini",
]


@given(st.lists(st.sampled_from(TOKENS), min_size=400, max_size=700))
def test_trigger_scans_match_plain_re(tokens: list[str]) -> None:
    """The RE2-assisted scans (triggers, flight and case numbers) give exactly the matches of the ``re``
    patterns they stand for."""
    from silang.normalize.quantities import quantity_data
    from silang.normalize.timepatterns import time_patterns

    lower = "".join(tokens)
    qd = quantity_data("id")
    scanners = (time_patterns("id").trigger, qd.trigger, time_patterns("en").trigger, qd.flight, qd.case)
    for text in (lower, lower.upper()):  # flight and case numbers are read in capitals
        for scanner in scanners:
            for lo, hi in ((0, len(text)), (3, len(text) - 5)):
                fast = [(m.span(), m.lastgroup) for m in scanner.finditer(text, lo, hi)]
                assert fast == [(m.span(), m.lastgroup) for m in scanner.pattern.finditer(text, lo, hi)]


EXPRESSION_TOKENS = [
    *TOKENS,
    "Senin",
    " (20/10)",
    "Rabu, ",
    "pukul ",
    "10.55",
    " WIB",
    "tanggal ",
    "Juni",
    " 2024",
    "8-13 Oktober",
    "sekitar ",
    "tiga ",
    "hari",
    " lalu",
    " kemudian",
    "awal ",
    "bulan ",
    "tahun ",
    "pada ",
    "antara ",
    " hingga ",
    "saat ini",
    "keesokan harinya",
    "pagi",
    " sore",
    "1990-an",
    "tgl. ",
    "Sabtu, 21 Juni 2025\n09:00 WIB",
]


@settings(deadline=None)  # the first examples compile the per-character pattern tables
@given(st.lists(st.sampled_from(EXPRESSION_TOKENS), min_size=50, max_size=400))
def test_re2_triggers_change_no_candidates(tokens: list[str]) -> None:
    """The candidates found through the RE2 trigger scan (regions sharing one RE2 form of the text) are
    those found through the plain ``re`` scan."""
    import dataclasses
    from unittest import mock

    import silang.normalize.rx as rx
    import silang.normalize.times as times
    from silang.normalize.timepatterns import time_patterns

    text = "".join(tokens)
    low, data = times._prepared(text)
    for lang in ("id", "en"):
        pats = time_patterns(lang)
        with mock.patch.object(rx, "_re2", None):
            plain = dataclasses.replace(pats, trigger=rx.Scanner(pats.trigger.pattern))
        for lo, hi in ((0, len(text)), (7, len(text) - 9), (len(text) // 2, len(text))):
            fast = [(h.start, h.end, h.tag) for h in times.candidates(text, lo, hi, lang, True, low, data)]
            with mock.patch.object(times, "time_patterns", lambda _lang, p=plain: p):
                slow = [(h.start, h.end, h.tag) for h in times.candidates(text, lo, hi, lang, True)]
            assert fast == slow


@pytest.mark.parametrize(
    ("pattern", "superset"),
    [
        (r"jan(?!\w)|\(", r"jan(?:[^0-9A-Za-z_]|$)|\("),  # a tail look-ahead becomes the class it allows
        (r"(?P<v>dua)(?![\w-])", r"(?P<v>dua)(?:[^0-9A-Za-z_-]|$)"),
        (r"foo(?!\w)\s+bar", r"foo[\s?]+bar"),  # not at the end of a branch: dropped
        (r"x(?![\w.:]\d)", "x"),  # more than one character: dropped
        (r"x(?![\W])", "x"),  # a negated category has no simple complement
        (r"(?<![0-9.,/])[0-9]+", "[0-9]+"),
    ],
)
def test_ascii_superset(pattern: str, superset: str) -> None:
    from silang.normalize.rx import ascii_superset

    assert ascii_superset(pattern) == superset


def test_first_chars() -> None:
    import re

    from silang.normalize.rx import ASCII, first_chars

    assert first_chars(re.compile(r"(?:pada\s+)?(?P<d>\d{1,2})\s+juni")) == frozenset("p0123456789")
    assert first_chars(re.compile(r"(?<!\w)(?:senin|rabu)?\(")) == frozenset("sr(")
    assert first_chars(re.compile(r"x?")) == ASCII  # may match empty: anything
    assert first_chars(re.compile(r"[^a]b")) == ASCII
