import { STAKEHOLDER_CATEGORIES } from '@mufakat/contracts';
import type { DocumentBlock, LetterheadBlock } from './document-blocks';
import { imageInfo } from './image-size';
import { dateInWords } from './number-words';
import type { SectionContext } from './section-context';

export function titleBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  const { forum, official } = model;
  const place = official.city && !forum.venue.toLowerCase().includes(official.city.toLowerCase()) ? `${forum.venue}, ${official.city}` : forum.venue;
  const opening = t.official.opening({
    date: dateInWords(forum.startsAt, model.timeZone, model.language ?? 'id'),
    time: f.zonedTime(forum.startsAt),
    place,
    title: forum.title,
    unitName: official.letterhead.unitName,
  });
  return [
    letterheadBlock(model),
    { kind: 'title', text: t.title, subtitle: forum.title },
    { kind: 'paragraph', text: t.official.number(official.number), align: 'center', tone: 'strong' },
    { kind: 'paragraph', text: opening, align: 'justify' },
    {
      kind: 'keyValue',
      rows: [
        [t.header.unit, forum.unitName],
        [t.header.forumTitle, forum.title],
        [t.header.theme, forum.theme],
        [t.header.service, forum.serviceName],
        [t.header.dateTime, f.dateTime(forum.startsAt)],
        [t.header.venue, forum.venue],
        [t.header.mode, t.forumMode[forum.mode]],
        [t.header.onlineLink, forum.streamUrl ?? t.none],
      ],
    },
  ];
}

function letterheadBlock({ official }: SectionContext['model']): LetterheadBlock {
  const { letterhead } = official;
  const info = letterhead.logo ? imageInfo(letterhead.logo.data) : null;
  const lines: LetterheadBlock['lines'] = [];
  if (letterhead.parentBody) lines.push({ text: letterhead.parentBody.toUpperCase(), size: 'normal', bold: true });
  lines.push({ text: letterhead.unitName.toUpperCase(), size: 'large', bold: true });
  if (letterhead.address) lines.push({ text: letterhead.address, size: 'small' });
  // A logo whose header cannot be read is left out rather than failing the document.
  return { kind: 'letterhead', logo: letterhead.logo && info ? { data: letterhead.logo.data, info } : null, lines };
}

export function legalBasisBlocks({ t }: SectionContext): DocumentBlock[] {
  return [{ kind: 'list', ordered: true, items: t.legalBasis }];
}

export function attendanceBlocks({ model, t }: SectionContext): DocumentBlock[] {
  const { attendance } = model;
  // The model promises STAKEHOLDER_CATEGORIES order; sorting again keeps the table stable if a loader forgets.
  const rows = [...attendance.byCategory].sort((a, b) => STAKEHOLDER_CATEGORIES.indexOf(a.category) - STAKEHOLDER_CATEGORIES.indexOf(b.category));
  const room = rows.reduce((s, r) => s + r.room, 0);
  const online = rows.reduce((s, r) => s + r.online, 0);
  return [
    { kind: 'paragraph', text: t.attendance.total(attendance.total), tone: 'strong' },
    { kind: 'paragraph', text: t.attendance.byMode(attendance.byMode.room, attendance.byMode.online) },
    ...(attendance.verified === undefined ? [] : [{ kind: 'paragraph' as const, text: t.attendance.verified(attendance.verified) }]),
    {
      kind: 'table',
      columns: [
        { header: t.attendance.category, weight: 5 },
        { header: t.attendance.room, weight: 2, align: 'right' },
        { header: t.attendance.online, weight: 2, align: 'right' },
        { header: t.attendance.sum, weight: 2, align: 'right' },
      ],
      rows: rows.map((r) => [t.category[r.category], String(r.room), String(r.online), String(r.room + r.online)]),
      totals: [t.attendance.sum, String(room), String(online), String(room + online)],
    },
  ];
}

export function agendaBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  if (model.agenda.length === 0) return [{ kind: 'paragraph', text: t.agenda.empty, tone: 'note' }];
  return [
    {
      kind: 'table',
      columns: [
        { header: t.number, weight: 1.4, align: 'right' },
        { header: t.agenda.item, weight: 9 },
        { header: t.agenda.time, weight: 3 },
      ],
      rows: model.agenda.map((item, i) => [
        String(i + 1),
        item.title,
        item.startedAt ? `${f.time(item.startedAt)}–${item.endedAt ? f.time(item.endedAt) : ''}` : t.none,
      ]),
    },
  ];
}

