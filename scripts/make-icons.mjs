// Makes every target's icon from the one source image, build/icon.svg, with tools already installed: the
// system Chromium (through Playwright) rasterizes the SVG; the .ico and .icns containers are written here,
// both holding PNGs (Windows Vista+ and macOS 10.7+ read PNG entries). Run after editing the SVG:
// `node scripts/make-icons.mjs`; the outputs are committed so packaging needs no browser. Linux takes
// build/icons/NxN.png, Windows build/icon.ico, macOS build/icon.icns (https://www.electron.build/icons).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { root } from './build.mjs';

const buildDir = join(root, 'build');
const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** ICONDIR + one ICONDIRENTRY per PNG (https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)). */
export function icoFile(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** 'icns' + total length, then (type, length, PNG) entries (https://en.wikipedia.org/wiki/Apple_Icon_Image_format). */
export function icnsFile(pngs) {
  const types = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const entries = pngs
    .filter(({ size }) => types[size])
    .map(({ size, png }) => {
      const head = Buffer.alloc(8);
      head.write(types[size], 0, 'ascii');
      head.writeUInt32BE(png.length + 8, 4);
      return Buffer.concat([head, png]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

async function rasterize() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const pngs = [];
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      pngs.push({ size, png: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }) });
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

const pngs = await rasterize();
const iconsDir = join(buildDir, 'icons');
mkdirSync(iconsDir, { recursive: true });
for (const { size, png } of pngs) writeFileSync(join(iconsDir, `${size}x${size}.png`), png);
writeFileSync(join(buildDir, 'icon.ico'), icoFile(pngs.filter((p) => p.size <= 256)));
writeFileSync(join(buildDir, 'icon.icns'), icnsFile(pngs));
process.stdout.write(`icons: ${pngs.length} sizes from build/icon.svg into build/ (icon.ico, icon.icns, icons/NxN.png)\n`);
