"""Online submission under load and under crashes, against the real stack
(nginx, the submit program, MariaDB; SPEC §4 "acknowledged means stored
... no half dossiers after a crash", §10 24/7; issue 4):

1. Concurrency: 200 simultaneous submissions of procedure 9.000101 to one
   fresh test agency get 200 redirects to 200 distinct receipts; the
   database holds exactly those 200 dossiers in status 1, numbered
   0001..0200 for that agency and day, each whole.
2. Crash: 8 clients submit in a loop while the submit workers and then
   mariadbd are killed with SIGKILL; MariaDB is brought back with
   `./dvc up` (its crash recovery is part of the wait).  Every
   acknowledged submission (303 + code) is whole: dossier row in status 1
   with its code, its e-form fields, every file with the size and SHA-256
   the client sent (in dossier_file and recomputed from the chunks),
   one history row `submit`, one outbox e-mail naming the code.  No
   dossier of the test accounts is half stored, acknowledged or not.

Fixtures in SQL: a test agency linked to 9.000101 (procedure_agency), four
citizen accounts with sessions; all removed at the end, and the stack is
left running.  Needs root (./dvc up) and ./dvc test's environment."""
import hashlib
import http.client
import os
import random
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

# Appended, not inserted: tests/http holds a calendar.py that must not
# shadow the standard module (http.client imports it).
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             "..", "http"))
from dvchttp import BASE, check, check_eq, done, session_for, skip  # noqa: E402
from dvchttp import sql as sql_utc  # noqa: E402
from dvchttp import sql_vn as sql  # noqa: E402

ROOT = os.environ.get("DVC_ROOT", "")
PROC = "9.000101"
PID = os.getpid()
TAG = "subcrash-%d" % PID
AGENCY_CODE = "999.98.%d.T" % PID
NACC = 4
CONCURRENT = 200
CRASH_CLIENTS = 8
T0 = time.monotonic()



def note(msg):
    print("# [%5.1fs] %s" % (time.monotonic() - T0, msg))
    sys.stdout.flush()


if not os.environ.get("DVC_CONF") or not ROOT or \
        not os.path.exists(os.path.join(ROOT, "cgi-bin", "submit")):
    skip("run through ./dvc test (needs DVC_CONF, DVC_ROOT, cgi-bin/submit)")
if os.geteuid() != 0:
    skip("needs root: kills and restarts mariadbd and the submit workers")
RUN = os.path.join(ROOT, "var", "run")

# --- fixtures -------------------------------------------------------------


def setup():
    pv = sql("SELECT id FROM procedure_version WHERE code = '%s' AND"
             " is_current = 1 AND status = 'published' AND online_class >= 1"
             % PROC)
    if not pv:
        skip("procedure %s is not open online (demo data?)" % PROC)
    pv = pv[0][0]
    sql("INSERT INTO agency (code, name, level) VALUES"
        " ('%s', 'UBND xã Thử Tải %d', 3)" % (AGENCY_CODE, PID))
    ag = sql("SELECT id FROM agency WHERE code = '%s'" % AGENCY_CODE)[0][0]
    sql("INSERT INTO procedure_agency (procedure_id, agency_id) VALUES"
        " (%s, %s)" % (pv, ag))
    accounts = []
    for i in range(NACC):
        login = "%s-%d@example.invalid" % (TAG, i)
        sql("INSERT INTO account (login, kind, full_name, email,"
            " password_hash, status) VALUES ('%s', 'citizen',"
            " 'Nguyễn Thị Thử %d', '%s', '*', 'active')" % (login, i, login))
        aid = sql("SELECT id FROM account WHERE login = '%s'" % login)[0][0]
        token, csrf = session_for(aid)
        accounts.append({"id": aid, "email": login, "token": token,
                         "csrf": csrf})
    return pv, ag, accounts


