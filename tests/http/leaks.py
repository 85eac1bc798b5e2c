"""The long-lived loop under valgrind: a catalogue worker serves a few
hundred requests of every kind (pages, searches, JSON, errors, bad input)
straight over its FastCGI socket; valgrind must then report no definitely
or indirectly lost bytes and no memory errors."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

from dvchttp import check, done, skip
import fcgiclient

root = os.environ.get("DVC_ROOT", os.getcwd())
conf = os.environ.get("DVC_CONF")
prog = os.path.join(root, "cgi-bin", "catalogue")
if not shutil.which("valgrind"):
    skip("valgrind is not installed")
if not conf or not os.path.exists(prog):
    skip("DVC_CONF or cgi-bin/catalogue missing (run through ./dvc test)")

tmp = tempfile.mkdtemp(prefix="dvc-vg-")
sock = os.path.join(tmp, "catalogue.sock")
log = os.path.join(tmp, "vg.%p.log")
vg = subprocess.Popen(
    ["valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
     "--show-leak-kinds=definite,indirect", "--trace-children=yes",
     "--child-silent-after-fork=no", "--log-file=" + log,
     prog, "-c", conf, "-s", sock, "-n", "1"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(600):
    if os.path.exists(sock):
        break
    time.sleep(0.1)
check(os.path.exists(sock), "catalogue started under valgrind")

paths = ["/", "/thu-tuc", "/thu-tuc?q=dat+dai", "/thu-tuc?q=%C4%90%E1%BA%A5t&format=json",
         "/thu-tuc?trang=2&cap=xa", "/linh-vuc", "/co-quan", "/thu-tuc/KHONG.CO",
         "/thu-tuc?trang=abc", "/thu-tuc?q=%C3", "/khong-co", "/thu-tuc?q=" + "a" * 300]
codes = subprocess.run(["mariadb", "-S", os.environ.get("DVC_DB_SOCKET", ""), "-u", "root",
                        "-N", "-B", "dichvucong", "-e",
                        "SELECT code FROM procedure_version WHERE is_current = 1 LIMIT 3;"
                        "SELECT code FROM agency LIMIT 2"],
                       capture_output=True, text=True).stdout.split()
paths += ["/thu-tuc/" + c for c in codes] + ["/thu-tuc/%s?format=json" % c for c in codes]
paths += ["/co-quan/" + c for c in codes] + ["/co-quan/%s?embed=1" % c for c in codes]
statuses = {}
n = 0
for rnd in range(8):
    for p in paths:
        st, _, body = fcgiclient.request(sock, "GET", p)
        statuses[st] = statuses.get(st, 0) + 1
        n += 1
st, _, _ = fcgiclient.request(sock, "POST", "/thu-tuc", b"q=x")
statuses[st] = statuses.get(st, 0) + 1
check(statuses.get(200, 0) > 0 and statuses.get(404, 0) > 0 and statuses.get(400, 0) > 0
      and statuses.get(405, 0) == 1, "served %d requests: %s" % (n + 1, statuses))

vg.send_signal(signal.SIGTERM)
vg.wait(timeout=60)
reports = [os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith("vg.")]
text = ""
for f in reports:
    with open(f) as fh:
        text += fh.read()
lost = re.findall(r"(definitely|indirectly) lost: ([\d,]+) bytes", text)
errors = re.findall(r"ERROR SUMMARY: (\d+) errors", text)
check(len(errors) >= 2, "valgrind reported on the supervisor and the worker")
check(all(int(b.replace(",", "")) == 0 for _, b in lost),
      "no definitely or indirectly lost bytes (%s)" % lost)
check(all(e == "0" for e in errors), "no memory errors (%s)" % errors)
if any(e != "0" for e in errors) or any(b != "0" for _, b in lost):
    print(text[-6000:])
shutil.rmtree(tmp, ignore_errors=True)
done()
