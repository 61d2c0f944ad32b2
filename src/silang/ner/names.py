"""Name data behind entity linking: aliases, metonyms, titles, and name keys.

Everything here reads ``lang/<code>/aliases.toml`` and ``titles.toml``; no word lists live in code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from silang import lang

_SEP = re.compile(r"[\s\-‐–]+")


def name_key(name: str) -> str:
    """Comparison key of a name: lower case, hyphens and runs of spaces as one space."""
    return _SEP.sub(" ", name.lower()).strip()


def unaccented(text: str) -> str:
    """``text`` without combining accents ("Martínez" -> "Martinez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name's key ("Kim Yong-hyun" -> ("kim", "yong", "hyun"))."""
    return tuple(name_key(name).split())


@dataclass(frozen=True, slots=True)
class Known:
    """A known actor from the alias data."""

    name: str
    type: str


@cache
def aliases(code: str = "id") -> dict[str, Known]:
    """Key of every canonical name and alias -> the actor it names."""
    out: dict[str, Known] = {}
    for ent in lang.load(code, "aliases")["entity"]:
        known = Known(ent["name"], ent["type"])
        for name in [ent["name"], *ent.get("aliases", [])]:
            out[name_key(name)] = known
    return out


@cache
def _capital_keys(code: str = "id") -> frozenset[str]:
    """Keys written only as acronyms in the alias data ("PAN", "KY"): they name the actor only in capitals."""
    forms: dict[str, list[str]] = {}
    for ent in lang.load(code, "aliases")["entity"]:
        for name in [ent["name"], *ent.get("aliases", [])]:
            forms.setdefault(name_key(name), []).append(name)
    return frozenset(k for k, v in forms.items() if all(f.isupper() for f in v))


def known(text: str, code: str = "id") -> Known | None:
    """The actor the alias data names by ``text``; an acronym only when written in capitals ("PAN" is the
    party, "Pan" of Pan Gongsheng is not)."""
    key = name_key(text)
    found = aliases(code).get(key)
    if found is None or (key in _capital_keys(code) and not text.isupper()):
        return None
    return found


@cache
def surface_aliases(code: str = "id") -> dict[str, Known]:
    """Names and aliases exactly as written (case-sensitive), for finding them in text."""
    out: dict[str, Known] = {}
    for ent in lang.load(code, "aliases")["entity"]:
        known = Known(ent["name"], ent["type"])
        for name in [ent["name"], *ent.get("aliases", [])]:
            out[name] = known
    return out


@cache
def surface_names(code: str = "id") -> dict[str, Known]:
    """Aliases and metonyms as written; a metonym maps to itself as a place (linked only when acting)."""
    out = {m: Known(m, "LOC") for ent in lang.load(code, "aliases")["entity"] for m in ent.get("metonyms", [])}
    out.update(surface_aliases(code))
    return out


@cache
def metonyms(code: str = "id") -> dict[str, Known]:
    """Key of a capital or building -> the actor it stands for when it acts."""
    out: dict[str, Known] = {}
    for ent in lang.load(code, "aliases")["entity"]:
        for name in ent.get("metonyms", []):
            out[name_key(name)] = Known(ent["name"], ent["type"])
    return out


@cache
def metonymy_words(code: str = "id") -> dict[str, frozenset[str]]:
    """The ``verbs``, ``owners`` and ``places`` word sets of the metonymy rule."""
    data = lang.load(code, "aliases")["metonymy"]
    return {k: frozenset(w.lower() for w in v) for k, v in data.items()}


@cache
def titles(code: str = "id") -> tuple[dict[tuple[str, ...], str], int]:
    """Title word tuples (lower case) -> their full form, and the longest title length in words."""
    data = lang.load(code, "titles")
    out: dict[tuple[str, ...], str] = {}
    for head in data["titles"]["heads"]:
        out[tuple(head.lower().split())] = head
    for short, full in data["expand"].items():
        out[tuple(short.lower().split())] = full
    return out, max(len(k) for k in out)


@cache
def title_words(code: str = "id") -> frozenset[str]:
    """Every word that occurs in a title (lower case)."""
    return frozenset(w for key in titles(code)[0] for w in key)


@cache
def honorifics(code: str = "id") -> frozenset[str]:
    """Honorifics dropped from the front of a person's name."""
    return frozenset(h.lower() for h in lang.load(code, "titles")["titles"]["honorifics"])


@cache
def name_heads(code: str = "id") -> dict[str, str]:
    """Words heading a body's or place's name (lower case) -> ORG or LOC (``ner_heads.toml``; empty for a
    language without the file): "universitas" ORG, "kabupaten" LOC."""
    try:
        data = lang.load(code, "ner_heads")
    except FileNotFoundError:
        return {}
    return {w: kind for kind, words in data["heads"].items() for w in words}


@cache
def possessed(code: str = "id") -> frozenset[str]:
    """Words that, right before a name, name something of that person ("Kabinet Jokowi"), not an office."""
    return frozenset(w.lower() for w in lang.load(code, "titles").get("possessed", {}).get("words", []))


@cache
def phrase_prepositions(code: str = "id") -> frozenset[str]:
    """Prepositions that make role words before a comma an adverbial phrase ("Di hadapan majelis hakim, X")."""
    return frozenset(w.lower() for w in lang.load(code, "titles").get("apposition", {}).get("prepositions", []))


def expand_role(words: list[str], code: str = "id") -> str | None:
    """A role from the words before/after a name: starts at the first title, abbreviations expanded.

    ``["Wakil", "Menteri", "Luar", "Negeri", "Korsel"]`` -> ``"Wakil Menteri Luar Negeri Korea Selatan"``;
    ``None`` when no title is among the words.
    """
    table, longest = titles(code)
    known = aliases(code)
    lowered = [w.lower() for w in words]
    for i in range(len(words)):
        for k in range(min(longest, len(words) - i), 0, -1):
            full = table.get(tuple(lowered[i : i + k]))
            if full is None:
                continue
            return " ".join([full, *_expand_places(words[i + k :], known)]).strip()
    return None


def _expand_places(words: list[str], known: dict[str, Known]) -> list[str]:
    """Country names and abbreviations written in full, longest match first ("Korsel" -> "Korea Selatan")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for k in range(min(4, len(words) - i), 0, -1):
            hit = known.get(name_key(" ".join(words[i : i + k])))
            if hit and hit.type == "GPE":
                out.append(hit.name)
                i += k
                break
        else:
            out.append(words[i])
            i += 1
    return out


_NOT_ALNUM = re.compile(r"[\W_]+")
_VOWELISH = frozenset("aeiouyh")


def compact_key(name: str) -> str:
    """A name's letters and digits only, lower case, no accents: "PT PLN", "PTPLN" and "P.T. PLN" meet."""
    return _NOT_ALNUM.sub("", unaccented(name).lower())


def spelling_variant(a: str, b: str) -> bool:
    """Whether two names of two words or more differ by one doubled letter, vowel or 'h' in a word of
    five letters or more ("Alyssa Daguise" / "Daguisse", "Maia Estianty" / "Estianti", "Nadiem Makarim" /
    "Makariem").

    Words must pair up one to one; acronyms, digits and short words never vary ("MRT" / "LRT"), nor
    does a last vowel other than y / i ("Halda Rianta" / "Rianti").
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x.lower() != y.lower()]
    if len(diff) != 1:
        return False
    x, y = (unaccented(w).lower() for w in diff[0])
    if min(len(x), len(y)) < 5 or not (x.isalpha() and y.isalpha()) or diff[0][0].isupper() or diff[0][1].isupper():
        return False
    if len(x) == len(y):
        at = [i for i in range(len(x)) if x[i] != y[i]]
        if len(at) != 1 or at[0] == 0 or x[at[0]] not in _VOWELISH or y[at[0]] not in _VOWELISH:
            return False
        # a last letter changes a name ("Vitinha" / "Vitinho"), except the spellings y / i ("Estianty")
        return at[0] < len(x) - 1 or {x[-1], y[-1]} == {"i", "y"}
    short, long = sorted((x, y), key=len)
    if len(long) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    if long[:i] + long[i + 1 :] != short or i == 0:
        return False
    return long[i] in _VOWELISH or long[i] == long[i - 1]  # an added vowel/h, or a doubled letter
