#!/usr/bin/env bash
# End to end, issue 13: data protection with the real binary in tmux. A supervisor opens
# Administration → F9 « RGPD » and reads where the file stands, backs up from the screen
# (a private file named by site and time), exports a person's file for the right of
# access (text and JSON, private) and erases another at the person's request; quitting
# the same day takes no second backup. The state again under TERM=linux. Then the
# commands: anonymise --dry-run changes nothing, anonymise does; export-person; backup
# while a counter runs; restore refused while the counter has the database open and
# accepted once it quit (journaled, the former database kept aside); an encrypted backup
# restored with its passphrase and refused with a wrong one; a truncated backup refused;
# a backup to a read-only folder fails and leaves nothing that looks like a backup;
# verify clean; and no beneficiary's name in the journal or on standard error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
dir="$E2E_DIR"
trap 'stop_counter; chmod -R u+w "$E2E_DIR" 2>/dev/null; rm -rf "$E2E_DIR"' EXIT
. "$here/lib.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
export LANG=C.UTF-8
unset GUICHET_DB

# Every standard error of the commands, kept to look for names at the end.
errors="$E2E_DIR/all-stderr"
: > "$errors"
run_logged() { run "$@"; cat "$dir/err" >> "$errors"; }
# with_input TEXT EXPECTED_STATUS ARGS...: like run, TEXT (a passphrase) on standard input.
with_input() {
    local text="$1" expected="$2"; shift 2
    set +e
    printf '%s\n' "$text" | "$binary" "$@" > "$dir/out" 2> "$dir/err"; status=$?
    set -e
    cat "$dir/err" >> "$errors"
    [ "$status" = "$expected" ] || fail "guichet $*: exit $status, expected $expected: $(cat "$dir/err")"
}
mode_of() { stat -c %a "$1"; }
count() { sqlite3 -cmd ".timeout 5000" "$db" "$1"; }
# counter TERM: the counter on the database, the last run's exit status forgotten.
counter() { rm -f "$E2E_DIR/exit-status"; start_counter "$1" "$binary" --db "$db"; }
login() {
    wait_for "Identifiant"
    literal "alice"; keys Enter
    literal "motdepasse-alice"; keys Enter
    wait_for "Bonjour Alice Martin"
}

db="$E2E_DIR/guichet.sqlite"
init_site "$db"
year=$(date +%Y)
file() { printf 'PAR-%s-%05d' "$year" "$1"; }
# Four people; the first two without contact since 2023 (their enrolment moved back, as
# if made then), so that they are due for anonymisation after 24 months.
names=(Beaulieu Odette Carpentier Lucien Dessaux Mireille Fontaine Gaston)
printf 'nom;prenom;telephone;email;date_naissance\n%s;%s;06 12 34 56 78;odette@example.org;12/03/1950\n%s;%s;07 51 23 45 67;;01/02/1961\n%s;%s;06 98 76 54 32;;15/06/1975\n%s;%s;;gaston@example.org;30/09/1948\n' \
    "${names[@]}" > "$E2E_DIR/people.csv"
run_logged 0 import beneficiaries --db "$db" "$E2E_DIR/people.csv"
sqlite3 "$db" "UPDATE beneficiaries SET enrolled_on = '2023-01-10', created_at = '2023-01-10T09:00:00Z'
               WHERE file_number IN ('$(file 1)', '$(file 2)')"

# --- At the counter: Administration → F9 « RGPD ».
counter xterm-256color
login
wait_for "Aucune sauvegarde : sauvegardez (Administration, puis RGPD)"
literal "6"; wait_for "9RGPD"
keys F9; wait_for "Données personnelles"
wait_for "Aucune sauvegarde n’a encore été faite."
wait_for "Fiches à anonymiser : 2 (sans contact depuis 24 mois)"
wait_for "Fiches sans consentement : gardées et signalées sur leur fiche"
wait_for "Événements de connexion de plus de 12 mois : 0"

# A backup from the screen, to the default folder beside the database.
literal "4"; wait_for "Phrase de passe (facultative)"
keys F2; wait_for "Sauvegarde faite et vérifiée :"
wait_for "$E2E_DIR/sauvegardes/guichet-PAR-"
wait_for "Dernière sauvegarde : $(date +%d/%m/%Y)"
backups=("$E2E_DIR"/sauvegardes/guichet-PAR-*.sqlite)
[ "${#backups[@]}" = 1 ] && [ -f "${backups[0]}" ] || fail "no backup file: $(ls -la "$E2E_DIR/sauvegardes" 2>&1)"
first_backup="${backups[0]}"
[[ "$(basename "$first_backup")" =~ ^guichet-PAR-$(date +%Y-%m-%d)-[0-9]{6}\.sqlite$ ]] \
    || fail "backup not named by site and time: $first_backup"