def cleanup(ag, accounts):
    ids = ",".join(a["id"] for a in accounts) or "0"
    mails = ",".join("'%s'" % a["email"] for a in accounts) or "''"
    sql("SET @dvc_history_purge = 1;"
        " DELETE h FROM dossier_history h JOIN dossier d"
        "  ON d.id = h.dossier_id WHERE d.account_id IN (%s);"
        " DELETE FROM dossier WHERE account_id IN (%s);"
        " DELETE FROM outbox WHERE recipient IN (%s);"
        " DELETE FROM account WHERE id IN (%s)" % (ids, ids, mails, ids))
    if ag:
        sql("DELETE FROM procedure_agency WHERE agency_id = %s;"
            " DELETE FROM dossier_seq WHERE agency_id = %s;"
            " DELETE FROM agency WHERE id = %s" % (ag, ag, ag))
    # The e-mails the mailer already handed to the development sink.
    new = os.path.join(ROOT, "var", "mail", "new")
    try:
        names = os.listdir(new)
    except OSError:
        names = []
    for n in names:
        p = os.path.join(new, n)
        try:
            with open(p, "rb") as fh:
                if TAG.encode() in fh.read():
                    os.unlink(p)
        except OSError:
            pass


# --- one submission -------------------------------------------------------


def pdf(size):
    return b"%PDF-1.4\n" + os.urandom(size - 9)


def make_submission(sid, acc, ag, sizes):
    """Builds the body of one submission; remembers what it carries."""
    fields = [("ho_ten_tre", "Nguyễn Văn Tải"), ("ngay_sinh", "15/01/2025"),
              ("gioi_tinh", "Nam"), ("noi_sinh", "Bệnh viện Đa khoa tỉnh"),
              ("ho_ten_me", "Trần Thị Bình"),
              ("cccd_nguoi_di_dk", "001090000001"),
              ("dien_thoai", "0912345678"),
              ("ghi_chu", "Lần gửi %s %s" % (TAG, sid)), ("cam_doan", "1")]
    files = []
    for seq, size in zip((1, 2, 4), sizes):
        data = pdf(size)
        files.append((seq, "giấy tờ %d-%s.pdf" % (seq, sid), data))
    b = "----dvc" + secrets.token_hex(12)
    out = []

    def text(name, value):
        out.append(('--%s\r\nContent-Disposition: form-data; name="%s"'
                    '\r\n\r\n%s\r\n' % (b, name, value)).encode())

    text("csrf", acc["csrf"])
    text("co_quan", ag)
    for k, v in fields:
        text("f_" + k, v)
    text("thanh_toan", "desk")
    text("nhan_ket_qua", "desk")
    for seq, name, data in files:
        out.append(('--%s\r\nContent-Disposition: form-data; name="tp_%d";'
                    ' filename="%s"\r\nContent-Type: application/pdf\r\n\r\n'
                    % (b, seq, name)).encode() + data + b"\r\n")
    text("hanh_dong", "nop")
    out.append(("--%s--\r\n" % b).encode())
    return {"sid": sid, "acc": acc, "fields": dict(fields),
            "files": sorted((seq, name, len(data),
                             hashlib.sha256(data).hexdigest())
                            for seq, name, data in files),
            "body": b"".join(out),
            "ctype": "multipart/form-data; boundary=" + b,
            "status": None, "code": None, "error": None}


def post(sub, timeout=120):
    u = urllib.parse.urlsplit(BASE)
    c = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=timeout)
    try:
        c.putrequest("POST", "/nop-ho-so/" + PROC, skip_accept_encoding=True)
        c.putheader("Cookie", "dvc_sid=" + sub["acc"]["token"])
        c.putheader("Content-Type", sub["ctype"])
        c.putheader("Content-Length", str(len(sub["body"])))
        c.endheaders(sub["body"])
        r = c.getresponse()
        text = r.read().decode("utf-8", "replace")
        sub["status"] = r.status
        if r.status != 303:
            m = re.search(r"<main.*?</main>", text, re.S)
            sub["text"] = re.sub(r"\s+", " ", re.sub(
                r"<[^>]*>", " ", m.group(0) if m else text))[:300]
        loc = r.getheader("Location") or ""
        m = re.fullmatch(r"/nop-ho-so/bien-nhan/([A-Za-z0-9.\-]+)", loc)
        if r.status == 303 and m:
            sub["code"] = m.group(1)
        elif r.status == 303:
            sub["error"] = "303 to %r" % loc
    except (OSError, http.client.HTTPException) as e:
        sub["error"] = "%s: %s" % (type(e).__name__, e)
    finally:
        c.close()
    sub["body"] = None      # keep memory small
    return sub


