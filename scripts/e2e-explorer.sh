#!/usr/bin/env bash
# End-to-end test of the explorer: runs the real binary in tmux, sends keys, and polls `tmux capture-pane` until
# the expected text appears, with a deadline (the only sleeps: the idle-CPU window, the escape delay after a lone Esc,
# and short pauses before checking that something did not happen). Covers: open, help, search (its words marked in
# the card it opens), follow a link, back,
# language, control characters from content, resize (down to "too small" and back), quit, and that q, Ctrl-C,
# SIGTERM, SIGHUP and a crash (SIGSEGV) all leave the terminal sane and end the process at once; closing the terminal
# ends it too; idle it uses no CPU; Alt+key, raw VT sequences and bracketed paste are decoded; in a presentation
# only q leaves; the presenter's screen and the projector in two terminals stay in step whichever gets the key, and
# either can be closed and started again. Also: a clear failure when stdout is not a
# terminal, and a smoke run on the bundled content. The views: `qomus present` (next, previous, the lecturer note,
# quit), the comparison matrix (Enter on a cell), the timeline, and a star and a note that survive a restart (in a
# temporary QOMUS_DATA directory).
#
# Usage: scripts/e2e-explorer.sh [path/to/qomus]     (default: $QOMUS_BIN, else .build/debug/qomus)
# Env:   E2E_TIMEOUT (seconds per wait, default 10)
# Exit:  0 when every check passed; prints "N passed, N failed".
set -uo pipefail

bin=${1:-${QOMUS_BIN:-.build/debug/qomus}}
timeout=${E2E_TIMEOUT:-10}
if [[ ! -x $bin ]]; then
  echo "e2e: no executable at $bin (build first, or pass the path)" >&2
  exit 2
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 2; }
[[ -z ${TERM:-} || $TERM == dumb ]] && export TERM=xterm-256color
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8* | *utf8* | *UTF8* | *utf-8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

socket="qomus-e2e-$$"
work=$(mktemp -d)
# Stars and notes go to a directory of our own (the tmux server, started below, inherits it).
export QOMUS_DATA="$work/data"
# The presenter's screen and the projector meet through a socket in here.
export XDG_RUNTIME_DIR="$work/run"
passed=0
failed=0
session=""

