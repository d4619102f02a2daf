// Turns a run's figures into the verdicts of the issue's targets and the Markdown table.
import { round } from './stats.mjs';

/** Above this, the bare server's join p99 is its load generator's queueing (one saturated core), not the server. */
const HEALTHY_BASELINE_P99_MS = 500;

const ratio = (api, baseline) => (typeof api === 'number' && typeof baseline === 'number' && baseline > 0 ? round(api / baseline, 2) : null);

/** One row per figure the issue sets a target for (or asks to report), api beside baseline. */
export function evaluate(results) {
  const kinds = Object.keys(results.targets).filter((kind) => kind.startsWith('api'));
  const rows = kinds.flatMap((kind) => evaluateTarget(results, kind));
  if (results.minutes?.runs) rows.push(...minutesRows(results.minutes));
  return rows;
}

/** The rows of one api target (hosted `api`, `api-redis` or `api-embedded`) beside the baseline. */
function evaluateTarget(results, kind) {
  const api = results.targets[kind] ?? {};
  const base = results.targets.baseline ?? {};
  const rows = [];
  const label = kind === 'api' ? '' : ` (${kind.replace('api-', '')})`;
  const load = (scenario) => api[scenario]?.load ?? null;
  const row = (scenario, measure, a, b, target, met, extra = {}) =>
    rows.push({
      scenario: scenario + label,
      measure,
      api: a ?? null,
      baseline: b ?? null,
      ratio: extra.ratio ?? ratio(a, b),
      target,
      met,
      load: extra.load ?? null,
      note: extra.note ?? null,
    });

  if (api.idle || base.idle) {
    const i = api.idle ?? {};
    const bi = base.idle ?? {};
    row(
      'idle capacity',
      `connected (of ${i.attendees ?? bi.attendees})`,
      i.connected,
      bi.connected,
      'all connected',
      i.connected === undefined ? null : i.connected === i.attendees,
      { ratio: null, load: load('idle') },
    );
    const heapRatio = ratio(i.heapPerConnectionKiB, bi.heapPerConnectionKiB);
    row(
      'idle capacity',
      'heap per connection (KiB)',
      i.heapPerConnectionKiB,
      bi.heapPerConnectionKiB,
      '≤ 1.3× baseline',
      heapRatio === null ? null : heapRatio <= 1.3,
      { load: load('idle') },
    );
    row('idle capacity', 'RSS per connection (KiB)', i.rssPerConnectionKiB, bi.rssPerConnectionKiB, 'reported', null, { load: load('idle') });
    if (kind === 'api-embedded' && i.after) {
      // Issue 11: the laptop's whole footprint with 5,000 phones connected, its database included.
      const full = i.attendees >= 5000;
      row(
        'idle capacity',
        `RSS after, api + its PostgreSQL (MiB), ${i.connected} connected`,
        i.after.rssMiB,
        bi.after?.rssMiB,
        full ? '≤ 450 MB' : 'reported',
        full ? i.after.rssMiB * 1.048576 <= 450 : null,
        {
          load: load('idle'),
          note: `api RSS ${i.after.apiRssMiB} MiB + PostgreSQL PSS ${i.after.databasePssMiB} MiB (all its processes)`,
        },
      );
    }
  }
  // The first storm after the server starts, and a second one to a new forum once its code is optimised.
  for (const [phase, scenario] of [
    ['join', 'join storm, first after start'],
    ['joinWarm', 'join storm, warm'],
  ]) {
    if (!api[phase] && !base[phase]) continue;
    const j = api[phase] ?? {};
    const bj = base[phase] ?? {};
    row(
      scenario,
      `failed joins (of ${j.attendees ?? bj.attendees} in ${(j.durationMs ?? bj.durationMs) / 1000} s)`,
      j.failed,
      bj.failed,
      '0',
      j.failed === undefined ? null : j.failed === 0,
      { ratio: null, load: load(phase) },
    );
    row(scenario, 'join p50 (ms): register → snapshot', j.joinMs?.p50, bj.joinMs?.p50, '—', null, { load: load(phase) });
    // Issue 11's join targets: embedded ≤ 2× the bare server at 2,000 in 4 s and ≤ 3× at 5,000 in 10 s; hosted ≤ 500 ms
    // or ≤ 2× the bare server. A bare p99 over HEALTHY_BASELINE_P99_MS is its generator's queue (a saturated core),
    // not the server's: a ratio against it would pass a slow api, so it is not judged by one.
    const times = j.attendees >= 5000 ? 3 : 2;
    const joinRatio = ratio(j.joinMs?.p99, bj.joinMs?.p99);
    const baselineHealthy = typeof bj.joinMs?.p99 === 'number' && bj.joinMs.p99 <= HEALTHY_BASELINE_P99_MS;
    const ratioMet = baselineHealthy ? joinRatio !== null && joinRatio <= (kind === 'api-embedded' ? times : 2) : null;
    row(
      scenario,
      'join p99 (ms): register → snapshot',
      j.joinMs?.p99,
      bj.joinMs?.p99,
      kind === 'api-embedded' ? `≤ ${times}× baseline, 0 failed` : '≤ 500 ms or ≤ 2× baseline, 0 failed',
      j.joinMs?.p99 == null
        ? null
        : kind === 'api-embedded'
          ? ratioMet === null
            ? null
            : ratioMet && j.failed === 0
          : (j.joinMs.p99 <= 500 || ratioMet === true) && j.failed === 0,
      {
        load: load(phase),
        note:
          bj.joinMs?.p99 != null && !baselineHealthy
            ? `the baseline's p99 (${bj.joinMs.p99} ms) is over ${HEALTHY_BASELINE_P99_MS} ms, its generator's queue rather than the bare server: no verdict by ratio`
            : null,
      },
    );
  }
  if (api.fanout || base.fanout) {
    const f = api.fanout ?? {};
    const bf = base.fanout ?? {};
    row(
      'fan-out',
      `delivered (%), ${f.clients ?? bf.clients} clients × ${f.changes ?? bf.changes} changes`,
      f.deliveredPercent,
      bf.deliveredPercent,
      '100 %',
      f.deliveredPercent == null ? null : f.deliveredPercent === 100,
      { ratio: null, load: load('fanout') },
    );
    row('fan-out', 'receipt p50 (ms): moderator emit → attendee', f.latencyMs?.p50, bf.latencyMs?.p50, '—', null, { load: load('fanout') });
    const p99Ratio = ratio(f.latencyMs?.p99, bf.latencyMs?.p99);
    row('fan-out', 'receipt p99 (ms)', f.latencyMs?.p99, bf.latencyMs?.p99, '≤ 1.5× baseline', p99Ratio === null ? null : p99Ratio <= 1.5, {
      load: load('fanout'),
    });
  }
  if (api.vote || base.vote) {
    const v = api.vote ?? {};
    const bv = base.vote ?? {};
    const c = api.correctness ?? {};
    const lost = c.checked ? c.lost + c.unexpectedRows + c.counterMismatches : null;
    row(
      'vote storm',
      `lost + duplicated votes (${c.acknowledged ?? '?'} acknowledged, ${c.storedRows ?? '?'} rows)`,
      lost,
      null,
      '0',
      c.checked ? lost === 0 : null,
      {
        load: load('vote'),
        note: c.checked
          ? `lost ${c.lost}, rows not acknowledged ${c.storedWithoutAck} (no ack in time), unexpected ${c.unexpectedRows}, counter ≠ rows ${c.counterMismatches}`
          : null,
      },
    );
    row(
      'vote storm',
      `ack p99 (ms), ${v.rate ?? bv.rate}/s + burst`,
      v.ackMs?.p99,
      bv.ackMs?.p99,
      '≤ 100 ms',
      v.ackMs?.p99 == null ? null : v.ackMs.p99 <= 100 && v.noAck === 0,
      {
        load: load('vote'),
        note: v.ackMs ? `steady p99 ${v.steadyAckMs?.p99}, burst p99 ${v.burstAckMs?.p99}; no ack ${v.noAck}, refused ${v.refused}` : null,
      },
    );
    const staleLimit = base.fanout?.latencyMs?.p99 != null ? round(100 + 1.5 * base.fanout.latencyMs.p99) : null;
    row(
      'vote storm',
      'tally staleness p99 (ms): ack → every sample client shows it',
      v.tallyStalenessMs?.p99,
      bv.tallyStalenessMs?.p99,
      staleLimit === null ? '≤ 100 ms + 1.5× baseline fan-out p99' : `≤ ${staleLimit} ms (100 + 1.5 × ${base.fanout.latencyMs.p99})`,
      v.tallyStalenessMs?.p99 == null || staleLimit === null ? null : v.tallyStalenessMs.p99 <= staleLimit && v.tallyNeverShown === 0,
      {
        load: load('vote'),
        note: v.tallyStalenessMs
          ? `max ${v.tallyStalenessMs.max}; never shown ${v.tallyNeverShown}; final tallies ≠ stored ${api.correctness?.shownTalliesChecked === false ? 'not checked (votes left unanswered)' : api.correctness?.shownTallyMismatches}`
          : null,
      },
    );
    row(
      'vote storm',
      'tally frames per client per second (max in any second)',
      v.tallyFramesPerClientPerS?.maxInAnySecond,
      bv.tallyFramesPerClientPerS?.maxInAnySecond,
      '≤ 10 (coalescing rate), whatever the vote rate',
      v.tallyFramesPerClientPerS == null ? null : v.tallyFramesPerClientPerS.maxInAnySecond <= 10,
      {
        load: load('vote'),
        note: v.offeredVotesPerS
          ? `offered ${v.offeredVotesPerS} votes/s; outbound frames ${v.outboundFramesPerS}/s to ${v.clients} clients (tallies ${v.outboundTallyFramesPerS}/s)`
          : null,
      },
    );
  }
  if (api.persistence || base.persistence) {
    const p = api.persistence ?? {};
    const bp = base.persistence ?? {};
    const ceiling = results.pgbench?.ceiling ?? null;
    row(
      'persistence',
      `votes/s durably written (closed loop, ${p.concurrency ?? bp.concurrency} in flight, ${p.attendees ?? bp.attendees} attendees)`,
      p.votesPerS,
      bp.votesPerS,
      ceiling ? `≥ 0.7 × pgbench ${round(ceiling)} = ${round(0.7 * ceiling)}` : '≥ 0.7× pgbench ceiling',
      p.votesPerS == null || !ceiling ? null : p.votesPerS >= 0.7 * ceiling,
      {
        ratio: ceiling && p.votesPerS != null ? round(p.votesPerS / ceiling, 2) : null,
        load: api.persistence?.load ?? null,
        note: `api ÷ column is api ÷ pgbench ceiling; baseline has no database${results.pgbench?.apiVote ? `; pgbench with the api's vote statement: ${round(results.pgbench.apiVote.tps)} tps` : ''}${p.correctness?.checked ? `; stored check: lost ${p.correctness.lost}, unexpected ${p.correctness.unexpectedRows}, counter ≠ rows ${p.correctness.counterMismatches}` : ''}`,
      },
    );
  }
  return rows;
}

