"""The admin pages (/quan-tri) over the real stack: the permission matrix
(each admin action × system admin, agency admin of A, agency admin of B,
controller, citizen, clerk, anonymous), objects of another agency reached
by editing ids in the request, CSRF on every state-changing form, errors
beside the fields, the procedure lifecycle end to end as the public sees
it (draft → published at once → amended → v2 with v1 kept → abolished),
suspension ending sessions, and the audit log.

Logins go through PAM, which these tests do not exercise: sessions are
made directly in SQL (token hashed with SHA-256, a CSRF secret) and sent
as the dvc_sid cookie.  Every row made here is removed before and after:
logins start with testadm<run>, procedure codes with TESTADM<run>, agency
names with TESTADM<run> (codes 999.NN.NN.H98 free at the start), <run>
being a random number: two runs at once (several engineers share the dev
database) do not meet; rows of runs that died are removed after 12 h."""
import random

from dvchttp import Who, check, check_eq, done, get, request, sql

PW = "MatKhauDau2026"            # initial password of created staff
RUN = "%06d" % random.randrange(1000000)
TL = "testadm" + RUN             # logins
TN = "TESTADM" + RUN             # names, procedure codes
PCODE = TN + ".1"


def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def one(q):
    rows = sql(q)
    return rows[0][0] if rows and rows[0] else None


def cleanup(tl, tn, old=""):
    """Removes the rows of run tl/tn; old: an extra condition (on a
    table's creation time) for the leftovers of runs that died."""
    when = lambda col: " AND %s < NOW() - INTERVAL 12 HOUR" % col if old \
        else ""
    sql("DELETE FROM procedure_version WHERE code LIKE '%s%%'%s"
        % (tn, when("created_at")))
    sql("DELETE FROM role_grant WHERE account_id IN (SELECT id FROM account"
        " WHERE login LIKE '%s%%'%s) OR agency_id IN (SELECT id FROM agency"
        " WHERE name LIKE '%s%%'%s)" % (tl, when("created_at"), tn,
                                       when("updated_at")))
    sql("DELETE FROM account WHERE login LIKE '%s%%'%s"
        % (tl, when("created_at")))
    sql("DELETE FROM audit_log WHERE actor_login LIKE '%s%%'%s"
        % (tl, when("at")))
    sql("DELETE FROM setting WHERE name LIKE '%s%%'%s"
        % (tl, when("updated_at")))
    for _ in range(3):     # children before parents
        sql("DELETE FROM agency WHERE name LIKE '%s%%'%s AND id NOT IN"
            " (SELECT * FROM (SELECT parent_id FROM agency WHERE parent_id"
            " IS NOT NULL) x)" % (tn, when("updated_at")))


def free_codes(n):
    """n agency codes 999.NN.NN.H98 nobody uses."""
    codes = []
    while len(codes) < n:
        c = "999.%02d.%02d.H98" % (random.randrange(100),
                                   random.randrange(100))
        if c not in codes and one("SELECT COUNT(*) FROM agency WHERE code ="
                                  " '%s'" % c) == "0":
            codes.append(c)
    return tuple(codes)


# --- fixtures --------------------------------------------------------------

def agency(code, name):
    sql("INSERT INTO agency (code, name, level, address, email, phone)"
        " VALUES ('%s', '%s', 1, 'Số 1', 'a@example.vn', '0299 3810 001')"
        % (code, esc(name)))
    return one("SELECT id FROM agency WHERE code = '%s'" % code)





FINGERPRINT = (   # part: the rows it sums up ({tl}, {tn}, {codes})
    ("agencies", "SELECT CONCAT_WS(',', id, code, name, COALESCE(parent_id,"
     " ''), level, address, email, phone, website, hours) FROM agency"
     " WHERE name LIKE '{tn}%' OR code IN {codes} ORDER BY id"),
    ("accounts", "SELECT CONCAT_WS(',', id, login, kind, status, request,"
     " full_name, email, password_hash) FROM account WHERE login LIKE"
     " '{tl}%' ORDER BY id"),
    ("roles", "SELECT CONCAT_WS(',', g.id, g.account_id, g.role,"
     " COALESCE(g.agency_id, '')) FROM role_grant g JOIN account a"
     " ON a.id = g.account_id WHERE a.login LIKE '{tl}%' ORDER BY g.id"),
    ("sessions", "SELECT s.token_hash FROM session s JOIN account a"
     " ON a.id = s.account_id WHERE a.login LIKE '{tl}%' ORDER BY 1"),
    ("settings", "SELECT CONCAT_WS(',', name, value) FROM setting WHERE"
     " name LIKE '{tl}%' OR name = 'login.max_failures' ORDER BY name"),
    ("procedures", "SELECT CONCAT_WS(',', id, version, status, is_current,"
     " name, MD5(search_text), COALESCE(agency_id, ''), MD5(steps))"
     " FROM procedure_version WHERE code LIKE '{tn}%' ORDER BY id"),
    ("procedure agencies", "SELECT CONCAT_WS(',', x.procedure_id,"
     " x.agency_id) FROM procedure_agency x JOIN procedure_version p"
     " ON p.id = x.procedure_id WHERE p.code LIKE '{tn}%' ORDER BY 1"),
    ("components", "SELECT CONCAT_WS(',', c.procedure_id, c.seq, c.name,"
     " c.originals, c.copies, c.required, COALESCE(c.form_id, ''))"
     " FROM procedure_component c JOIN procedure_version p"
     " ON p.id = c.procedure_id WHERE p.code LIKE '{tn}%' ORDER BY 1"),
    ("e-form fields", "SELECT CONCAT_WS(',', f.procedure_id, f.seq, f.name,"
     " f.label, f.type, f.options) FROM procedure_form_field f"
     " JOIN procedure_version p ON p.id = f.procedure_id"
     " WHERE p.code LIKE '{tn}%' ORDER BY 1"),
)