t() { tmux -L "$socket" "$@"; }
cleanup() {
  t kill-server 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# --- A small content directory of our own, so the checks do not depend on the bundled cards. --------------------
mkdir -p "$work/content/cards/act" "$work/content/cards/deficiency" "$work/content/cards/proposal"
cat >"$work/content/cards/act/act-e2e-law.md" <<'EOF'
---
id: act-e2e-law
kind: act
jurisdiction: UZ
title:
  uz: "“Sinov toʻgʻrisida”gi Qonun"
  en: "Law “On Testing”"
summary:
  uz: "Sinov uchun qonun."
  en: "A law for the end-to-end test."
adopted: "2015-12-09"
status: in-force
topics: [legal-basis]
sources:
  - section: Kirish
---

# uz

Qonun **sinov** uchun yozilgan.

# en

The law was written for the **test**.
EOF
printf '\nA hostile sequence: \033[31mred\007 stays visible.\n' >>"$work/content/cards/act/act-e2e-law.md"
cat >"$work/content/cards/deficiency/def-e2e-gap.md" <<'EOF'
---
id: def-e2e-gap
kind: deficiency
jurisdiction: UZ
title:
  uz: "Sinovdagi boʻshliq"
  en: "Testing gap"
summary:
  uz: "Qonunda boʻshliq bor."
  en: "The law leaves a gap."
sources:
  - section: Natijalar 1
links:
  - {rel: concerns, to: act-e2e-law}
---

# uz

Boʻshliq haqida.

# en

About the gap.
EOF
cat >"$work/content/cards/proposal/prop-e2e-fix.md" <<'EOF'
---
id: prop-e2e-fix
kind: proposal
jurisdiction: UZ
title:
  uz: "Boʻshliqni yopish"
  en: "Close the gap"
summary:
  uz: "Taklif."
  en: "A proposal."
status: proposed
sources:
  - section: Takliflar 1
links:
  - {rel: addresses, to: def-e2e-gap}
---

# uz

Taklif matni.

# en

The proposal's text.
EOF

cat >"$work/content/glossary.yaml" <<'EOF'
- uz: [sinov]
  en: [examination]
EOF
mkdir -p "$work/content/tours"
cat >"$work/content/tours/e2e-tour.yaml" <<'EOF'
id: e2e-tour
title: {uz: Sinov turi, en: The test tour}
description: {uz: Uch bekat., en: Three stops.}
stops:
  - card: act-e2e-law
    note: {uz: Sinov izohi., en: A note for the lecturer.}
  - card: def-e2e-gap
  - card: prop-e2e-fix
EOF
cat >"$work/content/matrix.yaml" <<'EOF'
title: {uz: Sinov jadvali, en: The test matrix}
columns: [UZ, EE]
rows:
  - id: legal-basis
    topic: legal-basis
    title: {uz: Huquqiy asos, en: Legal basis}
    cells:
      UZ:
        card: act-e2e-law
        label: {uz: Sinov qonuni, en: The test law}
        status: {uz: Amalda, en: In force}
EOF

# --- Helpers ----------------------------------------------------------------------------------------------------

capture() { t capture-pane -p -t "$session" 2>/dev/null; }

# wait_for TEXT: polls the pane until TEXT is on it, or the deadline passes.
wait_for() {
  local deadline=$((SECONDS + timeout + 1))
  while ((SECONDS < deadline)); do
    capture | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  return 1
}

# wait_marked WORD: polls until WORD is on the pane on the highlight's yellow background (SGR 43, as tmux
# reports it with capture-pane -e), as search marks its words.
wait_marked() {
  local deadline=$((SECONDS + timeout + 1))
  while ((SECONDS < deadline)); do
    t capture-pane -e -p -t "$session" 2>/dev/null | grep -qP -- "\e\[[0-9;]*\b43m(\e\[[0-9;]*m)*\Q$1\E" && return 0
    sleep 0.05
  done
  return 1
}

# wait_gone TEXT: polls until TEXT is no longer on the pane.
wait_gone() {
  local deadline=$((SECONDS + timeout + 1))
  while ((SECONDS < deadline)); do
    capture | grep -qF -- "$1" || return 0
    sleep 0.05
  done
  return 1
}

# wait_size W H: polls until the pane (and the explorer's frame) has that size.
wait_size() {
  local deadline=$((SECONDS + timeout + 1))
  while ((SECONDS < deadline)); do
    [[ $(t display -p -t "$session" '#{pane_width}x#{pane_height}') == "$1x$2" ]] && return 0
    sleep 0.05
  done
  return 1
}

check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    capture | sed 's/^/     | /'
  fi
}

# start NAME [ARGS...]: a session running the explorer under a shell that, when it ends, prints its exit status
# and the terminal modes, then waits.
start() {
  session=$1
  shift
  local pidfile="$work/$session.pid"
  rm -f "$pidfile"
  local args
  args=$(printf ' %q' "$@")
  t new-session -d -s "$session" -x 120 -y 40 \
    "trap : INT; sh -c 'echo \$\$ > $pidfile; exec $(printf %q "$bin")$args'; echo EXIT=\$?; \
     echo STTY=\$(stty -a | tr -s ' ;' '\n' | grep -E '^-?(icanon|echo|isig|icrnl|opost)\$' | tr '\n' ' '); \
     exec sleep 600"
  t set-option -t "$session" remain-on-exit on >/dev/null
}

pid_of() { cat "$work/$1.pid" 2>/dev/null; }

