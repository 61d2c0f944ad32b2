"""Names of speakers as the article writes them in full: nicknames, full forms, names glued by scraping.

'Kim' is the article's 'Kim Yong-hyun' (its nearest longer occurrence), 'Gus Ipul' is the 'Saifullah
Yusuf' the article says it stands for, and 'Lukmintodiperiksa' or 'FRANCESCOBagnaia', words run
together by lost markup, are split back into 'Lukminto' and 'Francesco Bagnaia' using the background
word frequencies of the language (a common word or a prefixed verb glued to a name).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from silang.lang import data_lang, load

if TYPE_CHECKING:
    from silang.pipeline.speakers import Resolver

COMMON = 20  # articles (of the background corpus) a word must appear in to count as a common word


@cache
def common_words(lang: str) -> dict[str, int]:
    """Background document frequency of each word (``lang/<lang>/doc_freq.json``); empty when absent."""
    try:
        df: dict[str, int] = load(lang, "doc_freq")["df"]
    except (FileNotFoundError, KeyError):
        return {}
    return df


def nicknames(res: Resolver) -> dict[str, str]:
    """Nicknames the article gives ('Saifullah Yusuf atau yang akrab disapa Gus Ipul', 'Mas Nul--begitu
    dia karib disapa', 'Andi Syamsuddin Arsyad alias Haji Isam'): nickname -> full name."""
    out: dict[str, str] = {}
    if "disapa" not in res.text and "alias" not in res.text:
        return out  # both patterns below need one of these words
    name = r"(?:[A-Z][\w’']+(?:-[\w’']+)* ?){1,4}"
    pairs = [
        (m.group("full"), m.group("nick"))
        for m in re.finditer(
            rf"(?P<full>{name}),?\s*(?:atau\s+)?(?:yang\s+)?(?:(?:akrab|karib|biasa|kerap)\s+disapa|alias)\s*"
            rf"(?P<nick>{name})",
            res.text,
        )
    ]
    for m in re.finditer(rf"(?P<nick>{name})\s*-+\s*begitu\s+(?:dia|ia|beliau)\s+(?:\w+\s+)?disapa", res.text):
        before = re.findall(r"(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+", res.text[max(0, m.start() - 400) : m.start()])
        people = []
        for run in before:
            words = run.split()
            k = len(words)
            while k > 0 and res.namey(words[k - 1]):
                k -= 1
            if len(words) - k >= 2:
                people.append(" ".join(words[k:]))
        if people:
            pairs.append((people[-1], m.group("nick")))
    for full, nick in pairs:
        full, nick = full.strip(), nick.strip()
        if all(res.common(w) or w.lower() in res.lex.roles for w in full.split()):
            continue  # 'Pria yang akrab disapa Ara': a description, not a full name
        core = " ".join(w for w in nick.split() if w.lower() not in res.lex.roles)
        for key in {nick, core} - {""}:
            out[key] = " ".join(w for w in full.split() if res.namey(w)) or full
    return out


def _initials(res: Resolver, w: str) -> bool:
    lw = w.lower()
    return w.isupper() and len(w) <= 3 and lw not in res.lex.institutions | res.lex.places | res.lex.roles


def full_name(res: Resolver, name: str, pos: int) -> str:
    """The article's full form of ``name``: its nearest occurrence before ``pos``, made as long as any."""
    if name.isupper() or not name[:1].isupper():
        return name
    found = _occurrences(res, name)
    if not found:
        return name
    n = len(name.split())
    before = [f for f in found if f[0] < pos and len(f[1].split()) > n]
    after = [f for f in found if len(f[1].split()) > n]
    nearest = before[-1][1] if before else after[0][1] if after else name
    longer = [f for f in found if f" {nearest} " in f" {f[1]} "]
    best = max(longer, key=lambda f: (len(f[1].split()), f[0] <= pos, -abs(f[0] - pos)))
    return best[1]


# The name pattern (name words up to three around ``name``, and words glued to it by lost markup) for
# any name: the text searched is prefixed with the name and a NUL, which the pattern reads back with a
# backreference, so that one pattern serves every name; the lazy skip tries the starts in text order.
NAMED_RUN = re.compile(
    r"\A(?P<name>[^\x00]+)\x00(?s:.*?)"
    r"(?P<run>(?:[A-Z][\w’'-]* ){0,3}(?:[A-Za-z]*[a-z](?=[A-Z])|[A-Z]{3,}(?=[A-Z][a-z]))?"
    r"(?P=name)\w*(?: [A-Z][\w’'-]*){0,3})"
)


_RUN_CHAR = re.compile(r"[\w’' -]")


def _window(text: str, at: int, floor: int) -> int:
    """The earliest start, not before ``floor``, of a match of the name pattern whose name is at ``at``:
    its lead holds only word characters, apostrophes, hyphens and at most three spaces."""
    spaces, k = 0, at
    while k > floor and _RUN_CHAR.match(text[k - 1]):
        if text[k - 1] == " ":
            spaces += 1
            if spaces > 3:
                break
        k -= 1
    return k


def _matches(text: str, name: str) -> list[tuple[int, str]]:
    """Start and text of each match of the name pattern in ``text``, left to right and not overlapping,
    searched only in front of each occurrence of ``name``."""
    if "\x00" in name:  # cannot be read back after the NUL: the pattern written out for this name
        lead = r"(?:[A-Z][\w’'-]* ){0,3}(?:[A-Za-z]*[a-z](?=[A-Z])|[A-Z]{3,}(?=[A-Z][a-z]))?"
        pat = re.compile(lead + re.escape(name) + r"\w*(?: [A-Z][\w’'-]*){0,3}")
        return [(m.start(), m.group()) for m in pat.finditer(text)]
    out: list[tuple[int, str]] = []
    cur = 0
    while (at := text.find(name, cur)) >= 0:
        start = _window(text, at, cur)
        m = NAMED_RUN.match(f"{name}\x00{text[start:]}")
        if m is None:
            break
        out.append((start + m.start("run") - len(name) - 1, m.group("run")))
        cur = out[-1][0] + len(out[-1][1])
    return out


def _occurrences(res: Resolver, name: str) -> list[tuple[int, str]]:
    """Each occurrence of ``name`` outside headline links, widened over the name words around it."""
    if name not in res.occurrences:
        res.occurrences[name] = _find_occurrences(res, name)
    return res.occurrences[name]


def _find_occurrences(res: Resolver, name: str) -> list[tuple[int, str]]:
    n = len(name.split())
    out = []
    for at, found in _matches(res.text, name):
        line_start = res.text.rfind("\n", 0, at) + 1
        if re.match(r"\s*(baca|simak|lihat|tonton)\b", res.text[line_start:at], re.IGNORECASE):
            continue
        run = re.sub(r"^[A-Z]{3,}(?=[A-Z][a-z])", lambda c: " " + c.group().title() + " ", found)
        raw = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", run).split()
        words = [w[:cut] if (cut := res.glued(w)) else unglue(res, w) for w in raw]
        i = next((k for k in range(len(words)) if " ".join(words[k : k + n]) == name), None)
        if i is None:
            continue
        a, b = i, i + n
        bodies, people = _body_words(res, name), _person_words(res, name)
        while a > 0 and res.namey(words[a - 1]) and words[a - 1] == raw[a - 1] and not res.common(words[a - 1]):
            if words[a - 1] in bodies:
                break  # 'Kemenkeu Febrio Kacaribu', 'Telkom Dian Siswarini': a body before the name
            if people and a > 1 and words[a - 2].lower() in res.lex.roles and words[a - 1] not in people:
                break  # 'Waketum Projo Freddy Alex Damanik': the office's body, untagged, before the name
            a -= 1
        while b < len(words) and words[b - 1] == raw[b - 1] and (res.namey(words[b]) or _initials(res, words[b])):
            b += 1
        while b > i + n and res.common(words[b - 1]):
            b -= 1  # 'Melanie Subono Mati': a headline's common word is not the name's end
        if b - a <= 4:
            out.append((at, " ".join(words[a:b])))
    return out


def _body_words(res: Resolver, name: str) -> frozenset[str]:
    """For a person's ``name`` (a word of it in a person the tagger found), the words of the bodies the tagger
    found in the article, in no person and in no body holding ``name`` (a person tagged with the body in
    front: 'Yamaha Motor Racing Paolo Pavesio'). None for other names ('Balai Karantina', 'Bank Dunia')."""
    if name not in res.body_words:
        people = _person_words(res, name)
        bodies = (m.text for m in res.doc.mentions if m.type == "ORG" and name not in m.text)
        found = frozenset(w for text in bodies for w in text.split()) - people
        res.body_words[name] = found if people else frozenset()
    return res.body_words[name]


def _person_words(res: Resolver, name: str) -> frozenset[str]:
    """The words of the people the tagger found in the article, when one of them holds a word of ``name``."""
    words = frozenset(w for m in res.doc.mentions if m.type == "PER" for w in m.text.split())
    return words if words & set(name.split()) else frozenset()


def unglue(res: Resolver, word: str) -> str:
    """'Boylemengandalkan' -> 'Boyle', 'Lukmintodiperiksa' -> 'Lukminto': a name run into the next word."""
    if word not in res.unglued:
        res.unglued[word] = _unglue(res, word)
    return res.unglued[word]


def _unglue(res: Resolver, word: str) -> str:
    if not word[:1].isupper() or bounded(res.text, word, 2) > 1:
        return word
    df = common_words(data_lang(res.doc.language))
    for cut in range(3, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if not tail.islower():
            continue
        alone = bounded(res.text, head, 1) > 0
        prefixed = tail.startswith(res.lex.prefixes) and len(tail) > 4
        known = (df.get(tail, 0) >= COMMON or tail in res.lex.lower) and word.lower() not in df
        if (alone and (prefixed or tail in df)) or (prefixed and known and len(tail) > 5):
            return head
    return word


def bounded(text: str, word: str, limit: int) -> int:
    """How many times (counted up to ``limit``) ``re.findall(rf"\\b{re.escape(word)}\\b", text)`` finds
    ``word``, without compiling a pattern for each word."""
    found, at, size = 0, text.find(word), len(word)
    while at >= 0 and found < limit:
        end = at + size
        if edge(text, at) and edge(text, end):
            found += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return found


def edge(text: str, i: int) -> bool:
    """Whether ``\\b`` holds at position ``i`` of ``text``."""
    return _word_char(text[i - 1 : i]) != _word_char(text[i : i + 1])


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"
