"""The reporting lexicon of a language (``lang/<lang>/reporting.toml`` and the lists beside it) and the
tokens of a speaker phrase, for :mod:`silang.pipeline.speakers` and :mod:`silang.pipeline.quotes`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from silang.lang import load
from silang.ner.names import name_heads

TOKEN = re.compile(r"[\w’'.-]*\w|[,;:()]")
SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def title_split(word: str) -> list[str]:
    """'PenyanyiAnggun' -> ['Penyanyi', 'Anggun']: capitalised words run together; others kept whole."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", word).split() if word[:1].isupper() else [word]


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens of ``text[start:end]``, words run together by lost markup split apart."""
    out = []
    for m in TOKEN.finditer(text, start, end):
        pos = m.start()
        for part in SPLIT.split(m.group()):
            if part:
                out.append((pos, pos + len(part), part))
            pos += len(part)
    return out


@dataclass(frozen=True)
class Lexicon:
    """The reporting-language word lists of one language, compiled."""

    post: re.Pattern[str]
    clitics: frozenset[str]  # post verbs whose ending is a pronoun speaker ('katanya', not 'tanya')
    pre: re.Pattern[str]
    any_verb: re.Pattern[str]
    bare: frozenset[str]
    connectors: frozenset[str]
    adverbs: frozenset[str]
    pronouns: frozenset[str]
    stop: frozenset[str]
    roles: frozenset[str]
    preps: frozenset[str]
    not_names: frozenset[str]
    institutions: frozenset[str]
    places: frozenset[str]
    markers: frozenset[str]
    conn: str  # regex alternation of the clause connectors
    according: str  # regex alternation of 'menurut' / 'according to'
    name_and: str  # regex alternation of the 'and' joining the parts of a listed name
    role_connectors: frozenset[str]  # lower-case words inside an office or body name ('of', 'dan')
    quantifiers: frozenset[str]  # 'kedua' of 'kedua negara': kept with a group speaker
    determiners: frozenset[str]  # 'the' of 'the minister': a description of someone named before
    prefixes: tuple[str, ...]
    inserted: re.Pattern[str]
    fronted: re.Pattern[str]
    modifiers: frozenset[str]  # role words that never stand for a person alone ('besar', 'umum')
    lower: frozenset[str]  # words written in lower case inside sentences ('informasi', 'pria')
    not_speakers: frozenset[str]  # things that 'say' nothing as a speaker ('pasal', 'data')
    degree: re.Pattern[str]  # an academic or professional degree after a name ('Sp.PD', 'M.Ked')
    glue: tuple[str, ...]  # function words that lost markup glues onto a name ('Prabowodalam')
    particles: frozenset[str] = frozenset()  # lower-case words inside a name ('von der' of 'Ursula von der Leyen')
    possessives: tuple[str, ...] = ()  # endings of an owner before a name ("'s" of "Kenya's Kelvin Kiptum")
    apposed: bool = False  # '"…," the agency's chairman, X, told': a name set off by commas before the verb
    subject_after: int = 6  # most words of a speaker between a quote and its verb ('"…," Menteri X mengatakan')
    naming: frozenset[str] = frozenset()  # words introducing a described speaker's name ('bernama')
    asks: frozenset[str] = frozenset()  # post verbs reporting a question ('tanya', 'tanyanya')
    answers: frozenset[str] = frozenset()  # post verbs reporting an answer ('jawab', 'sahut')
    body_heads: frozenset[str] = frozenset()  # first words of a body's or a place's name ('pengadilan', 'kejaksaan')


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled reporting lexicon of ``lang`` (``lang/<lang>/reporting.toml``)."""
    d = load(lang, "reporting")
    low = lambda key: frozenset(w.lower() for w in d.get(key, []))  # noqa: E731
    return Lexicon(
        post=re.compile(rf"^\s*[,.]?[\"”’]?\s*(?:begitu\s+)?(?P<v>{_post(d['post_verbs'])})", re.IGNORECASE),
        clitics=_clitics(d["post_verbs"], d.get("clitic_suffix", [])),
        pre=re.compile(rf"\b(?P<v>{_alt(d['pre_verbs'])})\b", re.IGNORECASE),
        any_verb=re.compile(rf"\b(?P<v>{_alt(d['pre_verbs'] + d['post_verbs'])})\b", re.IGNORECASE),
        bare=low("bare_clause_verbs"),
        connectors=low("connectors"),
        adverbs=low("adverbs"),
        pronouns=low("speaker_pronouns") or frozenset({"ia", "dia", "beliau", "he", "she"}),
        stop=low("speaker_stop"),
        roles=low("role_words") | _title_words(lang),
        preps=low("prepositions"),
        not_names=low("not_names"),
        institutions=low("institution_words"),
        places=low("places"),
        markers=low("clause_markers"),
        conn=_alt(d["connectors"]),
        according=_alt(d["according"]),
        name_and=_alt(d["name_and"]),
        determiners=low("determiners"),
        quantifiers=low("quantifiers"),
        role_connectors=low("role_connectors"),
        prefixes=tuple(d["verb_prefixes"]),
        inserted=re.compile(
            rf"^(?P<a>[^,]{{3,150}}?),\s*(?P<v>{_alt(d['inserted_verbs'])})\s+(?P<x>[^,]{{1,60}}),\s*\S"
            rf"|^(?P<a2>[^,]{{3,100}}?)\s+(?P<nya>(?:{_alt(d['according'])})nya)\s+\w"
        ),
        fronted=re.compile(rf"^\s*(?P<v>{_alt(d['fronted_verbs'])})\s+(?=[A-Z])", re.IGNORECASE),
        modifiers=low("role_modifiers"),
        lower=_optional(lang, "lowercase_words"),
        not_speakers=low("not_speakers"),
        degree=re.compile(d.get("degree_pattern", r"(?!)")),
        glue=tuple(sorted(low("glued_words"), key=len, reverse=True)),
        particles=frozenset(d.get("name_particles", [])),
        subject_after=int(d.get("subject_after_tokens", 6)),
        apposed=bool(d.get("apposed_subject", False)),
        possessives=tuple(d.get("possessives", [])),
        body_heads=frozenset(w for w in name_heads(lang) if " " not in w),
        naming=low("naming_words"),
        asks=low("question_verbs"),
        answers=low("answer_verbs"),
    )


