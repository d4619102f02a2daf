import { Client } from 'pg';

/** Table → row count and a hash of every row's text, in a stable order. */
export type Fingerprint = Record<string, { rows: number; md5: string }>;

/**
 * Fingerprints every table of the public schema but the migrations' own. `volatile` names columns that reads
 * legitimately touch (a session's last use), left out of the hash.
 */
export async function fingerprint(databaseUrl: string, volatile: Record<string, string[]> = {}): Promise<Fingerprint> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
    );
    const result: Fingerprint = {};
    for (const { table_name: table } of tables.rows) {
      const skip = volatile[table] ?? [];
      const row = skip.length ? `(to_jsonb(t) - ARRAY[${skip.map((c) => `'${c}'`).join(',')}]::text[])::text` : 't::text';
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS md5 FROM "${table}" t`,
      );
      result[table] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? '' };
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The tables whose fingerprint differs, with both sides; empty when nothing changed. */
export function differences(before: Fingerprint, after: Fingerprint): Record<string, { before?: Fingerprint[string]; after?: Fingerprint[string] }> {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries(
    [...names]
      .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]))
      .map((name) => [name, { before: before[name], after: after[name] }]),
  );
}
