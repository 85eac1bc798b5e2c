"""Benchmark: does a password-guessing run against one account slow the
portal for everyone else?  (Issue 3: failed logins must never block a
worker — PAM's fail delay is replaced by our own handler, and lockout is
counted in MariaDB.)

Runs, for DVC_BENCH_SECONDS each, against the running portal on loopback:
 1. the catalogue procedure page with the micro-cache bypassed (a session
    cookie), alone;
 2. the same while THREADS threads post wrong passwords for one account as
    fast as they can;
 3. the same while THREADS threads fetch the login form as fast as they
    can (the control: equal load that checks no password).
On two cores the load generator shares the CPU with the portal, so every
extra load slows the catalogue; what matters is that failed logins cost
no more than any other request (no blocking fail delay): compare 2 with 3.
Prints req/s and p99 of the catalogue in each run, the ratios, and the
login attempts per second with their answers (422 wrong password, 429
locked out).  Only 127.0.0.1 is contacted; every loop is bounded in time.
"""
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "http"))
from dvchttp import BASE, request, sql  # noqa: E402

SECS = int(os.environ.get("DVC_BENCH_SECONDS", "10"))
THREADS = int(os.environ.get("DVC_BENCH_LOGIN_THREADS", "8"))


def wrk(path):
    out = subprocess.run(["wrk", "-t2", "-c8", "-d%ds" % SECS, "--latency",
                          "-H", "Cookie: dvc_sid=bench-bypass", BASE + path],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    return rps, p99


def browser(login, stop, counts, lock):
    """The control: GET the login form, no password checked."""
    while not stop.is_set():
        r = request("GET", "/tai-khoan/dang-nhap")
        with lock:
            counts[r.status] = counts.get(r.status, 0) + 1


def attacker(login, stop, counts, lock):
    pre = request("GET", "/tai-khoan/dang-nhap")
    cookie = "; ".join(v.split(";", 1)[0] for k, v in pre.headers_all
                       if k.lower() == "set-cookie")
    tok = re.search(r'name="csrf" value="([0-9a-f]{64})"', pre.text).group(1)
    n = 0
    while not stop.is_set():
        n += 1
        body = urllib.parse.urlencode({"csrf": tok, "email": login,
                                       "mat_khau": "doan%06d" % n}).encode()
        r = request("POST", "/tai-khoan/dang-nhap",
                    {"Cookie": cookie,
                     "Content-Type": "application/x-www-form-urlencoded"}, body)
        with lock:
            counts[r.status] = counts.get(r.status, 0) + 1


def main():
    code = sql("SELECT code FROM procedure_version WHERE is_current = 1 "
               "AND status = 'published' LIMIT 1")[0][0]
    path = "/thu-tuc/" + code
    login = "bench-victim@example.invalid"
    sql("DELETE FROM login_throttle")
    base_rps, base_p99 = wrk(path)
    rows = [("catalogue alone", base_rps, base_p99, None, None)]
    for name, fn in (("during login brute force", attacker),
                     ("during login-page load (control)", browser)):
        stop, lock, counts = threading.Event(), threading.Lock(), {}
        threads = [threading.Thread(target=fn, args=(login, stop, counts, lock))
                   for _ in range(THREADS)]
        t0 = time.time()
        for t in threads:
            t.start()
        rps, p99 = wrk(path)
        stop.set()
        for t in threads:
            t.join(timeout=30)
        rows.append((name, rps, p99, sum(counts.values()) / (time.time() - t0),
                     dict(sorted(counts.items()))))
        sql("DELETE FROM login_throttle")
    print("# login brute force: %d threads against one account, wrk -c8 on %s "
          "with the cache bypassed, %d s each" % (THREADS, path, SECS))
    print("%-36s %9s %9s %7s %9s  %s" % ("catalogue", "req/s", "p99", "ratio",
                                        "load/s", "load answers"))
    for name, rps, p99, load, answers in rows:
        print("%-36s %9.1f %7.1fms %7.2f %9s  %s" % (
            name, rps, p99, rps / base_rps if base_rps else 0,
            "-" if load is None else "%.0f" % load, answers or ""))


main()