export function discussionBlocks(ctx: SectionContext): DocumentBlock[] {
  return [...shownQuestionBlocks(ctx), ...questionRecordBlocks(ctx), ...speakerBlocks(ctx)];
}

function questionRecordBlocks({ model, t }: SectionContext): DocumentBlock[] {
  const { byCategory, hidden } = model.questionRecord;
  const sum = (key: 'asked' | 'rejected' | 'withdrawn'): number => byCategory.reduce((s, r) => s + r[key], 0);
  const blocks: DocumentBlock[] = [{ kind: 'subheading', text: t.record.questionsHeading }];
  if (sum('asked') === 0) return [...blocks, { kind: 'paragraph', text: t.record.noQuestions, tone: 'note' }];
  blocks.push(
    { kind: 'paragraph', text: t.record.summary(sum('asked'), sum('rejected'), sum('withdrawn')) },
    {
      kind: 'table',
      keepTogether: true,
      columns: [
        { header: t.attendance.category, weight: 6 },
        { header: t.record.asked, weight: 2, align: 'right' },
        { header: t.record.rejected, weight: 2, align: 'right' },
        { header: t.record.withdrawn, weight: 2, align: 'right' },
      ],
      rows: byCategory.filter((r) => r.asked > 0).map((r) => [t.category[r.category], String(r.asked), String(r.rejected), String(r.withdrawn)]),
      totals: [t.attendance.sum, String(sum('asked')), String(sum('rejected')), String(sum('withdrawn'))],
    },
  );
  if (hidden && hidden.length > 0) {
    blocks.push(
      { kind: 'subheading', text: t.record.hiddenHeading },
      {
        kind: 'table',
        columns: [
          { header: t.number, weight: 1.4, align: 'right' },
          { header: t.discussion.question, weight: 10 },
          { header: t.attendance.category, weight: 4 },
          { header: t.discussion.status, weight: 2.6 },
        ],
        rows: hidden.map((q, i) => [String(i + 1), q.text, t.category[q.category], t.record.hiddenStatus[q.status]]),
      },
    );
  }
  return blocks;
}

function speakerBlocks({ model, t }: SectionContext): DocumentBlock[] {
  const heading: DocumentBlock = { kind: 'subheading', text: t.record.speakersHeading };
  if (model.speakers.length === 0) return [heading, { kind: 'paragraph', text: t.record.noSpeakers, tone: 'note' }];
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { header: t.number, weight: 1.4, align: 'right' },
        { header: t.attendance.name, weight: 7 },
        { header: t.attendance.category, weight: 5 },
        { header: t.attendance.mode, weight: 3 },
        { header: t.record.minutes, weight: 3, align: 'right' },
      ],
      rows: model.speakers.map((s, i) => [
        String(i + 1),
        s.name,
        t.category[s.category],
        t.attendanceMode[s.mode],
        s.minutes === null ? t.none : String(s.minutes),
      ]),
    },
  ];
}

function shownQuestionBlocks({ model, t }: SectionContext): DocumentBlock[] {
  const groups = model.discussion.filter((g) => g.questions.length > 0);
  if (groups.length === 0) return [{ kind: 'paragraph', text: t.discussion.empty, tone: 'note' }];
  return groups.flatMap((group): DocumentBlock[] => [
    { kind: 'subheading', text: group.agendaTitle ?? t.discussion.outsideAgenda },
    {
      kind: 'table',
      columns: [
        { header: t.number, weight: 1.4, align: 'right' },
        { header: t.discussion.question, weight: 7 },
        { header: t.discussion.upvotes, weight: 2, align: 'right' },
        { header: t.discussion.status, weight: 2 },
        { header: t.discussion.reply, weight: 6 },
      ],
      rows: group.questions.map((q, i) => [
        String(i + 1),
        `${q.text}\n${t.discussion.askedBy}: ${q.authorName ?? t.discussion.anonymous}`,
        String(q.upvotes),
        q.answered ? t.discussion.answered : t.discussion.notAnswered,
        q.reply ?? t.none,
      ]),
    },
  ]);
}
