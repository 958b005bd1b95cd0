#!/usr/bin/env python3
"""Score Kabar's temporal tagger and dateparser on the annotated time-expression set.

The set (Tests/KabarCoreTests/Resources/timex-eval, format in its README.txt) marks every
time expression inline as [[TYPE|VALUE|surface]]. This script strips the markup, then:

  1. runs `kabar timeline --json` (binary from $KABAR_BIN, default .build/release/kabar) on
     the texts written out as Markdown articles, if that command exists;
  2. runs dateparser.search.search_dates on the same title and body texts (languages ["id"],
     RELATIVE_BASE the article date at 12:00 when there is one, PREFER_DATES_FROM "past",
     DATE_ORDER "DMY"); its datetimes are written at the gold value's granularity, and it
     can never be right where the gold value is null, a duration, a set or a decade;
  3. prints, for both systems, strict extent P/R/F1 (same article, field, start and end),
     relaxed extent F1 (any overlap) and value accuracy: among the gold expressions that a
     system expression overlaps (the one with the largest overlap if several), the share
     whose TIMEX3 value equals the gold value (null == null counts). For Kabar also strict
     F1 per type (a match needs the same type and extent), the bars (strict F1 >= 0.90,
     value accuracy >= 0.90) and whether Kabar beats dateparser on both.

Offsets are Unicode code points into the field text: "title" is the headline, "body" the
paragraphs joined by "\\n\\n" exactly as in the file after line 4, without a final newline.

Development only (the product is Swift). Needs: pip install dateparser
Run from the repository root:  python3 Scripts/eval_timeline.py [FOLDER] [--verbose]
Exit status 0, or 2 (with file:line) when a gold file is malformed.
"""
import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(ROOT, "Tests", "KabarCoreTests", "Resources", "timex-eval")
DEFAULT_KABAR = os.path.join(ROOT, ".build", "release", "kabar")

TYPES = ("date", "time", "duration", "set")
MARK = re.compile(r"\[\[([^\[\]|\n]*)\|([^\[\]|\n]*)\|([^\[\]|\n]*)\]\]")
VALUE_SYNTAX = {
    "date": re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|\d{3}X|\d{4}-W\d{2}(-WE)?|\d{4}-[QH]\d"),
    "time": re.compile(r"\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|MI|AF|EV|NI)"),
    # Compound durations too (P8Y6M, PT1H58M), with decimals (P1.5Y) or X for "some".
    "duration": re.compile(r"P(?=[\dXT])((\d+(\.\d+)?|X)[YMWD])*(T((\d+(\.\d+)?|X)[HMS])+)?"),
    "set": re.compile(r"P\d+[DWMY]|PT\d+[HM]|XXXX-WXX-[1-7]|XXXX-XX-XXT(MO|MI|AF|EV|NI)"),
}
BARS = {"strict_f1": 0.90, "value_acc": 0.90}
NO_VALUE = "(no comparable value)"  # what dateparser's answer becomes where it cannot be right


@dataclass(frozen=True)
class Expr:
    """One time expression, gold or system: where it is, what it says, what it means."""
    article: str
    field: str
    start: int
    end: int
    text: str
    type: str | None
    value: str | None


@dataclass
class Article:
    name: str
    date: dt.date | None
    title: str
    body: str
    gold: list


class GoldError(Exception):
    """A malformed gold file, with the place to fix it."""

    def __init__(self, path, line, message):
        shown = os.path.relpath(path)
        super().__init__(f"{path if shown.startswith('..') else shown}:{line}: {message}")


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def strip_markup(line, path, lineno):
    """The plain text of one line and its marks as (start, end, type, value, surface)."""
    plain, marks, last = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        before = line[last:m.start()]
        plain.append(before)
        length += len(before)
        typ, value, surface = m.groups()
        if typ not in TYPES:
            raise GoldError(path, lineno, f"unknown type '{typ}' in {m.group(0)}")
        if not surface or surface != surface.strip():
            raise GoldError(path, lineno, f"empty or space-padded surface in {m.group(0)}")
        if value != "null" and not VALUE_SYNTAX[typ].fullmatch(value):
            raise GoldError(path, lineno, f"invalid {typ} value '{value}' in {m.group(0)}")
        if value == "null" and typ in ("duration", "set"):
            raise GoldError(path, lineno, f"a {typ} always has a value: {m.group(0)}")
        marks.append((length, length + len(surface), typ, None if value == "null" else value, surface))
        plain.append(surface)
        length += len(surface)
        last = m.end()
    plain.append(line[last:])
    text = "".join(plain)
    for bad in ("[[", "]]", "|"):
        if bad in text:
            raise GoldError(path, lineno, f"stray '{bad}' outside well-formed markup")
    return text, marks


