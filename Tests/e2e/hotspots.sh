#!/usr/bin/env bash
# End to end, issue 11: a supervisor adds two 3G keys, lends one to a person without
# housing (the deposit through the open cash box), is refused a loan to a housed
# person, renews the loan, takes the key back damaged, and reads the key's history;
# then `guichet verify` exits 0 — the real binary in tmux, under TERM=xterm-256color
# and TERM=linux, each on a database of its own.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
dir="$E2E_DIR"
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

scenario() {
    local term="$1"
    rm -f "$E2E_DIR/exit-status"
    db="$E2E_DIR/guichet-$term.sqlite"
    init_site "$db"
    # Two people: one sans domicile, one in their own home.
    printf 'nom;prenom;logement\nDupont;Marie;sans domicile\nMartin;Paul;logé\n' > "$E2E_DIR/people.csv"
    run 0 import beneficiaries --db "$db" "$E2E_DIR/people.csv"

    start_counter "$term" "$binary" --db "$db"
    wait_for "Identifiant"
    literal "alice"; keys Enter
    literal "motdepasse-alice"; keys Enter
    wait_for "Bonjour Alice Martin"

    # Today's cash box opened with a first float of 50 € (the deposit goes through it).
    literal "3"; wait_for "Ventes des 30 derniers jours"
    keys F5; wait_for "Fond de caisse"
    literal "50"; keys F2
    wait_for "ouverte, fond 50,00 €."
    keys Escape; wait_for "Bonjour Alice Martin"

    # Two keys added to the fleet; a wrong check digit is said at its field.
    literal "4"; wait_for "Parc : 0 clé"
    keys F8; wait_for "Parc des clés"
    keys F2; wait_for "Nouvelle clé"
    literal "17"; keys Enter
    literal "Huawei E5330"; keys Enter
    literal "260531793113830"; keys Enter
    wait_for "IMEI : le dernier chiffre (clé de Luhn) ne correspond pas"
    keys Up End BSpace; literal "7"; keys Enter
    literal "8933011234567890120"; keys Enter
    literal "07 51 23 45 67"
    keys F2; wait_for "Clé CLE-017 ajoutée au parc."
    keys F2; wait_for "Nouvelle clé"
    literal "18"; keys Enter
    literal "ZTE MF920"; keys Enter
    literal "352099001761481"
    keys F2; wait_for "Clé CLE-018 ajoutée au parc."
    wait_for "CLE-018  ZTE MF920"
    keys Escape; wait_for "Parc : 2 clés"

    # A loan to Marie Dupont, sans domicile: CLE-017 for 30 days, the agreement ticked.
    keys F2; wait_for "Prêter une clé : la personne"
    literal "dupont"; wait_for "DUPONT Marie"
    keys Enter; wait_for "La personne peut emprunter une clé"
    keys F2; wait_for "Convention signée : la personne signe la convention"
    keys Right
    keys F2; wait_for "Prêter la clé CLE-017 au dossier PAR-"
    literal "o"; wait_for "Clé CLE-017 prêtée jusqu’au"
    wait_for "Caution 10,00 € : reçu"; wait_for "PAR-R-$(date +%Y)-000001."

    # Paul Martin lives in his own home: refused, with the reason.
    keys F2; wait_for "Prêter une clé : la personne"
    literal "martin"; wait_for "MARTIN Paul"
    keys Enter; wait_for "Prêt refusé : la fiche indique « logement personnel »"
    keys F2; wait_for "! Prêt refusé"
    keys Escape; wait_for "Parc : 2 clés"

    # Renewed once, from the list of every loan.
    keys F7; wait_for "[À rendre sous 3 jours (0)]"
    keys F7; wait_for "[Tous les prêts (1)]"
    wait_for "CLE-017 PAR-"
    keys F6; wait_for "Prolonger le prêt de la clé CLE-017"; wait_for "Prolongation 1 sur"
    literal "o"; wait_for "Prêt prolongé jusqu’au"

    # Back damaged: to repair, the deposit given back.
    keys F5; wait_for "État au retour"
    keys Right Right
    wait_for "rendue abîmée (en réparation)"
    keys F2; wait_for "Caution rendue : 10,00 €"
    literal "o"; wait_for "Prêt terminé : clé CLE-017 en réparation."
    wait_for "Caution 10,00 € rendue : reçu"

    # The key's history, newest first.
    keys F8; wait_for "Parc des clés"
    literal "17"; wait_for "1 résultat"
    keys Enter; wait_for "Fiche de la clé"
    wait_for "CLE-017  Huawei E5330  —  en réparation"
    wait_for "Dossier PAR-2026-00001 : rendue abîmée (en"
    wait_for "prolongé jusqu’au"
    wait_for "Prêtée au dossier PAR-"
    wait_for "Ajoutée au parc (don)"
    screen_text > "$E2E_DIR/card"
    first=$(grep -n "rendue abîmée" "$E2E_DIR/card" | head -1 | cut -d: -f1)
    last=$(grep -n "Ajoutée au parc" "$E2E_DIR/card" | head -1 | cut -d: -f1)
    [ "$first" -lt "$last" ] || fail "the history is not newest first"

    keys Escape; wait_for "Parc des clés"
    keys Escape; wait_for "Clés 3G"
    keys Escape; wait_for "Bonjour Alice Martin"
    keys F10; wait_for "Quitter Guichet ?"
    literal "o"
    [ "$(wait_exit)" = 0 ] || fail "the counter did not exit with 0"
    stop_counter

    run 0 verify --db "$db"
    actions=$(sqlite3 "$db" "SELECT group_concat(action, ' ') FROM (SELECT action FROM journal WHERE action LIKE 'hotspot.%' ORDER BY id)")
    [ "$actions" = "hotspot.device_add hotspot.device_add hotspot.loan hotspot.renew hotspot.return" ] || fail "journal: $actions"
    names=$(sqlite3 "$db" "SELECT count(*) FROM journal WHERE summary LIKE '%Dupont%' OR summary LIKE '%Martin%' OR subject LIKE '%Dupont%'")
    [ "$names" = 0 ] || fail "a name in the journal"
}

