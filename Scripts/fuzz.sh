#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer and LeakSanitizer) and runs
# each for a set time, then prints what each reached.
#
#   Scripts/fuzz.sh [--runs N] [SECONDS_PER_TARGET] [TARGET...]
#
#   SECONDS_PER_TARGET  default 60 (libFuzzer's -max_total_time)
#   --runs N            stop each target after N executions instead (-runs=N); a SECONDS
#                       given as well still caps the time
#   TARGET              FuzzArticle, FuzzTokenizer, FuzzMorphology, FuzzEntities, FuzzTemporal,
#                       FuzzQuery, FuzzThemeConfig, or the same without "Fuzz" in any case
#                       (article, themeconfig); default: all of them
#
# Each target starts from its seed corpus in Fuzz/Corpus/TARGET, copied into the working
# folder .build-fuzz/work/corpus/TARGET (kept between runs, so the corpus grows), with
# the dictionary in Fuzz/Dictionaries. A crash, hang (over 10 s on one input), leak or
# out-of-memory (over 2 GiB) leaves its input in .build-fuzz/work/artifacts/TARGET/ and makes
# the script exit 1 after the table. Reproduce one with
#   .build-fuzz/release/TARGET ARTIFACT
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

all_targets=(FuzzArticle FuzzTokenizer FuzzMorphology FuzzEntities FuzzTemporal FuzzQuery FuzzThemeConfig)

usage() { sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

seconds=""
runs=""
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        --runs=*) runs=${1#--runs=}; shift ;;
        -h|--help) usage ;;
        *)
            if [[ $1 =~ ^[0-9]+$ ]] && [ -z "$seconds" ] && [ ${#targets[@]} -eq 0 ]; then
                seconds=$1
            else
                found=""
                for t in "${all_targets[@]}"; do
                    lower=$(tr '[:upper:]' '[:lower:]' <<<"$1")
                    if [ "$lower" = "$(tr '[:upper:]' '[:lower:]' <<<"$t")" ] || [ "fuzz$lower" = "$(tr '[:upper:]' '[:lower:]' <<<"$t")" ]; then
                        found=$t
                    fi
                done
                [ -n "$found" ] || { echo "fuzz.sh: unknown target '$1' (${all_targets[*]})" >&2; exit 2; }
                targets+=("$found")
            fi
            shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
[ -n "$runs" ] && ! [[ $runs =~ ^[0-9]+$ ]] && { echo "fuzz.sh: --runs takes a number" >&2; exit 2; }
[ -n "$seconds$runs" ] || seconds=60

# SwiftPM names a path dependency after its folder, and the fuzz package's folder is Fuzz:
# a clone in a folder called "fuzz" would depend on itself.
if [ "$(basename "$root" | tr '[:upper:]' '[:lower:]')" = "fuzz" ]; then
    echo "fuzz.sh: the repository's folder is named '$(basename "$root")', the same as Fuzz/; clone it under another name" >&2
    exit 2
fi

dictionary() {
    case "$1" in
        FuzzQuery) echo Fuzz/Dictionaries/query.dict ;;
        FuzzThemeConfig) echo Fuzz/Dictionaries/toml.dict ;;
        *) echo Fuzz/Dictionaries/text.dict ;;
    esac
}

scratch=$root/.build-fuzz
work=$scratch/work
mkdir -p "$work/logs"

echo "building the fuzz targets (release, -sanitize=fuzzer,address)..."
if ! swift build --package-path Fuzz --scratch-path "$scratch" -c release \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$work/logs/build.log" 2>&1; then
    tail -30 "$work/logs/build.log" >&2
    echo "fuzz.sh: the build failed (log: $work/logs/build.log)" >&2
    exit 1
fi
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" -c release --show-bin-path)

# Leaks are checked after each new input. A Swift trap is reported by libFuzzer's own
# handler (Swift's backtracer would run under AddressSanitizer and confuse its report).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export SWIFT_BACKTRACE=enable=no

results=()
failed=0
for target in "${targets[@]}"; do
    corpus=$work/corpus/$target
    artifacts=$work/artifacts/$target
    log=$work/logs/$target.log
    mkdir -p "$corpus"
    rm -rf "$artifacts"
    mkdir -p "$artifacts"
    cp -p Fuzz/Corpus/"$target"/* "$corpus"/

    options=(-timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -reload=0
             -dict="$(dictionary "$target")" -artifact_prefix="$artifacts/")
    [ -n "$seconds" ] && options+=(-max_total_time="$seconds")
    [ -n "$runs" ] && options+=(-runs="$runs")
    echo "running $target ($([ -n "$runs" ] && echo "$runs runs")${runs:+${seconds:+, }}${seconds:+$seconds s})..."

    start=$(date +%s.%N)
    status=0
    "$bin/$target" "${options[@]}" "$corpus" </dev/null >"$log" 2>&1 || status=$?
    end=$(date +%s.%N)

    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ -z "$executions" ]; then
        executions=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -1)
    fi
    executions=${executions:-0}
    elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
    rate=$(awk -v n="$executions" -v a="$start" -v b="$end" 'BEGIN { t = b - a; printf "%.0f", (t > 0 ? n / t : 0) }')

    artifact=$(find "$artifacts" -type f | head -1)
    if [ "$status" -eq 0 ] && [ -z "$artifact" ]; then
        result=ok
    else
        failed=1
        # What went wrong: Swift's trap reason where there is one, else the sanitizer's.
        kind=$(grep -o -m1 -E 'Swift runtime failure: [^/]{1,80}|Fatal error: .{0,80}' "$log" \
            || grep -o -m1 -E 'ERROR: (libFuzzer: [a-z -]+|AddressSanitizer: [a-z-]+|LeakSanitizer)' "$log" || true)
        kind=${kind% }
        result="FAILED (${kind:-exit $status}) ${artifact:-no artifact}; log: $log"
    fi
    results+=("$(printf '%-16s %12s %8s %8s  %s' "$target" "$executions" "$elapsed" "$rate" "$result")")
done

echo
printf '%-16s %12s %8s %8s  %s\n' target executions seconds "exec/s" result
for line in "${results[@]}"; do echo "$line"; done
if [ "$failed" -ne 0 ]; then
    echo "fuzz.sh: a target failed; reproduce with $bin/TARGET ARTIFACT" >&2
    exit 1
fi
