/*
 * par.c - par_for over POSIX threads.
 *
 * Items are handed out by one atomic counter, so a slow item (a long
 * article) does not hold up a fixed share of the others. Each finished item
 * sets its own flag; the caller's thread, between items of its own and
 * after the join, reports finished items strictly in item order, so what a
 * user sees does not depend on which thread was faster.
 */
#include "par.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "arena.h"

typedef struct par_run {
    size_t n;
    par_fn fn;
    par_done_fn done_fn;
    void *ud;
    atomic_size_t next; /* the next item to hand out */
    atomic_bool *done;  /* per item: finished */
    size_t reported;    /* caller only: items reported to done_fn */
} par_run;

typedef struct par_worker {
    par_run *run;
    unsigned id;
} par_worker;

unsigned
par_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1u : n > (long)PAR_MAX_JOBS ? PAR_MAX_JOBS : (unsigned)n;
}

unsigned
par_workers(size_t n, unsigned jobs)
{
    if (jobs == 0)
        jobs = par_cpus();
    if (jobs > PAR_MAX_JOBS)
        jobs = PAR_MAX_JOBS;
    if (n < jobs)
        jobs = (unsigned)n;
    return jobs ? jobs : 1;
}

/* Report, in order, the items finished so far (caller's thread only). */
static void
report(par_run *r)
{
    while (r->reported < r->n &&
           atomic_load_explicit(&r->done[r->reported], memory_order_acquire)) {
        if (r->done_fn)
            r->done_fn(r->ud, r->reported);
        r->reported++;
    }
}

static void
work(par_run *r, unsigned id)
{
    for (;;) {
        size_t i = atomic_fetch_add_explicit(&r->next, 1, memory_order_relaxed);
        if (i >= r->n)
            return;
        r->fn(r->ud, i, id);
        atomic_store_explicit(&r->done[i], true, memory_order_release);
        if (id == 0)
            report(r);
    }
}

static void *
thread_main(void *p)
{
    par_worker *w = p;
    work(w->run, w->id);
    return NULL;
}

void
par_for(size_t n, unsigned jobs, par_fn fn, par_done_fn done, void *ud)
{
    if (n == 0)
        return;
    unsigned workers = par_workers(n, jobs);
    if (workers == 1) {
        for (size_t i = 0; i < n; i++) {
            fn(ud, i, 0);
            if (done)
                done(ud, i);
        }
        return;
    }
    par_run r = {.n = n, .fn = fn, .done_fn = done, .ud = ud};
    atomic_init(&r.next, 0);
    r.done = xmalloc(n * sizeof(*r.done));
    for (size_t i = 0; i < n; i++)
        atomic_init(&r.done[i], false);
    pthread_t tids[PAR_MAX_JOBS];
    par_worker ws[PAR_MAX_JOBS];
    unsigned started = 0;
    for (unsigned k = 1; k < workers; k++) {
        ws[started] = (par_worker){&r, started + 1};
        if (pthread_create(&tids[started], NULL, thread_main, &ws[started]) != 0)
            break; /* the threads that did start (and this one) share the rest */
        started++;
    }
    work(&r, 0);
    for (unsigned k = 0; k < started; k++)
        pthread_join(tids[k], NULL);
    report(&r);
    free(r.done);
}
