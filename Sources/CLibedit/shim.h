// Thin C wrappers for the parts of libedit Swift cannot call directly.
//
// el_set, el_get and history are C variadic functions, which Swift cannot call, so each use the line editor
// needs is wrapped here in a small fixed-signature function. The SIGINT handler lives here too: it must only
// touch a `volatile sig_atomic_t`, which is simplest to express in C.

#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

typedef char *(*clibedit_prompt_function)(EditLine *);
typedef unsigned char (*clibedit_key_function)(EditLine *, int);

/// Starts an editor on the standard streams with emacs key bindings.
static inline EditLine *clibedit_init(const char *program) {
    EditLine *editor = el_init(program, stdin, stdout, stderr);
    if (editor != NULL) {
        el_set(editor, EL_EDITOR, "emacs");
    }
    return editor;
}

/// Sets the prompt function; text between two `ignore` characters is printed but takes no width
/// (for colour escape sequences).
static inline int clibedit_set_prompt(EditLine *editor, clibedit_prompt_function prompt, char ignore) {
    return el_set(editor, EL_PROMPT_ESC, prompt, ignore);
}

static inline int clibedit_set_client_data(EditLine *editor, void *data) {
    return el_set(editor, EL_CLIENTDATA, data);
}

static inline void *clibedit_client_data(EditLine *editor) {
    void *data = NULL;
    return el_get(editor, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

/// Registers `function` as a named editor command and binds it to Tab.
static inline int clibedit_bind_tab(EditLine *editor, const char *name, const char *help,
                                    clibedit_key_function function) {
    if (el_set(editor, EL_ADDFN, name, help, function) != 0) {
        return -1;
    }
    return el_set(editor, EL_BIND, "^I", name, NULL);
}

/// The terminal width in columns as libedit sees it, or 0 when unknown.
static inline int clibedit_columns(EditLine *editor) {
    int columns = 0;
    return el_get(editor, EL_GETTC, "co", &columns, NULL) == 0 ? columns : 0;
}

/// Writes text to the editor's output stream, flushed so it lands before libedit redraws.
static inline void clibedit_print(EditLine *editor, const char *text) {
    FILE *output = NULL;
    if (el_get(editor, EL_GETFP, 1, &output) != 0 || output == NULL) {
        output = stdout;
    }
    fputs(text, output);
    fflush(output);
}

/// Creates a history of at most `size` entries, skipping consecutive duplicates, and attaches it to the editor.
static inline History *clibedit_history_init(EditLine *editor, int size) {
    HistEvent event;
    History *history_list = history_init();
    if (history_list == NULL) {
        return NULL;
    }
    history(history_list, &event, H_SETSIZE, size);
    history(history_list, &event, H_SETUNIQUE, 1);
    el_set(editor, EL_HIST, history, history_list);
    return history_list;
}

static inline int clibedit_history_enter(History *history_list, const char *line) {
    HistEvent event;
    return history(history_list, &event, H_ENTER, line);
}

static inline int clibedit_history_load(History *history_list, const char *path) {
    HistEvent event;
    return history(history_list, &event, H_LOAD, path);
}

static inline int clibedit_history_save(History *history_list, const char *path) {
    HistEvent event;
    return history(history_list, &event, H_SAVE, path);
}

// Set by the SIGINT handler, read and cleared by Swift. Each Swift file that uses a function touching it gets a
// copy of its own, so only InterruptSignal.swift calls those functions.
static volatile sig_atomic_t clibedit_interrupt_flag = 0;

// The SIGINT handler also writes a byte here, so that a Ctrl-C wakes the line reader whenever it came: while
// the reader waits, just before it starts to wait, or on another thread. A plain blocking read would miss the
// last two. Both ends are non-blocking; -1 until `clibedit_catch_interrupts`.
static int clibedit_interrupt_pipe[2] = {-1, -1};

static void clibedit_on_interrupt(int signal_number) {
    (void)signal_number;
    int saved_errno = errno;
    clibedit_interrupt_flag = 1;
    if (clibedit_interrupt_pipe[1] >= 0) {
        char byte = 0;
        // A full pipe already holds a wake-up.
        (void)!write(clibedit_interrupt_pipe[1], &byte, 1);
    }
    errno = saved_errno;
}

/// Catches SIGINT without SA_RESTART, so a blocked read (and el_gets) returns with EINTR.
static inline int clibedit_catch_interrupts(void) {
    if (clibedit_interrupt_pipe[0] < 0 && pipe(clibedit_interrupt_pipe) == 0) {
        for (int end = 0; end < 2; end++) {
            fcntl(clibedit_interrupt_pipe[end], F_SETFL, fcntl(clibedit_interrupt_pipe[end], F_GETFL) | O_NONBLOCK);
            fcntl(clibedit_interrupt_pipe[end], F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = clibedit_on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

static inline int clibedit_interrupt_pending(void) {
    return clibedit_interrupt_flag != 0;
}

static inline void clibedit_clear_interrupt(void) {
    clibedit_interrupt_flag = 0;
    char bytes[64];
    while (clibedit_interrupt_pipe[0] >= 0 && read(clibedit_interrupt_pipe[0], bytes, sizeof bytes) > 0) {
    }
}

/// libedit's character reader, replaced: waits for input or a Ctrl-C not yet cleared, then reads one
/// multibyte character. Returns 1 with the character, 0 at end of file, -1 with errno EINTR after Ctrl-C.
static int clibedit_read_character(EditLine *editor, wchar_t *character) {
    FILE *input = NULL;
    int descriptor = el_get(editor, EL_GETFP, 0, &input) == 0 && input != NULL ? fileno(input) : STDIN_FILENO;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    *character = L'\0';
    for (;;) {
        if (clibedit_interrupt_flag) {
            errno = EINTR;
            return -1;
        }
        struct pollfd waiting[2] = {
            {.fd = descriptor, .events = POLLIN, .revents = 0},
            {.fd = clibedit_interrupt_pipe[0], .events = POLLIN, .revents = 0},
        };
        int ready = poll(waiting, 2, -1);
        if (clibedit_interrupt_flag) {
            continue;
        }
        if ((ready >= 0 || errno == EINTR) && waiting[0].revents == 0) {
            // Another signal, or a wake-up byte left by a Ctrl-C already cleared: dropped, and wait again.
            char stale[16];
            while (clibedit_interrupt_pipe[0] >= 0 && read(clibedit_interrupt_pipe[0], stale, sizeof stale) > 0) {
            }
            continue;
        }
        ssize_t got = read(descriptor, bytes + count, 1);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (got <= 0) {
            return (int)got;
        }
        count += 1;
        for (;;) {
            mbstate_t state;
            memset(&state, 0, sizeof state);
            size_t decoded = mbrtowc(character, bytes, count, &state);
            if (decoded == (size_t)-2 && count < MB_LEN_MAX) {
                break;  // more bytes of this character follow
            }
            if (decoded != (size_t)-1 && decoded != (size_t)-2) {
                return 1;
            }
            // Not UTF-8: skipped, like libedit's own reader; but the byte that broke a sequence may start the
            // next character (a space after a stray lead byte), so it is tried again on its own.
            if (count > 1) {
                bytes[0] = bytes[count - 1];
                count = 1;
                continue;
            }
            count = 0;
            break;
        }
    }
}

/// Reads input through `clibedit_read_character`.
static inline int clibedit_use_interruptible_reader(EditLine *editor) {
    return el_set(editor, EL_GETCFN, clibedit_read_character);
}

/// Puts the terminal in libedit's editing mode now, before the prompt is drawn, so that keys typed as soon as
/// the prompt shows reach the editor (not the terminal's line discipline, which would echo them and eat Ctrl-D).
static inline int clibedit_prepare_terminal(EditLine *editor) {
    return el_set(editor, EL_PREP_TERM, 1);
}

#endif
