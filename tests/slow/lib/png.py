"""Tiny PNG writer for the shell tests (sourced by python3 - <<PY blocks
via `sys.path.insert(0, LIB)`): an 8-bit RGB PNG of w x h whose pixel
(x, y) is f(x, y), as bytes."""
import struct
import zlib


def png(w, h, f):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\0" + b"".join(bytes(f(x, y)) for x in range(w)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
