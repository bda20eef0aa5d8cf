#!/usr/bin/env bash
# End to end, issue 12: the supervisors' review with the real binary in tmux — the
# day's journal, its filters and search, the day summary (with the 3G keys of the demo's
# fleet: figures, not « — »), the month's report and its chart, the export of the month beside the
# database; the journal and its summary again under TERM=linux; then three sites'
# JSON reports consolidated, and mismatched or overlapping periods refused.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
dir="$E2E_DIR"
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

db="$E2E_DIR/guichet.sqlite"
init_site "$db"
"$binary" demo --db "$db" --beneficiaries 300 --ledger-rows 3000 --seed 1 >/dev/null 2>&1 || fail "demo"

start_counter xterm-256color "$binary" --db "$db"
wait_for "Identifiant"
literal "alice"; keys Enter
literal "motdepasse-alice"; keys Enter
wait_for "Bonjour Alice Martin"

# The journal of today: set-up, demo data, this sign-in, in words.
literal "5"; wait_for "(aujourd’hui)"
wait_for "données de démonstration créées"
wait_for "connexion"
# Filtered on the beneficiary file: the sign-in goes.
keys F6; wait_for "Filtres du journal"
keys Enter; keys Right; keys F2
wait_for "Filtres : Bénéficiaires"
screen_text | grep -qF "connexion" && fail "a sign-in shown under the Bénéficiaires filter"
literal "demonstration"; wait_for "1 résultat"
keys F3; wait_for "Tous les événements"

# The day before, then the summary of today beside the day before and a week before.
keys Left; keys Right; wait_for "(aujourd’hui)"
keys F7; wait_for "Chiffres de la journée"
wait_for "Clés 3G prêtées"
for row in "Clés 3G prêtées" "Prêts de clés en retard"; do
    screen_text | grep -F "$row" | grep -qE "[0-9]+ +[0-9]+ +[0-9]+ *$" || fail "the summary's « $row » is not three counts"
done

# The month's report, its chart on the next page, then exported day by day.
keys F8; wait_for "Rapport : "
wait_for "Les chiffres du programme"
wait_for "Personnes accompagnées"
keys PPage
keys NPage; wait_for "Passages par semaine, du lundi au dimanche"
keys F7; wait_for "jours exportés dans"
ls "$E2E_DIR"/exports/guichet-PAR-*-daily.csv >/dev/null 2>&1 || fail "no export in exports/"
keys Escape; wait_for "Chiffres de la journée"
keys Escape; wait_for "Bonjour Alice Martin"
keys F10; wait_for "Quitter Guichet ?"
literal "o"
[ "$(wait_exit)" = 0 ] || fail "the counter did not quit cleanly"
stop_counter
[ "$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'report.export' AND user_login = 'alice'")" = 1 ] \
    || fail "the export is not journaled"
echo "ok - journal, filters, search, summary, report and chart, export (journaled) in tmux"

# The same on a text console.
run 0 report --db "$db" --period month --format json --output "$E2E_DIR/par.json"
start_counter linux "$binary" --db "$db"
wait_for "Identifiant"
literal "alice"; keys Enter
literal "motdepasse-alice"; keys Enter
wait_for "Bonjour Alice Martin"
literal "5"; wait_for "(aujourd’hui)"
keys F7; wait_for "Chiffres de la journée"
keys Escape; wait_for "Bonjour Alice Martin"
stop_counter
echo "ok - the journal and its summary under TERM=linux"

# Three sites, the same month: the network's report adds them up, people per site.
for code in MRS GRE; do
    other="$E2E_DIR/$code.sqlite"
    printf 'motdepasse-alice\n' | "$binary" init --db "$other" --site-code "$code" --site-name "Site $code" \
        --supervisor-login alice --supervisor-name "Alice Martin" --password-stdin >/dev/null
    "$binary" demo --db "$other" --beneficiaries 200 --ledger-rows 1000 --seed 2 >/dev/null 2>&1 || fail "demo $code"
    run 0 report --db "$other" --period month --format json --output "$E2E_DIR/$code.json"
done
grep -q '"code" : "PAR"' "$E2E_DIR/par.json" || fail "no site code in the aggregate"
grep -qE 'Dupont|Martin|PAR-[0-9]{4}-' "$E2E_DIR/par.json" && fail "a name or a file number in the aggregate"
run 0 consolidate "$E2E_DIR/par.json" "$E2E_DIR/MRS.json" "$E2E_DIR/GRE.json"
grep -qF "Réseau de 3 points d’accueil (PAR, MRS, GRE)" "$dir/out" || fail "consolidated title: $(head -1 "$dir/out")"
grep -E "^Points d’accueil +3$" "$dir/out" >/dev/null || fail "three reception points"
run 1 consolidate "$E2E_DIR/par.json" "$E2E_DIR/par.json"
says "Le site PAR figure deux fois"
run 0 report --db "$E2E_DIR/MRS.sqlite" --period week --format json --output "$E2E_DIR/week.json"
run 1 consolidate "$E2E_DIR/par.json" "$E2E_DIR/week.json"
says "Périodes qui se chevauchent"
run 0 report --db "$E2E_DIR/MRS.sqlite" --period year --date 2025 --format json --output "$E2E_DIR/2025.json"
run 1 consolidate "$E2E_DIR/par.json" "$E2E_DIR/2025.json"
says "Périodes différentes"
echo "ok - three sites consolidated; a site twice, overlapping and different periods refused"
