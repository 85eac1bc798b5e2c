"""tools/dvc-housekeeping against the dev MariaDB.

Rows are made with SQL relative to the limits in the setting table
(account.unverified_days, session.idle_minutes, session.absolute_hours,
outbox.keep_days): an account unverified for days+1 is deleted with its
session and token and one audit row; unverified for days-1, or verified
long ago, kept; sessions idle or too old deleted, fresh kept; tokens
expired or used over a day ago deleted, others kept; old login_throttle
windows and old sent e-mails deleted, recent ones and failed e-mails
kept; a dossier draft untouched for dossier.draft_keep_days+1 deleted with
its fields and files, a recent draft and an old submitted dossier kept.  A second run deletes nothing more of ours.  Every row made here
is deleted at the end.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "http"))
from dvchttp import check, check_eq, done, skip  # noqa: E402
from dvchttp import sql_vn as sql  # noqa: E402



ROOT = os.environ.get("DVC_ROOT", os.getcwd())
CONF = os.environ.get("DVC_CONF")
HK = os.path.join(ROOT, "tools", "dvc-housekeeping")
if not CONF or not os.path.exists(HK) or \
        not os.environ.get("DVC_DB_SOCKET"):
    skip("DVC_CONF, DVC_DB_SOCKET or tools/dvc-housekeeping missing "
         "(run through ./dvc test)")

TAG = "t%d" % os.getpid()
PREFIX = "test-hk-%s-" % TAG


def setting(name, default):
    r = sql("SELECT value FROM setting WHERE name = '%s'" % name)
    return int(r[0][0]) if r and r[0][0].isdigit() and int(r[0][0]) > 0 \
        else default


DAYS = setting("account.unverified_days", 7)
IDLE = setting("session.idle_minutes", 30)
HOURS = setting("session.absolute_hours", 12)
KEEP = setting("outbox.keep_days", 90)
DRAFT_DAYS = setting("dossier.draft_keep_days", 60)


def account(n, status, created_days_ago):
    login = "%s%s@example.invalid" % (PREFIX, n)
    sql("INSERT INTO account (login, kind, full_name, email, password_hash, "
        "status, created_at, verified_at) VALUES ('%s', 'citizen', "
        "'Kiểm thử dọn dẹp', '%s', '*', '%s', NOW() - INTERVAL %d DAY, %s)"
        % (login, login, status, created_days_ago,
           "NULL" if status == "unverified" else "NOW()"))
    return int(sql("SELECT id FROM account WHERE login = '%s'" % login)[0][0])


def key(n):
    return "SHA2('%s%s', 256)" % (PREFIX, n)


def session(n, acc, created, last_seen):
    sql("INSERT INTO session (token_hash, account_id, csrf, created_at, "
        "last_seen) VALUES (%s, %d, %s, %s, %s)"
        % (key(n), acc, key(n), created, last_seen))


def token(n, acc, expires, used="NULL"):
    sql("INSERT INTO email_token (token_hash, account_id, purpose, "
        "expires_at, used_at) VALUES (%s, %d, 'verify', %s, %s)"
        % (key(n), acc, expires, used))


def exists(table, col, n):
    return sql("SELECT COUNT(*) FROM %s WHERE %s = %s"
               % (table, col, key(n)))[0][0] == "1"


def cleanup(ids):
    sql("DELETE d FROM dossier d JOIN account a ON a.id = d.account_id"
        " WHERE a.login LIKE '%s%%'" % PREFIX)
    sql("DELETE FROM account WHERE login LIKE '%s%%'" % PREFIX)
    sql("DELETE FROM login_throttle WHERE key_hash IN (%s, %s)"
        % (key("l1"), key("l2")))
    sql("DELETE FROM outbox WHERE recipient LIKE '%s%%'" % PREFIX)
    if ids:
        sql("DELETE FROM audit_log WHERE action = 'account.expired' AND "
            "object IN (%s)" % ", ".join("'account:%d'" % i for i in ids))


def outbox(n, status, days_ago):
    sql("INSERT INTO outbox (recipient, subject, body, status, created_at, "
        "sent_at) VALUES ('%s%s@example.invalid', 'Kiểm thử', 'Nội dung', "
        "'%s', NOW() - INTERVAL %d DAY, %s)"
        % (PREFIX, n, status, days_ago,
           "NOW() - INTERVAL %d DAY" % days_ago if status == "sent"
           else "NULL"))


def dossier(acc, status, days_ago, with_file=False):
    """A dossier of acc last changed days_ago; returns its id."""
    sql("INSERT INTO dossier (code, procedure_id, agency_id, account_id,"
        " status, updated_at) SELECT %s, p.id, a.id, %d, %d,"
        " NOW() - INTERVAL %d DAY FROM procedure_version p, agency a"
        " ORDER BY p.id, a.id LIMIT 1"
        % ("'%sD%d'" % (TAG, days_ago) if status else "NULL", acc, status,
           days_ago))
    did = int(sql("SELECT MAX(id) FROM dossier WHERE account_id = %d"
                  % acc)[0][0])
    if with_file:
        sql("INSERT INTO dossier_field (dossier_id, name, value) VALUES"
            " (%d, 'ho_ten', 'Nháp cũ')" % did)
        sql("INSERT INTO dossier_file (dossier_id, component_seq, name, mime,"
            " size, sha256) VALUES (%d, 1, 'cu.pdf', 'application/pdf', 5,"
            " '%s')" % (did, "0" * 64))
        sql("INSERT INTO dossier_file_chunk (file_id, seq, data) SELECT id, 0,"
            " '%%PDF-' FROM dossier_file WHERE dossier_id = %d" % did)
    return did


def dossier_rows(did):
    return sql("SELECT (SELECT COUNT(*) FROM dossier WHERE id = %d),"
               " (SELECT COUNT(*) FROM dossier_field WHERE dossier_id = %d),"
               " (SELECT COUNT(*) FROM dossier_file_chunk c JOIN dossier_file f"
               " ON f.id = c.file_id WHERE f.dossier_id = %d)"
               % (did, did, did))[0]


def make_rows():
    a_old = account("old", "unverified", DAYS + 1)
    a_new = account("new", "unverified", max(DAYS - 1, 0))
    a_ok = account("ok", "active", DAYS * 5)
    now = "NOW()"
    session("s_old_acc", a_old, now, now)
    token("t_old_acc", a_old, "NOW() + INTERVAL 1 DAY")
    session("s_fresh", a_ok, now, now)
    session("s_idle", a_ok, "NOW() - INTERVAL %d MINUTE" % (IDLE + 10),
            "NOW() - INTERVAL %d MINUTE" % (IDLE + 5))
    session("s_too_old", a_ok, "NOW() - INTERVAL %d HOUR" % (HOURS + 1), now)
    token("t_valid", a_ok, "NOW() + INTERVAL 1 HOUR")
    token("t_expired", a_ok, "NOW() - INTERVAL 2 DAY")
    token("t_just_expired", a_ok, "NOW() - INTERVAL 1 HOUR")
    token("t_used", a_ok, "NOW() + INTERVAL 1 HOUR",
          "NOW() - INTERVAL 2 DAY")
    sql("INSERT INTO login_throttle (key_hash, failures, window_start) "
        "VALUES (%s, 3, NOW() - INTERVAL 3 DAY), (%s, 3, NOW())"
        % (key("l1"), key("l2")))
    outbox("o_old", "sent", KEEP + 10)
    outbox("o_recent", "sent", 10)
    outbox("o_failed", "failed", KEEP + 10)
    global D_OLD, D_NEW, D_SENT
    D_OLD = dossier(a_ok, 0, DRAFT_DAYS + 1, with_file=True)
    D_NEW = dossier(a_ok, 0, max(DRAFT_DAYS - 1, 0))
    D_SENT = dossier(a_ok, 1, DRAFT_DAYS + 30)
    return a_old, a_new, a_ok


def run():
    p = subprocess.run([HK, "-c", CONF], capture_output=True, text=True,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


def acc_exists(i):
    return sql("SELECT COUNT(*) FROM account WHERE id = %d" % i)[0][0] == "1"


def audit_rows(i):
    return sql("SELECT actor_login, detail FROM audit_log WHERE action = "
               "'account.expired' AND object = 'account:%d'" % i)


def main():
    ids = []
    cleanup(ids)
    try:
        a_old, a_new, a_ok = ids[:] = make_rows()
        rc, out, err = run()
        check_eq(rc, 0, "dvc-housekeeping exits 0")
        check("accounts not verified within %d days:" % DAYS in out and
              "sessions idle over" in out and "e-mail tokens" in out and
              "login throttle" in out and "sent e-mails older than %d days"
              % KEEP in out, "it prints what it did, kind by kind:\n# " +
              out.replace("\n", "\n# "))
        check(not acc_exists(a_old), "unverified for %d days: deleted"
              % (DAYS + 1))
        check(not exists("session", "token_hash", "s_old_acc") and
              not exists("email_token", "token_hash", "t_old_acc"),
              "its session and token went with it (cascade)")
        rows = audit_rows(a_old)
        check(len(rows) == 1 and rows[0][0] == "housekeeping",
              "one audit row account.expired for it: %r" % rows)
        check(acc_exists(a_new), "unverified for %d days: kept"
              % max(DAYS - 1, 0))
        check(acc_exists(a_ok) and audit_rows(a_new) == [],
              "verified long ago: kept; no audit for kept ones")
        check(exists("session", "token_hash", "s_fresh"), "fresh session kept")
        check(not exists("session", "token_hash", "s_idle"),
              "session idle over %d min deleted" % IDLE)
        check(not exists("session", "token_hash", "s_too_old"),
              "session older than %d h deleted" % HOURS)
        check(exists("email_token", "token_hash", "t_valid") and
              exists("email_token", "token_hash", "t_just_expired"),
              "valid token, and one expired an hour ago, kept")
        check(not exists("email_token", "token_hash", "t_expired") and
              not exists("email_token", "token_hash", "t_used"),
              "tokens expired or used two days ago deleted")
        check(not exists("login_throttle", "key_hash", "l1") and
              exists("login_throttle", "key_hash", "l2"),
              "old throttle window deleted, current one kept")
        left = [r[0] for r in sql("SELECT recipient FROM outbox WHERE "
                                  "recipient LIKE '%s%%' ORDER BY 1"
                                  % PREFIX)]
        check_eq([x.split("-")[-1].split("@")[0] for x in left],
                 ["o_failed", "o_recent"], "sent e-mails older than %d days "
                 "deleted; recent and failed ones kept" % KEEP)
        check("dossier drafts untouched for %d days" % DRAFT_DAYS in out,
              "it says it cleaned drafts")
        check_eq(dossier_rows(D_OLD), ["0", "0", "0"], "a draft untouched for"
                 " %d days: deleted with its fields and file chunks"
                 % (DRAFT_DAYS + 1))
        check_eq(dossier_rows(D_NEW)[0], "1", "a draft untouched for %d days:"
                 " kept" % max(DRAFT_DAYS - 1, 0))
        check_eq(dossier_rows(D_SENT)[0], "1", "a submitted dossier older"
                 " than that: kept")
        rc, out, _ = run()
        check(rc == 0 and acc_exists(a_new) and len(audit_rows(a_old)) == 1,
              "a second run changes nothing of ours")
    finally:
        cleanup(ids)
    done()


main()