def load_article(path):
    """Reads one gold file (format: README.txt) into an Article with its gold expressions."""
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) < 5:
        raise GoldError(path, len(lines) + 1, "expected date, blank, headline, blank, body")
    m = re.fullmatch(r"date: (\d{4}-\d{2}-\d{2}|none)", lines[0])
    if not m:
        raise GoldError(path, 1, "expected 'date: YYYY-MM-DD' or 'date: none'")
    try:
        date = None if m.group(1) == "none" else dt.date.fromisoformat(m.group(1))
    except ValueError:
        raise GoldError(path, 1, f"invalid date {m.group(1)}") from None
    if lines[1] != "":
        raise GoldError(path, 2, "expected a blank line")
    if not lines[2].strip():
        raise GoldError(path, 3, "expected the headline")
    if lines[3] != "":
        raise GoldError(path, 4, "expected a blank line")

    gold = []
    title, marks = strip_markup(lines[2], path, 3)
    gold += [Expr(name, "title", s, e, t, typ, v) for s, e, typ, v, t in marks]

    paragraphs, offset = [], 0
    for i, line in enumerate(lines[4:]):
        lineno = i + 5
        if i % 2 == 1:
            if line != "":
                raise GoldError(path, lineno, "paragraphs must be separated by one blank line")
            continue
        if not line.strip():
            raise GoldError(path, lineno, "expected a paragraph, found a blank line")
        text, marks = strip_markup(line, path, lineno)
        gold += [Expr(name, "body", offset + s, offset + e, t, typ, v) for s, e, typ, v, t in marks]
        paragraphs.append(text)
        offset += len(text) + 2
    body = "\n\n".join(paragraphs)

    for field, text in (("title", title), ("body", body)):
        if unicodedata.normalize("NFC", text) != text:
            raise GoldError(path, 3 if field == "title" else 5, f"{field} is not NFC")
    for g in gold:
        assert (title if g.field == "title" else body)[g.start:g.end] == g.text
    return Article(name, date, title, body, gold)


def load_gold(folder):
    paths = sorted(p for p in os.listdir(folder) if p.endswith(".txt") and p != "README.txt")
    if not paths:
        raise GoldError(folder, 0, "no gold files")
    return [load_article(os.path.join(folder, p)) for p in paths]


def field_text(article, field):
    return article.title if field == "title" else article.body


# ---------------------------------------------------------------------------------------
# Kabar
# ---------------------------------------------------------------------------------------

def yaml_scalar(text):
    """A front-matter value: plain unless a plain scalar would be misread."""
    if text[:1] in ("\"", "'", "[") or text != text.strip():
        return json.dumps(text, ensure_ascii=False)
    return text


