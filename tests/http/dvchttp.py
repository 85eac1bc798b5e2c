"""Helpers for the HTTP tests: requests to the running portal over
loopback, SQL through the mariadb client on the local socket, and
TAP-like checks.  Only the standard library is used.

Environment (set by ./dvc test): DVC_BASE_URL, DVC_DB_SOCKET, DVC_ROOT.
"""
import hashlib
import http.client
import json
import os
import secrets
import subprocess
import sys
import urllib.parse

BASE = os.environ.get("DVC_BASE_URL", "http://127.0.0.1:8080")
SOCKET = os.environ.get("DVC_DB_SOCKET", "")
_n = 0
_failed = 0


class Resp:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers_all = list(headers)
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body
        self.text = body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name.lower())

    def json(self):
        return json.loads(self.body)


def request(method, path, headers=None, body=None):
    """One request on a fresh connection; path is sent as given (bytes
    already percent-encoded by the caller where needed)."""
    u = urllib.parse.urlsplit(BASE)
    c = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=30)
    try:
        c.putrequest(method, path, skip_accept_encoding=True)
        for k, v in (headers or {}).items():
            c.putheader(k, v)
        if body is not None:
            c.putheader("Content-Length", str(len(body)))
        c.endheaders(body)
        r = c.getresponse()
        return Resp(r.status, r.getheaders(), r.read())
    finally:
        c.close()


def get(path, headers=None):
    return request("GET", path, headers)


def q(s):
    """Percent-encodes a query value."""
    return urllib.parse.quote(s, safe="")


def sql(statement):
    """Runs SQL as the local administrator; returns rows as lists."""
    out = subprocess.run(
        ["mariadb", "-S", SOCKET, "-u", "root", "--batch", "--skip-column-names",
         "dichvucong", "-e", statement],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def sql_vn(statement):
    """SQL in the programs' time zone (db.c: +07:00), so that NOW() and
    dates here and in the programs agree whatever the server's zone."""
    return sql("SET time_zone = '+07:00'; " + statement)


def session_for(account_id):
    """A session for an account, made in SQL: (cookie token, CSRF token)."""
    token, csrf = secrets.token_hex(32), secrets.token_hex(32)
    sql_vn("INSERT INTO session (token_hash, account_id, csrf) VALUES"
           " ('%s', %s, '%s')" % (hashlib.sha256(token.encode()).hexdigest(),
                                  account_id, csrf))
    return token, csrf


def check(cond, what):
    global _n, _failed
    _n += 1
    if cond:
        print("ok %d - %s" % (_n, what))
    else:
        _failed += 1
        print("not ok %d - %s" % (_n, what))
    sys.stdout.flush()
    return cond


def check_eq(got, want, what):
    ok = got == want
    check(ok, "%s%s" % (what, "" if ok else ": got %r want %r" % (got, want)))
    return ok


def done():
    print("1..%d" % _n)
    print("# %d failed" % _failed)
    sys.exit(1 if _failed else 0)


def skip(why):
    print("# skipped: " + why)
    sys.exit(77)


class Who:
    """A logged-in user for the tests: an active account (login, kind,
    role grants [(role, agency id or None)]) and a session made in SQL,
    with get() and post() carrying its cookie and CSRF token."""

    def __init__(self, login, kind="staff", grants=()):
        self.login = login
        sql("INSERT INTO account (login, kind, full_name, email,"
            " password_hash, status) VALUES ('%s', '%s', 'Người thử %s',"
            " '%s@example.vn', '*', 'active')" % (login, kind, login, login))
        self.id = sql("SELECT id FROM account WHERE login = '%s'" % login)[0][0]
        for role, ag in grants:
            sql("INSERT INTO role_grant (account_id, role, agency_id) VALUES"
                " (%s, '%s', %s)" % (self.id, role, ag if ag else "NULL"))
        self.new_session()

    def new_session(self):
        self.token, self.csrf = session_for(self.id)

    def get(self, path):
        return get(path, {"Cookie": "dvc_sid=" + self.token})

    def post(self, path, form=None, csrf=True):
        form = dict(form or {})
        if csrf is True:
            form["csrf"] = self.csrf
        elif csrf:
            form["csrf"] = csrf
        return request("POST", path, {
            "Cookie": "dvc_sid=" + self.token,
            "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode(form).encode())
