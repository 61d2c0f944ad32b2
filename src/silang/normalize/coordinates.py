"""Geographic coordinates in news text → :class:`~silang.model.Identifier` of kind ``coordinate``.

"8.32 LS dan 112.5 BT", "8,32 derajat Lintang Selatan", "0,79 LU - 124,44 BT", "8°32' LS":
a latitude followed by a longitude becomes one identifier valued ``"-8.32,112.5"`` (decimal
degrees, south and west negative, as written, trailing zeros dropped); a latitude or longitude
alone is valued ``"lat=-8.32"`` / ``"lon=112.5"``. A decimal mark may be "." or "," (coordinates
have no thousands separator). Hemisphere words and degree signs come from ``[coordinates]`` of
``units.toml``; abbreviations of two letters or less count only in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.lang import load
from silang.model import Identifier, Span
from silang.normalize.rx import Scanner, alt, lower_keep

PAIR_JOINER = re.compile(r"[^\S\n]*(?:,|;|/|-|–|—|dan|and|&)?[^\S\n]*\Z", re.I)


@dataclass(frozen=True, slots=True)
class CoordData:
    """The compiled coordinate pattern and hemisphere table of one language."""

    pattern: Scanner  # on lower-cased text
    hemispheres: dict[str, tuple[str, int]]


@cache
def coord_data(lang: str = "id") -> CoordData:
    """The :class:`CoordData` of ``lang`` (cached)."""
    data = load(lang, "units").get("coordinates", {})
    hemi = {" ".join(k.lower().split()): (str(v[0]), int(v[1])) for k, v in data.get("hemispheres", {}).items()}
    deg = alt(data.get("degree", ["°"]), lower=True)
    pattern = (
        r"(?<![\w.,])(?P<d>\d{1,3}(?:[.,]\d{1,6})?)(?![.,]?\d)"
        rf"(?:[^\S\n]*{deg})?"
        r"(?:[^\S\n]*(?P<m>\d{1,2}(?:[.,]\d+)?)[^\S\n]*['’′](?:[^\S\n]*(?P<s>\d{1,2}(?:[.,]\d+)?)[^\S\n]*(?:\"|″|''))?)?"
        rf"[^\S\n]*(?P<h>{alt(hemi, lower=True)})(?!\w)"
        rf"(?:[^\S\n]*\((?P<h2>{alt(hemi, lower=True)})\))?"
    )
    return CoordData(Scanner(re.compile(pattern)), hemi)


def _degrees(m: re.Match[str]) -> float:
    value = float(m["d"].replace(",", "."))
    if m["m"]:
        value += float(m["m"].replace(",", ".")) / 60
    if m["s"]:
        value += float(m["s"].replace(",", ".")) / 3600
    return value


def _fmt(x: float) -> str:
    return f"{x:.6f}".rstrip("0").rstrip(".")


def find_coordinates(
    text: str, lang: str = "id", start: int = 0, end: int | None = None, article: str = ""
) -> list[Identifier]:
    """The coordinates of ``text[start:end]``: latitude-longitude pairs, or a lone latitude or longitude."""
    end = len(text) if end is None else end
    cd = coord_data(lang)
    found: list[tuple[re.Match[str], str, float]] = []
    off = max(0, start - 1)  # only the range and the character before it (the pattern's look-behind)
    low = lower_keep(text[off:end])
    for m in cd.pattern.finditer(low, start - off, end - off):
        hemi = text[m.start("h") + off : m.end("h") + off]
        if len(hemi) <= 2 and not hemi.isupper():
            continue
        axis, sign = cd.hemispheres[" ".join(hemi.lower().split())]
        value = _degrees(m)
        if value > (90 if axis == "lat" else 180):
            continue
        found.append((m, axis, sign * value))
    out: list[Identifier] = []
    i = 0
    while i < len(found):
        m, axis, value = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if axis == "lat" and nxt and nxt[1] == "lon" and PAIR_JOINER.match(text, m.end() + off, nxt[0].start() + off):
            s, e = m.start() + off, nxt[0].end() + off
            out.append(Identifier(f"{_fmt(value)},{_fmt(nxt[2])}", "coordinate", Span(article, s, e, text[s:e])))
            i += 2
            continue
        s, e = m.start() + off, m.end() + off
        out.append(Identifier(f"{axis}={_fmt(value)}", "coordinate", Span(article, s, e, text[s:e])))
        i += 1
    return out
