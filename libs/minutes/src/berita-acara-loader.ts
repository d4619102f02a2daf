import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { computeIkm, pollResultView, RECORDED_QUESTION_STATUSES, STAKEHOLDER_CATEGORIES, type DocumentLanguage, type PollResults } from '@mufakat/contracts';
import type { BeritaAcaraModel } from '@mufakat/documents';
import {
  AgendaItem,
  ConsensusItem,
  consensusTalliesOf,
  DocumentPhoto,
  Forum,
  Participant,
  Poll,
  pollResultsOf,
  Question,
  Representative,
  Signature,
  SpeakerRequest,
  SurveyResponse,
  Unit,
} from '@mufakat/persistence';
import { In, IsNull, type EntityManager } from 'typeorm';
import { photoFilePath } from './document-files';

export interface LoadOptions {
  language: DocumentLanguage;
  version: number;
  timeZone: string;
  /** The Berita Acara's number, on a final version; a draft has none. */
  number?: string | null;
}

type Bars = Pick<BeritaAcaraModel['polls'][number], 'bars' | 'valueKind' | 'average' | 'answers'>;

/**
 * Reads everything a Berita Acara shows, in the caller's (repeatable-read) transaction so the document is one
 * consistent moment of the forum. Photos (files on disk) are attached by the document job only, with attachPhotos;
 * signatures are left empty: which ones apply depends on the content fingerprint.
 */
export async function loadBeritaAcara(manager: EntityManager, forumId: string, options: LoadOptions): Promise<BeritaAcaraModel> {
  const forum = await manager.findOneByOrFail(Forum, { id: forumId });
  const unit = forum.unitId ? await manager.findOneBy(Unit, { id: forum.unitId }) : null;
  // Voided attendees were never attendees: the record neither lists nor counts them.
  const participants = await manager.find(Participant, { where: { forumId, voidedAt: IsNull() }, order: { joinedAt: 'ASC', id: 'ASC' } });
  const withVerified = forum.checkInEnabled;
  const agenda = await manager.find(AgendaItem, { where: { forumId }, order: { position: 'ASC' } });
  const agendaTitle = new Map(agenda.map((item) => [item.id, item.title]));
  const titleOf = (id: string | null): string | null => (id ? (agendaTitle.get(id) ?? null) : null);

  const byMode = { room: 0, online: 0 };
  for (const p of participants) byMode[p.mode] += 1;
  const byCategory = STAKEHOLDER_CATEGORIES.map((category) => {
    const ofCategory = participants.filter((p) => p.category === category);
    return { category, room: ofCategory.filter((p) => p.mode === 'room').length, online: ofCategory.filter((p) => p.mode === 'online').length };
  }).filter((row) => row.room + row.online > 0);

  return {
    language: options.language,
    version: options.version,
    generatedAt: new Date().toISOString(),
    timeZone: options.timeZone,
    forum: {
      title: forum.title,
      theme: forum.theme,
      serviceName: forum.serviceName,
      unitName: forum.unitName,
      venue: forum.venue,
      startsAt: forum.startsAt.toISOString(),
      streamUrl: forum.streamUrl,
      mode: byMode.online === 0 ? 'room' : byMode.room === 0 ? 'online' : 'hybrid',
      joinCode: forum.joinCode,
    },
    attendance: {
      total: participants.length,
      byMode,
      byCategory,
      ...(withVerified ? { verified: participants.filter((p) => p.verifiedAt).length } : {}),
      list: participants.map((p) => ({ name: p.name, institution: p.institution, category: p.category, mode: p.mode, joinedAt: p.joinedAt.toISOString() })),
    },
    agenda: agenda.map((item) => ({ title: item.title, startedAt: item.startedAt?.toISOString() ?? null, endedAt: item.endedAt?.toISOString() ?? null })),
    discussion: await loadDiscussion(manager, forum, agenda, titleOf),
    polls: await loadPolls(manager, forumId, titleOf),
    consensus: await loadConsensus(manager, forumId, titleOf, withVerified),
    survey: await loadSurvey(manager, forumId, withVerified),
    signatories: (await representativesOf(manager, forumId)).map((rep) => toSignatory(rep, null, unit?.headName ?? null)),
    official: officialOf(forum, unit, options.number ?? null),
    questionRecord: await loadQuestionRecord(manager, forum),
    speakers: await loadSpeakers(manager, forumId),
    photos: [],
  };
}

