// Thin C wrappers for the parts of libedit Swift cannot call directly.
//
// el_set, el_get and history are C variadic functions, which Swift cannot call, so each use the line editor
// needs is wrapped here in a small fixed-signature function. The SIGINT handler lives here too: it must only
// touch a `volatile sig_atomic_t`, which is simplest to express in C.

#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

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

// Set by the SIGINT handler, read and cleared by Swift. Only this module's Swift code includes this header,
// so there is a single copy.
static volatile sig_atomic_t clibedit_interrupt_flag = 0;

static void clibedit_on_interrupt(int signal_number) {
    (void)signal_number;
    clibedit_interrupt_flag = 1;
}

/// Catches SIGINT without SA_RESTART, so a blocked read (and el_gets) returns with EINTR.
static inline int clibedit_catch_interrupts(void) {
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
}

#endif
