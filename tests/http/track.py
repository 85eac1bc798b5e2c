"""The track program over the real stack (SPEC §5; issue 4 item 5 and its
Access test): the public view by dossier code shows procedure, agency,
status, progress and dates and nothing personal; the owner, logged in,
also sees department, history and files and downloads them; another
citizen and anonymous visitors get the public view, and 404 for files;
drafts, unknown and malformed codes are 404 (or 400), never 500; JSON
carries the public fields only; owner responses are never cacheable.

Fixtures are made in SQL (two citizen accounts, dossiers of A in several
statuses with history and one file, sessions) and removed at the end."""
import hashlib
import os
import time

from dvchttp import check, check_eq, done, get, session_for, skip
from dvchttp import sql_vn as sql

PID = os.getpid()
TAG = "track-%d" % PID
LOGIN_A = TAG + "-a@example.invalid"
LOGIN_B = TAG + "-b@example.invalid"
NAME_A = "Nguyễn Văn Theo Dõi %d" % PID
FIELD_VALUE = "giatri-rieng-tu-%d" % PID
FILE_NAME = "giay-to-rieng-%d.pdf" % PID
NOTE = "ghi-chu-noi-bo-%d" % PID
DEPT = "Phòng Tư pháp %d" % PID
FILE_BYTES = b"%PDF-1.4\n% track test\n"


def code(n):
    return "TEST-%d-%04d" % (PID, n)


def pace():
    # nginx limits /ho-so to 20 r/s per address (burst 40): stay under.
    time.sleep(0.06)


def fetch(path, cookie=None):
    pace()
    return get(path, {"Cookie": "dvc_sid=" + cookie} if cookie else None)



def esc(s):
    return s.replace("'", "''")



def setup():
    pv = sql("SELECT id, code FROM procedure_version WHERE is_current = 1"
             " AND status = 'published' ORDER BY id LIMIT 1")
    ag = sql("SELECT id, name FROM agency ORDER BY id LIMIT 1")
    if not pv or not ag:
        skip("no published procedure or agency in the database")
    for login, name in ((LOGIN_A, NAME_A), (LOGIN_B, "Người Khác %d" % PID)):
        sql("INSERT INTO account (login, kind, full_name, email,"
            " password_hash, status) VALUES ('%s', 'citizen', '%s', '%s',"
            " '*', 'active')" % (login, esc(name), login))
    a = sql("SELECT id FROM account WHERE login = '%s'" % LOGIN_A)[0][0]
    b = sql("SELECT id FROM account WHERE login = '%s'" % LOGIN_B)[0][0]
    # (n, status, received?, due offset days, finished?)
    rows = [(1, 1, False, None, False), (2, 4, True, 5, False),
            (3, 10, True, 5, True), (4, 4, True, -2, False),
            (5, 0, False, None, False)]
    for n, st, rec, due, fin in rows:
        sql("INSERT INTO dossier (code, procedure_id, agency_id, account_id,"
            " status, department, submitted_at, received_at, due_at,"
            " finished_at) VALUES ('%s', %s, %s, %s, %d, '%s',"
            " '2026-03-02 08:15:00', %s, %s, %s)" % (
                code(n), pv[0][0], ag[0][0], a, st, esc(DEPT),
                "'2026-03-02 09:00:00'" if rec else "NULL",
                "NOW() + INTERVAL %d DAY" % due if due is not None else "NULL",
                "'2026-03-04 10:30:00'" if fin else "NULL"))
    d2 = sql("SELECT id FROM dossier WHERE code = '%s'" % code(2))[0][0]
    sql("INSERT INTO dossier_field (dossier_id, name, value) VALUES"
        " (%s, 'ho_ten', '%s')" % (d2, FIELD_VALUE))
    sql("INSERT INTO dossier_history (dossier_id, from_status, to_status,"
        " action, note) VALUES (%s, 0, 1, 'submit', ''),"
        " (%s, 1, 2, 'receive', '%s'), (%s, 2, 4, 'transfer', '')" % (
            d2, d2, NOTE, d2))
    sql("INSERT INTO dossier_file (dossier_id, component_seq, name, mime,"
        " size, sha256) VALUES (%s, 1, '%s', 'application/pdf', %d, '%s')"
        % (d2, FILE_NAME, len(FILE_BYTES),
           hashlib.sha256(FILE_BYTES).hexdigest()))
    fid = sql("SELECT id FROM dossier_file WHERE dossier_id = %s" % d2)[0][0]
    half = len(FILE_BYTES) // 2
    sql("INSERT INTO dossier_file_chunk (file_id, seq, data) VALUES"
        " (%s, 1, UNHEX('%s')), (%s, 0, UNHEX('%s'))" % (
            fid, FILE_BYTES[half:].hex(), fid, FILE_BYTES[:half].hex()))
    return a, b, fid, pv[0][1], ag[0][1]