def portal_answers(acc):
    """The submit form answers 200 (the program reached MariaDB)."""
    u = urllib.parse.urlsplit(BASE)
    c = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=5)
    try:
        c.request("GET", "/nop-ho-so/" + PROC,
                  headers={"Cookie": "dvc_sid=" + acc["token"]})
        r = c.getresponse()
        r.read()
        return r.status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        c.close()


# --- what the database holds ----------------------------------------------


def unhex(h):
    return bytes.fromhex(h).decode("utf-8")


def stored(accounts):
    """Everything the test accounts have in the database, by dossier id."""
    ids = ",".join(a["id"] for a in accounts)
    ds = {}
    for (did, code, st, acc, ag, ghi) in sql(
            "SELECT d.id, IFNULL(d.code, ''), d.status, d.account_id,"
            " d.agency_id, IFNULL((SELECT HEX(value) FROM dossier_field f"
            "  WHERE f.dossier_id = d.id AND f.name = 'ghi_chu'), '')"
            " FROM dossier d WHERE d.account_id IN (%s)" % ids):
        ds[did] = {"id": did, "code": code, "status": int(st), "acc": acc,
                   "agency": ag, "ghi_chu": unhex(ghi), "fields": {},
                   "files": [], "history": []}
    for did, name, val in sql(
            "SELECT f.dossier_id, f.name, HEX(f.value) FROM dossier_field f"
            " JOIN dossier d ON d.id = f.dossier_id"
            " WHERE d.account_id IN (%s)" % ids):
        ds[did]["fields"][name] = unhex(val)
    # Chunks re-read and hashed by MariaDB; the client's hashes decide.
    for row in sql(
            "SET SESSION group_concat_max_len = 67108864;"
            " SELECT fl.dossier_id, fl.component_seq, HEX(fl.name), fl.mime,"
            " fl.size, fl.sha256, COUNT(c.seq),"
            " IFNULL(SUM(LENGTH(c.data)), 0),"
            " IFNULL(MIN(c.seq), -1), IFNULL(MAX(c.seq), -1),"
            " IFNULL(SHA2(GROUP_CONCAT(c.data ORDER BY c.seq SEPARATOR ''),"
            "  256), '')"
            " FROM dossier_file fl JOIN dossier d ON d.id = fl.dossier_id"
            " LEFT JOIN dossier_file_chunk c ON c.file_id = fl.id"
            " WHERE d.account_id IN (%s) GROUP BY fl.id" % ids):
        did, seq, name, mime, size, sha, n, total, lo, hi, csha = row
        ds[did]["files"].append({
            "seq": int(seq), "name": unhex(name), "mime": mime,
            "size": int(size), "sha": sha, "chunks": int(n),
            "total": int(total), "lo": int(lo), "hi": int(hi), "csha": csha})
    for did, action, fr, to, actor in sql(
            "SELECT h.dossier_id, h.action, h.from_status, h.to_status,"
            " IFNULL(h.actor_id, '') FROM dossier_history h"
            " JOIN dossier d ON d.id = h.dossier_id"
            " WHERE d.account_id IN (%s)" % ids):
        ds[did]["history"].append((action, int(fr), int(to), actor))
    mails = ",".join("'%s'" % a["email"] for a in accounts)
    outbox = [(rcpt, unhex(body)) for rcpt, body in sql(
        "SELECT recipient, HEX(body) FROM outbox WHERE recipient IN (%s)"
        % mails)]
    return ds, outbox


def file_whole(f):
    """The file's chunks are all there, in order, and hash to its sha256."""
    return (f["chunks"] > 0 and f["lo"] == 0 and f["hi"] == f["chunks"] - 1
            and f["total"] == f["size"] and len(f["sha"]) == 64
            and f["csha"] == f["sha"])


