// Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) with no image library: shapes are
// signed-distance functions, anti-aliased by 4x4 supersampling, written as RGBA PNG with zlib.
// Output is deterministic, so re-running it changes nothing unless the drawing changes.
// Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN_TOP = [0x2e, 0xb8, 0x6e];
const GREEN_BOTTOM = [0x0f, 0x7a, 0x43];
const WHITE = [0xff, 0xff, 0xff];
const SHEET_LINE = [0xb9, 0xe4, 0xcb];

/** Signed distance to a rounded rectangle centred at (cx, cy); negative inside. */
function roundedRect(x, y, cx, cy, halfW, halfH, r) {
  const qx = Math.abs(x - cx) - (halfW - r);
  const qy = Math.abs(y - cy) - (halfH - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour and alpha of one sample point in unit coordinates (0..1), layered back to front. */
function shade(u, v, size) {
  // Strokes must stay at least ~1.3 px wide so the 16 px icon still reads.
  const stroke = Math.max(1.3 / size, 0.055);
  const bg = roundedRect(u, v, 0.5, 0.5, 0.47, 0.47, 0.2);
  if (bg > 0) return null;
  const mix = (a, b, t) => a.map((c, i) => c + (b[i] - c) * t);
  let color = mix(GREEN_TOP, GREEN_BOTTOM, v);

  // The sheet: a white page behind the envelope with two ruled lines.
  const page = roundedRect(u, v, 0.5, 0.36, 0.26, 0.2, 0.04);
  if (page <= 0) {
    color = WHITE;
    const line1 = Math.abs(v - 0.25) < stroke / 2 && Math.abs(u - 0.5) < 0.18;
    const line2 = Math.abs(v - 0.35) < stroke / 2 && Math.abs(u - 0.5) < 0.18;
    if (size >= 32 && (line1 || line2)) color = SHEET_LINE;
  }

  // The envelope: a white body with a green outline and a V-shaped flap.
  const body = roundedRect(u, v, 0.5, 0.6, 0.33, 0.2, 0.05);
  if (body <= 0) {
    color = WHITE;
    const edge = -body < stroke;
    const flap = Math.min(segment(u, v, 0.19, 0.42, 0.5, 0.64), segment(u, v, 0.81, 0.42, 0.5, 0.64)) < stroke / 2;
    if (edge || flap) color = GREEN_BOTTOM;
  }
  return color;
}

function drawIcon(size) {
  const sub = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < sub; sy++) {
        for (let sx = 0; sx < sub; sx++) {
          const c = shade((x + (sx + 0.5) / sub) / size, (y + (sy + 0.5) / sub) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (y * size + x) * 4;
      // Average colour over covered samples (straight alpha), coverage as alpha.
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (sub * sub)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // Each scanline starts with filter byte 0 (none); zlib does the compressing.
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = process.argv[2] ?? "assets";
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file}`);
}
