/*
 * CNcurses shim: the ncursesw wide-character API plus the few things Swift cannot
 * import directly (function-like macros, macros built from casts, globals that
 * Swift 6 treats as shared mutable state, and the variadic/union-typed calls
 * around termios, ioctl and sigaction). Only KabarCurses imports this module.
 */
#ifndef KABAR_CNCURSES_SHIM_H
#define KABAR_CNCURSES_SHIM_H

/* Both must come before curses.h, or the cchar_t / *_wch API is not declared. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h> /* Debian/Ubuntu */
#else
#include <curses.h>
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>

/* ---- screen and globals (Swift 6 rejects reading these C globals directly) ---- */

/** Starts curses on stdout/stdin without exiting on failure (unlike initscr); NULL if TERM is unusable. */
static inline SCREEN *kabar_newterm(void) { return newterm(NULL, stdout, stdin); }
/** The same with an explicit terminal type (a direct-colour variant of TERM). */
static inline SCREEN *kabar_newterm_type(const char *type) { return newterm(type, stdout, stdin); }
static inline WINDOW *kabar_stdscr(void) { return stdscr; }
static inline int kabar_colors(void) { return COLORS; }
static inline int kabar_color_pairs(void) { return COLOR_PAIRS; }
static inline int kabar_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int kabar_getmaxy(WINDOW *w) { return getmaxy(w); }
/** True when the terminal has cursor addressing (terminfo cup); TERM=dumb has none. */
static inline int kabar_can_move_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* ---- attributes (macros built from casts, invisible to Swift) ---- */

static inline attr_t kabar_a_normal(void) { return A_NORMAL; }
static inline attr_t kabar_a_bold(void) { return A_BOLD; }
static inline attr_t kabar_a_dim(void) { return A_DIM; }
static inline attr_t kabar_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kabar_a_reverse(void) { return A_REVERSE; }
static inline attr_t kabar_a_italic(void) {
#ifdef A_ITALIC
    return A_ITALIC;
#else
    return A_NORMAL;
#endif
}
static inline attr_t kabar_color_pair(int n) { return COLOR_PAIR(n); }

/* ---- key codes: KEY_F(n) is function-like; the rest are plain octal and import fine ---- */

static inline int kabar_key_f(int n) { return KEY_F(n); }

/* ---- mouse masks (built by the function-like NCURSES_MOUSE_MASK) ---- */

static inline mmask_t kabar_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t kabar_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t kabar_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kabar_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t kabar_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kabar_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t kabar_button2_released(void) { return BUTTON2_RELEASED; }
static inline mmask_t kabar_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t kabar_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t kabar_button3_released(void) { return BUTTON3_RELEASED; }
static inline mmask_t kabar_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t kabar_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kabar_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0; /* mouse version 1: no wheel-down */
#endif
}

/* ---- colour pairs beyond 255 (ncurses 6.1+ extended colours) ---- */

static inline int kabar_init_pair(int pair, int fg, int bg) {
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
    return init_extended_pair(pair, fg, bg);
#else
    return init_pair((short)pair, (short)fg, (short)bg);
#endif
}

/* ---- drawing one cell ---- */

/**
 * Writes one grapheme at (y, x): wch is NUL-terminated, at most CCHARW_MAX characters
 * (one spacing character plus combining marks). The pair goes through setcchar's
 * `opts` so pairs above 255 work. A wide character that would not fit before the
 * right edge is replaced by a blank so nothing wraps. Writing the bottom-right cell
 * returns ERR (the cursor cannot advance) but the cell is stored; doupdate paints it
 * without scrolling, so that ERR is not an error for us.
 */
static inline int kabar_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    static const wchar_t blank[2] = { L' ', 0 };
    cchar_t cc;
    if (wch[0] != 0 && wcwidth(wch[0]) > 1 && x + 1 >= getmaxx(w)) wch = blank;
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
    int code = setcchar(&cc, wch, attrs, 0, &pair);
#else
    int code = setcchar(&cc, wch, attrs, (short)pair, NULL);
#endif
    if (code == ERR) { /* e.g. a character this locale cannot display */
        static const wchar_t unknown[2] = { L'?', 0 };
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
        setcchar(&cc, unknown, attrs, 0, &pair);
#else
        setcchar(&cc, unknown, attrs, (short)pair, NULL);
#endif
    }
    return mvwadd_wch(w, y, x, &cc);
}

/* ---- input ---- */

/** wget_wch: returns ERR (nothing), OK (*out is a character) or KEY_CODE_YES (*out is a KEY_* code). */
static inline int kabar_get_wch(WINDOW *w, unsigned int *out) {
    wint_t c = 0;
    int code = wget_wch(w, &c);
    *out = (unsigned int)c;
    return code;
}

/* ---- terminal size, signals ---- */

/** Rows and columns of the terminal on fd (TIOCGWINSZ); 0 on success, -1 otherwise. */
static inline int kabar_tty_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/**
 * Installs handler for sig without SA_RESTART (so a blocking read returns and the
 * app sees the flag); the previous action goes into *old when old is not NULL.
 */
static inline int kabar_set_handler(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = handler;
    return sigaction(sig, &sa, old);
}

/** Puts back an action saved by kabar_set_handler (async-signal-safe). */
static inline int kabar_restore_handler(int sig, const struct sigaction *old) {
    return sigaction(sig, old, NULL);
}

/** Sets sig to SIG_DFL (async-signal-safe). */
static inline int kabar_default_handler(int sig) {
    return kabar_set_handler(sig, SIG_DFL, NULL);
}

/** True when the locale's character set is UTF-8. */
static inline int kabar_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

#endif /* KABAR_CNCURSES_SHIM_H */
