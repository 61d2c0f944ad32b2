"""Token features for the CRF tagger: shape, affixes, casing, neighbours, titles and gazetteers.

Per-word features are computed once per distinct word and cached with their context-prefixed
copies, so a sentence costs little more than list concatenation (the tagger's speed depends on it).
"""

from __future__ import annotations

import gettext
import re
from functools import cache

from silang import lang
from silang.ner import clusters, names

_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEAT = re.compile(r"(.)\1+")
_CACHE_LIMIT = 300_000


def shape(word: str) -> str:
    """Word shape: letters to X/x, digits to d ("Yong-hyun" -> "Xxxx-xxxx")."""
    return word.translate(_SHAPE_MAP)


def short_shape(word: str) -> str:
    """Shape with runs collapsed ("Yong-hyun" -> "Xx-x")."""
    return _REPEAT.sub(r"\1", shape(word))


@cache
def gazetteer() -> dict[str, str]:
    """Lower-cased names -> gazetteer class (GPE, ORG, LOC, TITLE), from pycountry and silang's data."""
    import pycountry

    gaz: dict[str, str] = {}
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                gaz.setdefault(tr.gettext(name).lower(), "GPE")
                gaz.setdefault(name.lower(), "GPE")
    tr2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    for s in pycountry.subdivisions.get(country_code="ID") or []:
        gaz.setdefault(tr2.gettext(s.name).lower(), "LOC")
    aliases = lang.load("id", "aliases")
    for ent in aliases["entity"]:
        for name in [ent["name"], *ent.get("aliases", [])]:
            gaz[name.lower()] = ent["type"]
        for name in ent.get("metonyms", []):
            gaz.setdefault(name.lower(), "LOC")
    titles = lang.load("id", "titles")
    for t in [*titles["titles"]["heads"], *titles["expand"]]:
        gaz.setdefault(t.lower(), "TITLE")
    return gaz


@cache
def _gaz_index() -> tuple[dict[str, list[tuple[str, ...]]], int]:
    """First word -> gazetteer phrases (as word tuples, longest first), and the longest length."""
    index: dict[str, list[tuple[str, ...]]] = {}
    longest = 1
    for name in gazetteer():
        words = tuple(name.split())
        index.setdefault(words[0], []).append(words)
        longest = max(longest, len(words))
    for phrases in index.values():
        phrases.sort(key=len, reverse=True)
    return index, longest


def gazetteer_tags(lowered: list[str]) -> list[str | None]:
    """BIO gazetteer tag per token from the longest phrase match, e.g. ``B-GPE``, ``I-TITLE``."""
    index, _ = _gaz_index()
    gaz = gazetteer()
    out: list[str | None] = [None] * len(lowered)
    i = 0
    n = len(lowered)
    while i < n:
        matched = 0
        for words in index.get(lowered[i], ()):
            k = len(words)
            if tuple(lowered[i : i + k]) == words:
                cls = gaz[" ".join(words)]
                out[i] = "B-" + cls
                for j in range(i + 1, i + k):
                    out[j] = "I-" + cls
                matched = k
                break
        i += matched or 1
    return out


