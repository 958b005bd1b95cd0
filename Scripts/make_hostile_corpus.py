#!/usr/bin/env python3
"""Writes the hostile inputs of issue 8 ("size and count") to a folder OUT:

    OUT/big/laporan-panjang.md      a 50 MB article: news-like Indonesian sentences, varied
    OUT/longline/tanpa-spasi.md     a 2 MB body line with no spaces (under a short title)
    OUT/longline/tanpa-judul.txt    a 2 MB line with no spaces and nothing else (it is the title too)
    OUT/longline/satu-kata.md       a 2 MB line of letters only: one 2 MB word
    OUT/many/berita-000000.md …     100,000 small articles in one folder

    python3 Scripts/make_hostile_corpus.py /tmp/hostile
    python3 Scripts/make_hostile_corpus.py /tmp/hostile --big-mb 50 --line-mb 2 --count 100000 --seed 8

The words are Indonesian forms we annotated as genuine words (Scripts/eval/wordfreq-annotations.tsv)
placed in sentence frames of our own, with names, places, dates and numbers, so the analyser,
the entity recogniser and the temporal tagger all have work to do. The same seed gives the
same files.
"""

import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PEOPLE = ["Budi Santoso", "Siti Rahmawati", "Agus Salim", "Dewi Lestari", "Rudy Gunawan",
          "Ani Wijaya", "Hendra Kurniawan", "Lina Marlina", "Joko Susilo", "Rina Amelia"]
ORGS = ["PT Kereta Api Indonesia", "Badan Pusat Statistik", "Bank Indonesia", "Kementerian Keuangan",
        "Badan Nasional Penanggulangan Bencana", "Universitas Gadjah Mada", "PT Pertamina (Persero)"]
