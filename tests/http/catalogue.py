"""The catalogue over the real stack: nginx → FastCGI → MariaDB.

Status codes for good and bad input, escaping of hostile text, search
with and without diacritics and in NFD, JSON shapes, caching headers,
security headers, and that every published procedure is reachable in at
most three clicks from the home page.
"""
import re
import unicodedata

from dvchttp import check, check_eq, done, get, q, request, sql

XSS_CODE = "TEST.XSS1"


def test_home():
    r = get("/")
    check_eq(r.status, 200, "home answers 200")
    check('<html lang="vi">' in r.text, "home is Vietnamese HTML5")
    check("Theo lĩnh vực" in r.text and "Theo cơ quan" in r.text and
          "Theo cấp thực hiện" in r.text and "trực tuyến" in r.text,
          "home has ways in by field, agency, level and online class")
    check("<!--" not in r.text, "no ClearSilver timing comment")
    for h in ("content-security-policy", "x-content-type-options",
              "referrer-policy"):
        check(r.header(h) is not None, "security header %s" % h)
    check_eq(r.header("x-content-type-options"), "nosniff", "nosniff")


def total(path):
    r = get(path + ("&" if "?" in path else "?") + "format=json")
    if r.status != 200:
        return -1
    return r.json()["total"]


def test_search():
    n_all = total("/thu-tuc")
    check(n_all > 0, "the catalogue lists procedures (%d)" % n_all)
    plain = total("/thu-tuc?q=dat+dai")
    check(plain > 0, "'dat dai' finds procedures (%d)" % plain)
    for variant in ("Đất đai", "ĐẤT ĐAI", "đất   đai",
                    unicodedata.normalize("NFD", "Đất đai")):
        check_eq(total("/thu-tuc?q=" + q(variant)), plain,
                 "%r finds the same as 'dat dai'" % variant)
    r = get("/thu-tuc?q=dat+dai")
    check(re.search(r"[Đđ]ất đai", r.text) is not None,
          "results show 'đất đai' with diacritics")
    check_eq(total("/thu-tuc?q=zzzkhongco"), 0, "nonsense finds nothing")
    r = get("/thu-tuc?q=zzzkhongco")
    check(r.status == 200 and "Không tìm thấy" in r.text,
          "empty result says so")
    r = get("/thu-tuc?q=" + q("khai sinh") + "&trang=1")
    check(r.status == 200 and 'value="khai sinh"' in r.text,
          "the search box keeps what was typed")


def test_bad_input():
    cases = [
        ("/thu-tuc?trang=abc", 400, "page not a number"),
        ("/thu-tuc?trang=-1", 400, "negative page"),
        ("/thu-tuc?q=%C3", 400, "broken UTF-8 in query"),
        ("/thu-tuc?q=%ZZ", 400, "malformed percent escape"),
        ("/thu-tuc?q=" + "a" * 300, 400, "oversized search text"),
        ("/thu-tuc?cap=vu-tru", 400, "unknown level"),
        ("/thu-tuc?format=xml", 400, "unknown format"),
        ("/thu-tuc/KHONG.CO.MA", 404, "unknown national code"),
        ("/thu-tuc/%3Cscript%3E", 404, "code with markup"),
        ("/thu-tuc/1.000178/them", 404, "unknown sub-path"),
        ("/co-quan/KHONG.CO", 404, "unknown agency"),
        ("/khong-co-trang", 404, "unknown page"),
    ]
    for path, want, what in cases:
        r = get(path)
        check_eq(r.status, want, "%s → %d" % (what, want))
        check('<html lang="vi">' in r.text, "%s gives a Vietnamese page" % what)
    r = request("POST", "/thu-tuc", {"Content-Type":
                "application/x-www-form-urlencoded"}, b"q=x")
    check_eq(r.status, 405, "POST to the list → 405")
    check("GET" in (r.header("allow") or ""), "405 names the allowed methods")
    r = request("DELETE", "/thu-tuc/1.000178")
    check(r.status in (405,), "DELETE → 405 (got %d)" % r.status)
    r = get("/thu-tuc?q=" + "a" * 5000)
    check(r.status in (400, 414), "very long query refused (%d)" % r.status)


def test_xss():
    sql("DELETE FROM procedure_version WHERE code = '%s'" % XSS_CODE)
    sql("INSERT INTO procedure_version (code, version, status, is_current, "
        "name, agency_text, steps, channels_text, fee_text, subjects, result, "
        "legal_basis, requirements, place_hours, online_guide, search_text) "
        "VALUES ('%s', 1, 'published', 1, "
        "'<script>alert(1)</script> xsstest \"q\" &amp;', "
        "'<img src=x onerror=alert(2)>', '<b>bold</b>', '', '', '', '', '', "
        "'', '', '', ' script alert 1 script xsstest q amp ')" % XSS_CODE)
    try:
        r = get("/thu-tuc/" + XSS_CODE)
        check_eq(r.status, 200, "hostile procedure page answers")
        check("<script>alert" not in r.text, "script in name is inert")
        check("&lt;script&gt;alert(1)&lt;/script&gt;" in r.text,
              "name shown escaped")
        check("<img src=x" not in r.text and "<b>bold" not in r.text,
              "markup in other fields is inert")
        r = get("/thu-tuc?q=xsstest")
        check("<script>alert" not in r.text and "&lt;script&gt;" in r.text,
              "hostile name escaped in search results")
        r = get("/thu-tuc/" + XSS_CODE + "?format=json")
        check("<script>" not in r.text and r.json()["name"].startswith(
            "<script>"), "JSON escapes < and keeps the text")
    finally:
        sql("DELETE FROM procedure_version WHERE code = '%s'" % XSS_CODE)