def fingerprint():
    """What an admin action of these tests could change — the test
    agencies, accounts, roles and sessions, the settings they touch, the
    test procedures and what hangs off them — so that a refused action
    can be shown to have changed nothing.  Scoped to this run's rows:
    other tests may run beside.  {part: rows}, in one client call."""
    codes = "('%s')" % "', '".join(AG_CODES)
    q = "; ".join("SELECT '#%s'; %s" % (name, q.format(tl=TL, tn=TN,
                                                        codes=codes))
                  for name, q in FINGERPRINT)
    parts, cur = {}, None
    for row in sql(q):
        if row and row[0].startswith("#"):
            cur = row[0][1:]
            parts[cur] = []
        else:
            parts[cur].append(row)
    return parts


def refused(what, who, path, form=None, csrf=True, want=403):
    before = fingerprint()
    r = who.post(path, form, csrf)
    after = fingerprint()
    changed = [k for k in before if before[k] != after[k]]
    check(r.status == want and not changed, "%s → %d, nothing changed%s" % (
        what, want, "" if r.status == want and not changed else
        ": got %d%s" % (r.status, "; changed: " + ", ".join(changed)
                        if changed else "")))


cleanup("testadm", "TESTADM", old="12 h")
AG_CODES = free_codes(3)
A = agency(AG_CODES[0], TN + " Cơ quan A")
B = agency(AG_CODES[1], TN + " Cơ quan B")
FIELD = one("SELECT id FROM field ORDER BY id LIMIT 1")
FIELD_NAME = one("SELECT name FROM field WHERE id = %s" % FIELD)
SYS = Who(TL + "-sys", grants=[("system_admin", None)])
AA = Who(TL + "-aa", grants=[("agency_admin", A)])
AB = Who(TL + "-ab", grants=[("agency_admin", B)])
CTL = Who(TL + "-ctl", grants=[("controller", None)])
CIT = Who(TL + "-cit", kind="citizen")
CLERK = Who(TL + "-clerk", grants=[("clerk", A)])
STAFF_B = Who(TL + "-staffb", grants=[("clerk", B)])
ROLES = {"system admin": SYS, "agency admin A": AA, "agency admin B": AB,
         "controller": CTL, "citizen": CIT, "clerk of A": CLERK}


def allowed(r):
    return r.status in (200, 303)


# --- reading: who may open which page --------------------------------------

def test_anonymous():
    r = get("/quan-tri/thu-tuc")
    check_eq(r.status, 303, "anonymous → redirect")
    check_eq(r.header("location"),
             "/tai-khoan/dang-nhap?tiep=%2Fquan-tri%2Fthu-tuc",
             "…to the login page, coming back afterwards")
    before = fingerprint()
    r = request("POST", "/quan-tri/co-quan/moi",
                {"Content-Type": "application/x-www-form-urlencoded"},
                ("ma_co_quan=%s&ten=%s+X" % (AG_CODES[2], TN)).encode())
    check(r.status == 303 and "dang-nhap" in (r.header("location") or ""),
          "anonymous POST → login redirect")
    check(fingerprint() == before, "anonymous POST changed nothing")


READ = {   # page: roles that may open it (others: 403)
    "/quan-tri": {"system admin", "agency admin A", "agency admin B",
                  "controller"},
    "/quan-tri/co-quan": {"system admin", "controller"},
    "/quan-tri/co-quan/moi": {"system admin"},
    "/quan-tri/co-quan/%s" % A: {"system admin", "controller"},
    "/quan-tri/nguoi-dung": {"system admin", "agency admin A",
                             "agency admin B", "controller"},
    "/quan-tri/nguoi-dung/moi": {"system admin", "agency admin A",
                                 "agency admin B"},
    "/quan-tri/nguoi-dung/%s" % CLERK.id: {"system admin", "agency admin A",
                                           "controller"},
    "/quan-tri/nguoi-dung/%s" % STAFF_B.id: {"system admin", "agency admin B",
                                             "controller"},
    "/quan-tri/cai-dat": {"system admin"},
    "/quan-tri/nhat-ky": {"system admin", "controller"},
    "/quan-tri/thu-tuc": {"system admin", "agency admin A", "agency admin B",
                          "controller"},
    "/quan-tri/thu-tuc/moi": {"system admin", "agency admin A",
                              "agency admin B"},
}


