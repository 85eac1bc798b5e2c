"""The working calendar page /quan-tri/lich (SPEC §7) over the real stack:
a system admin fills 2030 from the default holidays and the rows match
the Vietnamese lunar calendar; adds a swapped working Saturday and a
bridge day off, changes a name, deletes a day; a citizen, an agency
admin and the controller get 403; a POST without its CSRF token gets
403; a wrong date is a 422 form with the message beside the field and
nothing stored; every change is in the audit log.

Sessions are made in SQL as in admin.py (PAM is not exercised here).
The calendar is one table for the whole portal, so this test owns the
year 2030 of the development database: it empties it before and after.
Accounts start with testcal<run>, the agency name with TESTCAL<run>."""
import datetime
import random
import re

from dvchttp import Who, check, check_eq, done, get, request, sql

YEAR = 2030
RUN = "%06d" % random.randrange(1000000)
TL = "testcal" + RUN
TN = "TESTCAL" + RUN
URL = "/quan-tri/lich"

# The default holidays of 2030 as the portal must propose them.
#
# The lunar dates were verified independently of cgi-bin/lib/cal.c, with
# Hồ Ngọc Đức's algorithm for UTC+7: the new moon of 2 February 2030 falls
# at 16:07 UTC, 23:07 in Vietnam, so 1 Giêng Canh Tuất (Tết) is Saturday
# 2 February 2030 in Vietnam (the Chinese New Year, at UTC+8, is 3 Feb);
# month 3 begins on 3 April, so Giỗ Tổ (10/3) is Friday 12 April 2030;
# Tháng Chạp of Kỷ Dậu begins on 4 January 2030 and has 29 days.
# Tết holidays are the last day of the lunar year and 1..4 Giêng.
D = datetime.date
TET = D(2030, 2, 2)
GIO_TO = D(2030, 4, 12)


def defaults_2030():
    """[(date, name)]: the fixed holidays and the lunar ones above, with
    the adjacent day of 2/9 and the Nghỉ bù days derived here from
    Python's own calendar (cal.h's rules: 3/9 when 2/9 is a Sunday,
    Monday or Thursday, else 1/9; a holiday on a weekend gives a Nghỉ bù
    on the first following weekday that is neither a holiday nor already
    a Nghỉ bù day)."""
    base = [(D(2030, 1, 1), "Tết Dương lịch", "Nghỉ bù Tết Dương lịch")]
    base += [(TET + datetime.timedelta(days=i), "Tết Nguyên đán",
              "Nghỉ bù Tết Nguyên đán") for i in range(-1, 4)]
    base += [(GIO_TO, "Giỗ Tổ Hùng Vương", "Nghỉ bù Giỗ Tổ Hùng Vương"),
             (D(2030, 4, 30), "Ngày Chiến thắng", "Nghỉ bù Ngày Chiến thắng"),
             (D(2030, 5, 1), "Ngày Quốc tế Lao động",
              "Nghỉ bù Ngày Quốc tế Lao động")]
    qk = D(2030, 9, 2)
    adj = 1 if qk.isoweekday() in (7, 1, 4) else -1
    base += [(qk, "Quốc khánh", "Nghỉ bù Quốc khánh"),
             (qk + datetime.timedelta(days=adj), "Quốc khánh",
              "Nghỉ bù Quốc khánh")]
    taken = {d for d, _, _ in base}
    out = [(d, n) for d, n, _ in base]
    for d, _, comp in sorted(base):
        if d.isoweekday() < 6:
            continue
        c = d + datetime.timedelta(days=1)
        while c.isoweekday() >= 6 or c in taken:
            c += datetime.timedelta(days=1)
        taken.add(c)
        out.append((c, comp))
    return sorted((d.isoformat(), "holiday", n) for d, n in out)


def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def one(q):
    rows = sql(q)
    return rows[0][0] if rows and rows[0] else None


def year_rows():
    """The stored rows of YEAR: [(date, kind, name)]."""
    return [tuple(r) for r in sql(
        "SELECT day, kind, name FROM calendar_day WHERE day BETWEEN"
        " '%d-01-01' AND '%d-12-31' ORDER BY day" % (YEAR, YEAR))]


def cleanup(tl, tn):
    sql("DELETE FROM calendar_day WHERE day BETWEEN '%d-01-01' AND"
        " '%d-12-31'" % (YEAR, YEAR))
    sql("DELETE FROM role_grant WHERE account_id IN (SELECT id FROM account"
        " WHERE login LIKE '%s%%') OR agency_id IN (SELECT id FROM agency"
        " WHERE name LIKE '%s%%')" % (tl, tn))
    sql("DELETE FROM account WHERE login LIKE '%s%%'" % tl)
    sql("DELETE FROM audit_log WHERE actor_login LIKE '%s%%'" % tl)
    sql("DELETE FROM agency WHERE name LIKE '%s%%'" % tn)


