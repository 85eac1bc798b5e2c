"""./dvc bench, submissions: builds one online submission request and a
session to send it with (docs/submit.md).

Picks the first current, published procedure that takes online
submissions (online_class >= 1), has at least one component and at most
three required ones; makes a session for the bench account (env
DVC_BENCH_ACCOUNT, an account id) in SQL, as the tests do (session.token_hash
= SHA-256 of the cookie value, session.csrf = the form's CSRF token); writes
the multipart/form-data body to OUT (argv[1]): csrf, co_quan when the
procedure has several receiving agencies, every e-form field with a valid
value of its type, thanh_toan=desk, nhan_ket_qua=desk, three distinct valid
1 MiB PDFs as tp_<seq> (required components first), hanh_dong=nop.

Prints one line: PATH BOUNDARY TOKEN (the dvc_sid cookie value), or
nothing and exit status 3 when no procedure fits.  The caller deletes the
session (and the dossiers the run made) afterwards."""
import hashlib
import os
import random
import secrets
import subprocess
import sys
import zlib

FILE_SIZE = 1 << 20
NFILES = 3


def sql(statement):
    """SQL as the local administrator in the programs' time zone; rows as
    lists.  (Not tests/http/dvchttp: putting tests/http first on sys.path
    would shadow standard modules by test files of the same name.)"""
    out = subprocess.run(
        ["mariadb", "-S", os.environ["DVC_DB_SOCKET"], "-u", "root",
         "--batch", "--skip-column-names", "dichvucong", "-e",
         "SET time_zone = '+07:00'; " + statement],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def make_pdf(n, size):
    """A valid one-page PDF 1.4 of exactly size bytes: the page says which
    file it is; an unreferenced stream of pseudo-random bytes (seeded by n,
    so the three files differ) pads it to size.  The xref offsets are
    exact (pdfinfo and qpdf --check accept it)."""
    text = b"BT /F1 18 Tf 72 770 Td (Ho so do hieu nang - tep %d) Tj ET" % n
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]

    def build(pad):
        data = random.Random(n).randbytes(pad) if pad > 0 else b""
        all_objs = objs + [b"<< /Length %d >>\nstream\n%s\nendstream"
                           % (len(data), data)]
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(all_objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (i, o)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(all_objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(all_objs) + 1, xref))
        return bytes(out)

    pad = size - len(build(0))
    while True:
        pdf = build(pad)
        if len(pdf) == size:
            return pdf
        pad += size - len(pdf)   # the length's and offsets' digits grew


def value_for(ftype, options, max_len):
    v = {
        "text": "Nguyễn Văn Đo Hiệu Năng",
        "textarea": "Hồ sơ nộp để đo hiệu năng của cổng.",
        "number": "1",
        "date": "15/03/1990",
        "checkbox": "1",
        "email": "bench@example.invalid",
        "phone": "0912345678",
        "cccd": "001099012345",
    }.get(ftype)
    if ftype == "select":
        choices = [o.strip() for o in options.split("\\n") if o.strip()]
        v = choices[0] if choices else ""
    if v is None:
        v = "1"
    if max_len and ftype in ("text", "textarea") and len(v) > int(max_len):
        v = v[:int(max_len)]
    return v


def main():
    account = os.environ["DVC_BENCH_ACCOUNT"]
    out_path = sys.argv[1]
    rows = sql(
        "SELECT p.id, p.code FROM procedure_version p"
        " WHERE p.is_current = 1 AND p.status = 'published'"
        " AND p.online_class >= 1"
        " AND EXISTS (SELECT 1 FROM procedure_component c"
        "  WHERE c.procedure_id = p.id)"
        " AND (SELECT COUNT(*) FROM procedure_component c"
        "  WHERE c.procedure_id = p.id AND c.required = 1) <= %d"
        " AND (p.agency_id IS NOT NULL OR EXISTS (SELECT 1"
        "  FROM procedure_agency a WHERE a.procedure_id = p.id))"
        " ORDER BY p.id LIMIT 1" % NFILES)
    if not rows:
        sys.exit(3)
    pid, pcode = rows[0]
    agencies = sql(
        "SELECT a.id FROM agency a"
        " WHERE a.id IN (SELECT agency_id FROM procedure_agency"
        "  WHERE procedure_id = %s)"
        " OR a.id = (SELECT agency_id FROM procedure_version WHERE id = %s)"
        " ORDER BY a.level, a.name" % (pid, pid))
    # mariadb --batch writes a newline inside a value as the two characters
    # \n: value_for splits on that.
    ffields = sql("SELECT name, type, options, max_len FROM"
                  " procedure_form_field WHERE procedure_id = %s ORDER BY seq"
                  % pid)
    comps = sql("SELECT seq FROM procedure_component WHERE procedure_id = %s"
                " ORDER BY required DESC, seq" % pid)
    seqs = [c[0] for c in comps]
    slots = [seqs[i % len(seqs)] for i in range(NFILES)]

    token = secrets.token_hex(32)
    csrf = secrets.token_hex(32)
    sql("INSERT INTO session (token_hash, account_id, csrf) VALUES"
        " ('%s', %s, '%s')" % (hashlib.sha256(token.encode()).hexdigest(),
                               account, csrf))

    boundary = "----dvcbench" + secrets.token_hex(12)
    parts = []

    def field(name, value):
        parts.append(b"--%s\r\nContent-Disposition: form-data; name=\"%s\""
                     b"\r\n\r\n%s\r\n" % (boundary.encode(), name.encode(),
                                          value.encode()))

    field("csrf", csrf)
    if len(agencies) > 1:
        field("co_quan", agencies[0][0])
    for name, ftype, options, max_len in ffields:
        field("f_" + name, value_for(ftype, options, max_len))
    field("thanh_toan", "desk")
    field("nhan_ket_qua", "desk")
    crcs = []
    for i, seq in enumerate(slots, 1):
        pdf = make_pdf(i, FILE_SIZE)
        crcs.append("%08x" % zlib.crc32(pdf))
        parts.append(b"--%s\r\nContent-Disposition: form-data; name=\"tp_%s\";"
                     b" filename=\"ho-so-%d.pdf\"\r\nContent-Type:"
                     b" application/pdf\r\n\r\n%s\r\n"
                     % (boundary.encode(), seq.encode(), i, pdf))
    field("hanh_dong", "nop")
    parts.append(b"--%s--\r\n" % boundary.encode())
    body = b"".join(parts)
    with open(out_path + ".tmp", "wb") as f:
        f.write(body)
    os.chmod(out_path + ".tmp", 0o644)
    os.replace(out_path + ".tmp", out_path)
    # The CRCs show that the three files differ.
    sys.stderr.write("submit body: %d bytes, procedure %s, components %s,"
                     " file CRCs %s\n" % (len(body), pcode, ",".join(slots),
                                           ",".join(crcs)))
    print("/nop-ho-so/%s %s %s" % (pcode, boundary, token))


if __name__ == "__main__":
    main()