# The terminal is sane: the shell saw the expected exit, the modes are cooked, the alternate screen, mouse
# tracking and the hidden cursor are all undone.
sane() {
  local expected_exit=$1
  wait_for "EXIT=$expected_exit" || return 1
  wait_for "STTY=" || return 1
  local modes
  modes=$(capture | grep -o 'STTY=.*')
  [[ $modes == *icanon* && $modes == *echo* && $modes != *-icanon* && $modes != *-echo\ * && $modes != *-isig* ]] \
    || { echo "     terminal modes: $modes"; return 1; }
  local flags
  flags=$(t display -p -t "$session" '#{alternate_on} #{mouse_any_flag} #{cursor_flag}')
  [[ $flags == "0 0 1" ]] || { echo "     alternate_on mouse_any_flag cursor_flag: $flags"; return 1; }
}

keys() { t send-keys -t "$session" "$@"; }
# esc: the Esc key on its own. A byte right after Esc makes Alt+key or a sequence (as in every terminal program), so
# wait out the escape delay (50 ms) before the next key.
esc() { keys Escape; sleep 0.15; }
typed() { t send-keys -t "$session" -l "$1"; }

# idle [SESSION]: over two seconds the session's explorer uses (almost) no CPU. utime + stime in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null; }
idle() {
  local pid before after
  pid=$(pid_of "${1:-idle}")
  before=$(cpu_ticks "$pid")
  sleep 2
  after=$(cpu_ticks "$pid")
  [[ -n $before && -n $after ]] || { echo "     no /proc/$pid/stat"; return 1; }
  (( after - before <= 2 )) || { echo "     used $((after - before)) ticks of CPU in 2 s idle"; return 1; }
}
content=(--content "$work/content" --lang en)

# --- The main walk ----------------------------------------------------------------------------------------------

start main "${content[@]}"
check "opens on the first tab with the card" wait_for "Law “On Testing”"
check "tabs show their counts" wait_for "3 Proposals 1"
check "status bar shows the keys" wait_for "? help"
check "control characters from content are visible placeholders" wait_for "␛[31mred␇ stays visible."

keys '?'
check "? opens the key overlay" wait_for "Search as you type"
esc
check "Esc closes it" wait_gone "Search as you type"

keys /
typed "gap"
check "search shows results as you type" wait_for "Testing gap"
check "search counts its results" wait_for "results"
keys Enter
check "Enter opens the result" wait_for "deficiency · def-e2e-gap"
check "the opened card marks the query's words" wait_marked "gap"

keys Tab
keys Enter
check "Tab then Enter follows a link" wait_for "act · act-e2e-law"
check "history shows one step back" wait_for "◂ 1 · 0 ▸"
keys BSpace
check "Backspace goes back" wait_for "deficiency · def-e2e-gap"
keys f
check "f goes forward again" wait_for "act · act-e2e-law"

keys /
typed "examination"
check "the glossary widens search: examination finds sinov" wait_for "act · Sinov uchun qonun."
keys Down Enter
check "Enter opens the glossary hit" wait_for "act · act-e2e-law"

keys L
check "L switches to both languages" wait_for "Oʻzbekcha"
keys L
check "L again switches to Cyrillic" wait_for "“Синов тўғрисида”ги Қонун"
keys L L

keys 3
check "3 switches to the proposals tab" wait_for "Close the gap"

t resize-window -t "$session" -x 40 -y 12
check "resizes to 40×12" wait_size 40 12
check "narrow layout shows one pane" wait_for "╭─ Proposals"
t resize-window -t "$session" -x 20 -y 6
check "below the minimum: a message" wait_for "too small"
t resize-window -t "$session" -x 120 -y 40
check "back to 120×40" wait_for "Close the gap"
check "two panes again" wait_for "proposal · prop-e2e-fix"

keys q
check "q quits and leaves the terminal sane" sane 0
t kill-session -t main 2>/dev/null

# --- Presentation mode ------------------------------------------------------------------------------------------

