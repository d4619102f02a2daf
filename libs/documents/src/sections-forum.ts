import { STAKEHOLDER_CATEGORIES } from '@mufakat/contracts';
import type { DocumentBlock } from './document-blocks';
import type { SectionContext } from './section-context';

export function titleBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  const { forum } = model;
  return [
    { kind: 'title', text: t.title, subtitle: forum.title },
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

export function discussionBlocks({ model, t }: SectionContext): DocumentBlock[] {
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
