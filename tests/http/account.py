"""The account program over the real stack: registration with errors
beside the fields, the verification e-mail through the outbox, the mailer
and the local SMTP sink, login through PAM, sessions (new token at login,
logout, expiry, suspension, cookie flags), CSRF on every state-changing
form, password change and reset, requests to suspend or cancel.

Needs the dev SMTP sink's Maildir (DVC_MAILDIR, default var/mail) and the
mailer that ./dvc up starts."""
import email
import email.policy
import hashlib
import os
import re
import secrets
import time
import urllib.parse

from dvchttp import check, check_eq, done, get, q, request, skip, sql

ROOT = os.environ.get("DVC_ROOT", os.getcwd())
MAILDIR = os.environ.get("DVC_MAILDIR", os.path.join(ROOT, "var", "mail"))
TAG = "acctest%d" % int(time.time())
EMAIL = TAG + "@example.invalid"
PASSWORD = "matkhau2026"


class Browser:
    """Cookies kept across requests, as a browser would."""

    def __init__(self):
        self.jar = {}

    def _cookie_header(self):
        return "; ".join("%s=%s" % kv for kv in self.jar.items())

    def _store(self, r):
        for k, v in r.headers_all:
            if k.lower() != "set-cookie":
                continue
            name, _, rest = v.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in v:
                self.jar.pop(name, None)
            else:
                self.jar[name] = value

    def go(self, method, path, form=None, raw=None, ctype=None):
        headers = {}
        if self.jar:
            headers["Cookie"] = self._cookie_header()
        body = raw
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
        if body is not None:
            headers["Content-Type"] = ctype or "application/x-www-form-urlencoded"
        r = request(method, path, headers, body)
        self._store(r)
        return r

    def get(self, path):
        return self.go("GET", path)

    def post(self, path, form, **kw):
        return self.go("POST", path, form, **kw)

    def csrf(self, path):
        m = re.search(r'name="csrf" value="([0-9a-f]{64})"', self.get(path).text)
        return m.group(1) if m else ""


def mails_to(addr):
    """Messages the SMTP sink received for addr, oldest first."""
    out = []
    for dirpath, _, files in os.walk(MAILDIR):
        for f in files:
            p = os.path.join(dirpath, f)
            with open(p, "rb") as fh:
                m = email.message_from_binary_file(fh, policy=email.policy.default)
            if addr in (m.get("To") or ""):
                out.append((os.path.getmtime(p), m))
    return [m for _, m in sorted(out, key=lambda x: x[0])]


def wait_mail(addr, n=1, secs=30):
    for _ in range(secs * 4):
        got = mails_to(addr)
        if len(got) >= n:
            return got
        time.sleep(0.25)
    return mails_to(addr)


def link_in(msg, path):
    body = msg.get_body(preferencelist=("plain",)).get_content()
    m = re.search(r"https?://[^/\s]+(" + re.escape(path) + r"\?ma=[0-9a-f]{64})", body)
    return m.group(1) if m else None


def count(where):
    return int(sql("SELECT COUNT(*) FROM account WHERE " + where)[0][0])


def test_register_errors(b):
    tok = b.csrf("/tai-khoan/dang-ky")
    check(len(tok) == 64, "registration form carries a CSRF token")
    r = b.post("/tai-khoan/dang-ky", {
        "csrf": tok, "loai": "citizen", "ho_ten": "Nguyễn Văn Thử",
        "so_dinh_danh": "12345", "email": "khong-hop-le", "dien_thoai": "12",
        "mat_khau": "ngan", "mat_khau_2": "khac"})
    check_eq(r.status, 422, "invalid registration → 422")
    for field in ("so_dinh_danh", "email", "dien_thoai", "mat_khau", "mat_khau_2"):
        check('id="e-%s"' % field in r.text, "error shown beside %s" % field)
    check('value="Nguyễn Văn Thử"' in r.text, "the name typed is kept")
    check('value="khong-hop-le"' in r.text, "the e-mail typed is kept")
    check("ngan" not in r.text, "passwords are never echoed")
    check_eq(count("email = 'khong-hop-le'"), 0, "nothing stored")
    r = b.go("POST", "/tai-khoan/dang-ky", raw=b"csrf=" + tok.encode() +
             b"&ho_ten=%C3%28&email=" + q(EMAIL).encode())
    check(r.status == 422 and 'id="e-ho_ten"' in r.text,
          "broken UTF-8 in a field → error beside it")
    check_eq(count("email = '%s'" % EMAIL), 0, "nothing stored for broken UTF-8")