def cleanup():
    sql("SET @dvc_history_purge = 1;"
        " DELETE h FROM dossier_history h JOIN dossier d"
        "  ON d.id = h.dossier_id WHERE d.code LIKE 'TEST-%d-%%';"
        " DELETE FROM dossier WHERE code LIKE 'TEST-%d-%%';"
        " DELETE FROM account WHERE login IN ('%s', '%s')"
        % (PID, PID, LOGIN_A, LOGIN_B))


def private_data_absent(r, what):
    for s in (NAME_A, FIELD_VALUE, FILE_NAME, NOTE, DEPT, LOGIN_A):
        check(s not in r.text, "%s: %r absent" % (what, s))


def main():
    _, b_id, fid, pcode, aname = setup()
    a_id = sql("SELECT id FROM account WHERE login = '%s'" % LOGIN_A)[0][0]
    tok_a, tok_b = session_for(a_id)[0], session_for(b_id)[0]
    url = "/ho-so/" + code(2)
    try:
        r = fetch("/ho-so")
        check_eq(r.status, 200, "lookup form")
        check('name="ma"' in r.text, "form has the code field")
        r = fetch("/ho-so?ma=" + code(2))
        check_eq(r.status, 303, "?ma= redirects")
        check_eq(r.header("location"), url, "to /ho-so/<code>")

        r = fetch(url)
        check_eq(r.status, 200, "anonymous: public view")
        check(code(2) in r.text, "code shown")
        check("/thu-tuc/" + pcode in r.text, "procedure linked")
        check(aname in r.text, "receiving agency shown")
        check("Đang xử lý" in r.text, "status in Vietnamese")
        check('aria-current="step"' in r.text and "bước hiện tại" in r.text,
              "progress: current step marked in text")
        check("02/03/2026 08:15" in r.text, "submitted date dd/mm/yyyy HH:MM")
        check("02/03/2026 09:00" in r.text, "received date")
        check("Đúng hạn" in r.text, "on time")
        private_data_absent(r, "anonymous")
        check("/tep/" not in r.text, "anonymous: no file links")
        check("no-store" not in (r.header("cache-control") or ""),
              "anonymous view may be cached")

        r = fetch(url, tok_a)
        check_eq(r.status, 200, "owner view")
        check(DEPT in r.text, "owner sees department")
        check(NOTE in r.text, "owner sees history notes")
        check("Tiếp nhận" in r.text and "Chuyển xử lý" in r.text,
              "owner sees history actions")
        check(FILE_NAME in r.text, "owner sees file name")
        check("/ho-so/%s/tep/%s" % (code(2), fid) in r.text, "file link")
        cc = r.header("cache-control") or ""
        check("private" in cc and "no-store" in cc,
              "owner: Cache-Control private, no-store (%s)" % cc)
        check(r.header("x-accel-expires") is None, "owner: no X-Accel-Expires")
        check(FIELD_VALUE not in r.text, "e-form values not on the page")

        r = fetch(url, tok_b)
        check_eq(r.status, 200, "B: public view of A's dossier")
        private_data_absent(r, "B")
        check("/tep/" not in r.text, "B: no file links")
        cc = r.header("cache-control") or ""
        check("no-store" in cc, "logged-in B: not cacheable")

        f = "/ho-so/%s/tep/%s" % (code(2), fid)
        r = fetch(f, tok_a)
        check_eq(r.status, 200, "owner downloads the file")
        check_eq(r.body, FILE_BYTES, "chunks in order")
        check_eq(r.header("content-type"), "application/pdf", "stored mime")
        cd = r.header("content-disposition") or ""
        check(cd.startswith("attachment;") and FILE_NAME in cd,
              "attachment with the name (%s)" % cd)
        check_eq(r.header("x-content-type-options"), "nosniff", "nosniff")
        check("no-store" in (r.header("cache-control") or ""),
              "download: no-store")
        check_eq(fetch(f, tok_b).status, 404, "B: A's file is 404")
        check_eq(fetch(f).status, 404, "anonymous: A's file is 404")
        check_eq(fetch("/ho-so/%s/tep/%s" % (code(1), fid), tok_a).status,
                 404, "file id under another dossier code: 404")
        check_eq(fetch("/ho-so/%s/tep/0%s" % (code(2), fid), tok_a).status,
                 404, "malformed file id: 404")

        r = fetch(url + "?format=json")
        check_eq(r.status, 200, "JSON")
        check(r.header("content-type").startswith("application/json"),
              "JSON content type")
        j = r.json()
        check_eq(sorted(j), sorted(["code", "procedure", "agency", "status",
                                    "statusName", "step", "steps", "stopped",
                                    "submitted", "received", "due",
                                    "finished", "onTime"]), "JSON keys")
        check_eq(j["code"], code(2), "JSON code")
        check_eq(j["status"], 4, "JSON status")
        check_eq(j["statusName"], "Đang xử lý", "JSON status name")
        check_eq(j["procedure"]["code"], pcode, "JSON procedure")
        check_eq(j["submitted"], "2026-03-02T08:15:00+07:00", "JSON date")
        check_eq(j["finished"], None, "JSON unfinished")
        check_eq(j["onTime"], True, "JSON on time")
        check_eq(j["step"], 3, "JSON step")
        private_data_absent(r, "JSON")
        r = fetch(url + "?format=json", tok_a)
        private_data_absent(r, "JSON as the owner")

        r = fetch("/ho-so/" + code(3))
        check("Đã trả kết quả" in r.text and "04/03/2026 10:30" in r.text,
              "returned: status and finished date")
        check_eq(fetch("/ho-so/%s?format=json" % code(3)).json()["step"], 5,
                 "returned: last step")
        r = fetch("/ho-so/" + code(4))
        check("Quá hạn" in r.text, "past due: late")
        check_eq(fetch("/ho-so/%s?format=json" % code(4)).json()["onTime"],
                 False, "JSON late")
        r = fetch("/ho-so/" + code(1))
        check("Mới đăng ký" in r.text and "Chưa tiếp nhận" in r.text,
              "submitted, not yet received")

        check_eq(fetch("/ho-so/" + code(5)).status, 404, "draft: 404")
        check_eq(fetch("/ho-so/" + code(5), tok_a).status, 404,
                 "draft, even for the owner: 404")
        check_eq(fetch("/ho-so/" + code(99)).status, 404, "unknown: 404")
        for bad in ("%3Cscript%3E", "A" * 60, "a%00b", "a'b", "%C3%A9"):
            s = fetch("/ho-so/" + bad).status
            check(s in (400, 404), "malformed %r: %d" % (bad, s))
        s = fetch("/ho-so?ma=%3Cscript%3E").status
        check(s in (400, 404), "malformed ?ma=: %d" % s)
    finally:
        cleanup()
    check_eq(sql("SELECT COUNT(*) FROM dossier WHERE code LIKE 'TEST-%d-%%'"
                 % PID), [["0"]], "fixtures removed")
    done()


main()
