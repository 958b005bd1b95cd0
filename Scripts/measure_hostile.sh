#!/usr/bin/env bash
# Runs every subcommand of a kabar binary on the hostile corpus of
# Scripts/make_hostile_corpus.py and prints, for each: the wall time, the peak memory (max
# RSS), the exit status, the size of the output and the first line of stderr.
#
#     python3 Scripts/make_hostile_corpus.py /tmp/hostile
#     Scripts/measure_hostile.sh .build/release/kabar /tmp/hostile [big longline many]
#
# The index goes to a private cache (built cold by `index`, then used warm by `search`).
set -uo pipefail
kabar=$(realpath "$1"); corpus=$(realpath "$2"); shift 2
parts=("$@"); [ ${#parts[@]} -gt 0 ] || parts=(big longline many)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache XDG_STATE_HOME=$work/state
printf '%-9s %-34s %8s %9s %4s %10s  %s\n' case command seconds "RSS MB" exit "out bytes" "stderr (first line)"
run() {  # case, then the command's arguments
    local name=$1; shift
    /usr/bin/time -f '%e %M' -o "$work/time" "$kabar" "$@" >"$work/out" 2>"$work/err"
    local status=$?
    read -r seconds kb <"$work/time" 2>/dev/null || { seconds=?; kb=0; }
    # /usr/bin/time appends "Command exited with non-zero status N" before the figures.
    if ! [[ $seconds =~ ^[0-9.]+$ ]]; then read -r seconds kb < <(tail -1 "$work/time"); fi
    local label="$*"; label=${label//$corpus\//}
    printf '%-9s %-34.34s %8s %9.1f %4s %10s  %.110s\n' "$name" "$label" "$seconds" "$(echo "$kb / 1024" | bc -l)" "$status" \
        "$(stat -c %s "$work/out")" "$(tr '\r' '\n' <"$work/err" | grep -v '^$' | head -1)"
}
for part in "${parts[@]}"; do
    folder=$corpus/$part
    [ -d "$folder" ] || continue
    first=$(ls "$folder" | head -1)
    run "$part" list "$folder"
    run "$part" show --width 100 "$folder/$first"
    run "$part" tokens --json "$folder"
    run "$part" entities "$folder"
    run "$part" timeline "$folder"
    run "$part" index "$folder"
    run "$part" index "$folder"
    run "$part" search pontianak "$folder"
    run "$part" search --json "kereta api" "$folder"
done
