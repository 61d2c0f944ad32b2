"""Article metadata read from the text: outlet, dateline place, wire attributions, credits, language.

All patterns and names are language data (``lang/<code>/outlets.toml``, ``wires.toml``,
``stopwords.toml``); whether a dateline names a place or an outlet is decided with the gazetteer
of :mod:`silang.pipeline.places`.
"""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from silang import lang
from silang.pipeline import places
from silang.pipeline.readers.records import domain
from silang.pipeline.segment import dateline_patterns

MALAY = "ms"  # py3langid often answers Malay for Indonesian: both count as Indonesian
LANGID_CHARS = 500  # enough text for a stable answer; langid's cost grows with the length
SHORT = 200  # below this many characters even an Indonesian or English answer may be a guess
CONFIDENT = 0.9  # py3langid's answer stands above this probability, whatever the language
_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # Tjoe-A-On is one word, not "a" and "on"


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text`` (Malay reported as ``id``), or None for too little text.

    When py3langid is unsure of another language, or of any on a short text (headlines and short
    lines come out Javanese or Tagalog), the stop words
    of the supported languages decide when one language clearly has more; else py3langid chooses
    again among the supported languages only.
    """
    sample = text[:LANGID_CHARS]
    if len(_LETTERS.findall(sample, 0, 200)) < 20:
        return None
    code, probability = _identifier().classify(sample)
    code = "id" if code == MALAY else str(code)
    if probability >= CONFIDENT or (code in lang.SUPPORTED and len(sample) >= SHORT):
        return code
    if (by_words := by_stop_words(sample)) is not None:
        return by_words
    code, _ = _identifier(supported_only=True).classify(sample)
    return "id" if code == MALAY else str(code)


@cache
def _identifier(supported_only: bool = False) -> LanguageIdentifier:
    """py3langid's model with probabilities normalised to 0..1 (restricted to Indonesian, Malay, English)."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if supported_only:
        identifier.set_languages([*lang.SUPPORTED, MALAY])
    return identifier


@cache
def _stop_words() -> dict[str, frozenset[str]]:
    return {code: frozenset(lang.load(code, "stopwords")["words"]) for code in lang.SUPPORTED}


def by_stop_words(text: str) -> str | None:
    """The supported language whose stop words clearly dominate ``text``: at least twice as many as
    any other's (None when none occur or it is close)."""
    words = [w for w in _WORDS.findall(text) if w.islower()]  # "The Fed", "AS" in a headline are names
    counts = sorted(((sum(w in stop for w in words), code) for code, stop in _stop_words().items()), reverse=True)
    (best, code), (runner_up, _) = counts[0], counts[1]
    return code if best > 0 and best >= 2 * runner_up else None


@cache
def _domains() -> dict[str, str]:
    return {k.lower(): v for k, v in lang.load("id", "outlets")["domains"].items()}