def test_read_matrix():
    denies = int(one("SELECT COUNT(*) FROM audit_log WHERE action = 'deny'"
                     " AND actor_login LIKE '%s%%'" % TL))
    expected_denies = 0
    for path, who_may in READ.items():
        for name, who in ROLES.items():
            r = who.get(path)
            want = 200 if name in who_may else 403
            expected_denies += want == 403
            check_eq(r.status, want, "GET %s as %s" % (path, name))
    got = int(one("SELECT COUNT(*) FROM audit_log WHERE action = 'deny'"
                  " AND actor_login LIKE '%s%%'" % TL))
    check_eq(got - denies, expected_denies, "every 403 is in the audit log")
    r = CLERK.get("/quan-tri")
    check("liên hệ quản trị" in r.text, "the 403 page says what to do")


def test_lists_scoped():
    r = AA.get("/quan-tri/nguoi-dung?q=" + TL)
    check(TL + "-clerk" in r.text, "agency admin A lists its clerk")
    check(TL + "-staffb" not in r.text and TL + "-cit" not in r.text,
          "…not B's staff, not applicants")
    r = CTL.get("/quan-tri/nguoi-dung?q=" + TL)
    check(TL + "-staffb" in r.text and TL + "-clerk" in r.text,
          "the controller lists every account")
    r = CTL.get("/quan-tri/nguoi-dung/%s" % CLERK.id)
    check("Cấp vai trò" not in r.text and "thu-hoi" not in r.text and
          "trang-thai" not in r.text, "the controller gets no forms")


# --- agencies ----------------------------------------------------------------

def agency_form(code, name, **kw):
    f = {"ma_co_quan": code, "ten": name, "cap": "1", "cap_tren": str(A),
         "dia_chi": "Số 2 đường Thử", "email": "thu@example.vn",
         "dien_thoai": "0299 3810 002", "website": "", "gio_lam_viec": ""}
    f.update(kw)
    return f


def test_agencies():
    code = AG_CODES[2]
    for name, who in ROLES.items():
        if name == "system admin":
            continue
        refused("create agency as %s" % name, who, "/quan-tri/co-quan/moi",
                agency_form(code, TN + " Cơ quan C"))
    r = SYS.post("/quan-tri/co-quan/moi", agency_form(
        "12.34", TN + " <b>C</b>", email="khong-hop-le", dien_thoai="12"))
    check_eq(r.status, 422, "bad agency form → 422")
    for f in ("ma_co_quan", "email", "dien_thoai"):
        check('id="e-%s"' % f in r.text, "error beside %s" % f)
    check('value="%s &lt;b&gt;C&lt;/b&gt;"' % TN in r.text,
          "the name typed is kept, escaped")
    r = SYS.post("/quan-tri/co-quan/moi", agency_form(AG_CODES[0], TN + " C"))
    check(r.status == 422 and "đã được dùng" in r.text,
          "a code already used → error beside it")
    r = SYS.post("/quan-tri/co-quan/moi",
                 agency_form(code, TN + " <b>C</b>"))
    check_eq(r.status, 303, "system admin creates an agency")
    cid = one("SELECT id FROM agency WHERE code = '%s'" % code)
    check(cid is not None and one("SELECT parent_id FROM agency WHERE id = %s"
                                  % cid) == str(A), "stored under A")
    r = SYS.get("/quan-tri/co-quan")
    check(TN + " &lt;b&gt;C&lt;/b&gt;" in r.text and "<b>C</b>" not in r.text,
          "hostile names are escaped in the hierarchy")
    r = SYS.post("/quan-tri/co-quan/%s" % A, agency_form(
        AG_CODES[0], TN + " Cơ quan A", cap_tren=str(cid)))
    check(r.status == 422 and 'id="e-cap_tren"' in r.text,
          "an agency cannot move under its own child")
    # public page cached, then changed: shows at once
    get("/co-quan/" + AG_CODES[0])
    r = get("/co-quan/" + AG_CODES[0])
    check_eq(r.header("x-cache"), "HIT", "public agency page is cached")
    for name, who in ROLES.items():
        if name != "system admin":
            refused("edit agency as %s" % name, who,
                    "/quan-tri/co-quan/%s" % A, agency_form(
                        AG_CODES[0], TN + " Cơ quan A", cap_tren="",
                        email="doi@example.vn"))
    r = SYS.post("/quan-tri/co-quan/%s" % A, agency_form(
        AG_CODES[0], TN + " Cơ quan A", cap_tren="", email="moi@example.vn"))
    check_eq(r.status, 303, "system admin edits an agency")
    r = get("/co-quan/" + AG_CODES[0])
    check("moi@example.vn" in r.text,
          "the public agency page shows the new e-mail at once")


# --- accounts and roles ----------------------------------------------------

def staff_form(login, **kw):
    f = {"ho_ten": "Cán bộ Thử", "email": login + "@example.vn",
         "ten_dang_nhap": login, "dien_thoai": "", "mat_khau": PW,
         "mat_khau_2": PW, "vai_tro": "clerk", "co_quan": str(A)}
    f.update(kw)
    return f