def write_markdown(article, folder):
    lines = ["---", f"title: {yaml_scalar(article.title)}"]
    if article.date:
        lines.append(f"date: {article.date.isoformat()}")
    lines += ["language: id", "---", "", article.body, ""]
    with open(os.path.join(folder, article.name + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def run_kabar(articles, binary):
    """Kabar's expressions, or (None, reason) when `kabar timeline` cannot be run."""
    by_name = {a.name: a for a in articles}
    with tempfile.TemporaryDirectory(prefix="kabar-timex-") as tmp:
        for a in articles:
            write_markdown(a, tmp)
        try:
            proc = subprocess.run([binary, "timeline", "--json", tmp], cwd=ROOT, capture_output=True,
                                  text=True, timeout=600,
                                  env={**os.environ, "XDG_CONFIG_HOME": "/nonexistent"})
        except (OSError, subprocess.TimeoutExpired) as e:
            return None, f"{binary}: {e.__class__.__name__}: {e}"
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        return None, f"exit {proc.returncode}: {detail}"
    try:
        events = json.loads(proc.stdout)["events"]
    except (ValueError, KeyError, TypeError) as e:
        return None, f"unreadable JSON: {e}"

    exprs, mismatches = [], []
    for ev in events:
        article = by_name.get(ev.get("article"))
        field = ev.get("field")
        if article is None or field not in ("title", "body"):
            mismatches.append(f"unknown article/field {ev.get('article')!r}/{field!r}")
            continue
        start, end, text = ev.get("start"), ev.get("end"), ev.get("text")
        if field_text(article, field)[start:end] != text:
            mismatches.append(f"{article.name}/{field} [{start}:{end}] text {text!r} != "
                              f"{field_text(article, field)[start:end]!r}")
        exprs.append(Expr(article.name, field, start, end, text, ev.get("type"), ev.get("value")))
    return exprs, mismatches


# ---------------------------------------------------------------------------------------
# dateparser
# ---------------------------------------------------------------------------------------

def run_dateparser(articles):
    """dateparser's expressions (value: the datetime it returned) and how many it returned
    that could not be found back in the text."""
    from dateparser.search import search_dates

    exprs, lost = [], 0
    for a in articles:
        # DMY: Indonesian datelines are day/month ("Sabtu (2/11/2024)"); without it
        # dateparser reads them month first.
        settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
        if a.date:
            settings["RELATIVE_BASE"] = dt.datetime.combine(a.date, dt.time(12, 0))
        for field in ("title", "body"):
            text = field_text(a, field)
            found = search_dates(text, languages=["id"], settings=settings) or []
            pos = 0
            for substring, when in found:
                start = text.find(substring, pos)
                if start < 0:
                    lost += 1
                    continue
                pos = start + len(substring)
                exprs.append(Expr(a.name, field, start, pos, substring, None, when))
    return exprs, lost


def format_like(when, gold_value):
    """A dateparser datetime written at the granularity of the gold value, or NO_VALUE
    where no datetime can express the gold value (null, duration, set, decade)."""
    if gold_value is None or not isinstance(when, dt.datetime):
        return NO_VALUE
    v = gold_value
    if v.startswith("P") or v.startswith("XXXX") or re.fullmatch(r"\d{3}X", v):
        return NO_VALUE
    year, week, weekday = when.isocalendar()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", v):
        return when.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[A-Z]{2}", v):  # part of day: only the date can match
        return when.strftime("%Y-%m-%d") + v[10:]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return when.strftime("%Y-%m-%d")
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return when.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", v):
        return when.strftime("%Y")
    if re.fullmatch(r"\d{4}-W\d{2}-WE", v):  # a weekend: the datetime must fall on one
        return f"{year}-W{week:02d}-WE" if weekday >= 6 else f"{year}-W{week:02d}"
    if re.fullmatch(r"\d{4}-W\d{2}", v):
        return f"{year}-W{week:02d}"
    if re.fullmatch(r"\d{4}-Q\d", v):
        return f"{when.year}-Q{(when.month - 1) // 3 + 1}"
    if re.fullmatch(r"\d{4}-H\d", v):
        return f"{when.year}-H{1 if when.month <= 6 else 2}"
    return NO_VALUE


# ---------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------

def key(e):
    return (e.article, e.field, e.start, e.end)


def overlap(a, b):
    if (a.article, a.field) != (b.article, b.field):
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def prf(tp_p, n_sys, tp_r, n_gold):
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_match(g, system):
    """The system expression overlapping `g` most (a strict match first), or None."""
    best, best_len = None, 0
    for s in system:
        n = overlap(g, s)
        if n > best_len or (n == best_len and n and key(s) == key(g)):
            best, best_len = s, n
    return best


def score(gold, system, value_of):
    """Extent and value figures; value_of(system_expr, gold_expr) is the system's value
    written comparably to the gold value."""
    seen, unique = set(), []
    for s in system:
        if key(s) not in seen:
            seen.add(key(s))
            unique.append(s)
    system = unique
    by_place = {}
    for s in system:
        by_place.setdefault((s.article, s.field), []).append(s)
    gold_keys = {key(g) for g in gold}

    strict_tp = sum(key(s) in gold_keys for s in system)
    sp, sr, sf = prf(strict_tp, len(system), strict_tp, len(gold))

    gold_by_place = {}
    for g in gold:
        gold_by_place.setdefault((g.article, g.field), []).append(g)
    sys_hit = sum(any(overlap(s, g) for g in gold_by_place.get((s.article, s.field), [])) for s in system)
    matches = {}
    for g in gold:
        m = best_match(g, by_place.get((g.article, g.field), []))
        if m is not None:
            matches[key(g)] = m
    _, _, rf = prf(sys_hit, len(system), len(matches), len(gold))

    correct = sum(value_of(matches[key(g)], g) == g.value for g in gold if key(g) in matches)
    value_acc = correct / len(matches) if matches else 0.0
    return {"strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_f1": rf,
            "value_acc": value_acc, "value_n": len(matches), "value_ok": correct,
            "system": system, "matches": matches}


def per_type_f1(gold, system):
    out = {}
    for t in TYPES:
        g = {key(e) for e in gold if e.type == t}
        s = {key(e) for e in system if e.type == t}
        tp = len(g & s)
        out[t] = (prf(tp, len(s), tp, len(g))[2], len(g))
    return out


def kabar_value(s, g):
    return s.value


def dateparser_value(s, g):
    return format_like(s.value, g.value)


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------

def print_table(rows):
    print(f"{'system':<12}{'strict P':>10}{'strict R':>10}{'strict F1':>11}{'relaxed F1':>12}{'value acc':>11}  (n)")
    for name, r in rows:
        if r is None:
            print(f"{name:<12}{'—':>10}{'—':>10}{'—':>11}{'—':>12}{'—':>11}")
            continue
        print(f"{name:<12}{r['strict_p']:>10.3f}{r['strict_r']:>10.3f}{r['strict_f1']:>11.3f}"
              f"{r['relaxed_f1']:>12.3f}{r['value_acc']:>11.3f}  ({r['value_ok']}/{r['value_n']})")


def print_misses(gold, result):
    """Kabar's missing, spurious, extent-only and wrong-value expressions."""
    system, matches = result["system"], result["matches"]
    gold_keys = {key(g) for g in gold}
    lines = []
    for g in gold:
        m = matches.get(key(g))
        where = f"{g.article}/{g.field}@{g.start}"
        if m is None:
            lines.append(f"  missing   {where:<24} {g.text!r} ({g.type} {g.value or 'null'})")
            continue
        if key(m) != key(g):
            lines.append(f"  extent    {where:<24} gold {g.text!r}, kabar {m.text!r}")
        if m.value != g.value:
            lines.append(f"  value     {where:<24} {g.text!r}: gold {g.value or 'null'}, "
                         f"kabar {m.value or 'null'}")
    for s in system:
        if key(s) not in gold_keys and not any(overlap(s, g) for g in gold):
            where = f"{s.article}/{s.field}@{s.start}"
            lines.append(f"  spurious  {where:<24} {s.text!r} ({s.type} {s.value or 'null'})")
    print(f"\nKabar's misses ({len(lines)}):")
    print("\n".join(lines) if lines else "  none")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=DEFAULT_DIR, help="gold folder")
    parser.add_argument("--verbose", action="store_true", help="list Kabar's misses")
    args = parser.parse_args()

    try:
        articles = load_gold(args.folder)
    except GoldError as e:
        print(f"malformed gold: {e}", file=sys.stderr)
        return 2
    gold = [g for a in articles for g in a.gold]
    counts = {t: sum(g.type == t for g in gold) for t in TYPES}
    print(f"gold: {len(articles)} articles, {len(gold)} expressions "
          f"({', '.join(f'{t} {n}' for t, n in counts.items())}; "
          f"{sum(g.value is None for g in gold)} with value null)")

    kabar = None
    kabar_exprs, problem = run_kabar(articles, os.environ.get("KABAR_BIN", DEFAULT_KABAR))
    if kabar_exprs is None:
        print(f"kabar: timeline not available ({problem})")
    else:
        if problem:
            print(f"kabar: {len(problem)} events whose text is not the field text at start:end")
            for p in problem[:10]:
                print(f"  {p}")
        kabar = score(gold, kabar_exprs, kabar_value)

    try:
        dp_exprs, lost = run_dateparser(articles)
        dp = score(gold, dp_exprs, dateparser_value)
        if lost:
            print(f"dateparser: {lost} results not found back in the text (ignored)")
    except ImportError:
        print("dateparser: not installed (pip install dateparser)")
        dp = None

    print()
    print_table([("kabar", kabar), ("dateparser", dp)])

    if kabar:
        print("\nKabar strict F1 per type: " + ", ".join(
            f"{t} {f1:.3f} (n={n})" for t, (f1, n) in per_type_f1(gold, kabar["system"]).items()))
        bars = [f"{name} {kabar[k]:.3f} {'≥' if kabar[k] >= bar else '<'} {bar:.2f} "
                f"{'PASS' if kabar[k] >= bar else 'FAIL'}"
                for name, k, bar in (("strict extent F1", "strict_f1", BARS["strict_f1"]),
                                     ("value accuracy", "value_acc", BARS["value_acc"]))]
        print("Bars: " + "; ".join(bars))
        if dp:
            beats = kabar["strict_f1"] > dp["strict_f1"] and kabar["value_acc"] > dp["value_acc"]
            print(f"Kabar beats dateparser on strict F1 and value accuracy: {'yes' if beats else 'no'}")
        if args.verbose:
            print_misses(gold, kabar)
    else:
        print(f"\nBars (Kabar): strict extent F1 ≥ {BARS['strict_f1']:.2f}, "
              f"value accuracy ≥ {BARS['value_acc']:.2f} — not measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