def outlet_name(raw: str | None) -> str | None:
    """An outlet as people name it: a known domain (or subdomain, or url) to its name, else as written."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    if (known := _domains().get(raw.lower())) is not None:
        return known
    host = domain(raw) if ("/" in raw or "." in raw) and " " not in raw else None
    if host:
        names = _domains()
        parts = host.lower().split(".")
        for i in range(len(parts) - 1):
            if (name := names.get(".".join(parts[i:]))) is not None:
                return name
    return raw


def place_name(raw: str) -> str:
    """A dateline place in title case when it was written in capitals (``BRUSSELS`` -> ``Brussels``)."""
    raw = " ".join(raw.split())
    return raw.title() if raw.isupper() else raw


@cache
def _known_outlets() -> frozenset[str]:
    return frozenset(name.lower() for name in _domains().values())


def place_or_outlet(name: str) -> tuple[str | None, str | None]:
    """Whether a dateline name is a place or an outlet, as ``(outlet, place)``.

    A known place is the place; a known outlet the outlet. A single word in capitals is a place
    (``SUKAMARA -``: small towns are written so), and so is a name ending in a compass word
    (``CAROLINA UTARA -``). Any other short name is the outlet (``Kabar Harian -``).
    """
    name = " ".join(name.split())
    if places.is_place(name) or places.ends_in_direction(name):
        return None, place_name(name)
    if name.lower() in _known_outlets() or name.lower() in _domains():
        return outlet_name(name), None
    if name.isupper() and " " not in name:
        return None, place_name(name)
    return name, None


def find_dateline(paragraph: str) -> tuple[str | None, str | None]:
    """The (outlet, place) named by a dateline at the start of ``paragraph``, each possibly None."""
    head = paragraph[:120]
    for pattern in dateline_patterns():
        m = pattern.match(head)
        if m:
            groups = m.groupdict()
            if groups.get("name"):
                return place_or_outlet(groups["name"])
            outlet = outlet_name(groups.get("outlet"))
            place = place_name(groups["place"]) if groups.get("place") else None
            return outlet, place
    return None, None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) if "(" not in w else w for w in sorted(words, key=len, reverse=True))


@cache
def _wire_patterns() -> tuple[re.Pattern[str], re.Pattern[str], list[re.Pattern[str]], dict[str, str]]:
    names: dict[str, list[str]] = lang.load("id", "wires")["names"]
    canonical = {alias: name for name, aliases in names.items() for alias in aliases}
    name_re = "|".join(re.escape(a) for a in sorted(canonical, key=len, reverse=True))
    verbs: list[str] = []
    fillers: list[str] = []
    datelines = []
    for code in lang.SUPPORTED:
        data = lang.load(code, "wires")
        verbs += data["verbs"]
        fillers += data["fillers"]
        datelines.append(re.compile(data["dateline"]["pattern"]))
    # no look-behind: scrapers glue a linked name to the verb ("dilansirAFP")
    named = re.compile(rf"(?:{name_re})(?:(?![A-Za-z])|(?=(?:dan|serta)[A-Z]))")
    # the attribution must end right where the name starts
    # ... or follow another name and a conjunction, glued or not ("dilansir dariParadedanTimes of India")
    other = r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s*(?:,?\s*(?:dan|serta|and)|,|&)\s*){0,3}"
    attribution = re.compile(rf"\b(?i:{'|'.join(verbs)})\s*(?i:(?:{_alternation(fillers)})\s+)?{other}$")
    return named, attribution, datelines, canonical


def find_wires(text: str, first_paragraph: str = "") -> list[str]:
    """Agencies and outlets named as the source of the text, in order of first mention."""
    named, attribution, datelines, canonical = _wire_patterns()
    found: list[str] = []
    for pattern in datelines:
        for m in pattern.finditer(first_paragraph[:160]):
            name = canonical.get(m["name"].strip())
            if name:
                found.append(name)
    for m in named.finditer(text):
        if attribution.search(text, max(0, m.start() - 50), m.start()):
            found.append(canonical[m.group()])
    return list(dict.fromkeys(found))


@cache
def _credit() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    labels: list[str] = []
    not_sources: set[str] = set()
    for code in lang.SUPPORTED:
        data = lang.load(code, "wires").get("credit", {})
        labels += data.get("labels", [])
        not_sources |= {w.lower() for w in data.get("not_sources", [])}
    label = re.compile(rf"(?i:{'|'.join(labels)})\s*(?P<names>.+?)(?:\s+(?i:dengan judul|with the title)\b.*|\.)?")
    separators = re.compile(r"\s*(?:[/,;&]|\s(?:dan|and|serta)\s)\s*")
    return label, separators, frozenset(not_sources)


_NAME_LIKE = re.compile(r"[A-Za-z0-9][\w.-]*(?: [A-Z0-9][\w.-]*){0,3}")
_CAMEL = re.compile(r"[a-z]+[A-Z][\w.-]*")  # brand names such as detikJabar, kumparanNEWS


def credit_sources(line: str) -> list[str]:
    """Outlets and agencies a credit line names as the source of the text (``Sumber: Antara`` -> Antara).

    Known agencies and domains get their usual name; other names count when they look like a name
    (a domain, or one to four capitalised words), not a photo credit or a generic word (language data).
    """
    label, separators, not_sources = _credit()
    m = label.fullmatch(line.strip())
    if not m:
        return []
    _, _, _, canonical = _wire_patterns()
    found = []
    for raw in separators.split(m["names"].strip()):
        name = raw.strip(" .()")
        if not name or name.lower() in not_sources or name.split()[0].lower() in not_sources:
            continue
        if name in canonical:
            found.append(canonical[name])
        elif (known := outlet_name(name)) != name or (known and "." in name) or _looks_like_outlet(name):
            found.append(known or name)
    return found


def _looks_like_outlet(name: str) -> bool:
    words = name.split()
    capitalised = all(w[0].isupper() or w[0].isdigit() for w in words[1:])
    first = words[0][0].isupper() or words[0][0].isdigit() or bool(_CAMEL.fullmatch(words[0]))
    return bool(_NAME_LIKE.fullmatch(name)) and first and capitalised
