#!/usr/bin/env bash
# Runs the tests under a sanitizer, each in its own build folder (the normal .build is left
# alone):
#
#   Scripts/sanitize.sh address   every test, built with AddressSanitizer (which brings
#                                 LeakSanitizer), in .build-asan
#   Scripts/sanitize.sh thread    the tests of the background indexing, loading and search
#                                 (the index, the reader's search runtime, articles read and
#                                 names and dates found in the background, the CLI's search
#                                 engine) with ThreadSanitizer, in .build-tsan
#
# Extra arguments go to `swift test` (e.g. --filter). The smoke tests find the `kabar` built
# beside the tests, so under `address` they run the sanitized binary too. Exits non-zero on a
# failed test or a sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-address}
[ $# -gt 0 ] && shift
case "$mode" in
    address)
        scratch=.build-asan
        filter=()
        ;;
    thread)
        scratch=.build-tsan
        filter=(--filter '^(KabarSearchTests\.|KabarAppTests\.(Search[A-Za-z]*Tests|RuntimeTests|StartupLoadTests|StartupHeadersTests|StoredAnalysisReaderTests|LargeCorpusTests)|KabarCLITests\.(ReaderSearchEngineTests|StoredAnalysisTests)|KabarCoreTests\.TimelineTests)')
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac

# A report fails the run. Swift's backtracer is left out so that the sanitizer's own report
# is what is printed; Scripts/lsan-suppressions.txt lists leaks that are not Kabar's.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Scripts/lsan-suppressions.txt}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}

swift build --build-tests --scratch-path "$scratch" --sanitize="$mode"
swift test --skip-build --scratch-path "$scratch" --sanitize="$mode" "${filter[@]}" "$@"