def test_bad_posts(b):
    tok = b.csrf("/tai-khoan/dang-ky")
    form = {"loai": "citizen", "ho_ten": "Trần Thị Bé", "so_dinh_danh": "001099012345",
            "email": EMAIL, "dien_thoai": "0912345678", "mat_khau": PASSWORD,
            "mat_khau_2": PASSWORD}
    r = b.post("/tai-khoan/dang-ky", form)
    check_eq(r.status, 403, "registration without CSRF token → 403")
    r = b.post("/tai-khoan/dang-ky", dict(form, csrf="0" * 64))
    check_eq(r.status, 403, "registration with a wrong CSRF token → 403")
    other = Browser()
    r = other.post("/tai-khoan/dang-ky", dict(form, csrf=tok))
    check_eq(r.status, 403, "another visitor's CSRF token → 403")
    r = b.go("POST", "/tai-khoan/dang-ky", raw=b"x=" + b"a" * 40000)
    check(r.status == 413, "oversized body → 413 (got %d)" % r.status)
    r = b.go("POST", "/tai-khoan/dang-ky", raw=b'{"a":1}', ctype="application/json")
    check_eq(r.status, 415, "JSON body → 415")
    check_eq(count("email = '%s'" % EMAIL), 0, "nothing stored by refused posts")


def test_register(b):
    tok = b.csrf("/tai-khoan/dang-ky")
    r = b.post("/tai-khoan/dang-ky", {
        "csrf": tok, "loai": "citizen", "ho_ten": "Trần Thị Bé",
        "so_dinh_danh": "001099012345", "email": EMAIL.upper(),
        "dien_thoai": "0912 345 678", "mat_khau": PASSWORD, "mat_khau_2": PASSWORD})
    check_eq(r.status, 200, "registration accepted")
    check(EMAIL in r.text, "the page names the address the mail went to")
    rows = sql("SELECT status, password_hash, login FROM account WHERE email = '%s'" % EMAIL)
    check(len(rows) == 1 and rows[0][0] == "unverified", "account stored unverified")
    check(rows and rows[0][1].startswith("$y$"), "password stored as a yescrypt hash")
    check(rows and rows[0][2] == EMAIL, "login is the lower-cased e-mail")
    b2 = Browser()
    tok2 = b2.csrf("/tai-khoan/dang-ky")
    r = b2.post("/tai-khoan/dang-ky", {
        "csrf": tok2, "loai": "citizen", "ho_ten": "Kẻ Khác",
        "so_dinh_danh": "001099012346", "email": EMAIL,
        "dien_thoai": "0912345679", "mat_khau": "khac12345", "mat_khau_2": "khac12345"})
    check(r.status == 200 and EMAIL in r.text,
          "registering a taken address looks the same to the visitor")
    check_eq(count("email = '%s'" % EMAIL), 1, "no second account")
    msgs = wait_mail(EMAIL, 2)
    check(len(msgs) >= 2, "two mails arrived through outbox, mailer and SMTP (%d)" % len(msgs))
    verify = [m for m in msgs if "Xác thực" in str(m["Subject"])]
    check(len(verify) == 1, "one verification mail, subject in Vietnamese")
    link = link_in(verify[0], "/tai-khoan/xac-thuc") if verify else None
    check(link is not None, "the mail holds the verification link")
    r = b.post("/tai-khoan/dang-nhap", {"csrf": b.csrf("/tai-khoan/dang-nhap"),
                                        "email": EMAIL, "mat_khau": PASSWORD})
    check_eq(r.status, 422, "unverified account cannot log in")
    if link:
        r = get(link)
        check(r.status == 200 and "kích hoạt" in r.text, "verification link activates")
        r = get(link)
        check_eq(r.status, 404, "the link works once")
    check_eq(count("email = '%s' AND status = 'active'" % EMAIL), 1, "account active")
    check_eq(get("/tai-khoan/xac-thuc?ma=" + "a" * 64).status, 404, "made-up token → 404")
    check_eq(get("/tai-khoan/dat-lai-mat-khau?ma=" + "b" * 64).status, 404,
             "made-up reset token → 404 before any form")