def dossier_problems(d, sub, outbox_by_code):
    """Why a status-1 dossier is not the whole submission sub (list)."""
    bad = []
    if not d["code"]:
        bad.append("no code")
    if sub is None:
        return bad + ["matches no submission (ghi_chu %r)" % d["ghi_chu"]]
    if d["acc"] != sub["acc"]["id"]:
        bad.append("account %s, sent by %s" % (d["acc"], sub["acc"]["id"]))
    for k, v in sub["fields"].items():
        if d["fields"].get(k) != v:
            bad.append("field %s = %r, sent %r" % (k, d["fields"].get(k), v))
    got = sorted((f["seq"], f["name"], f["size"], f["sha"])
                 for f in d["files"])
    if got != sub["files"]:
        bad.append("files %r, sent %r" % (
            [(s, n, z, h[:12]) for s, n, z, h in got],
            [(s, n, z, h[:12]) for s, n, z, h in sub["files"]]))
    for f in d["files"]:
        if not file_whole(f):
            bad.append("file %s: %d chunks (seq %d..%d) of %d bytes for"
                       " size %d, chunks hash %s, stored %s" % (
                           f["name"], f["chunks"], f["lo"], f["hi"],
                           f["total"], f["size"], f["csha"][:12],
                           f["sha"][:12]))
        if f["mime"] != "application/pdf":
            bad.append("file %s: mime %s" % (f["name"], f["mime"]))
    if d["history"] != [("submit", 0, 1, sub["acc"]["id"])]:
        bad.append("history %r" % d["history"])
    mails = outbox_by_code.get(d["code"], [])
    if len(mails) != 1 or mails[0] != sub["acc"]["email"]:
        bad.append("outbox e-mails naming the code: %r" % mails)
    return bad


def verify(accounts, subs, what, agency=None):
    """Checks the database against the submissions the clients made.
    Returns the dossiers by id."""
    ds, outbox = stored(accounts)
    by_sid = {s["sid"]: s for s in subs}
    codes = {d["code"] for d in ds.values() if d["code"]}
    outbox_by_code = {}
    stray = 0
    for rcpt, body in outbox:
        m = re.search(r"Mã hồ sơ: (\S+)", body)
        if m and m.group(1) in codes:
            outbox_by_code.setdefault(m.group(1), []).append(rcpt)
        else:
            stray += 1
    check_eq(stray, 0, "%s: no e-mail in the outbox for a dossier that is"
             " not stored" % what)
    by_code = {}
    for d in ds.values():
        if d["code"]:
            by_code.setdefault(d["code"], []).append(d)
    acked = [s for s in subs if s["code"]]
    lost = [s["sid"] + " " + s["code"] for s in acked
            if len(by_code.get(s["code"], [])) != 1 or
            by_code[s["code"]][0]["ghi_chu"] !=
            "Lần gửi %s %s" % (TAG, s["sid"])]
    check(not lost, "%s: every acknowledged code (%d) is the dossier that was"
          " sent%s" % (what, len(acked), ": lost or wrong " +
                       ", ".join(lost[:10]) if lost else ""))
    half = []
    drafts = 0
    for d in ds.values():
        sid = d["ghi_chu"].rsplit(" ", 1)[-1] if d["ghi_chu"] else ""
        sub = by_sid.get(sid)
        if d["status"] == 1:
            bad = dossier_problems(d, sub, outbox_by_code)
        elif d["status"] == 0:
            drafts += 1
            bad = [] if d["code"] == "" and not d["history"] else \
                ["draft with code %r or history %r" % (d["code"],
                                                       d["history"])]
            bad += ["file %s not whole" % f["name"] for f in d["files"]
                    if not file_whole(f)]
        else:
            bad = ["status %d" % d["status"]]
        if bad:
            half.append("dossier %s (%s, status %d): %s" % (
                d["id"], d["code"] or "no code", d["status"], "; ".join(bad)))
    for h in half[:10]:
        note("HALF " + h)
    check(not half, "%s: no half dossier among the %d of the test accounts"
          " (%d bad)" % (what, len(ds), len(half)))
    submitted = [d for d in ds.values() if d["status"] == 1]
    acked_codes = {s["code"] for s in acked}
    note("%s: %d dossiers stored in status 1 (%d of them not acknowledged"
         " to the client), %d drafts, %d e-mails" % (
             what, len(submitted), sum(1 for d in submitted
                                       if d["code"] not in acked_codes),
             drafts, len(outbox)))
    if agency is not None:
        # Codes <agency>-<YYMMDD>-<NNNN>: per day, 1..n without a gap or a
        # duplicate (a rolled-back number is given again).
        days = {}
        badfmt = []
        for d in submitted:
            m = re.fullmatch(re.escape(AGENCY_CODE) + r"-(\d{6})-(\d{4,})",
                             d["code"])
            if not m or d["agency"] != agency:
                badfmt.append(d["code"])
                continue
            days.setdefault(m.group(1), []).append(int(m.group(2)))
        check(not badfmt, "%s: codes are <agency code>-<YYMMDD>-<NNNN> of the"
              " test agency%s" % (what, (": " + ", ".join(badfmt[:5]))
                                  if badfmt else ""))
        for day, ns in sorted(days.items()):
            ns.sort()
            ok = ns == list(range(1, len(ns) + 1))
            check(ok, "%s: day %s numbered 0001..%04d without gap or"
                  " duplicate%s" % (what, day, len(ns), "" if ok else
                                    " (got %s..., %d codes, %d distinct)" % (
                                        ns[:8], len(ns), len(set(ns)))))
    return ds