[ "$(mode_of "$first_backup")" = 600 ] || fail "backup mode $(mode_of "$first_backup"), expected 600"
[ "$(mode_of "$E2E_DIR/sauvegardes")" = 700 ] || fail "backup folder mode $(mode_of "$E2E_DIR/sauvegardes")"
[ "$(sqlite3 "$first_backup" "PRAGMA integrity_check")" = ok ] || fail "the backup is not sound"
ls -A "$E2E_DIR/sauvegardes" | grep -v '^guichet-PAR-' && fail "something else left in the backup folder"

# The right of access: Mireille Dessaux's whole file, as text and JSON.
literal "2"; wait_for "Accès et effacement : la fiche"
literal "dessaux"; wait_for "DESSAUX Mireille"
keys Enter; wait_for "Ce que la base garde de cette personne"
wait_for "$(file 3)  DESSAUX Mireille"
keys F5; wait_for "Fiche exportée :"
for extension in txt json; do
    export_file="$E2E_DIR/impressions/acces-$(file 3).$extension"
    [ -f "$export_file" ] || fail "no $extension export"
    [ "$(mode_of "$export_file")" = 600 ] || fail "$extension export mode $(mode_of "$export_file")"
    grep -q "Dessaux\|DESSAUX" "$export_file" || fail "the $extension export does not name the person"
done
[ "$(mode_of "$E2E_DIR/impressions")" = 700 ] || fail "printouts folder mode $(mode_of "$E2E_DIR/impressions")"
python3 -m json.tool "$E2E_DIR/impressions/acces-$(file 3).json" > /dev/null || fail "the JSON export does not parse"
wide=$(python3 -c 'import sys; [print(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if len(l) > 80]' \
    "$E2E_DIR/impressions/acces-$(file 3).txt")
[ -z "$wide" ] || fail "the text export is wider than 80 columns: $wide"
keys Escape; wait_for "Données personnelles"

# Erasure on request: Gaston Fontaine's file, « opposition au traitement », asked by himself.
literal "2"; wait_for "Accès et effacement : la fiche"
literal "fontaine"; wait_for "FONTAINE Gaston"
keys Enter; wait_for "Ce que la base garde de cette personne"
keys F7; wait_for "Effacement à la demande"
wait_for "Effacer la fiche $(file 4)"
keys Right; wait_for "opposition au traitement"
keys Enter; wait_for "la personne elle-même"
keys F2; wait_for "Effacer pour toujours les données personnelles de la"
wait_for "fiche $(file 4) ? C’est irréversible."
literal "o"; wait_for "Fiche $(file 4) effacée : le motif et la demande sont notés au journal."
wait_for "Personne anonymisée"
keys Escape; wait_for "Données personnelles"
keys Escape; wait_for "Administration"
keys Escape; wait_for "Dernière sauvegarde : aujourd’hui à"

# Quitting: a backup was made today, so no second one.
keys F10; wait_for "Quitter Guichet ?"
literal "o"
[ "$(wait_exit)" = 0 ] || fail "the counter did not quit cleanly"
stop_counter
[ "$(ls "$E2E_DIR"/sauvegardes | wc -l)" = 1 ] || fail "a second backup at quit: $(ls "$E2E_DIR/sauvegardes")"
[ "$(count "SELECT count(*) FROM journal WHERE action = 'protection.backup'")" = 1 ] || fail "backups journaled"
[ "$(count "SELECT count(*) FROM journal WHERE action = 'protection.export' AND subject = '$(file 3)'")" = 1 ] \
    || fail "the export is not journaled"
[ "$(count "SELECT summary FROM journal WHERE action = 'protection.erase' AND subject = '$(file 4)'")" \
    = "reason=objection requester=person" ] || fail "the erasure is not journaled with its reason and requester"
[ "$(count "SELECT count(*) FROM beneficiaries WHERE last_name = 'Fontaine' OR email IS NOT NULL AND file_number = '$(file 4)'")" = 0 ] \
    || fail "the erased file still holds personal data"
