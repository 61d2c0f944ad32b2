"""What a word of a speaker phrase is, in its article: a common word capitalised by a sentence start
('Informasi', 'Pria'), a name with a function word glued on by lost markup ('Habiburokhmandalam'), part of
a dateline ('KOMPAS.com -'), or a name the article also writes on its own. Mixed into
:class:`silang.pipeline.speakers.Resolver`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silang.model import Document
from silang.pipeline.segment import dateline_end
from silang.pipeline.speaker_names import bounded, edge

if TYPE_CHECKING:
    from silang.pipeline.speaker_lexicon import Lexicon


class WordChecks:
    """Word-level checks over one article's text (``text``, ``lex``, ``doc`` set by the resolver)."""

    doc: Document
    text: str
    lex: Lexicon
    datelines: list[tuple[int, int]]
    alone: dict[tuple[str, str], bool]

    def _datelines(self) -> list[tuple[int, int]]:
        """Spans of the datelines opening the body paragraphs ('KOMPAS.com -', 'Liputan6.com, Jakarta -')."""
        ends = ((b.start, dateline_end(self.text, b.start, b.end)) for b in self.doc.body_blocks())
        return [(start, end) for start, end in ends if end > start]

    def _undated(self, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``toks`` without the words of a dateline (a word glued to its dash keeps its own part)."""
        if not self.datelines:
            return toks
        out = []
        for a, b, w in toks:
            end = next((db for da, db in self.datelines if da <= a < db), None)
            if end is None:
                out.append((a, b, w))
            elif b > end and w[end - a :].strip("-–— "):
                cut = end + len(w[end - a :]) - len(w[end - a :].lstrip("-–— "))
                out.append((cut, b, self.text[cut:b]))
        return out

    def common(self, w: str) -> bool:
        """Whether ``w`` is a word the language writes in lower case inside sentences ('Informasi', 'Pria')."""
        return not (w.isupper() and len(w) > 1) and w.lower() in self.lex.lower

    def sentence_initial(self, pos: int) -> bool:
        """Whether the word at ``pos`` opens a sentence, paragraph, quote or dateline: its capital says nothing."""
        k = pos
        while k > 0 and self.text[k - 1] in " \t\xa0":
            k -= 1
        return k == 0 or any(db in (pos, k) for _, db in self.datelines) or self.text[k - 1] in '\n.!?"“”:‘’-–—'

    def glued(self, w: str) -> int | None:
        """The length of the name in a word that lost markup glued to a function word ('Habiburokhmandalam'
        -> 11), or None. A short function word counts only when the name is also written alone."""
        lw = w.lower()
        if not w[:1].isupper() or lw in self.lex.lower or w.isupper():
            return None
        for g in self.lex.glue:
            head = w[: len(w) - len(g)]
            if not lw.endswith(g) or len(head) < 3 or head.lower() in self.lex.lower or not head[-1].isalpha():
                continue
            if self._head_elsewhere(head, g) or (len(g) >= 5 and bounded(self.text, w, 2) < 2):
                return len(head)
        return None

    def _head_elsewhere(self, head: str, tail: str) -> bool:
        """Whether the article writes ``head`` as a word start not followed by ``tail`` ('Isfahani' of
        'Isfahaniyang' in 'Isfahanimemberikan'), so that ``tail`` is not part of the name."""
        at = self.text.find(head)
        while at >= 0:
            after = re.match(r"[a-z]*", self.text[at + len(head) : at + len(head) + 30])
            rest = after.group() if after else ""
            if edge(self.text, at) and rest != tail and (not rest or rest in self.lex.lower or rest in self.lex.glue):
                return True
            at = self.text.find(head, at + 1)
        return False

    def stands_alone(self, name: str, before: str) -> bool:
        """Whether ``name`` is written somewhere without the word ``before`` in front of it."""
        key = (name, before)
        if key not in self.alone:
            at = self.text.find(name)
            found = False
            while at >= 0 and not found:
                lead = self.text[max(0, at - len(before) - 1) : at].strip()
                found = edge(self.text, at) and edge(self.text, at + len(name)) and lead.lower() != before.lower()
                at = self.text.find(name, at + 1)
            self.alone[key] = found
        return self.alone[key]

    def capitalised_inside(self, word: str) -> bool:
        """Whether the article writes ``word`` with its capital inside a sentence too (a name, then)."""
        at = self.text.find(word)
        while at >= 0:
            if edge(self.text, at) and edge(self.text, at + len(word)) and not self.sentence_initial(at):
                return True
            at = self.text.find(word, at + 1)
        return False

    def trim_common(self, words: list[str]) -> list[str]:
        """A name without the common words written in front of it ('Kontrak Cleylton Santos' -> 'Cleylton
        Santos', 'Musisi Ahmad Dhani'), when the article also writes the rest alone ('Anggun C Sasmi' stays)."""
        k = 0
        while k < len(words) - 1 and (self.common(words[k]) or self.lex.any_verb.fullmatch(words[k])):
            k += 1
        if k and self.stands_alone(" ".join(words[k:]), words[k - 1]):
            return words[k:]
        return words
