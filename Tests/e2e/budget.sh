#!/usr/bin/env bash
# End to end, issue 9: telecom budget coaching with the real binary in tmux —
# the supervisor gives the first step template a delay of 3 days; pick a beneficiary, enter resources and two lines, see the share, choose an
# offer, add a plan step, save, print to a file (no default printer: a private
# file); then `guichet print budget` to a chosen file in Latin-1, and to a
# default printer (fake lpstat and lp in PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

db="$E2E_DIR/guichet.sqlite"
init_site "$db"
printf 'nom;prenom;telephone;ressources\nDupont;Marie;06 12 34 56 78;RSA\n' > "$E2E_DIR/people.csv"
"$binary" import beneficiaries --db "$db" "$E2E_DIR/people.csv" >/dev/null 2>&1 || fail "import"
file=$(sqlite3 "$db" "SELECT file_number FROM beneficiaries WHERE last_name = 'Dupont'")

# No printer, whatever this machine has: an lpstat that knows none.
mkdir "$E2E_DIR/bin"
printf '#!/bin/sh\necho "no system default destination"\n' > "$E2E_DIR/bin/lpstat"
chmod +x "$E2E_DIR/bin/lpstat"

start_counter tmux-256color env PATH="$E2E_DIR/bin:$PATH" "$binary" --db "$db"
wait_for "Identifiant"
literal "alice"; keys Enter
literal "motdepasse-alice"; keys Enter
wait_for "Bonjour Alice Martin"
# Administration → Catalogues → step templates: the first one due 3 days after the session.
literal "6"
wait_for "· Administration"
keys F8
wait_for "Modèles d’étapes (Budget télécom)"
literal "4"
wait_for "Modèles d’étapes du plan"
keys Enter
wait_for "Modifier le modèle d’étape"
keys Enter Enter C-u
literal "3"
keys F2
wait_for "Modèle d’étape enregistré."
wait_for "dans 3 jours"
keys Escape; wait_for "· Catalogues"
keys Escape; wait_for "· Administration"
keys Escape; wait_for "Bonjour Alice Martin"
due=$(TZ=Europe/Paris date -d '+3 days' +%d/%m/%Y)
literal "2"
wait_for "Personne n’est encore suivi"
keys F2
wait_for "Budget : choisir une fiche"
literal "dupont"
wait_for "DUPONT Marie"
keys Enter
wait_for "Aucune séance pour l’instant"
keys F2
wait_for "Lignes télécom (0)"
# Resources: RSA 607,75 €, APL 242,25 €.
keys F5
wait_for "Total des ressources"
keys Enter Enter
literal "607,75"
for _ in 1 2 3 4 5 6 7; do keys Down; done
literal "242,25"
wait_for "Total des ressources : 850,00 € par mois"
keys F2
wait_for "ressources : 850,00 € par mois"
# Two lines: a mobile plan at 45 €, a box at 30 €.
keys F6
wait_for "Nouvelle ligne"
keys Enter; literal "SFR"; keys Enter; literal "RED 20 Go"; keys Enter; literal "45"
keys F2
wait_for "Lignes télécom (1)"
keys F6
wait_for "Nouvelle ligne"
keys Right Right Enter; literal "Orange"; keys Enter Enter; literal "30"
keys F2
wait_for "Lignes télécom (2)"
wait_for "Part des ressources : 8,8 %, avec le plan 8,8 % (repère : 5 %)"
# An offer for the box (the line just added is highlighted): the social internet tariff.
keys F8
wait_for "Offres ouvertes à la personne (RSA)"
keys Down Enter
wait_for "Total par mois : 75,00 €, avec le plan 68,00 € (économie : 7,00 €)"
wait_for "Part des ressources : 8,8 %, avec le plan 8,0 %"
# A plan step from the first template.
keys Tab F6
wait_for "Nouvelle étape"
keys Enter
wait_for "Étape du plan"
wait_for "$due"
keys F2
wait_for "Étapes ajoutées au plan (1)"
keys F2
wait_for "Séance du dossier $file enregistrée."
wait_for "Votre téléphone et Internet coûtent"
keys Right
wait_for "C’est 1,8 fois la moyenne en France."
# Print: no default printer, a private file.
keys F8
wait_for "résumé écrit dans"
page=$(ls "$E2E_DIR"/impressions/budget-"$file"-1.txt) || fail "no summary file"
[ "$(stat -c %a "$page")" = "600" ] || fail "summary file mode $(stat -c %a "$page")"
grep -qF "Part pour le téléphone et Internet : 8,8 % aujourd’hui, 8,0 % avec le plan" "$page" || fail "page: $(cat "$page")"
grep -qF "VOTRE PLAN D’ACTION" "$page" || fail "no plan on the page"
widest=$(LC_ALL=C.UTF-8 wc -L < "$page")
[ "$widest" -le 80 ] || fail "a line of the page is $widest columns wide"
keys Escape
wait_for "Dernière séance"
keys Escape
wait_for "Personnes suivies : 1"
keys Escape
wait_for "Bonjour Alice Martin"
keys F10
wait_for "Quitter Guichet ?"
literal "o"
status=$(wait_exit)
[ "$status" = "0" ] || fail "exit status $status"

