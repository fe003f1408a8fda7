#!/usr/bin/env python3
"""Run a command several times; print the median wall time (s), the
largest peak RSS (MB) and the median CPU time (user + system, s) of the
runs, from wait4()'s rusage.

    measure.py RUNS CMD [ARG...]      -> "median_seconds peak_mb median_cpu"

A failing run aborts with its exit status, so a broken build never
produces a figure.
"""
import os
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[2:]
    times, cpus, peak = [], [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        t = time.perf_counter() - t0
        err = p.stderr.read()
        p.stderr.close()
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sys.stderr.write(err.decode("utf-8", "replace"))
            sys.stderr.write("measure.py: %s exited %d\n" % (cmd[0], code))
            sys.exit(1)
        times.append(t)
        cpus.append(ru.ru_utime + ru.ru_stime)
        peak = max(peak, ru.ru_maxrss)  # KiB on Linux
    times.sort()
    cpus.sort()
    print("%.4f %.1f %.4f" % (times[len(times) // 2], peak / 1024.0, cpus[len(cpus) // 2]))


if __name__ == "__main__":
    main()
