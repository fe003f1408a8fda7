#!/usr/bin/env python3
"""Draw the figure of the saved page articles/the-bench-on-mill-road.html:
a wooden bench under a plane tree beside a pavement, in flat colours.
Our own picture: standard library only (zlib for PNG), no fonts, no
images from anywhere.

    python3 make-bench-figure.py   # writes articles/the-bench-on-mill-road_files/bench.png
"""
import os
import struct
import zlib

W, H = 480, 300

SKY = (214, 228, 236)
WALL = (196, 150, 120)
BRICK_LINE = (170, 124, 98)
PAVEMENT = (188, 186, 180)
KERB = (150, 148, 142)
ROAD = (92, 94, 98)
WOOD = (150, 100, 56)
WOOD_DARK = (110, 72, 40)
IRON = (48, 50, 52)
TRUNK = (120, 104, 84)
LEAVES = [(92, 128, 70), (108, 146, 80), (80, 112, 62)]


def draw():
    px = [[SKY] * W for _ in range(H)]

    def rect(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(H, y1)):
            row = px[y]
            for x in range(max(0, x0), min(W, x1)):
                row[x] = c

    def disc(cx, cy, r, c):
        for y in range(max(0, cy - r), min(H, cy + r + 1)):
            for x in range(max(0, cx - r), min(W, cx + r + 1)):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    px[y][x] = c

    # a brick wall behind the pavement
    rect(0, 60, W, 200, WALL)
    for y in range(60, 200, 12):
        rect(0, y, W, y + 1, BRICK_LINE)
        off = 0 if (y // 12) % 2 else 16
        for x in range(off, W, 32):
            rect(x, y, x + 1, y + 12, BRICK_LINE)
    rect(0, 200, W, 250, PAVEMENT)
    for x in range(0, W, 48):
        rect(x, 200, x + 1, 250, KERB)
    rect(0, 250, W, 256, KERB)
    rect(0, 256, W, H, ROAD)
    for x in range(10, W, 80):
        rect(x, 276, x + 40, 280, (230, 230, 224))

    # the plane tree
    rect(360, 90, 376, 232, TRUNK)
    for i, (cx, cy, r) in enumerate([(368, 70, 58), (320, 90, 40), (414, 92, 42),
                                     (352, 40, 36), (392, 44, 34)]):
        disc(cx, cy, r, LEAVES[i % 3])

    # the bench: two iron ends, a seat of three slats, a back of two
    for x in (110, 270):
        rect(x, 196, x + 8, 236, IRON)
    for k in range(3):
        rect(100, 192 + k * 5 - 10, 290, 192 + k * 5 - 6, WOOD if k % 2 == 0 else WOOD_DARK)
    for k in range(2):
        rect(100, 150 + k * 14, 290, 160 + k * 14, WOOD)
    rect(112, 150, 118, 196, IRON)
    rect(272, 150, 278, 196, IRON)
    # a small brass plaque on the back rail
    rect(184, 152, 206, 158, (200, 170, 80))
    return px


def png(px):
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "articles", "the-bench-on-mill-road_files", "bench.png")
    with open(out, "wb") as f:
        f.write(png(draw()))