def _post(verbs: list[str]) -> str:
    """The post verbs as one alternation: a verb may run into the next word by lost markup ('ujarnetizen'),
    but one of two words only into a capitalised one ('kata dia' is never the start of 'kata Diana')."""
    pronoun = [v for v in verbs if " " in v]
    single = [v for v in verbs if " " not in v]
    whole = rf"(?:{_alt(pronoun)})(?:\b|(?-i:(?=[A-Z])))|" if pronoun else ""  # 'according toReuters' still
    return whole + rf"(?:{_alt(single)})(?:\b|(?=[A-Z]))"


def _title_words(lang: str) -> frozenset[str]:
    """The one-word short titles of ``titles.toml`` that name a person's office ("Dirjen", "Wamenlu")."""
    try:
        expand = load(lang, "titles").get("expand", {})
    except FileNotFoundError:
        return frozenset()
    return frozenset(k.lower() for k, full in expand.items() if " " not in k and not full.startswith("Kementerian"))


def _optional(lang: str, name: str) -> frozenset[str]:
    """The ``words`` of an optional data file (empty when the language has none)."""
    try:
        return frozenset(load(lang, name)["words"])
    except FileNotFoundError:
        return frozenset()


def _clitics(verbs: list[str], suffixes: list[str]) -> frozenset[str]:
    """The post verbs ending in a clitic pronoun ("katanya"): not those that are the stem of a listed
    clitic form themselves ("tanya" of "tanyanya")."""
    listed = {v.lower() for v in verbs}
    return frozenset(v for v in listed for s in suffixes if v.endswith(s) and len(v) > len(s) and v + s not in listed)
