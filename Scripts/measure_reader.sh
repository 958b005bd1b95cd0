#!/usr/bin/env bash
# Measures the reader on a folder under tmux: the time from start to the first frame, to the
# open article's first line, how long keys take to show, and the peak memory (max RSS).
#
#     Scripts/measure_reader.sh KABAR FOLDER [KEYS...]
#     Scripts/measure_reader.sh .build/release/kabar /tmp/hostile/many
#
# The first frame is the first screen with the articles pane ("┌ Articles"); the article is
# ready when its pane is titled ("┌ Article ·"); each of KEYS (tmux key names,
# default: Tab j j PgDn G) is sent after that, and the time until the screen changes is
# printed. Uses a private XDG_CACHE_HOME unless one is set (set it to measure a warm start).
# WAIT_FOR_FACTS=1: send the keys only once the entities and timeline are shown.
set -euo pipefail
kabar=$(realpath "$1"); folder=$(realpath "$2"); shift 2
keys=("$@"); [ ${#keys[@]} -gt 0 ] || keys=(Tab j j PgDn G)
socket="kabar-measure-$$"
work=$(mktemp -d)
export XDG_CACHE_HOME=${XDG_CACHE_HOME:-$work/cache} XDG_STATE_HOME=$work/state TERM=xterm-256color
tm() { tmux -L "$socket" -f /dev/null "$@"; }
now() { date +%s.%N; }
screen() { tm capture-pane -p -t m 2>/dev/null || true; }
# With styles: a key that only moves a highlight changes this.
styled() { tm capture-pane -e -p -t m 2>/dev/null || true; }
wait_for() {  # pattern, timeout seconds -> prints seconds since $start, or "timeout"
    local deadline=$(( $(date +%s) + $2 ))
    while ! screen | grep -q -- "$1"; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo timeout; return; }
        sleep 0.02
    done
    echo "$(now) - $start" | bc
}
start=$(now)
tm new-session -d -s m -x 120 -y 40 "/usr/bin/time -v -o $work/time.txt $kabar $folder; echo kabar-exit=\$?; sleep 60"
echo "first frame: $(wait_for '┌ Articles' 600) s"
echo "article shown: $(wait_for '┌ Article ·' 600) s"
if [ -n "${WAIT_FOR_FACTS:-}" ]; then
    # Until the entities and timeline found in the background are shown.
    deadline=$(( $(date +%s) + 900 ))
    while screen | grep -q 'Finding names' && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
    echo "names and dates shown: $(echo "$(now) - $start" | bc) s"
fi
for key in "${keys[@]}"; do
    before=$(styled | md5sum)
    start=$(now)
    tm send-keys -t m "$key"
    deadline=$(( $(date +%s) + 60 ))
    while [ "$(styled | md5sum)" = "$before" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.01; done
    echo "key $key: screen changed after $(echo "$(now) - $start" | bc) s"
done
screen | tail -1
tm send-keys -t m q
start=$(now)
wait_for 'kabar-exit=' 60 >/dev/null
screen | grep kabar-exit= || true
sleep 0.5
grep -E "Maximum resident|Elapsed" "$work/time.txt" || true
tm kill-server 2>/dev/null || true
rm -rf "$work"
