#!/usr/bin/env node
// `node scripts/make-pglite-template.mjs`: writes data/pglite/empty-<PGlite version>.tar.br, a freshly
// initialised, empty PGlite data folder. A new embedded database starts from it instead of running
// initdb, which costs ~800 MB of memory in the process that runs it (see src/store/db.ts). Run it
// again after upgrading @electric-sql/pglite; without a template for the installed version,
// newsgraph runs initdb in a short-lived child process instead.
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
while (!readFileSafe(join(dir, 'package.json'))) dir = dirname(dir);
const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
function readFileSafe(p) { try { return readFileSync(p); } catch { return null; } }

const db = new PGlite();
await db.waitReady;
const blob = await db.dumpDataDir('none');
await db.close();
const tar = Buffer.from(await blob.arrayBuffer());
const br = zlib.brotliCompressSync(tar, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: tar.length } });
mkdirSync(join(ROOT, 'data/pglite'), { recursive: true });
const out = join(ROOT, 'data/pglite', `empty-${version}.tar.br`);
writeFileSync(out, br);
console.log(`${out}: ${tar.length} bytes of data folder, ${br.length} compressed`);
