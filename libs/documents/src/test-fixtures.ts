import { computeIkm, STAKEHOLDER_CATEGORIES, type AttendanceMode, type StakeholderCategory } from '@mufakat/contracts';
import type { BeritaAcaraModel } from './berita-acara-model';
import { photoPng, signaturePng } from './test-png';

type Attendee = BeritaAcaraModel['attendance']['list'][number];

const AGENDA = ['Paparan standar pelayanan penerbitan KTP-el', 'Diskusi dan penyepakatan perbaikan layanan'] as const;

/** Twelve attendees of a forum in Kupang; one name carries a non-ASCII letter on purpose. */
const PEOPLE: Array<[string, string, StakeholderCategory, AttendanceMode]> = [
  ['Ni Luh Putu Ayu Déwi', 'Forum Warga Kelurahan Oebobo', 'service_user', 'room'],
  ['Yohanes Ndoen', 'Warga Kelurahan Oesapa', 'service_user', 'room'],
  ['Maria Goreti Seran', 'Ikatan Pedagang Pasar Inpres', 'service_user', 'online'],
  ['Fransiska Tefa', 'Warga Kelurahan Naikoten', 'service_user', 'room'],
  ['Stefanus Bria', 'Dinas Dukcapil Kota Kupang', 'service_provider', 'room'],
  ['Agustinus Lelo', 'Dinas Dukcapil Kota Kupang', 'service_provider', 'room'],
  ['Dr. Yakobus Nahak, M.Si.', 'Universitas Nusa Cendana', 'academic', 'online'],
  ['Elisabeth Manafe', 'Yayasan Peduli Difabel NTT', 'civil_society', 'room'],
  ['Pdt. Samuel Mesakh', 'Sinode GMIT', 'community_figure', 'room'],
  ['Rikardus Wawo', 'Pos Kupang', 'media', 'online'],
  ['Theresia Bunga', 'Kecamatan Kelapa Lima', 'government', 'room'],
  ['Hendrikus Kolo', 'Perorangan', 'other', 'online'],
];

function attendance(): BeritaAcaraModel['attendance'] {
  const list: Attendee[] = PEOPLE.map(([name, institution, category, mode], i) => ({
    name,
    institution,
    category,
    mode,
    joinedAt: new Date(Date.UTC(2025, 10, 24, 0, 40 + i * 2)).toISOString(),
  }));
  const count = (category: StakeholderCategory, mode: AttendanceMode): number => list.filter((a) => a.category === category && a.mode === mode).length;
  return {
    total: list.length,
    byMode: {
      room: list.filter((a) => a.mode === 'room').length,
      online: list.filter((a) => a.mode === 'online').length,
    },
    byCategory: STAKEHOLDER_CATEGORIES.map((category) => ({
      category,
      room: count(category, 'room'),
      online: count(category, 'online'),
    })).filter((c) => c.room + c.online > 0),
    list,
  };
}

/** Twenty survey forms with a fixed spread of scores, run through the contracts' IKM formula. */
function survey(): BeritaAcaraModel['survey'] {
  const score = (r: number, e: number): number => Math.min(4, 2 + ((r + e * 3) % 5 === 0 ? 0 : 1) + ((r * e) % 4 === 0 ? 1 : 0));
  const responses = Array.from({ length: 20 }, (_, r) => Array.from({ length: 9 }, (_, e) => score(r, e)));
  const result = computeIkm(responses);
  if (!result) throw new Error('fixture survey has no responses');
  return result;
}