start present present --content "$work/content" --lang en
check "present opens the first tour on its first slide" wait_for "1/3"
check "the slide shows the card's summary" wait_for "A law for the end-to-end test."
check "the slide shows the keys" wait_for "Space next"
check "the lecturer note is hidden" wait_gone "A note for the lecturer."
keys Space
check "Space goes to the next slide" wait_for "2/3"
check "the next slide is the next stop" wait_for "The law leaves a gap."
keys Right
check "→ goes on" wait_for "3/3"
keys Space
check "Space on the last slide goes to the end slide" wait_for "3/3 ✓"
check "the end slide promises no next slide" wait_gone "Space next"
keys 1 Enter
check "a number then Enter jumps" wait_for "1/3"
keys End
keys BSpace
check "Backspace goes back" wait_for "2/3"
keys Left
check "← goes back to the start" wait_for "1/3"
keys n
check "n shows the lecturer note" wait_for "A note for the lecturer."
keys q
check "q leaves the presentation and the terminal is sane" sane 0
t kill-session -t present 2>/dev/null

# --- The presenter's screen and the projector: two terminals in step ------------------------------------------

start presenter present e2e-tour --presenter --content "$work/content" --lang en
check "a presenter started first waits for its projector" wait_for "waiting for the projector: qomus present e2e-tour"
check "the presenter shows the lecturer note without n" wait_for "A note for the lecturer."
check "and the next slide's title" wait_for "Next: Testing gap"
start projector present e2e-tour --content "$work/content" --lang en
check "the projector opens on the first slide" wait_for "1/3"
check "the projector keeps the note hidden" wait_gone "A note for the lecturer."
session=presenter
check "the presenter sees its projector" wait_for "● projector connected"
check "the presenter's clock runs" wait_for "1/3 · 0:0"
session=projector
keys Space
check "Space on the projector moves it" wait_for "2/3"
session=presenter
check "…and the presenter" wait_for "2/3"
check "the presenter's note follows the slide" wait_for "No lecturer note at this stop"
keys Right
session=projector
check "→ on the presenter moves the projector" wait_for "3/3"
session=presenter
keys Left
session=projector
check "← on the presenter moves it back" wait_for "2/3"
keys 3 Enter
session=presenter
check "a number and Enter on the projector moves the presenter" wait_for "Next: the end of the tour"
keys Space
session=projector
check "Space on the presenter's last slide ends the tour on both" wait_for "3/3 ✓"
keys Home
session=presenter
check "a jump on the projector moves the presenter" wait_for "1/3"
sleep 0.5
check "idle, the projector of a pair uses no CPU" idle projector
check "the presenter's clock costs (almost) no CPU" idle presenter
keys q
check "the presenter's screen quits cleanly" sane 0
t kill-session -t presenter 2>/dev/null
session=projector
check "the projector carries on without it" wait_for "1/3"
keys End
wait_for "3/3" >/dev/null
start presenter present e2e-tour --presenter --content "$work/content" --lang en
check "a presenter restarted mid-talk joins the projector's slide" wait_for "3/3 · 0:0"
session=projector
check "…and the projector stays there" wait_for "3/3"
keys q
check "the projector quits cleanly" sane 0
t kill-session -t projector 2>/dev/null
session=presenter
check "the presenter waits for its projector again" wait_for "waiting for the projector"
keys Left
wait_for "2/3" >/dev/null
start projector present e2e-tour --content "$work/content" --lang en
check "a projector restarted mid-talk joins the presenter's slide" wait_for "2/3"
session=presenter
check "the pair is together again" wait_for "● projector connected"
keys C-c
check "Ctrl-C ends the presenter's screen" sane 130
t kill-session -t presenter 2>/dev/null
t kill-session -t projector 2>/dev/null

# --- Views: the matrix, the timeline, a star and a note across a restart ----------------------------------------

start views "${content[@]}"
wait_for "Law “On Testing”" >/dev/null
keys m
check "m opens the comparison matrix" wait_for "The test matrix"
check "the matrix shows its cell" wait_for "The test law"
keys Enter
check "Enter on a cell opens its card" wait_for "act · act-e2e-law"
keys t
check "t opens the timeline" wait_for "Timeline · 2015"
esc
keys s
check "s stars the card" wait_for "★ Starred"
keys e
check "e opens the note editor" wait_for "Ctrl-S save"
typed "Remember the gap."
keys C-s
check "Ctrl-S saves the note" wait_for "✎ Note saved"
keys q
check "quits after starring" sane 0
t kill-session -t views 2>/dev/null

