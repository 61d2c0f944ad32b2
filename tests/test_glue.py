"""Glued words from scraped link text: cut where the article writes a part on its own, nowhere else."""

from __future__ import annotations

from itertools import pairwise

import pytest

from silang.evaluate.stories import annotate
from silang.model import Document
from silang.ner.tokens import tokenize
from silang.normalize.glue import cuts, split_glued, standalone_words

TEXT = (
    "Advokat Marcella Santoso hadir di Gedung Bundar. Marcella Santosomengungkapkan hal itu kepadaRepublika "
    "usai diperiksa. Polisi memastikan tidak ada bom di pesawat, bomyang dilaporkan ternyata palsu. "
    "Hamdan dan Yudi memantau lewat TikTok dan WhatsApp, lalu terbang dengan AirAsia ke Kalimantan. "
    "Santosodi Jakarta menunggu. Berita lengkap ada di halaman berikut. Presiden Rusia VladimirPutin "
    "menyambut Prabowo; Putin berbicara lama. Hasto Kristiyanto hadir; Kristiyantomengurus partai sejak lama."
)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Santosomengungkapkan", ["Santoso", "mengungkapkan"]),
        ("kepadaRepublika", ["kepada", "Republika"]),
        ("bomyang", ["bom", "yang"]),
        ("Santosodi", ["Santoso", "di"]),
        ("Hamdan", ["Hamdan"]),  # "Ham" is not written on its own
        ("Yudi", ["Yudi"]),
        ("TikTok", ["TikTok"]),
        ("WhatsApp", ["WhatsApp"]),
        ("AirAsia", ["AirAsia"]),
        ("Kalimantan", ["Kalimantan"]),  # a word of the language, though "Kali" + "mantan" read as words
        ("halaman", ["halaman"]),
        ("VladimirPutin", ["Vladimir", "Putin"]),  # the right-hand name stands alone
        ("Kristiyantomengurus", ["Kristiyanto", "mengurus"]),  # a less frequent word, after a long name
    ],
)
def test_glued_words_are_cut_only_where_the_article_backs_it(word: str, parts: list[str]) -> None:
    at = cuts(word, standalone_words(TEXT))
    bounds = [0, *at, len(word)]
    assert [word[a:b] for a, b in pairwise(bounds)] == parts


def test_pieces_keep_offsets_into_the_text() -> None:
    toks = split_glued(tokenize(TEXT), standalone_words(TEXT))
    assert all(TEXT[t.start : t.end] == t.text for t in toks)
    assert "mengungkapkan" in {t.text for t in toks}


def test_a_glued_name_is_still_one_person() -> None:
    [doc] = annotate([Document(id="a", source="a", text=TEXT, published="2025-06-18")])
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert "Marcella Santoso" in names
    assert not any("mengungkapkan" in n for n in names)