/** A realistic Berita Acara model for renderer and export tests; `overrides` replaces top-level parts. */
export function beritaAcaraFixture(overrides: Partial<BeritaAcaraModel> = {}): BeritaAcaraModel {
  return {
    language: 'id',
    version: 3,
    generatedAt: '2025-11-24T06:15:00.000Z',
    timeZone: 'Asia/Makassar',
    forum: {
      title: 'Forum Konsultasi Publik Pelayanan Administrasi Kependudukan 2025',
      theme: 'Mempercepat penerbitan KTP-el dan Kartu Identitas Anak',
      serviceName: 'Penerbitan KTP-el',
      unitName: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
      venue: 'Aula Dinas Dukcapil Kota Kupang',
      startsAt: '2025-11-24T01:00:00.000Z',
      streamUrl: 'https://www.youtube.com/live/fkp-dukcapil-kupang',
      mode: 'hybrid',
      joinCode: 'KPG25',
    },
    attendance: attendance(),
    agenda: [
      { title: AGENDA[0], startedAt: '2025-11-24T01:05:00.000Z', endedAt: '2025-11-24T01:40:00.000Z' },
      { title: AGENDA[1], startedAt: '2025-11-24T01:40:00.000Z', endedAt: '2025-11-24T03:10:00.000Z' },
    ],
    discussion: [
      {
        agendaTitle: AGENDA[0],
        questions: [
          {
            text: 'Berapa lama KTP-el jadi setelah perekaman, dan apakah bisa dikirim ke kelurahan?',
            authorName: 'Yohanes Ndoen',
            upvotes: 14,
            answered: true,
            reply: 'Paling lama 3 hari kerja; pengiriman ke kelurahan sedang dijajaki.',
          },
          {
            text: 'Mengapa blangko sering habis di akhir bulan?',
            authorName: null,
            upvotes: 9,
            answered: true,
            reply: 'Kuota blangko dari pusat dibagi per bulan; dinas akan meminta tambahan kuota.',
          },
        ],
      },
      {
        agendaTitle: AGENDA[1],
        questions: [
          {
            text: 'Apakah layanan bisa dibuka hari Sabtu, khususnya untuk pekerja dan pelajar?',
            authorName: 'Ni Luh Putu Ayu Déwi',
            upvotes: 21,
            answered: true,
            reply: 'Disepakati dalam forum ini: Sabtu pagi di kantor dinas.',
          },
          {
            text: 'Bagaimana layanan untuk warga difabel yang tidak bisa datang ke kantor?',
            authorName: 'Elisabeth Manafe',
            upvotes: 11,
            answered: false,
            reply: null,
          },
        ],
      },
    ],
    polls: [
      {
        question: 'Bagian layanan mana yang paling perlu diperbaiki?',
        type: 'single',
        agendaTitle: AGENDA[1],
        respondents: 11,
        bars: [
          { label: 'Antrean', value: 5 },
          { label: 'Persyaratan', value: 2 },
          { label: 'Jam layanan', value: 3 },
          { label: 'Informasi', value: 1 },
        ],
        valueKind: 'count',
        average: null,
        answers: [],
      },
      {
        question: 'Urutkan prioritas perbaikan layanan',
        type: 'ranking',
        agendaTitle: AGENDA[1],
        respondents: 10,
        bars: [
          { label: 'Layanan hari Sabtu', value: 26 },
          { label: 'Antrean daring', value: 21 },
          { label: 'Layanan jemput bola', value: 13 },
        ],
        valueKind: 'borda',
        average: null,
        answers: [],
      },
      {
        question: 'Apa saran Anda untuk pelayanan KTP-el?',
        type: 'open',
        agendaTitle: null,
        respondents: 3,
        bars: [],
        valueKind: 'count',
        average: null,
        answers: ['Status pencetakan dikirim lewat WhatsApp', 'Tambah loket khusus lansia dan difabel', 'Petugas datang ke sekolah untuk perekaman pelajar'],
      },
    ],
    consensus: [
      {
        number: 1,
        text: 'Layanan perekaman KTP-el dibuka setiap Sabtu pukul 08.00–12.00 WITA di kantor dinas.',
        agendaTitle: AGENDA[1],
        signals: { agree: 9, disagree: 1, abstain: 2 },
        approvedAt: '2025-11-24T02:50:00.000Z',
        followUp: {
          action: 'Jadwal piket hari Sabtu',
          responsibleUnit: 'Bidang Pelayanan Pendaftaran Penduduk',
          deadline: '2026-01-05',
          timeFrame: null,
          status: 'planned',
        },
      },
      {
        number: 2,
        text: 'Antrean daring diperluas ke seluruh kantor kecamatan di Kota Kupang.',
        agendaTitle: AGENDA[1],
        signals: { agree: 8, disagree: 2, abstain: 2 },
        approvedAt: '2025-11-24T03:05:00.000Z',
        followUp: {
          action: 'Aplikasi antrean di kecamatan',
          responsibleUnit: 'Bidang PIAK',
          deadline: null,
          timeFrame: '3 bulan',
          status: 'in_progress',
        },
      },
    ],
    survey: survey(),
    signatories: [
      {
        side: 'provider',
        name: 'Drs. Stefanus Bria, M.Si.',
        institution: 'Dinas Dukcapil Kota Kupang',
        category: 'service_provider',
        roleTitle: 'Kepala Dinas',
        signature: { png: signaturePng(), signedAt: '2025-11-24T06:00:00.000Z' },
      },
      {
        side: 'public',
        name: 'Ni Luh Putu Ayu Déwi',
        institution: 'Forum Warga Kelurahan Oebobo',
        category: 'service_user',
        roleTitle: 'Perwakilan pengguna layanan',
        signature: null,
      },
    ],
    official: {
      number: null,
      letterhead: {
        unitName: 'Dinas Kependudukan dan Pencatatan Sipil Kota Kupang',
        parentBody: 'Pemerintah Kota Kupang',
        address: 'Jl. Timor Raya No. 5, Oesapa, Kupang 85228',
        logo: null,
      },
      city: 'Kupang',
      head: { name: 'Drs. Stefanus Bria, M.Si.', position: 'Kepala Dinas', nip: '19700101 199003 1 001' },
      acknowledger: null,
    },
    questionRecord: {
      byCategory: [
        { category: 'service_user', asked: 6, rejected: 1, withdrawn: 1 },
        { category: 'civil_society', asked: 1, rejected: 0, withdrawn: 0 },
        { category: 'media', asked: 1, rejected: 1, withdrawn: 0 },
      ],
      hidden: null,
    },
    speakers: [
      { name: 'Yohanes Ndoen', category: 'service_user', mode: 'room', minutes: 4 },
      { name: 'Dr. Yakobus Nahak, M.Si.', category: 'academic', mode: 'online', minutes: 6 },
    ],
    photos: [{ mime: 'image/png', data: photoPng(), caption: 'Suasana diskusi di Aula Dinas Dukcapil Kota Kupang' }],
    ...overrides,
  };
}
