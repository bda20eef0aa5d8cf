# Helpers for the end-to-end tests: the real binary in a detached tmux at 80×24.
# Sourced by the scenario scripts; each scenario uses its own tmux server socket.

E2E_SOCKET="guichet-e2e-$$-0"
E2E_SESSION="guichet"
e2e_runs=0

tmx() { tmux -L "$E2E_SOCKET" "$@"; }

# start_counter TERM COMMAND...: runs the command in an 80×24 pane with that TERM;
# its exit status is written to $E2E_DIR/exit-status when it ends.
start_counter() {
    local term="$1"; shift
    local command
    # A fresh tmux server for each run: reusing one just killed races its shutdown.
    e2e_runs=$((e2e_runs + 1))
    E2E_SOCKET="guichet-e2e-$$-$e2e_runs"
    command=$(printf '%q ' "$@")
    tmx -f /dev/null new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
        "env TERM=$term LANG=C.UTF-8 $command; echo \$? > '$E2E_DIR/exit-status'; sleep 30"
    tmx set-option -t "$E2E_SESSION" status off >/dev/null
}

screen_text() { tmx capture-pane -p -t "$E2E_SESSION"; }

# wait_for TEXT [SECONDS]: waits until the screen shows TEXT, else fails with the screen.
wait_for() {
    local text="$1" limit="${2:-15}" waited=0
    while ! screen_text | grep -qF -- "$text"; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -ge $((limit * 10)) ]; then
            echo "FAIL: «$text» not shown after ${limit}s. Screen:" >&2
            screen_text >&2
            return 1
        fi
    done
}

# wait_exit [SECONDS]: waits for the program to end and prints its exit status.
wait_exit() {
    local limit="${1:-15}" waited=0
    while [ ! -s "$E2E_DIR/exit-status" ]; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -ge $((limit * 10)) ]; then
            echo "FAIL: the program did not end. Screen:" >&2
            screen_text >&2
            return 1
        fi
    done
    cat "$E2E_DIR/exit-status"
}

# init_site DB: a site PAR "Paris 19e" with the supervisor alice / motdepasse-alice.
init_site() {
    printf 'motdepasse-alice\n' | "$binary" init --db "$1" --site-code PAR --site-name "Paris 19e" \
        --supervisor-login alice --supervisor-name "Alice Martin" --password-stdin >/dev/null
}

keys() { tmx send-keys -t "$E2E_SESSION" "$@"; }
literal() { tmx send-keys -t "$E2E_SESSION" -l "$1"; }

stop_counter() { tmx kill-server 2>/dev/null || true; }

# run EXPECTED_STATUS ARGS...: runs the binary without a terminal, its output in
# $dir/out and $dir/err, and fails unless it exits with EXPECTED_STATUS.
run() {
    local expected="$1"; shift
    set +e
    "$binary" "$@" < /dev/null > "$dir/out" 2> "$dir/err"; status=$?
    set -e
    [ "$status" = "$expected" ] || fail "guichet $*: exit $status, expected $expected: $(cat "$dir/err")"
}

# says TEXT: the last run's standard error holds TEXT.
says() { grep -qF -- "$1" "$dir/err" || fail "expected « $1 », got: $(cat "$dir/err")"; }
