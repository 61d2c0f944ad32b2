"""Entities per article and per story, on the seeds and on sentences written for each case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from silang.model import Document, Entity, Sentence, Story
from silang.ner.resolve import _Found, _propagate
from silang.ner.tagger import Token, tokenize
from silang.pipeline.entities import Entities, StoryEntities, canonical_for, fullest_roles, merge_story

from conftest import SEEDS, dev_records

GOLD = json.loads((SEEDS / "gold.json").read_text()) if (SEEDS / "gold.json").is_file() else {"entities": []}
GOLD_PER = [e for e in GOLD["entities"] if e["type"] == "PER"]


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


@pytest.fixture(scope="module")
def step() -> Entities:
    return Entities()


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, step: Entities) -> tuple[Story, list[Document]]:
    docs = []
    for p in sorted(seeds_dir.glob("*.txt")):
        doc = Document(p.stem, str(p), p.read_text())
        step.process(doc)
        docs.append(doc)
    story = Story("s1", "seeds", [d.id for d in docs])
    StoryEntities().process_story(story, docs)
    return story, docs


def _doc(text: str, step: Entities, doc_id: str = "t") -> Document:
    doc = Document(doc_id, doc_id, text)
    step.process(doc)
    return doc


def _story(*texts: str) -> Story:
    """A story of articles a0, a1, ... read from ``texts``, its entities merged."""
    step = Entities()
    docs = [_doc(text, step, f"a{k}") for k, text in enumerate(texts)]
    story = Story("s", "t", [d.id for d in docs])
    StoryEntities().process_story(story, docs)
    return story


def test_seeds_persons_found(seeds: tuple[Story, list[Document]]) -> None:
    story, _ = seeds
    names = {_norm(x) for e in story.entities for x in [e.name, *e.aliases]}
    found = [e["canonical"] for e in GOLD_PER if _norm(e["canonical"]) in names]
    assert len(found) >= 0.9 * len(GOLD_PER), set(e["canonical"] for e in GOLD_PER) - set(found)


@pytest.mark.parametrize(
    ("canonical", "alias"),
    [
        ("Korea Utara", "Korut"),
        ("Korea Selatan", "Korsel"),
        ("Amerika Serikat", "AS"),
        ("Perserikatan Bangsa-Bangsa", "PBB"),
        ("Korea Utara", "Pyongyang"),
        ("Rusia", "Moskow"),
        ("NATO", "Pakta Pertahanan Atlantik Utara"),
        ("Pentagon", "Kementerian Pertahanan AS"),
        ("Mark Rutte", "Rutte"),
        ("Lloyd Austin", "Austin"),
    ],
)
def test_seeds_aliases(seeds: tuple[Story, list[Document]], canonical: str, alias: str) -> None:
    story, _ = seeds
    ent = next(e for e in story.entities if e.name == canonical)
    assert alias in ent.aliases


@pytest.mark.parametrize(("article", "who"), [("003", "Kim Hong Kyun"), ("002", "Kim Yong-hyun")])
def test_seeds_bare_kim(seeds: tuple[Story, list[Document]], article: str, who: str) -> None:
    story, _ = seeds
    kims = [e.name for e in story.entities for m in e.mentions if m.article.startswith(article) and m.text == "Kim"]
    assert kims and set(kims) == {who}


@pytest.mark.parametrize("gold", [e for e in GOLD_PER if e.get("roles")], ids=lambda e: e["canonical"])
def test_seeds_roles(seeds: tuple[Story, list[Document]], gold: dict) -> None:
    story, _ = seeds
    ent = next(e for e in story.entities if e.name == gold["canonical"])
    assert {_norm(r) for r in gold["roles"]} <= {_norm(r) for r in ent.roles}


def test_seeds_different_full_names_stay_apart(seeds: tuple[Story, list[Document]]) -> None:
    story, _ = seeds
    kims = [e.name for e in story.entities if e.type == "PER" and e.name.startswith("Kim ")]
    assert {"Kim Hong Kyun", "Kim Yong-hyun", "Kim Jong Un"} <= set(kims)
    assert all(not (set(e.aliases) & {"Kim Hong Kyun", "Kim Yong-hyun", "Kim Jong Un"}) for e in story.entities)


def test_seeds_spans_are_exact(seeds: tuple[Story, list[Document]]) -> None:
    story, docs = seeds
    texts = {d.id: d.text for d in docs}
    for d in docs:
        assert all(d.text[m.start : m.end] == m.text for m in d.mentions)
        assert all(m.type in {"PER", "ORG", "GPE", "LOC"} and m.entity for m in d.mentions)
    for e in story.entities:
        assert all(texts[s.article][s.start : s.end] == s.text for s in e.mentions)
    # mentions point at story-level names after merging
    story_names = {e.name for e in story.entities}
    assert all(m.entity in story_names for d in docs for m in d.mentions)


@pytest.mark.parametrize(
    ("text", "mention", "entity", "kind"),
    [
        ("Pyongyang menentang tuduhan itu dan menyebutnya provokasi.", "Pyongyang", "Korea Utara", "GPE"),
        ("Amerika menyebut pasukan Pyongyang akan menjadi sasaran.", "Pyongyang", "Korea Utara", "GPE"),
        ("Rombongan delegasi itu tiba di Pyongyang pada Senin pagi.", "Pyongyang", "Pyongyang", "LOC"),
        ("Kremlin membantah laporan tersebut pada Selasa.", "Kremlin", "Kremlin", "ORG"),
        ("Moskow mengirim bantuan militer ke wilayah itu.", "Moskow", "Rusia", "GPE"),
        ("Menteri itu sedang berkunjung ke Seoul, kata pejabat.", "Seoul", "Seoul", "LOC"),
        ("Korut kembali meluncurkan rudal balistik.", "Korut", "Korea Utara", "GPE"),
        ("Sidang Dewan Keamanan PBB digelar di New York.", "Dewan Keamanan PBB", "Dewan Keamanan PBB", "ORG"),
    ],
)
def test_capitals_act_as_states(step: Entities, text: str, mention: str, entity: str, kind: str) -> None:
    doc = _doc(text, step)
    m = next(m for m in doc.mentions if m.text == mention)
    assert (m.entity, m.type) == (entity, kind)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Menhan Korsel Kim Yong-hyun mengatakan pasukan siap.", "Kim Yong-hyun", "Menteri Pertahanan Korea Selatan"),
        ("Sekjen NATO Mark Rutte tiba di Brussels.", "Mark Rutte", "Sekretaris Jenderal NATO"),
        ("Hal itu disampaikan Jubir Kemlu Judha Nugraha kepada wartawan.", "Judha Nugraha", "Juru bicara Kemlu"),
        (
            "Lloyd Austin, Menteri Pertahanan AS, menyebut hal itu berbahaya.",
            "Lloyd Austin",
            "Menteri Pertahanan Amerika Serikat",
        ),
        (
            "Kapolri Listyo Sigit Prabowo meninjau lokasi banjir.",
            "Listyo Sigit Prabowo",
            "Kepala Kepolisian Negara Republik Indonesia",
        ),
    ],
)
def test_roles_from_titles(step: Entities, text: str, name: str, role: str) -> None:
    doc = _doc(text, step)
    ent = next(e for e in doc.entities if e.name == name)
    assert role in ent.roles


def test_short_form_expands_to_fullest_name(step: Entities) -> None:
    doc = _doc("Mark Rutte tiba di Brussels. Rutte mengatakan NATO bersatu.", step)
    assert [m.entity for m in doc.mentions if m.type == "PER"] == ["Mark Rutte", "Mark Rutte"]


def test_bare_name_takes_nearest_preceding_full_name(step: Entities) -> None:
    text = (
        "Kim Jong Un memimpin rapat partai. Kemudian Wakil Menteri Luar Negeri Korsel Kim Hong Kyun "
        "memanggil duta besar. Kim meminta penarikan pasukan."
    )
    doc = _doc(text, step)
    last = [m for m in doc.mentions if m.text == "Kim"][-1]
    assert last.entity == "Kim Hong Kyun"


def test_story_never_joins_an_ambiguous_short_name() -> None:
    story = _story(
        "Kim Hong Kyun memanggil duta besar Rusia.",
        "Kim Yong-hyun bertemu Lloyd Austin di Washington.",
        "Kim mengatakan situasi berbahaya, kata Austin.",
    )
    names = {e.name for e in story.entities}
    assert {"Kim Hong Kyun", "Kim Yong-hyun", "Kim", "Lloyd Austin"} <= names
    austin = next(e for e in story.entities if e.name == "Lloyd Austin")
    assert {s.article for s in austin.mentions} == {"a1", "a2"}


def test_uses_segment_sentences_when_present(step: Entities) -> None:
    text = "Presiden Joko Widodo tiba. Ia disambut Gubernur Jawa Tengah Ganjar Pranowo."
    doc = Document("t", "t", text, sentences=[Sentence(0, 26, text[:26]), Sentence(27, len(text), text[27:])])
    step.process(doc)
    assert {"Joko Widodo", "Ganjar Pranowo"} <= {m.entity for m in doc.mentions if m.type == "PER"}


def test_canonical_for_covering_and_nearest(step: Entities) -> None:
    text = "Mark Rutte tiba. “Kami bersatu,” kata Rutte kepada wartawan."
    doc = _doc(text, step)
    at = text.index("Rutte kepada")
    assert canonical_for(doc, at, at + 5) == "Mark Rutte"
    quote_end = text.index("”") + 1
    assert canonical_for(doc, text.index("“"), quote_end) == "Mark Rutte"
    assert canonical_for(doc, 0, 0, reach=-1) is None


@pytest.mark.skipif(not SEEDS.parent.joinpath("dev-id").is_dir(), reason="needs dev-id")
def test_dev_articles_invariants(step: Entities) -> None:
    for rec in dev_records(40):
        doc = Document(rec["id"], rec["url"] or rec["id"], rec["text"])
        step.process(doc)
        assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)
        assert all(m.type in {"PER", "ORG", "GPE", "LOC"} and m.entity for m in doc.mentions)
        assert sum(len(e.mentions) for e in doc.entities) == len(doc.mentions)


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("Pyongyang denied the report on Tuesday.", "Pyongyang", "North Korea"),
        ("The delegation arrived in Pyongyang on Monday.", "Pyongyang", "Pyongyang"),
        ("Officials in Seoul said the UN must act.", "UN", "United Nations"),
    ],
)
def test_english_articles_use_english_names(step: Entities, text: str, mention: str, entity: str) -> None:
    doc = Document("t", "t", text, language="en")
    step.process(doc)
    assert next(m.entity for m in doc.mentions if m.text == mention) == entity


@pytest.mark.parametrize(
    ("roles", "kept"),
    [
        (["Duta Besar Rusia", "Duta Besar Rusia di Seoul"], ["Duta Besar Rusia di Seoul"]),
        (["Presiden", "presiden"], ["presiden"]),
        (["Menteri Pertahanan", "Menteri Luar Negeri"], ["Menteri Pertahanan", "Menteri Luar Negeri"]),
    ],
)
def test_fullest_roles(roles: list[str], kept: list[str]) -> None:
    assert fullest_roles(roles) == kept


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("Presiden Jokowi meresmikan bendungan di Jawa Tengah.", "Jokowi", "Joko Widodo"),
        ("Mantan Presiden SBY hadir dalam acara itu.", "SBY", "Susilo Bambang Yudhoyono"),
    ],
)
def test_known_short_names_of_people(step: Entities, text: str, mention: str, entity: str) -> None:
    doc = _doc(text, step)
    m = next(m for m in doc.mentions if m.text == mention)
    assert (m.entity, m.type) == (entity, "PER")


def test_role_with_ordinal() -> None:
    doc = _doc("Presiden ke-7 RI Joko Widodo menghadiri acara itu.", Entities())
    assert next(m.role for m in doc.mentions if m.entity == "Joko Widodo") == "Presiden ke-7 Indonesia"


@pytest.mark.parametrize(
    ("kind", "text", "becomes"),
    [("LOC", "Taeil", "PER"), ("ORG", "Moon", "PER"), ("LOC", "Seoul", "LOC"), ("ORG", "MOON", "ORG")],
)
def test_lone_word_of_a_full_name_is_a_person(kind: str, text: str, becomes: str) -> None:
    from silang.model import Mention
    from silang.ner.resolve import _person_parts

    mentions = [Mention(0, 10, "Moon Taeil", "PER"), Mention(20, 20 + len(text), text, kind)]
    _person_parts(mentions)
    assert mentions[1].type == becomes


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "Perum Badan Urusan Logistik (Bulog) menyalurkan beras. Bulog menambah stok di gudang.",
            "Bulog",
            "Badan Urusan Logistik",
        ),
        (
            "Komisi Pemilihan Umum (KPU) menetapkan hasil pemilu. KPU lalu mengumumkannya.",
            "KPU",
            "Komisi Pemilihan Umum",
        ),
    ],
)
def test_abbreviation_in_brackets_names_the_same_actor(step: Entities, text: str, short: str, long: str) -> None:
    doc = _doc(text, step)
    shorts = [m for m in doc.mentions if m.text == short]
    longs = [m for m in doc.mentions if long in m.text]
    assert len(shorts) == 2 and longs
    assert {m.entity for m in shorts} == {longs[0].entity}


@pytest.mark.parametrize(
    ("short", "long", "ok"), [("Bulog", "Badan Urusan Logistik", True), ("Xyz", "Badan Urusan", False)]
)
def test_abbreviates(short: str, long: str, ok: bool) -> None:
    from silang.ner.resolve import _abbreviates

    assert _abbreviates(short, long) is ok


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.parent.joinpath("dev-id").is_dir(), reason="needs dev-id")
def test_whole_dev_corpus_spans_are_exact(step: Entities) -> None:
    total = 0
    for rec in dev_records():
        doc = Document(rec["id"], rec["url"] or rec["id"], rec["text"])
        total += step.process(doc)
        assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)
    assert total > 10 * 3000


def _found(sentence: str, tagged: list[tuple[int, int, str]]) -> tuple[list[_Found], list[Token]]:
    toks = tokenize(sentence)
    return [_Found(a, b, kind, toks) for a, b, kind in tagged], toks


@pytest.mark.parametrize(
    ("first", "tagged", "second", "added"),
    [
        # a name tagged once is tagged where it recurs untagged, with the same type
        (
            "Pelatih Liverpool Juergen Klopp memuji timnya .",
            [(1, 2, "ORG"), (2, 4, "PER"), (3, 4, "PER")],
            "Menurut dia , Klopp puas .",
            [("PER", "Klopp")],
        ),
        ("Warga Sanan membuat keripik tempe .", [(1, 2, "LOC")], "Kampung di Sanan ramai .", [("LOC", "Sanan")]),
        # never a part of a longer capitalised name, nor a company's "(Persero)"
        ("Direktur Yamal berbicara .", [(1, 2, "PER")], "Kata Lamine Yamal kepada wartawan .", []),
        ("Persero itu untung .", [(0, 1, "ORG")], "PT Bank Rakyat Indonesia ( Persero ) untung .", []),
        # only as written: the lower-case word is not the name
        ("Buka puasa bersama .", [(0, 1, "ORG")], "Acara buka puasa di masjid .", []),
    ],
)
def test_document_pass_tags_recurring_names(
    first: str, tagged: list[tuple[int, int, str]], second: str, added: list[tuple[str, str]]
) -> None:
    one, toks1 = _found(first, tagged)
    two, toks2 = _found(second, [])
    n = _propagate([one, two], [toks1, toks2], "id")
    got = [(f.type, " ".join(t.text for t in f.sent[f.first : f.last])) for f in two]
    assert got == added and n == len(added)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kapolda Sumut Irjen Wishnu Hermawan Februanto mengatakan situasi bandara aman.", "Wishnu Hermawan Februanto"),
        ("Kapolres Bogor AKBP Rio Wahyu Anggoro meninjau lokasi longsor.", "Rio Wahyu Anggoro"),
    ],
)
def test_a_rank_after_a_region_is_no_part_of_the_name(step: Entities, text: str, name: str) -> None:
    doc = _doc(text, step)
    people = {e.name for e in doc.entities if e.type == "PER"}
    assert name in people, people


def test_a_short_form_an_article_defines_names_the_body_across_the_story() -> None:
    story = _story(
        "Harga emas PT Aneka Tambang Tbk (Antam) turun Rp6.000 per gram pada Kamis.",
        "Antam menjual emas batangan seharga Rp1,9 juta per gram. Antam juga membeli kembali emas.",
    )
    body = next(e for e in story.entities if e.name == "PT Aneka Tambang Tbk")
    assert body.type == "ORG"
    assert {s.article for s in body.mentions} == {"a0", "a1"}
    assert "Antam" not in {e.name for e in story.entities}


def test_an_accent_does_not_split_a_person_across_the_story() -> None:
    story = _story(
        "Gol Francisco Conceicao membawa Juventus unggul atas Al Ain di Washington.",
        "Pelatih memuji Francisco Conceição usai laga. Conceição mencetak gol kelima.",
    )
    people = [e for e in story.entities if "conceic" in e.name.lower().replace("ç", "c")]
    assert len(people) == 1 and {s.article for s in people[0].mentions} == {"a0", "a1"}


def test_one_place_under_the_ways_its_head_is_written() -> None:
    story = _story(
        "Pesawat itu mendarat darurat di Bandara Internasional Kualanamu, Deli Serdang, pada Selasa pagi. "
        "Penumpang kemudian dibawa keluar dari Bandara Kualanamu menuju hotel.",
        "Petugas di Bandar Udara Kualanamu telah berkoordinasi dengan polisi sejak pagi.",
        "Kapolda mengatakan Kepolisian Daerah Sumut memeriksa pesawat. Polda Sumut menurunkan tim.",
    )
    airports = [e for e in story.entities if "kualanamu" in e.name.lower()]
    assert len(airports) == 1 and {s.article for s in airports[0].mentions} == {"a0", "a1"}
    assert airports[0].type == "LOC"
    police = [e for e in story.entities if "sumut" in e.name.lower()]
    assert len(police) == 1 and len(police[0].mentions) == 2


def test_a_head_of_a_place_keeps_apart_what_its_name_does_not_join() -> None:
    story = _story(
        "Pesawat mendarat di Bandara Internasional Kualanamu setelah terbang dari Bandara Jeddah.",
        "Jemaah haji tiba di Jeddah pada Senin dan terbang ke Bandar Udara Soekarno-Hatta.",
    )
    found = {e.name for e in story.entities}
    assert {"Jeddah", "Bandara Jeddah"} <= found  # the city is no airport
    assert len([n for n in found if "Kualanamu" in n or "Soekarno" in n]) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hasto disebut memerintahkan Harun Masiku standby di kantor DPP PDIP agar tak terlacak KPK.", "Harun Masiku"),
        ("Saham di Asia Tenggara anjlok imbas perang dagang, kata analis.", "Asia Tenggara"),
    ],
)
def test_a_persons_or_places_name_ends_on_a_capital(step: Entities, text: str, name: str) -> None:
    found = [m.text for m in _doc(text, step).mentions]
    assert name in found
    assert not any(f.startswith(name + " ") for f in found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Hasto dua kali menolak tawaran menjabat sebagai menteri di Kabinet Jokowi.", "Jokowi", None),
        ("Di hadapan majelis hakim, Cecep mengulas komitmen terdakwa.", "Cecep", None),
        ("Hal itu disampaikan kepada Menteri Luar Negeri, Sugiono, di Jakarta.", "Sugiono", "Menteri Luar Negeri"),
        ("Mulanya, juru bicara Kemlu, Roy Soemirat menjelaskan hal itu.", "Roy Soemirat", "Juru Bicara Kemlu"),
        ("Rapat itu dihadiri Sekretaris Kabinet Pramono Anung di Istana.", "Pramono Anung", "Sekretaris Kabinet"),
        (
            "Presiden pada Selasa mengancam pemimpin tertinggi Iran, Ayatollah Ali Khamenei.",
            "Ayatollah Ali Khamenei",
            "Pemimpin Tertinggi Iran",
        ),
    ],
)
def test_no_role_from_a_phrase_that_only_ends_before_the_name(
    step: Entities, text: str, name: str, role: str | None
) -> None:
    m = next(m for m in _doc(text, step).mentions if m.text == name)
    assert m.role == role


def test_a_party_under_its_short_names_is_one_actor() -> None:
    story = _story(
        "Sekjen PDIP Hasto Kristiyanto hadir di Pengadilan Tipikor Jakarta pada Jumat.",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P) menyatakan menghormati proses hukum.",
        "Kader PDI Perjuangan memadati ruang sidang, sementara Golkar memilih diam.",
    )
    party = next(e for e in story.entities if e.name == "Partai Demokrasi Indonesia Perjuangan")
    assert party.type == "ORG" and {s.article for s in party.mentions} == {"a0", "a1", "a2"}
    assert "Partai Golongan Karya" in {e.name for e in story.entities}


@pytest.mark.parametrize(
    ("text", "actor"),
    [("PAN", "Partai Amanat Nasional"), ("Pan", None), ("Golkar", "Partai Golongan Karya"), ("KY", "Komisi Yudisial")],
)
def test_an_acronym_names_its_actor_only_in_capitals(text: str, actor: str | None) -> None:
    from silang.ner import names

    found = names.known(text)
    assert (found.name if found else None) == actor


@pytest.mark.parametrize(
    ("person", "lone", "kind", "joined"),
    [
        ("Francisco Conceicao", "Conceição", "LOC", True),  # a surname the tagger took for a place joins its person
        ("Francisco Conceicao", "Juventus", "ORG", False),  # no person's name ends with it
        ("Denzel Washington", "Washington", "LOC", False),  # a place the gazetteer knows stays a place
    ],
)
def test_a_lone_surname_typed_otherwise_joins_its_person(person: str, lone: str, kind: str, joined: bool) -> None:
    def doc(doc_id: str, text: str, name: str, etype: str) -> Document:
        d = Document(doc_id, doc_id, text)
        spans = [d.span(k, k + len(name)) for k in range(len(text)) if text.startswith(name, k)]
        d.entities = [Entity(name, etype, [], [], spans)]
        return d

    docs = [
        doc("a0", f"Gol {person} membawa timnya unggul. Setelah laga, {person} menyapa suporter.", person, "PER"),
        doc("a1", f"Pelatih memuji {lone} usai laga.", lone, kind),
    ]
    mapping = merge_story(docs)
    assert (mapping[("a1", lone)] == person) is joined
