"""The submit program over the real stack (SPEC §4, §12; docs/submit.md;
issue 4): online submission of procedure 9.000101 (demo e-form, components
1..5 of which 1, 2 and 4 are required) from the empty form to a stored,
coded, acknowledged dossier, and everything that must be refused on the
way.

  1. anonymous visitors are sent to the login page; unknown, information-
     only and abolished procedures are 404
  2. the form: labels, the CSRF field first, components
  3. validation: 422 with each error beside its field, typed values echoed
     (escaped), valid files kept as a draft; then the draft submitted: the
     code, status, history, fields, files (SHA-256, chunks), e-mail, due date
  4. save as draft, continue the latest draft, remove a file
  5. upload rules: type from the bytes, empty files, hostile file names,
     the per-file, nginx and file-count limits; nothing stored when refused
  6. bad input: CSRF, broken UTF-8, unknown parts, truncated bodies
  7. access: another citizen gets 404 for drafts, receipts, withdrawal,
     files; the owner downloads
  8. the receipt with its QR code
  9. withdrawal at status 1, 4 (a request), twice, 9
 10. a supplement: same code, back to status 1, counter, history

Fixtures are made in SQL (two citizen accounts, sessions, three dossiers in
set statuses for the withdrawal) and removed at the end with every dossier
the test made (outbox and dossier_seq rows stay)."""
import base64
import datetime
import hashlib
import html as htmlmod
import os
import re
import secrets
import socket
import subprocess
import time
import urllib.parse
import xml.etree.ElementTree as ET

from dvchttp import BASE, check, check_eq, done, get, request, session_for, skip
from dvchttp import sql_vn as sql

PID = os.getpid()
TAG = "submit-%d" % PID
LOGIN_A = TAG + "-a@example.invalid"
LOGIN_B = TAG + "-b@example.invalid"
NAME_A = "Phạm Thị Nộp %d" % PID
PCODE = "9.000101"
FORM = "/nop-ho-so/" + PCODE
AGENCY = "000.21.06.H99"     # UBND xã Phú Lộc, one of 9.000101's agencies
MIB = 1024 * 1024

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + os.urandom(2 * MIB + 500000)
JPEG = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(40000) +
        b"\xff\xd9")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(30000)
SMALL_PDF = b"%PDF-1.7\n" + os.urandom(2000)
HTML = (b"<!DOCTYPE html><html><body><script>alert(document.cookie)"
        b"</script></body></html>\n")
SCRIPT = '"<script>alert(1)</script>'
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e"
                      "\u2066-\u2069\ufeff]")



def esc(s):
    return s.replace("\\", "\\\\").replace("'", "''")


def one(statement):
    rows = sql(statement)
    return rows[0][0] if rows else None


def pace():
    # nginx limits /ho-so to 20 r/s per address (burst 40): stay under.
    time.sleep(0.06)


def ck(tok):
    return {"Cookie": "dvc_sid=" + tok} if tok else {}


def fetch(path, tok=None):
    if path.startswith("/ho-so"):
        pace()
    return get(path, ck(tok))


def mp(parts, final=True):
    """A multipart/form-data body; parts are (name, value[, filename[,
    content type]]), values str or bytes."""
    b = "----dvcTest" + secrets.token_hex(12)
    out = []
    for p in parts:
        name, val = p[0], p[1]
        fn = p[2] if len(p) > 2 else None
        h = 'Content-Disposition: form-data; name="%s"' % name
        if fn is not None:
            h += '; filename="%s"\r\nContent-Type: %s' % (
                fn, p[3] if len(p) > 3 else "application/pdf")
        if isinstance(val, str):
            val = val.encode()
        out.append(b"--" + b.encode() + b"\r\n" + h.encode() + b"\r\n\r\n" +
                   val + b"\r\n")
    if final:
        out.append(b"--" + b.encode() + b"--\r\n")
    return b"".join(out), "multipart/form-data; boundary=" + b


def post(path, tok, parts, final=True):
    body, ct = mp(parts, final)
    return request("POST", path, dict(ck(tok), **{"Content-Type": ct}), body)


def post_form(path, tok, pairs):
    body = urllib.parse.urlencode(pairs).encode()
    return request("POST", path, dict(ck(tok), **{
        "Content-Type": "application/x-www-form-urlencoded"}), body)


def good_fields(**over):
    """The e-form fields in form order, valid unless overridden."""
    v = [("ho_ten_tre", "Nguyễn Thị Ánh"), ("ngay_sinh", "5/1/2026"),
         ("gioi_tinh", "Nữ"), ("noi_sinh", "Bệnh viện Đa khoa tỉnh Minh Sơn"),
         ("ho_ten_me", "Trần Thị Bình"), ("ho_ten_cha", ""),
         ("cccd_nguoi_di_dk", "036090001234"), ("dien_thoai", "0912345678"),
         ("ghi_chu", "Ghi chú có " + SCRIPT), ("cam_doan", "1")]
    return [("f_" + k, over.get(k, val)) for k, val in v
            if over.get(k, val) is not None]


def form_parts(csrf, fields=None, files=(), action="nop", agency="auto",
               extra=()):
    parts = [("csrf", csrf)]
    if agency == "auto":
        agency = AGENCY_ID
    if agency is not None:
        parts.append(("co_quan", str(agency)))
    parts += fields if fields is not None else good_fields()
    parts += [("thanh_toan", "desk"), ("nhan_ket_qua", "post"),
              ("dia_chi", "Số 12 đường Lê Lợi, xã Phú Lộc, tỉnh Minh Sơn")]
    parts += list(files) + list(extra)
    if action is not None:
        parts.append(("hanh_dong", action))
    return parts


# ---------------------------------------------------------------- fixtures

def setup():
    global AGENCY_ID, PROC_ID, PROC_NAME
    rows = sql("SELECT id, name FROM procedure_version WHERE code = '%s'"
               " AND is_current = 1 AND status = 'published'"
               " AND online_class >= 1" % PCODE)
    ag = sql("SELECT id FROM agency WHERE code = '%s'" % AGENCY)
    nff = one("SELECT COUNT(*) FROM procedure_form_field f"
              " JOIN procedure_version p ON p.id = f.procedure_id"
              " WHERE p.code = '%s' AND p.is_current = 1" % PCODE)
    if not rows or not ag or nff != "10":
        skip("demo procedure %s with its e-form, or agency %s, missing"
             % (PCODE, AGENCY))
    PROC_ID, PROC_NAME = rows[0]
    AGENCY_ID = ag[0][0]
    for login, name in ((LOGIN_A, NAME_A), (LOGIN_B, "Người Khác %d" % PID)):
        sql("INSERT INTO account (login, kind, full_name, email,"
            " password_hash, status) VALUES ('%s', 'citizen', '%s', '%s',"
            " '*', 'active')" % (login, esc(name), login))
    a = one("SELECT id FROM account WHERE login = '%s'" % LOGIN_A)
    b = one("SELECT id FROM account WHERE login = '%s'" % LOGIN_B)
    # Dossiers for the withdrawal: n -> status (received from 2 on).
    for n, st in ((1, 1), (4, 4), (9, 9)):
        sql("INSERT INTO dossier (code, procedure_id, agency_id, account_id,"
            " status, submitted_at, received_at) VALUES ('%s', %s, %s, %s,"
            " %d, NOW() - INTERVAL 2 DAY, %s)" % (
                wcode(n), PROC_ID, AGENCY_ID, a, st,
                "NOW() - INTERVAL 1 DAY" if st >= 2 else "NULL"))
    return a, b


