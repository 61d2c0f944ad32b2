"""parse_published on outlets' stamps: every listed form, every dev-id shape, and round-trips."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silang.normalize.calendar import calendar
from silang.normalize.published import parse_published, parse_published_at, published_iso

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dev-id" / "articles.jsonl"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-06-18T13:15:00+07:00", date(2025, 6, 18)),
        ("2025-06-18", date(2025, 6, 18)),
        ("2025-06-18T13:15:00Z", date(2025, 6, 18)),
        ("Diperbarui 18 Jun 2025, 13:15 WIB", date(2025, 6, 18)),
        ("Kompas.com- 20/06/2025, 18:07 WIB", date(2025, 6, 20)),
        ("Kompas.com- Diperbarui 19/06/2025, 10:19 WIB", date(2025, 6, 19)),
        ("Rabu, 18 Juni 2025 |18:52 WIB", date(2025, 6, 18)),
        ("Jum'at, 20 Juni 2025 |09:04 WIB", date(2025, 6, 20)),
        (",\xa0Jurnalis-Jum'at, 20 Juni 2025 |02:01 WIB", date(2025, 6, 20)),
        ("Kamis   19 Jun 2025  09:33 WIB", date(2025, 6, 19)),
        ("Sabtu, 31 Mei  2025 12:03 WIB", date(2025, 5, 31)),
        ("1 Maret 2018 | 09.54 WIB", date(2018, 3, 1)),
        ("Selasa, 17 Des 2024 08:00 WIB", date(2024, 12, 17)),
        ("5 Agu 2024", date(2024, 8, 5)),
        ("Monday, Oct. 28, 2024", date(2024, 10, 28)),
        ("June 18, 2025 1:15 PM EDT", date(2025, 6, 18)),
        ("18 June 2025", date(2025, 6, 18)),
        ("Published on 2025-06-18T06:00:00Z", date(2025, 6, 18)),
    ],
)
def test_parses_outlet_forms(raw: str, expected: date) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "Published", "Juni 2025", "31 Juni 2025", "pukul 10.55 WIB"])
def test_no_full_date_gives_none(raw: str | None) -> None:
    assert parse_published(raw) is None


def test_iso_string_form() -> None:
    assert published_iso("Rabu, 18 Juni 2025 |18:52 WIB") == "2025-06-18"
    assert published_iso("kemarin") is None


@pytest.mark.skipif(not DEV.exists(), reason="dev-id corpus not present")
def test_every_dev_id_stamp_parses_and_agrees_with_its_weekday() -> None:
    cal = calendar("id")
    names = [w.lower() for w in cal.weekday_names]
    for line in DEV.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)["published"]
        parsed = parse_published(raw)
        assert parsed is not None, raw
        stated = [i for i, w in enumerate(names) if w in raw.lower().replace("'", "")]
        if stated:  # a stamp that names its weekday must name the right one
            assert stated[0] == parsed.weekday(), raw


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 3))
def test_round_trip_indonesian_shapes(d: date, shape: int) -> None:
    cal = calendar("id")
    month = cal.month_names[d.month - 1]
    weekday = cal.weekday_names[d.weekday()]
    raw = [
        f"{weekday}, {d.day} {month} {d.year} |10:00 WIB",
        f"Diperbarui {d.day:02d} {month[:3]} {d.year}, 13:15 WIB",
        f"Kompas.com- {d.day:02d}/{d.month:02d}/{d.year}, 18:07 WIB",
        d.isoformat() + "T06:00:00+07:00",
    ][shape]
    assert parse_published(raw) == d


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-06-18T18:35:00+07:00", "2025-06-18T18:35:00+07:00"),
        ("2025-06-18T11:35:00Z", "2025-06-18T11:35:00+00:00"),
        ("Rabu, 18 Juni 2025 |18:52 WIB", "2025-06-18T18:52:00+07:00"),
        ("Kompas.com- 20/06/2025, 18:07 WIB", "2025-06-20T18:07:00+07:00"),
        ("Diperbarui 18 Jun 2025, 13:15 WIB", "2025-06-18T13:15:00+07:00"),
        ("1 Maret 2018 | 09.54 WITA", "2018-03-01T09:54:00+08:00"),
        ("June 18, 2025 1:15 PM GMT", "2025-06-18T13:15:00+00:00"),
    ],
)
def test_publication_moment_with_zone(raw: str, expected: str) -> None:
    moment = parse_published_at(raw)
    assert moment is not None and moment.isoformat() == expected


@pytest.mark.parametrize(
    "raw",
    [None, "2025-06-18", "2025-06-18T18:35:00", "Rabu, 18 Juni 2025", "Rabu, 18 Juni 2025 18:52", "pukul 10.55 WIB"],
)
def test_no_publication_moment_without_clock_and_zone(raw: str | None) -> None:
    assert parse_published_at(raw) is None
