#!/usr/bin/env bash
# End to end, issue 2: init, login, home, F1 help, Esc, F10, «o», exit status 0 —
# under tmux-256color, xterm-256color and linux.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"

db="$E2E_DIR/guichet.sqlite"
init_site "$db"
mode=$(stat -c %a "$db")
[ "$mode" = "600" ] || { echo "FAIL: database mode $mode, expected 600" >&2; exit 1; }

# A second init refuses and changes nothing.
if printf 'autre-mot-de-passe\n' | "$binary" init --db "$db" --site-code LYO --site-name "Lyon" \
    --supervisor-login bob --supervisor-name "Bob" --password-stdin 2>"$E2E_DIR/err"; then
    echo "FAIL: a second init succeeded" >&2; exit 1
fi
grep -q "déjà configurée" "$E2E_DIR/err" || { echo "FAIL: no clear refusal: $(cat "$E2E_DIR/err")" >&2; exit 1; }

run_scenario() {
    local term="$1" help_key="$2"
    rm -f "$E2E_DIR/exit-status"
    start_counter "$term" "$binary" --db "$db"
    wait_for "Identifiant"
    literal "alice"; keys Enter
    literal "mauvais"; keys Enter
    wait_for "! Identifiant ou mot de passe incorrect"
    literal "motdepasse-alice"; keys Enter
    wait_for "Bonjour Alice Martin"
    wait_for "1  Bénéficiaires"
    wait_for "10Quitter"
    keys "$help_key"
    wait_for "Touches de l’écran « Accueil »"
    keys Escape
    wait_for "Bonjour Alice Martin"
    keys F10
    wait_for "Quitter Guichet ?"
    keys o
    status=$(wait_exit)
    [ "$status" = "0" ] || { echo "FAIL ($term): exit status $status" >&2; exit 1; }
    stop_counter
    echo "ok - $term: login, home, help, back, quit (exit 0)"
}

run_scenario tmux-256color F1
run_scenario xterm-256color F1
# The Linux console's F1 is not tmux's: Ctrl-G is the other key for help.
run_scenario linux C-g

logins=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'auth.login'")
logouts=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'auth.logout'")
failed=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'auth.login_failed'")
[ "$logins" = "3" ] && [ "$logouts" = "3" ] && [ "$failed" = "3" ] \
    || { echo "FAIL: journal has $logins logins, $logouts logouts, $failed failures (expected 3 each)" >&2; exit 1; }
echo "ok - journal: 3 logins, 3 failed logins, 3 logouts"