def wcode(n):
    return "TEST-%d-%04d" % (PID, n)



def cleanup():
    acc = "SELECT id FROM account WHERE login IN ('%s', '%s')" % (
        LOGIN_A, LOGIN_B)
    for attempt in range(3):    # the database may be restarting
        try:
            sql("SET @dvc_history_purge = 1;"
                " DELETE h FROM dossier_history h JOIN dossier d"
                "  ON d.id = h.dossier_id WHERE d.account_id IN (%s);"
                " DELETE FROM dossier WHERE account_id IN (%s);"
                " DELETE FROM account WHERE login IN ('%s', '%s')"
                % (acc, acc, LOGIN_A, LOGIN_B))
            return
        except subprocess.CalledProcessError:
            if attempt == 2:
                raise
            time.sleep(3)


def snapshot():
    """Everything stored for the two accounts: dossiers, fields, files,
    chunks, history and their outbox rows."""
    acc = "%s, %s" % (A, B)
    q = ("SELECT 'd', id, IFNULL(code, '-'), status, agency_id, payment,"
         " delivery, delivery_address, supplements,"
         " IFNULL(withdraw_requested_at, '-'), updated_at"
         " FROM dossier WHERE account_id IN (%s);"
         " SELECT 'v', x.dossier_id, x.name, x.value FROM dossier_field x"
         " JOIN dossier d ON d.id = x.dossier_id WHERE d.account_id IN (%s);"
         " SELECT 'f', f.id, f.dossier_id, f.component_seq, f.name, f.mime,"
         " f.size, f.sha256 FROM dossier_file f JOIN dossier d"
         " ON d.id = f.dossier_id WHERE d.account_id IN (%s);"
         " SELECT 'c', c.file_id, c.seq, LENGTH(c.data)"
         " FROM dossier_file_chunk c JOIN dossier_file f ON f.id = c.file_id"
         " JOIN dossier d ON d.id = f.dossier_id WHERE d.account_id IN (%s);"
         " SELECT 'h', COUNT(*) FROM dossier_history h JOIN dossier d"
         " ON d.id = h.dossier_id WHERE d.account_id IN (%s);"
         " SELECT 'o', COUNT(*) FROM outbox WHERE recipient IN ('%s', '%s')"
         % (acc, acc, acc, acc, acc, LOGIN_A, LOGIN_B))
    return sorted(tuple(r) for r in sql(q))


def nothing_stored(before, what):
    after = snapshot()
    if after != before:
        print("# stored: %r" % sorted(set(after) ^ set(before))[:6])
    check(after == before, "%s: nothing stored or changed" % what)


def drafts_of(account):
    return [r[0] for r in sql("SELECT id FROM dossier WHERE account_id = %s"
                              " AND status = 0 ORDER BY id" % account)]


# ------------------------------------------------------------- HTML helpers

def control(html, fid):
    """The <input>/<select>/<textarea> tag with id fid."""
    m = re.search(r'<(?:input|select|textarea)\b[^>]*\bid="%s"[^>]*>'
                  % re.escape(fid), html)
    return m.group(0) if m else ""


def block(html, fid):
    """The <div class="field ..."> that holds the control fid."""
    i = html.find(' id="%s"' % fid)
    if i < 0:
        return ""
    s = html.rfind('<div class="field', 0, i)
    e = html.find("</div>", i)
    return html[s:e] if s >= 0 and e >= 0 else ""


def error_beside(html, fid, msg, what, eid=None):
    """msg in the error paragraph of fid's block, after the control, and
    the control marked invalid and described by it."""
    b, c = block(html, fid), control(html, fid)
    eid = eid or "e-" + fid
    m = re.search(r'<p class="error" id="%s">([^<]*)</p>' % re.escape(eid), b)
    ok = (m is not None and msg in m.group(1) and c != "" and
          b.find(c) < m.start() and 'aria-invalid="true"' in c and
          re.search(r'aria-describedby="[^"]*\b%s\b' % re.escape(eid), c)
          is not None)
    check(ok, "%s: error %r beside %s, aria-invalid (%s | %s)" % (
        what, msg, fid, c[:160], m.group(1) if m else "no error"))


def no_error(html, fid, what):
    c = control(html, fid)
    check(c != "" and "aria-invalid" not in c and
          'id="e-%s"' % fid not in html, "%s: no error on %s" % (what, fid))


def value_of(html, fid):
    c = control(html, fid)
    if c.startswith("<textarea"):
        m = re.search(r'<textarea\b[^>]*\bid="%s"[^>]*>(.*?)</textarea>'
                      % re.escape(fid), html, re.S)
        return m.group(1) if m else None
    if c.startswith("<select"):
        m = re.search(r'<select\b[^>]*\bid="%s".*?</select>'
                      % re.escape(fid), html, re.S)
        s = re.search(r"<option selected>([^<]*)</option>", m.group(0)) \
            if m else None
        return s.group(1) if s else None
    m = re.search(r'\bvalue="([^"]*)"', c)
    return m.group(1) if m else None


def unescape(s):
    return htmlmod.unescape(s) if s is not None else None


def action_of(html):
    m = re.search(r'<form class="form" action="([^"]*)"[^>]*multipart', html)
    return unescape(m.group(1)) if m else None


def vn_today():
    return datetime.datetime.now(datetime.timezone(
        datetime.timedelta(hours=7))).strftime("%y%m%d")


# ------------------------------------------------------------------ checks