def any_code():
    return sql("SELECT code FROM procedure_version WHERE is_current = 1 "
               "AND status = 'published' ORDER BY code LIMIT 1")[0][0]


def test_procedure():
    code = any_code()
    r = get("/thu-tuc/" + code)
    check_eq(r.status, 200, "procedure page %s" % code)
    for part in ("Trình tự thực hiện", "Cách thức thực hiện",
                 "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí",
                 "Căn cứ pháp lý", "Yêu cầu, điều kiện", "Kết quả thực hiện",
                 "Cơ quan thực hiện", "Đối tượng thực hiện"):
        check(part in r.text, "procedure page shows %s" % part)
    check(len(r.body) < 50000, "procedure page is light (%d bytes)" % len(r.body))
    j = get("/thu-tuc/" + code + "?format=json")
    check_eq(j.status, 200, "procedure JSON")
    check(j.header("content-type").startswith("application/json"),
          "JSON content type")
    d = j.json()
    check_eq(d["@type"], "GovernmentService", "schema.org type")
    check_eq(d["identifier"], code, "identifier is the national code")
    check(isinstance(d["availableChannel"], list), "channels listed")
    lst = get("/thu-tuc?format=json").json()
    check("total" in lst and isinstance(lst["items"], list) and
          lst["items"][0]["url"].endswith("/thu-tuc/" + lst["items"][0]["code"]),
          "list JSON has total and item URLs")


def test_abolished():
    rows = sql("SELECT code FROM procedure_version WHERE is_current = 1 AND "
               "status = 'abolished' LIMIT 1")
    check(bool(rows), "an abolished procedure to look at (the demo data has"
          " 9.000118 and 9.000124)")
    if not rows:
        return
    code = rows[0][0]
    r = get("/thu-tuc/" + code)
    check(r.status == 200 and "đã bị bãi bỏ" in r.text,
          "abolished procedure is marked")
    check("/nop-ho-so/" not in r.text, "abolished procedure offers no submission")
    r = get("/thu-tuc?trang-thai=bai-bo")
    check(code in r.text and "Đã bãi bỏ" in r.text, "abolished filter lists it")


def test_agency():
    rows = sql("SELECT a.code FROM agency a JOIN procedure_agency pa ON "
               "pa.agency_id = a.id GROUP BY a.code LIMIT 1")
    if not rows:
        check(False, "an agency with procedures exists")
        return
    code = rows[0][0]
    r = get("/co-quan/" + code)
    check_eq(r.status, 200, "agency page")
    check("/thu-tuc/" in r.text, "agency page lists procedures")
    e = get("/co-quan/" + code + "?embed=1")
    check(e.status == 200 and "<header" not in e.text and 'target="_top"' in e.text,
          "embeddable fragment without the portal's layout")
    csp = e.header("content-security-policy") or ""
    check("frame-ancestors *" in csp, "fragment may be framed by agency sites")
    csp = r.header("content-security-policy") or ""
    check("frame-ancestors 'self'" in csp, "normal pages may not be framed")
    j = get("/co-quan/" + code + "?format=json").json()
    check(j["identifier"] == code and j["total"] >= 1, "agency JSON")


def test_cache():
    code = any_code()
    get("/thu-tuc/" + code)
    r = get("/thu-tuc/" + code)
    check_eq(r.header("x-cache"), "HIT", "anonymous page served from cache")
    r = get("/thu-tuc/" + code, {"Cookie": "dvc_sid=abc"})
    check_eq(r.header("x-cache"), "BYPASS", "session cookie bypasses the cache")


def links(html):
    return set(m.replace("&amp;", "&") for m in re.findall(r'href="(/[^"]*)"', html))


def test_three_clicks():
    """Breadth-first over catalogue links: every current procedure must be
    at most three clicks from /."""
    want = {r[0] for r in sql("SELECT code FROM procedure_version WHERE "
                              "is_current = 1 AND status = 'published'")}
    seen, frontier, found = {"/"}, ["/"], set()
    for depth in (1, 2, 3):
        nxt = []
        for page in frontier:
            for link in links(get(page).text):
                m = re.match(r"^/thu-tuc/([0-9A-Za-z.\-]+)$", link)
                if m:
                    found.add(m.group(1))
                elif (depth < 3 and link not in seen and
                      re.match(r"^/(thu-tuc\?|co-quan|linh-vuc)", link)):
                    seen.add(link)
                    nxt.append(link)
        frontier = nxt
    missing = want - found
    check(not missing, "all %d procedures within 3 clicks (%d missing, e.g. %s)"
          % (len(want), len(missing), sorted(missing)[:3]))


def test_static():
    r = get("/css/site.css")
    check_eq(r.status, 200, "stylesheet served")
    for page in ("/", "/thu-tuc", "/thu-tuc/" + any_code()):
        n = len(get(page).body) + len(r.body)
        check(n < 50 * 1024, "%s with its CSS under 50 KB (%d bytes)"
              % (page, n))
    rows = sql("SELECT file FROM form_template WHERE file <> '' LIMIT 1")
    if rows:
        f = get("/bieu-mau/" + rows[0][0])
        check_eq(f.status, 200, "form template downloads")
        check("attachment" in (f.header("content-disposition") or ""),
              "form template is an attachment")


test_home()
test_search()
test_bad_input()
test_xss()
test_procedure()
test_abolished()
test_agency()
test_cache()
test_static()
test_three_clicks()
done()
