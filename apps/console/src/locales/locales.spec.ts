import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  AGENDA_STATUSES,
  ATTENDANCE_MODES,
  CONSENSUS_SIGNALS,
  CONSENSUS_STATUSES,
  DOCUMENT_LANGUAGES,
  DOCUMENT_STATUSES,
  ERROR_REASONS,
  EXPORT_FORMATS,
  EXPORT_KINDS,
  FOLLOW_UP_STATUSES,
  FORUM_STATUSES,
  POLL_STATUSES,
  POLL_TYPES,
  PROJECTOR_MODES,
  QUESTION_STATUSES,
  RANKING_METHODS,
  REACTION_KINDS,
  STAFF_QUESTION_STATUSES,
  STAFF_ROLES,
  SIGNATORY_SIDES,
  STAKEHOLDER_CATEGORIES,
  SURVEY_ELEMENTS,
  type ErrorCode,
} from '@mufakat/contracts';
import { CONSENSUS_GROUPS, consensusActions } from '../lib/consensus';
import { LIVE_TABS } from '../lib/live-tabs';
import { STAFF_CAPABILITIES } from '../lib/permissions';
import { STATUS_FILTERS } from '../lib/questions';
import type { ConnectionState } from '@mufakat/client';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));
}

const idKeys = flatten(id);
const enKeys = flatten(en);
const baseKeys = (keys: string[]) => new Set(keys.map((key) => key.replace(PLURAL, '')));

function has(keys: string[], key: string): boolean {
  return keys.includes(key) || keys.includes(`${key}_other`);
}

// Completeness is checked by the compiler: a new code in the contract breaks this object.
const ERROR_CODES: Record<ErrorCode, true> = {
  VALIDATION_FAILED: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  INVALID_STATE: true,
  RATE_LIMITED: true,
  INTERNAL: true,
  UNAVAILABLE: true,
};
const CONNECTION_STATES: Record<ConnectionState, true> = { connecting: true, live: true, reconnecting: true, rejected: true };

describe('locales', () => {
  it('Indonesian and English have the same keys', () => {
    expect([...baseKeys(enKeys)].sort()).toEqual([...baseKeys(idKeys)].sort());
  });

  it('every plural has the forms each language needs', () => {
    for (const key of idKeys.filter((k) => PLURAL.test(k))) {
      const base = key.replace(PLURAL, '');
      expect(idKeys).toContain(`${base}_other`);
      expect(enKeys).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
    }
  });

  it('no string is left empty', () => {
    const empty = (tree: Tree) =>
      flatten(tree).filter((key) => {
        const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(id)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it.each([
    ['categories', STAKEHOLDER_CATEGORIES],
    ['modes', ATTENDANCE_MODES],
    ['roles', STAFF_ROLES],
    ['forumStatus', FORUM_STATUSES],
    ['errorCodes', Object.keys(ERROR_CODES)],
    ['errorReasons', ERROR_REASONS],
    ['roleNames', STAFF_ROLES],
    ['live.titleByRole', STAFF_ROLES],
    ['permissions.readOnly', STAFF_CAPABILITIES],
    ['connection', Object.keys(CONNECTION_STATES)],
    ['questionStatus', QUESTION_STATUSES],
    ['questions.statusFilter', STATUS_FILTERS],
    ['questions.statusNotice', STAFF_QUESTION_STATUSES],
    ['questions.sort', ['top', 'recent']],
    ['agendaStatus', AGENDA_STATUSES],
    ['pollTypes', POLL_TYPES],
    ['polls.typeHints', POLL_TYPES],
    ['pollStatus', POLL_STATUSES],
    ['rankingMethods', RANKING_METHODS],
    ['polls.rankingExplain', RANKING_METHODS],
    ['polls.score', RANKING_METHODS],
    ['projectorModes', PROJECTOR_MODES],
    ['projectorControl.hints', ['join', 'agenda', 'speakers']],
    ['reactions', REACTION_KINDS],
    ['reactions.counted', REACTION_KINDS],
    ['tabs', LIVE_TABS],
    ['consensusStatus', CONSENSUS_STATUSES],
    ['consensus.groups', CONSENSUS_GROUPS],
    ['consensus.groupsEmpty', CONSENSUS_GROUPS],
    ['consensus.signals', CONSENSUS_SIGNALS],
    ['consensus.actions', CONSENSUS_STATUSES.flatMap((status) => consensusActions(status).map((a) => (a.kind === 'move' ? a.name : a.kind)))],
    ['followUpStatus', FOLLOW_UP_STATUSES],
    ['survey.elements', SURVEY_ELEMENTS],
    ['survey.grades', ['A', 'B', 'C', 'D']],
    ['documentLanguages', DOCUMENT_LANGUAGES],
    ['documentStatus', DOCUMENT_STATUSES],
    ['minutes.statusNotice', DOCUMENT_STATUSES],
    ['signatorySides', SIGNATORY_SIDES],
    ['exportKinds', EXPORT_KINDS],
    ['exportFormats', EXPORT_FORMATS],
    ['minutes.exports.hints', EXPORT_KINDS],
  ])('labels every value of %s in both languages', (group, values) => {
    for (const value of values) {
      expect(has(idKeys, `${group}.${value}`)).toBe(true);
      expect(has(enKeys, `${group}.${value}`)).toBe(true);
    }
  });

  it('has every literal key the source code asks for', () => {
    const srcDir = join(__dirname, '..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return files(path);
        return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
      });
    const used = new Set<string>();
    for (const file of files(srcDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !has(idKeys, key) || !has(enKeys, key));
    expect(missing).toEqual([]);
  });
});
