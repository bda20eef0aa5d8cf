#ifndef GUICHET_CNCURSESW_SHIM_H
#define GUICHET_CNCURSESW_SHIM_H
// The wide-character API of ncursesw is only declared when this is defined
// before curses.h, in every module that includes it.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals that Swift cannot import directly.
static inline attr_t guichet_a_bold(void) { return A_BOLD; }
static inline attr_t guichet_a_reverse(void) { return A_REVERSE; }
static inline attr_t guichet_a_underline(void) { return A_UNDERLINE; }
static inline attr_t guichet_a_dim(void) { return A_DIM; }
static inline attr_t guichet_a_normal(void) { return A_NORMAL; }
static inline int guichet_key_f(int n) { return KEY_F(n); }
static inline int guichet_lines(void) { return LINES; }
static inline int guichet_cols(void) { return COLS; }
static inline WINDOW *guichet_stdscr(void) { return stdscr; }
static inline int guichet_colors(void) { return COLORS; }
static inline int guichet_color_pairs(void) { return COLOR_PAIRS; }
static inline int guichet_lc_all(void) { return LC_ALL; }
static inline void guichet_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

// Puts `count` one-column characters sharing one look at (y, x) without moving
// the cursor: the cells are copied into the window as they are, where
// waddnwstr would run each character through the full waddch logic.
static inline int guichet_put_run(WINDOW *w, int y, int x, const wchar_t *characters, int count,
                                  attr_t attributes, short pair) {
    enum { chunk = 256 };
    cchar_t cells[chunk];
    wchar_t blank[2] = { L' ', 0 };
    cchar_t model;
    if (setcchar(&model, blank, attributes, pair, NULL) != OK) return ERR;
    int result = OK;
    for (int start = 0; start < count; start += chunk) {
        int length = count - start < chunk ? count - start : chunk;
        for (int i = 0; i < length; ++i) {
            cells[i] = model;
            cells[i].chars[0] = characters[start + i];
        }
        if (mvwadd_wchnstr(w, y, x + start, cells, length) != OK) result = ERR;
    }
    return result;
}
#endif
