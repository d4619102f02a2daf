// Runs one Berita Acara generation in a process of its own, so its time and peak memory are its own:
// the same MinutesGenerator the worker and the embedded api run. Prints one JSON line with the figures.
'use strict';
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { dataSourceOptions, DocumentVersion } = require('../../libs/persistence/dist');
const { documentFilePath, MinutesGenerator } = require('../../libs/minutes/dist');

async function main() {
  const { databaseUrl, forumId, userId, version, language } = JSON.parse(process.argv[2]);
  const db = new DataSource({ ...dataSourceOptions(databaseUrl, 2), migrationsRun: false });
  await db.initialize();
  const documentsDir = mkdtempSync(join(tmpdir(), 'mufakat-bench-minutes-'));
  const row = await db.getRepository(DocumentVersion).save({ forumId, version, language, status: 'queued', requestedBy: userId });
  // Heap sampled every 10 ms; RSS peak from the kernel (maxRSS) covers what sampling misses.
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 10);
  const rssBefore = process.memoryUsage().rss;
  const phases = [];
  const t0 = performance.now();
  await new MinutesGenerator(db, { documentsDir, timeZone: 'Asia/Jakarta' }).generate(
    { forumId, documentId: row.id },
    { finalAttempt: true, onProgress: (progress) => phases.push({ progress, ms: Math.round(performance.now() - t0) }) },
  );
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const done = await db.getRepository(DocumentVersion).findOneByOrFail({ id: row.id });
  // pdfkit writes one "/Type /Page" object per page (and "/Type /Pages" once for the tree).
  const pdfPages = (readFileSync(documentFilePath(documentsDir, forumId, version, 'pdf'), 'latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  process.stdout.write(
    JSON.stringify({
      status: done.status,
      ms,
      phases,
      rssBeforeMiB: rssBefore / 2 ** 20,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      peakHeapMiB: heapPeak / 2 ** 20,
      pdfBytes: done.pdfSize,
      pdfPages,
      docxBytes: done.docxSize,
    }) + '\n',
  );
  await db.destroy();
  rmSync(documentsDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