def _word_features(word: str, low: str, cl: tuple[str, ...] | None, sh: str, cased: bool) -> list[str]:
    feats = ["w=" + low, "p2=" + low[:2], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
    if cl:
        feats += ("c1=" + cl[0], "c2=" + cl[1], "c3=" + cl[2])
        if cased and len(cl) > 3 and word[:1].isupper():
            feats.append("capcase=" + cl[3])
    else:
        feats.append("c=none")
    if not word.isalpha():
        if any(ch.isdigit() for ch in word):
            feats.append("digit")
        if "-" in word[1:]:
            feats.append("hyphen")
    if not cased:
        return feats
    feats.append("sh=" + sh)
    if len(word) <= 6:
        feats.append("fsh=" + shape(word))
    if word[:1].isupper():
        feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("upper")
    elif word.islower():
        feats.append("lower")
    return feats


Row = tuple[list[str], list[str], list[str], list[str], list[str]]
# (word, cased) -> (own features, features as seen from -2, -1, +1, +2)
_cache: dict[tuple[str, bool], Row] = {}


def _cached(word: str, cased: bool) -> Row:
    hit = _cache.get((word, cased))
    if hit is None:
        low = word.lower()
        cl = clusters.load().get(low)
        sh = short_shape(word) if cased else ""
        own = _word_features(word, low, cl, sh, cased)
        w = "w=" + low
        near = [w, "s3=" + low[-3:], "c2=" + (cl[1] if cl else "-"), "c3=" + (cl[2] if cl else "-")]
        if cased:
            near.append("sh=" + sh)
            far = ["-2" + w, "-2sh=" + sh], ["+2" + w, "+2sh=" + sh]
        else:
            far = ["-2" + w], ["+2" + w]
        hit = (own, far[0], ["-1" + f for f in near], ["+1" + f for f in near], far[1])
        if len(_cache) > _CACHE_LIMIT:
            _cache.clear()
        _cache[(word, cased)] = hit
    return hit


def clear_cache() -> None:
    """Forget cached word features (after the clusters changed)."""
    _cache.clear()


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """CRF features for every token of one sentence.

    A sentence without any capital (NERP is all lower case) gets no casing features at all, so
    that lower-cased training text does not teach the model that case means nothing. A capitalised
    word inside the sentence gets its own features ("capmid", with the word before it), and more
    when it stands alone between lower-case words ("kata Klopp kepada"), the case the model missed most.
    """
    n = len(tokens)
    last = n - 1
    cased = any(t[:1].isupper() for t in tokens)
    rows = [_cached(t, cased) for t in tokens]
    lowered = [t.lower() for t in tokens]
    caps = [t[:1].isupper() for t in tokens]
    pairs = [lowered[i] + "|" + lowered[i + 1] for i in range(last)]
    gaz = gazetteer_tags(lowered)
    out: list[list[str]] = []
    for i in range(n):
        f = rows[i][0].copy()
        if i == 0:
            f.append("BOS")
            if cased and caps[0]:
                f.append("capfirst")
        else:
            f += rows[i - 1][2]
            f.append("bg-=" + pairs[i - 1])
            if i > 1:
                f += rows[i - 2][1]
        if i == last:
            f.append("EOS")
        else:
            f += rows[i + 1][3]
            f.append("bg+=" + pairs[i])
            if i < n - 2:
                f += rows[i + 2][4]
        g = gaz[i]
        if g:
            f.append("gz=" + g)
        if i > 0 and gaz[i - 1]:
            f.append("-1gz=" + str(gaz[i - 1]))
        if i < last and gaz[i + 1]:
            f.append("+1gz=" + str(gaz[i + 1]))
        if not cased:
            f.append("nocase")
        elif i > 0 and caps[i] and not tokens[i].isupper():
            f.append("capmid")
            f.append("capmid|-1=" + lowered[i - 1])
            if not caps[i - 1] and (i == last or not caps[i + 1]):
                cl = clusters.load().get(lowered[i])
                f.append("lonecap")
                f.append("lonecap|c2=" + (cl[1] if cl else "-"))
        out.append(f)
    if cased:
        _name_features(tokens, lowered, caps, out)
    return out


@cache
def _heads() -> tuple[dict[str, str], frozenset[str]]:
    """Name heads (lower case -> ORG or LOC) and the words that close an organisation's name."""
    return names.name_heads("id"), frozenset(lang.load("id", "ner_heads")["tails"]["ORG"])


def _is_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.isupper() and sum(ch.isalpha() for ch in tok) >= 2


def _name_features(tokens: list[str], lowered: list[str], caps: list[bool], out: list[list[str]]) -> None:
    """Add features of capitalised runs and acronyms to ``out`` (a cased sentence).

    An acronym inside a sentence ("lulusan YPI", "( UTSU )") gets its word before and its cluster;
    each word of a capitalised run (with its digits: "SMA Negeri 8 Jakarta") gets its
    position, the run's first and last words, and the kind of name the first word heads
    (``lang/id/ner_heads.toml``: "Universitas", "Kabupaten") or a closing word says ("FC", "Tbk").
    """
    n = len(tokens)
    letters = [t for t in tokens if t[:1].isalpha()]
    if 2 * sum(t.isupper() for t in letters) <= len(letters):  # not a headline in capitals
        table = clusters.load()
        for i in range(1, n):
            if _is_acronym(tokens[i]):
                cl = table.get(lowered[i])
                out[i] += ("acro", "acro|-1=" + lowered[i - 1], "acro|c2=" + (cl[1] if cl else "-"))
                if tokens[i - 1] == "(" and i + 1 < n and tokens[i + 1] == ")":
                    out[i].append("acroparen")
                    if i >= 2 and caps[i - 2]:
                        out[i].append("acroparen|defcap")
    heads, tails = _heads()
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < n and (caps[j] or tokens[j].isdigit()):
            j += 1
        head = heads.get(lowered[i])
        closed = any(lowered[k] in tails for k in range(i + 1, j))
        size = "runlen=" + str(min(j - i, 4))
        for k in range(i, j):
            f = out[k]
            f.append("run=" + ("S" if j - i == 1 else "B" if k == i else "E" if k == j - 1 else "I"))
            f.append(size)
            if k > i:
                f.append("runh=" + lowered[i])
            if k < j - 1:
                f.append("runt=" + lowered[j - 1])
            if head:
                f.append("runhc=" + head + ("|h" if k == i else ""))
            if closed:
                f.append("runtail=ORG")
        if i > 0 and not caps[i - 1] and lowered[i - 1] in heads:
            out[i].append("-1head=" + heads[lowered[i - 1]])
        i = j
