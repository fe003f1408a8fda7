/*
 * par.h - a parallel for loop: items 0..n-1 handed out to a few threads.
 *
 * The caller's thread is worker 0 and works too, so `jobs` 1 runs
 * everything in order on the caller's thread with no thread started. Each
 * item is processed exactly once; which worker gets which item varies from
 * run to run, so `fn` must write only to item i's own slot and to scratch
 * that belongs to its worker number, never to shared state. Results that
 * must come out in a fixed order (diagnostics, progress lines) are kept per
 * item and gathered by the caller in item order.
 */
#ifndef SHEAF_PAR_H
#define SHEAF_PAR_H

#include <stddef.h>

/** Work on item i as worker `worker` (0 = the caller's thread). */
typedef void (*par_fn)(void *ud, size_t i, unsigned worker);

/** Called on the caller's thread only, in item order, once per item after
 *  it is done (so progress can be printed from one thread in a fixed
 *  order). May be NULL. */
typedef void (*par_done_fn)(void *ud, size_t i);

/** Online CPUs (at least 1): the default number of jobs. */
unsigned par_cpus(void);

/** The number of workers par_for would use for n items and `jobs`
 *  (0 = par_cpus()): at least 1, at most n, at most PAR_MAX_JOBS. */
unsigned par_workers(size_t n, unsigned jobs);

#define PAR_MAX_JOBS 64u

/**
 * Run fn(ud, i, worker) for every i in [0, n) on par_workers(n, jobs)
 * threads, worker numbers below that count; items are taken in increasing
 * order as threads free up. When a thread cannot be started the remaining
 * workers (at least the caller) do its share. `done` (if not NULL) is called
 * for every item, in order, on the caller's thread. Returns when every item
 * is done.
 */
void par_for(size_t n, unsigned jobs, par_fn fn, par_done_fn done, void *ud);

#endif