def free_code():
    while True:
        c = "999.%02d.%02d.H97" % (random.randrange(100),
                                   random.randrange(100))
        if one("SELECT COUNT(*) FROM agency WHERE code = '%s'" % c) == "0":
            return c




def refused(what, who, path, form, csrf=True, want=403):
    before = year_rows()
    r = who.post(path, form, csrf)
    check(r.status == want and year_rows() == before,
          "%s → %d, nothing changed (got %d)" % (what, want, r.status))
    return r


def saved(r, what):
    check(r.status == 303 and (r.header("location") or "").startswith(
        "%s?nam=%d&da_luu=" % (URL, YEAR)), "%s → 303 back to %d (got %d %s)"
        % (what, YEAR, r.status, r.header("location")))


def error_beside(r, field, msg, what):
    """The message in the error paragraph of field, the input marked."""
    m = re.search(r'<p class="error" id="e-%s">([^<]*)</p>' % field, r.text)
    check(m is not None and msg in m.group(1),
          "%s: %r beside %s (got %r)" % (what, msg, field,
                                        m.group(1) if m else None))


def row_html(r, iso):
    m = re.search(r'<tr><td data-label="Ngày"><time datetime="%s">.*?</tr>'
                  % iso, r.text, re.S)
    return m.group(0) if m else ""


# --- fixtures ---------------------------------------------------------------

cleanup("testcal", "TESTCAL")
sql("INSERT INTO agency (code, name, level, address, email, phone) VALUES"
    " ('%s', '%s', 1, 'Số 1', 'a@example.vn', '0299 3810 001')"
    % (free_code(), esc(TN + " Cơ quan")))
AG = one("SELECT id FROM agency WHERE name = '%s'" % esc(TN + " Cơ quan"))
SYS = Who(TL + "-sys", grants=[("system_admin", None)])
AA = Who(TL + "-aa", grants=[("agency_admin", AG)])
CTL = Who(TL + "-ctl", grants=[("controller", None)])
CIT = Who(TL + "-cit", kind="citizen")


def test_empty_year():
    r = SYS.get("%s?nam=%d" % (URL, YEAR))
    check_eq(r.status, 200, "system admin opens the calendar of %d" % YEAR)
    check("Năm %d chưa được duyệt" % YEAR in r.text,
          "an empty year says so")
    check(re.search(r'<form[^>]*action="/quan-tri/lich/mac-dinh" method='
                    r'"post"><input type="hidden" name="csrf"', r.text)
          is not None and "Điền ngày nghỉ mặc định</button>" in r.text,
          "…and offers to fill the defaults (a POST with the CSRF token)")
    check('href="%s?nam=%d"' % (URL, YEAR - 1) in r.text and
          'href="%s?nam=%d"' % (URL, YEAR + 1) in r.text,
          "links to the previous and the next year")
    r = SYS.get("/quan-tri")
    check('href="/quan-tri/lich"' in r.text, "the admin menu links to it")
    r = AA.get("/quan-tri")
    check(r.status == 200 and 'href="/quan-tri/lich"' not in r.text,
          "…not for an agency admin")


def test_refused():
    denies = int(one("SELECT COUNT(*) FROM audit_log WHERE action = 'deny'"
                     " AND actor_login LIKE '%s%%'" % TL))
    for name, who in (("citizen", CIT), ("agency admin", AA),
                      ("controller", CTL)):
        check_eq(who.get("%s?nam=%d" % (URL, YEAR)).status, 403,
                 "GET as %s" % name)
        refused("fill as %s" % name, who, URL + "/mac-dinh",
                {"nam": str(YEAR)})
        refused("add a day as %s" % name, who, URL, {
            "nam": str(YEAR), "ngay": "01/06/%d" % YEAR,
            "loai_ngay": "holiday", "ten": "Thử"})
    got = int(one("SELECT COUNT(*) FROM audit_log WHERE action = 'deny'"
                  " AND actor_login LIKE '%s%%' AND object LIKE"
                  " '/quan-tri/lich%%'" % TL))
    check_eq(got - denies, 9, "every 403 is in the audit log")
    r = get("%s?nam=%d" % (URL, YEAR))
    check(r.status == 303 and "dang-nhap" in (r.header("location") or ""),
          "anonymous → the login page")
    refused("fill without a CSRF token", SYS, URL + "/mac-dinh",
            {"nam": str(YEAR)}, csrf=False)
    refused("fill with another session's token", SYS, URL + "/mac-dinh",
            {"nam": str(YEAR)}, csrf=CIT.csrf)
    refused("add without a CSRF token", SYS, URL, {
        "nam": str(YEAR), "ngay": "01/06/%d" % YEAR,
        "loai_ngay": "holiday", "ten": "Thử"}, csrf=False)
    r = refused("a year outside 1901..2099", SYS, URL + "/mac-dinh",
                {"nam": "2100"}, want=422)
    error_beside(r, "nam", "Năm phải từ 1901 đến 2099", "fill 2100")
    r = SYS.get(URL + "?nam=1900")
    check_eq(r.status, 400, "GET ?nam=1900 → 400")
    error_beside(r, "nam", "Năm phải từ 1901 đến 2099", "GET ?nam=1900")