def count_login(login):
    return int(one("SELECT COUNT(*) FROM account WHERE login = '%s'" % login))


def test_create_staff():
    for name, who, form in (
            ("controller", CTL, staff_form(TL + "-n1")),
            ("citizen", CIT, staff_form(TL + "-n1")),
            ("clerk of A", CLERK, staff_form(TL + "-n1")),
            ("agency admin B, in A", AB, staff_form(TL + "-n1")),
            ("agency admin A, in B (edited id)", AA,
             staff_form(TL + "-n1", co_quan=str(B))),
            ("agency admin A, as agency admin", AA,
             staff_form(TL + "-n1", vai_tro="agency_admin")),
            ("agency admin A, as system admin", AA,
             staff_form(TL + "-n1", vai_tro="system_admin", co_quan="")),
            ("agency admin A, without a role", AA,
             staff_form(TL + "-n1", vai_tro=""))):
        refused("create staff as %s" % name, who, "/quan-tri/nguoi-dung/moi",
                form)
    r = AA.post("/quan-tri/nguoi-dung/moi", staff_form(
        "Testadm N1", mat_khau="Qz7", mat_khau_2="khac", email="x"))
    check_eq(r.status, 422, "bad staff form → 422")
    for f in ("ten_dang_nhap", "email", "mat_khau", "mat_khau_2"):
        check('id="e-%s"' % f in r.text, "error beside %s" % f)
    check("Qz7" not in r.text and PW not in r.text, "passwords not echoed")
    r = AA.post("/quan-tri/nguoi-dung/moi", staff_form(TL + "-n1"))
    check_eq(r.status, 303, "agency admin A creates a clerk of A")
    row = sql("SELECT a.kind, a.status, LEFT(a.password_hash, 1), g.role,"
              " g.agency_id FROM account a JOIN role_grant g ON"
              " g.account_id = a.id WHERE a.login = '%s-n1'" % TL)
    check_eq(row, [["staff", "active", "$", "clerk", str(A)]],
             "active staff account, crypt hash, clerk of A")
    r = SYS.post("/quan-tri/nguoi-dung/moi", staff_form(
        TL + "-n2", vai_tro="", co_quan=""))
    check(r.status == 303 and count_login(TL + "-n2") == 1,
          "system admin creates a staff account without a role")
    r = SYS.post("/quan-tri/nguoi-dung/moi", staff_form(TL + "-n2"))
    check(r.status == 422 and "đã có người dùng" in r.text,
          "a login already used → error beside it")
    leaked = one("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%%%s%%'"
                 " OR object LIKE '%%%s%%'" % (PW, PW))
    check_eq(leaked, "0", "no password in the audit log")


def grant(who, target, role, ag, csrf=True):
    return who.post("/quan-tri/nguoi-dung/%s/cap-quyen" % target,
                    {"vai_tro": role, "co_quan": str(ag) if ag else ""}, csrf)


def grants_of(aid):
    return sorted(tuple(r) for r in sql(
        "SELECT role, COALESCE(agency_id, 0) FROM role_grant"
        " WHERE account_id = %s" % aid))


def test_grants():
    cases = (
        ("agency admin A grants in B (edited id)", AA, CLERK.id, "clerk", B),
        ("agency admin A grants to B's staff", AA, STAFF_B.id, "clerk", A),
        ("agency admin A grants agency_admin", AA, CLERK.id, "agency_admin",
         A),
        ("agency admin A grants system_admin", AA, CLERK.id, "system_admin",
         None),
        ("agency admin A grants controller", AA, CLERK.id, "controller", None),
        ("agency admin B grants in A", AB, CLERK.id, "leader", A),
        ("controller grants", CTL, CLERK.id, "leader", A),
        ("citizen grants", CIT, CLERK.id, "leader", A),
        ("clerk grants", CLERK, CLERK.id, "leader", A))
    for what, who, target, role, ag in cases:
        refused(what, who, "/quan-tri/nguoi-dung/%s/cap-quyen" % target,
                {"vai_tro": role, "co_quan": str(ag) if ag else ""})
    r = grant(AA, CLERK.id, "specialist", A)
    check(r.status == 303 and ("specialist", str(A)) in grants_of(CLERK.id),
          "agency admin A grants specialist in A to its clerk")
    r = grant(AA, CLERK.id, "specialist", A)
    check(r.status == 422 and 'id="e-vai_tro"' in r.text,
          "the same grant twice → error beside the role")
    r = grant(SYS, CIT.id, "clerk", A)
    check(r.status == 422 and grants_of(CIT.id) == [],
          "no staff role for an applicant's account")
    r = grant(SYS, STAFF_B.id, "leader", B)
    check(r.status == 303 and ("leader", str(B)) in grants_of(STAFF_B.id),
          "system admin grants leader in B")
    r = grant(SYS, STAFF_B.id, "controller", A)
    check(r.status == 303 and ("controller", "0") in grants_of(STAFF_B.id),
          "system admin grants controller (no agency)")
    gid = lambda aid, role: one(
        "SELECT id FROM role_grant WHERE account_id = %s AND role = '%s'"
        % (aid, role))
    for what, who, target, g in (
            ("agency admin A revokes B's grant", AA, STAFF_B.id,
             gid(STAFF_B.id, "leader")),
            ("agency admin B revokes A's grant", AB, CLERK.id,
             gid(CLERK.id, "specialist")),
            ("controller revokes", CTL, CLERK.id, gid(CLERK.id, "specialist")),
            ("system admin revokes its own system_admin", SYS, SYS.id,
             gid(SYS.id, "system_admin"))):
        refused(what, who, "/quan-tri/nguoi-dung/%s/thu-hoi" % target,
                {"id": g})
    refused("a grant id of another account than the path's", AA,
            "/quan-tri/nguoi-dung/%s/thu-hoi" % CLERK.id,
            {"id": gid(STAFF_B.id, "leader")}, want=404)
    r = AA.post("/quan-tri/nguoi-dung/%s/thu-hoi" % CLERK.id,
                {"id": gid(CLERK.id, "specialist")})
    check(r.status == 303 and
          ("specialist", str(A)) not in grants_of(CLERK.id),
          "agency admin A revokes its clerk's specialist role")


