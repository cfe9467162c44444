/**
 * Draws the Teams app icons into manifest/: color.png (192×192, two overlapping circles on the
 * manifest's accentColor) and outline.png (32×32, the same circles as white rings on transparency).
 * Only node's zlib is used, because no image tool is available on the build machines.
 * Run: node scripts/make-icons.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const manifestDir = new URL("../manifest/", import.meta.url);

/** The accent colour lives in the manifest, so the icon and Teams' tile colour cannot drift apart. */
const accentHex = JSON.parse(readFileSync(new URL("manifest.json", manifestDir), "utf8")).accentColor;

// The two "tandem" circles, in units of the icon's side: same height, overlapping in the middle.
const CIRCLES = [
  { cx: 0.4, cy: 0.5, r: 0.22 },
  { cx: 0.6, cy: 0.5, r: 0.22 },
];
const OUTLINE_CIRCLES = [
  { cx: 0.39, cy: 0.5, r: 0.265 },
  { cx: 0.61, cy: 0.5, r: 0.265 },
];
const OUTLINE_STROKE = 2 / 32; // 2 px at 32×32
const SUPERSAMPLES = 8; // per axis: 64 samples per pixel for smooth edges

const WHITE = [255, 255, 255];
const RIGHT_TINT = [168, 222, 224];
const OVERLAP_TINT = [214, 240, 241];

function hexToRgb(hex) {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`accentColor must be #rrggbb, got ${hex}`);
  return match.slice(1).map((part) => parseInt(part, 16));
}

function inside(circle, x, y) {
  return (x - circle.cx) ** 2 + (y - circle.cy) ** 2 <= circle.r ** 2;
}

/** Calls sample(x, y) at SUPERSAMPLES² points inside each pixel (unit coordinates) and averages the RGBA results. */
function render(size, sample) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          // Premultiply so that transparent samples do not darken the colour of the edge.
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / (n * n);
      for (let c = 0; c < 3; c++) rgba[offset + c] = alpha === 0 ? 0 : Math.round(sum[c] / sum[3]);
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function colorIcon(size, accent) {
  const [left, right] = CIRCLES;
  return render(size, (x, y) => {
    const inLeft = inside(left, x, y);
    const inRight = inside(right, x, y);
    if (inLeft && inRight) return [...OVERLAP_TINT, 1];
    if (inLeft) return [...WHITE, 1];
    if (inRight) return [...RIGHT_TINT, 1];
    return [...accent, 1];
  });
}

function outlineIcon(size) {
  const half = OUTLINE_STROKE / 2;
  return render(size, (x, y) => {
    const onRing = OUTLINE_CIRCLES.some(({ cx, cy, r }) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= half);
    return onRing ? [...WHITE, 1] : [0, 0, 0, 0];
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels as a non-interlaced PNG, every scanline with filter type 0 (None). */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
  const stride = width * 4;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL("color.png", manifestDir), encodePng(192, 192, colorIcon(192, hexToRgb(accentHex))));
writeFileSync(new URL("outline.png", manifestDir), encodePng(32, 32, outlineIcon(32)));
console.log(`manifest/color.png (192×192, accent ${accentHex}) and manifest/outline.png (32×32) written`);
