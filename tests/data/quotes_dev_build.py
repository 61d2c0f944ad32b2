"""Build tests/data/quotes_dev.jsonl from the reviewed draft plus hand edits (see quotes_dev.md)."""

import json

rs = {json.loads(l)["id"]: json.loads(l) for l in open("/work/shared/corpora/dev-id/articles.jsonl")}
draft = json.load(open("/tmp/qdev/draft_frozen.json"))
DELETE = {9, 102}
SPEAKER = {
    6: "Iwan Kurniawan Lukminto",
    7: "Iwan Kurniawan Lukminto",
    16: "Rifki Maulana",
    32: "Winam Agus",
    35: "Ainul Yakin",
    36: "Ainul Yakin",
    37: "Ainul Yakin",
    38: "Ainul Yakin",
    39: "Ainul Yakin",
    56: "Asosiasi Pertekstilan Indonesia",
    63: "Anggun C Sasmi",
    64: "Anggun C Sasmi",
    65: "Anggun C Sasmi",
    66: "Anggun C Sasmi",
    67: "Anggun C Sasmi",
    68: "Anggun C Sasmi",
    69: "jemaah haji",
    70: "Zuhrinah Ridwan",
    71: "Zuhrinah Ridwan",
    72: "Zuhrinah Ridwan",
    73: "Zuhrinah Ridwan",
    74: "Titi DJ",
    75: "Titi DJ",
    76: "Titi DJ",
    77: "Titi DJ",
    78: "Titi DJ",
    95: "Vernal Armando",
    96: "Danny Boyle",
    97: "Supian Suri",
    98: "Supian Suri",
    99: "Supian Suri",
    100: "Supian Suri",
    101: "Supian Suri",
    103: "Healthline",
    105: "Sony Susmana",
    111: "Al Ghazali",
    119: "Francesco Bagnaia",
    120: "Francesco Bagnaia",
    121: "Saifullah Yusuf",
    122: "Saifullah Yusuf",
    123: "Saifullah Yusuf",
    129: "Usmanto",
    130: "Usmanto",
    131: "Usmanto",
    132: "Usmanto",
    133: "Usmanto",
    142: "Iwan Kurniawan Lukminto",
    143: "Agus Subiyanto",
    144: "Agus Subiyanto",
    145: "Agus Subiyanto",
    146: "Agus Subiyanto",
    147: "Agus Subiyanto",
    148: "Agus Subiyanto",
    149: "Meutya Viada Hafid",
    152: "satpam rumah",
}
SPAN = {  # corrected span text (must occur inside the draft span's sentence)
    27: "kedua pelaku sedianya mengantongi izin kepemilikan senjata api jenisair gun",
    103: "vitamin C dalam kulit pisang berkontribusi pada produksi kolagen dan membantu menyamarkan bintik hitam serta bekas jerawat",
}
ALIASES = {
    "Saifullah Yusuf": ["Gus Ipul"],
    "Usmanto": ["Uswanto"],
    "Haji Isam": ["Andi Syamsuddin Arsyad"],
    "Anggun C Sasmi": ["Anggun"],
    "Asosiasi Pertekstilan Indonesia": ["API"],
}
ADD = [  # (article, exact text, speaker, direct)
    (
        "d0859",
        "saat perkara diusut, dirinya masih menjabat sebagai Wakil Direktur Utama",
        "Iwan Kurniawan Lukminto",
        False,
    ),
    ("d0859", "kredit itu hanya untuk pengembangan usaha dan membayar pekerja", "Iwan Kurniawan Lukminto", False),
    (
        "d2953",
        "lokasi pameran GIIAS saat ini, yaitu di ICE BSD, memang sudah tak lagi cukup untuk mengakomodir kebutuhan para agen pemegang merek (APM)",
        "Yohannes Nangoi",
        False,
    ),
    (
        "d2953",
        "pihaknya akan melakukan keputusan soal tempat baru GIIAS setelah selesai rangkaian untuk tahun ini (termasuk GIIAS The Series)",
        "Yohannes Nangoi",
        False,
    ),
    ("d0886", "pelaku adalah tetangga korban", "Ichwan Tuankotta", False),
    ("d0886", "pelaku sempat membekap mulut korban", "Ichwan Tuankotta", False),
    ("d0886", "bila kakak korban tak menghentikan aksi pelaku, maka bisa berakibat fatal", "Ichwan Tuankotta", False),
    ("d0886", "Korban, terang Ichwan, sudah melawan", "Ichwan Tuankotta", False),
    ("d0886", "Saat ini, jelas Ichwan, kondisi korban dalam keadaan trauma", "Ichwan Tuankotta", False),
    ("d0905", "Kerja sama tim menurutnya sangat penting", "Ainul Yakin", False),
    (
        "d1755",
        "Kantor Imigrasi Labuan Bajo, ujar Charles, telah menyiapkan langkah-langkah antisipatif untuk menghadapi kondisi darurat ini",
        "Charles Christian Mathaus",
        False,
    ),
    (
        "d1755",
        "kebijakan ini juga sesuai dengan Surat Edaran Imigrasi Nomor IMI-568.GR.01.01 Tahun 2025 tentang Penanganan Keimigrasian terhadap Orang Asing yang Berada di Wilayah Indonesia Terdampak Erupsi Gunung Lewotobi Laki-Laki",
        "Charles Christian Mathaus",
        False,
    ),
    (
        "d1755",
        "Meskipun situasi penerbangan sudah mulai pulih, kata dia, kewaspadaan tetap diperlukan",
        "Charles Christian Mathaus",
        False,
    ),
    ("d1114", "BPKB elektronik atau e-BPKB saat ini baru berlaku untuk kendaraan roda empat", "Sumardji", False),
    ("d0106", "Irwan lebih baik dari pada dirinya", "Ahmad Dhani", False),
    (
        "d2798",
        "sebelum meninggal pada usia 71 tahun, almarhum sempat dirawat di Saudia National Hospital (RS SNH) di Makkah, Arab Saudi",
        "Zuhrinah Ridwan",
        False,
    ),
    ("d1999", "banyak pemain di skuad saat ini tampil jauh dari ekspektasi", "Teddy Sheringham", False),
    (
        "d2766",
        "secara umumcuacaitu terjadi di daerah konvergensi memanjang dari perairan Barat Bengkulu hingga Lampung, dari Sulawesi Selatan hingga Selat Makassar dan di laut Sulawesi, Laut Jawa",
        "Sentia Arianti",
        False,
    ),
    (
        "d2766",
        "kondisi tersebut mampu meningkatkan potensi pertumbuhan awanhujandi sepanjang daerah yang dilewati konvergensi atau konfluensi",
        "Sentia Arianti",
        False,
    ),
    (
        "d2387",
        "Sayangnya, lanjut Amanda, perhatian negara terhadap sektor kelautan masih minim",
        "Amanda Katili Niode",
        False,
    ),
    (
        "d2919",
        "untukJaecoo J8akan langsung diproduksi lokal, dengan memanfaatkan fasilitas milik PT Handal Indonesia Motor (HIM)",
        "Rian Derdien Tirto",
        False,
    ),
    (
        "d0631",
        "kulit pisang bisa memberi efek halus sementara pada kulit, membuatnya tampak lebih kencang dan segar",
        "DermCollective",
        False,
    ),
    ("d0631", "banana peel instead of botox?? yes for me!", "@byzareefa", True),
    (
        "d0188",
        "7,3 juta peserta Penerima Bantuan Iuran Jaminan Kesehatan Nasional (PBI JKN) dinonaktifkan",
        "Saifullah Yusuf",
        False,
    ),
    ("d0665", "ranjau paku yang telah ia kumpulkan itu berasal dari patahan rangka payung", "Usmanto", False),
    ("d0751", "kapal induk itu melintasi perairan Laut Natuna Utara hingga Selat Malaka", "Tunggul", False),
    (
        "d0751",
        "hak lintas damaiberlaku bagi kapal induk Amerika Serikat (AS)USS Nimitz(CVN-68) yang hilang sinyal ketika melintasi perairan Indonesia",
        "Tunggul",
        False,
    ),
    (
        "d0747",
        "Pemahaman terhadap arah politik negara, kata dia, menjadi penting agar prajurit dapat bersikap tepat dalam menjalankan tugas dan menjaga stabilitas nasional",
        "Agus Subiyanto",
        False,
    ),
    (
        "d0018",
        "klub yang bermarkas di Friuli tersebut sudah mencapai kesepakatan dengan Leeds United untuk transfer Jaka Bijol",
        "Tuttomercatoweb",
        False,
    ),
    ("d1096", "Jangan menyebar fitnah.Gakbaik,", "Haji Isam", True),
]
out = []
for i, r in enumerate(draft):
    if i in DELETE:
        continue
    text = rs[r["article"]]["text"]
    start, end = r["start"], r["end"]
    if i in SPAN:
        k = text.find(SPAN[i], start - 200)
        assert k >= 0, i
        start, end = k, k + len(SPAN[i])
    spk = SPEAKER.get(i, r["speaker"])
    out.append(
        {
            "article": r["article"],
            "start": start,
            "end": end,
            "text": text[start:end],
            "speaker": spk,
            "direct": r["direct"],
        }
    )
for art, t, spk, direct in ADD:
    text = rs[art]["text"]
    assert text.count(t) == 1, (art, t, text.count(t))
    k = text.find(t)
    out.append({"article": art, "start": k, "end": k + len(t), "text": t, "speaker": spk, "direct": direct})
for row in out:
    if row["speaker"] in ALIASES:
        row["aliases"] = ALIASES[row["speaker"]]
    assert rs[row["article"]]["text"][row["start"] : row["end"]] == row["text"]
    assert row["speaker"], row
out.sort(key=lambda r: (r["article"], r["start"]))
with open("/work/main/tests/data/quotes_dev.jsonl", "w") as f:
    for row in out:
        row = {
            "article": row["article"],
            "outlet": rs[row["article"]]["outlet"],
            **{k: v for k, v in row.items() if k != "article"},
        }
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
import collections

print(
    len(out),
    "quotes;",
    len({r["article"] for r in out}),
    "articles;",
    collections.Counter(rs[r["article"]]["outlet"] for r in out),
    sum(r["direct"] for r in out),
    "direct",
)
