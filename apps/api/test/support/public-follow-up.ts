import { deflateSync } from 'node:zlib';
import {
  actionTimeliness,
  apiPaths,
  computeIkm,
  countActions,
  onTimeShare,
  sumActionCounts,
  type ActionStatus,
  type ActionUpdateView,
  type ActionView,
  type IkmResult,
  type PublicForumView,
  type PublicOrganisationSummary,
  type PublicOrganisationView,
  type PublicUnitRef,
  type PublicUnitView,
  type PublicVersionView,
} from '@mufakat/contracts';
import { pngWith } from './images';

/**
 * The public follow-up pages' data for a browser test, before the server serves it: one organisation, two units,
 * three forums; one action overdue, one update with a PNG photo as evidence. The aggregates are derived with the
 * contracts' own rules, so the unit and organisation figures add up exactly as the server's must.
 */
export const AS_OF = '2026-11-20';
const TIME_ZONE = 'Asia/Jakarta';

export const ORGANISATION = { id: 'org-banyumas', name: 'Pemerintah Kabupaten Banyumas' };
const UNITS = {
  capil: { id: 'unit-capil', name: 'Dinas Kependudukan dan Pencatatan Sipil', code: 'Disdukcapil', city: 'Purwokerto' },
  health: { id: 'unit-dinkes', name: 'Dinas Kesehatan', code: 'Dinkes', city: 'Purwokerto' },
};
export const EVIDENCE_PNG_ID = 'ev-photo';
export const EVIDENCE_PDF_ID = 'ev-report';

interface ActionSeed {
  id: string;
  action: string;
  responsibleUnit: string;
  deadline: string | null;
  timeFrame: string | null;
  status: ActionStatus;
  progress: number;
  completedOn?: string;
  droppedReason?: string;
  updates?: ActionUpdateView[];
}

interface ForumSeed {
  id: string;
  unit: keyof typeof UNITS;
  title: string;
  venue: string;
  startsAt: string;
  /** Survey answers, nine scores each. */
  survey: number[][];
  items: Array<{ number: number; text: string; actions: ActionSeed[] }>;
  record: { code: string; documentNumber: string; version: number; issuedAt: string };
}

/** A real 96×72 RGB PNG (a blue-to-green gradient), the photo an officer attached as evidence. */
export function evidencePng(): Buffer {
  const width = 96;
  const height = 72;
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x += 1) raw.set([20, Math.round((160 * x) / width) + 60, Math.round((180 * y) / height) + 60], row + 1 + x * 3);
  }
  return pngWith({ width, height, colourType: 2 }, deflateSync(raw));
}

