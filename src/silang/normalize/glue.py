"""Words glued together where a scraped page lost the space around link text.

"kepadaRepublika", "Marcella Santosomengungkapkan" and "bomyang" are two words each. A token is cut
only where one side is a word the same article also writes on its own, so brand names ("TikTok",
"WhatsApp") and names that merely end like a word ("Hamdan") stay whole:

- at a lower-to-upper case change when the left part stands alone elsewhere in the article or is
  a function word ("diPiala", "JakartaDalam"), or the right part stands alone ("VladimirPutin");
- before a word of the language's ``glue`` list or a frequent word (``doc_freq``) when the part in
  front of it stands alone elsewhere ("Santoso" + "mengungkapkan"), unless the whole is itself a
  word of the language ("Kalimantan", "halaman").

The pieces keep their offsets into the text, so spans stay honest slices of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from silang.lang import load
from silang.ner.tokens import TOKEN_RE, Token

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
FREQUENT = 50  # articles of the background corpus a lower-case word must occur in to count as glued on
LESS_FREQUENT = 20  # ... or this many, when it has 5+ letters and the part in front 4+ ("Kristiyantomengurus")
VOCABULARY = 10  # articles a word must occur in to be a word of the language (glued pairs occur too)
MIN_PART = 3  # letters in front of a glued word
MIN_SHORT_PART = 4  # ... and in front of a two-letter one ("Santosodi", not "Yudi")


@dataclass(frozen=True)
class _Words:
    tails: frozenset[str]  # words found glued after another (listed, or frequent)
    long_tails: frozenset[str]  # less frequent words of 5+ letters, glued only after a part of 4+
    short: frozenset[str]  # two-letter ones ("di", "ke")
    function: frozenset[str]  # function words: glued before a name as well ("kepadaRepublika")
    vocabulary: frozenset[str]  # words of the language, never cut at a glued-on word


@cache
def _words(lang: str) -> _Words:
    glue = load(lang, "glue")
    try:
        df: dict[str, int] = load(lang, "doc_freq")["df"]
    except FileNotFoundError:
        df = {}
    function = frozenset(w.lower() for w in load(lang, "stopwords")["words"])
    frequent = {w for w, n in df.items() if n >= FREQUENT and len(w) >= 4 and w.isalpha()}
    less = {w for w, n in df.items() if LESS_FREQUENT <= n < FREQUENT and len(w) >= 5 and w.isalpha()}
    return _Words(
        frozenset(glue["suffixes"]) | frequent,
        frozenset(less),
        frozenset(glue.get("short_suffixes", [])),
        function,
        function | frozenset(w for w, n in df.items() if n >= VOCABULARY),
    )


def standalone_words(text: str) -> frozenset[str]:
    """The word tokens of ``text`` as written (case kept)."""
    return frozenset(m.group() for m in TOKEN_RE.finditer(text))


def cuts(word: str, known: frozenset[str], lang: str = "id") -> list[int]:
    """Offsets inside ``word`` where two glued words meet (empty when it is one word).

    ``known`` holds the words the article writes on its own (:func:`standalone_words`).
    """
    words = _words(lang)
    out: list[int] = []
    bounds = [0, *(m.start() for m in _CAMEL.finditer(word)), len(word)]
    for k, (a, b) in enumerate(pairwise(bounds)):
        inner = _tail_cut(word[a:b], known, words)
        if inner:
            out.append(a + inner)
        if b == len(word):
            break
        last, right = word[a + inner : b], word[b : bounds[k + 2]]
        if len(word) - b >= 2 and (last in known or last.lower() in words.function):
            out.append(b)
        elif len(last) >= MIN_PART and len(right) >= MIN_PART and right in known:
            out.append(b)  # "VladimirPutin", "aliasJokowi": the name on the right stands alone
    return sorted(set(out))


def _tail_cut(part: str, known: frozenset[str], words: _Words) -> int:
    """Where a glued word begins at the end of ``part`` (0 when none): the longest such tail with a
    head the article writes on its own."""
    if not part.isalpha() or part.lower() in words.vocabulary:
        return 0
    for cut in range(MIN_PART, len(part) - 1):
        head, tail = part[:cut], part[cut:]
        long_tail = tail in words.long_tails and cut >= MIN_SHORT_PART
        if head not in known or not (tail in words.tails or tail in words.short or long_tail):
            continue
        if tail in words.short and (len(head) < MIN_SHORT_PART or not head[0].isupper()):
            continue
        return cut
    return 0


def split_glued(tokens: list[Token], known: frozenset[str], lang: str = "id") -> list[Token]:
    """``tokens`` with every glued word cut into its words (offsets kept)."""
    out: list[Token] = []
    for tok in tokens:
        at = cuts(tok.text, known, lang) if len(tok.text) >= 5 and tok.text.isalnum() else []
        if not at:
            out.append(tok)
            continue
        bounds = [0, *at, len(tok.text)]
        out.extend(Token(tok.text[a:b], tok.start + a, tok.start + b) for a, b in pairwise(bounds))
    return out