echo "ok - Administration → RGPD: the state, a backup from the screen (0600, named by site and time), the access export (text and JSON, 0600), an erasure with reason and requester, no second backup at quit"

# The same screens on a text console: the state and the files due.
counter linux
login
wait_for "Dernière sauvegarde : aujourd’hui à"
literal "6"; wait_for "9RGPD"
keys F9; wait_for "Données personnelles"
wait_for "Dernière sauvegarde : $(date +%d/%m/%Y)"
literal "1"; wait_for "Sans contact (passage, séance, achat, prêt) depuis 24 mois"
wait_for "$(file 1)"; wait_for "BEAULIEU Odette"; wait_for "sans contact"
keys Escape; wait_for "Données personnelles"
keys Escape; wait_for "Administration"
keys Escape; wait_for "Bonjour Alice Martin"
keys F10; wait_for "Quitter Guichet ?"
literal "o"
[ "$(wait_exit)" = 0 ] || fail "the counter did not quit cleanly under TERM=linux"
stop_counter
echo "ok - the data protection screen and the files to anonymise under TERM=linux"

# --- The commands. A dry run lists file numbers, no names, and changes nothing.
state() { count "SELECT count(*), group_concat(last_name) FROM beneficiaries WHERE anonymised_on IS NULL"; }
before=$(state); journal_before=$(count "SELECT count(*) FROM journal")
run_logged 0 anonymise --db "$db" --dry-run
grep -qF "$(file 1)  dernier contact le 10/01/2023  sans contact" "$dir/out" || fail "anonymise --dry-run: $(cat "$dir/out")"
grep -qF "$(file 2)" "$dir/out" || fail "anonymise --dry-run misses $(file 2)"
grep -qF "2 fiches seraient anonymisées (essai : rien n’a été changé)." "$dir/out" || fail "anonymise --dry-run: $(cat "$dir/out")"
grep -qE "Beaulieu|BEAULIEU|Carpentier|CARPENTIER" "$dir/out" && fail "a name in the dry run's output"
[ "$(state)" = "$before" ] || fail "the dry run changed the files"
[ "$(count "SELECT count(*) FROM journal")" = "$journal_before" ] || fail "the dry run wrote to the journal"
run_logged 0 anonymise --db "$db"
grep -qF "2 fiches anonymisées." "$dir/out" || fail "anonymise: $(cat "$dir/out")"
[ "$(count "SELECT count(*) FROM beneficiaries WHERE last_name IN ('Beaulieu', 'Carpentier') OR first_name IN ('Odette', 'Lucien')")" = 0 ] \
    || fail "names left after the anonymisation"
[ "$(count "SELECT count(*) FROM beneficiaries WHERE anonymised_on IS NOT NULL AND birth_date IS NULL AND phone IS NULL AND birth_year IN (1950, 1961)")" = 2 ] \
    || fail "the anonymised files do not keep their year of birth alone"
[ "$(count "SELECT count(*) FROM journal WHERE action = 'protection.anonymise'")" = 2 ] || fail "anonymisations journaled"
run_logged 0 anonymise --db "$db" --dry-run
grep -qF "0 fiche serait anonymisée" "$dir/out" || fail "still due after the anonymisation: $(cat "$dir/out")"
echo "ok - anonymise --dry-run lists without changing anything, anonymise removes the names and keeps the year"

# The right of access on the command line, to a folder asked for.
run_logged 0 export-person --db "$db" "$(file 3)" --output-dir "$E2E_DIR/acces"
says_out() { grep -qF -- "$1" "$dir/out" || fail "expected « $1 », got: $(cat "$dir/out")"; }
says_out "Fiche exportée : $E2E_DIR/acces/acces-$(file 3).txt et $E2E_DIR/acces/acces-$(file 3).json"
for extension in txt json; do
    [ "$(mode_of "$E2E_DIR/acces/acces-$(file 3).$extension")" = 600 ] || fail "export-person: the $extension file is not private"
done
grep -qF "Dessaux" "$E2E_DIR/acces/acces-$(file 3).json" || fail "export-person: the JSON does not hold the file"
run_logged 1 export-person --db "$db" "PAR-$year-00099"
echo "ok - export-person writes the text and the JSON, private"

