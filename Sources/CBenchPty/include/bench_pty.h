#ifndef GUICHET_BENCH_PTY_H
#define GUICHET_BENCH_PTY_H
#include <sys/types.h>

/// Starts `argv[0]` (searched in PATH) on a new pseudo-terminal of the given
/// size with `envp` as its environment. Returns the child's pid and stores the
/// master side in `*master_fd`; returns -1 on failure.
pid_t bench_spawn_on_pty(char *const argv[], char *const envp[], int rows, int cols, int *master_fd);

/// Monotonic clock in nanoseconds.
unsigned long long bench_now_ns(void);
#endif
