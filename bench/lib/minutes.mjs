// The minutes scenario: a forum of the size seeded straight into Postgres (the api's migrations make the
// schema), then the Berita Acara generated in a child process pinned to the server's core: time and peak memory.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { benchDir, repoRoot, spawnPinned } from './processes.mjs';
import { round } from './stats.mjs';

const require = createRequire(import.meta.url);

async function migrate(databaseUrl) {
  require(join(repoRoot, 'node_modules/reflect-metadata'));
  const { DataSource } = require(join(repoRoot, 'node_modules/typeorm'));
  const { dataSourceOptions } = require(join(repoRoot, 'libs/persistence/dist'));
  const db = new DataSource(dataSourceOptions(databaseUrl, 1));
  await db.initialize();
  await db.destroy();
}

/** Everything a long FKP leaves behind, in a few set-based statements. */
async function seed(client, size) {
  const one = async (sql, params) => (await client.query(sql, params)).rows[0];
  const { id: userId } = await one(`INSERT INTO staff_users (email, name, password_hash) VALUES ('bench-minutes@mufakat.test', 'Bench', 'x') RETURNING id`);
  const { id: forumId } = await one(
    `INSERT INTO forums (title, theme, service_name, unit_name, venue, starts_at, projector_key, created_by, status, join_code)
     VALUES ('FKP Layanan Administrasi Kependudukan', 'Standar pelayanan dan pengaduan', 'KTP-el, KK, Akta', 'Dinas Kependudukan dan Pencatatan Sipil', 'Aula Utama', now(), 'k', $1, 'published', 'BENCHM')
     RETURNING id`,
    [userId],
  );
  await client.query(
    `INSERT INTO agenda_items (forum_id, position, title, planned_minutes) SELECT $1, g, 'Butir agenda ' || g, 30 FROM generate_series(0, 4) g`,
    [forumId],
  );
  const categories = `(ARRAY['service_user','service_provider','academic','civil_society','community_figure','media','government','other'])[1 + g % 8]`;
  await client.query(
    `INSERT INTO participants (forum_id, name, institution, category, mode, token_hash)
     SELECT $1, 'Peserta ' || g, 'Instansi ' || (g % 40), ${categories}, CASE WHEN g % 3 = 0 THEN 'online' ELSE 'room' END, md5('bench' || g) || md5('token' || g)
     FROM generate_series(1, $2) g`,
    [forumId, size.attendees],
  );
  await client.query(
    `INSERT INTO questions (forum_id, agenda_item_id, participant_id, text, status, upvote_count, reply_text)
     SELECT $1, (SELECT id FROM agenda_items WHERE forum_id = $1 AND position = g % 5),
            (SELECT id FROM participants WHERE forum_id = $1 ORDER BY id OFFSET g % $3 LIMIT 1),
            'Pertanyaan nomor ' || g || ': bagaimana layanan ini dapat dipercepat dan dibuat lebih mudah bagi warga lanjut usia?',
            CASE WHEN g % 3 = 0 THEN 'answered' ELSE 'approved' END, g % 97, CASE WHEN g % 3 = 0 THEN 'Akan ditindaklanjuti oleh bidang terkait.' END
     FROM generate_series(1, $2) g`,
    [forumId, size.questions, size.attendees],
  );
  await client.query(
    `INSERT INTO polls (forum_id, question, type, options, status, created_by, opened_at, closed_at)
     SELECT $1, 'Jajak pendapat ' || g || ': pilihan prioritas perbaikan', 'single',
            '[{"id":"a","label":"Kecepatan"},{"id":"b","label":"Biaya"},{"id":"c","label":"Keramahan"},{"id":"d","label":"Informasi"}]'::jsonb,
            'closed', $2, now(), now()
     FROM generate_series(1, $3) g`,
    [forumId, userId, size.polls],
  );
  await client.query(
    `INSERT INTO poll_answers (poll_id, participant_id, answer)
     SELECT p.id, x.id, jsonb_build_object('type', 'single', 'optionId', (ARRAY['a','b','c','d'])[1 + abs(hashtext(p.id::text || x.id::text)) % 4])
     FROM polls p CROSS JOIN participants x WHERE p.forum_id = $1 AND x.forum_id = $1`,
    [forumId],
  );
  await client.query(
    `INSERT INTO consensus_items (forum_id, text, status, number, follow_up, decided_at, created_by)
     SELECT $1, 'Kesepakatan ' || g || ': jam layanan diperpanjang dan antrean daring dibuka untuk semua kecamatan', 'approved', g,
            jsonb_build_object('action', 'Tindak lanjut ' || g, 'responsibleUnit', 'Bidang ' || (g % 4), 'deadline', '2027-06-30', 'timeFrame', null, 'status', 'planned'),
            now(), $2
     FROM generate_series(1, $3) g`,
    [forumId, userId, size.items],
  );
  await client.query(
    `INSERT INTO consensus_signals (item_id, participant_id, signal)
     SELECT c.id, x.id, (ARRAY['agree','agree','agree','disagree','abstain'])[1 + abs(hashtext(c.id::text || x.id::text)) % 5]
     FROM consensus_items c CROSS JOIN participants x WHERE c.forum_id = $1 AND x.forum_id = $1`,
    [forumId],
  );
  await client.query(
    `INSERT INTO survey_responses (participant_id, forum_id, scores)
     SELECT id, $1, ARRAY[3,4,3,3,4,3,4,3,4]::smallint[] FROM participants WHERE forum_id = $1`,
    [forumId],
  );
  await client.query(
    `INSERT INTO representatives (forum_id, participant_id, side, role_title)
     SELECT $1, id, CASE WHEN category = 'service_provider' THEN 'provider' ELSE 'public' END, 'Perwakilan ' || category
     FROM (SELECT DISTINCT ON (category) id, category FROM participants WHERE forum_id = $1 ORDER BY category, id) r`,
    [forumId],
  );
  return { forumId, userId };
}

function generateOnce(pin, input) {
  return new Promise((resolve, reject) => {
    const child = spawnPinned(pin, pin.server, [join(benchDir, 'lib/minutes-child.cjs'), JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`minutes child exited with ${code}`))));
  });
}

export async function runMinutes({ adminUrl, database, size, pin, log }) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    await migrate(databaseUrl);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { forumId, userId } = await seed(client, size);
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM poll_answers a JOIN polls p ON p.id = a.poll_id WHERE p.forum_id = $1)::int AS answers,
              (SELECT count(*) FROM consensus_signals s JOIN consensus_items c ON c.id = s.item_id WHERE c.forum_id = $1)::int AS signals`,
      [forumId],
    );
    await client.end();
    log(
      `  seeded ${size.attendees} attendees, ${size.questions} questions, ${size.polls} polls (${rows[0].answers} answers), ${size.items} items (${rows[0].signals} signals)`,
    );
    // The first run pays for loading fonts and modules from a cold page cache; both are reported.
    const runs = [];
    for (let version = 1; version <= 2; version++) runs.push(await generateOnce(pin, { databaseUrl, forumId, userId, version, language: 'id' }));
    return {
      size,
      seeded: rows[0],
      generated: runs.every((r) => r.status === 'ready'),
      runs: runs.map((r) => ({
        ...r,
        ms: round(r.ms),
        rssBeforeMiB: round(r.rssBeforeMiB),
        peakRssMiB: round(r.peakRssMiB),
        peakHeapMiB: round(r.peakHeapMiB),
      })),
    };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}