# The command line: a chosen file, in Latin-1.
"$binary" print budget "$file" --db "$db" --output "$E2E_DIR/page.txt" --encoding latin-1 > "$E2E_DIR/out" \
    || fail "print --output: exit $?"
grep -qF "Résumé écrit dans $E2E_DIR/page.txt" "$E2E_DIR/out" || fail "print said: $(cat "$E2E_DIR/out")"
[ "$(stat -c %a "$E2E_DIR/page.txt")" = "600" ] || fail "page mode"
iconv -f latin1 -t utf-8 "$E2E_DIR/page.txt" | grep -qF "75,00 EUR" || fail "Latin-1 page: no EUR"

# A default printer: lp receives the page.
printf '#!/bin/sh\necho "system default destination: bureau"\n' > "$E2E_DIR/bin/lpstat"
printf '#!/bin/sh\ncat > "%s/printed"\n' "$E2E_DIR" > "$E2E_DIR/bin/lp"
chmod +x "$E2E_DIR/bin/lp"
PATH="$E2E_DIR/bin:$PATH" "$binary" print budget "$file" --db "$db" > "$E2E_DIR/out" || fail "print to lp: exit $?"
grep -qF "Résumé envoyé à l’imprimante bureau." "$E2E_DIR/out" || fail "lp: $(cat "$E2E_DIR/out")"
grep -qF "VOS DÉPENSES TÉLÉCOM" "$E2E_DIR/printed" || fail "lp got no page"

# Unknown session: a clear message, exit 1.
set +e
"$binary" print budget "$file" --db "$db" --session 4 > /dev/null 2> "$E2E_DIR/err"; status=$?
set -e
[ "$status" = 1 ] && grep -qF "Séance : un numéro de 1 à 1 attendu" "$E2E_DIR/err" || fail "session 4: exit $status, $(cat "$E2E_DIR/err")"

sessions=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'budget.session' AND subject = '$file'")
prints=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'budget.print' AND subject = '$file'")
names=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE summary LIKE '%Dupont%' OR summary LIKE '%Marie%'")
edits=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE action = 'budget.template_edit' AND subject = '#1'")
[ "$edits" = "1" ] || fail "journal: $edits edits of template #1"
[ "$(sqlite3 "$db" "SELECT due_on FROM budget_plan_steps")" = "$(TZ=Europe/Paris date -d '+3 days' +%F)" ] \
    || fail "the step is not due 3 days after the session"
[ "$sessions" = "1" ] && [ "$prints" = "3" ] && [ "$names" = "0" ] \
    || fail "journal: $sessions sessions, $prints prints, $names rows naming the person"
echo "ok - budget: a step template edited, pick a file, resources and two lines, share, offer, plan step, print to a private file; print budget to a file (Latin-1) and to lp"
