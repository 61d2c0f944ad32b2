"""Story clustering: seeds in one story with the right independence groups; incremental API; dev gate."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from silang.evaluate.stories import annotate
from silang.model import Document, Entity
from silang.pipeline.base import Corpus
from silang.pipeline.copies import find_derivations
from silang.pipeline.stories import Stories, StoryIndex, cluster

os.environ.setdefault("SILANG_STRICT", "1")
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpora/seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/corpora/seeds")


def seed_corpus() -> Corpus:
    docs = annotate([Document(id=p.stem, source=str(p), text=p.read_text()) for p in sorted(SEEDS.glob("*.txt"))])
    docs[2].wires, docs[4].wires = ["AFP"], ["Anadolu"]
    corpus = Corpus(docs={d.id: d for d in docs})
    corpus.derivations = find_derivations(docs)
    return corpus


@needs_seeds
def test_seeds_one_story_with_groups() -> None:
    corpus = seed_corpus()
    Stories().run(corpus)
    assert len(corpus.stories) == 1
    story = corpus.stories[0]
    ids = sorted(corpus.docs)
    assert story.articles == ids
    assert sorted(a for g in story.independent_groups for a in g) == ids  # each article in one group
    by = {a[:3]: g for g in story.independent_groups for a in g}
    assert by["000"] is by["004"] and by["001"] is not by["003"]
    assert story.title  # from its most central article


DAY = (
    "Banjir merendam {n} rumah warga di Kecamatan Cibeunying, Bandung, pada {d} Juni setelah hujan deras "
    "turun sejak sore. Petugas BPBD Kota Bandung mengevakuasi warga ke masjid terdekat dan membuka dapur umum."
)
OTHER = (
    "Timnas voli putri Indonesia kalah dari Vietnam dalam laga uji coba di Jakarta. "
    "Pelatih menyebut pemain kurang fokus di set kedua."
)
FTV = (
    "Saksikan FTV Kisah Nyata hanya di Indosiar setiap hari. Tonton cerita seru yang sarat kejutan "
    "lewat live streaming di Vidio bersama keluarga."
)


@pytest.mark.parametrize(
    ("text_b", "date_b", "same"),
    [
        (DAY.format(n=120, d=18) + " Air mulai surut pada malam hari.", "2025-06-18", True),  # follow-up
        (DAY.format(n=80, d=25), "2025-06-25", False),  # a new flood a week later
        (OTHER, "2025-06-18", False),
    ],
)
def test_event_level_links(text_b: str, date_b: str, same: bool) -> None:
    index = StoryIndex()
    a = Document(id="a", source="a", text=DAY.format(n=120, d=18), published="2025-06-18", outlet="x")
    b = Document(id="b", source="b", text=text_b, published=date_b, outlet="y")
    a, b = annotate([a, b])
    assert (index.add(a) == index.add(b)) is same


@pytest.mark.parametrize(("inferred", "same"), [(False, False), (True, True)])
def test_only_outlet_dates_keep_stories_apart(inferred: bool, same: bool) -> None:
    index = StoryIndex()
    a = Document(id="a", source="a", text=DAY.format(n=120, d=18), published="2025-06-18")
    b = Document(id="b", source="b", text=DAY.format(n=120, d=18) + " Air surut.", published="2025-06-11")
    b.published_inferred = inferred
    a, b = annotate([a, b])
    assert (index.add(a) == index.add(b)) is same


def test_template_titles_of_other_days_stay_apart() -> None:
    body = FTV
    index = StoryIndex()
    a = Document(
        id="a",
        source="a",
        text=body,
        title="Saksikan FTV Kisah Nyata, Rabu 18 Juni",
        outlet="l",
        published="2025-06-18",
    )
    b = Document(
        id="b",
        source="b",
        text=body,
        title="Saksikan FTV Kisah Nyata, Kamis 19 Juni",
        outlet="l",
        published="2025-06-19",
    )
    a, b = annotate([a, b])
    assert index.add(a) != index.add(b)


def test_state_round_trip_continues_the_same() -> None:
    docs = [Document(id=f"d{i}", source="", text=DAY.format(n=100 + i, d=18), published="2025-06-18") for i in range(4)]
    index = StoryIndex()
    for d in docs[:2]:
        index.add(d)
    restored = StoryIndex.from_state(json.loads(json.dumps(index.state)))
    assert restored.add(docs[2]) == index.add(docs[2])


DEV = SHARED / "corpora/dev-id/articles.jsonl"
LABELS = Path(__file__).parent / "data/stories_dev.jsonl"


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_file(), reason="needs dev-id")
def test_dev_quality_gate_and_order_stability() -> None:
    from silang.evaluate.stories import bcubed, load_articles, prf

    labels = [json.loads(x) for x in LABELS.read_text().splitlines()]
    gold = {r["id"]: r["story"] for r in labels}
    docs = load_articles(DEV, set(gold))
    corpus = Corpus(docs={d.id: d for d in docs})
    corpus.derivations = find_derivations(docs)
    pred = {a: s.id for s in cluster(corpus) for a in s.articles}
    assert bcubed(pred, gold)[2] >= 0.85
    pairs = {frozenset((r["id"], c["with"])) for r in labels for c in r["copies"]}
    assert prf({frozenset(d.articles) for d in corpus.derivations}, pairs)[2] >= 0.9
    # arrival order changes little: the online index fed in a shuffled order
    index = StoryIndex()
    shuffled = docs[:]
    random.Random(6).shuffle(shuffled)
    online = {d.id: index.add(d) for d in shuffled}
    assert bcubed(online, pred)[2] >= 0.9


QUAKE = (
    "Gempa magnitudo 4,8 mengguncang {p} pada Rabu (18/6/2025) pukul 10.15 WIB. "
    "BMKG menyebut gempa tidak berpotensi tsunami."
)


@pytest.mark.parametrize(("place_b", "differ"), [("Kabupaten Garut", False), ("Kabupaten Bondowoso", True)])
def test_lead_places_of_one_kind_of_incident(place_b: str, differ: bool) -> None:
    from silang.pipeline.story_signals import features, profile

    a, b = annotate(
        [
            Document(id="a", source="a", text=QUAKE.format(p="Kabupaten Garut"), published="2025-06-18"),
            Document(id="b", source="b", text=QUAKE.format(p=place_b), published="2025-06-18"),
        ]
    )
    feats = features(profile(a), profile(b), 0.6, lambda name: 1.0, None)
    assert bool(feats["place_differ"]) is differ


def test_a_place_glued_to_the_next_word_tells_no_incident_apart() -> None:
    from silang.pipeline.story_signals import profile

    text = QUAKE.format(p="Kabupaten Garut dan Kabupaten BondowosoMenurut")
    (doc,) = annotate([Document(id="a", source="a", text=text, published="2025-06-18")])
    start = text.index("Kabupaten Bondowoso")
    glued = Entity("Kabupaten BondowosoMenurut", "LOC", mentions=[doc.span(start, start + 26)])
    doc.entities = [e for e in doc.entities if "Bondowoso" not in e.name] + [glued]
    places = profile(doc)["places"]
    assert "kabupaten garut" in places and "kabupaten bondowosomenurut" not in places


def _place_profile(lead: list[str], elsewhere: list[str] = ()) -> dict:  # type: ignore[assignment]
    return {"places": lead, "all_places": [*lead, *elsewhere]}


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        # the incident's place and the hospital's district lead two follow-ups of one case
        (
            _place_profile(["jakarta selatan", "pasar kebayoran lama"]),
            _place_profile(["jakarta timur", "kramat jati"], ["pasar kebayoran lama"]),
            False,
        ),
        (_place_profile(["padang parimana"]), _place_profile(["kabupaten padang pariaman"]), False),  # misspelt
        (_place_profile(["indonesia"]), _place_profile(["kalimantan barat"]), False),  # a country tells nothing
        (_place_profile(["kabupaten garut"]), _place_profile(["kabupaten bondowoso"]), True),
    ],
)
def test_places_differ(a: dict, b: dict, differ: bool) -> None:
    from silang.pipeline.story_signals import places_differ

    common = {"indonesia", "jakarta"}
    assert places_differ(a, b, lambda name: 0.0 if name in common else 1.0) is differ


@pytest.mark.parametrize(
    ("title_a", "title_b", "template"),
    [
        (
            "Saksikan FTV Kisah Nyata di Indosiar, Rabu 18 Juni",
            "Saksikan FTV Kisah Nyata di Indosiar, Jumat 20 Juni",
            True,
        ),
        (
            "Geger Kasus Mutilasi di Padang Pariaman, Pelaku Terjerat 3 Kasus Pembunuhan",
            "Fakta-Fakta Kasus Mutilasi di Padang Pariaman, Motif Pelaku hingga Ada 2 Korban Lain",
            False,
        ),
    ],
)
def test_one_outlets_template_vs_two_pieces_of_a_story(title_a: str, title_b: str, template: bool) -> None:
    from silang.pipeline.copies import title_numbers
    from silang.pipeline.story_signals import features

    def prof(title: str) -> dict:
        nums = sorted(title_numbers(title))
        return {"date": "2025-06-20", "outlet": "x", "title": title, "title_numbers": nums, "entities": {}}

    empty = {"places": [], "event_date": None, "numbers": [], "identifiers": []}
    feats = features(prof(title_a) | empty, prof(title_b) | empty, 0.5, lambda name: 1.0, None)
    assert bool(feats["same_outlet_numbers_differ"]) is template


@pytest.mark.parametrize(
    ("title_a", "title_b", "differ"),
    [
        ("Harga Emas Antam Hari Ini 19 Juni 2025 Turun", "Harga Emas Antam Hari Ini 20 Juni 2025 Naik", True),
        ("Harga Emas Antam Hari Ini 19 Juni 2025 Turun", "Harga Emas Antam 19 Juni 2025, Cek Rinciannya", False),
        ("Harga Emas Antam Hari Ini 19 Juni 2025 Turun", "Harga Emas Antam Turun Lagi", False),
    ],
)
def test_titles_that_state_different_days_are_different_stories(title_a: str, title_b: str, differ: bool) -> None:
    from silang.model import Document
    from silang.pipeline.story_signals import title_days_differ, title_when

    a = Document(id="a", source="-", text="x", title=title_a, published="2025-06-19")
    b = Document(id="b", source="-", text="x", title=title_b, published="2025-06-20")
    assert title_days_differ(title_when(a), title_when(b)) is differ


@pytest.mark.parametrize(
    ("title_a", "outlet_b", "title_b", "differ"),
    [
        # one outlet's schedule template filled for two slots of one day
        (
            "Saksikan FTV Sore di Indosiar, Rabu 18 Juni Pukul 15.00 WIB",
            "Liputan6",
            "Saksikan FTV Premiere di Indosiar, Rabu 18 Juni Pukul 17.00 WIB",
            True,
        ),
        ("Gempa M5,2 Guncang Sumba Pukul 10.55 WITA", "Liputan6", "Gempa Guncang Sumba Pukul 10.55 WITA", False),
        # two outlets giving different times for one quake is a discrepancy, not two events
        ("Gempa M5,2 Guncang Sumba Pukul 10.55 WITA", "detikcom", "Gempa Guncang Sumba Pukul 10.56 WITA", False),
    ],
)
def test_one_outlets_titles_with_different_clock_times_are_different_slots(
    title_a: str, outlet_b: str, title_b: str, differ: bool
) -> None:
    from silang.model import Document
    from silang.pipeline.story_signals import title_times_differ, title_when

    a = Document(id="a", source="-", text="x", title=title_a, published="2025-06-18", outlet="Liputan6")
    b = Document(id="b", source="-", text="x", title=title_b, published="2025-06-18", outlet=outlet_b)
    pa, pb = title_when(a) | {"outlet": a.outlet}, title_when(b) | {"outlet": b.outlet}
    assert title_times_differ(pa, pb) is differ


def test_a_digest_joins_the_story_of_its_lead_item() -> None:
    flood = DAY.format(n=120, d=18) + " Wali Kota meninjau lokasi pengungsian dan menjanjikan bantuan logistik."
    volley = OTHER + " Tim akan kembali berlatih di Jakarta pekan depan sebelum berangkat ke turnamen berikutnya."
    docs = [
        Document(id="b", source="b", text=volley, title="Timnas Voli Putri Kalah dari Vietnam", published="2025-06-18"),
        Document(id="a", source="a", text=flood, title="Banjir Rendam 120 Rumah di Bandung", published="2025-06-18"),
        Document(
            id="z",
            source="z",
            text=f"Top 3 Berita Hari Ini.\n{flood}\nBerita kedua yang banyak menarik perhatian.\n{volley}",
            title="Top 3 Berita Hari Ini: Banjir Rendam 120 Rumah di Bandung",
            published="2025-06-18",
        ),
    ]
    corpus = Corpus(docs={d.id: d for d in annotate(docs)})
    corpus.derivations = find_derivations(list(corpus.docs.values()))
    assert {frozenset(d.articles) for d in corpus.derivations} >= {frozenset("az"), frozenset("bz")}
    story_of = {a: s.id for s in cluster(corpus) for a in s.articles}
    assert story_of["z"] == story_of["a"] != story_of["b"]


def test_one_statement_quoted_by_two_outlets_links_their_articles() -> None:
    from silang.pipeline.story_signals import quote_grams

    said = '"Kami akan memperketat pengawasan impor benang mulai bulan depan," kata Budi di Jakarta.'
    a, b, c = annotate(
        [
            Document(id="a", source="a", text=f"Kemendag menolak usulan bea masuk. {said}", published="2025-06-19"),
            Document(id="b", source="b", text=f"Pengusaha tekstil kecewa. {said}", published="2025-06-19"),
            Document(id="c", source="c", text='"Kami kecewa dengan keputusan itu," kata Anne.', published="2025-06-19"),
        ]
    )
    assert len(set(quote_grams(a)) & set(quote_grams(b))) >= 2
    assert not set(quote_grams(a)) & set(quote_grams(c))


def test_one_outlets_articles_are_one_independent_source() -> None:
    texts = [DAY.format(n=120, d=18) + extra for extra in ("", " Air mulai surut pada malam hari.", " Warga kembali.")]
    docs = annotate(
        [
            Document(id="a", source="a", text=texts[0], published="2025-06-18", outlet="Pikiran Rakyat"),
            Document(id="b", source="b", text=texts[1], published="2025-06-18", outlet="Pikiran Rakyat"),
            Document(id="c", source="c", text=texts[2], published="2025-06-18", outlet="Tribun Jabar"),
        ]
    )
    corpus = Corpus(docs={d.id: d for d in docs})  # no derivations: only the outlets tell
    [story] = cluster(corpus)
    assert story.independent_groups == [["a", "b"], ["c"]]


HEARING = (
    "Sidang kasus dugaan suap pengadaan bus sekolah dengan terdakwa Budi Santosa kembali digelar di "
    "Pengadilan Tipikor Jakarta. Jaksa menghadirkan {who} sebagai saksi. Sidang berlangsung pada {day} "
    "dan dipimpin ketua majelis hakim Rina Marlina. Terdakwa didampingi kuasa hukumnya selama sidang."
)


@pytest.mark.parametrize(
    ("day_b", "published_b", "same"),
    [
        ("Kamis (19/6/2025)", "2025-06-19", True),  # two reports of one hearing day
        ("Jumat (20/6/2025)", "2025-06-20", False),  # the next hearing day: another occurrence
    ],
)
def test_hearing_days_are_separate_stories(day_b: str, published_b: str, same: bool) -> None:
    a = Document(
        id="a",
        source="a",
        text=HEARING.format(who="mantan kepala dinas Andi Wijaya", day="Kamis (19/6/2025)"),
        published="2025-06-19",
        outlet="x",
    )
    b = Document(
        id="b",
        source="b",
        text=HEARING.format(who="mantan kepala dinas Andi Wijaya", day=day_b),
        published=published_b,
        outlet="y",
    )
    index = StoryIndex()
    a, b = annotate([a, b])
    assert (index.add(a) == index.add(b)) is same


GOLD = (
    "Harga emas Logam Mulia Antam 24 karat turun hari ini, {day}. Harga emas turun Rp {drop} per gram ke level "
    "Rp {price} per gram. Harga pembelian kembali (buyback) juga turun menjadi Rp 1.783.000 per gram."
)


@pytest.mark.parametrize(
    ("day_b", "published_b", "same"),
    [
        ("Rabu (18/6/2025)", "2025-06-18", True),  # two outlets' reports of one day's price
        ("Kamis (19/6/2025)", "2025-06-19", False),  # the next day's price: another occurrence
    ],
)
def test_one_days_gold_price_is_one_story(day_b: str, published_b: str, same: bool) -> None:
    a = Document(
        id="a",
        source="a",
        text=GOLD.format(day="Rabu (18/6/2025)", drop="7.000", price="1.943.000"),
        published="2025-06-18",
        outlet="x",
    )
    b = Document(
        id="b",
        source="b",
        text=GOLD.format(day=day_b, drop="7.000" if same else "6.000", price="1.943.000" if same else "1.937.000"),
        published=published_b,
        outlet="y",
    )
    index = StoryIndex()
    a, b = annotate([a, b])
    assert (index.add(a) == index.add(b)) is same


def test_a_long_running_index_forgets_what_can_no_longer_link() -> None:
    index = StoryIndex(window_days=4)
    days = [f"2025-06-{d:02d}" for d in range(1, 11)]
    docs = [
        Document(id=f"d{i}", source="", text=DAY.format(n=100 + i, d=int(day[-2:])), published=day)
        for i, day in enumerate(days)
    ]
    stories = [index.add(d) for d in annotate(docs)]
    assert set(index.terms.vec) == {"d5", "d6", "d7", "d8", "d9"}  # dated 2025-06-06 .. 2025-06-10
    assert all(index.story_of[d.id] == s for d, s in zip(docs, stories, strict=True))  # membership stays
    assert index.title(stories[0])  # a story of forgotten articles keeps its title
    same_day = Document(id="x", source="", text=DAY.format(n=109, d=10) + " Air surut.", published="2025-06-10")
    assert index.add(annotate([same_day])[0]) == stories[-1]


@pytest.mark.parametrize(
    ("title", "lang", "sentences"),
    [
        ("Eks Pejabat MA Divonis 16 Tahun Penjara!", "id", ["verdict:16 tahun"]),
        ("Vonis 16 Tahun untuk Eks Pejabat MA, Hakim: Usianya 63", "id", ["verdict:16 tahun"]),
        ("Terdakwa Pembunuhan Divonis Hukuman Mati", "id", ["verdict:mati"]),
        ("Akui Bersalah, Penyanyi Itu Dituntut 7 Tahun Penjara", "id", ["demand:7 tahun"]),
        ("Pendaki Ilegal Dihukum Bersihkan Kali 3 Bulan", "id", []),  # a penalty of work, no length after the verb
        ("Hakim Bergetar saat Bacakan Vonis: Serakah", "id", []),
        ("Former official sentenced to 16 years in prison", "en", ["verdict:16 years"]),
    ],
)
def test_titles_state_the_sentence_of_a_verdict(title: str, lang: str, sentences: list[str]) -> None:
    from silang.pipeline.story_signals import title_sentences

    assert title_sentences(title, lang) == sentences


VERDICT = (
    "JAKARTA - Majelis hakim Pengadilan Tipikor Jakarta menjatuhkan vonis {years} tahun penjara kepada {who} "
    "dalam perkara suap pengurusan perkara di Pengadilan Negeri Surabaya, Rabu (18/6/2025). Hakim menyatakan "
    "terdakwa terbukti bersalah memberi suap kepada tiga hakim untuk memengaruhi putusan bebas. Selain pidana "
    "penjara, terdakwa juga dihukum membayar denda Rp 500 juta subsider enam bulan kurungan. Vonis tersebut "
    "lebih ringan dari tuntutan jaksa. Atas putusan itu, terdakwa dan jaksa menyatakan pikir-pikir.\n"
)


def test_two_defendants_sentenced_the_same_day_are_two_stories() -> None:
    def doc(i: str, outlet: str, who: str, years: int) -> Document:
        title = f"{who.split(',')[0].title()} Divonis {years} Tahun Penjara"
        return Document(
            id=i,
            source=i,
            text=title + "\n" + VERDICT.format(years=years, who=who),
            title=title,
            published="2025-06-18",
            outlet=outlet,
        )

    docs = annotate(
        [
            doc("a", "detikcom", "ibu terdakwa pembunuhan, Meirizka Widjaja", 3),
            doc("b", "Liputan6", "ibu terdakwa pembunuhan, Meirizka Widjaja", 3),
            doc("c", "Okezone", "pengacara terdakwa pembunuhan, Lisa Rachmat", 11),
        ]
    )
    index = StoryIndex()
    a, b, c = (index.add(d) for d in docs)
    assert a == b
    assert c != a


def test_an_untitled_story_is_named_by_its_first_sentence_after_the_dateline() -> None:
    text = (
        "REPUBLIKA.CO.ID, CIREBON -- Dua orang penambang tertimbun longsor di area galian C Argasunya, Kota Cirebon. "
        "Polisi dan warga masih mencari kedua korban hingga Rabu malam."
    )
    (doc,) = annotate([Document(id="a", source="a", text=text, published="2025-06-18", outlet="Republika")])
    index = StoryIndex()
    story = index.add(doc)
    assert index.title(story) == "Dua orang penambang tertimbun longsor di area galian C Argasunya, Kota Cirebon."


def test_words_spelt_two_ways_are_one_term() -> None:
    from silang.pipeline.neighbours import TermIndex, terms, words

    a = (
        "Ribuan jamaah memadati Masjid Raya Baiturrahman untuk sholat Jum'at terakhir di bulan Ramadhan. "
        "Pengurus masjid menyebut resiko antrian panjang sudah diantisipasi sejak pagi."
    )
    b = (
        "Ribuan jemaah memadati Masjid Raya Baiturrahman untuk salat Jum’at terakhir di bulan Ramadan. "
        "Pengurus masjid menyebut risiko antrean panjang sudah diantisipasi sejak pagi."
    )
    assert terms(a) == terms(b)
    assert words("Sholat Jum'at") == ["salat", "jumat"]
    # a clitic is no part of the word ("rumahnya" = "rumah"); a short word ending alike stays ("hanya")
    assert words("Rumahnya hanya terendam, resikonya kecil") == ["rumah", "hanya", "terendam", "risiko", "kecil"]
    # an apostrophe the data does not list cuts the word as before; other words keep their spelling
    assert words("O'Reilly tiba di Bandara Soekarno-Hatta") == ["reilly", "tiba", "bandara", "soekarno", "hatta"]
    index = TermIndex()
    index.insert("a", terms(a))
    assert index.query(terms(b))[0][1] == pytest.approx(1.0)
    # British and American spellings in English articles; Indonesian data leaves English words alone
    london = "The defence ministry cancelled the programme after the organisation criticised its cost."
    new_york = "The defense ministry canceled the program after the organization criticized its cost."
    assert terms(london, lang="en") == terms(new_york, lang="en")
    assert terms(london) != terms(new_york)


def test_one_country_named_two_ways_links_the_articles() -> None:
    from silang.pipeline.neighbours import TermIndex, terms

    kompas = "Kementerian ESDM membuka peluang memakai teknologi Tiongkok dan Rusia untuk membangun PLTN pertama."
    detik = "Kementerian ESDM membuka peluang memakai teknologi China dan Rusia untuk membangun PLTN pertama."
    tempo = "Kementerian ESDM membuka peluang memakai teknologi Cina dan Rusia untuk membangun PLTN pertama."
    index = TermIndex()
    index.insert("kompas", terms(kompas))
    index.insert("detik", terms(detik))
    assert [c for _, c in index.query(terms(tempo))] == pytest.approx([1.0, 1.0], abs=1e-3)


def test_witnesses_of_one_hearing_day_are_one_story_and_the_next_days_hearing_another() -> None:
    kompas = Document(
        id="kompas",
        source="kompas",
        outlet="Kompas.com",
        published="2025-06-19",
        title="Mantan Kadis Pendidikan Bersaksi di Sidang Suap Bus Sekolah",
        text="JAKARTA, KOMPAS.com - Mantan Kepala Dinas Pendidikan DKI Andi Wijaya bersaksi dalam sidang kasus "
        "dugaan suap pengadaan bus sekolah dengan terdakwa Budi Santosa di Pengadilan Tipikor Jakarta, Kamis "
        '(19/6/2025). Andi mengaku pernah menerima uang Rp 500 juta dari rekanan. "Uang itu saya kembalikan," '
        "kata Andi di hadapan majelis hakim yang dipimpin Rina Marlina.",
    )
    detik = Document(
        id="detik",
        source="detik",
        outlet="detikcom",
        published="2025-06-19",
        title="Bendahara Ungkap Aliran Dana Suap Bus Sekolah ke Budi Santosa",
        text="Jakarta - Bendahara dinas, Siti Rahmawati, dihadirkan jaksa sebagai saksi dalam sidang perkara suap "
        "pengadaan bus sekolah di Pengadilan Tipikor Jakarta Pusat, Kamis (19/6/2025). Siti mengungkap aliran "
        "dana dari rekanan ke terdakwa Budi Santosa melalui tiga kali transfer. Sidang dipimpin hakim ketua "
        "Rina Marlina dan akan dilanjutkan pekan depan.",
    )
    next_day = Document(
        id="next",
        source="next",
        outlet="detikcom",
        published="2025-06-20",
        title="Sidang Suap Bus Sekolah, Jaksa Hadirkan Kontraktor",
        text="Jakarta - Jaksa menghadirkan kontraktor Heru Prasetyo sebagai saksi dalam sidang perkara suap "
        "pengadaan bus sekolah dengan terdakwa Budi Santosa di Pengadilan Tipikor Jakarta Pusat, Jumat "
        "(20/6/2025). Heru mengaku diminta menyetor uang kepada terdakwa. Sidang dipimpin hakim ketua Rina Marlina.",
    )
    index = StoryIndex()
    first, second, third = (index.add(d) for d in annotate([kompas, detik, next_day]))
    assert first == second  # two witnesses, one hearing day
    assert third != first


FLOOD = (
    "BANDUNG - Banjir merendam 120 rumah warga di Kecamatan Cibeunying, Kota Bandung, Rabu (18/6/2025), setelah "
    "hujan deras turun sejak sore. Ketinggian air mencapai satu meter di permukiman dekat Sungai Cikapundung. "
    "Camat Cibeunying Asep Sutisna mengatakan warga mulai mengungsi ke rumah kerabat."
)
KITCHEN = (
    "Badan Penanggulangan Bencana Daerah (BPBD) Kota Bandung membuka dapur umum di Masjid Al Ikhlas untuk 340 "
    "pengungsi banjir Cibeunying. Kepala BPBD Kota Bandung Yayan Ahmad mengatakan logistik cukup untuk tiga hari. "
    "Relawan Tagana ikut membagikan makanan siap saji."
)
BOTH = (
    "Bandung - Banjir merendam 120 rumah warga di Kecamatan Cibeunying, Kota Bandung, Rabu (18/6/2025), setelah "
    "hujan deras turun sejak sore. BPBD Kota Bandung membuka dapur umum di Masjid Al Ikhlas untuk 340 pengungsi "
    "banjir. Kepala BPBD Kota Bandung Yayan Ahmad mengatakan logistik cukup untuk tiga hari, sementara Camat "
    "Cibeunying Asep Sutisna menyebut warga mulai mengungsi."
)


def test_an_article_alone_joins_when_a_later_article_bridges_it_to_the_story() -> None:
    flood, kitchen, both = annotate(
        [
            Document(id="flood", source="a", text=FLOOD, published="2025-06-18", outlet="Pikiran Rakyat"),
            Document(id="kitchen", source="b", text=KITCHEN, published="2025-06-19", outlet="Tribun Jabar"),
            Document(id="both", source="c", text=BOTH, published="2025-06-19", outlet="detikcom"),
        ]
    )
    index = StoryIndex()
    index.add(flood)
    assert index.add(kitchen) != index.story_of["flood"]  # the next day's kitchen alone: too little shared
    index.add(both)  # the flood and the kitchen in one piece
    assert index.story_of["kitchen"] == index.story_of["flood"] == index.story_of["both"]
    assert sorted(index.members[index.story_of["flood"]]) == ["both", "flood", "kitchen"]