/** Without unit settings the letterhead is the forum's unit name alone, and nobody is named to sign for the provider. */
function officialOf(forum: Forum, unit: Unit | null, number: string | null): BeritaAcaraModel['official'] {
  const person = (name: string | null | undefined, position: string | null | undefined, nip: string | null | undefined) =>
    name ? { name, position: position ?? '', nip: nip ?? null } : null;
  return {
    number,
    letterhead: { unitName: unit?.name ?? forum.unitName, parentBody: unit?.parentBody ?? null, address: unit?.address ?? null, logo: null },
    city: unit?.city ?? null,
    head: person(unit?.headName, unit?.headPosition, unit?.headNip),
    acknowledger: person(unit?.acknowledgerName, unit?.acknowledgerPosition, unit?.acknowledgerNip),
  };
}

/** Every question asked, whatever became of it: the room's record counts what it did not see too. */
async function loadQuestionRecord(manager: EntityManager, forum: Forum): Promise<BeritaAcaraModel['questionRecord']> {
  const questions = await manager.find(Question, { where: { forumId: forum.id }, relations: { participant: true }, order: { createdAt: 'ASC' } });
  const categoryOf = (q: Question) => q.participant?.category ?? 'other';
  const byCategory = STAKEHOLDER_CATEGORIES.map((category) => {
    const asked = questions.filter((q) => categoryOf(q) === category);
    return {
      category,
      asked: asked.length,
      rejected: asked.filter((q) => q.status === 'rejected').length,
      withdrawn: asked.filter((q) => q.status === 'withdrawn').length,
    };
  }).filter((row) => row.asked > 0);
  const hidden = forum.showHiddenQuestionTexts
    ? questions.flatMap((q) => (q.status === 'rejected' || q.status === 'withdrawn' ? [{ text: q.text, status: q.status, category: categoryOf(q) }] : []))
    : null;
  return { byCategory, hidden };
}

/** Everyone given the floor, in the order they spoke, with whole minutes spoken (at least one once they began). */
async function loadSpeakers(manager: EntityManager, forumId: string): Promise<BeritaAcaraModel['speakers']> {
  const requests = await manager.find(SpeakerRequest, { where: { forumId }, relations: { participant: true }, order: { startedAt: 'ASC' } });
  return requests
    .filter((r) => r.startedAt !== null)
    .map((r) => ({
      name: r.participant?.name ?? '',
      category: r.participant?.category ?? 'other',
      mode: r.participant?.mode ?? 'room',
      minutes: r.endedAt && r.startedAt ? Math.max(1, Math.round((r.endedAt.getTime() - r.startedAt.getTime()) / 60_000)) : null,
    }));
}

/**
 * SHA-256 of what the document says, leaving out when and as which version it was made and the signatures:
 * a signature given on one version holds for any later version that says the same.
 */
