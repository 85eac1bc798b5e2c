#!/usr/bin/env python3
"""Imports the real national data twice and checks the database.

Needs DVC_SHARED (the shared/ folder holding data/tthc-national.jsonl.gz),
DVC_CONF (the configuration the importer and this test connect with) and a
running MariaDB with the migrations applied (./dvc up).  Skips (exit 77)
when any is missing.  DVC_ROOT is the build tree holding tools/dvc-import
(default: the current directory, else this script's parent).

Checks: every record read; a second run changes nothing; one known record
(1.000005) stored with its field, level and parsed fee; a record published
in NFD stored in NFC; a record changed in the database is rewritten by the
next run; a plain (not gzip) file with a bad line is read in a dry run and
the bad lines rejected with exit status 1.
"""
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

SKIP = 77
SUMMARY = re.compile(r"Đã đọc (\d+) bản ghi: (\d+) thêm mới, (\d+) cập nhật, "
                     r"(\d+) không đổi, (\d+) bị từ chối")
failed = 0
count = 0


def ok(cond, what):
    global failed, count
    count += 1
    print(("ok %d - %s" if cond else "not ok %d - %s") % (count, what))
    if not cond:
        failed += 1


def skip(why):
    print("1..0 # SKIP " + why)
    sys.exit(SKIP)


def conf_values(path):
    vals = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if "=" in line:
                k, v = line.split("=", 1)
                vals[k.strip()] = v.strip()
    for k in list(vals) + ["db.socket", "db.user", "db.password", "db.name"]:
        env = "DVC_" + k.replace(".", "_").upper()
        if env in os.environ:
            vals[k] = os.environ[env]
    return vals


def sql(conf, query):
    """Rows of query as lists of strings (mariadb --batch)."""
    args = ["mariadb", "--batch", "--skip-column-names", "--raw",
            "--default-character-set=utf8mb4"]
    env = dict(os.environ)
    if conf.get("db.socket"):
        args += ["-S", conf["db.socket"]]
    if conf.get("db.user"):
        args += ["-u", conf["db.user"]]
        env["MYSQL_PWD"] = conf.get("db.password", "")
    else:
        args += ["-u", "root"]
    args += [conf.get("db.name", "dichvucong"), "-e", query]
    out = subprocess.run(args, env=env, check=True, capture_output=True,
                         text=True).stdout
    return [row.split("\t") for row in out.splitlines()]


def run_import(importer, conf_path, data, *extra):
    p = subprocess.run([importer, "-c", conf_path, *extra, data],
                       capture_output=True, text=True, timeout=600)
    m = SUMMARY.search(p.stdout)
    counts = tuple(int(x) for x in m.groups()) if m else None
    return p.returncode, counts, p.stdout, p.stderr


def find_importer():
    here = os.path.dirname(os.path.abspath(__file__))
    for root in (os.environ.get("DVC_ROOT"), os.getcwd(),
                 os.path.dirname(here)):
        if root and os.access(os.path.join(root, "tools", "dvc-import"),
                              os.X_OK):
            return os.path.join(root, "tools", "dvc-import")
    return None


def check_known(conf):
    rows = sql(conf, "SELECT p.name, f.name, p.level_mask, p.fee_amount,"
               " p.online_class, p.source, LENGTH(p.source_hash),"
               " (SELECT COUNT(*) FROM procedure_channel c"
               "  WHERE c.procedure_id = p.id),"
               " (SELECT COUNT(*) FROM procedure_component c"
               "  WHERE c.procedure_id = p.id)"
               " FROM procedure_version p LEFT JOIN field f"
               " ON f.id = p.field_id"
               " WHERE p.code = '1.000005' AND p.is_current = 1")
    ok(len(rows) == 1, "1.000005 stored once as current")
    if len(rows) != 1:
        return
    r = rows[0]
    ok(r[0] == "Thủ tục hải quan đối với khí, nguyên liệu xuất khẩu, nhập "
       "khẩu bằng đường ống chuyên dụng", "1.000005 name")
    ok(r[1] == "Hải quan", "1.000005 field 'Hải quan'")
    ok(r[2] == "8", "1.000005 level mask 8 (Cấp xã)")
    ok(r[3] == "120000", "1.000005 fee parsed as 120000")
    ok(r[4] == "1", "1.000005 online class 1 (Trực tuyến channel)")
    ok(r[5] == "import:bo-tai-chinh", "1.000005 source")
    ok(r[6] == "64", "1.000005 has a SHA-256 source hash")
    ok(r[7] == "1" and int(r[8]) > 10, "1.000005 channel and components")


