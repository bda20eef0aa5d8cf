#!/usr/bin/env bash
# End to end, issue 7 items 16, 17 and 18: a database with garbage in the
# beneficiaries' B-tree, one from a newer Guichet, and a disk that fills up
# (`ulimit -f`) are refused with what to do, exit 1, and nothing is written;
# the counter says so too.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
E2E_DIR=$(mktemp -d)
dir="$E2E_DIR"
trap 'stop_counter; rm -rf "$E2E_DIR"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export LANG=C.UTF-8

. "$here/lib.sh"

fingerprint() { sha256sum < "$1"; }

sound="$dir/sound.sqlite"
init_site "$sound"
"$binary" demo --db "$sound" --beneficiaries 2000 --seed 1 > /dev/null 2>&1
sqlite3 "$sound" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
printf 'nom;prenom\nMartin;Paul\n' > "$dir/one.csv"

# 8 KiB of garbage (the same every run) over two leaf pages of the beneficiaries' B-tree.
damaged="$dir/damaged.sqlite"
cp "$sound" "$damaged"
page_size=$(sqlite3 "$sound" "PRAGMA page_size")
page=$(sqlite3 "$sound" "SELECT pageno FROM dbstat WHERE name = 'beneficiaries' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 10")
printf 'garbage\n%.0s' $(seq 1024) | dd of="$damaged" bs="$page_size" seek=$((page - 1)) conv=notrunc status=none
[ "$(sqlite3 "$damaged" "PRAGMA quick_check" 2>&1 | head -1)" != "ok" ] || fail "the garbage did not damage the file"
before=$(fingerprint "$damaged")
advice="arrêtez la saisie et restaurez la dernière sauvegarde (README, « Restaurer »). Rien n’a été enregistré."
run 1 import beneficiaries --db "$damaged" "$dir/one.csv"
says "La base est endommagée ("
says "$advice"
run 1 demo --db "$damaged" --beneficiaries 10 --seed 2
says "$advice"
[ -s "$damaged-wal" ] && fail "a write-ahead log was written for the damaged file"
[ "$(fingerprint "$damaged")" = "$before" ] || fail "the damaged file was written to"
echo "ok - damaged file: import and demo refuse (exit 1) with what to do, nothing written"

# The counter: its first write (the login) runs the check and says the same.
start_counter xterm-256color "$binary" --db "$damaged"
wait_for "Identifiant"
literal "alice"; keys Enter
literal "motdepasse-alice"; keys Enter
wait_for "La base est endommagée"
stop_counter
[ "$(fingerprint "$damaged")" = "$before" ] || fail "the counter wrote to the damaged file"
echo "ok - damaged file: the counter's login says so, nothing written"

# A file from a newer Guichet: refused by every command and by the counter.
newer="$dir/newer.sqlite"
cp "$sound" "$newer"
sqlite3 "$newer" "PRAGMA user_version = 999"
before=$(fingerprint "$newer")
newer_message="Cette base a été créée par une version plus récente de Guichet : utilisez cette version-là, ou une sauvegarde faite avec celle-ci."
run 1 import beneficiaries --db "$newer" "$dir/one.csv"
says "$newer_message"
run 1 demo --db "$newer" --beneficiaries 10
says "$newer_message"
start_counter xterm-256color "$binary" --db "$newer"
wait_for "version plus récente de Guichet"
[ "$(wait_exit)" = 1 ] || fail "the counter on a newer file: exit status not 1"
stop_counter
cp "$sound" "$dir/unknown-migration.sqlite"
sqlite3 "$dir/unknown-migration.sqlite" "INSERT INTO grdb_migrations VALUES ('beneficiaries.99-future')"
run 1 demo --db "$dir/unknown-migration.sqlite" --beneficiaries 10
says "$newer_message"
[ "$(fingerprint "$newer")" = "$before" ] || fail "the newer file was written to"
echo "ok - newer file: refused by import, demo and the counter, nothing written"

# A full disk (here the size limit of `ulimit -f`, 200 KiB): the import fails with
# the disk-full message instead of being killed by SIGXFSZ; nothing is imported.
full="$dir/full.sqlite"
cp "$sound" "$full"
awk 'BEGIN {
    srand(7); print "nom;prenom;date_naissance"
    for (i = 0; i < 5000; i++) {
        last = ""; first = ""
        for (j = 0; j < 9; j++) last = last sprintf("%c", 97 + int(rand() * 26))
        for (j = 0; j < 7; j++) first = first sprintf("%c", 97 + int(rand() * 26))
        printf "%s;%s;%02d/%02d/%d\n", toupper(substr(last, 1, 1)) substr(last, 2), toupper(substr(first, 1, 1)) substr(first, 2),
            1 + int(rand() * 28), 1 + int(rand() * 12), 1940 + int(rand() * 65)
    }
}' > "$dir/many.csv"
files=$(sqlite3 "$full" "SELECT count(*) FROM beneficiaries")
events=$(sqlite3 "$full" "SELECT count(*) FROM journal")
set +e
(ulimit -f 200; "$binary" import beneficiaries --db "$full" "$dir/many.csv" < /dev/null > "$dir/out" 2> "$dir/err"); status=$?
set -e
[ "$status" = 1 ] || fail "import beyond ulimit -f: exit $status, expected 1: $(tail -3 "$dir/err")"
says "Le disque est plein (ou la taille de fichier permise est atteinte) : libérez de la place puis recommencez. Rien n’a été enregistré."
[ "$(sqlite3 "$full" "SELECT count(*) FROM beneficiaries")" = "$files" ] || fail "rows were imported on a full disk"
[ "$(sqlite3 "$full" "SELECT count(*) FROM journal")" = "$events" ] || fail "the journal changed on a full disk"
[ "$(sqlite3 "$full" "PRAGMA integrity_check")" = "ok" ] || fail "the file is damaged after a full disk"
"$binary" import beneficiaries --db "$full" "$dir/many.csv" > "$dir/out" 2> /dev/null || fail "the same import with room: exit $?"
grep -q "^5.000 fiches importées" "$dir/out" || fail "the same import with room: $(cat "$dir/out")"
echo "ok - full disk: exit 1 with the message, nothing imported, the file sound; with room the import goes through"