def session_cookie(b):
    return b.jar.get("dvc_sid")


def test_login(b):
    r = b.get("/tai-khoan")
    check(r.status == 303 and "/tai-khoan/dang-nhap?tiep=" in (r.header("location") or ""),
          "account page redirects anonymous visitors to login")
    tok = b.csrf("/tai-khoan/dang-nhap")
    r = b.post("/tai-khoan/dang-nhap", {"csrf": tok, "email": EMAIL, "mat_khau": "sai123456"})
    check_eq(r.status, 422, "wrong password → 422")
    wrong = r.text
    r = b.post("/tai-khoan/dang-nhap", {"csrf": tok, "email": "khongco-" + EMAIL,
                                        "mat_khau": "sai123456"})
    check_eq(r.status, 422, "unknown user → 422")
    strip = lambda t: re.sub(r'value="[^"]*"', "", t)
    check_eq(strip(r.text), strip(wrong), "unknown user and wrong password look the same")
    b.jar["dvc_sid"] = "f" * 64            # a planted session token
    r = b.post("/tai-khoan/dang-nhap", {"csrf": tok, "email": EMAIL, "mat_khau": PASSWORD,
                                        "tiep": "//evil.example/x"})
    check_eq(r.status, 303, "right password → 303")
    check_eq(r.header("location"), "/tai-khoan", "no open redirect to another host")
    cookies = [v for k, v in r.headers_all if k.lower() == "set-cookie" and v.startswith("dvc_sid=")]
    check(cookies and all(f in cookies[-1] for f in ("HttpOnly", "Secure", "SameSite=Lax")),
          "session cookie is HttpOnly; Secure; SameSite=Lax")
    sid = session_cookie(b)
    check(sid and sid != "f" * 64, "a new session token at login")
    h = hashlib.sha256(sid.encode()).hexdigest()
    check_eq(sql("SELECT COUNT(*) FROM session WHERE token_hash = '%s'" % h)[0][0], "1",
             "only the token's hash is stored")
    check_eq(sql("SELECT COUNT(*) FROM session WHERE token_hash = '%s'" % sid)[0][0], "0",
             "the raw token is not stored")
    r = b.get("/tai-khoan")
    check(r.status == 200 and "Trần Thị Bé" in r.text, "the account page shows the holder")
    rows = sql("SELECT action FROM audit_log WHERE actor_login = '%s' ORDER BY id" % EMAIL)
    actions = [x[0] for x in rows]
    check("login.ok" in actions and "login.fail" in actions, "logins audited: %s" % actions)
    check_eq(sql("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%%%s%%' OR object LIKE "
                 "'%%%s%%'" % (PASSWORD, PASSWORD))[0][0], "0", "no password in the audit log")
    return sid


def test_profile_and_csrf(b):
    r = b.get("/tai-khoan")
    tok = re.search(r'name="csrf" value="([0-9a-f]{64})"', r.text).group(1)
    r = b.post("/tai-khoan/ho-so", {"ho_ten": "Trần Thị Bé Hai", "dien_thoai": "0912345678"})
    check_eq(r.status, 403, "profile change without CSRF → 403")
    r = b.post("/tai-khoan/ho-so", {"csrf": "1" * 64, "ho_ten": "Trần Thị Bé Hai",
                                    "dien_thoai": "0912345678"})
    check_eq(r.status, 403, "profile change with a wrong CSRF token → 403")
    check_eq(sql("SELECT full_name FROM account WHERE email = '%s'" % EMAIL)[0][0],
             "Trần Thị Bé", "nothing changed by refused posts")
    r = b.post("/tai-khoan/ho-so", {"csrf": tok, "ho_ten": "Trần Thị Bé Hai",
                                    "dien_thoai": "abc"})
    check(r.status == 422 and 'id="e-dien_thoai"' in r.text and "Trần Thị Bé Hai" in r.text,
          "invalid phone: error beside it, name kept")
    r = b.post("/tai-khoan/ho-so", {"csrf": tok, "ho_ten": "Trần Thị Bé Hai",
                                    "dien_thoai": "0987654321", "dia_chi": "Số 1 đường Lê Lợi"})
    check_eq(r.status, 303, "profile saved")
    check_eq(sql("SELECT full_name, phone FROM account WHERE email = '%s'" % EMAIL)[0],
             ["Trần Thị Bé Hai", "0987654321"], "profile stored")
    r = b.post("/tai-khoan/yeu-cau", {"csrf": tok, "yeu_cau": "khac"})
    check_eq(r.status, 400, "unknown request → 400")
    r = b.post("/tai-khoan/dang-xuat", {})
    check_eq(r.status, 403, "logout without CSRF → 403")
    check(b.get("/tai-khoan").status == 200, "still logged in after a refused logout")


