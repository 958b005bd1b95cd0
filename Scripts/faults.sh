#!/usr/bin/env bash
# Fault injection on the real kabar and its search index, for what the Swift tests can't do
# portably: a full disk and a read-only folder on real file systems (tmpfs mounts, so this
# needs root, or it skips them), plus kill -9 in the middle of a build, two builds at once,
# and a file damaged in the middle.
#
#     Scripts/faults.sh [KABAR]        # default: .build/release/kabar, else .build/debug/kabar
#
# Each case prints "ok: …" or "FAIL: …"; the exit status is the number of failures.
set -uo pipefail
cd "$(dirname "$0")/.."
kabar=${1:-}
[ -n "$kabar" ] || for candidate in .build/release/kabar .build/debug/kabar; do
    [ -x "$candidate" ] && { kabar=$candidate; break; }
done
[ -x "${kabar:-}" ] || { echo "no kabar binary: swift build -c release first" >&2; exit 2; }
kabar=$(realpath "$kabar")

work=$(mktemp -d)
mounts=()
cleanup() {
    for m in "${mounts[@]}"; do umount "$m" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# Lines of stderr other than progress lines.
problems() { grep -v '^kabar: indexing ' "$1" || true; }

count=3000
python3 Scripts/make_hostile_corpus.py "$work/corpus" --only many --count $count --seed 8 >/dev/null
folder="$work/corpus/many"
# A word only the last article has.
printf -- '---\ntitle: Batu Zamrud\n---\n\nBatu zamrud ditemukan di sungai.\n' > "$folder/berita-zz.md"
count=$((count + 1))
# The number of articles committed to the index (0 while there is none).
indexed() { local n; n=$(XDG_CACHE_HOME=$1 "$kabar" index --check "$folder" 2>/dev/null | sed -n 's/^index ok: \([0-9,]*\) articles.*/\1/p' | tr -d ,); echo "${n:-0}"; }
grouped() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
found_last() { XDG_CACHE_HOME=$1 "$kabar" search --json zamrud "$folder" 2>/dev/null | grep -q '"article": "berita-zz"'; }
check_ok() { XDG_CACHE_HOME=$1 "$kabar" index --check "$folder" | grep -q "^index ok: $(grouped $count) articles"; }

# 1. kill -9 in the middle of a build: the next run finishes it and the index is sound.
cache="$work/cache-kill"
XDG_CACHE_HOME=$cache "$kabar" index "$folder" >/dev/null 2>&1 &
pid=$!
# Once the first batch is committed (another kabar sees it), kill the build in the next one.
while kill -0 $pid 2>/dev/null && [ "$(indexed "$cache")" = 0 ]; do sleep 0.05; done
committed=$(indexed "$cache")
if kill -9 $pid 2>/dev/null; then
    wait $pid 2>/dev/null
    summary=$(XDG_CACHE_HOME=$cache "$kabar" index "$folder" 2>"$work/err")
    if [ -z "$(problems "$work/err")" ] && check_ok "$cache" && found_last "$cache"; then
        ok "kill -9 during the build after $committed articles were committed; the next run: $summary"
    else
        fail "kill -9 during the build: $summary $(cat "$work/err")"
    fi
else
    fail "kill -9: the build ended before it could be killed"
fi

# 2. Two builds at once on a new cache: both exit 0, the index is sound.
cache="$work/cache-two"
XDG_CACHE_HOME=$cache "$kabar" index "$folder" >"$work/a.out" 2>"$work/a.err" &
a=$!
XDG_CACHE_HOME=$cache "$kabar" index "$folder" >"$work/b.out" 2>"$work/b.err" &
b=$!
wait $a; sa=$?
wait $b; sb=$?
if [ $sa = 0 ] && [ $sb = 0 ] && [ -z "$(problems "$work/a.err")$(problems "$work/b.err")" ] && check_ok "$cache" && found_last "$cache"; then
    ok "two builds at once: $(cat "$work/a.out" | head -1) / $(cat "$work/b.out" | head -1)"
else
    fail "two builds at once: exit $sa $sb; $(cat "$work/a.err" "$work/b.err")"
fi

# 3. A file damaged in the middle: rebuilt with one warning.
cache="$work/cache-damage"
XDG_CACHE_HOME=$cache "$kabar" index "$folder" >/dev/null 2>&1
db=$(ls "$cache"/kabar/*.sqlite)
size=$(stat -c %s "$db")
dd if=/dev/urandom of="$db" bs=4096 seek=1 count=$((size / 4096 - 1)) conv=notrunc status=none
rm -f "$db-wal" "$db-shm"
if XDG_CACHE_HOME=$cache "$kabar" index --check "$folder" >/dev/null; then
    fail "damaged file: --check found nothing"
fi
XDG_CACHE_HOME=$cache "$kabar" search zamrud "$folder" >/dev/null 2>"$work/err"
if [ "$(problems "$work/err")" = "kabar: warning: the search index was damaged; rebuilt it" ] && check_ok "$cache" && found_last "$cache"; then
    ok "damaged file: $(problems "$work/err")"
else
    fail "damaged file: $(cat "$work/err")"
fi

# 4 and 5 need tmpfs mounts.
if ! { mkdir -p "$work/probe" && mount -t tmpfs -o size=1m tmpfs "$work/probe" 2>/dev/null; }; then
    echo "skipped: a full disk and a read-only folder (mounting a tmpfs needs root)"
    exit $failures
fi
umount "$work/probe"

# 4. A full disk: 256 KB of room for the cache.
mkdir -p "$work/full"
mount -t tmpfs -o size=256k tmpfs "$work/full" && mounts+=("$work/full")
summary=$(XDG_CACHE_HOME=$work/full "$kabar" index "$folder" 2>"$work/err"); status=$?
warning=$(problems "$work/err")
if [ $status = 0 ] && [ "$(echo "$warning" | wc -l)" = 1 ] && [[ "$warning" == *"(database or disk is full); searching from memory this time" ]] \
    && XDG_CACHE_HOME=$work/full "$kabar" search --json zamrud "$folder" 2>/dev/null | grep -q '"article": "berita-zz"'; then
    ok "disk full: $warning; $summary"
else
    fail "disk full: exit $status; $warning"
fi

# 5. A read-only cache folder: the index was built, then the file system became read-only
#    and an article was added.
mkdir -p "$work/ro"
mount -t tmpfs -o size=64m tmpfs "$work/ro" && mounts+=("$work/ro")
XDG_CACHE_HOME=$work/ro "$kabar" index "$folder" >/dev/null 2>&1
mount -o remount,ro "$work/ro"
printf -- '---\ntitle: Baru\n---\n\nKabar baru tentang mutiara.\n' > "$folder/baru.md"
out=$(XDG_CACHE_HOME=$work/ro "$kabar" search --json mutiara "$folder" 2>"$work/err"); status=$?
warning=$(problems "$work/err")
if [ $status = 0 ] && [ "$(echo "$warning" | wc -l)" = 1 ] && [[ "$warning" == *"; searching from memory this time" ]] \
    && echo "$out" | grep -q '"article": "baru"'; then
    ok "read-only cache: $warning"
else
    fail "read-only cache: exit $status; $warning"
fi
exit $failures
