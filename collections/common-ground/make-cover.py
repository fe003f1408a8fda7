#!/usr/bin/env python3
"""Draw cover.png for Common Ground: our own picture, no fonts or images
from anywhere. Rows of ploughed fields under a low sun, and the title set
in a 5x7 pixel alphabet scaled up. Standard library only (zlib for PNG).

    python3 make-cover.py            # writes cover.png beside this script
"""
import os
import struct
import zlib

W, H = 600, 900

GLYPHS = {  # 5x7, one string per row
    'C': ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    'O': ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    'M': ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    'N': ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    'G': ["01110", "10001", "10000", "10111", "10001", "10001", "01111"],
    'R': ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    'U': ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
    'D': ["11100", "10010", "10001", "10001", "10001", "10010", "11100"],
    ' ': ["00000"] * 7,
}

SKY_TOP = (244, 226, 196)
SKY_LOW = (236, 190, 140)
SUN = (222, 120, 70)
FIELDS = [(120, 98, 62), (150, 124, 70), (96, 112, 64), (170, 142, 84), (82, 94, 58)]
INK = (40, 36, 30)


def mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def draw():
    px = [[SKY_TOP] * W for _ in range(H)]
    horizon = 560
    for y in range(horizon):
        row = mix(SKY_TOP, SKY_LOW, y / horizon)
        px[y] = [row] * W
    cx, cy, r = 300, horizon, 120  # a low sun on the horizon
    for y in range(cy - r, cy):
        for x in range(cx - r, cx + r):
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                px[y][x] = SUN
    # Fields: bands that widen towards the viewer, each with furrows.
    y, band, k = horizon, 14, 0
    while y < H:
        colour = FIELDS[k % len(FIELDS)]
        dark = mix(colour, (0, 0, 0), 0.18)
        for yy in range(y, min(H, y + band)):
            for x in range(W):
                furrow = ((x - 300) * band // 40 + yy * 3) % (band // 2 + 6) < 2
                px[yy][x] = dark if furrow else colour
        y += band
        band = int(band * 1.35) + 2
        k += 1
    return px


def text(px, s, top, scale, colour):
    width = len(s) * 6 * scale - scale
    left = (W - width) // 2
    for i, ch in enumerate(s):
        g = GLYPHS[ch]
        for gy, bits in enumerate(g):
            for gx, bit in enumerate(bits):
                if bit == "1":
                    for yy in range(scale):
                        for xx in range(scale):
                            px[top + gy * scale + yy][left + (i * 6 + gx) * scale + xx] = colour


def png(px, path):
    raw = b"".join(b"\0" + bytes(c for p in row for c in p) for row in px)

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


if __name__ == "__main__":
    px = draw()
    text(px, "COMMON", 150, 14, INK)
    text(px, "GROUND", 270, 14, INK)
    png(px, os.path.join(os.path.dirname(os.path.abspath(__file__)), "cover.png"))
