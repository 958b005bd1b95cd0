#!/usr/bin/env python3
"""Kabar's glossary and morphology evaluation, in one run.

Prints:
  1. lemma and root accuracy of Kabar's first analysis on our own list of word forms
     (Tests/KabarCoreTests/Resources/morphology-eval.tsv), and PySastrawi's root accuracy
     on the same list;
  2. the analyser's speed (kabar-bench analyze, release build);
  3. coverage of wordfreq's 10,000 most frequent Indonesian word forms: of the forms we
     annotated as genuine Indonesian words (Scripts/eval/wordfreq-annotations.tsv), the share
     whose first analysis is the annotated lemma (so its gloss is the right entry's);
  4. coverage of the bundled articles: every word outside names and numbers has a reading.

Development only (the product is Swift). Needs: pip install PySastrawi wordfreq
Run from the repository root:  python3 Scripts/eval_glossary.py
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KABAR = os.path.join(ROOT, ".build", "release", "kabar")
BENCH = os.path.join(ROOT, ".build", "release", "kabar-bench")


def run(args, **kw):
    return subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True, **kw).stdout


def gloss(words):
    """First analysis (lemma, root) of each word, from `kabar gloss --json`."""
    results = {}
    for i in range(0, len(words), 1000):
        batch = words[i:i + 1000]
        out = json.loads(run([KABAR, "gloss", "--json", "--"] + batch, env={**os.environ, "XDG_CONFIG_HOME": "/nonexistent"}))
        for item in out["results"]:
            analyses = item["analyses"]
            results[item["word"]] = (analyses[0]["lemma"], analyses[0]["root"]) if analyses else (None, None)
    return results


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def morphology():
    rows = read_tsv(os.path.join(ROOT, "Tests/KabarCoreTests/Resources/morphology-eval.tsv"))
    forms = [r[0] for r in rows]
    ours = gloss(forms)
    lemma_ok = sum(ours[f][0] == r[1] for f, r in zip(forms, rows))
    root_ok = sum(ours[f][1] == r[2] for f, r in zip(forms, rows))
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    stemmer = StemmerFactory().create_stemmer()
    sastrawi_ok = sum(stemmer.stem(f) == r[2] for f, r in zip(forms, rows))
    n = len(rows)
    print(f"morphology ({n} forms of our own):")
    print(f"  kabar     lemma accuracy {lemma_ok / n:.1%}   root accuracy {root_ok / n:.1%}")
    print(f"  sastrawi                          root accuracy {sastrawi_ok / n:.1%}")
    misses = [(f, r[1], ours[f][0]) for f, r in zip(forms, rows) if ours[f][0] != r[1]]
    if misses:
        print("  kabar lemma misses: " + ", ".join(f"{f}→{got} (want {want})" for f, want, got in misses[:40]))


def speed():
    print(run([BENCH, "analyze"]).strip())


def wordfreq_coverage():
    rows = read_tsv(os.path.join(ROOT, "Scripts/eval/wordfreq-annotations.tsv"))
    from wordfreq import top_n_list
    top = top_n_list("id", 10000)
    annotated = {r[0]: r for r in rows}
    missing = [w for w in top if w not in annotated and w.isalpha()]
    genuine = [r for r in rows if len(r) > 1 and r[1] == "id" and len(r) > 2 and r[2]]
    ours = gloss([r[0] for r in genuine])
    right = sum(ours[r[0]][0] == r[2] for r in genuine)
    any_reading = sum(ours[r[0]][0] is not None for r in genuine)
    counts = {}
    for r in rows:
        counts[r[1] if len(r) > 1 else "?"] = counts.get(r[1] if len(r) > 1 else "?", 0) + 1
    print(f"wordfreq top 10,000 ({len(rows)} annotated: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
    print(f"  genuine Indonesian forms resolving to the right lemma: {right}/{len(genuine)} = {right / len(genuine):.1%}"
          f"   (with any reading: {any_reading / len(genuine):.1%})")
    if missing:
        print(f"  not annotated: {len(missing)} alphabetic forms")
    wrong = [(r[0], r[2], ours[r[0]][0]) for r in genuine if ours[r[0]][0] != r[2]]
    print("  first misses: " + ", ".join(f"{f}→{got} (want {want})" for f, want, got in wrong[:40]))


def articles_coverage():
    names_path = os.path.join(ROOT, "Scripts/eval/articles-names.txt")
    names = {l.strip().lower() for l in open(names_path, encoding="utf-8") if l.strip() and not l.startswith("#")}
    tokens = json.loads(run([KABAR, "tokens", "--json", "Articles"]))["tokens"]
    words = sorted({t["text"].lower() for t in tokens if t["kind"] == "word"
                    and not any(c.isdigit() for c in t["text"]) and t["text"].lower() not in names})
    ours = gloss(words)
    unread = [w for w in words if ours[w][0] is None]
    print(f"Articles: {len(words) - len(unread)}/{len(words)} distinct words outside names and numbers have a reading"
          f" = {(len(words) - len(unread)) / len(words):.1%}")
    if unread:
        print("  without a reading: " + ", ".join(unread))


def main():
    subprocess.run(["swift", "build", "-c", "release", "--product", "kabar"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "kabar-bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    morphology()
    speed()
    wordfreq_coverage()
    articles_coverage()


if __name__ == "__main__":
    sys.exit(main())