# A backup while a counter runs: online, checked.
counter xterm-256color
login
mkdir "$E2E_DIR/cle"
run_logged 0 backup --db "$db" "$E2E_DIR/cle"
says_out "Sauvegarde vérifiée : $E2E_DIR/cle/guichet-PAR-"
online_backup=$(ls "$E2E_DIR"/cle/guichet-PAR-*.sqlite)
[ "$(mode_of "$online_backup")" = 600 ] || fail "the online backup is not private"
[ "$(sqlite3 "$online_backup" "SELECT count(*) FROM beneficiaries")" = 4 ] || fail "the online backup misses files"

# Restore refused while the counter has the database open: nothing changed.
journal_before=$(count "SELECT count(*) FROM journal")
run_logged 1 restore --db "$db" "$online_backup"
says "Un guichet (ou une commande) a la base ouverte : fermez tous les guichets (Quitter), puis recommencez. Rien n’a été changé."
ls "$E2E_DIR" | grep -q "avant-restauration" && fail "a refused restore moved the database aside"
[ "$(count "SELECT count(*) FROM journal")" = "$journal_before" ] || fail "a refused restore changed the journal"
ls -A "$E2E_DIR" | grep -q '\.partiel$' && fail "a refused restore left a partial file"
keys F10; wait_for "Quitter Guichet ?"
literal "o"
[ "$(wait_exit)" = 0 ] || fail "the counter did not quit cleanly"
stop_counter

# A change after the backup (an erasure on the command line), which the restore takes back.
run_logged 1 erase --db "$db" "$(file 3)" --reason oubli --requester person
says "« oubli » : une de ces valeurs attendue : consent_withdrawn, objection, no_longer_needed, other"
run_logged 0 erase --db "$db" "$(file 3)" --reason consent_withdrawn --requester social_worker
says_out "Fiche $(file 3) effacée"
[ "$(count "SELECT count(*) FROM beneficiaries WHERE last_name = 'Dessaux'")" = 0 ] || fail "erase left the name"
run_logged 0 restore --db "$db" "$online_backup"
says_out "Sauvegarde $online_backup restaurée dans $db."
says_out "L’ancienne base est gardée : $db.avant-restauration-"
aside=$(ls "$db".avant-restauration-* | grep -v -- '-wal$\|-shm$' | head -1)
[ -f "$aside" ] || fail "the former database is not kept aside"
[ "$(sqlite3 "$aside" "SELECT count(*) FROM journal WHERE action = 'protection.erase' AND subject = '$(file 3)'")" = 1 ] \
    || fail "the database kept aside is not the former one"
[ "$(count "SELECT count(*) FROM beneficiaries WHERE last_name = 'Dessaux'")" = 1 ] || fail "the restore did not bring the backup back"
[ "$(count "SELECT action FROM journal ORDER BY id DESC LIMIT 1")" = "protection.restore" ] || fail "the restore is not journaled"
[ "$(mode_of "$db")" = 600 ] || fail "the restored database is not private"
run_logged 0 verify --db "$db"
echo "ok - backup while a counter runs; restore refused while it runs, accepted after (journaled, the former database kept aside)"

# An encrypted backup for a USB key: the passphrase on standard input.
passphrase="une longue phrase de passe"
mkdir "$E2E_DIR/usb"
with_input "court" 1 backup --db "$db" "$E2E_DIR/usb" --passphrase-stdin
ls -A "$E2E_DIR/usb" | grep -q . && fail "a refused encrypted backup left a file"
with_input "$passphrase" 0 backup --db "$db" "$E2E_DIR/usb" --passphrase-stdin
encrypted=$(ls "$E2E_DIR"/usb/guichet-PAR-*.sqlite.chiffre)
[ "$(mode_of "$encrypted")" = 600 ] || fail "the encrypted backup is not private"
[ "$(head -c 15 "$encrypted")" = "GUICHET-CHIFFRE" ] || fail "the encrypted backup has no header"
grep -qa "Dessaux\|SQLite format" "$encrypted" && fail "the encrypted backup reads in clear"
ls -A "$E2E_DIR/usb" | grep -v '^guichet-PAR-.*\.sqlite\.chiffre$' && fail "a plain copy left on the USB key"
journal_before=$(count "SELECT count(*) FROM journal")
with_input "une autre phrase de passe" 1 restore --db "$db" "$encrypted" --passphrase-stdin
says "Phrase de passe incorrecte : la sauvegarde n’a pas été déchiffrée, rien n’a été changé."
[ "$(count "SELECT count(*) FROM journal")" = "$journal_before" ] || fail "a wrong passphrase changed the database"
run_logged 1 restore --db "$db" "$encrypted"
says "Phrase de passe : lancez la commande dans un terminal, ou donnez --passphrase-stdin"
with_input "$passphrase" 0 restore --db "$db" "$encrypted" --passphrase-stdin
grep -qF "restaurée dans $db." "$dir/out" || fail "the encrypted backup was not restored: $(cat "$dir/out")"
echo "ok - an encrypted backup (private, no plain copy beside it), refused with a wrong passphrase, restored with the right one"