def test_fill():
    r = SYS.post(URL + "/mac-dinh", {"nam": str(YEAR)})
    saved(r, "fill %d" % YEAR)
    want = defaults_2030()
    check_eq(len(want), 13, "13 default days in 2030 (expectation)")
    check_eq(year_rows(), want, "the rows are the default holidays of 2030")
    tet = [d for d, _, n in want if n == "Tết Nguyên đán"]
    check_eq(tet, ["2030-02-01", "2030-02-02", "2030-02-03", "2030-02-04",
                   "2030-02-05"], "Tết: the last day of Kỷ Dậu and 1..4 Giêng Canh Tuất")
    check_eq([d for d, _, n in want if n == "Nghỉ bù Tết Nguyên đán"],
             ["2030-02-06", "2030-02-07"],
             "Tết on Saturday and Sunday: two Nghỉ bù days after it")
    check_eq([d for d, _, n in want if n == "Quốc khánh"],
             ["2030-09-02", "2030-09-03"], "2/9 is a Monday: 3/9 with it")

    r = SYS.get(r.header("location"))
    check("Đã điền ngày nghỉ mặc định" in r.text, "the page says it is done")
    tr = row_html(r, TET.isoformat())
    check("02/02/2030" in tr and "Thứ Bảy" in tr and
          '<td data-label="Âm lịch">1/1</td>' in tr and "Tết Nguyên đán" in tr
          and "Ngày nghỉ" in tr, "Tết row: date, weekday, lunar 1/1, kind")
    tr = row_html(r, GIO_TO.isoformat())
    check("12/04/2030" in tr and "Thứ Sáu" in tr and
          '<td data-label="Âm lịch">10/3</td>' in tr and "Giỗ Tổ" in tr,
          "Giỗ Tổ row: lunar 10/3")
    tr = row_html(r, "2030-02-01")
    check('<td data-label="Âm lịch">29/12</td>' in tr,
          "the day before Tết is 29 Tháng Chạp (a 29-day month)")
    check('name="xoa" value="1"' in tr and 'name="csrf"' in tr,
          "each row has a delete button with the CSRF token")
    check("chưa được duyệt" not in r.text and "mac-dinh" not in r.text,
          "no fill button once the year has days")
    fills = one("SELECT COUNT(*) FROM audit_log WHERE actor_login = '%s'"
                " AND action = 'calendar.fill' AND object = 'calendar:%d'"
                % (SYS.login, YEAR))
    check_eq(fills, "1", "the fill is in the audit log")
    refused("filling a year that has days", SYS, URL + "/mac-dinh",
            {"nam": str(YEAR)}, want=409)


def test_edit():
    # A bridge day off on Monday 29/4, paid back on Saturday 11/5.
    r = SYS.post(URL, {"nam": str(YEAR), "ngay": "11/05/2030",
                       "loai_ngay": "workday", "ten": "Làm bù ngày 29/4"})
    saved(r, "add a working Saturday (dd/mm/yyyy)")
    r = SYS.post(URL, {"nam": str(YEAR), "ngay": "2030-04-29",
                       "loai_ngay": "holiday", "ten": "Nghỉ hoán đổi"})
    saved(r, "add a bridge day (yyyy-mm-dd)")
    rows = dict((d, (k, n)) for d, k, n in year_rows())
    check_eq(rows.get("2030-05-11"), ("workday", "Làm bù ngày 29/4"),
             "the working Saturday is stored")
    check_eq(rows.get("2030-04-29"), ("holiday", "Nghỉ hoán đổi"),
             "the bridge day is stored")
    r = SYS.get(r.header("location"))
    tr = row_html(r, "2030-05-11")
    check("Thứ Bảy" in tr and "Ngày làm bù" in tr, "shown as a working "
          "Saturday")

    r = SYS.get("%s?ngay=2030-09-03" % URL)
    check(r.status == 200 and 'value="03/09/2030"' in r.text and
          'value="Quốc khánh"' in r.text and
          '<option value="holiday" selected>' in r.text,
          "?ngay= fills the form with the stored day")
    r = SYS.post(URL, {"nam": str(YEAR), "ngay": "3/9/2030",
                       "loai_ngay": "holiday",
                       "ten": "Quốc khánh (ngày liền kề)"})
    saved(r, "change a name")
    check_eq(one("SELECT name FROM calendar_day WHERE day = '2030-09-03'"),
             "Quốc khánh (ngày liền kề)", "the name is changed")

    r = SYS.post(URL, {"nam": str(YEAR), "ngay": "2030-04-29", "xoa": "1"})
    saved(r, "delete a day")
    check_eq(one("SELECT COUNT(*) FROM calendar_day WHERE day ="
                 " '2030-04-29'"), "0", "the day is deleted")
    refused("deleting it again", SYS, URL,
            {"nam": str(YEAR), "ngay": "2030-04-29", "xoa": "1"}, want=404)
    refused("delete without a CSRF token", SYS, URL,
            {"nam": str(YEAR), "ngay": "2030-05-11", "xoa": "1"}, csrf=False)


