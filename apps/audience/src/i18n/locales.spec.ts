import {
  ACTION_STATUSES,
  ATTENDANCE_MODES,
  CONSENSUS_SIGNALS,
  ERROR_CODES,
  ERROR_REASONS,
  QUESTION_STATUSES,
  SIGNATORY_SIDES,
  STAKEHOLDER_CATEGORIES,
  SURVEY_ELEMENTS,
  type IkmGrade,
} from '@mufakat/contracts';
import { TIMELINESS_TONE } from '../lib/follow-up';
import { SURVEY_SCORES } from '../lib/survey-form';
import followUpEn from '../locales/follow-up.en.json';
import followUpId from '../locales/follow-up.id.json';
import publicEn from '../locales/public.en.json';
import publicId from '../locales/public.id.json';
import readerEn from '../locales/reader.en.json';
import readerId from '../locales/reader.id.json';
import coreEn from '../locales/en.json';
import coreId from '../locales/id.json';
import reasonsEn from '../locales/reasons.en.json';
import reasonsId from '../locales/reasons.id.json';
import { lookup, type Messages } from './translator';

// The reasons' words are a chunk of their own (see catalogues.ts); together they are the language's words.
const id: Messages = { ...coreId, ...reasonsId };
const en: Messages = { ...coreEn, ...reasonsEn };

/** The `{{name}}` placeholders of a text, sorted. */
const placeholders = (text: string | undefined) => (text?.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

describe('locale files', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("have the document reader's own strings, key for key, with the same placeholders", () => {
    expect(keys(readerEn).sort()).toEqual(keys(readerId).sort());
    for (const key of keys(readerId)) {
      expect([key, placeholders(lookup(readerEn, key))]).toEqual([key, placeholders(lookup(readerId, key))]);
    }
  });

  it('keep each part apart: the first load has no reason words, the reasons file nothing else', () => {
    expect(Object.keys(coreId)).not.toContain('errorReasons');
    expect(Object.keys(reasonsId)).toEqual(['errorReasons']);
    expect(Object.keys(reasonsEn)).toEqual(['errorReasons']);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(id)) {
      expect([key, placeholders(lookup(en, key))]).toEqual([key, placeholders(lookup(id, key))]);
    }
  });

  it('name every stakeholder category, mode and question status of the contract', () => {
    for (const messages of [id, en]) {
      for (const category of STAKEHOLDER_CATEGORIES) expect(lookup(messages, `category.${category}`)).toBeTruthy();
      for (const mode of ATTENDANCE_MODES) expect(lookup(messages, `mode.${mode}`)).toBeTruthy();
      for (const status of QUESTION_STATUSES) expect(lookup(messages, `mine.${status}`)).toBeTruthy();
    }
  });

  it('word every error code and every known error reason of the contract, so no server English reaches the page', () => {
    for (const messages of [id, en]) {
      for (const code of ERROR_CODES) expect(lookup(messages, `errorCodes.${code}`)).toBeTruthy();
      for (const reason of ERROR_REASONS) expect(lookup(messages, `errorReasons.${reason}`)).toBeTruthy();
    }
  });

  it('name every consensus signal, survey element and score, and signatory side of the contract', () => {
    for (const messages of [id, en]) {
      for (const signal of CONSENSUS_SIGNALS) expect(lookup(messages, `consensus.signal.${signal}`)).toBeTruthy();
      for (const code of SURVEY_ELEMENTS) expect(lookup(messages, `survey.element.${code}`)).toBeTruthy();
      for (const score of SURVEY_SCORES) expect(lookup(messages, `survey.score.${score}`)).toBeTruthy();
      for (const side of SIGNATORY_SIDES) expect(lookup(messages, `signing.side.${side}`)).toBeTruthy();
    }
  });

  it('use the PermenPAN-RB 14/2017 names of the survey elements in Indonesian', () => {
    expect(SURVEY_ELEMENTS.map((code) => lookup(id, `survey.element.${code}`))).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(lookup(id, 'consensus.signal.agree')).toBe('Setuju');
    expect(lookup(id, 'consensus.signal.disagree')).toBe('Tidak setuju');
  });

  it('use the FKP guideline wording for the categories in Indonesian', () => {
    expect(STAKEHOLDER_CATEGORIES.map((category) => lookup(id, `category.${category}`))).toEqual([
      'Pengguna layanan',
      'Penyelenggara layanan',
      'Akademisi/pakar',
      'Organisasi masyarakat sipil',
      'Tokoh masyarakat',
      'Media',
      'Instansi pemerintah lain',
      'Lainnya',
    ]);
    expect(lookup(id, 'mode.room')).toBe('Di ruangan');
    expect(lookup(id, 'mode.online')).toBe('Daring');
  });

  it("keep the public pages' own catalogues key-for-key, with the same placeholders", () => {
    for (const [idMessages, enMessages] of [
      [publicId, publicEn],
      [followUpId, followUpEn],
    ] as Array<[Messages, Messages]>) {
      expect(keys(enMessages).sort()).toEqual(keys(idMessages).sort());
      for (const key of keys(idMessages)) expect([key, placeholders(lookup(enMessages, key))]).toEqual([key, placeholders(lookup(idMessages, key))]);
    }
  });

  it('name every action status, timeliness and IKM grade on the follow-up pages', () => {
    // A Record over the contract's union: a timeliness added there fails the typecheck until it has a tone here.
    const timeliness = Object.keys(TIMELINESS_TONE);
    const grades: IkmGrade[] = ['A', 'B', 'C', 'D'];
    for (const messages of [followUpId, followUpEn] as Messages[]) {
      for (const status of ACTION_STATUSES) expect(lookup(messages, `status.${status}`)).toBeTruthy();
      for (const value of timeliness) expect(lookup(messages, `timeliness.${value}`)).toBeTruthy();
      for (const grade of grades) expect(lookup(messages, `grade.${grade}`)).toBeTruthy();
    }
    expect(lookup(followUpId, 'timeliness.overdue')).toBe('Terlambat');
  });
});