start views2 "${content[@]}"
check "after a restart the star and the note are still there" wait_for "★ act · act-e2e-law ✎"
check "the note shows in the card" wait_for "Remember the gap."
keys n
check "n lists the starred card" wait_for "★ Starred 1"
keys Tab
check "and the note" wait_for "Remember the gap."
esc
keys q
check "quits cleanly" sane 0
t kill-session -t views2 2>/dev/null
stored() { [[ -s $QOMUS_DATA/user.sqlite ]]; }
check "the store is in the QOMUS_DATA directory" stored

# --- Signals ----------------------------------------------------------------------------------------------------

# gone PID SECONDS: polls until the process has ended, or the deadline passes.
gone() {
  local deadline=$((SECONDS + $2))
  while ((SECONDS <= deadline)); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.05
  done
  echo "     process $1 still running after $2 s"
  return 1
}

for signal in TERM HUP INT CtrlC SEGV; do
  start "sig$signal" "${content[@]}"
  wait_for "Law “On Testing”" >/dev/null
  pid=$(pid_of "sig$signal")
  case $signal in
    TERM) kill -TERM "$pid"; code=143 ;;
    HUP) kill -HUP "$pid"; code=129 ;;
    INT) kill -INT "$pid"; code=130 ;;
    CtrlC) keys C-c; code=130 ;;
    SEGV) kill -SEGV "$pid"; code=139 ;;  # a crash: restored by the fatal-signal handler
  esac
  check "$signal ends the explorer at once" gone "$pid" 1
  check "$signal restores the terminal (exit $code)" sane $code
  t kill-session -t "sig$signal" 2>/dev/null
done

# Ctrl-C while a search is being typed, and in a presentation: it always ends the program.
start sigsearch "${content[@]}"
wait_for "Law “On Testing”" >/dev/null
keys /
typed "sin"
wait_for "results" >/dev/null
keys C-c
check "Ctrl-C in the search box ends the explorer" sane 130
start sigpresent present --content "$work/content" --lang en
wait_for "1/3" >/dev/null
keys C-c
check "Ctrl-C in a presentation ends it" sane 130

# Closing the terminal: killing the tmux session hangs up the explorer's terminal; it must not linger or spin.
start hangup "${content[@]}"
wait_for "Law “On Testing”" >/dev/null
pid=$(pid_of hangup)
t kill-session -t hangup
check "closing the terminal ends the explorer within 3 s" gone "$pid" 3

# Idle, the explorer sleeps: over two seconds it uses (almost) no CPU (idle is defined with the helpers).
start idle "${content[@]}"
wait_for "Law “On Testing”" >/dev/null
sleep 0.5  # let the search index finish opening
check "idle, the explorer uses no CPU" idle
keys /
typed "sinov"
wait_for "results" >/dev/null
check "idle with the search box open, no CPU either" idle
esc
t kill-session -t idle 2>/dev/null

# --- Keys: Alt+key, sequences terminfo does not know, bracketed paste ---------------------------------------------

start keys "${content[@]}"
wait_for "Law “On Testing”" >/dev/null
keys /
typed "sinov"
wait_for "results" >/dev/null
keys M-b
sleep 0.2
check "Alt-b does not close the search box" wait_for "results"
esc
wait_gone "results" >/dev/null
# End and Home as raw VT sequences (what tmux sends for them under TERM=xterm-256color), F5 and an unknown CSI.
t send-keys -t keys -H 1b 5b 34 7e  1b 5b 31 7e  1b 5b 31 35 7e  1b 5b 39 39 78
sleep 0.3
check "raw End, Home, F5 and unknown sequences are not Esc" wait_for "Law “On Testing”"
check "…and do not quit" wait_gone "EXIT="
keys /
t set-buffer -b e2e $'law\nwritten'
t paste-buffer -p -b e2e -t keys
check "a two-line paste is one line in the search box" wait_for "law written"
esc
keys q
check "keys session quits cleanly" sane 0