def test_invalid():
    cases = (
        ("31/02/2030", "holiday", "Thử",
         "ngay", "Không có ngày 31 tháng 2 năm 2030 trong lịch."),
        ("2030-13-01", "holiday", "Thử",
         "ngay", "Không có ngày 1 tháng 13 năm 2030 trong lịch."),
        ("30-04-2030", "holiday", "Thử", "ngay", "Ngày phải có dạng"),
        ("01/01/2100", "holiday", "Thử", "ngay", "Năm phải từ 1901 đến 2099"),
        ("1900-12-31", "holiday", "Thử", "ngay", "Năm phải từ 1901 đến 2099"),
        ("", "holiday", "Thử", "ngay", "Vui lòng nhập ngày."),
        ("14/05/2030", "workday", "Thử", "ngay",
         "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày 14/05/2030 là Thứ"
         " Ba"),
        ("15/05/2030", "holiday", "", "ten", "Vui lòng nhập tên ngày"),
        ("15/05/2030", "holiday", "ệ" * 256, "ten", "Tên dài quá 255 ký tự."),
        ("15/05/2030", "nghi", "Thử", "loai_ngay", "Giá trị không hợp lệ"),
    )
    audit = one("SELECT COUNT(*) FROM audit_log WHERE actor_login = '%s'"
                % SYS.login)
    for day, kind, name, field, msg in cases:
        r = refused("%r / %s / %d chars" % (day, kind, len(name)), SYS, URL,
                    {"nam": str(YEAR), "ngay": day, "loai_ngay": kind,
                     "ten": name}, want=422)
        error_beside(r, field, msg, repr(day))
        check('value="%s"' % day in r.text and
              (name == "" or 'value="%s"' % name in r.text),
              "%r: what was typed is kept" % day)
        check('aria-invalid="true"' in r.text and
              "Thông tin chưa hợp lệ" in r.text, "%r: marked invalid" % day)
    check_eq(one("SELECT COUNT(*) FROM audit_log WHERE actor_login = '%s'"
                 % SYS.login), audit, "refused forms are not audited as "
             "changes")
    r = SYS.post(URL, {"nam": str(YEAR), "ngay": "15/05/2030",
                       "loai_ngay": "holiday", "ten": "ệ" * 255})
    saved(r, "a name of exactly 255 characters")
    check_eq(one("SELECT CHAR_LENGTH(name) FROM calendar_day WHERE day ="
                 " '2030-05-15'"), "255", "…stored whole")


def test_audit():
    rows = sql("SELECT action, object, detail FROM audit_log WHERE"
               " actor_login = '%s' AND action LIKE 'calendar.%%' ORDER BY id"
               % SYS.login)
    got = [(a, o) for a, o, _ in rows]
    check_eq(got, [
        ("calendar.fill", "calendar:2030"),
        ("calendar.create", "calendar:2030-05-11"),
        ("calendar.create", "calendar:2030-04-29"),
        ("calendar.update", "calendar:2030-09-03"),
        ("calendar.delete", "calendar:2030-04-29"),
        ("calendar.create", "calendar:2030-05-15"),
    ], "every change is in the audit log, in order")
    det = dict(((a, o), d) for a, o, d in rows)
    check_eq(det.get(("calendar.update", "calendar:2030-09-03")),
             "ngày nghỉ: Quốc khánh → ngày nghỉ: Quốc khánh (ngày liền kề)",
             "the update says what changed")
    check_eq(det.get(("calendar.fill", "calendar:2030")),
             "13 ngày nghỉ mặc định", "the fill says how many days")
    r = SYS.get("/quan-tri/nhat-ky?hanh_dong=calendar")
    check(r.status == 200 and "calendar:2030-09-03" in r.text,
          "the changes show in the audit log page")


try:
    test_empty_year()
    test_refused()
    test_fill()
    test_edit()
    test_invalid()
    test_audit()
finally:
    cleanup(TL, TN)
    check_eq(year_rows(), [], "the year %d is left empty" % YEAR)
done()
