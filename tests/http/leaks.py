"""The long-lived loops under valgrind: a catalogue worker and a submit
worker each serve requests of every kind (pages, searches, JSON, errors,
bad input; for submit, multipart submissions with files, refused files,
bad tokens and truncated bodies) straight over their FastCGI sockets;
valgrind must then report no definitely or indirectly lost bytes and no
memory errors."""
import hashlib
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time

from dvchttp import check, done, skip, sql
import fcgiclient

root = os.environ.get("DVC_ROOT", os.getcwd())
conf = os.environ.get("DVC_CONF")
if not shutil.which("valgrind"):
    skip("valgrind is not installed")
if not conf or not os.path.exists(os.path.join(root, "cgi-bin", "catalogue")):
    skip("DVC_CONF or cgi-bin/catalogue missing (run through ./dvc test)")


def under_valgrind(name, send):
    """Runs cgi-bin/<name> with one worker under valgrind, calls
    send(socket path) -> {status: count}, then checks valgrind's report."""
    tmp = tempfile.mkdtemp(prefix="dvc-vg-")
    sock = os.path.join(tmp, name + ".sock")
    log = os.path.join(tmp, "vg.%p.log")
    vg = subprocess.Popen(
        ["valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
         "--show-leak-kinds=definite,indirect", "--trace-children=yes",
         "--child-silent-after-fork=no", "--log-file=" + log,
         os.path.join(root, "cgi-bin", name), "-c", conf, "-s", sock, "-n", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        if os.path.exists(sock):
            break
        time.sleep(0.1)
    check(os.path.exists(sock), "%s started under valgrind" % name)
    statuses = send(sock)
    n = sum(statuses.values())
    vg.send_signal(signal.SIGTERM)
    vg.wait(timeout=60)
    text = ""
    for f in os.listdir(tmp):
        if f.startswith("vg."):
            with open(os.path.join(tmp, f)) as fh:
                text += fh.read()
    lost = re.findall(r"(definitely|indirectly) lost: ([\d,]+) bytes", text)
    errors = re.findall(r"ERROR SUMMARY: (\d+) errors", text)
    check(len(errors) >= 2, "%s: valgrind reported on the supervisor and the worker" % name)
    check(all(int(b.replace(",", "")) == 0 for _, b in lost),
          "%s: no definitely or indirectly lost bytes after %d requests (%s)" % (name, n, lost))
    check(all(e == "0" for e in errors), "%s: no memory errors (%s)" % (name, errors))
    if any(e != "0" for e in errors) or any(b != "0" for _, b in lost):
        print(text[-6000:])
    shutil.rmtree(tmp, ignore_errors=True)
    return statuses


def count(statuses, st):
    statuses[st] = statuses.get(st, 0) + 1


def catalogue(sock):
    paths = ["/", "/thu-tuc", "/thu-tuc?q=dat+dai", "/thu-tuc?q=%C4%90%E1%BA%A5t&format=json",
             "/thu-tuc?trang=2&cap=xa", "/linh-vuc", "/co-quan", "/thu-tuc/KHONG.CO",
             "/thu-tuc?trang=abc", "/thu-tuc?q=%C3", "/khong-co", "/thu-tuc?q=" + "a" * 300]
    codes = [r[0] for r in sql("SELECT code FROM procedure_version WHERE is_current = 1 LIMIT 3")]
    codes += [r[0] for r in sql("SELECT code FROM agency LIMIT 2")]
    paths += ["/thu-tuc/" + c for c in codes] + ["/thu-tuc/%s?format=json" % c for c in codes]
    paths += ["/co-quan/" + c for c in codes] + ["/co-quan/%s?embed=1" % c for c in codes]
    statuses = {}
    for _ in range(8):
        for p in paths:
            count(statuses, fcgiclient.request(sock, "GET", p)[0])
    count(statuses, fcgiclient.request(sock, "POST", "/thu-tuc", b"q=x")[0])
    check(statuses.get(200, 0) > 0 and statuses.get(404, 0) > 0 and statuses.get(400, 0) > 0
          and statuses.get(405, 0) == 1, "catalogue answered %s" % statuses)
    return statuses


def multipart(parts):
    b = "vg" + secrets.token_hex(8)
    out = b""
    for name, val, fn in parts:
        out += b"--" + b.encode() + b"\r\n"
        if fn is None:
            out += ('Content-Disposition: form-data; name="%s"\r\n\r\n' % name).encode()
            out += (val.encode() if isinstance(val, str) else val) + b"\r\n"
        else:
            out += ('Content-Disposition: form-data; name="%s"; filename="%s"\r\n'
                    'Content-Type: application/pdf\r\n\r\n' % (name, fn)).encode() + val + b"\r\n"
    return out + b"--" + b.encode() + b"--\r\n", "multipart/form-data; boundary=" + b


LOGIN = "leaks-%d@example.invalid" % os.getpid()


def submit(sock):
    sql("INSERT INTO account (login, kind, full_name, email, password_hash, status)"
        " VALUES ('%s', 'citizen', 'Thử Rò Rỉ', '%s', '*', 'active')" % (LOGIN, LOGIN))
    aid = sql("SELECT id FROM account WHERE login = '%s'" % LOGIN)[0][0]
    tok, csrf = secrets.token_hex(32), secrets.token_hex(32)
    sql("SET time_zone = '+07:00'; INSERT INTO session (token_hash, account_id, csrf)"
        " VALUES ('%s', %s, '%s')" % (hashlib.sha256(tok.encode()).hexdigest(), aid, csrf))
    ck = {"HTTP_COOKIE": "dvc_sid=" + tok}
    fields = [("f_ho_ten_tre", "Lê Văn Thử", None), ("f_ngay_sinh", "02/03/2026", None),
              ("f_gioi_tinh", "Nữ", None), ("f_noi_sinh", "Trạm y tế", None),
              ("f_ho_ten_me", "Lê Thị Mẹ", None), ("f_cccd_nguoi_di_dk", "001090000002", None),
              ("f_dien_thoai", "0912345678", None), ("f_cam_doan", "1", None),
              ("thanh_toan", "desk", None), ("nhan_ket_qua", "desk", None)]
    pdf = b"%PDF-1.4\n" + os.urandom(1500000)   # two chunks
    files = [("tp_%d" % s, pdf, "tep-%d.pdf" % s) for s in (1, 2, 4)]
    bodies = [
        [("csrf", csrf, None)] + fields + files + [("hanh_dong", "nop", None)],
        [("csrf", csrf, None)] + fields + [("tp_1", b"<html>x</html>", "a.pdf"),
                                           ("hanh_dong", "nop", None)],
        [("csrf", csrf, None)] + fields[:3] + files[:1] + [("hanh_dong", "nop", None)],
        [("csrf", csrf, None)] + fields + [("hanh_dong", "luu", None)],
        [("csrf", "sai", None)] + fields,
        [("tp_1", pdf, "x.pdf"), ("csrf", csrf, None)],
        [("csrf", csrf, None), ("f_ho_ten_tre", b"\xc3(", None)],
    ]
    statuses = {}
    codes = []
    for _ in range(3):
        count(statuses, fcgiclient.request(sock, "GET", "/nop-ho-so/9.000101", extra=ck)[0])
        count(statuses, fcgiclient.request(sock, "GET", "/nop-ho-so/9.000106", extra=ck)[0])
        count(statuses, fcgiclient.request(sock, "GET", "/nop-ho-so/9.000101")[0])
        for parts in bodies:
            body, ct = multipart(parts)
            st, head, _ = fcgiclient.request(sock, "POST", "/nop-ho-so/9.000101", body,
                                             extra=dict(ck, CONTENT_TYPE=ct))
            count(statuses, st)
            m = re.search(r"bien-nhan/([^\s\r]+)", head)
            if m:
                codes.append(m.group(1))
        body, ct = multipart([("csrf", csrf, None), ("f_ho_ten_tre", "x", None)])
        count(statuses, fcgiclient.request(sock, "POST", "/nop-ho-so/9.000101", body[:-10],
                                           extra=dict(ck, CONTENT_TYPE=ct))[0])
    for c in codes:
        count(statuses, fcgiclient.request(sock, "GET", "/nop-ho-so/bien-nhan/" + c, extra=ck)[0])
        count(statuses, fcgiclient.request(sock, "GET", "/nop-ho-so/rut/" + c, extra=ck)[0])
        count(statuses, fcgiclient.request(
            sock, "POST", "/nop-ho-so/rut/" + c, ("csrf=%s&ly_do=Th%%E1%%BB%%AD" % csrf).encode(),
            extra=dict(ck, CONTENT_TYPE="application/x-www-form-urlencoded"))[0])
    check(len(codes) == 3 and all(statuses.get(s, 0) > 0 for s in (200, 303, 400, 403, 404, 422)),
          "submit answered %s, %d submissions" % (statuses, len(codes)))
    return statuses


def track(sock):
    """The owner's pages and a file of three chunks, streamed one chunk at
    a time; anonymous views; someone else's file; HEAD."""
    aid = sql("SELECT id FROM account WHERE login = '%s'" % LOGIN)[0][0]
    tok = secrets.token_hex(32)
    sql("SET time_zone = '+07:00'; INSERT INTO session (token_hash, account_id, csrf)"
        " VALUES ('%s', %s, '%s')" % (hashlib.sha256(tok.encode()).hexdigest(), aid,
                                      secrets.token_hex(32)))
    code = "LEAKS-%d-0001" % os.getpid()
    sql("INSERT INTO dossier (code, procedure_id, agency_id, account_id, status,"
        " submitted_at) SELECT '%s', p.id, a.id, %s, 1, NOW() FROM procedure_version p,"
        " agency a ORDER BY p.id, a.id LIMIT 1" % (code, aid))
    did = sql("SELECT id FROM dossier WHERE code = '%s'" % code)[0][0]
    chunk = 20000    # small: the rows go through the command line
    data = b"%PDF-1.4\n" + os.urandom(2 * chunk + 5000)
    sql("INSERT INTO dossier_file (dossier_id, component_seq, name, mime, size, sha256)"
        " VALUES (%s, 1, 'ba-phan.pdf', 'application/pdf', %d, '%s')"
        % (did, len(data), hashlib.sha256(data).hexdigest()))
    fid = sql("SELECT id FROM dossier_file WHERE dossier_id = %s" % did)[0][0]
    for i in range(3):
        sql("INSERT INTO dossier_file_chunk (file_id, seq, data) VALUES (%s, %d, UNHEX('%s'))"
            % (fid, i, data[i * chunk:(i + 1) * chunk].hex()))
    ck = {"HTTP_COOKIE": "dvc_sid=" + tok}
    statuses = {}
    got = None
    for _ in range(4):
        for path, extra in (("/ho-so/" + code, ck), ("/ho-so/" + code, None),
                            ("/ho-so/%s?format=json" % code, None), ("/ho-so", None),
                            ("/ho-so/KHONG-CO", ck), ("/ho-so/%s/tep/%s" % (code, fid), None),
                            ("/ho-so/%s/tep/999999999" % code, ck)):
            count(statuses, fcgiclient.request(sock, "GET", path, extra=extra)[0])
        st, _, body = fcgiclient.request(sock, "GET", "/ho-so/%s/tep/%s" % (code, fid), extra=ck)
        count(statuses, st)
        got = body
        st, head, body = fcgiclient.request(sock, "HEAD", "/ho-so/%s/tep/%s" % (code, fid),
                                            extra=ck)
        count(statuses, st)
    check(got == data, "track: the three-chunk file comes back byte for byte")
    check(statuses.get(200, 0) > 0 and statuses.get(404, 0) > 0,
          "track answered %s" % statuses)
    return statuses


def cleanup():
    sql("SET @dvc_history_purge = 1;"
        " DELETE h FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id"
        "  JOIN account a ON a.id = d.account_id WHERE a.login = '%s';"
        " DELETE d FROM dossier d JOIN account a ON a.id = d.account_id WHERE a.login = '%s';"
        " DELETE FROM outbox WHERE recipient = '%s';"
        " DELETE FROM account WHERE login = '%s'" % (LOGIN, LOGIN, LOGIN, LOGIN))


under_valgrind("catalogue", catalogue)
if os.path.exists(os.path.join(root, "cgi-bin", "submit")):
    try:
        under_valgrind("submit", submit)
        under_valgrind("track", track)
    finally:
        cleanup()
done()