def test_status():
    target = Who(TL + "-target", grants=[("clerk", A)])
    sql("UPDATE account SET request = 'suspend' WHERE id = %s" % target.id)
    check_eq(target.get("/tai-khoan").status, 200, "target logged in")
    for name, who in (("agency admin A", AA), ("controller", CTL),
                      ("citizen", CIT)):
        refused("suspend as %s" % name, who,
                "/quan-tri/nguoi-dung/%s/trang-thai" % target.id,
                {"thao_tac": "suspend"})
    r = SYS.get("/quan-tri/nguoi-dung?cho_xu_ly=1&q=" + TL)
    check(TL + "-target" in r.text, "pending requests are listed")
    r = SYS.post("/quan-tri/nguoi-dung/%s/trang-thai" % target.id,
                 {"thao_tac": "suspend"})
    check_eq(r.status, 303, "system admin suspends")
    check_eq(sql("SELECT status, request FROM account WHERE id = %s"
                 % target.id), [["suspended", "none"]],
             "suspended, request answered")
    check_eq(one("SELECT COUNT(*) FROM session WHERE account_id = %s"
                 % target.id), "0", "its sessions are gone")
    r = target.get("/tai-khoan")
    check(r.status == 303 and "dang-nhap" in (r.header("location") or ""),
          "its cookie now gets the login redirect")
    r = SYS.post("/quan-tri/nguoi-dung/%s/trang-thai" % target.id,
                 {"thao_tac": "suspend"})
    check_eq(r.status, 409, "suspending a suspended account → 409")
    r = SYS.post("/quan-tri/nguoi-dung/%s/trang-thai" % target.id,
                 {"thao_tac": "reactivate"})
    check(r.status == 303 and one("SELECT status FROM account WHERE id = %s"
                                  % target.id) == "active", "reactivated")
    target.new_session()
    r = SYS.post("/quan-tri/nguoi-dung/%s/trang-thai" % target.id,
                 {"thao_tac": "cancel"})
    check(r.status == 303 and one("SELECT status FROM account WHERE id = %s"
                                  % target.id) == "cancelled" and
          target.get("/tai-khoan").status == 303,
          "cancelled, sessions ended")
    r = SYS.post("/quan-tri/nguoi-dung/%s/trang-thai" % SYS.id,
                 {"thao_tac": "suspend"})
    check(r.status == 409 and one("SELECT status FROM account WHERE id = %s"
                                  % SYS.id) == "active",
          "the system admin cannot suspend itself")


# --- settings and the audit log ----------------------------------------------

def test_settings():
    mine = TL + ".limit"     # a numeric setting of this run only
    sql("INSERT INTO setting (name, value) VALUES ('%s', '5')" % mine)
    value = lambda n: one("SELECT value FROM setting WHERE name = '%s'" % n)
    for name, who in ROLES.items():
        if name != "system admin":
            refused("setting as %s" % name, who, "/quan-tri/cai-dat", {
                "khoa": "login.max_failures", "gia_tri": "9"})
    for key, bad in (("login.max_failures", "abc"),
                     ("login.max_failures", "0"),
                     ("login.max_failures", "-3"),
                     ("login.max_failures", "100000"), (mine, "abc"),
                     (mine, "0"), (mine, "")):
        before = value(key)
        r = SYS.post("/quan-tri/cai-dat", {"khoa": key, "gia_tri": bad})
        check(r.status == 422 and 'id="e-gia_tri-' in r.text and
              ('value="%s"' % bad) in r.text and value(key) == before,
              "setting %s = %r refused beside the field, typed value kept"
              % (key, bad))
    refused("a setting that does not exist", SYS, "/quan-tri/cai-dat",
            {"khoa": TL + ".nothing", "gia_tri": "1"}, want=404)
    r = SYS.post("/quan-tri/cai-dat", {"khoa": mine, "gia_tri": "42"})
    check(r.status == 303 and value(mine) == "42",
          "system admin changes a setting")
    check(SYS.get("/quan-tri/cai-dat?da_luu=setting").status == 200,
          "the settings page after saving")