def check_nfd(conf, data):
    nfd = None
    with gzip.open(data, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if unicodedata.normalize("NFC", rec["ten_thu_tuc"]) != \
                    rec["ten_thu_tuc"]:
                nfd = rec
                break
    ok(nfd is not None, "the data has a name in NFD")
    if nfd is None:
        return
    rows = sql(conf, "SELECT name, search_text FROM procedure_version"
               " WHERE is_current = 1 AND code = '%s'" % nfd["ma_thu_tuc"])
    name = rows[0][0] if rows else ""
    ok(name == unicodedata.normalize("NFC", nfd["ten_thu_tuc"]),
       "%s stored in NFC" % nfd["ma_thu_tuc"])
    ok(name and not any(unicodedata.combining(ch) for ch in name),
       "%s has no combining marks" % nfd["ma_thu_tuc"])
    ok(rows and rows[0][1].isascii() if rows else False,
       "%s search text folded to ASCII" % nfd["ma_thu_tuc"])


def check_update(importer, conf_path, conf, data):
    sql(conf, "UPDATE procedure_version SET name = 'x', source_hash = ''"
        " WHERE code = '1.000005' AND is_current = 1")
    rc, counts, out, err = run_import(importer, conf_path, data)
    ok(rc == 0 and counts == (2642, 0, 1, 2641, 0),
       "a changed record is rewritten: %s" % (counts,))
    rows = sql(conf, "SELECT name FROM procedure_version"
               " WHERE code = '1.000005' AND is_current = 1")
    ok(rows and rows[0][0].startswith("Thủ tục hải quan"),
       "1.000005 name restored by the import")


def check_plain(importer, conf_path, data):
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "some.jsonl")
        with gzip.open(data, "rt", encoding="utf-8") as f, \
                open(plain, "w", encoding="utf-8") as out:
            for i, line in enumerate(f):
                if i == 20:
                    break
                out.write(line)
            out.write("{not json\n")
            out.write('{"ma_thu_tuc": "1/2", "ten_thu_tuc": "x"}\n')
        p = subprocess.run([importer, "-n", "-c", conf_path, plain],
                           capture_output=True, text=True, timeout=60)
        ok(p.returncode == 1, "dry run of a plain file with bad lines "
           "exits 1 (got %d)" % p.returncode)
        ok("Đã đọc 22 bản ghi: 20 hợp lệ, 2 bị từ chối" in p.stdout,
           "bad lines rejected, the rest read")
        ok("dòng 21" in p.stdout and "dòng 22" in p.stdout,
           "rejections name their lines")


def main():
    shared = os.environ.get("DVC_SHARED")
    data = os.path.join(shared, "data", "tthc-national.jsonl.gz") \
        if shared else None
    if not data or not os.path.exists(data):
        skip("DVC_SHARED/data/tthc-national.jsonl.gz not available")
    conf_path = os.environ.get("DVC_CONF")
    if not conf_path or not os.path.exists(conf_path):
        skip("DVC_CONF not set: no database to import into")
    importer = find_importer()
    if importer is None:
        skip("tools/dvc-import not built")
    conf = conf_values(conf_path)
    try:
        sql(conf, "SELECT 1 FROM procedure_version LIMIT 1")
    except (subprocess.CalledProcessError, FileNotFoundError) as e:
        skip("database not reachable (%s)" % e)

    rc, c1, out1, err1 = run_import(importer, conf_path, data)
    ok(rc == 0 and c1 is not None and c1[0] == 2642 and c1[4] == 0 and
       c1[1] + c1[2] + c1[3] == 2642, "first run reads 2642 records: %s"
       % (c1,))
    if c1 is None:
        print("# " + (out1 + err1).replace("\n", "\n# "))
    rc, c2, out2, err2 = run_import(importer, conf_path, data)
    ok(rc == 0 and c2 == (2642, 0, 0, 2642, 0),
       "second run changes nothing: %s" % (c2,))
    ok("Không phân tích được đầy đủ:" in out2 and
       "thời gian giải quyết:" in out2, "report names unparsed fields")
    check_known(conf)
    check_nfd(conf, data)
    check_update(importer, conf_path, conf, data)
    check_plain(importer, conf_path, data)
    print("1..%d" % count)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
