/*
 * roles.c - the people an article credits besides its authors. Readers
 * record everyone credited with the role the page gave (a job title, or
 * a relator code for "Translated by"); the writers want the authors
 * apart from the translator or illustrator, so a translated story is not
 * printed as written by two people. A role is a contributor's only when
 * it is one of the relator codes below: "Editor" or "editor" after a
 * name is a job title in a newspaper's credit, so a reader that means
 * the work of editing writes "edt".
 */
#include "doc.h"

#include <string.h>

/* In the order the credit lines are printed (a title page's order). */
static const char *const roles[] = {"trl", "edt", "ill", "pht", "rev"};

#define N_ROLES (sizeof roles / sizeof roles[0])

static int
role_index(const char *role)
{
    if (!role)
        return -1;
    for (size_t i = 0; i < N_ROLES; i++)
        if (strcmp(role, roles[i]) == 0)
            return (int)i;
    return -1;
}

const char *
doc_role_code(const char *role)
{
    int i = role_index(role);
    return i < 0 ? NULL : roles[i];
}

static const char *
prefix_of(const doc_labels *L, size_t role)
{
    switch (role) {
    case 0: return L->translated_by;
    case 1: return L->edited_by;
    case 2: return L->illustrated_by;
    case 3: return L->photos_by;
    default: return L->reviewed_by;
    }
}

size_t
doc_contrib_lines(arena *a, const doc_meta *m, const doc_labels *L, const char ***lines)
{
    *lines = NULL;
    if (!m || !m->n_contribs)
        return 0;
    if (!L)
        L = doc_labels_for("en");
    const char **out = arena_alloc(a, N_ROLES * sizeof(*out));
    const char **names = arena_alloc(a, m->n_contribs * sizeof(*names));
    size_t n = 0;
    for (size_t r = 0; r < N_ROLES; r++) {
        size_t k = 0;
        for (size_t i = 0; i < m->n_contribs; i++)
            if (role_index(m->contrib_roles[i]) == (int)r && m->contribs[i] && m->contribs[i][0])
                names[k++] = m->contribs[i];
        if (k)
            out[n++] =
                arena_printf(a, "%s%s", prefix_of(L, r), doc_names_join(a, names, k, L->and_));
    }
    *lines = n ? out : NULL;
    return n;
}