export function contentFingerprint(model: BeritaAcaraModel): string {
  const { logo } = model.official.letterhead;
  const canonical: Partial<BeritaAcaraModel> & Record<string, unknown> = {
    ...model,
    signatories: model.signatories.map((who) => ({ ...who, signature: null })),
    // The number is given when the document is final: signatures on the draft hold for the numbered version.
    official: { ...model.official, number: null, letterhead: { ...model.official.letterhead, logo: null } },
    logoHash: logo ? createHash('sha256').update(logo.data).digest('hex') : null,
    photos: [],
    photoHashes: model.photos.map((photo) => ({ mime: photo.mime, caption: photo.caption, sha256: createHash('sha256').update(photo.data).digest('hex') })),
  };
  delete canonical.version;
  delete canonical.generatedAt;
  delete canonical.verification;
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** Fills in the signatures given on a version with this fingerprint; returns the names still missing. */
export async function attachSignatures(manager: EntityManager, forumId: string, model: BeritaAcaraModel, fingerprint: string): Promise<string[]> {
  const representatives = await representativesOf(manager, forumId);
  const signatures = representatives.length
    ? await manager.find(Signature, {
        // A revision voids signatures: they stay as history, and no document shows them again.
        where: { representativeId: In(representatives.map((r) => r.id)), contentFingerprint: fingerprint, voidedAt: IsNull() },
        order: { signedAt: 'DESC' },
      })
    : [];
  const headName = model.official.head?.name ?? null;
  model.signatories = representatives.map((rep) => toSignatory(rep, signatures.find((s) => s.representativeId === rep.id) ?? null, headName));
  return model.signatories.filter((who) => who.signature === null).map((who) => who.name);
}

/** Provider first, then the public, each in the order they were named. */
async function representativesOf(manager: EntityManager, forumId: string): Promise<Representative[]> {
  const representatives = await manager.find(Representative, {
    where: { forumId },
    relations: { participant: true, staffUser: true },
    order: { createdAt: 'ASC' },
  });
  return [...representatives.filter((r) => r.side === 'provider'), ...representatives.filter((r) => r.side === 'public')];
}

/** A staff signatory signs as the head of unit of the record settings, so the head's block carries their signature. */
function toSignatory(rep: Representative, signature: Signature | null, headName: string | null): BeritaAcaraModel['signatories'][number] {
  const staff = rep.staffUserId !== null && rep.staffUserId !== undefined;
  return {
    side: rep.side,
    name: staff ? (headName ?? rep.staffUser?.name ?? '') : (rep.participant?.name ?? ''),
    institution: staff ? '' : (rep.participant?.institution ?? ''),
    category: staff ? 'service_provider' : (rep.participant?.category ?? 'other'),
    roleTitle: rep.roleTitle,
    signature: signature ? { png: signature.png, signedAt: signature.signedAt.toISOString() } : null,
  };
}

async function loadDiscussion(
  manager: EntityManager,
  forum: Forum,
  agenda: AgendaItem[],
  titleOf: (id: string | null) => string | null,
): Promise<BeritaAcaraModel['discussion']> {
  const questions = await manager.find(Question, {
    where: { forumId: forum.id, status: In([...RECORDED_QUESTION_STATUSES]) },
    relations: { participant: true },
    order: { upvoteCount: 'DESC', createdAt: 'ASC' },
  });
  // Archived questions were seen by the room before they were archived; they belong to the record.
  const groups = [...agenda.map((item) => item.id as string | null), null];
  return groups
    .map((agendaItemId) => ({
      agendaTitle: titleOf(agendaItemId),
      questions: questions
        .filter((q) => (titleOf(q.agendaItemId) === null ? null : q.agendaItemId) === agendaItemId)
        .map((q) => ({
          text: q.text,
          authorName: q.anonymous || forum.fullyAnonymous ? null : (q.participant?.name ?? null),
          upvotes: q.upvoteCount,
          answered: q.status === 'answered',
          reply: q.replyText,
        })),
    }))
    .filter((group) => group.questions.length > 0);
}

async function loadPolls(manager: EntityManager, forumId: string, titleOf: (id: string | null) => string | null): Promise<BeritaAcaraModel['polls']> {
  const polls = await manager.find(Poll, { where: { forumId, status: In(['open', 'closed']) }, order: { openedAt: 'ASC', createdAt: 'ASC' } });
  const result: BeritaAcaraModel['polls'] = [];
  for (const poll of polls) {
    const results = await pollResultsOf(manager, poll);
    result.push({
      question: poll.question,
      type: poll.type,
      agendaTitle: titleOf(poll.agendaItemId),
      respondents: results.respondents,
      ...barsOf(poll, results),
    });
  }
  return result;
}

function barsOf(poll: Poll, results: PollResults): Bars {
  const view = pollResultView(poll, results, { words: 15 });
  const none = { average: null, answers: [] as string[] };
  switch (view.type) {
    case 'single':
    case 'multiple':
    case 'wordcloud':
      return { ...none, valueKind: 'count', bars: view.rows.map((row) => ({ label: row.label, value: row.count })) };
    case 'rating':
      return { valueKind: 'count', bars: view.rows.map((row) => ({ label: row.label, value: row.count })), average: view.average, answers: [] };
    case 'open':
      return { ...none, valueKind: 'count', bars: [], answers: view.answers.map((a) => a.text) };
    case 'ranking':
      return {
        ...none,
        valueKind: view.method === 'borda' ? 'borda' : 'average-position',
        bars: view.rows.map((row) => ({ label: row.label, value: row.score })),
      };
  }
}

async function loadConsensus(
  manager: EntityManager,
  forumId: string,
  titleOf: (id: string | null) => string | null,
  withVerified: boolean,
): Promise<BeritaAcaraModel['consensus']> {
  const items = await manager.find(ConsensusItem, { where: { forumId, status: 'approved' }, order: { number: 'ASC' } });
  const tallies = await consensusTalliesOf(
    manager,
    items.map((item) => item.id),
    withVerified,
  );
  return items.map((item) => {
    const followUp = item.followUp ?? { action: '', responsibleUnit: '', deadline: null, timeFrame: null, status: 'planned' as const };
    return {
      number: item.number ?? 0,
      text: item.text,
      agendaTitle: titleOf(item.agendaItemId),
      signals: tallies[item.id].total,
      ...(tallies[item.id].verified ? { signalsVerified: tallies[item.id].verified } : {}),
      approvedAt: (item.decidedAt ?? item.updatedAt).toISOString(),
      followUp,
    };
  });
}

async function loadSurvey(manager: EntityManager, forumId: string, withVerified: boolean): Promise<BeritaAcaraModel['survey']> {
  const rows = await manager.find(SurveyResponse, {
    select: { scores: true, participantId: true, participant: { id: true, verifiedAt: true } },
    where: { forumId, participant: { voidedAt: IsNull() } },
    relations: { participant: true },
  });
  const ikm = computeIkm(rows.map((r) => r.scores));
  if (!ikm) return null;
  const survey = { respondents: ikm.respondents, elements: ikm.elements, ikm: ikm.ikm, converted: ikm.converted, grade: ikm.grade };
  if (!withVerified) return survey;
  const verified = computeIkm(rows.filter((r) => r.participant?.verifiedAt).map((r) => r.scores));
  return { ...survey, verified: verified && { respondents: verified.respondents, converted: verified.converted, grade: verified.grade } };
}

/** Reads the documentation photos' files and the unit's logo into the model; exports have no use for them. */
export async function attachPhotos(manager: EntityManager, forumId: string, model: BeritaAcaraModel, documentsDir: string): Promise<void> {
  const forum = await manager.findOneByOrFail(Forum, { id: forumId });
  const unit = forum.unitId ? await manager.findOneBy(Unit, { id: forum.unitId }) : null;
  if (unit?.logoPath && unit.logoMime) {
    model.official.letterhead.logo = { mime: unit.logoMime, data: await readFile(photoFilePath(documentsDir, unit.logoPath)) };
  }
  const photos = await manager.find(DocumentPhoto, { where: { forumId }, order: { uploadedAt: 'ASC' } });
  model.photos = await Promise.all(
    photos.map(async (photo) => ({ mime: photo.mime, caption: photo.caption, data: await readFile(photoFilePath(documentsDir, photo.filePath)) })),
  );
}
