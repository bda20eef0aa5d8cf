#!/usr/bin/env bash
# End to end, issue 10: receive cards, open the day, sell two cards to one person,
# refuse a third over the monthly cap, reverse one as a supervisor, close with a
# counted total, then `guichet verify` exits 0 — the real binary in tmux.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"

db="$E2E_DIR/guichet.sqlite"
init_site "$db"

start_counter xterm-256color "$binary" --db "$db"
wait_for "Identifiant"
literal "alice"; keys Enter
literal "motdepasse-alice"; keys Enter
wait_for "Bonjour Alice Martin"

# A file to sell to.
literal "1"; wait_for "Chercher :"
keys F2; wait_for "Nouvelle fiche"
literal "Dupont"; keys Enter
literal "Marie"
keys F2; wait_for "Fiche PAR-"
keys Escape; wait_for "Chercher :"
keys Escape; wait_for "Bonjour Alice Martin"

# Ten cards of 25 € (13 € at the solidarity price) received.
literal "3"; wait_for "Ventes des 30 derniers jours"
keys F8; wait_for "Produits et stock"
literal "mobicarte 25"; wait_for "EX-ORANGE-25"
keys F5; wait_for "Mouvement de stock"
keys Enter; literal "10"; keys Enter
literal "Don de l'opérateur"
keys F2; wait_for "Stock de EX-ORANGE-25 : 0, maintenant 10."
keys Escape; wait_for "Ventes des 30 derniers jours"

# The day opened with a first float of 50 €.
keys F5; wait_for "Fond de caisse"
literal "50"; keys F2
wait_for "ouverte, fond 50,00 €."

# Two sales of 13 € to the same person: 26 € of the 30 € cap.
for receipt in 000001 000002; do
    keys F2; wait_for "Vente : choisir la personne"
    literal "dupont"; wait_for "DUPONT Marie"
    keys Enter; wait_for "Plafond du mois : 30,00 €"
    keys F2; wait_for "Vendre 1 × Exemple : Mobicarte 25 €"
    literal "o"; wait_for "Vente enregistrée : reçu PAR-R-$(date +%Y)-$receipt"
done
wait_for "Reste ce mois-ci"; wait_for ": 4,00 €."

# A third is refused before anything is written.
keys F2; wait_for "Vente : choisir la personne"
literal "dupont"; wait_for "DUPONT Marie"
keys Enter; wait_for "reste : 4,00 €"
wait_for "Plafond mensuel dépassé : cette vente compte 13,00 €"
keys F2; wait_for "Rien n’a été vendu."
keys Escape; wait_for "Ventes des 30 derniers jours"

# The second sale reversed by the supervisor, with a reason.
keys F9; wait_for "Dernières écritures"
literal "PAR-R-$(date +%Y)-000002"; wait_for "1 résultat"
keys F7; wait_for "Rien n’est effacé"
literal "erreur de carte"
keys F2; wait_for "C’est définitif."
literal "o"; wait_for "annulée : reçu PAR-R-$(date +%Y)-000003, -13,00 €."
keys Escape; wait_for "attendu en caisse 63,00 €"

# Closed with a counted total equal to the expected cash.
keys F7; wait_for "Nombre de billets et de pièces"
for _ in $(seq 15); do keys Enter; done
literal "63"; wait_for "Compté 63,00 €, attendu 63,00 €, écart 0,00 €."
keys F2; wait_for "C’est définitif."
literal "o"; wait_for "clôturée : compté 63,00 €, écart 0,00 €."
keys Escape; wait_for "Bonjour Alice Martin"
keys F10; wait_for "Quitter Guichet ?"
literal "o"
status=$(wait_exit)
[ "$status" = "0" ] || { echo "FAIL: exit status $status" >&2; exit 1; }

output=$("$binary" verify --db "$db")
echo "$output" | grep -q "^Registre intact : 6 écritures, 1 clôtures" \
    || { echo "FAIL: verify said: $output" >&2; exit 1; }
kinds=$(sqlite3 "$db" "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM ledger ORDER BY id)")
[ "$kinds" = "reception open sale sale reversal close" ] \
    || { echo "FAIL: ledger kinds: $kinds" >&2; exit 1; }
names=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE summary LIKE '%Dupont%' OR summary LIKE '%Marie%' OR subject LIKE '%Dupont%'")
[ "$names" = "0" ] || { echo "FAIL: $names journal rows name the person" >&2; exit 1; }
# Tampered with by hand: verify names the entry and exits 2.
sqlite3 "$db" "DROP TRIGGER ledger_no_update; UPDATE ledger SET amount_cents = 100 WHERE id = 3;"
set +e
"$binary" verify --db "$db" 2> "$E2E_DIR/verify.err" >/dev/null
code=$?
set -e
[ "$code" = "2" ] && grep -q "Écriture n° 3 du" "$E2E_DIR/verify.err" \
    || { echo "FAIL: verify after tampering: exit $code, $(cat "$E2E_DIR/verify.err")" >&2; exit 1; }
echo "ok - recharges: reception, opening, two sales, a third refused over the cap, a reversal, a closing; verify exits 0, then 2 naming the entry changed by hand"