# --- processes ------------------------------------------------------------


def comm(pid):
    try:
        with open("/proc/%d/comm" % pid) as fh:
            return fh.read().strip()
    except OSError:
        return None


def pid_from(name, expect):
    try:
        with open(os.path.join(RUN, name)) as fh:
            pid = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pid if comm(pid) == expect else None


def children(ppid):
    kids = []
    for n in os.listdir("/proc"):
        if not n.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % n) as fh:
                st = fh.read()
        except OSError:
            continue
        if int(st[st.rindex(")") + 2:].split()[1]) == ppid:
            kids.append(int(n))
    return kids


def dvc_up():
    """./dvc up without the build (we run inside make check): starts what
    is down.  Output to a file: daemons it starts must not hold a pipe."""
    with tempfile.TemporaryFile() as fh:
        rc = subprocess.run([os.path.join(ROOT, "dvc"), "up"], cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=fh,
                            stderr=subprocess.STDOUT,
                            env=dict(os.environ, DVC_BUILD="0"),
                            timeout=150).returncode
        fh.seek(0)
        out = fh.read().decode("utf-8", "replace")
    return rc, out


def open_transaction(limit):
    """Waits until a submission's transaction has written rows."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if sql_utc("SELECT COUNT(*) FROM information_schema.INNODB_TRX t"
                   " JOIN information_schema.PROCESSLIST p"
                   "  ON p.ID = t.trx_mysql_thread_id"
                   " WHERE p.USER = 'dvc_app' AND t.trx_rows_modified > 0"
                   )[0][0] != "0":
            return True
        time.sleep(0.01)
    return False


def wait_portal(acc, limit):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if portal_answers(acc):
            return True
        time.sleep(0.2)
    return False


# --- the two scenarios ----------------------------------------------------


def concurrency(ag, accounts):
    subs = [make_submission("c%03d" % i, accounts[i % NACC], ag,
                            [random.randint(100000, 160000) for _ in range(3)])
            for i in range(CONCURRENT)]
    barrier = threading.Barrier(CONCURRENT)

    def run(sub):
        barrier.wait()
        post(sub)

    threads = [threading.Thread(target=run, args=(s,)) for s in subs]
    t = time.monotonic()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    note("concurrency: %d submissions answered in %.1f s" % (
        CONCURRENT, time.monotonic() - t))
    statuses = {}
    for s in subs:
        k = s["status"] if s["status"] is not None else s["error"]
        statuses[k] = statuses.get(k, 0) + 1
    check_eq(statuses, {303: CONCURRENT}, "concurrency: every submission"
             " answered 303 (answers by status)")
    for s in [s for s in subs if s["status"] != 303][:3]:
        note("concurrency: %s answered %s: %s" % (
            s["sid"], s["status"] or s["error"], s.get("text", "")))
    if 502 in statuses:
        note("502: nginx found the submit socket's queue full (listen"
             " backlog in cgi-bin/lib/app.c)? see"
             " var/log/dichvucong-error.log")
    codes = [s["code"] for s in subs if s["code"]]
    check_eq(len(set(codes)), CONCURRENT, "concurrency: %d distinct codes"
             " in the receipt URLs" % CONCURRENT)
    ds = verify(accounts, subs, "concurrency", agency=ag)
    check_eq(sorted(d["code"] for d in ds.values() if d["status"] == 1),
             sorted(codes), "concurrency: the database holds exactly the"
             " acknowledged dossiers")
    return subs


def crash(ag, accounts, earlier):
    subs = []
    lock = threading.Lock()
    stop = threading.Event()
    counter = [0]
    t_kill = [None]

    def client(k):
        rnd = random.Random(PID * 100 + k)
        while not stop.is_set():
            with lock:
                counter[0] += 1
                n = counter[0]
            sizes = [rnd.randint(100000, 300000) for _ in range(3)]
            if n % 4 == 0:         # a file over two 1 MiB chunks
                sizes[2] = rnd.randint(1100000, 1300000)
            sub = make_submission("k%04d" % n, accounts[n % NACC], ag, sizes)
            sub["t"] = time.monotonic()
            post(sub, timeout=90)
            sub["t_end"] = time.monotonic()
            with lock:
                subs.append(sub)
            if not sub["code"]:
                time.sleep(0.2)    # the portal is down: do not spin

    def acked():
        with lock:
            return sum(1 for s in subs if s["code"])

    def wait_acked(n, limit):
        end = time.monotonic() + limit
        while acked() < n and time.monotonic() < end:
            time.sleep(0.05)

    threads = [threading.Thread(target=client, args=(k,))
               for k in range(CRASH_CLIENTS)]
    for th in threads:
        th.start()
    recovered = False
    try:
        wait_acked(4, 20)
        sv = pid_from("submit.pid", "submit")
        check(sv is not None, "crash: the submit supervisor runs (var/run/"
              "submit.pid)")
        killed, midway = 0, 0
        for _ in range(2):
            midway += open_transaction(5)
            kids = [p for p in children(sv or -1) if comm(p) == "submit"]
            for p in kids:
                os.kill(p, 9)
                killed += 1
            note("crash: SIGKILL to submit workers %s" % kids)
            before = acked()
            wait_acked(before + 3, 15)      # the supervisor restarted them
        check(killed >= 2, "crash: killed %d submit workers" % killed)
        check(midway == 2, "crash: each time a submission's transaction had"
              " written rows when the workers were killed")
        check(acked() >= before + 3, "crash: submissions acknowledged again"
              " after the workers were killed")
        db = pid_from("mariadbd.pid", "mariadbd")
        check(db is not None, "crash: mariadbd runs (var/run/mariadbd.pid)")
        if db:
            midway = open_transaction(5)
            os.kill(db, 9)
            t_kill[0] = time.monotonic()
            note("crash: SIGKILL to mariadbd %d (%d acknowledged so far)"
                 % (db, acked()))
            check(midway, "crash: a submission's transaction had written"
                  " rows when mariadbd was killed (INNODB_TRX)")
            for _ in range(100):            # gone before ./dvc up looks
                if comm(db) is None:
                    break
                time.sleep(0.05)
            log = os.path.join(ROOT, "var", "log", "mariadb.log")
            try:
                log_at = os.path.getsize(log)
            except OSError:
                log_at = 0
            rc, out = dvc_up()
            check_eq(rc, 0, "crash: ./dvc up brings MariaDB back")
            if rc != 0:
                note("./dvc up: " + out[-2000:].replace("\n", "\n# "))
            note("crash: ./dvc up returned %.1f s after the kill" % (
                time.monotonic() - t_kill[0]))
            try:
                with open(log, "rb") as fh:
                    fh.seek(log_at)
                    lines = fh.read().decode("utf-8", "replace")
                    for line in lines.splitlines():
                        if re.search(r"crash recovery|[Rr]oll(ed|ing)? ?back"
                                     r" (of )?(recovered|non-prepared|trx)",
                                     line):
                            note("mariadb.log: " + line[:160])
            except OSError:
                pass
            recovered = wait_portal(accounts[0], 60)
            check(recovered, "crash: the submit form answers again")
            n = acked()
            wait_acked(n + 4, 20)
            check(acked() >= n + 4, "crash: submissions acknowledged after"
                  " the restart (%d more)" % (acked() - n))
    finally:
        stop.set()
        for th in threads:
            th.join()
    if t_kill[0]:
        back = [s["t_end"] - t_kill[0] for s in subs
                if s["code"] and s["t"] > t_kill[0]]
        if back:
            note("crash: first submission acknowledged %.1f s after"
                 " mariadbd was killed (MariaDB recovery included)"
                 % min(back))
    statuses = {}
    for s in subs:
        k = s["status"] if s["status"] is not None else s["error"]
        k = "303" if s["code"] else str(k)
        statuses[k] = statuses.get(k, 0) + 1
    note("crash: %d submissions, %d acknowledged; answers %s" % (
        len(subs), sum(1 for s in subs if s["code"]),
        ", ".join("%s: %d" % kv for kv in sorted(statuses.items()))))
    odd = {k: v for k, v in statuses.items()
           if k not in ("303", "502", "503", "504")
           and not k.startswith(("RemoteDisconnected", "ConnectionResetError",
                                 "BrokenPipeError", "ConnectionRefusedError"))}
    check(not odd, "crash: a failed submission is 502/503/504 or a broken"
          " connection, never anything else%s" % (": %r" % odd if odd else ""))
    for s in subs:
        if str(s["status"]) in odd:
            note("crash: %s answered %s at %.1fs (sent %.1fs): %s" % (
                s["sid"], s["status"], s["t_end"] - T0, s["t"] - T0,
                s.get("text", "")))
    verify(accounts, earlier + subs, "crash", agency=ag)
    return recovered


def durability():
    """What var/my.cnf leaves of a commit's durability, as the server
    runs it."""
    flush, dblwr, binlog, sync = sql_utc(
        "SELECT @@innodb_flush_log_at_trx_commit, @@innodb_doublewrite,"
        " @@log_bin, @@sync_binlog")[0]
    check_eq(flush, "1", "MariaDB: innodb_flush_log_at_trx_commit = 1")
    check_eq(dblwr, "1", "MariaDB: innodb_doublewrite on")
    check(binlog == "0" or sync == "1", "MariaDB: no binary log, or"
          " sync_binlog = 1 (log_bin %s, sync_binlog %s)" % (binlog, sync))


def main():
    ag, accounts = None, []
    try:
        durability()
        _, ag, accounts = setup()
        if not portal_answers(accounts[0]):
            check(False, "the submit form answers before the test")
            return
        subs = concurrency(ag, accounts)
        crash(ag, accounts, subs)
    finally:
        # Later tests need MariaDB and submit: start whatever is down.
        if pid_from("mariadbd.pid", "mariadbd") is None or \
                (accounts and not portal_answers(accounts[0])):
            rc, out = dvc_up()
            if rc != 0:
                note("./dvc up failed: " + out[-2000:].replace("\n", "\n# "))
        if accounts:
            wait_portal(accounts[0], 60)
        cleanup(ag, accounts)
    check(pid_from("mariadbd.pid", "mariadbd") is not None and
          pid_from("submit.pid", "submit") is not None,
          "MariaDB and submit run at the end")
    note("done")


if __name__ == "__main__":
    main()
    done()
