"""Dossier codes under concurrency, against the real MariaDB: creates a
test agency, runs tests/db/test_dossier_code (200 processes taking a code
at once; a rolled-back code given again), then removes the agency and its
counters.  Also: the dossier history refuses UPDATE and DELETE."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "http"))
from dvchttp import check, done, skip, sql  # noqa: E402

root = os.environ.get("DVC_ROOT", os.getcwd())
prog = os.path.join(root, "tests", "db", "test_dossier_code")
if not os.environ.get("DVC_CONF") or not os.path.exists(prog):
    skip("run through ./dvc test (needs DVC_CONF and the built test)")
code = "999.99.%d.T" % os.getpid()
sql("INSERT INTO agency (code, name, level) VALUES ('%s', 'Thử mã hồ sơ', 9)" % code)
aid = sql("SELECT id FROM agency WHERE code = '%s'" % code)[0][0]


def refused(statement):
    try:
        sql(statement)
        return False
    except subprocess.CalledProcessError:
        return True


def test_history():
    login = "dossier-%d@example.invalid" % os.getpid()
    sql("INSERT INTO account (login, kind, full_name, email, password_hash, status) "
        "VALUES ('%s', 'citizen', 'Thử', '%s', '*', 'active')" % (login, login))
    acc = sql("SELECT id FROM account WHERE login = '%s'" % login)[0][0]
    proc = sql("SELECT id FROM procedure_version LIMIT 1")[0][0]
    sql("INSERT INTO dossier (procedure_id, agency_id, account_id, status) "
        "VALUES (%s, %s, %s, 1)" % (proc, aid, acc))
    did = sql("SELECT id FROM dossier WHERE account_id = %s" % acc)[0][0]
    sql("INSERT INTO dossier_history (dossier_id, from_status, to_status, action, note) "
        "VALUES (%s, 0, 1, 'submit', '')" % did)
    check(refused("UPDATE dossier_history SET note = 'x' WHERE dossier_id = %s" % did),
          "history refuses UPDATE")
    check(refused("DELETE FROM dossier_history WHERE dossier_id = %s" % did),
          "history refuses DELETE")
    check(refused("INSERT INTO dossier (procedure_id, agency_id, account_id, status) "
                  "VALUES (%s, %s, %s, 11)" % (proc, aid, acc)), "status 11 refused")
    sql("SET @dvc_history_purge = 1; DELETE FROM dossier_history WHERE dossier_id = %s; "
        "DELETE FROM dossier WHERE id = %s; DELETE FROM account WHERE id = %s" % (did, did, acc))
    check(sql("SELECT COUNT(*) FROM dossier WHERE id = %s" % did)[0][0] == "0",
          "an administrator's purge removes test data")


try:
    env = dict(os.environ, DVC_TEST_AGENCY_ID=aid, DVC_TEST_AGENCY_CODE=code)
    rc = subprocess.run([prog], env=env).returncode
    sys.stdout.flush()
    test_history()
finally:
    sql("DELETE FROM dossier_seq WHERE agency_id = %s" % aid)
    sql("DELETE FROM agency WHERE id = %s" % aid)
if rc != 0:
    sys.exit(rc)
done()