def test_audit():
    r = CTL.get("/quan-tri/nhat-ky?hanh_dong=grant&nguoi_thuc_hien=%s-aa"
                % TL)
    check_eq(r.status, 200, "the controller reads the audit log")
    check("grant.add" in r.text and "grant.remove" in r.text,
          "filtered by family and actor: grant.add, grant.remove")
    check("agency.update" not in r.text, "…and nothing else")
    r = SYS.get("/quan-tri/nhat-ky?hanh_dong=account.suspend")
    check("account.suspend" in r.text, "the system admin reads it too")
    actions = {row[0] for row in sql(
        "SELECT DISTINCT action FROM audit_log WHERE actor_login LIKE"
        " '%s%%'" % TL)}
    for a in ("agency.create", "agency.update", "user.create", "grant.add",
              "grant.remove", "account.suspend", "account.reactivate",
              "account.cancel", "setting.update", "deny"):
        check(a in actions, "audit log has %s" % a)
    check(PW not in r.text, "no password shown")


# --- procedures --------------------------------------------------------------

def proc_form(**kw):
    f = {"ma_thu_tuc": PCODE, "ten": TN + " Cấp giấy phép thử nghiệm",
         "linh_vuc": FIELD, "co_quan": str(A), "cap_tinh": "1",
         "muc_do": "3", "dich_vu_truc_tuyen": "1",
         "thoi_han": "15 ngày làm việc", "so_ngay": "15",
         "don_vi": "working_days", "phi": "Không", "muc_phi": "0",
         "trinh_tu": "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.",
         "cach_thuc": "Trực tuyến", "dieu_kien": "", "ket_qua": "Giấy phép",
         "can_cu": "Luật Thử nghiệm", "doi_tuong": "Công dân",
         "dia_diem": "", "huong_dan": "", "quyet_dinh": "",
         "ngay_ap_dung": ""}
    f.update(kw)
    return f


def versions():
    return sql("SELECT version, status, is_current, name FROM"
               " procedure_version WHERE code = '%s' ORDER BY version" % PCODE)


def public(path="/thu-tuc/" + PCODE):
    return get(path)


