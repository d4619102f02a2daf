import type { ActionStatus, ActionTimeliness, DocumentLanguage, PublicForumView, PublicOrganisationView, PublicUnitView } from '@mufakat/contracts';
import type { ExportTable } from '@mufakat/documents';

interface Labels {
  status: Record<ActionStatus, string>;
  timeliness: Record<ActionTimeliness, string>;
  columns: Record<string, string>;
  feedTitle: (title: string) => string;
  entryTitle: (item: number, action: string, status: string, progress: number) => string;
  evidence: string;
}

const LABELS: Record<DocumentLanguage, Labels> = {
  id: {
    status: { planned: 'Direncanakan', in_progress: 'Sedang dikerjakan', done: 'Selesai', dropped: 'Dibatalkan' },
    timeliness: {
      no_deadline: 'Tanpa tenggat',
      on_track: 'Sesuai jadwal',
      due_soon: 'Mendekati tenggat',
      overdue: 'Terlambat',
      done_on_time: 'Selesai tepat waktu',
      done_late: 'Selesai terlambat',
      dropped: 'Dibatalkan',
    },
    columns: {
      item: 'No. kesepakatan',
      itemText: 'Kesepakatan',
      action: 'Tindak lanjut',
      responsibleUnit: 'Penanggung jawab',
      deadline: 'Tenggat waktu',
      timeFrame: 'Jangka waktu',
      status: 'Status',
      progress: 'Kemajuan (%)',
      timeliness: 'Ketepatan waktu',
      completedOn: 'Tanggal selesai',
      droppedReason: 'Alasan dibatalkan',
      lastUpdate: 'Pembaruan terakhir',
      forum: 'Forum',
      date: 'Tanggal',
      ikm: 'IKM',
      grade: 'Mutu',
      total: 'Jumlah tindak lanjut',
      done: 'Selesai',
      doneOnTime: 'Selesai tepat waktu',
      overdue: 'Terlambat',
      dropped: 'Dibatalkan',
      unit: 'Unit',
      city: 'Kota',
      forums: 'Jumlah forum',
      onTimeShare: 'Tepat waktu (%)',
      latestIkm: 'IKM terakhir',
    },
    feedTitle: (title) => `Tindak lanjut: ${title}`,
    entryTitle: (item, action, status, progress) => `Kesepakatan ${item}: ${action} — ${status} (${progress}%)`,
    evidence: 'Bukti',
  },
  en: {
    status: { planned: 'Planned', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
    timeliness: {
      no_deadline: 'No deadline',
      on_track: 'On track',
      due_soon: 'Due soon',
      overdue: 'Overdue',
      done_on_time: 'Done on time',
      done_late: 'Done late',
      dropped: 'Dropped',
    },
    columns: {
      item: 'Item no.',
      itemText: 'Consensus item',
      action: 'Action',
      responsibleUnit: 'Responsible unit',
      deadline: 'Deadline',
      timeFrame: 'Time frame',
      status: 'Status',
      progress: 'Progress (%)',
      timeliness: 'Timeliness',
      completedOn: 'Completed on',
      droppedReason: 'Reason dropped',
      lastUpdate: 'Last update',
      forum: 'Forum',
      date: 'Date',
      ikm: 'IKM',
      grade: 'Grade',
      total: 'Actions',
      done: 'Done',
      doneOnTime: 'Done on time',
      overdue: 'Overdue',
      dropped: 'Dropped',
      unit: 'Unit',
      city: 'City',
      forums: 'Forums',
      onTimeShare: 'On time (%)',
      latestIkm: 'Latest IKM',
    },
    feedTitle: (title) => `Follow-up: ${title}`,
    entryTitle: (item, action, status, progress) => `Item ${item}: ${action} — ${status} (${progress}%)`,
    evidence: 'Evidence',
  },
};

const columns = (l: Labels, keys: string[]) => keys.map((key) => ({ key, header: l.columns[key] }));
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** One row per action of the forum, in item order. */
export function forumActionsTable(view: PublicForumView, lang: DocumentLanguage): ExportTable {
  const l = LABELS[lang];
  return {
    name: 'actions',
    columns: columns(l, [
      'item',
      'itemText',
      'action',
      'responsibleUnit',
      'deadline',
      'timeFrame',
      'status',
      'progress',
      'timeliness',
      'completedOn',
      'droppedReason',
      'lastUpdate',
    ]),
    rows: view.items.flatMap((item) =>
      item.actions.map((action) => ({
        item: item.number,
        itemText: item.text,
        action: action.action,
        responsibleUnit: action.responsibleUnit,
        deadline: action.deadline,
        timeFrame: action.timeFrame,
        status: l.status[action.status],
        progress: action.progress,
        timeliness: l.timeliness[action.timeliness],
        completedOn: action.completedOn,
        droppedReason: action.droppedReason,
        lastUpdate: action.updates[0]?.at ?? null,
      })),
    ),
  };
}

/** One row per public forum of the unit, oldest first. */
export function unitForumsTable(view: PublicUnitView, lang: DocumentLanguage): ExportTable {
  const l = LABELS[lang];
  return {
    name: 'forums',
    columns: columns(l, ['forum', 'date', 'ikm', 'grade', 'total', 'done', 'doneOnTime', 'overdue', 'dropped']),
    rows: view.forums.map((forum) => ({
      forum: forum.title,
      date: forum.startsAt,
      ikm: forum.ikm,
      grade: forum.grade,
      total: forum.counts.total,
      done: forum.counts.done,
      doneOnTime: forum.counts.doneOnTime,
      overdue: forum.counts.overdue,
      dropped: forum.counts.dropped,
    })),
  };
}

/** One row per unit of the organisation. */
export function organisationUnitsTable(view: PublicOrganisationView, lang: DocumentLanguage): ExportTable {
  const l = LABELS[lang];
  return {
    name: 'units',
    columns: columns(l, ['unit', 'city', 'forums', 'total', 'done', 'doneOnTime', 'overdue', 'dropped', 'onTimeShare', 'latestIkm', 'grade']),
    rows: view.units.map((unit) => ({
      unit: unit.name,
      city: unit.city,
      forums: unit.forums,
      total: unit.counts.total,
      done: unit.counts.done,
      doneOnTime: unit.counts.doneOnTime,
      overdue: unit.counts.overdue,
      dropped: unit.counts.dropped,
      onTimeShare: percent(unit.onTimeShare),
      latestIkm: unit.latestIkm,
      grade: unit.latestGrade,
    })),
  };
}

/** XML text: the five characters that matter escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * An Atom 1.0 feed of the forum's updates, one entry per update, newest first; evidence files are enclosures.
 * `pageUrl` is the forum's public page, `feedUrl` this feed, `origin` the public address evidence links hang from.
 */
export function forumFeed(view: PublicForumView, lang: DocumentLanguage, urls: { pageUrl: string; feedUrl: string; origin: string }): string {
  const l = LABELS[lang];
  const entries = view.items
    .flatMap((item) => item.actions.flatMap((action) => action.updates.map((update) => ({ item, action, update }))))
    .sort((a, b) => b.update.at.localeCompare(a.update.at) || b.update.id.localeCompare(a.update.id));
  const updated = entries[0]?.update.at ?? view.beritaAcara?.issuedAt ?? view.forum.startsAt;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>urn:uuid:${view.forum.id}</id>`,
    `  <title>${xmlText(l.feedTitle(view.forum.title))}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText(view.unit.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(urls.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(urls.pageUrl)}"/>`,
  ];
  for (const { item, action, update } of entries) {
    const status = l.status[update.status];
    lines.push(
      '  <entry>',
      `    <id>urn:uuid:${update.id}</id>`,
      `    <title>${xmlText(l.entryTitle(item.number, action.action, status, update.progress))}</title>`,
      `    <updated>${update.at}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(`${urls.pageUrl}#action-${action.id}`)}"/>`,
      ...update.evidence.map(
        (e) =>
          `    <link rel="enclosure" type="${e.mime}" length="${e.size}" title="${xmlText(`${l.evidence}: ${e.name}`)}" href="${xmlText(urls.origin + e.url)}"/>`,
      ),
      `    <content type="text">${xmlText(update.note || `${status} (${update.progress}%)`)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
