"""Search over the real national catalogue, through nginx, after
tests/import_real.py has imported it: accent- and case-insensitive,
NFC and NFD alike, and the NFD-published records found by their own
spelling.  Skips when ../shared is absent.  Sends a session cookie so the
micro-cache cannot answer with a page from before the import."""
import gzip
import json
import os
import unicodedata

from dvchttp import check, check_eq, done, get, q, skip, sql

shared = os.environ.get("DVC_SHARED", "")
data = os.path.join(shared, "data", "tthc-national.jsonl.gz")
if not shared or not os.path.exists(data):
    skip("../shared/data/tthc-national.jsonl.gz is absent")
NOCACHE = {"Cookie": "dvc_sid=test-no-cache"}


def total(text):
    r = get("/thu-tuc?format=json&trang-thai=tat-ca&q=" + q(text), NOCACHE)
    return r.json()["total"] if r.status == 200 else -1


n = int(sql("SELECT COUNT(*) FROM procedure_version WHERE is_current = 1 "
            "AND code NOT LIKE '9.%'")[0][0])
check(n >= 2642, "the national records are in the catalogue (%d)" % n)
for plain, marked in (("hai quan", "Hải quan"), ("dat dai", "Đất đai"),
                      ("giay phep lai xe", "giấy phép lái xe"),
                      ("dang ky khai sinh", "ĐĂNG KÝ KHAI SINH")):
    t = total(plain)
    check(t > 0, "'%s' finds %d procedures" % (plain, t))
    check_eq(total(marked), t, "'%s' finds the same" % marked)
    check_eq(total(unicodedata.normalize("NFD", marked)), t,
             "'%s' in NFD finds the same" % marked)

nfd = []
with gzip.open(data, "rt", encoding="utf-8") as f:
    for line in f:
        rec = json.loads(line)
        if unicodedata.normalize("NFC", rec["ten_thu_tuc"]) != rec["ten_thu_tuc"]:
            nfd.append(rec)
check(len(nfd) > 0, "the data has names published in NFD (%d)" % len(nfd))
for rec in nfd[:5]:
    words = " ".join(rec["ten_thu_tuc"].split()[:6])
    for form in ("NFD", "NFC"):
        codes, page, pages = [], 1, 1
        while page <= min(pages, 20):
            r = get("/thu-tuc?format=json&trang-thai=tat-ca&trang=%d&q=%s" %
                    (page, q(unicodedata.normalize(form, words))),
                    NOCACHE).json()
            codes += [i["code"] for i in r["items"]]
            pages = (r["total"] + r["pageSize"] - 1) // r["pageSize"]
            page += 1
        check(rec["ma_thu_tuc"] in codes, "%s found by its %s name"
              % (rec["ma_thu_tuc"], form))
r = get("/thu-tuc/1.000005", NOCACHE)
check(r.status == 200 and "Hải quan" in r.text, "1.000005 page shows its field")
done()
