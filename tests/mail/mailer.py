"""tools/dvc-mailer against a real SMTP server and the dev MariaDB.

An aiosmtpd server of our own runs in this process on a free loopback
port and records every message; rows are queued in the outbox with SQL
(recipients test-mail-…@example.invalid, Vietnamese subjects) and
`dvc-mailer -1` is pointed at the server with DVC_MAIL_SMTP_URL.

Checked: each message arrives exactly once with the right envelope and
To, a Subject and a body that decode to the UTF-8 text, RFC 5322/MIME
headers, lines within 78 columns; a recipient holding CR LF is refused
(failed, nothing sent); with the server down nothing is lost (pending,
attempts 1, next attempt in the future, last_error set) and a later run
delivers; max_attempts turns a row failed; mail.starttls = 1 never
sends in clear; two mailers at once send
each message once (SKIP LOCKED); the long-running mailer sends and
stops on SIGTERM.

./dvc up runs a mailer of its own on the same database: it is paused
(SIGSTOP) while this test runs and continued at the end.
"""
import atexit
import email
import email.policy
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "http"))
from dvchttp import check, check_eq, done, skip  # noqa: E402
from dvchttp import sql_vn as sql  # noqa: E402



try:
    from aiosmtpd.controller import Controller
except ImportError:
    # Debian's python3-aiosmtpd is installed for Debian's python3; a
    # python3 earlier in PATH (pyenv, venv) may not see it.
    deb = "/usr/bin/python3"
    if os.path.exists(deb) and \
            os.path.realpath(sys.executable) != os.path.realpath(deb):
        os.execv(deb, [deb] + sys.argv)
    skip("aiosmtpd is not installed (Debian package python3-aiosmtpd)")

ROOT = os.environ.get("DVC_ROOT", os.getcwd())
CONF = os.environ.get("DVC_CONF")
MAILER = os.path.join(ROOT, "tools", "dvc-mailer")
if not CONF or not os.path.exists(MAILER) or \
        not os.environ.get("DVC_DB_SOCKET"):
    skip("DVC_CONF, DVC_DB_SOCKET or tools/dvc-mailer missing "
         "(run through ./dvc test)")

TAG = "t%d" % os.getpid()
DOMAIN = "example.invalid"
FROM = "Cổng Dịch vụ công (kiểm thử) <no-reply@dichvucong.test>"
SECRET = "mat-khau-SMTP-%s" % TAG


class Recorder:
    """Keeps every message the server accepts."""

    def __init__(self):
        self.lock = threading.Lock()
        self.msgs = []

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.msgs.append((envelope.mail_from, list(envelope.rcpt_tos),
                              envelope.original_content))
        return "250 OK stored"

    def to(self, addr):
        with self.lock:
            return [m for m in self.msgs if addr in m[1]]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


rec = Recorder()
PORT = free_port()
server = None


def server_start():
    global server
    server = Controller(rec, hostname="127.0.0.1", port=PORT)
    server.start()


def server_stop():
    global server
    if server is not None:
        server.stop()
        server = None


def lit(s):
    """A SQL literal of any text, without quoting problems."""
    return ("CONVERT(X'%s' USING utf8mb4) COLLATE utf8mb4_unicode_520_ci"
            % s.encode("utf-8").hex())


def addr(n):
    return "test-mail-%s-%s@%s" % (TAG, n, DOMAIN)


def queue(n, subject, body, attempts=0):
    sql("INSERT INTO outbox (recipient, subject, body, attempts) "
        "VALUES (%s, %s, %s, %d)" % (lit(addr(n)), lit(subject), lit(body),
                                      attempts))
    return int(sql("SELECT id FROM outbox WHERE recipient = %s"
                   % lit(addr(n)))[0][0])


def row(oid):
    r = sql("SELECT status, attempts, next_attempt_at > NOW(), last_error, "
            "sent_at IS NOT NULL FROM outbox WHERE id = %d" % oid)
    return r[0] if r else None