def test_procedures():
    refused("create a draft for B as agency admin A (edited id)", AA,
            "/quan-tri/thu-tuc/moi", proc_form(co_quan=str(B)))
    refused("create a draft as controller", CTL, "/quan-tri/thu-tuc/moi",
            proc_form())
    refused("create a draft as citizen", CIT, "/quan-tri/thu-tuc/moi",
            proc_form())
    r = AA.post("/quan-tri/thu-tuc/moi", proc_form(
        ma_thu_tuc="bad code!", ten="", so_ngay="abc", cap_tinh=""))
    check_eq(r.status, 422, "bad procedure form → 422")
    for f in ("ma_thu_tuc", "ten", "so_ngay", "cap_bo"):
        check('id="e-%s"' % f in r.text, "error beside %s" % f)
    check("Bước 2: nhận kết quả." in r.text, "the steps typed are kept")
    r = AA.post("/quan-tri/thu-tuc/moi", proc_form())
    check_eq(r.status, 303, "agency admin A creates a draft")
    pid = one("SELECT id FROM procedure_version WHERE code = '%s'" % PCODE)
    check_eq(versions(), [["1", "draft", "0",
                           TN + " Cấp giấy phép thử nghiệm"]],
             "version 1, draft, not current")
    st = one("SELECT search_text FROM procedure_version WHERE id = %s" % pid)
    check(st is not None and " cap giay phep thu nghiem " in st and
          " %s 1 " % TL in st and " %s co quan a " % TL in st,
          "search_text = folded name, code, field, agency")
    check_eq(one("SELECT COUNT(*) FROM procedure_agency WHERE procedure_id ="
                 " %s AND agency_id = %s" % (pid, A)), "1",
             "the draft belongs to agency A")
    refused("create the same code again", AA, "/quan-tri/thu-tuc/moi",
            proc_form(), want=422)

    # another agency, the controller, a citizen: nothing
    check_eq(AB.get("/quan-tri/thu-tuc/%s" % pid).status, 403,
             "agency admin B cannot open A's draft")
    check(PCODE not in AB.get("/quan-tri/thu-tuc?q=" + TL).text,
          "…nor see it in its list")
    check_eq(CTL.get("/quan-tri/thu-tuc/%s" % pid).status, 200,
             "the controller reads A's draft")
    for what, who in (("agency admin B", AB), ("controller", CTL),
                      ("citizen", CIT), ("clerk of A", CLERK)):
        refused("edit A's draft as " + what, who, "/quan-tri/thu-tuc/%s" % pid,
                proc_form(ten=TN + " bị sửa"))
        refused("publish A's draft as " + what, who,
                "/quan-tri/thu-tuc/%s/cong-bo" % pid)
        refused("add a component to A's draft as " + what, who,
                "/quan-tri/thu-tuc/%s/thanh-phan" % pid, {"ten": "Giấy tờ"})
        refused("add an e-form field to A's draft as " + what, who,
                "/quan-tri/thu-tuc/%s/truong" % pid,
                {"ma_truong": "x", "nhan": "X", "kieu": "text"})
    refused("move A's draft to agency B as agency admin A", AA,
            "/quan-tri/thu-tuc/%s" % pid, proc_form(co_quan=str(B)))

    # not public while a draft (twice: the 404 gets cached)
    check_eq(public().status, 404, "a draft is not public")
    r = public()
    check(r.status == 404 and r.header("x-cache") == "HIT",
          "…and that 404 sits in the micro-cache")

    r = AA.post("/quan-tri/thu-tuc/%s" % pid,
                proc_form(ten=TN + " Cấp giấy phép thử"))
    check(r.status == 303 and versions()[0][3] == TN + " Cấp giấy phép thử",
          "agency admin A edits its draft in place")
    check(" cap giay phep thu %s " % TL in one(
        "SELECT search_text FROM procedure_version WHERE id = %s" % pid),
          "search_text recomputed on save")
    r = AA.post("/quan-tri/thu-tuc/%s/thanh-phan" % pid, {
        "ten": "Đơn đề nghị", "ban_chinh": "1", "ban_sao": "0",
        "bat_buoc": "1", "nhom": "", "mau_don": ""})
    check_eq(r.status, 303, "component added")
    r = AA.post("/quan-tri/thu-tuc/%s/thanh-phan" % pid, {
        "ten": "", "ban_chinh": "x"})
    check(r.status == 422 and 'id="e-ten"' in r.text and
          'id="e-ban_chinh"' in r.text, "bad component → errors beside")
    r = AA.post("/quan-tri/thu-tuc/%s/truong" % pid, {
        "ma_truong": "ho_ten_me", "nhan": "Họ và tên mẹ", "kieu": "text",
        "bat_buoc": "1", "do_dai": "100"})
    check_eq(r.status, 303, "e-form field added")
    r = AA.post("/quan-tri/thu-tuc/%s/truong" % pid, {
        "ma_truong": "Ho Ten", "nhan": "X", "kieu": "select", "lua_chon": ""})
    check(r.status == 422 and 'id="e-ma_truong"' in r.text and
          'id="e-lua_chon"' in r.text, "bad e-form field → errors beside")
    r = AA.post("/quan-tri/thu-tuc/%s/truong" % pid, {
        "ma_truong": "ho_ten_me", "nhan": "Trùng", "kieu": "text"})
    check(r.status == 422 and "đã có trường" in r.text,
          "a field key used twice → error beside it")
    r = AA.post("/quan-tri/thu-tuc/%s/truong" % pid, {
        "ma_truong": "noi_cap", "nhan": "Nơi cấp", "kieu": "select",
        "lua_chon": "Hà Nội\nMinh Sơn"})
    check_eq(r.status, 303, "select field with choices added")

    refused("publish without a CSRF token", AA,
            "/quan-tri/thu-tuc/%s/cong-bo" % pid, csrf=None)
    refused("publish with a wrong CSRF token", AA,
            "/quan-tri/thu-tuc/%s/cong-bo" % pid, csrf=AB.csrf)
    r = AA.post("/quan-tri/thu-tuc/%s/cong-bo" % pid)
    check_eq(r.status, 303, "agency admin A publishes")
    check_eq(versions(), [["1", "published", "1", TN + " Cấp giấy phép thử"]],
             "version 1 published and current")
    r = public()
    check(r.status == 200 and TN + " Cấp giấy phép thử" in r.text,
          "public at once, without a cookie (cached 404 purged)")
    refused("edit a published version", AA, "/quan-tri/thu-tuc/%s" % pid,
            proc_form(ten=TN + " không được"), want=409)
    refused("add a component to a published version", AA,
            "/quan-tri/thu-tuc/%s/thanh-phan" % pid, {"ten": "X"}, want=409)
    refused("amend A's procedure as agency admin B", AB,
            "/quan-tri/thu-tuc/%s/sua-doi" % pid)
    refused("abolish A's procedure as the controller", CTL,
            "/quan-tri/thu-tuc/%s/bai-bo" % pid)

    r = AA.post("/quan-tri/thu-tuc/%s/sua-doi" % pid)
    check_eq(r.status, 303, "agency admin A amends")
    pid2 = one("SELECT id FROM procedure_version WHERE code = '%s' AND"
               " version = 2" % PCODE)
    check(pid2 is not None and r.header("location", ) is not None and
          r.header("location").startswith("/quan-tri/thu-tuc/%s" % pid2),
          "…and lands on the new draft")
    check_eq([v[:3] for v in versions()], [["1", "published", "1"],
                                           ["2", "draft", "0"]],
             "v2 is a draft; v1 stays current")
    check_eq(one("SELECT COUNT(*) FROM procedure_component WHERE"
                 " procedure_id = %s" % pid2), "1", "components copied")
    check_eq(one("SELECT GROUP_CONCAT(name ORDER BY seq) FROM"
                 " procedure_form_field WHERE procedure_id = %s" % pid2),
             "ho_ten_me,noi_cap", "e-form fields copied")
    check_eq(one("SELECT COUNT(*) FROM procedure_agency WHERE procedure_id ="
                 " %s AND agency_id = %s" % (pid2, A)), "1",
             "agency link copied")
    r = AA.post("/quan-tri/thu-tuc/%s/sua-doi" % pid)
    check(r.status == 303 and len(versions()) == 2,
          "amending again goes to the same draft")
    r = AA.post("/quan-tri/thu-tuc/%s" % pid2,
                proc_form(ten=TN + " Cấp giấy phép thử (sửa đổi)"))
    check_eq(r.status, 303, "the amendment is edited")
    check("(sửa đổi)" not in public().text, "the public still sees v1")
    r = AA.post("/quan-tri/thu-tuc/%s/cong-bo" % pid2)
    check_eq(r.status, 303, "v2 published")
    check_eq([v[:3] for v in versions()], [["1", "published", "0"],
                                           ["2", "published", "1"]],
             "v1 kept published, no longer current; v2 current")
    r = public()
    check(TN + " Cấp giấy phép thử (sửa đổi)" in r.text,
          "/thu-tuc/<code> shows v2 at once")
    r = public("/thu-tuc/%s?phien-ban=1" % PCODE)
    check(r.status == 200 and "(sửa đổi)" not in r.text and
          TN + " Cấp giấy phép thử" in r.text and
          "không phải phiên bản đang áp dụng" in r.text,
          "?phien-ban=1 shows v1, marked as not current")

    refused("abolish v1 (not current)", AA,
            "/quan-tri/thu-tuc/%s/bai-bo" % pid, want=409)
    r = AA.post("/quan-tri/thu-tuc/%s/bai-bo" % pid2)
    check_eq(r.status, 303, "agency admin A abolishes")
    check_eq([v[:3] for v in versions()], [["1", "published", "0"],
                                           ["2", "abolished", "1"]],
             "v2 abolished, history kept")
    r = public()
    check(r.status == 200 and "đã bị bãi bỏ" in r.text,
          "the public page is marked abolished at once")
    actions = [row[0] for row in sql(
        "SELECT action FROM audit_log WHERE actor_login = '%s-aa' AND"
        " action LIKE 'procedure.%%' ORDER BY id" % TL)]
    check_eq(actions, ["procedure.create", "procedure.update",
                       "procedure.publish", "procedure.amend",
                       "procedure.update", "procedure.publish",
                       "procedure.abolish"], "every lifecycle step audited")