function minutesRows(m) {
  const rows = [];
  {
    const [cold, warm] = m.runs;
    const size = `${m.size.attendees} attendees, ${m.size.questions} questions, ${m.size.polls} polls, ${m.size.items} items`;
    const target = 'PDF + DOCX generated; time and peak memory reported';
    const minutesRow = (measure, first, second) =>
      rows.push({
        scenario: 'minutes (Berita Acara)',
        measure,
        api: first ?? null,
        baseline: null,
        ratio: null,
        target,
        met: m.generated,
        load: null,
        note: second === undefined ? null : `second run (warm page cache): ${second}`,
      });
    minutesRow(`generation time (ms), ${size}`, cold?.ms, warm?.ms);
    minutesRow('peak RSS of the generating process (MiB)', cold?.peakRssMiB, warm?.peakRssMiB);
    minutesRow('peak JS heap (MiB, sampled every 10 ms)', cold?.peakHeapMiB, warm?.peakHeapMiB);
    minutesRow('PDF pages · PDF bytes · DOCX bytes', cold ? `${cold.pdfPages} · ${cold.pdfBytes} · ${cold.docxBytes}` : null);
  }
  return rows;
}

const fmt = (x) => (x === null || x === undefined ? '—' : typeof x === 'number' ? String(x) : String(x));
const verdict = (met) => (met === true ? '✅ met' : met === false ? '❌ not met' : '—');
const loadText = (l) =>
  l ? `api ${l.server.cpuPercent}% · gen ${l.generator.cpuPercent}% (lag p99 ${l.generator.lagP99Ms} ms) · pg ${l.postgresCpuPercent}%` : '—';