def t_anonymous_and_unknown(tok):
    r = get(FORM)
    loc = r.header("location") or ""
    check_eq(r.status, 303, "anonymous GET: 303")
    check(loc.startswith("/tai-khoan/dang-nhap?tiep=") and
          urllib.parse.unquote(loc.split("tiep=", 1)[1]) == FORM,
          "anonymous GET: to the login page with tiep= (%s)" % loc)
    before = snapshot()
    r = post(FORM, None, form_parts("x" * 64, files=[("tp_1", SMALL_PDF,
                                                       "a.pdf")]))
    loc = r.header("location") or ""
    check_eq(r.status, 303, "anonymous POST: 303")
    check(loc.startswith("/tai-khoan/dang-nhap?tiep="),
          "anonymous POST: to the login page (%s)" % loc)
    nothing_stored(before, "anonymous POST")
    r = fetch("/nop-ho-so/bien-nhan/" + wcode(1))
    check_eq(r.status, 303, "anonymous receipt: to the login page")

    r = fetch("/nop-ho-so/9.999999", tok)
    check_eq(r.status, 404, "unknown procedure: 404")
    r = fetch("/nop-ho-so/9.000106", tok)
    check_eq(r.status, 404, "information-only procedure (9.000106): 404")
    check("chỉ cung cấp thông tin" in r.text and
          "chưa nhận hồ sơ trực tuyến" in r.text,
          "information-only: says why, in Vietnamese")
    check('href="/thu-tuc/9.000106"' in r.text,
          "information-only: links to the procedure page")
    ab = one("SELECT code FROM procedure_version WHERE status = 'abolished'"
             " AND is_current = 1 AND code NOT IN (SELECT code FROM"
             " procedure_version WHERE status = 'published'"
             " AND is_current = 1) ORDER BY code LIMIT 1")
    if ab:
        r = fetch("/nop-ho-so/" + ab, tok)
        check_eq(r.status, 404, "abolished procedure %s: 404" % ab)
        check("bãi bỏ" in r.text, "abolished: says so")
        r = post("/nop-ho-so/" + ab, tok, form_parts(CSRF_A))
        check_eq(r.status, 404, "abolished procedure: POST 404")
    else:
        print("# no abolished procedure in the database")


def t_no_agency(tok):
    """An online procedure no agency of the province receives: the
    catalogue offers no submission and says why; the form is 404."""
    code = "T%d.1" % PID
    sql("INSERT INTO procedure_version (code, version, status, is_current,"
        " name, agency_text, online_level, online_class, steps,"
        " channels_text, fee_text, subjects, result, legal_basis,"
        " requirements, place_hours, online_guide, search_text) VALUES"
        " ('%s', 1, 'published', 1, 'Thủ tục thử không có cơ quan %d', '',"
        " 4, 2, '', '', '', '', '', '', '', '', '', '')" % (code, PID))
    try:
        r = fetch("/thu-tuc/" + code)
        check_eq(r.status, 200, "the procedure page of %s" % code)
        check("/nop-ho-so/" + code not in r.text and
              "chưa chỉ định cơ quan tiếp nhận" in r.text,
              "no agency receives it: no submit button, a notice instead")
        r = fetch("/nop-ho-so/" + code, tok)
        check(r.status == 404 and "chưa chỉ định cơ quan tiếp nhận" in r.text
              and 'href="/thu-tuc/%s"' % code in r.text,
              "its form is 404 with the reason and a link (got %d)" % r.status)
    finally:
        sql("DELETE FROM procedure_version WHERE code = '%s'" % code)


def t_form(tok, csrf):
    r = fetch(FORM, tok)
    check_eq(r.status, 200, "form: 200")
    cc = r.header("cache-control") or ""
    check("private" in cc and "no-store" in cc, "form: not cacheable (%s)"
          % cc)
    html = r.text
    labels = sql("SELECT f.name, f.label, f.type, f.required"
                 " FROM procedure_form_field f WHERE f.procedure_id = %s"
                 " ORDER BY f.seq" % PROC_ID)
    for name, label, typ, req in labels:
        fid = "f_" + name
        if typ == "checkbox":
            ok = re.search(r'<label><input type="checkbox" id="%s" name="%s"'
                           r'[^>]*>\s*%s' % (fid, fid, re.escape(label)),
                           html) is not None
        else:
            ok = ('<label for="%s">%s%s</label>' % (
                fid, label, " *" if req == "1" else "") in html and
                'name="%s"' % fid in control(html, fid))
        check(ok, "form: field %s labelled %r" % (name, label[:30]))
    m = re.search(r'<form class="form"[^>]*>(.*?)</form>', html, re.S)
    first = re.search(r"<(?:input|select|textarea|button)\b[^>]*>",
                      m.group(1)) if m else None
    check(first is not None and first.group(0) ==
          '<input type="hidden" name="csrf" value="%s">' % csrf,
          "form: the csrf field comes first, with the session's token (%s)"
          % (first.group(0) if first else None))
    check('enctype="multipart/form-data"' in html, "form: multipart")
    check_eq(action_of(html), FORM, "form: new dossier, action the page")
    for seq, req in ((1, 1), (2, 1), (3, 0), (4, 1), (5, 0)):
        b = block(html, "tp_%d" % seq)
        c = control(html, "tp_%d" % seq)
        check('type="file"' in c and 'name="tp_%d"' % seq in c and
              (" *</label>" in b) == bool(req) and
              ("(nếu có)</label>" in b) == (not req),
              "form: component %d file input, %s" % (
                  seq, "required" if req else "optional"))
    check('name="co_quan"' in html and 'value="%s"' % AGENCY_ID in html,
          "form: agency select with the xã")
    check("aria-invalid" not in html and 'class="error"' not in html,
          "form: no errors on an empty form")