# --- CSRF on every state-changing form --------------------------------------

def test_csrf():
    pid = one("SELECT id FROM procedure_version WHERE code = '%s' AND"
              " version = 1" % PCODE)
    g = one("SELECT id FROM role_grant WHERE account_id = %s" % CLERK.id)
    posts = (
        ("/quan-tri/co-quan/moi", agency_form(AG_CODES[2], TN + " D")),
        ("/quan-tri/co-quan/%s" % A, agency_form(AG_CODES[0], TN + " X")),
        ("/quan-tri/nguoi-dung/moi", staff_form(TL + "-n9")),
        ("/quan-tri/nguoi-dung/%s/cap-quyen" % CLERK.id,
         {"vai_tro": "leader", "co_quan": str(A)}),
        ("/quan-tri/nguoi-dung/%s/thu-hoi" % CLERK.id, {"id": g}),
        ("/quan-tri/nguoi-dung/%s/trang-thai" % CLERK.id,
         {"thao_tac": "suspend"}),
        ("/quan-tri/cai-dat", {"khoa": "login.max_failures", "gia_tri": "8"}),
        ("/quan-tri/thu-tuc/moi", proc_form(ma_thu_tuc=TN + ".2")),
        ("/quan-tri/thu-tuc/%s" % pid, proc_form()),
        ("/quan-tri/thu-tuc/%s/cong-bo" % pid, {}),
        ("/quan-tri/thu-tuc/%s/sua-doi" % pid, {}),
        ("/quan-tri/thu-tuc/%s/bai-bo" % pid, {}),
        ("/quan-tri/thu-tuc/%s/thanh-phan" % pid, {"ten": "X"}),
        ("/quan-tri/thu-tuc/%s/truong" % pid,
         {"ma_truong": "x", "nhan": "X", "kieu": "text"}))
    for path, form in posts:
        refused("POST %s without CSRF token" % path, SYS, path, form, None)
        refused("POST %s with another session's token" % path, SYS, path,
                form, CTL.csrf)


try:
    test_anonymous()
    test_read_matrix()
    test_lists_scoped()
    test_agencies()
    test_create_staff()
    test_grants()
    test_status()
    test_settings()
    test_procedures()
    test_csrf()
    test_audit()
finally:
    cleanup(TL, TN)
done()
