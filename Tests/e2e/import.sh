#!/usr/bin/env bash
# End to end, issue 3 (command line): `guichet import beneficiaries` — UTF-8 with BOM,
# Windows-1252, all-or-nothing with lines reported (exit 2), --skip-invalid (exit 3),
# --dry-run, duplicates skipped, one journal event per import — and `guichet demo`
# (deterministic for a seed, progress lines when stderr is not a terminal).
# Issue 7: hostile files (escape sequences, UTF-8 with a bad byte, accent floods).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

. "$here/lib.sh"
count() { sqlite3 "$1" "$2"; }

db="$dir/guichet.sqlite"
init_site "$db"

# UTF-8 with a BOM, separator ";".
printf '\xef\xbb\xbfnom;prenom;date_naissance;telephone\nDupont-Müller;Hélène;05/03/1978;06 12 34 56 78\nN’Diaye;Aïssatou;;\n' > "$dir/bom.csv"
"$binary" import beneficiaries --db "$db" "$dir/bom.csv" > "$dir/out" 2> "$dir/err" || fail "BOM import: exit $?"
grep -qF "2 fiches importées, 0 ligne refusée, 0 doublon ignoré" "$dir/out" || fail "summary: $(cat "$dir/out")"
grep -qF "UTF-8 (BOM)" "$dir/err" || fail "encoding not told: $(cat "$dir/err")"
[ "$(count "$db" "SELECT last_name FROM beneficiaries WHERE id = 1")" = "Dupont-Müller" ] || fail "name not kept"

# Windows-1252, separator ",": « Lefèvre,Cécile » and « Œillet,Zoé ».
printf 'nom,prenom\r\nLef\xe8vre,C\xe9cile\r\n\x8cillet,Zo\xe9\r\n' > "$dir/cp1252.csv"
"$binary" import beneficiaries --db "$db" "$dir/cp1252.csv" > "$dir/out" 2>&1 || fail "Windows-1252 import: exit $?"
[ "$(count "$db" "SELECT first_name FROM beneficiaries WHERE last_name = 'Œillet'")" = "Zoé" ] || fail "Windows-1252 accents lost"

# One refused line: nothing imported, every line reported, exit 2.
printf 'nom;prenom;telephone\nMartin;Paul;\nPetit;;\nDurand;Léa;12345\n' > "$dir/bad.csv"
before=$(count "$db" "SELECT count(*) FROM beneficiaries")
set +e
"$binary" import beneficiaries --db "$db" "$dir/bad.csv" > "$dir/out" 2> "$dir/err"; status=$?
set -e
[ "$status" = 2 ] || fail "refused file: exit $status, expected 2"
grep -qF "ligne 3, colonne « prenom » :" "$dir/err" || fail "line 3 not reported: $(cat "$dir/err")"
grep -qF "ligne 4, colonne « telephone » :" "$dir/err" || fail "line 4 not reported: $(cat "$dir/err")"
[ "$(count "$db" "SELECT count(*) FROM beneficiaries")" = "$before" ] || fail "a refused file imported rows"

# Dry run: checked, nothing stored.
set +e
"$binary" import beneficiaries --db "$db" "$dir/bad.csv" --skip-invalid --dry-run > "$dir/out" 2>&1; status=$?
set -e
[ "$status" = 3 ] || fail "dry run with refused lines: exit $status, expected 3"
grep -qF "Essai à blanc" "$dir/out" || fail "dry run not told"
[ "$(count "$db" "SELECT count(*) FROM beneficiaries")" = "$before" ] || fail "a dry run imported rows"

# --skip-invalid: the valid line imported, exit 3.
set +e
"$binary" import beneficiaries --db "$db" "$dir/bad.csv" --skip-invalid > "$dir/out" 2>&1; status=$?
set -e
[ "$status" = 3 ] || fail "--skip-invalid: exit $status, expected 3"
grep -qF "1 fiche importée, 2 lignes refusées" "$dir/out" || fail "summary: $(cat "$dir/out")"

# Duplicates of existing files and of earlier lines are skipped.
printf 'nom;prenom;date_naissance\nDupond-Muller;Helene;05/03/1978\nBernard;Anne;\nBernart;Anne;\n' > "$dir/dup.csv"
"$binary" import beneficiaries --db "$db" "$dir/dup.csv" > "$dir/out" 2> "$dir/err" || fail "duplicates: exit $?"
grep -qF "ligne 2 : doublon probable du dossier PAR-" "$dir/err" || fail "existing duplicate: $(cat "$dir/err")"
grep -qF "ligne 4 : doublon probable de la ligne 3" "$dir/err" || fail "in-file duplicate: $(cat "$dir/err")"
grep -qF "1 fiche importée, 0 ligne refusée, 2 doublons ignorés" "$dir/out" || fail "summary: $(cat "$dir/out")"
[ "$(count "$db" "SELECT count(*) FROM journal WHERE action = 'import.beneficiaries'")" = 4 ] || fail "one journal event per committed import"

