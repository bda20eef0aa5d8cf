#!/usr/bin/env bash
# End to end, issue 7 items 9 and 19: the command line speaks French — the
# argument parser's own messages translated, names and values in « » — and a
# database path that is wrong is said with the path and the reason (a missing
# folder, a folder given as the file, no permission, a file that is not a
# Guichet database), exit 1, nothing created. The counter without a terminal
# creates nothing either.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary="${GUICHET_BIN:-$here/../../.build/debug/guichet}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export LANG=C.UTF-8
unset GUICHET_DB

. "$here/lib.sh"

# No English left in French: usage errors of every kind, and help.
english='See |default:|Error:|Did you mean|cannot|Permission denied|Missing|Unknown|Unexpected|is invalid|Usage:|Help:|Show '
wrong_invocations=(
    "--foo"
    "import beneficiaries"
    "demo --beneficiaries abc"
    "demo --beneficiaries"
    "demo extra1 extra2"
    "demo -abc"
    "init --site-code PAR"
    "import beneficiaries --dry-run=3 a.csv"
    "nosuch"
    "restore"
    "erase PAR-2026-00001"
    "backup a b"
    "anonymise --dry-run=1"
)
for invocation in "${wrong_invocations[@]}"; do
    # shellcheck disable=SC2086
    run 64 $invocation
    if grep -E -- "$english" "$dir/err" >/dev/null; then fail "English in « guichet $invocation »: $(cat "$dir/err")"; fi
    if grep -F -- "'" "$dir/err" >/dev/null; then fail "straight quotes in « guichet $invocation »: $(cat "$dir/err")"; fi
    grep -q "^Erreur : " "$dir/err" || fail "no « Erreur : » for « guichet $invocation »: $(cat "$dir/err")"
done
run 64 --foo
says "Erreur : Option inconnue : « --foo ». Vouliez-vous dire « --db » ?"
says "Voir « guichet --help » pour plus d’informations."
run 64 import beneficiaries
says "Argument manquant : « <fichier.csv> »"
says "Voir « guichet import beneficiaries --help » pour plus d’informations."
for help in "--help" "demo --help" "import --help" "import beneficiaries --help" "import devices --help" "init --help" "help import" \
    "anonymise --help" "export-person --help" "erase --help" "purge-logs --help" "backup --help" "restore --help"; do
    # shellcheck disable=SC2086
    "$binary" $help > "$dir/out" 2>&1 || fail "guichet $help: exit $?"
    if grep -E -- "$english" "$dir/out" >/dev/null; then fail "English in « guichet $help »: $(grep -E -- "$english" "$dir/out")"; fi
done
"$binary" demo --help > "$dir/out"
grep -qF "(par défaut :" "$dir/out" || fail "default values not in French: $(cat "$dir/out")"
# English stays English.
run 64 --lang en --foo
says "Error: Unknown option '--foo'"
run 64 erase PAR-2026-00001 --requester person
says "Argument manquant : « --reason <motif> »"
echo "ok - the parser's messages in French, no English word, no straight quote"

# Paths: a missing folder is named, and not created.
run 1 demo --db "$dir/absent/g.sqlite"
says "La base « $dir/absent/g.sqlite » n’existe pas : vérifiez le chemin, ou créez-la avec « guichet init »."
printf 'motdepasse-alice\n' > "$dir/password"
set +e
"$binary" init --db "$dir/absent/g.sqlite" --site-code PAR --site-name "Paris 19e" --supervisor-login alice \
    --supervisor-name "Alice Martin" --password-stdin < "$dir/password" > /dev/null 2> "$dir/err"; status=$?
set -e
[ "$status" = 1 ] || fail "init in a missing folder: exit $status"
says "Le dossier « $dir/absent » n’existe pas : vérifiez le chemin, ou créez d’abord ce dossier (mkdir). Rien n’a été créé."
[ ! -e "$dir/absent" ] || fail "a missing folder was created"
# A folder given as the file.
run 1 demo --db "$dir"
says "« $dir » est un dossier : donnez le chemin d’un fichier de base"
# A file that is not a database, left as it was.
printf 'nom;prenom\nMartin;Paul\n' > "$dir/people.csv"
before=$(sha256sum < "$dir/people.csv")
run 1 import beneficiaries --db "$dir/people.csv" "$dir/people.csv"
says "« $dir/people.csv » n’est pas une base Guichet"
[ "$(sha256sum < "$dir/people.csv")" = "$before" ] || fail "the file that is not a database was changed"
# Another program's SQLite database, left as it was.
sqlite3 "$dir/recipes.sqlite" "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('crêpes');"
before=$(sha256sum < "$dir/recipes.sqlite")
run 1 demo --db "$dir/recipes.sqlite"
says "« $dir/recipes.sqlite » n’est pas une base Guichet"
[ "$(sha256sum < "$dir/recipes.sqlite")" = "$before" ] || fail "another program's database was changed"
# No permission: another user (root reads everything) or a file made unreadable.
db="$dir/guichet.sqlite"
init_site "$db"
if [ "$(id -u)" = 0 ]; then
    chmod 755 "$dir"
    set +e
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$binary" demo --db "$db" < /dev/null > /dev/null 2> "$dir/err"
    status=$?
    set -e
else
    chmod 000 "$db"
    set +e
    "$binary" demo --db "$db" < /dev/null > /dev/null 2> "$dir/err"; status=$?
    set -e
    chmod 600 "$db"
fi
[ "$status" = 1 ] || fail "no permission: exit $status"
says "Impossible d’ouvrir « $db » (permission refusée) : vérifiez les droits du fichier et de son dossier (ls -l)."
for problem in "$dir/err"; do
    if grep -E -- "$english" "$problem" >/dev/null; then fail "English in a path message: $(cat "$problem")"; fi
done
echo "ok - path problems named with their reason in French, exit 1, nothing created or changed"

# The counter without a terminal checks that first: no folder, no file.
set +e
"$binary" --db "$dir/x/new/g.sqlite" < /dev/null > /dev/null 2> "$dir/err"; status=$?
set -e
[ "$status" = 1 ] || fail "counter without a terminal: exit $status"
says "Erreur : Le guichet s’ouvre dans un terminal"
[ ! -e "$dir/x" ] || fail "the counter without a terminal created $dir/x"
echo "ok - the counter without a terminal says so and creates nothing"