export function markdown(results) {
  const m = results.machine;
  const lines = [];
  lines.push(`# Mufakat load benchmark — ${results.date}${results.quick ? ' (quick)' : ''}`);
  lines.push('');
  if (results.experiments?.length)
    lines.push(
      `> Experiment run: the api ran with ${results.experiments.map((e) => `\`bench/experiments/${e}.cjs\``).join(', ')} preloaded (a change the api does not have yet), to measure what it would move.\n`,
    );
  if (results.quick)
    lines.push("> Quick run: small sizes, a smoke test of the harness. The targets are the issue's full-size targets; verdicts here say nothing about them.\n");
  lines.push('## Machine');
  lines.push('');
  lines.push(`| | |`);
  lines.push(`|---|---|`);
  lines.push(`| CPU | ${m.cpu}, ${m.cores} cores${m.virtualisation ? ` (${m.virtualisation})` : ''} |`);
  lines.push(`| memory | ${m.memoryGiB} GiB |`);
  lines.push(`| kernel | ${m.kernel} |`);
  lines.push(`| node | ${m.node} |`);
  lines.push(
    `| Postgres | ${m.postgres} (synchronous_commit ${m.postgresSettings.synchronous_commit}, fsync ${m.postgresSettings.fsync}, shared_buffers ${m.postgresSettings.shared_buffers}) |`,
  );
  lines.push(
    `| Socket.IO | server ${m.socketIo}, client ${m.socketIoClient}, websocket transport only, perMessageDeflate off, bufferutil ${m.bufferutil ? 'installed' : 'not installed'} |`,
  );
  lines.push(
    `| pinning | ${results.pinning.enabled ? `server (api or baseline) on core ${results.pinning.server}, ${results.generatorWorkers} generator workers and pgbench on core ${results.pinning.generator}; Postgres not pinned` : `none (${results.pinning.reason})`} |`,
  );
  lines.push(`| load average | ${m.loadAverageAtStart.join(', ')} at start; ${results.loadAverageAtEnd.join(', ')} at end |`);
  lines.push(
    `| baseline | bare Socket.IO ${m.socketIo} server, no Nest, no database; attendance broadcast ${results.baselineAttendance === 'coalesced' ? 'coalesced at 100 ms (not what the api does)' : 'to the room on every join, as the api does'} |`,
  );
  lines.push(
    `| api | \`api\`: hosted mode, single replica, in-memory Socket.IO adapter (no Redis), database pool 10${results.targets['api-embedded'] ? "; \`api-embedded\`: the embedded mode as \`npm start\` runs it (its own PostgreSQL 18 child process in a fresh DATA_DIR, pool 10; the machine's Postgres unused)" : ''}; tree at git ${results.git}, api build ${results.apiBuild.git ? `${results.apiBuild.main} (its tree at git ${results.apiBuild.git})` : results.apiBuild.main.replace(/^.*?(apps\/api\/dist)/, '$1')} of ${results.apiBuild.builtAt}${results.apiBuild.changedDuringRun ? ' — REBUILT DURING THE RUN' : ''} |`,
  );
  lines.push('');
  lines.push('## Results');
  lines.push('');
  lines.push('| scenario | measure | api | baseline | api ÷ baseline | target | verdict | load during the api run (CPU % of one core) |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const r of results.evaluation) {
    lines.push(
      `| ${r.scenario} | ${r.measure} | ${fmt(r.api)} | ${fmt(r.baseline)} | ${fmt(r.ratio)} | ${r.target} | ${verdict(r.met)} | ${loadText(r.load)} |`,
    );
  }
  lines.push('');
  const notes = results.evaluation.filter((r) => r.note);
  if (notes.length) {
    lines.push('Notes:');
    for (const r of notes) lines.push(`- ${r.scenario}, ${r.measure}: ${r.note}`);
    lines.push('');
  }
  if (results.pgbench?.available) {
    lines.push('## Postgres ceiling (pgbench, same run)');
    lines.push('');
    lines.push('| script | clients | seconds | tps | mean latency (ms) |');
    lines.push('|---|---|---|---|---|');
    for (const r of [...results.pgbench.insert, results.pgbench.apiVote])
      lines.push(`| ${r.script} | ${r.clients} | ${r.seconds} | ${round(r.tps)} | ${r.latencyMs} |`);
    lines.push('');
    lines.push(
      '`insert.sql`: `' + results.pgbench.scripts.insert + "` — `api-vote.sql`: the api's upvote statement (insert + counter update) over 50 question rows.",
    );
    lines.push('');
  }
  lines.push('## Load per phase');
  lines.push('');
  lines.push(
    "CPU as % of one core over the phase; event-loop delay from `monitorEventLoopDelay`. Generator CPU is the sum of its workers (all on one core, so 100 % = saturated). Kernel: the server process's system time (socket writes and reads). Stolen: CPU time the hypervisor gave to other guests, over both cores (a shared host's noise).",
  );
  lines.push('');
  lines.push(
    '| target | phase | wall (s) | server CPU (of which kernel) | server lag p99 / max (ms) | generator CPU | generator lag p99 / max (ms) | Postgres CPU | stolen by the host |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const [target, t] of Object.entries(results.targets)) {
    for (const phase of ['idle', 'join', 'joinWarm', 'fanout', 'vote', 'persistence']) {
      const l = t[phase]?.load;
      if (!l) continue;
      lines.push(
        `| ${target} | ${phase} | ${l.wallS} | ${l.server.cpuPercent}% (${l.server.systemPercent ?? '—'}%) | ${l.server.lagP99Ms} / ${l.server.lagMaxMs} | ${l.generator.cpuPercent}% | ${l.generator.lagP99Ms} / ${l.generator.lagMaxMs} | ${l.postgresCpuPercent}% | ${l.stealPercent ?? '—'}% |`,
      );
    }
  }
  lines.push('');
  lines.push('## Details');
  lines.push('');
  for (const [target, t] of Object.entries(results.targets)) {
    const parts = [];
    if (t.idle)
      parts.push(
        `idle: ${t.idle.connected}/${t.idle.attendees} connected, heap ${t.idle.before.heapUsedMiB} → ${t.idle.after.heapUsedMiB} MiB, RSS ${t.idle.before.rssMiB} → ${t.idle.after.rssMiB} MiB, connect+sync p99 ${t.idle.connectMs.p99} ms, ${t.idle.dbQueriesPerConnection ?? 0} database queries per connection`,
      );
    for (const [phase, name] of [
      ['join', 'join, first after start'],
      ['joinWarm', 'join, warm'],
    ]) {
      const j = t[phase];
      if (!j) continue;
      const bySecond = j.joinMsBySecond?.map((s) => s.p99).join(' · ');
      parts.push(
        `${name}: ${j.joined} joined, ${j.failed} failed ${JSON.stringify(j.failedByStage)}; registering connection p99 ${j.connectMs.p99} ms, sync p99 ${j.syncMs.p99} ms; ${j.achievedJoinsPerS} joins/s, ${j.serverCpuMsPerJoin} ms server CPU and ${j.dbQueriesPerJoin ?? 0} database queries per join, last done ${j.lastJoinDoneAfterS} s after the first started${bySecond ? `; p99 (ms) by the second a join started: ${bySecond}` : ''}${j.errors.length ? `; errors: ${j.errors.join(' | ')}` : ''}`,
      );
    }
    if (t.fanout)
      parts.push(
        `fan-out: ${t.fanout.changes} changes (${t.fanout.skippedTicks} ticks skipped while one was in flight), moderator ack p50/p99 ${t.fanout.moderatorAckMs.p50}/${t.fanout.moderatorAckMs.p99} ms, ${t.fanout.dbQueriesPerChange ?? 0} database queries per change, max receipt ${t.fanout.latencyMs.max} ms`,
      );
    if (t.vote)
      parts.push(
        `vote: ${t.vote.sent} sent, ${t.vote.acknowledged} acknowledged, ${t.vote.noAck} without ack, ${t.vote.refused} refused; ack p50/p99/max ${t.vote.ackMs.p50}/${t.vote.ackMs.p99}/${t.vote.ackMs.max} ms; burst ${t.vote.burst.count} in ${t.vote.burst.durationMs / 1000} s: p99 ${t.vote.burstAckMs.p99} ms, ${t.vote.burstVotesPerS} votes/s; staleness p50/p99/max ${t.vote.tallyStalenessMs.p50}/${t.vote.tallyStalenessMs.p99}/${t.vote.tallyStalenessMs.max} ms over ${t.vote.sampleClients} sample clients; ${t.vote.serverCpuMsPerVote} ms server CPU and ${t.vote.dbQueriesPerVote ?? 0} database queries per vote (tally broadcasts included)`,
      );
    if (t.persistence)
      parts.push(
        `persistence (a second forum, ${t.persistence.attendees} attendees, ${t.persistence.questions} questions): ${t.persistence.acknowledged} votes in ${t.persistence.durationS} s with ${t.persistence.concurrency} in flight = ${t.persistence.votesPerS} votes/s, ${t.persistence.serverCpuMsPerVote} ms server CPU and ${t.persistence.dbQueriesPerVote ?? 0} database queries per vote, ack p50/p99 ${t.persistence.ackMs.p50}/${t.persistence.ackMs.p99} ms`,
      );
    if (parts.length) {
      lines.push(`**${target}**`);
      lines.push('');
      for (const p of parts) lines.push(`- ${p}`);
      lines.push('');
    }
  }
  const profiles = Object.entries(results.targets.api ?? {}).filter(([, v]) => v?.profile);
  if (profiles.length) {
    lines.push('## Where the api spends its time (CPU profile, self time)');
    lines.push('');
    for (const [phase, v] of profiles) {
      lines.push(`**${phase}** — ${v.profile.busyMs} ms busy of ${v.profile.totalMs} ms sampled`);
      lines.push('');
      lines.push('| package | ms | % of busy |');
      lines.push('|---|---|---|');
      for (const p of v.profile.byPackage.slice(0, 10)) lines.push(`| ${p.name} | ${p.ms} | ${p.percentOfBusy} |`);
      lines.push('');
      lines.push('| done for (nearest api function on the stack) | ms | % of busy |');
      lines.push('|---|---|---|');
      for (const f of v.profile.byApiCaller.slice(0, 10)) lines.push(`| \`${f.name}\` | ${f.ms} | ${f.percentOfBusy} |`);
      lines.push('');
      lines.push('| function (self time) | ms | % of busy |');
      lines.push('|---|---|---|');
      for (const f of v.profile.topFunctions.slice(0, 12)) lines.push(`| \`${f.name}\` | ${f.ms} | ${f.percentOfBusy} |`);
      lines.push('');
    }
  }
  const screensUnchecked = Object.values(results.targets).some((t) => t.correctness?.shownTalliesChecked === false);
  const verdictText = results.correctnessOk
    ? `every acknowledged vote stored exactly once, counters agree with rows${screensUnchecked ? '; final tallies on screens not compared (votes were left unanswered, the server was still writing)' : ', screens show the stored counts'}`
    : 'FAILED — see the JSON';
  lines.push(`Run took ${results.durationS} s. Correctness: ${verdictText}.`);
  lines.push('');
  return lines.join('\n');
}