for term in xterm-256color linux; do
    scenario "$term"
    echo "ok - hotspots ($term): two keys added, a loan with its deposit, a housed person refused, a renewal, a damaged return, the key's history"
done

# A batch of keys from a spreadsheet: all or nothing, line and column named, exit codes 2, 3, 0.
db="$E2E_DIR/import.sqlite"
init_site "$db"
printf 'code;modele;imei;iccid;telephone\n17;Huawei E5330;260531793113837;8933011234567890120;0751234567\n18;ZTE MF920;260531793113830;;\n' \
    > "$E2E_DIR/keys.csv"
run 2 import devices --db "$db" "$E2E_DIR/keys.csv"
says "ligne 3, colonne « imei » : IMEI : le dernier chiffre (clé de Luhn) ne correspond pas"
says "Rien n’a été importé"
[ "$(sqlite3 "$db" "SELECT count(*) FROM hotspot_devices")" = 0 ] || fail "a refused batch added keys"
run 3 import devices --db "$db" "$E2E_DIR/keys.csv" --skip-invalid --dry-run
grep -qF "1 clé à importer, 1 ligne refusée" "$dir/out" || fail "import devices --dry-run: $(cat "$dir/out")"
[ "$(sqlite3 "$db" "SELECT count(*) FROM hotspot_devices")" = 0 ] || fail "a dry run added keys"
run 3 import devices --db "$db" "$E2E_DIR/keys.csv" --skip-invalid
grep -qF "1 clé importée, 1 ligne refusée" "$dir/out" || fail "import devices: $(cat "$dir/out")"
run 2 import devices --db "$db" "$E2E_DIR/keys.csv"
says "ligne 2, colonne « code » : Code d’inventaire : CLE-017 est déjà celui d’une autre clé"
echo "ok - import devices: a wrong line blocks the batch (exit 2), a dry run writes nothing, --skip-invalid adds the others (exit 3), a known code is refused at its column"
