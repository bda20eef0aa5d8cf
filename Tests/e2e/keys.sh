#!/usr/bin/env bash
# End to end, issue 7 item 3: under TERM=linux in tmux, keys the terminfo entry
# does not know (tmux sends F1 as ESC O P) are read whole — F1 opens the help,
# an unknown sequence does nothing — and never act as Échap plus letters (which
# used to answer « O » to « Quitter ? » and end the program).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"

db="$E2E_DIR/guichet.sqlite"
init_site "$db"
start_counter linux "$binary" --db "$db"
wait_for "Identifiant"
keys F1
wait_for "Touches de l’écran « Connexion »"
keys Escape
wait_for "Tapez votre identifiant"
# An Alt-letter and a sequence no terminal key sends: nothing happens, no « Quitter ? ».
keys M-o
tmx send-keys -t "$E2E_SESSION" -l $'\e[99~'
sleep 0.3
if screen_text | grep -q "Quitter Guichet"; then echo "FAIL: an escape sequence acted as Échap" >&2; exit 1; fi
[ ! -s "$E2E_DIR/exit-status" ] || { echo "FAIL: the counter ended" >&2; exit 1; }
literal "alice"
wait_for "alice"
screen_text | grep -q "Identifiant.*alice" || { echo "FAIL: the login field lost its text" >&2; screen_text >&2; exit 1; }
keys F10
wait_for "Quitter Guichet ?"
keys o
status=$(wait_exit)
[ "$status" = "0" ] || { echo "FAIL: exit status $status" >&2; exit 1; }
echo "ok - linux in tmux: F1 (ESC O P) opens the help, unknown sequences are dropped whole, F10 then « o » quits"