# Issue 7, item 11: escape sequences in the header, in cells and in a file name are
# shown as <U+001B>, never written raw to the terminal.
printf 'nom;prenom;\x1b]0;pwned\x07\x1b[2J\x1b[Himport OK\nDu\x1b[31mpont;Marie;x\nMartin;\xe2\x80\xaePaul;y\n' > "$dir/esc.csv"
before=$(count "$db" "SELECT count(*) FROM beneficiaries")
set +e
"$binary" import beneficiaries --db "$db" "$dir/esc.csv" > "$dir/out" 2> "$dir/err"; status=$?
set -e
[ "$status" = 2 ] || fail "hostile cells: exit $status, expected 2"
[ "$(grep -c $'\x1b' "$dir/err")" = 0 ] || fail "an ESC byte reached stderr"
[ "$(grep -c $'\x1b' "$dir/out")" = 0 ] || fail "an ESC byte reached stdout"
[ "$(grep -c $'\x07' "$dir/err")" = 0 ] || fail "a BEL byte reached stderr"
grep -qF "colonne « <U+001B>]0 »" "$dir/err" || fail "header escape not made visible: $(cat -v "$dir/err")"
grep -qF "<U+0007><U+001B>[2J<U+001B>[Himport OK" "$dir/err" || fail "header escapes not made visible: $(cat -v "$dir/err")"
grep -qF "ligne 2, colonne « nom » : Caractère U+001B refusé." "$dir/err" || fail "cell escape: $(cat -v "$dir/err")"
grep -qF "ligne 3, colonne « prenom » : Caractère U+202E refusé." "$dir/err" || fail "bidi override: $(cat -v "$dir/err")"
[ "$(count "$db" "SELECT count(*) FROM beneficiaries")" = "$before" ] || fail "a hostile file imported rows"
set +e
"$binary" import beneficiaries --db "$db" "$dir/$(printf 'x\x1b[2Jy').csv" > "$dir/out" 2> "$dir/err"; status=$?
set -e
[ "$status" = 1 ] || fail "missing file: exit $status, expected 1"
[ "$(grep -c $'\x1b' "$dir/err")" = 0 ] || fail "an ESC byte of the file name reached stderr"
grep -qF "x<U+001B>[2Jy.csv" "$dir/err" || fail "file name not shown: $(cat -v "$dir/err")"

# Issue 7, item 12: a UTF-8 file with one Windows-1252 byte (é = E9, line 4) is refused,
# naming the line and the byte, exit 1, nothing stored; --encoding windows-1252 imports it.
printf 'nom;prenom\nDo\xc4\x9fan;G\xc3\xaane\nLambert;Marie\nRoux;Ren\xe9\n' > "$dir/mixed.csv"
set +e
"$binary" import beneficiaries --db "$db" "$dir/mixed.csv" > "$dir/out" 2> "$dir/err"; status=$?
set -e
[ "$status" = 1 ] || fail "UTF-8 with a bad byte: exit $status, expected 1"
grep -qF "ligne 4 : octet 0xE9 invalide en UTF-8" "$dir/err" || fail "bad byte not named: $(cat "$dir/err")"
grep -qF -- "--encoding windows-1252" "$dir/err" || fail "the way out is not told: $(cat "$dir/err")"
[ "$(count "$db" "SELECT count(*) FROM beneficiaries")" = "$before" ] || fail "a mixed file imported rows"
"$binary" import beneficiaries --db "$db" --encoding windows-1252 "$dir/mixed.csv" > "$dir/out" 2> "$dir/err" \
    || fail "--encoding windows-1252: exit $?: $(cat "$dir/err")"
grep -qF "comme demandé (--encoding)" "$dir/err" || fail "chosen encoding not told: $(cat "$dir/err")"
grep -qF "3 fiches importées" "$dir/out" || fail "summary: $(cat "$dir/out")"
[ "$(count "$db" "SELECT first_name FROM beneficiaries WHERE last_name = 'Roux'")" = "René" ] || fail "Windows-1252 byte not read"
set +e
"$binary" import beneficiaries --db "$db" --encoding latin9 "$dir/mixed.csv" > "$dir/out" 2> "$dir/err"; status=$?
set -e
[ "$status" = 1 ] || fail "unknown encoding: exit $status, expected 1"
grep -qF "utf-8 ou windows-1252 attendu" "$dir/err" || fail "unknown encoding: $(cat "$dir/err")"

# Issue 7, item 13: 5 letters and 78 combining accents is a refused line, not a CHECK failure.
flood="Dupont$(for _ in $(seq 78); do printf '\xcc\x81'; done)"
printf 'nom;prenom\nMoreau;Luc\n%s;Marie\nPetit;\xe3\x85\xa4\n' "$flood" > "$dir/flood.csv"
before=$(count "$db" "SELECT count(*) FROM beneficiaries")
set +e
"$binary" import beneficiaries --db "$db" "$dir/flood.csv" > "$dir/out" 2> "$dir/err"; status=$?
set -e
[ "$status" = 2 ] || fail "accent flood: exit $status, expected 2"
grep -qF "ligne 3, colonne « nom » : Une même lettre porte 78 accents" "$dir/err" || fail "flood line: $(cat "$dir/err")"
grep -qF "ligne 4, colonne « prenom » : Caractère U+3164 refusé." "$dir/err" || fail "Hangul filler: $(cat "$dir/err")"
grep -qF "SQLite" "$dir/err" && fail "a database error reached the user: $(cat "$dir/err")"
[ "$(count "$db" "SELECT count(*) FROM beneficiaries")" = "$before" ] || fail "a refused file imported rows"

# Demo: the same seed gives the same people; progress lines on a non-terminal stderr.
for name in a b; do
    init_site "$dir/$name.sqlite"
    "$binary" demo --db "$dir/$name.sqlite" --beneficiaries 1500 --seed 5 > "$dir/$name.out" 2> "$dir/$name.err" || fail "demo: exit $?"
done
grep -qF "Démonstration — 100 % (1500/1500)" "$dir/a.err" || fail "no progress lines: $(cat "$dir/a.err")"
grep -qF "$(printf '1\xe2\x80\xaf500') dossiers de démonstration" "$dir/a.out" || fail "demo summary: $(cat "$dir/a.out")"
query="SELECT group_concat(file_number || last_name || first_name, '|') FROM beneficiaries"
[ "$(count "$dir/a.sqlite" "$query")" = "$(count "$dir/b.sqlite" "$query")" ] || fail "demo not deterministic"
echo "import.sh: all passed"