def test_sessions(b, sid):
    h = hashlib.sha256(sid.encode()).hexdigest()
    sql("UPDATE session SET last_seen = NOW() - INTERVAL 31 MINUTE WHERE token_hash = '%s'" % h)
    check_eq(b.get("/tai-khoan").status, 303, "idle session expired after 30 minutes")
    check_eq(sql("SELECT COUNT(*) FROM session WHERE token_hash = '%s'" % h)[0][0], "0",
             "expired session deleted")
    login(b)
    h = hashlib.sha256(session_cookie(b).encode()).hexdigest()
    sql("UPDATE session SET created_at = NOW() - INTERVAL 13 HOUR WHERE token_hash = '%s'" % h)
    check_eq(b.get("/tai-khoan").status, 303, "session ends after 12 hours whatever the use")
    login(b)
    sql("UPDATE account SET status = 'suspended' WHERE email = '%s'" % EMAIL)
    check_eq(b.get("/tai-khoan").status, 303, "suspension ends the session")
    sql("UPDATE account SET status = 'active' WHERE email = '%s'" % EMAIL)
    login(b)
    tok = re.search(r'name="csrf" value="([0-9a-f]{64})"', b.get("/tai-khoan").text).group(1)
    old = session_cookie(b)
    r = b.post("/tai-khoan/dang-xuat", {"csrf": tok})
    check_eq(r.status, 303, "logout")
    h = hashlib.sha256(old.encode()).hexdigest()
    check_eq(sql("SELECT COUNT(*) FROM session WHERE token_hash = '%s'" % h)[0][0], "0",
             "logout deletes the session")
    replay = Browser()
    replay.jar["dvc_sid"] = old
    check_eq(replay.get("/tai-khoan").status, 303, "the old cookie no longer works")


def login(b, password=PASSWORD):
    r = b.post("/tai-khoan/dang-nhap", {"csrf": b.csrf("/tai-khoan/dang-nhap"),
                                        "email": EMAIL, "mat_khau": password})
    return r.status == 303


