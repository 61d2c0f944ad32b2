"""Speakers of quotes: from the speaker phrase of a reporting clause to a canonical name.

A :class:`Resolver` reads one article. It turns a speaker phrase into a name (the article's entity
mentions when the entities step ran, else capitalised runs without role words), resolves roles to
their named holder ("juru bicara Pentagon" → "Sabrina Singh"), pronouns and clitics (ia, dia, -nya)
to the latest speaker, nicknames to the full name, and short names to the article's full one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from silang.model import Document, Quote
from silang.pipeline.antecedent import antecedent
from silang.pipeline.places import is_place
from silang.pipeline.speaker_lexicon import Lexicon, title_split, tokens
from silang.pipeline.speaker_names import full_name, nicknames, unglue
from silang.pipeline.speaker_words import WordChecks

GLUED = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")  # words run together by lost markup: 'TNIJenderal'
ACRONYM = re.compile(r"\s*\([A-Z][\w.&/ -]{0,30}\)(?=\s+[A-Z])")  # 'Komite … (KNKT) Ahmad Wildan'
NAME_NEXT = re.compile(r" [A-Z][a-z]")
OUTLET = re.compile(r"\w\.(?:com|co\.id|id|net|org|co)\b", re.IGNORECASE)  # 'Liputan6.com', 'KOMPAS.com'


def _question(text: str) -> bool:
    """Whether a quote is a question: in a hearing's dialogue, a question and its answer are two speakers'."""
    return text.rstrip(" ,.\"”’'").endswith("?")


DESCRIBED = re.compile(r"\s*,[^,.\n\"“”]{1,60}\b(?:ini|itu|tersebut)\s*[.,]")  # a description goes on to 'ini'
DASHED = re.compile(r"\s(?:[–—]|--?)\s*[^–—\n]{1,100}?\s*(?:[–—]|--?)(?=\s)")


@dataclass
class Spk:
    """A speaker phrase as written: a name, a role, an institution or a pronoun."""

    kind: str  # name | role | pronoun
    start: int
    end: int
    verb: str = ""  # the post verb reporting it, lower case ('tanya', 'jawabnya'), when one did


class Resolver(WordChecks):
    """Reporting clauses, speaker phrases and speaker names of one article."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc, self.text, self.lex = doc, doc.text, lex
        self.pending: dict[int, tuple[Spk | None, int]] = {}
        self.last: tuple[str, Spk] | None = None
        self.last_direct = -1
        self.last_question = False  # whether the last direct quote asked a question
        self.last_any: tuple[str, Spk] | None = None  # the last speaker named, a body included
        self.asker: str | None = None  # who asked the last question ('"…?" tanya jaksa X')
        self.answered = False  # whether the last reported direct quote was an answer ('"…," jawab X')
        self.asked = False  # whether the last direct quote was a question reported by a verb of asking
        self.turns: tuple[str | None, str | None] = (None, None)  # the last two direct speakers, in turn
        self.unglued: dict[str, str] = {}  # word -> the name in it (speaker_names.unglue), per article
        self.occurrences: dict[str, list[tuple[int, str]]] = {}  # name -> its widened occurrences
        self.quoted: list[tuple[int, int]] = []
        self.body_words: dict[str, frozenset[str]] = {}  # name -> words of tagged bodies (speaker_names)
        self.datelines = self._datelines()
        self.alone: dict[tuple[str, str], bool] = {}
        self.aliases = nicknames(self)

    def subject(self, start: int, verb_at: int, max_tokens: int = 14) -> Spk | None:
        """The speaker in front of a reporting verb: a pronoun, a name, a role or an institution."""
        toks = [t for t in tokens(self.text, start, verb_at) if not self.lex.degree.match(t[2])]
        if len(toks) >= 3 and [toks[-3][2], toks[-1][2]] == ["(", ")"] and self._body_acronym(toks[-2], start):
            return Spk("name", toks[-2][0], toks[-2][1])  # '… Klimatologi, dan Geofisika (BMKG) menyebutkan'
        chunks: list[list[tuple[int, int, str]]] = [[]]
        for tok in toks:
            if tok[2] in ",;:":
                chunks.append([])
            else:
                chunks[-1].append(tok)
        tried = 0
        found: Spk | None = None
        for k in range(len(chunks) - 1, -1, -1):
            words = [t for t in chunks[k] if t[2].lower() not in self.lex.adverbs]
            rel = next((i for i, t in enumerate(words) if i > 0 and t[2] == "yang"), None)
            if words and words[-1][2].lower() not in {"itu", "ini", "tersebut"}:
                words = words[:rel]  # 'Puyol yang pernah mengangkat trofi Piala Dunia …': the subject is before 'yang'
            named = next((i for i, t in enumerate(words) if t[2].lower() in self.lex.naming), None)
            if named is not None and words[named + 1 : named + 2] and words[named + 1][2][:1].isupper():
                words = words[named + 1 :]  # 'seorang trader kripto bernama Merlijn mengatakan': the one named
            if not words or words[0][2].lower() in {"yang", "seorang", "salah"}:
                continue
            if len(words) > max_tokens or tried >= 2:
                break
            lead = words[0][2].lower() if words else ""
            if k < len(chunks) - 1 and lead in self.lex.preps - self.lex.roles and self.common(lead):
                continue  # 'Dalam Rapat Umum …, manajemen mengungkapkan': an adverbial, not the subject
            located = k > 0 and any(t[2] in self.lex.preps for t in chunks[k - 1])
            if located and all(t[2].lower() in self.lex.places for t in words):
                continue  # 'Dokter … di RS Aisyiyah Kudus, Jawa Tengah, mengatakan': an address
            tried += 1
            first, last = words[0][2].lower(), words[-1][2].lower()
            anaphor = last in self.lex.pronouns | {"tersebut", "itu"} or (last == "ini" and not self._clause(words))
            if first in self.lex.pronouns or first == "sang" or anaphor:  # 'Menteri yang juga … DPR RI ini'
                pron = next((t for t in words if t[2].lower() in self.lex.pronouns), words[0])
                return found or Spk("pronoun", pron[0], pron[1])
            nearest = k == len(chunks) - 1 or (k == len(chunks) - 2 and not chunks[-1])  # 'Kompol Jazuli, mengatakan'
            adjacent = nearest and self.namey(words[-1][2])
            spk = self.pick(words, last=adjacent)
            if spk and spk.kind == "name":
                return spk
            found = found or spk
        return found

    def _body_acronym(self, tok: tuple[int, int, str], start: int) -> bool:
        """Whether ``tok`` is a body's acronym the tagger found, with no person named since ``start``."""
        ms = self.doc.mentions
        body = any(m.type == "ORG" and m.start <= tok[0] and tok[1] <= m.end for m in ms)
        return body and not any(m.type == "PER" and start <= m.start < tok[0] for m in ms)

    def _clause(self, words: list[tuple[int, int, str]]) -> bool:
        """Whether a speaker chunk holds a predicate ('perlu', 'akan', a prefixed verb): it is a clause."""
        lex = self.lex
        for _, _, w in words[1:]:
            if w == "yang":
                return False  # a relative clause describing the speaker ('… yang bertugas di …')
            predicate = w in lex.markers or (w.startswith(lex.prefixes) and len(w) > 5)
            if predicate and w.islower() and w not in lex.roles | lex.adverbs | lex.role_connectors:
                return True
        return False

    def phrase(self, start: int, end: int, after: bool) -> Spk | None:
        """The speaker phrase after a post verb ('kata Menteri Pertahanan AS Lloyd Austin di …').

        An office set off from the person's name by a comma names the person ('ucap Kapusdatin BPBD
        DKI, M Yohan'), when the tagger found that person and the office names nobody itself.
        """
        end = min((a for a, _ in self.quoted if start <= a < end), default=end)  # never into the next quote
        spk = self._phrase(start, end, after)
        if spk is not None and self._person_at(spk.start, spk.end):
            return spk
        return self._apposed_person(start, end) or spk

    def _person_at(self, start: int, end: int) -> bool:
        return any(m.type == "PER" and m.start < end and start < m.end for m in self.doc.mentions)

    def _apposed_person(self, start: int, end: int) -> Spk | None:
        """The person named right after the first comma of a speaker phrase (titles skipped) whose words
        before the comma are all an office's: capitalised, or joining words ('dan', 'di'), or in brackets."""
        comma = self.text.find(",", start, end)
        if comma < 0:
            return None
        words = [t[2] for t in tokens(self.text, start, comma) if t[2] not in "()"]
        lex = self.lex
        if not words or not (words[0][:1].isupper() or words[0].lower() in lex.roles):
            return None
        if any(not w[:1].isupper() and w.lower() not in lex.role_connectors for w in words):
            return None
        after = comma + 1
        while after < end and self.text[after] == " ":
            after += 1
        for tok in tokens(self.text, after, min(end, after + 40)):
            if tok[2].lower() not in lex.roles or not tok[2][:1].isupper():
                break
            after = tok[1] + 1  # a title before the name: '…, Profesor Sudarnoto Abdul Hakim'
        person = next((m for m in self.doc.mentions if m.type == "PER" and m.start == after and m.end <= end), None)
        return Spk("name", person.start, person.end) if person else None

    def _phrase(self, start: int, end: int, after: bool) -> Spk | None:
        toks: list[tuple[int, int, str]] = []
        parts: list[list[tuple[int, int, str]]] = []  # after a role, comma-set parts: 'Menteri X, Y, dan Z, Nama'
        aside = [(start + m.start(), start + m.end()) for m in DASHED.finditer(self.text[start:end])]
        bracket = [(start + m.start(), start + m.end()) for m in ACRONYM.finditer(self.text[start:end])]
        aside += bracket
        for tok in tokens(self.text, start, end):
            w = tok[2]
            if any(a <= tok[0] < b for a, b in aside):
                if w == "(" and any(a <= tok[0] < b for a, b in bracket):
                    (parts[-1] if parts else toks).append(tok)  # a name ends here: '… Transportasi (KNKT) Soerjanto'
                continue  # a remark between dashes: 'Ketua Komisi I –Komisi yang membahas RUU ini- Meutya'
            if w[:1].isupper() and self.glued(w):
                (parts[-1] if parts else toks).append(tok)  # 'kata Prabowo Subiantosebagai …': the name ends inside
                break
            if w == "," and (parts or any(t[2].lower() in self.lex.roles for t in toks)):
                parts.append([])
                continue
            if w == "." and toks and toks[-1][2].lower() in self.lex.roles:
                continue  # an abbreviated title: 'dr.', 'Prof.'
            lw = w.lower()
            passive = w.startswith("di") and len(w) > 5 and w in self.lex.lower and w not in self.lex.roles
            glued_stop = w.islower() and any(lw.startswith(s) and len(s) >= 5 for s in self.lex.stop)  # 'dilansirdetik'
            named_on = w[:1].isupper() and NAME_NEXT.match(self.text, tok[1])  # 'Penyakit Dalam dr …' goes on
            stop = (lw in self.lex.stop and not named_on) or glued_stop
            if stop or w in ",;:()." or (toks and lw == "yang") or passive:
                break  # 'terang Wafid ditulis Bandung': the name ends before a passive verb
            (parts[-1] if parts else toks).append(tok)
            if len(toks) + sum(map(len, parts)) >= 14:
                break
        for part in reversed(parts):
            if part and (part[0][2][:1].isupper() or part[0][2].lower() in self.lex.roles):
                spk = self.pick(part, last=False)
                if (
                    spk
                    and spk.kind == "name"
                    and not all(self.common(w) for w in self.text[spk.start : spk.end].split())
                ):
                    return spk
        if not toks:
            return None
        first, last = toks[0][2].lower(), toks[-1][2].lower()
        anaphor = any(t[2].lower().endswith("tersebut") for t in toks) or last in ("itu", "ini")
        described = toks[0][2].islower() and self._described(toks[-1][1], end)
        if first in self.lex.pronouns or first == "sang" or anaphor or described:
            return Spk("pronoun", toks[0][0], toks[-1][1])
        return self.pick(toks, last=True)

    def _described(self, pos: int, end: int) -> bool:
        """Whether a description of the speaker goes on after a comma to 'ini' ('kata atlet kelahiran Garut,
        25 tahun silam ini.'): it is somebody named before; not a place or time ('…, di kolom komentar itu')."""
        m = DESCRIBED.match(self.text, pos, end)
        words = m.group().strip(" ,").split() if m else []
        return bool(words) and words[0].lower() not in self.lex.preps | self.lex.stop

    def pick(self, toks: list[tuple[int, int, str]], last: bool) -> Spk | None:
        """The speaker among the tokens of a speaker phrase: the last (or first) name, else a role."""
        lex = self.lex
        toks = self._undated(toks)
        segs: list[list[tuple[int, int, str]]] = []
        cur: list[tuple[int, int, str]] = []
        after_prep = False
        for tok in toks:
            w = tok[2]
            lw = w.lower()
            capital = w[:1].isupper()
            name_like = capital and not (w.isupper() and len(w) > 1) and lw not in lex.roles
            glued = self.glued(w) if name_like else None
            name_like = name_like and not lex.degree.match(w) and not OUTLET.search(w)
            if name_like and lw not in lex.not_names and not after_prep:
                cur.append((tok[0], tok[0] + glued, w[:glued]) if glued else tok)
            if not name_like or lw in lex.not_names or after_prep or glued:
                if cur:
                    segs.append(cur)
                cur = []
            placed = after_prep and lw in lex.places  # 'Dubes Kanada untuk Indonesia Jess Dutton': a name follows
            after_prep = w in lex.preps or (after_prep and capital and not placed)
        if cur:
            segs.append(cur)
        segs = [t for t in (self._name_part(seg) for seg in segs) if t]
        if segs:
            seg = segs[-1] if last else segs[0]
            while len(seg) > 1 and seg[0][2].lower() in lex.places:
                seg = seg[1:]
            i = next(k for k, t in enumerate(toks) if t[0] == seg[0][0])
            after_role = i > 0 and toks[i - 1][2].lower() in lex.roles | lex.preps
            office = i > 0 and ((toks[i - 1][2].isupper() and len(toks[i - 1][2]) > 1) or after_role)
            if (len(seg) == 1 and after_role and seg[0][2].lower() in lex.institutions) or (
                office and all(t[2].lower() in lex.places or is_place(t[2]) for t in seg)
            ):
                return self._role(toks, i + len(seg))  # 'Kepala BPBD Jember', 'Kasatlantas Polresta Solo'
            if all(self.common(t[2]) for t in seg):
                return self._body(toks, i, seg[-1][1])
            j = i + len(seg)
            if len(seg) == 1 and j < len(toks) and toks[j][2][:1].isupper() and toks[j][2].lower() in lex.roles:
                while j < len(toks) and toks[j][2][:1].isupper() and not self.text[toks[j - 1][1] : toks[j][0]].strip():
                    j += 1  # 'Direktorat Jenderal Perhubungan …': a body's name goes on through its role words
                return Spk("name", seg[0][0], toks[j - 1][1])
            return Spk("name", seg[0][0], seg[-1][1])
        return self._role(toks, len(toks))

    def _name_part(self, seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A run of capitalised words as a name: none when it is one thing ('Pasal') or common words
        capitalised only by opening a sentence ('Informasi', 'Perubahan itu'); without the common words
        in front of a name ('Nama Bro Ron' -> 'Bro Ron'). A person the tagger found is kept as written,
        without the body written in front of it ('Kejaksaan Agung Nurachman Adikusumo')."""
        while seg and seg[0][2].lower() in self.lex.not_speakers:
            seg = seg[1:]  # a thing ('Pasal', 'Undang-Undang Nomor'), or its source ('Survei Litbang Kompas')
        seg = self._unbodied(seg)
        if not seg or (len(seg) == 1 and len(seg[0][2]) == 1):
            return []  # nothing left, or a letter ('Sp.A (K)')
        if not self.sentence_initial(seg[0][0]):
            return seg
        if any(m.type == "PER" and m.start <= seg[0][0] and seg[-1][1] <= m.end for m in self.doc.mentions):
            return seg
        if self.capitalised_inside(seg[0][2]):
            return seg  # 'Anggun mengaku …' where the article writes 'kata Anggun'

        kept = self.trim_common([t[2] for t in seg])
        if len(kept) == 1 and self.common(kept[0]):
            return []
        return seg[len(seg) - len(kept) :]

    def _unbodied(self, seg: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A run of capitalised words from the person the tagger found in it when a body opens the run."""
        if len(seg) < 2:
            return seg
        ms = self.doc.mentions
        a, b = seg[0][0], seg[-1][1]
        person = next((m for m in ms if m.type == "PER" and a < m.start < b and m.end >= b), None)
        if person is None:
            return seg
        body = seg[0][2].lower() in self.lex.body_heads or any(
            m.type == "ORG" and m.start <= a < m.end <= person.start for m in ms
        )
        return [t for t in seg if t[0] >= person.start] if body else seg

    def _body(self, toks: list[tuple[int, int, str]], i: int, end: int) -> Spk | None:
        """The tail of an office or body named with common words ('Direktorat Jenderal Perhubungan Udara'
        ends in 'Udara'): the whole capitalised name when one precedes it, else no speaker."""
        k = i
        while k > 0:
            prev = toks[k - 1]
            joined = not self.text[prev[1] : toks[k][0]].strip()
            capital = prev[2][:1].isupper() or prev[2].lower() in self.lex.role_connectors
            if not joined or not capital or prev[2].lower() in self.lex.preps | self.lex.not_names:
                break
            k -= 1
        while k < i and toks[k][2].lower() in self.lex.role_connectors:
            k += 1
        if k == i:
            return None
        return Spk("role" if toks[k][2].lower() in self.lex.roles else "name", toks[k][0], end)

    def _role_word(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether token ``k`` opens a role: a role word that does not only qualify another ('besar')."""
        w = toks[k][2].lower()
        if w not in self.lex.roles:
            return False
        return w not in self.lex.modifiers

    def _role(self, toks: list[tuple[int, int, str]], upto: int) -> Spk | None:
        lex = self.lex
        first = next((k for k, t in enumerate(toks[:upto]) if self._role_word(toks, k)), None)
        if first is not None and upto - first > 3 and toks[upto - 1][2] == ")" and toks[upto - 3][2] == "(":
            upto -= 3  # 'Kementerian Energi dan Sumber Daya Mineral (ESDM)': the name without its acronym
        if first is not None:
            if first > 0 and toks[first - 1][2].lower() in lex.quantifiers:
                first -= 1  # 'kedua negara', 'para pakar'
            if self._clause(toks[first:upto]) or toks[upto - 1][2].lower() in {"yang"} | lex.role_connectors | (
                lex.preps - lex.roles
            ):
                return None  # 'Pemerintah pun perlu memperkuat …': a clause, not a speaker
            cut = self.glued(toks[upto - 1][2])  # 'Wakil Wali Kota Solokepada'
            return Spk("role", toks[first][0], toks[upto - 1][0] + cut if cut else toks[upto - 1][1])
        acr = [t for t in toks[:upto] if t[2].isupper() and len(t[2]) > 1]
        return Spk("name", acr[-1][0], acr[-1][1]) if acr else None

    # --- names --------------------------------------------------------------------------
    def continued(self, pos: int) -> Spk | None:
        """A quote with no clause of its own continues the previous statement's speaker."""
        return Spk("continued", pos, pos)

    def attach(self, quote: Quote, spk: Spk | None, pos: int) -> None:
        """Remember ``spk`` as the (unresolved) speaker of ``quote``."""
        self.pending[id(quote)] = (spk, pos)

    def finish(self, quote: Quote) -> None:
        """Resolve the speaker of ``quote``; quotes must be finished in text order."""
        spk, _ = self.pending.get(id(quote), (None, 0))
        if spk is None:
            return
        if spk.kind == "continued":
            turn = _question(quote.span.text) != self.last_question  # a question after an answer, or back
            if self.last_any and self.last_direct >= 0 and spk.start - self.last_direct < 700 and not turn:
                quote.speaker = self.last_any[0]
        elif spk.kind == "pronoun":
            found = self.last or self._antecedent(spk.start)
            if self._asks(spk) and self.answered and self.asker:
                found = (self.asker, spk)  # '"…?" tanyanya' after '"…," jawab saksi': the one who asked
            elif self.asked and not _question(quote.span.text) and self.turns[0] and self.turns[0] != self.asker:
                found = (self.turns[0], spk)  # '"…," ungkap dia' after '"…?" tanya X': the one asked
            if found:
                quote.speaker = found[0]
                if spk.end > spk.start:
                    quote.speaker_span = self.doc.span(spk.start, spk.end)
        else:
            quote.speaker = self.canonical(spk)
            for m in self.doc.mentions:  # a body named in full: its whole name is the speaker phrase
                if m.start < spk.end and spk.start < m.end and m.type != "PER" and m.entity == quote.speaker:
                    spk = Spk(spk.kind, min(spk.start, m.start), max(spk.end, m.end))
            quote.speaker_span = self.doc.span(spk.start, spk.end)
            self.last_any = (quote.speaker, spk)
            self.asked = False  # someone named speaks: no more the answer to a question
            if not self._institution(spk):
                self.last = self.last_any
        if quote.direct and quote.kind != "scare":
            self.last_direct = quote.span.end
            self.last_question = _question(quote.span.text)
            if spk.verb and quote.speaker:
                if self._asks(spk):
                    self.asker = quote.speaker
                self.answered = spk.verb.split()[0] in self.lex.answers
            self.asked = self._asks(spk) and self.last_question
            if quote.speaker and quote.speaker != self.turns[1]:
                self.turns = (self.turns[1], quote.speaker)

    def _asks(self, spk: Spk) -> bool:
        """Whether ``spk`` was reported by a verb of asking ('tanya', 'tanyanya', 'tanya dia')."""
        return bool(spk.verb) and spk.verb.split()[0] in self.lex.asks

    def _antecedent(self, pos: int) -> tuple[str, Spk] | None:
        """Who a pronoun stands for before any person has spoken: a body quoted since the person was
        last named ('"…," sebut MTI. "…," katanya'), else that person (remembered as the last speaker)."""
        person = antecedent(self, pos)
        if self.last_any and (person is None or person[1].start < self.last_any[1].start):
            return self.last_any
        self.last = person or self._last_person(pos)
        return self.last

    def _last_person(self, pos: int) -> tuple[str, Spk] | None:
        """The article's main person (most mentioned; the latest before ``pos`` on ties)."""
        people = [m for m in self.doc.mentions if m.type == "PER" and not any(a < m.start < b for a, b in self.quoted)]
        if not people:
            return None
        counts: dict[str, int] = {}
        for m in people:
            key = self.clean_name(m.entity or m.text, m.start)
            counts[key] = counts.get(key, 0) + 1
        before = [m for m in people if m.end <= pos]
        order = {self.clean_name(m.entity or m.text, m.start): m.start for m in before}
        counts[self.clean_name(people[0].entity or people[0].text, people[0].start)] += 1
        best = max(counts, key=lambda k: (counts[k], order.get(k, -1)))
        return best, Spk("name", pos, pos)

    def clean_name(self, name: str, pos: int, person: bool = False) -> str:
        """A mention's name without the titles, places and acronyms tagged onto it, made full. A person's
        name keeps a last word that is also a title ('Sudarnoto Abdul Hakim', 'Lukman Hakim')."""
        words = []
        for w in (p for word in name.split() for p in title_split(word)):
            cut = self.glued(w)
            words.append(w[:cut] if cut else unglue(self, w))
            if cut:
                break  # 'Baswedandi Kabupaten Sukabumi': the name ends inside the word
        end = len(words)
        while end > 0 and not self.namey(words[end - 1]):
            end -= 1
        if person and end < len(words) and end > 0 and self._surname(words[end]):
            end += 1
        start = end
        while start > 0 and (self.namey(words[start - 1]) or words[start - 1] in self.lex.particles):
            start -= 1
        while start < end and words[start] in self.lex.particles:
            start += 1  # 'Ursula von der Leyen': particles only inside a name
        return full_name(self, " ".join(self.trim_common(words[start:end])) or name, pos)

    def _surname(self, w: str) -> bool:
        """Whether a title word ending a tagged person's name is part of it ('Hakim' of 'Abdul Hakim')."""
        return w[:1].isupper() and not w.isupper() and w.lower() in self.lex.roles and w.lower() not in self.lex.places

    def _institution(self, spk: Spk) -> bool:
        words = self.text[spk.start : spk.end].split()
        if all(w.lower() in self.lex.places for w in words):
            return True
        return len(words) == 1 and (words[0].lower() in self.lex.institutions or words[0].isupper())

    def canonical(self, spk: Spk) -> str:
        """The article's canonical name for a speaker phrase (entity name, role holder or full name)."""
        name = self._canonical(spk)
        return self.aliases.get(name, name)

    def _canonical(self, spk: Spk) -> str:
        text = self.text[spk.start : spk.end]
        for m in self.doc.mentions:
            if m.start < spk.end and spk.start < m.end and m.type == "PER":
                own = self.clean_name(m.text, spk.start, person=True)
                return own if len(own.split()) > 1 else self.clean_name(m.entity or m.text, spk.start, person=True)
        if spk.kind == "role":
            holder = self._holder(text)
            head, _, rest = text.partition(" ")
            if not holder and head.lower() in self.lex.determiners and rest:
                holders = set(self._holders(rest))  # 'the minister': the one minister the article names
                holder = holders.pop() if len(holders) == 1 else None
            return holder or text[:1].upper() + text[1:]
        for m in self.doc.mentions:
            if m.start < spk.end and spk.start < m.end:
                if m.type in ("GPE", "LOC") and (m.start > spk.start or m.end < spk.end):
                    continue  # a place inside a body's name: 'Perkumpulan … Jasaboga Indonesia', 'Air India'
                lead = self.text[spk.start : m.start].split()
                if m.type == "ORG" and lead and all(self.namey(w) or self.common(w) for w in lead):
                    text = " ".join(self.trim_common(text.split()))  # not 'Manajemen Wilmar International'
                    break  # the tagger cut the body's first words: 'Himpunan [Kawasan Industri Indonesia]'
                if m.type != "PER" and m.entity and not self._ends_in_person(m.text):
                    return self._body_name(m.entity) if m.type == "ORG" else m.entity  # 'BMKG', 'Badan Intelijen …'
                return self.clean_name(m.entity or m.text, spk.start)
        return full_name(self, text, spk.start)

    def _body_name(self, name: str) -> str:
        """A body called by the last word of its name ('Madrid' for the club the article calls 'Real Madrid'):
        the one longer body name of the article ending in it, else ``name``."""
        if " " in name:
            return name
        longer = {
            m.entity
            for m in self.doc.mentions
            if m.type == "ORG" and m.entity and " " in m.entity and m.entity.split()[-1] == name
        }
        return longer.pop() if len(longer) == 1 else name

    def _ends_in_person(self, name: str) -> bool:
        """Whether a tagged body or place ends with a titled person ('… AKP Santi Marintan', 'SAR Mataram Dewi')."""
        words = [t[2] for t in tokens(name, 0, len(name))]
        k = len(words)
        while k > 0 and self.namey(words[k - 1]):
            k -= 1
        before = words[k - 1] if 0 < k < len(words) else ""
        if all(self.common(w) for w in words[k:]):
            return False  # 'Direktorat Jenderal Perhubungan Udara': common words end a body's name
        return before.lower() in self.lex.roles | self.lex.places or sum(map(str.isupper, before)) > 1

    def namey(self, w: str) -> bool:
        lw = w.lower()
        lex = self.lex
        if not w[:1].isupper() or (w.isupper() and len(w) > 1) or GLUED.search(w) or not w[-1].isalnum():
            return False
        if lex.possessives and w.endswith(lex.possessives):
            return False  # "Kenya's Kelvin Kiptum": the owner is not part of the name
        if lw.startswith("di") and lw.endswith(("kan", "nya")) and len(lw) > 7:
            return False  # a passive verb: 'Dijelaskan', 'Dikatakannya'

        return lw not in lex.roles and lw not in lex.not_names and lw not in lex.places

    def _holder(self, role: str) -> str | None:
        """The first person the article names right after ``role`` ('juru bicara Pentagon, Sabrina Singh')."""
        return next(self._holders(role), None)

    def _holders(self, role: str) -> Iterator[str]:
        """People named right after ``role``; past a body or acronym qualifying the office, the name set
        off by a comma ('Jaksa KPK, Wawan Yunarwanto'); never a body ('hakim Pengadilan Tipikor Jakarta Pusat')."""
        run = r"((?:[A-Z][\w’'.-]+ ?){1,4})"
        pat = re.compile(rf"\b(?i:{re.escape(role)})\s*,?\s*{run}(?:,\s*{run})?")
        for m in pat.finditer(self.text):
            for g in (1, 2):
                if m.group(g) is None:
                    break
                toks = tokens(self.text, m.start(g), m.end(g))
                spk = self.pick(toks, last=False)
                if spk and spk.kind == "name" and self._personal(spk):
                    yield self.clean_name(self.text[spk.start : spk.end], m.start(g))
                    break

    def _personal(self, spk: Spk) -> bool:
        """Whether a name picked after a role may be its holder: no acronym, no body ('Pemerintah Vietnam' keeps
        its country)."""
        words = self.text[spk.start : spk.end].split()
        if not words or words[0].isupper() or words[0].lower() in self.lex.body_heads:
            return False
        return not any(m.type == "ORG" and m.start < spk.end and spk.start < m.end for m in self.doc.mentions)
