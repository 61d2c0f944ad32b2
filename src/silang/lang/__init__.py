"""Per-language data files (``lang/<code>/<name>.toml`` or ``.json``) behind one cached loader."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("id", "en")


@cache
def load(lang: str, name: str) -> Any:
    """Load the data file ``name`` of language ``lang`` (TOML preferred, else JSON)."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}: silang has data for {', '.join(SUPPORTED)}")
    folder = resources.files("silang.lang") / lang
    toml_file = folder / f"{name}.toml"
    if toml_file.is_file():
        return tomllib.loads(toml_file.read_text(encoding="utf-8"))
    json_file = folder / f"{name}.json"
    if json_file.is_file():
        return json.loads(json_file.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"no language data {name!r} for {lang!r} (looked for {name}.toml and {name}.json)")


def data_lang(lang: str | None) -> str:
    """The data language to use for an article's detected language (Indonesian when unknown)."""
    return lang if lang in SUPPORTED else "id"