def test_password(b):
    check(login(b), "log in again")
    tok = re.search(r'name="csrf" value="([0-9a-f]{64})"', b.get("/tai-khoan/mat-khau").text).group(1)
    other = Browser()
    check(login(other), "a second session elsewhere")
    r = b.post("/tai-khoan/mat-khau", {"csrf": tok, "mat_khau_cu": "sai999999",
                                       "mat_khau": "moi2026abc", "mat_khau_2": "moi2026abc"})
    check(r.status == 422 and 'id="e-mat_khau_cu"' in r.text, "wrong current password refused")
    r = b.post("/tai-khoan/mat-khau", {"csrf": tok, "mat_khau_cu": PASSWORD,
                                       "mat_khau": "moi2026abc", "mat_khau_2": "moi2026abc"})
    check_eq(r.status, 303, "password changed")
    check_eq(other.get("/tai-khoan").status, 303, "other sessions ended by the change")
    check_eq(b.get("/tai-khoan").status, 200, "this session continues with a new token")
    check(not login(Browser(), PASSWORD), "old password no longer works")
    check(login(Browser(), "moi2026abc"), "new password works")
    # reset by e-mail
    f = Browser()
    before = len(mails_to(EMAIL))
    r = f.post("/tai-khoan/quen-mat-khau", {"csrf": f.csrf("/tai-khoan/quen-mat-khau"),
                                            "email": EMAIL})
    check_eq(r.status, 200, "reset requested")
    r2 = f.post("/tai-khoan/quen-mat-khau", {"csrf": f.csrf("/tai-khoan/quen-mat-khau"),
                                             "email": "khongco-" + EMAIL})
    check_eq(re.sub(r'value="[^"]*"', "", r2.text), re.sub(r'value="[^"]*"', "", r.text),
             "unknown address gets the same answer")
    msgs = wait_mail(EMAIL, before + 1)
    link = link_in(msgs[-1], "/tai-khoan/dat-lai-mat-khau") if len(msgs) > before else None
    check(link is not None, "reset mail with its link")
    if link:
        page = f.get(link)
        tok = re.search(r'name="csrf" value="([0-9a-f]{64})"', page.text).group(1)
        ma = re.search(r'name="ma" value="([0-9a-f]{64})"', page.text).group(1)
        r = f.post("/tai-khoan/dat-lai-mat-khau", {"csrf": tok, "ma": ma,
                                                   "mat_khau": "datlai2026", "mat_khau_2": "datlai2026"})
        check_eq(r.status, 200, "new password set through the link")
        r = f.post("/tai-khoan/dat-lai-mat-khau", {"csrf": tok, "ma": ma,
                                                   "mat_khau": "lanhai2026", "mat_khau_2": "lanhai2026"})
        check_eq(r.status, 404, "the reset link works once")
        check(login(Browser(), "datlai2026"), "log in with the reset password")
    check(login(b, "datlai2026"), "log in for the request test")
    tok = re.search(r'name="csrf" value="([0-9a-f]{64})"', b.get("/tai-khoan").text).group(1)
    r = b.post("/tai-khoan/yeu-cau", {"csrf": tok, "yeu_cau": "suspend"})
    check_eq(r.status, 303, "suspension requested")
    check_eq(sql("SELECT request FROM account WHERE email = '%s'" % EMAIL)[0][0], "suspend",
             "the request is recorded for the system admin")


def test_reactivate():
    """A suspended holder cannot log in, so asks through an e-mailed link."""
    sql("UPDATE account SET status = 'suspended', request = 'none' WHERE email = '%s'" % EMAIL)
    f = Browser()
    before = len(mails_to(EMAIL))
    r = f.post("/tai-khoan/kich-hoat-lai", {"csrf": "", "email": EMAIL})
    check_eq(r.status, 403, "reactivation request without CSRF → 403")
    r = f.post("/tai-khoan/kich-hoat-lai", {"csrf": f.csrf("/tai-khoan/kich-hoat-lai"),
                                            "email": EMAIL})
    check_eq(r.status, 200, "reactivation requested")
    r2 = f.post("/tai-khoan/kich-hoat-lai", {"csrf": f.csrf("/tai-khoan/kich-hoat-lai"),
                                             "email": "khongco-" + EMAIL})
    check_eq(re.sub(r'value="[^"]*"', "", r2.text), re.sub(r'value="[^"]*"', "", r.text),
             "unknown address gets the same answer")
    msgs = wait_mail(EMAIL, before + 1)
    link = link_in(msgs[-1], "/tai-khoan/xac-nhan-kich-hoat-lai") if len(msgs) > before else None
    check(link is not None, "reactivation mail with its link")
    check_eq(sql("SELECT request FROM account WHERE email = '%s'" % EMAIL)[0][0], "none",
             "nothing recorded before the link is opened")
    if link:
        check_eq(get(link).status, 200, "the link records the request")
        check_eq(get(link).status, 404, "the link works once")
    check_eq(sql("SELECT request, status FROM account WHERE email = '%s'" % EMAIL)[0],
             ["reactivate", "suspended"], "request recorded; the admin decides")


def cleanup():
    sql("DELETE FROM login_throttle")
    sql("DELETE FROM account WHERE email LIKE 'acctest%%@example.invalid' "
        "OR email LIKE 'khongco-acctest%%'")


if not os.path.isdir(MAILDIR):
    skip("no SMTP sink Maildir at %s (run through ./dvc test)" % MAILDIR)
sql("DELETE FROM login_throttle")   # all of loopback is one network
try:
    b = Browser()
    test_register_errors(b)
    test_bad_posts(b)
    test_register(b)
    sid = test_login(b)
    test_profile_and_csrf(b)
    test_sessions(b, sid)
    test_password(b)
    test_reactivate()
finally:
    cleanup()
done()