# A new PC: nothing at the default location yet, not even its folder.
HOME="$E2E_DIR/nouveau-pc" XDG_DATA_HOME="" with_input "$passphrase" 0 restore "$encrypted" --passphrase-stdin
restored="$E2E_DIR/nouveau-pc/.local/share/guichet/guichet.sqlite"
grep -qF "restaurée dans $restored." "$dir/out" || fail "the restore on a new PC: $(cat "$dir/out")"
[ "$(mode_of "$(dirname "$restored")")" = 700 ] && [ "$(mode_of "$restored")" = 600 ] || fail "the new PC's database is not private"
HOME="$E2E_DIR/nouveau-pc" XDG_DATA_HOME="" run_logged 0 verify
echo "ok - a restore on a new PC makes the default location's folder"

# Truncated backups are refused, nothing changed.
journal_before=$(count "SELECT count(*) FROM journal"); asides=$(ls "$db".avant-restauration-* | wc -l)
head -c 20000 "$online_backup" > "$E2E_DIR/coupee.sqlite"
run_logged 1 restore --db "$db" "$E2E_DIR/coupee.sqlite"
says "coupee.sqlite"; says "rien n’a été changé"
head -c 2000 "$encrypted" > "$E2E_DIR/coupee.sqlite.chiffre"
with_input "$passphrase" 1 restore --db "$db" "$E2E_DIR/coupee.sqlite.chiffre" --passphrase-stdin
says "La sauvegarde $E2E_DIR/coupee.sqlite.chiffre est abîmée ou incomplète"
[ "$(count "SELECT count(*) FROM journal")" = "$journal_before" ] || fail "a truncated backup changed the database"
[ "$(ls "$db".avant-restauration-* | wc -l)" = "$asides" ] || fail "a truncated backup moved the database aside"
ls -A "$E2E_DIR" | grep -q '\.partiel$' && fail "a refused restore left a partial file"
echo "ok - truncated backups (plain and encrypted) refused, nothing changed"

# A read-only destination: a clean failure, no file that looks like a backup. Root writes
# everywhere: the command then runs without the capability to override file modes.
mkdir "$E2E_DIR/lecture-seule"; chmod 555 "$E2E_DIR/lecture-seule"
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --bounding-set=-dac_override,-dac_read_search --inh-caps=-dac_override,-dac_read_search --)
set +e
"${as_user[@]}" "$binary" backup --db "$db" "$E2E_DIR/lecture-seule" < /dev/null > "$dir/out" 2> "$dir/err"; status=$?
set -e
cat "$dir/err" >> "$errors"
[ "$status" = 1 ] || fail "backup to a read-only folder: exit $status: $(cat "$dir/err")"
says "Impossible d’écrire dans $E2E_DIR/lecture-seule (permission refusée) : aucun fichier n’a été gardé."
[ -z "$(ls -A "$E2E_DIR/lecture-seule")" ] || fail "a file left in the read-only folder: $(ls -A "$E2E_DIR/lecture-seule")"
run_logged 1 backup --db "$db" "$E2E_DIR/absent"
says "Le dossier $E2E_DIR/absent n’existe pas : branchez la clé USB ou vérifiez le chemin."
echo "ok - a backup to a read-only or missing folder fails cleanly, no file left"

# At the end: the chains verify, and no beneficiary's name in the journal or on standard error.
run_logged 0 verify --db "$db"
run_logged 0 purge-logs --db "$db" --dry-run
says_out "0 événements de connexion d’avant le"
pattern=$(printf '%s\\|' "${names[@]}"); pattern="${pattern%\\|}"
for base in "$db" "$aside"; do
    sqlite3 "$base" "SELECT * FROM journal" | grep -qi "$pattern" && fail "a name in the journal of $base"
done
grep -qi "$pattern" "$errors" && fail "a name on standard error: $(grep -i "$pattern" "$errors")"
english='Permission denied|No such file|error|Error|cannot|failed'
grep -E "$english" "$errors" && fail "English on standard error"
echo "ok - verify clean at the end; no name in the journal or on standard error"
