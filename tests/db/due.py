"""Due dates against the real MariaDB (tests/db/test_due.c): a year the
system admin has not filled takes the lunar calendar's default holidays
(Tết 2091), a year with rows takes only them (one holiday on Wednesday
11 June 2092).  The rows of 2091 and 2092 are removed before and after
(far years nobody fills)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "http"))
from dvchttp import skip, sql  # noqa: E402

root = os.environ.get("DVC_ROOT", os.getcwd())
prog = os.path.join(root, "tests", "db", "test_due")
if not os.environ.get("DVC_CONF") or not os.path.exists(prog):
    skip("run through ./dvc test (needs DVC_CONF and the built test)")


def clear():
    sql("DELETE FROM calendar_day WHERE day BETWEEN '2091-01-01' AND '2092-12-31'")


clear()
try:
    sql("INSERT INTO calendar_day (day, kind, name) VALUES"
        " ('2092-06-11', 'holiday', 'Ngày nghỉ thử nghiệm')")
    rc = subprocess.run([prog]).returncode
finally:
    clear()
sys.exit(rc)