# --- A presentation survives stray keys: only q leaves ------------------------------------------------------------

start stray present --content "$work/content" --lang en
wait_for "1/3" >/dev/null
esc
check "Esc in a presentation says how to leave" wait_for "Only q leaves the presentation"
keys M-x M-b x Escape F5 End
check "End goes to the last slide" wait_for "3/3"
keys Home
check "Home goes to the first" wait_for "1/3"
check "stray keys never end a talk" wait_gone "EXIT="
keys q
check "q leaves it" sane 0

# --- Students (#17): accessible mode ------------------------------------------------------------------------------
# The hardware cursor sits on the focus (what a screen reader or braille display follows) and moves with j/k; the
# focused row carries a `>`; no box-drawing or block characters; links are numbered and a number then Enter
# follows one. QOMUS_ACCESSIBLE=1 does the same as --accessible.

# cursor_at ROW: polls until tmux reports the cursor on that row.
cursor_at() {
  local deadline=$((SECONDS + timeout + 1))
  while ((SECONDS < deadline)); do
    [[ $(t display -p -t "$session" '#{cursor_y}') == "$1" ]] && return 0
    sleep 0.05
  done
  echo "     cursor at $(t display -p -t "$session" '#{cursor_x},#{cursor_y}'), wanted row $1"
  return 1
}
cursor_shown() { [[ $(t display -p -t "$session" '#{cursor_flag}') == 1 ]]; }
no_line_glyphs() { ! capture | grep -qP '[\x{2500}-\x{259F}]'; }
# The row under the cursor has the > marker in the cursor's column.
cursor_marked() {
  local x y
  x=$(t display -p -t "$session" '#{cursor_x}')
  y=$(t display -p -t "$session" '#{cursor_y}')
  [[ $(capture | sed -n "$((y + 1))p" | cut -c"$((x + 1))") == ">" ]]
}

start access --accessible --lang en
check "accessible: opens on the acts" wait_for "1 Acts"
check "accessible: the cursor is on the first row" cursor_at 2
check "accessible: the cursor is visible" cursor_shown
check "accessible: the focused row is marked >" cursor_marked
check "accessible: no box-drawing or block characters" no_line_glyphs
keys j
check "accessible: j moves the cursor down" cursor_at 3
keys j
check "accessible: j again" cursor_at 4
check "accessible: the marker follows" cursor_marked
keys k
check "accessible: k moves it up" cursor_at 3
keys q
check "accessible: quits cleanly" sane 0

t set-environment -g QOMUS_ACCESSIBLE 1
start access-env "${content[@]}"
t set-environment -g -u QOMUS_ACCESSIBLE
check "QOMUS_ACCESSIBLE=1: the same mode" wait_for "Law “On Testing”"
check "QOMUS_ACCESSIBLE=1: no box-drawing characters" no_line_glyphs
keys 2 Enter
check "accessible: links are numbered" wait_for "[1] Law “On Testing”"
keys Tab
check "accessible: the focused link has the cursor and the marker" cursor_marked
keys 1 Enter
check "accessible: a number then Enter follows that link" wait_for "act · act-e2e-law"
keys q
check "QOMUS_ACCESSIBLE=1: quits cleanly" sane 0

# --- Not a terminal ---------------------------------------------------------------------------------------------

not_a_terminal() {
  local output status
  output=$("$bin" "${content[@]}" </dev/null 2>&1 | cat)
  status=${PIPESTATUS[0]}
  [[ $status -ne 0 && $output == *"needs a terminal"* && $output != *$'\033'* ]] || {
    echo "     status $status, output: $output"
    return 1
  }
}
check "without a terminal: a clear message, no escape codes" not_a_terminal

# --- The bundled content ----------------------------------------------------------------------------------------

start bundled --lang en
check "bundled content opens" wait_for "1 Acts"
keys /
typed "elektron"
check "bundled content is searchable" wait_for "results"
esc
keys q
check "bundled run quits cleanly" sane 0

echo "$passed passed, $failed failed"
((failed == 0))