const FORUMS: ForumSeed[] = [
  {
    id: 'forum-ktp',
    unit: 'capil',
    title: 'FKP Standar Pelayanan KTP-el',
    venue: 'Aula Disdukcapil',
    startsAt: '2026-03-10T02:00:00.000Z',
    survey: [
      [3, 3, 4, 3, 3, 3, 4, 3, 3],
      [4, 3, 3, 3, 4, 3, 3, 3, 3],
    ],
    items: [
      {
        number: 1,
        text: 'Alur dan persyaratan penerbitan KTP-el dipublikasikan lebih jelas di kantor dan di laman dinas.',
        actions: [
          {
            id: 'act-publish',
            action: 'Memasang papan alur pelayanan dan memperbarui laman persyaratan',
            responsibleUnit: 'Bidang Pelayanan Pendaftaran Penduduk',
            deadline: '2026-06-10',
            timeFrame: '3 bulan',
            status: 'done',
            progress: 100,
            completedOn: '2026-05-20',
            updates: [
              {
                id: 'upd-done',
                at: '2026-05-20T03:15:00.000Z',
                status: 'done',
                progress: 100,
                note: 'Papan alur terpasang di ruang tunggu; laman persyaratan diperbarui.',
                evidence: [
                  {
                    id: EVIDENCE_PNG_ID,
                    name: 'papan-alur.png',
                    mime: 'image/png',
                    size: evidencePng().length,
                    sha256: 'a'.repeat(64),
                    url: apiPaths.publicEvidence(EVIDENCE_PNG_ID),
                  },
                  {
                    id: EVIDENCE_PDF_ID,
                    name: 'laporan-pemasangan.pdf',
                    mime: 'application/pdf',
                    size: 245_760,
                    sha256: 'b'.repeat(64),
                    url: apiPaths.publicEvidence(EVIDENCE_PDF_ID),
                  },
                ],
              },
              { id: 'upd-start', at: '2026-04-02T02:00:00.000Z', status: 'in_progress', progress: 40, note: 'Desain papan alur disetujui.', evidence: [] },
            ],
          },
        ],
      },
      {
        number: 2,
        text: 'Layanan jemput bola untuk warga lanjut usia dan penyandang disabilitas.',
        actions: [
          {
            id: 'act-outreach',
            action: 'Menjadwalkan layanan keliling ke kecamatan',
            responsibleUnit: 'Seksi Pelayanan Keliling',
            deadline: '2027-03-10',
            timeFrame: '12 bulan',
            status: 'in_progress',
            progress: 40,
            updates: [
              {
                id: 'upd-outreach',
                at: '2026-08-01T04:00:00.000Z',
                status: 'in_progress',
                progress: 40,
                note: 'Sepuluh dari 27 kecamatan terjadwal.',
                evidence: [],
              },
            ],
          },
        ],
      },
    ],
    record: { code: 'K7M2Q9X4TB', documentNumber: '470/12/Disdukcapil/2026', version: 2, issuedAt: '2026-03-12T07:30:00.000Z' },
  },
  {
    id: 'forum-kk',
    unit: 'capil',
    title: 'FKP Pelayanan Kartu Keluarga',
    venue: 'Pendopo Kecamatan Sokaraja',
    startsAt: '2026-07-01T01:30:00.000Z',
    survey: [
      [4, 4, 4, 3, 4, 4, 4, 3, 4],
      [4, 3, 4, 4, 4, 3, 4, 4, 3],
    ],
    items: [
      {
        number: 1,
        text: 'Data KIS PBI diperbarui bersama desa.',
        actions: [
          {
            id: 'act-kis',
            action: 'Pemutakhiran data KIS PBI bersama pemerintah desa',
            responsibleUnit: 'Bidang Pengelolaan Informasi Administrasi Kependudukan',
            deadline: '2026-10-01',
            timeFrame: '3 bulan',
            status: 'in_progress',
            progress: 60,
            updates: [{ id: 'upd-kis', at: '2026-09-10T02:00:00.000Z', status: 'in_progress', progress: 60, note: '18 dari 30 desa selesai.', evidence: [] }],
          },
        ],
      },
      {
        number: 2,
        text: 'Antrean daring untuk pengurusan Kartu Keluarga.',
        actions: [
          {
            id: 'act-queue',
            action: 'Membuka antrean daring',
            responsibleUnit: 'Seksi Teknologi Informasi',
            deadline: '2026-12-01',
            timeFrame: '5 bulan',
            status: 'planned',
            progress: 0,
          },
        ],
      },
    ],
    record: { code: 'P3R8W6N2HC', documentNumber: '470/31/Disdukcapil/2026', version: 1, issuedAt: '2026-07-02T06:00:00.000Z' },
  },
  {
    id: 'forum-puskesmas',
    unit: 'health',
    title: 'FKP Pelayanan Puskesmas',
    venue: 'Puskesmas Purwokerto Timur',
    startsAt: '2026-08-15T01:00:00.000Z',
    survey: [
      [3, 2, 3, 3, 3, 2, 3, 3, 3],
      [3, 3, 2, 3, 3, 3, 2, 3, 2],
    ],
    items: [
      {
        number: 1,
        text: 'Jam layanan poli umum diperpanjang.',
        actions: [
          {
            id: 'act-hours',
            action: 'Memperpanjang jam layanan poli umum hingga pukul 16.00',
            responsibleUnit: 'Puskesmas Purwokerto Timur',
            deadline: '2026-09-15',
            timeFrame: '1 bulan',
            status: 'done',
            progress: 100,
            completedOn: '2026-09-30',
          },
        ],
      },
      {
        number: 2,
        text: 'Penambahan loket pendaftaran.',
        actions: [
          {
            id: 'act-counter',
            action: 'Membangun loket pendaftaran kedua',
            responsibleUnit: 'Subbagian Umum',
            deadline: '2026-12-31',
            timeFrame: null,
            status: 'dropped',
            progress: 20,
            droppedReason: 'Anggaran dialihkan ke pendaftaran daring.',
          },
        ],
      },
    ],
    record: { code: 'V5D9J2K8MA', documentNumber: '440/7/Dinkes/2026', version: 1, issuedAt: '2026-08-16T02:00:00.000Z' },
  },
];

function unitRef(key: keyof typeof UNITS): PublicUnitRef {
  return { id: UNITS[key].id, name: UNITS[key].name, organisation: ORGANISATION };
}