PLACES = ["Jakarta", "Surabaya", "Semarang", "Makassar", "Medan", "Kabupaten Garut", "Bandung",
          "Denpasar", "Pontianak", "Kota Ambon"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
TIMES = ["pada hari Senin", "kemarin", "pekan lalu", "bulan depan", "tahun lalu", "Kamis sore",
         "hari ini", "sejak pagi", "awal bulan ini", "akhir 2024"]
FRAMES = [
    "{person} mengatakan {w1} {w2} di {place} {time}.",
    "Menurut {org}, {w1} {w2} {w3} naik {num} persen {time}.",
    "Warga {place} {w1} {w2} sejak {day} {month} {year}.",
    "{org} {w1} bahwa {w2} {w3} akan {w4} {time}.",
    "Sebanyak {num} {w1} di {place} {w2} {w3}, kata {person}.",
    "\"Kami {w1} {w2} {w3},\" ujar {person} di {place}, {weekday} ({day}/{monthnum}/{year}).",
    "Harga {w1} di {place} mencapai Rp {num}.000 per kilogram {time}.",
    "{person} dan {person2} {w1} {w2} {w3} {w4} bersama {org}.",
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def vocabulary():
    """Genuine Indonesian word forms from our annotation of wordfreq's list."""
    words = []
    path = os.path.join(HERE, "eval", "wordfreq-annotations.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[1] == "id" and cols[0].isalpha() and len(cols[0]) > 2:
                words.append(cols[0])
    if not words:
        sys.exit("no words found in " + path)
    return words


def sentence(rng, words):
    person, person2 = rng.sample(PEOPLE, 2)
    return rng.choice(FRAMES).format(
        person=person, person2=person2, org=rng.choice(ORGS), place=rng.choice(PLACES),
        time=rng.choice(TIMES), weekday=rng.choice(WEEKDAYS), day=rng.randint(1, 28),
        month=rng.choice(MONTHS), monthnum=rng.randint(1, 12), year=rng.randint(2015, 2025),
        num=rng.randint(2, 950), w1=rng.choice(words), w2=rng.choice(words), w3=rng.choice(words),
        w4=rng.choice(words))


def paragraph(rng, words, sentences):
    return " ".join(sentence(rng, words) for _ in range(sentences))


def big_article(path, megabytes, rng, words):
    """About `megabytes` MB: sections with headings, paragraphs and some bullets."""
    target = megabytes * 1_000_000
    with open(path, "w", encoding="utf-8") as f:
        written = f.write("---\ntitle: Laporan Panjang Pembangunan Daerah\nsource: Kabar Uji\n"
                          "date: 2025-03-05\nauthor: Tim Redaksi\n---\n\n")
        section = 0
        while written < target:
            if section % 40 == 0:
                written += f.write("## Bagian %d: %s\n\n" % (section // 40 + 1, rng.choice(PLACES)))
            if section % 17 == 5:
                for _ in range(3):
                    written += f.write("- " + sentence(rng, words) + "\n")
                written += f.write("\n")
            written += f.write(paragraph(rng, words, rng.randint(3, 8)) + "\n\n")
            section += 1
    return os.path.getsize(path)


def no_space_line(megabytes, rng, words):
    """Words, numbers and punctuation glued together, with no white space at all."""
    target = megabytes * 1_000_000
    parts, size = [], 0
    while size < target:
        piece = rng.choice(words) + rng.choice(["", "", "-", ",", ".", str(rng.randint(0, 99))])
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:target]


def many_articles(folder, count, rng, words):
    os.makedirs(folder, exist_ok=True)
    total = 0
    for number in range(count):
        title = "%s %s di %s" % (rng.choice(words).capitalize(), rng.choice(words), rng.choice(PLACES))
        body = "\n\n".join(paragraph(rng, words, rng.randint(1, 3)) for _ in range(rng.randint(1, 3)))
        text = ("---\ntitle: %s\nsource: Kabar Uji\ndate: 20%02d-%02d-%02d\n---\n\n%s\n"
                % (title, rng.randint(15, 25), rng.randint(1, 12), rng.randint(1, 28), body))
        path = os.path.join(folder, "berita-%06d.md" % number)
        with open(path, "w", encoding="utf-8") as f:
            total += f.write(text)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the folder to write (created; existing files are overwritten)")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the big article in MB (default 50)")
    parser.add_argument("--line-mb", type=int, default=2, help="length of the line with no spaces in MB (default 2)")
    parser.add_argument("--count", type=int, default=100_000, help="number of small articles (default 100000)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--only", choices=["big", "longline", "many"], action="append",
                        help="write only these parts (repeatable)")
    args = parser.parse_args()
    parts = args.only or ["big", "longline", "many"]
    rng = random.Random(args.seed)
    words = vocabulary()

    if "big" in parts:
        os.makedirs(os.path.join(args.out, "big"), exist_ok=True)
        size = big_article(os.path.join(args.out, "big", "laporan-panjang.md"), args.big_mb, rng, words)
        print("big/laporan-panjang.md: %.1f MB" % (size / 1e6))
    if "longline" in parts:
        folder = os.path.join(args.out, "longline")
        os.makedirs(folder, exist_ok=True)
        line = no_space_line(args.line_mb, rng, words)
        with open(os.path.join(folder, "tanpa-spasi.md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: Baris Tanpa Spasi\nsource: Kabar Uji\ndate: 2025-03-05\n---\n\n"
                    "Paragraf pertama biasa di Jakarta kemarin.\n\n" + line + "\n\nParagraf terakhir biasa.\n")
        with open(os.path.join(folder, "tanpa-judul.txt"), "w", encoding="utf-8") as f:
            f.write(line + "\n")
        # Letters only: the whole line is one 2 MB "word".
        letters = "".join(c for c in line if c.isalpha())
        while len(letters) < len(line):
            letters += letters[: len(line) - len(letters)]
        with open(os.path.join(folder, "satu-kata.md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: Satu Kata Panjang\nsource: Kabar Uji\ndate: 2025-03-05\n---\n\n"
                    "Kalimat biasa sebelum kata panjang.\n\n" + letters + "\n\nKalimat biasa sesudahnya.\n")
        print("longline/: three files with a %.1f MB line" % (len(line) / 1e6))
    if "many" in parts:
        total = many_articles(os.path.join(args.out, "many"), args.count, rng, words)
        print("many/: %d articles, %.1f MB" % (args.count, total / 1e6))


if __name__ == "__main__":
    main()