def t_validation(tok, csrf):
    """3: 422 with errors, a draft kept; then submitted."""
    fields = good_fields(ho_ten_tre="Nguyễn Ánh " + SCRIPT,
                         ngay_sinh="31/02/2026", noi_sinh="",
                         cccd_nguoi_di_dk="12345", cam_doan=None)
    t0 = time.time()
    r = post(FORM, tok, form_parts(csrf, fields, files=[
        ("tp_1", PDF, "to-khai.pdf"),
        ("tp_2", JPEG, "giay-chung-sinh.jpg", "image/jpeg")]))
    check_eq(r.status, 422, "invalid submission: 422")
    html = r.text
    error_beside(html, "f_noi_sinh", "Vui lòng điền thông tin này.",
                 "missing required")
    error_beside(html, "f_cccd_nguoi_di_dk",
                 "Số căn cước công dân gồm đúng 12 chữ số.", "invalid CCCD")
    error_beside(html, "f_ngay_sinh", "Ngày không hợp lệ", "31/02/2026")
    error_beside(html, "f_cam_doan", "Vui lòng đánh dấu ô này.",
                 "declaration not ticked")
    error_beside(html, "tp_4", "Thành phần hồ sơ bắt buộc",
                 "required component 4 missing")
    for fid in ("f_ho_ten_tre", "f_ho_ten_me", "f_dien_thoai", "tp_1",
                "tp_2", "tp_3"):
        no_error(html, fid, "invalid submission")
    check("Hồ sơ chưa được nộp" in html and 'role="alert"' in html,
          "invalid submission: an alert above the form")
    check_eq(unescape(value_of(html, "f_ngay_sinh")), "31/02/2026",
             "typed date echoed")
    check_eq(unescape(value_of(html, "f_cccd_nguoi_di_dk")), "12345",
             "typed CCCD echoed")
    check_eq(unescape(value_of(html, "f_ho_ten_me")), "Trần Thị Bình",
             "Vietnamese text echoed")
    check_eq(unescape(value_of(html, "f_ho_ten_tre")), "Nguyễn Ánh " + SCRIPT,
             "text with quote and <script> echoed whole")
    check_eq(value_of(html, "f_gioi_tinh"), "Nữ", "select choice echoed")
    check("<script>alert(1)" not in html and
          "&lt;script&gt;alert(1)&lt;/script&gt;" in html,
          "<script> shown escaped")
    check('value="Nguyễn Ánh "' not in html, "quote escaped in the value")
    check_eq(unescape(value_of(html, "f-dia_chi")),
             "Số 12 đường Lê Lợi, xã Phú Lộc, tỉnh Minh Sơn",
             "address echoed")

    drafts = drafts_of(A)
    check_eq(len(drafts), 1, "invalid submission kept as one draft")
    did = drafts[0] if drafts else "0"
    check_eq(action_of(html), FORM + "?nhap=" + did,
             "re-rendered form posts to the draft")
    row = sql("SELECT status, IFNULL(code, 'NULL'), agency_id"
              " FROM dossier WHERE id = %s" % did)
    check_eq(row, [["0", "NULL", AGENCY_ID]], "draft: status 0, no code")
    files = sql("SELECT component_seq, name, mime, sha256 FROM dossier_file"
                " WHERE dossier_id = %s ORDER BY component_seq" % did)
    check_eq(files, [["1", "to-khai.pdf", "application/pdf",
                      hashlib.sha256(PDF).hexdigest()],
                     ["2", "giay-chung-sinh.jpg", "image/jpeg",
                      hashlib.sha256(JPEG).hexdigest()]],
             "valid files kept with the draft")
    check("to-khai.pdf" in block(html, "tp_1") and
          "giay-chung-sinh.jpg" in block(html, "tp_2"),
          "re-rendered form lists the kept files by component")
    check_eq(one("SELECT value FROM dossier_field WHERE dossier_id = %s AND"
                 " name = 'cccd_nguoi_di_dk'" % did), "12345",
             "typed values stored in the draft")
    check_eq(one("SELECT COUNT(*) FROM dossier_history WHERE dossier_id = %s"
                 % did), "0", "draft: no history")

    # Fixed and submitted.
    day0 = vn_today()
    r = post(FORM + "?nhap=" + did, tok, form_parts(csrf, files=[
        ("tp_4", PNG, "cccd-nguoi-di-dk.png", "image/png")]))
    day1 = vn_today()
    loc = r.header("location") or ""
    check_eq(r.status, 303, "fixed draft submitted: 303")
    m = re.fullmatch(r"/nop-ho-so/bien-nhan/(%s-(\d{6})-(\d{4}))"
                     % re.escape(AGENCY), loc)
    check(m is not None and m.group(2) in (day0, day1),
          "to the receipt; code <agency code>-<YYMMDD Vietnam>-<NNNN> (%s)"
          % loc)
    code = m.group(1) if m else "-"
    row = sql("SELECT id, status, code, agency_id, delivery,"
              " delivery_address, submitted_at IS NOT NULL,"
              " due_at IS NOT NULL AND due_at > submitted_at"
              " FROM dossier WHERE account_id = %s AND status <> 0"
              " AND code NOT LIKE 'TEST-%%'" % A)
    check_eq(row, [[did, "1", code, AGENCY_ID, "post",
                    "Số 12 đường Lê Lợi, xã Phú Lộc, tỉnh Minh Sơn",
                    "1", "1"]],
             "the draft became the dossier: status 1, code, choices, due_at")
    check_eq(drafts_of(A), [], "no draft left")
    check_eq(sql("SELECT from_status, to_status, action, actor_id"
                 " FROM dossier_history WHERE dossier_id = %s" % did),
             [["0", "1", "submit", A]], "history: submit 0 -> 1 by the owner")
    vals = dict((k, v) for k, v in sql(
        "SELECT name, value FROM dossier_field"
        " WHERE dossier_id = %s" % did))
    want = dict((k[2:], v) for k, v in good_fields() if v != "")
    want["ngay_sinh"] = "05/01/2026"
    check_eq(vals, want, "fields stored (date normalised dd/mm/yyyy, text"
             " as typed)")
    files = sql("SELECT id, component_seq, name, mime, size, sha256,"
                " (SELECT COUNT(*) FROM dossier_file_chunk c"
                "  WHERE c.file_id = f.id)"
                " FROM dossier_file f WHERE dossier_id = %s"
                " ORDER BY component_seq" % did)
    sent = {"1": PDF, "2": JPEG, "4": PNG}
    mimes = {"1": "application/pdf", "2": "image/jpeg", "4": "image/png"}
    check_eq([f[1] for f in files], ["1", "2", "4"], "three files stored")
    for f in files:
        data = sent.get(f[1], b"")
        check_eq(f[3:7], [mimes.get(f[1]), str(len(data)),
                          hashlib.sha256(data).hexdigest(),
                          str((len(data) + MIB - 1) // MIB)],
                 "component %s: mime, size, SHA-256, 1 MiB chunks" % f[1])
    pdf_id = files[0][0] if files else "0"
    hexes = sql("SELECT HEX(data) FROM dossier_file_chunk WHERE file_id = %s"
                " ORDER BY seq" % pdf_id)
    check(bytes.fromhex("".join(h[0] for h in hexes)) == PDF,
          "PDF chunks reassemble to the bytes sent")
    mail = sql("SELECT subject, INSTR(body, '%s') > 0"
               " FROM outbox WHERE recipient = '%s'" % (code, LOGIN_A))
    check_eq(mail, [["Đã nhận hồ sơ " + code, "1"]],
             "one e-mail queued to the account with the code")
    print("# submission round trip %.1f s" % (time.time() - t0))
    jpeg_id = files[1][0] if len(files) > 1 else "0"
    return code, did, pdf_id, jpeg_id


def t_draft(tok, csrf):
    """4: save as draft, continue it, remove a file."""
    r = post(FORM, tok, form_parts(csrf, [("f_ho_ten_tre", "Lê Văn Nháp"),
                                          ("f_ngay_sinh", "")],
                                   files=[("tp_1", SMALL_PDF, "mot.pdf"),
                                          ("tp_3", SMALL_PDF, "uy-quyen.pdf")],
                                   action="luu"))
    loc = r.header("location") or ""
    drafts = drafts_of(A)
    did = drafts[-1] if drafts else "0"
    check_eq(r.status, 303, "save as draft: 303")
    check_eq(loc, "%s?nhap=%s&da-luu=1" % (FORM, did),
             "to ?nhap=ID&da-luu=1")
    check_eq(len(drafts), 1, "one draft stored")
    check_eq(sql("SELECT status, IFNULL(code, 'NULL') FROM dossier"
                 " WHERE id = %s" % did), [["0", "NULL"]],
             "draft: status 0, no code")
    check_eq(one("SELECT COUNT(*) FROM outbox WHERE recipient = '%s'"
                 % LOGIN_A), "1", "draft: no e-mail")
    r = fetch(loc, tok)
    check_eq(r.status, 200, "saved draft page: 200")
    check("Đã lưu nháp" in r.text, "saved draft: notice")
    r = fetch(FORM, tok)
    check_eq(r.status, 200, "GET the form again: 200")
    check_eq(unescape(value_of(r.text, "f_ho_ten_tre")), "Lê Văn Nháp",
             "the latest draft is continued: value shown")
    check("tiếp tục một hồ sơ đã lưu nháp" in r.text,
          "continuing a draft: says so")
    check_eq(action_of(r.text), "%s?nhap=%s" % (FORM, did),
             "continued form posts to the draft")
    fid3 = one("SELECT id FROM dossier_file WHERE dossier_id = %s AND"
               " component_seq = 3" % did)
    check("uy-quyen.pdf" in block(r.text, "tp_3") and
          'name="xoa_tep" value="%s"' % fid3 in r.text,
          "draft files listed with a remove box")
    r = post("%s?nhap=%s" % (FORM, did), tok, form_parts(
        csrf, [("f_ho_ten_tre", "Lê Văn Nháp")], action="luu",
        extra=[("xoa_tep", fid3)]))
    check_eq(r.status, 303, "remove a file (xoa_tep): 303")
    check_eq(sql("SELECT component_seq, name FROM dossier_file"
                 " WHERE dossier_id = %s" % did), [["1", "mot.pdf"]],
             "the file is removed, the other kept")
    check_eq(one("SELECT COUNT(*) FROM dossier_file_chunk WHERE file_id = %s"
                 % fid3), "0", "its chunks are gone")
    return did


def t_uploads(tok, csrf, draft):
    """5: what is refused stores nothing; hostile names are harmless."""
    before = snapshot()
    r = post(FORM, tok, form_parts(csrf, files=[
        ("tp_1", SMALL_PDF, "ok.pdf"), ("tp_2", HTML, "giay-chung-sinh.pdf"),
        ("tp_4", PNG, "cccd.png", "image/png")]))
    check_eq(r.status, 422, "HTML named .pdf: 422")
    error_beside(r.text, "tp_2", "không phải PDF, JPEG hoặc PNG",
                 "HTML named .pdf")
    no_error(r.text, "tp_1", "HTML named .pdf")
    check_eq(unescape(value_of(r.text, "f_ho_ten_me")), "Trần Thị Bình",
             "refused file: typed values still shown")
    check("alert(document.cookie)" not in r.text, "HTML file not echoed")
    nothing_stored(before, "HTML named .pdf")

    r = post(FORM, tok, form_parts(csrf, files=[
        ("tp_1", SMALL_PDF, "ok.pdf"), ("tp_2", b"", "rong.pdf")]))
    check_eq(r.status, 422, "empty file: 422")
    error_beside(r.text, "tp_2", "Tệp rỗng.", "empty file")
    nothing_stored(before, "empty file")

    r = post(FORM, tok, form_parts(csrf, files=[
        ("tp_1", b"%PDF-1.4\n" + bytes(10 * MIB), "qua-lon.pdf")]))
    check_eq(r.status, 413, "file over submit.file_max_mb (10 MB): 413")
    error_beside(r.text, "tp_1", "Tệp lớn hơn 10 MB", "file over 10 MB")
    check('<form class="form"' in r.text, "over 10 MB: the form again")
    nothing_stored(before, "file over 10 MB")

    big = post_raw(FORM, tok, 26 * MIB)
    check_eq(big[0], 413, "body over nginx's 25 MB: 413")
    check("Hồ sơ gửi lên quá lớn" in big[1],
          "over 25 MB: nginx's Vietnamese page /loi/413.html")
    nothing_stored(before, "body over 25 MB")

    many = [("tp_1", SMALL_PDF, "trang-%02d.pdf" % i) for i in range(21)]
    r = post(FORM, tok, form_parts(csrf, files=many))
    check_eq(r.status, 413, "21 files (submit.files_max 20): 413")
    error_beside(r.text, "tp_1", "tối đa 20 tệp", "21 files")
    nothing_stored(before, "21 files")

    # Hostile names on the draft, saved.
    evil = ("Giấy\ttờ\u0085 <img src=x onerror=alert(1)>"
            "\u202egnp.exe.pdf")
    r = post("%s?nhap=%s" % (FORM, draft), tok, form_parts(
        csrf, [("f_ho_ten_tre", "Lê Văn Nháp")], action="luu",
        files=[("tp_2", SMALL_PDF, "../../etc/passwd"),
               ("tp_3", SMALL_PDF, "..\\..\\windows\\win.ini"),
               ("tp_4", JPEG, evil, "image/jpeg")]))
    check_eq(r.status, 303, "files with hostile names: accepted (303)")
    names = dict(sql("SELECT component_seq, name FROM dossier_file"
                     " WHERE dossier_id = %s" % draft))
    for seq in ("2", "3", "4"):
        n = names.get(seq, "/")
        check(n != "" and "/" not in n and "\\" not in n and
              not n.startswith(".") and CONTROLS.search(n) is None,
              "component %s: display name only, no path, no controls (%r)"
              % (seq, n))
    check_eq(names.get("2"), "passwd", "../../etc/passwd stored as passwd")
    check("Giấy" in names.get("4", "") and "gnp.exe.pdf" in
          names.get("4", ""), "control-laden name keeps its text (%r)"
          % names.get("4"))
    check_eq(one("SELECT mime FROM dossier_file WHERE dossier_id = %s AND"
                 " component_seq = 4" % draft), "image/jpeg",
             "type from the bytes (JPEG), not the name")
    r = fetch("%s?nhap=%s" % (FORM, draft), tok)
    check("<img src=x" not in r.text and
          "&lt;img src=x onerror=alert(1)&gt;" in block(r.text, "tp_4"),
          "hostile file name rendered escaped")
    check("\u202e" not in r.text, "no RTL override on the page")


def post_raw(path, tok, size):
    """POSTs a multipart body of size bytes on a plain socket (nginx may
    answer before it is all sent); returns (status, text)."""
    b = "----dvcTestBig"
    head = ("--%s\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            "%s\r\n--%s\r\nContent-Disposition: form-data; name=\"tp_1\";"
            " filename=\"lon.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
            "%%PDF-1.4\n" % (b, CSRF_A, b)).encode()
    tail = ("\r\n--%s--\r\n" % b).encode()
    body = head + bytes(size - len(head) - len(tail)) + tail
    u = urllib.parse.urlsplit(BASE)
    s = socket.create_connection((u.hostname, u.port or 80), timeout=30)
    try:
        s.sendall(("POST %s HTTP/1.1\r\nHost: %s\r\nCookie: dvc_sid=%s\r\n"
                   "Content-Type: multipart/form-data; boundary=%s\r\n"
                   "Content-Length: %d\r\nConnection: close\r\n\r\n" % (
                       path, u.netloc, tok, b, len(body))).encode())
        try:
            s.sendall(body)
        except OSError:
            pass
        data = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError:
            pass
    finally:
        s.close()
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return (int(m.group(1)) if m else 0,
            data.decode("utf-8", "replace"))


def t_bad_input(tok, csrf):
    """6: 403 and 400, nothing stored."""
    before = snapshot()
    f1 = [("tp_1", SMALL_PDF, "a.pdf")]
    cases = [
        ("missing CSRF part", 403, form_parts(csrf, files=f1)[1:], True),
        ("wrong CSRF token", 403, form_parts(secrets.token_hex(32),
                                             files=f1), True),
        ("file part before the csrf part", 403,
         f1 + form_parts(csrf), True),
        ("broken UTF-8 in a field", 400,
         form_parts(csrf, good_fields(ho_ten_tre=b"Nguy\xe1\xbbn \xc3("),
                    files=f1), True),
        ("unknown e-form field f_khong_co", 400,
         form_parts(csrf, files=f1, extra=[("f_khong_co", "x")]), True),
        ("unknown part name", 400,
         form_parts(csrf, files=f1, extra=[("la_lung", "x")]), True),
        ("file for an unknown component tp_9", 400,
         form_parts(csrf, files=[("tp_9", SMALL_PDF, "b.pdf")] + f1), True),
        ("truncated multipart (no final boundary)", 400,
         form_parts(csrf, files=f1, action="luu"), False),
    ]
    for what, want, parts, final in cases:
        r = post(FORM, tok, parts, final)
        check_eq(r.status, want, what)
        nothing_stored(before, what)
    r = post_form(FORM, tok, [("csrf", csrf), ("hanh_dong", "luu")])
    check_eq(r.status, 400, "non-multipart POST: 400")
    r = request("POST", FORM, dict(ck(tok), **{
        "Content-Type": "multipart/form-data"}), b"csrf=x")
    check_eq(r.status, 400, "multipart without a boundary: 400")
    nothing_stored(before, "non-multipart POSTs")


def t_access(tok_b, csrf_b, code, draft, pdf_id, jpeg_id):
    """7: B gets 404 for everything of A's; A downloads."""
    before = snapshot()
    r = fetch("%s?nhap=%s" % (FORM, draft), tok_b)
    check_eq(r.status, 404, "B: GET A's draft 404")
    check("Lê Văn Nháp" not in r.text, "B: A's draft values absent")
    r = post("%s?nhap=%s" % (FORM, draft), tok_b, form_parts(
        csrf_b, [("f_ho_ten_tre", "Kẻ Xâm Nhập")], action="luu",
        files=[("tp_1", SMALL_PDF, "b.pdf")]))
    check_eq(r.status, 404, "B: POST to A's draft 404")
    r = fetch("/nop-ho-so/bien-nhan/" + code, tok_b)
    check_eq(r.status, 404, "B: A's receipt 404")
    check(NAME_A not in r.text and "GIẤY TIẾP NHẬN" not in r.text,
          "B: nothing of A's receipt")
    r = fetch("/nop-ho-so/rut/" + wcode(1), tok_b)
    check_eq(r.status, 404, "B: withdrawal page of A's dossier 404")
    r = post_form("/nop-ho-so/rut/" + wcode(1), tok_b,
                  [("csrf", csrf_b), ("ly_do", "Rút hộ")])
    check_eq(r.status, 404, "B: withdrawing A's dossier 404")
    for fid in (pdf_id, jpeg_id):
        check_eq(fetch("/ho-so/%s/tep/%s" % (code, fid), tok_b).status, 404,
                 "B: A's file %s 404" % fid)
    nothing_stored(before, "B's attempts")
    r = fetch("/ho-so/%s/tep/%s" % (code, pdf_id), TOK_A)
    cd = r.header("content-disposition") or ""
    check_eq(r.status, 200, "owner downloads the PDF")
    check(r.body == PDF, "download: the bytes sent")
    check_eq(r.header("content-type"), "application/pdf", "download: type")
    check(cd.startswith("attachment") and "to-khai.pdf" in cd,
          "download: attachment with the name (%s)" % cd)
    r = fetch("/ho-so/%s/tep/%s" % (code, jpeg_id), TOK_A)
    check(r.status == 200 and r.body == JPEG and
          r.header("content-type") == "image/jpeg",
          "owner downloads the JPEG as image/jpeg")


def t_receipt(tok, code):
    r = fetch("/nop-ho-so/bien-nhan/" + code, tok)
    check_eq(r.status, 200, "receipt: 200 for the owner")
    html = r.text
    check("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in html, "receipt: title")
    check("<strong>%s</strong>" % code in html, "receipt: the code")
    check(unescape(PROC_NAME) in unescape(html), "receipt: the procedure")
    check(NAME_A in html, "receipt: the applicant")
    check("UBND xã Phú Lộc" in html, "receipt: the receiving agency")
    cc = r.header("cache-control") or ""
    check("private" in cc, "receipt: Cache-Control private (%s)" % cc)
    m = re.search(r'<img src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"',
                  html)
    check(m is not None, "receipt: an inline SVG QR image")
    svg = base64.b64decode(m.group(1)).decode() if m else ""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        root = None
    check(root is not None and root.tag.split("}")[-1] == "svg",
          "QR: the decoded image is an <svg> document")
    bad = [e.tag for e in (root.iter() if root is not None else [])
           if e.tag.split("}")[-1].lower() in ("script", "foreignobject") or
           any(k.lower().startswith("on") for k in e.attrib)]
    check(root is not None and not bad and "script" not in svg.lower(),
          "QR: no script or event handler in the SVG")
    check(root is not None and len(list(root.iter())) > 1,
          "QR: the SVG draws something")


def t_withdraw(tok, csrf):
    w1, w4, w9 = wcode(1), wcode(4), wcode(9)
    r = fetch("/nop-ho-so/rut/" + w1, tok)
    check_eq(r.status, 200, "withdrawal: confirmation page")
    check('name="ly_do"' in r.text and
          '<input type="hidden" name="csrf" value="%s">' % csrf in r.text and
          "Xác nhận rút hồ sơ" in r.text,
          "confirmation: reason, csrf, confirm button")
    r = post_form("/nop-ho-so/rut/" + w1, tok, [("csrf", csrf),
                                               ("ly_do", "")])
    check_eq(r.status, 422, "withdrawal without a reason: 422")
    error_beside(r.text, "f-ly_do", "Vui lòng ghi lý do", "no reason",
                 "e-ly_do")
    check_eq(one("SELECT status FROM dossier WHERE code = '%s'" % w1), "1",
             "no reason: status unchanged")
    r = post_form("/nop-ho-so/rut/" + w1, tok, [("ly_do", "Nộp nhầm")])
    check_eq(r.status, 403, "withdrawal without csrf: 403")
    reason = "Tôi nộp nhầm thủ tục, xin rút <b>lại</b>"
    r = post_form("/nop-ho-so/rut/" + w1, tok, [("csrf", csrf),
                                               ("ly_do", reason)])
    check_eq(r.status, 303, "withdrawal at status 1: 303")
    check_eq(r.header("location"), "/ho-so/" + w1, "to /ho-so/<code>")
    check_eq(one("SELECT status FROM dossier WHERE code = '%s'" % w1), "7",
             "status 7 (withdrawn)")
    check_eq(sql("SELECT h.from_status, h.to_status, h.action, h.note,"
                 " h.actor_id FROM dossier_history h JOIN dossier d"
                 " ON d.id = h.dossier_id WHERE d.code = '%s'" % w1),
             [["1", "7", "withdraw", reason, A]],
             "history: withdraw 1 -> 7 with the reason")
    check_eq(one("SELECT COUNT(*) FROM outbox WHERE recipient = '%s' AND"
                 " subject = 'Đã rút hồ sơ %s' AND body LIKE '%%%s%%'"
                 % (LOGIN_A, w1, esc(reason))), "1",
             "an e-mail says the dossier was withdrawn, with the reason")
    r = post_form("/nop-ho-so/rut/" + w1, tok, [("csrf", csrf),
                                               ("ly_do", "Lần nữa")])
    check_eq(r.status, 409, "withdrawing a withdrawn dossier: 409")

    r = post_form("/nop-ho-so/rut/" + w4, tok, [("csrf", csrf),
                                               ("ly_do", "Đã có kết quả ở nơi"
                                                " khác")])
    check_eq(r.status, 303, "withdrawal at status 4: 303 (a request)")
    check_eq(sql("SELECT status, withdraw_requested_at IS NOT NULL"
                 " FROM dossier WHERE code = '%s'" % w4), [["4", "1"]],
             "status 4 kept, withdraw_requested_at set")
    hist = sql("SELECT h.from_status, h.to_status, h.action, h.note"
               " FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id"
               " WHERE d.code = '%s'" % w4)
    check_eq(hist, [["4", "4", "withdraw_request",
                     "Đã có kết quả ở nơi khác"]],
             "history: withdraw_request with the reason")
    check_eq(one("SELECT COUNT(*) FROM outbox WHERE recipient = '%s' AND"
                 " subject = 'Đã gửi đề nghị rút hồ sơ %s'" % (LOGIN_A, w4)),
             "1", "an e-mail says the request was sent")
    r = post_form("/nop-ho-so/rut/" + w4, tok, [("csrf", csrf),
                                               ("ly_do", "Nhắc lại")])
    check_eq(r.status, 409, "a second request: 409")
    check_eq(one("SELECT COUNT(*) FROM dossier_history h JOIN dossier d"
                 " ON d.id = h.dossier_id WHERE d.code = '%s'" % w4), "1",
             "second request: no history row")
    r = fetch("/nop-ho-so/rut/" + w4, tok)
    check(r.status == 200 and "đã đề nghị rút" in r.text and
          'name="ly_do"' not in r.text,
          "after the request the page says so, without a form")
    r = post_form("/nop-ho-so/rut/" + w9, tok, [("csrf", csrf),
                                               ("ly_do", "Muộn rồi")])
    check_eq(r.status, 409, "withdrawal at status 9: 409")
    check_eq(sql("SELECT d.status, d.withdraw_requested_at IS NULL,"
                 " (SELECT COUNT(*) FROM dossier_history h"
                 "  WHERE h.dossier_id = d.id) FROM dossier d"
                 " WHERE d.code = '%s'" % w9), [["9", "1", "0"]],
             "status 9: nothing changed")


def t_supplement(tok, csrf, tok_b, csrf_b, code, did):
    sql("UPDATE dossier SET status = 5, received_at = NOW() WHERE id = %s"
        % did)
    url = "%s?bo-sung=%s" % (FORM, urllib.parse.quote(code))
    r = fetch(url, tok)
    check_eq(r.status, 200, "supplement form: 200")
    html = r.text
    check("Bổ sung hồ sơ %s" % code in html, "supplement: heading with code")
    check_eq(unescape(value_of(html, "f_noi_sinh")),
             "Bệnh viện Đa khoa tỉnh Minh Sơn", "supplement: stored value")
    check_eq(unescape(value_of(html, "f_ngay_sinh")), "05/01/2026",
             "supplement: stored date")
    check("to-khai.pdf" in block(html, "tp_1"),
          "supplement: stored files listed")
    check_eq(action_of(html), url, "supplement: form posts to ?bo-sung=")
    before = snapshot()
    check_eq(fetch(url, tok_b).status, 404, "B: A's supplement form 404")
    r = post(url, tok_b, form_parts(csrf_b, agency=None, files=[
        ("tp_5", PNG, "x.png", "image/png")]))
    check_eq(r.status, 404, "B: POST A's supplement 404")
    nothing_stored(before, "B's supplement")

    new_place = "Trạm y tế xã An Hòa"
    png2 = PNG[:40] + os.urandom(5000)
    r = post(url, tok, form_parts(csrf, good_fields(noi_sinh=new_place),
                                  agency=None, files=[
                                      ("tp_5", png2, "ket-hon.png",
                                       "image/png")]))
    check_eq(r.status, 303, "supplement submitted: 303")
    check_eq(r.header("location"), "/nop-ho-so/bien-nhan/" + code,
             "to the receipt of the same code")
    check_eq(sql("SELECT code, status, supplements, agency_id FROM dossier"
                 " WHERE id = %s" % did), [[code, "1", "1", AGENCY_ID]],
             "same code, status 1, supplements 1")
    check_eq(sql("SELECT from_status, to_status, action FROM dossier_history"
                 " WHERE dossier_id = %s ORDER BY id" % did),
             [["0", "1", "submit"], ["5", "1", "resubmit"]],
             "history: resubmit 5 -> 1")
    check_eq(one("SELECT value FROM dossier_field WHERE dossier_id = %s AND"
                 " name = 'noi_sinh'" % did), new_place,
             "changed field stored")
    check_eq(sql("SELECT component_seq, mime, sha256 FROM dossier_file"
                 " WHERE dossier_id = %s ORDER BY component_seq" % did)[-1:],
             [["5", "image/png", hashlib.sha256(png2).hexdigest()]],
             "added file stored")
    check_eq(one("SELECT COUNT(*) FROM dossier_file WHERE dossier_id = %s"
                 % did), "4", "earlier files kept")
    check_eq(one("SELECT COUNT(*) FROM outbox WHERE recipient = '%s' AND"
                 " subject = 'Đã nhận hồ sơ bổ sung %s'" % (LOGIN_A, code)),
             "1", "supplement e-mail queued")
    check_eq(fetch(url, tok).status, 404, "?bo-sung on a status-1 dossier 404")
    r = post(url, tok, form_parts(csrf, agency=None))
    check_eq(r.status, 404, "POST ?bo-sung on a status-1 dossier 404")

    # A supplement must not move the dossier to another agency.
    other = one("SELECT a.id FROM agency a JOIN procedure_agency pa"
                " ON pa.agency_id = a.id WHERE pa.procedure_id = %s"
                " AND a.id <> %s ORDER BY a.id LIMIT 1" % (PROC_ID, AGENCY_ID))
    if other:
        sql("UPDATE dossier SET status = 5 WHERE id = %s" % did)
        r = post(url, tok, form_parts(csrf, agency=other))
        check_eq(one("SELECT agency_id FROM dossier WHERE id = %s" % did),
                 AGENCY_ID, "supplement with a forged co_quan=%s (answered"
                 " %d) keeps the agency (its code is in the dossier code)"
                 % (other, r.status))


def t_delete_and_cap(tok, csrf, tok_b, csrf_b):
    """11: a draft deleted by its owner goes with its files; another
    account cannot delete it; an account at submit.drafts_max (20) drafts
    cannot start another, and nothing is stored."""
    r = post(FORM, tok, form_parts(csrf, [("f_ho_ten_tre", "Nháp sẽ xoá")],
                                   files=[("tp_1", SMALL_PDF, "xoa.pdf")],
                                   action="luu"))
    did = drafts_of(A)[-1]
    fid = one("SELECT id FROM dossier_file WHERE dossier_id = %s" % did)
    check(r.status == 303 and fid, "a draft with a file to delete")
    before = snapshot()
    r = post("%s?nhap=%s" % (FORM, did), tok_b,
             [("csrf", csrf_b), ("hanh_dong", "xoa")])
    check_eq(r.status, 404, "B deletes A's draft: 404")
    nothing_stored(before, "B's delete of A's draft")
    r = post("%s?nhap=%s" % (FORM, did), tok, [("hanh_dong", "xoa")])
    check_eq(r.status, 403, "delete without the CSRF part: 403")
    nothing_stored(before, "delete without CSRF")
    r = fetch("%s?nhap=%s" % (FORM, did), tok)
    check('value="xoa"' in r.text and "Xoá hồ sơ nháp này" in r.text,
          "a draft's page offers to delete it")
    r = post("%s?nhap=%s" % (FORM, did), tok,
             [("csrf", csrf), ("hanh_dong", "xoa")])
    check_eq((r.status, r.header("location")), (303, FORM + "?da-xoa=1"),
             "the owner deletes the draft: 303 to ?da-xoa=1")
    check_eq(one("SELECT COUNT(*) FROM dossier WHERE id = %s" % did), "0",
             "the draft is gone")
    check_eq(one("SELECT COUNT(*) FROM dossier_file_chunk WHERE file_id = %s"
                 % fid), "0", "with its files' chunks")
    check("Đã xoá hồ sơ nháp" in fetch(FORM + "?da-xoa=1", tok).text,
          "the form says the draft was deleted")
    # Fill A up to the cap with drafts made in SQL.
    have = len(drafts_of(A))
    for _ in range(max(0, 20 - have)):
        sql("INSERT INTO dossier (procedure_id, agency_id, account_id,"
            " status) VALUES (%s, %s, %s, 0)" % (PROC_ID, AGENCY_ID, A))
    before = snapshot()
    r = post(FORM, tok, form_parts(csrf, files=[("tp_1", SMALL_PDF, "a.pdf")],
                                   action="luu"))
    check_eq(r.status, 429, "a 21st draft: 429")
    check("hồ sơ nháp chưa nộp, số tối đa" in r.text and 'role="alert"'
          in r.text, "the page says why, in Vietnamese")
    nothing_stored(before, "a draft past the cap")
    sql("DELETE FROM dossier WHERE account_id = %s AND status = 0" % A)


def main():
    global A, B, TOK_A, CSRF_A
    try:
        A, B = setup()
        TOK_A, CSRF_A = session_for(A)
        tok_b, csrf_b = session_for(B)
        t0 = time.time()
        t_anonymous_and_unknown(TOK_A)
        t_form(TOK_A, CSRF_A)
        t_no_agency(TOK_A)
        code, did, pdf_id, jpeg_id = t_validation(TOK_A, CSRF_A)
        draft = t_draft(TOK_A, CSRF_A)
        t_uploads(TOK_A, CSRF_A, draft)
        t_bad_input(TOK_A, CSRF_A)
        t_access(tok_b, csrf_b, code, draft, pdf_id, jpeg_id)
        t_receipt(TOK_A, code)
        t_withdraw(TOK_A, CSRF_A)
        t_supplement(TOK_A, CSRF_A, tok_b, csrf_b, code, did)
        t_delete_and_cap(TOK_A, CSRF_A, tok_b, csrf_b)
        print("# checks took %.1f s" % (time.time() - t0))
    finally:
        cleanup()
    check_eq(sql("SELECT COUNT(*) FROM account WHERE login IN ('%s', '%s')"
                 % (LOGIN_A, LOGIN_B)), [["0"]], "fixtures removed")
    done()


main()