function actionView(forumId: string, itemNumber: number, seed: ActionSeed): ActionView {
  const completedOn = seed.completedOn ?? null;
  return {
    id: seed.id,
    forumId,
    itemNumber,
    action: seed.action,
    responsibleUnit: seed.responsibleUnit,
    deadline: seed.deadline,
    timeFrame: seed.timeFrame,
    status: seed.status,
    progress: seed.progress,
    droppedReason: seed.droppedReason ?? null,
    completedOn,
    timeliness: actionTimeliness({ status: seed.status, deadline: seed.deadline, completedOn }, AS_OF),
    updates: seed.updates ?? [],
  };
}

export interface FollowUpFixtures {
  organisations: PublicOrganisationSummary[];
  organisation: PublicOrganisationView;
  units: Record<string, PublicUnitView>;
  forums: Record<string, PublicForumView>;
  /** The version page of the first forum's Berita Acara, which links to the forum's follow-up. */
  version: PublicVersionView;
}

export function followUpFixtures(): FollowUpFixtures {
  const forums: Record<string, PublicForumView> = {};
  for (const seed of FORUMS) {
    const items = seed.items.map((item) => ({ number: item.number, text: item.text, actions: item.actions.map((a) => actionView(seed.id, item.number, a)) }));
    forums[seed.id] = {
      forum: { id: seed.id, title: seed.title, venue: seed.venue, city: UNITS[seed.unit].city, startsAt: seed.startsAt, timeZone: TIME_ZONE },
      unit: unitRef(seed.unit),
      items,
      beritaAcara: { ...seed.record, sha256: { pdf: seed.record.code.toLowerCase().padEnd(64, 'c'), docx: seed.record.code.toLowerCase().padEnd(64, 'd') } },
      ikm: computeIkm(seed.survey) as IkmResult,
      counts: countActions(items.flatMap((item) => item.actions)),
      asOf: AS_OF,
    };
  }

  const units: Record<string, PublicUnitView> = {};
  for (const key of Object.keys(UNITS) as Array<keyof typeof UNITS>) {
    const own = FORUMS.filter((seed) => seed.unit === key).map((seed) => forums[seed.id]);
    const counts = sumActionCounts(own.map((view) => view.counts));
    const overdue = own
      .flatMap((view) => view.items.flatMap((item) => item.actions).map((action) => ({ ...action, forumTitle: view.forum.title })))
      .filter((action) => action.timeliness === 'overdue')
      .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
    units[UNITS[key].id] = {
      unit: { ...unitRef(key), code: UNITS[key].code, city: UNITS[key].city, parentBody: ORGANISATION.name, timeZone: TIME_ZONE },
      forums: own.map((view) => ({
        id: view.forum.id,
        title: view.forum.title,
        startsAt: view.forum.startsAt,
        ikm: view.ikm?.converted ?? null,
        grade: view.ikm?.grade ?? null,
        counts: view.counts,
      })),
      counts,
      onTimeShare: onTimeShare(counts),
      overdue,
      asOf: AS_OF,
    };
  }

  const rows = Object.values(units).map((view) => {
    const latest = view.forums[view.forums.length - 1];
    return {
      id: view.unit.id,
      name: view.unit.name,
      city: view.unit.city,
      forums: view.forums.length,
      counts: view.counts,
      onTimeShare: view.onTimeShare,
      latestIkm: latest?.ikm ?? null,
      latestGrade: latest?.grade ?? null,
    };
  });
  const organisation: PublicOrganisationView = { organisation: ORGANISATION, units: rows, counts: sumActionCounts(rows.map((row) => row.counts)), asOf: AS_OF };

  const first = forums[FORUMS[0].id];
  const record = first.beritaAcara as NonNullable<PublicForumView['beritaAcara']>;
  const version: PublicVersionView = {
    issued: true,
    code: record.code,
    forumId: first.forum.id,
    forum: { title: first.forum.title, unitName: first.unit.name, venue: first.forum.venue, startsAt: first.forum.startsAt },
    documentNumber: record.documentNumber,
    version: record.version,
    language: 'id',
    timeZone: TIME_ZONE,
    issuedAt: record.issuedAt,
    sha256: { pdf: record.sha256.pdf as string },
    sizes: { pdf: 182_000 },
    signatories: [],
  };

  return {
    organisations: [{ id: ORGANISATION.id, name: ORGANISATION.name, units: rows.length, forums: FORUMS.length }],
    organisation,
    units,
    forums,
    version,
  };
}