def mailer(*args, extra=None, wait=True):
    env = dict(os.environ, DVC_CONF=CONF,
               DVC_MAIL_SMTP_URL="smtp://127.0.0.1:%d" % PORT,
               DVC_MAIL_FROM=FROM, DVC_MAIL_STARTTLS="0",
               DVC_MAIL_SMTP_USER="dvc-test", DVC_MAIL_SMTP_PASSWORD=SECRET,
               DVC_MAIL_TIMEOUT="10")
    env.update(extra or {})
    p = subprocess.Popen([MAILER] + list(args), env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    if not wait:
        return p
    out, err = p.communicate(timeout=120)
    return p.returncode, err


def cleanup():
    sql("DELETE FROM outbox WHERE recipient LIKE 'test-mail-%s-%%'" % TAG)


# --- the mailer of ./dvc up must not take our rows -------------------------

def dev_mailer_pid():
    try:
        with open(os.path.join(ROOT, "var", "run", "mailer.pid")) as f:
            pid = int(f.read().strip())
        if os.path.basename(os.readlink("/proc/%d/exe" % pid)) \
                .startswith("dvc-mailer"):
            return pid
    except (OSError, ValueError):
        pass
    return None


paused = dev_mailer_pid()


def at_end():
    server_stop()
    cleanup()
    if paused:
        os.kill(paused, signal.SIGCONT)


if paused:
    os.kill(paused, signal.SIGSTOP)
atexit.register(at_end)


# --- the messages ------------------------------------------------------------

SUBJECTS = {
    1: "Xác thực tài khoản Cổng Dịch vụ công",
    2: "Hồ sơ 000.00.01.H99-250101-0001 đã được tiếp nhận — Ủy ban nhân "
       "dân xã Đông Sơn, huyện Mường Tè, tỉnh Lai Châu, kính mời ông/bà "
       "theo dõi",
    3: "Plain ASCII subject",
}
BODIES = {
    1: "Kính gửi Nguyễn Thị Ánh,\n\nHãy mở liên kết sau trong vòng 7 "
       "ngày:\n\nhttp://127.0.0.1:8080/tai-khoan/xac-thuc?ma=abc\n",
    2: "Dòng rất dài: " + "Đường Lê Lợi, phường Quang Trung, " * 10 +
       "\n.Dòng bắt đầu bằng dấu chấm\n..\n.\nHết.\n",
    3: "ASCII only.\n",
}


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def check_message(n, oid):
    got = rec.to(addr(n))
    if not check_eq(len(got), 1, "message %d arrived exactly once" % n):
        return
    mail_from, rcpts, raw = got[0]
    check_eq(rcpts, [addr(n)], "message %d: envelope recipient" % n)
    check_eq(mail_from, "no-reply@dichvucong.test",
             "message %d: envelope sender" % n)
    lines = raw.split(b"\r\n")
    check(all(len(line) <= 78 for line in lines) and b"\n" not in
          b"".join(lines), "message %d: CR LF lines of at most 78 "
          "columns" % n)
    m = parse(raw)
    check_eq(str(m["to"]), addr(n), "message %d: To" % n)
    check_eq(str(m["subject"]), SUBJECTS[n], "message %d: Subject decodes "
             "to the Vietnamese text" % n)
    fa = m["from"].addresses
    check_eq([(a.display_name, a.addr_spec) for a in fa],
             [("Cổng Dịch vụ công (kiểm thử)", "no-reply@dichvucong.test")],
             "message %d: From with its Vietnamese name" % n)
    check_eq(m.get_content().replace("\r\n", "\n"), BODIES[n],
             "message %d: body decodes to the UTF-8 text" % n)
    check(m["date"] is not None and m["date"].endswith("+0700"),
          "message %d: Date in Vietnam time" % n)
    check(re.fullmatch(r"<outbox-%d\.[0-9a-f]{16}@dichvucong\.test>" % oid,
                       str(m["message-id"])) is not None,
          "message %d: Message-ID <outbox-id.random@host>" % n)
    check(m["mime-version"] == "1.0" and m.get_content_type() ==
          "text/plain" and m.get_content_charset() == "utf-8" and
          m["content-transfer-encoding"] == "base64",
          "message %d: MIME text/plain; charset=utf-8, base64" % n)


def test_delivery():
    ids = {n: queue(n, SUBJECTS[n], BODIES[n]) for n in SUBJECTS}
    rc, err = mailer("-1")
    check_eq(rc, 0, "dvc-mailer -1 sends what is due and exits 0")
    for n, oid in ids.items():
        check_message(n, oid)
        r = row(oid)
        check(r is not None and r[0] == "sent" and r[1] == "1" and
              r[4] == "1", "row %d: sent, 1 attempt, sent_at set" % n)
    check(all(("outbox %d: sent" % oid) in err for oid in ids.values()),
          "one log line per message with its id")
    check(SUBJECTS[2] not in err and "Đường Lê Lợi" not in err and
          addr(1) not in err, "the log holds no subject, body or address")
    rc, _ = mailer("-1")
    check(rc == 0 and all(len(rec.to(addr(n))) == 1 for n in SUBJECTS),
          "a second run sends nothing again")


def test_injection():
    bad = "test-mail-%s-x@%s\r\nBcc: victim@%s" % (TAG, DOMAIN, DOMAIN)
    sql("INSERT INTO outbox (recipient, subject, body) VALUES (%s, 'S', "
        "'B')" % lit(bad))
    oid = int(sql("SELECT id FROM outbox WHERE recipient = %s"
                  % lit(bad))[0][0])
    rc, _ = mailer("-1")
    r = row(oid)
    check(r is not None and r[0] == "failed" and
          "invalid recipient" in r[3], "a stored recipient with CR LF is "
          "refused by the mailer: failed at once")
    check(rc == 1 and not any("victim@" + DOMAIN in m[1] or b"victim@" in
                              m[2] for m in rec.msgs),
          "nothing sent for it, no Bcc injected")


def test_down_then_up():
    server_stop()
    a = queue(10, "Thông báo khi máy chủ thư ngừng", "Nội dung A\n")
    b = queue(11, "Thông báo thứ hai", "Nội dung B\n")
    c = queue(12, "Lần thử cuối cùng", "Nội dung C\n", attempts=2)
    rc, err = mailer("-1", extra={"DVC_MAIL_MAX_ATTEMPTS": "3"})
    check_eq(rc, 1, "SMTP down: dvc-mailer -1 exits 1 (not all sent)")
    for oid in (a, b):
        r = row(oid)
        check(r is not None and r[0] == "pending" and r[1] == "1" and
              r[2] == "1" and r[3] != "", "SMTP down: row %d pending, "
              "attempts 1, next attempt in the future, last_error set "
              "(%s)" % (oid, r[3] if r else "missing"))
    r = row(c)
    check(r is not None and r[0] == "failed" and r[1] == "3",
          "max_attempts reached: failed")
    check(SECRET not in err and not any(
        SECRET in x[0] for x in sql("SELECT last_error FROM outbox WHERE "
                                    "recipient LIKE 'test-mail-%s-%%'"
                                    % TAG)),
          "the SMTP password is neither logged nor stored")
    rc, _ = mailer("-1")
    check(rc == 0 and row(a)[1] == "1", "not due yet: nothing attempted")
    sql("UPDATE outbox SET next_attempt_at = NOW() - INTERVAL 1 SECOND "
        "WHERE id IN (%d, %d, %d)" % (a, b, c))
    server_start()
    rc, _ = mailer("-1")
    check_eq(rc, 0, "SMTP back: the retry run exits 0")
    for n, oid in ((10, a), (11, b)):
        r = row(oid)
        check(len(rec.to(addr(n))) == 1 and r[0] == "sent" and r[1] == "2",
              "row %d delivered once on the second attempt" % oid)
    check(rec.to(addr(12)) == [] and row(c)[0] == "failed",
          "a failed row is never sent")


def test_starttls_required():
    oid = queue(30, "Không gửi khi thiếu TLS", "Nội dung bí mật\n")
    rc, _ = mailer("-1", extra={"DVC_MAIL_STARTTLS": "1"})
    r = row(oid)
    check(rc == 1 and rec.to(addr(30)) == [] and r[0] == "pending" and
          "STARTTLS" in r[3], "mail.starttls = 1 and a server without "
          "STARTTLS: nothing sent in clear, kept for later (%s)" % r[3])


def test_two_mailers():
    ids = [queue(100 + i, "Thư số %d — kiểm thử song song" % i,
                 "Nội dung %d\n" % i) for i in range(12)]
    extra = {"DVC_MAIL_BATCH": "2"}
    procs = [mailer("-1", extra=extra, wait=False) for _ in range(2)]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    rcs = [p.returncode for p in procs]
    for e in errs:
        for line in e.splitlines():
            if "error" in line or "warning" in line:
                print("# " + line)
    check_eq(rcs, [0, 0], "two mailers at once both succeed")
    counts = [len(rec.to(addr(100 + i))) for i in range(12)]
    check_eq(counts, [1] * 12, "two mailers: each message sent exactly once")
    check(all(row(i)[0] == "sent" for i in ids), "all twelve marked sent")


def test_daemon():
    p = mailer(extra={"DVC_MAIL_POLL_SECONDS": "1"}, wait=False)
    time.sleep(0.5)
    oid = queue(40, "Chạy nền — gửi trong vài giây", "Nội dung nền\n")
    for _ in range(100):
        if rec.to(addr(40)):
            break
        time.sleep(0.1)
    check(len(rec.to(addr(40))) == 1, "the long-running mailer sends a "
          "message queued while it runs")
    for _ in range(50):
        if row(oid)[0] == "sent":
            break
        time.sleep(0.1)
    p.send_signal(signal.SIGTERM)
    try:
        p.communicate(timeout=20)
        check_eq(p.returncode, 0, "SIGTERM: the mailer stops, exit 0")
    except subprocess.TimeoutExpired:
        p.kill()
        check(False, "SIGTERM: the mailer stops")


cleanup()
server_start()
test_delivery()
test_injection()
test_down_then_up()
test_starttls_required()
test_two_mailers()
test_daemon()
check(unicodedata.is_normalized("NFC", SUBJECTS[2]), "(test data in NFC)")
done()
