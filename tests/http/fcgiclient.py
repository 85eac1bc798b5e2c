"""A minimal FastCGI client (responder role) for talking to a program's
unix socket directly, without nginx: used by the leak test."""
import socket
import struct

FCGI_BEGIN, FCGI_END, FCGI_PARAMS, FCGI_STDIN, FCGI_STDOUT = 1, 3, 4, 5, 6


def _record(kind, content, req_id=1):
    out = b""
    for i in range(0, max(len(content), 1), 65535):
        chunk = content[i:i + 65535]
        pad = (8 - len(chunk) % 8) % 8
        out += struct.pack(">BBHHBx", 1, kind, req_id, len(chunk), pad)
        out += chunk + b"\0" * pad
        if not content:
            break
    return out


def _pair(k, v):
    def ln(n):
        return struct.pack(">B", n) if n < 128 else struct.pack(">I", n | 0x80000000)
    k, v = k.encode(), v.encode()
    return ln(len(k)) + ln(len(v)) + k + v


def request(sock_path, method, uri, body=b"", timeout=60, extra=None):
    """Sends one request; returns (status, headers_text, body_bytes).
    extra: more FastCGI parameters (HTTP_COOKIE, CONTENT_TYPE, ...)."""
    path, _, query = uri.partition("?")
    params = {"REQUEST_METHOD": method, "DOCUMENT_URI": path,
              "REQUEST_URI": uri, "QUERY_STRING": query,
              "CONTENT_LENGTH": str(len(body)), "SERVER_PROTOCOL": "HTTP/1.1",
              "REMOTE_ADDR": "127.0.0.1"}
    params.update(extra or {})
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.connect(sock_path)
    try:
        msg = _record(FCGI_BEGIN, struct.pack(">HB5x", 1, 0))
        msg += _record(FCGI_PARAMS, b"".join(_pair(k, v) for k, v in params.items()))
        msg += _record(FCGI_PARAMS, b"")
        if body:
            msg += _record(FCGI_STDIN, body)
        msg += _record(FCGI_STDIN, b"")
        s.sendall(msg)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    finally:
        s.close()
    out, pos = b"", 0
    while pos + 8 <= len(data):
        _, kind, _, clen, pad = struct.unpack(">BBHHBx", data[pos:pos + 8])
        if kind == FCGI_STDOUT:
            out += data[pos + 8:pos + 8 + clen]
        pos += 8 + clen + pad
    head, _, body = out.partition(b"\r\n\r\n")
    head = head.decode("utf-8", "replace")
    status = 200
    for line in head.split("\r\n"):
        if line.lower().startswith("status:"):
            status = int(line.split()[1])
    return status, head, body
