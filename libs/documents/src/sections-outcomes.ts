import { elementLabel, pollBars, surveyBars } from './bar-chart';
import type { BeritaAcaraModel } from './berita-acara-model';
import type { DocumentStrings } from './berita-acara-strings';
import type { DocumentBlock } from './document-blocks';
import type { DocumentFormatter } from './format';
import type { SectionContext } from './section-context';

type FollowUp = BeritaAcaraModel['consensus'][number]['followUp'];

export function pollBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  if (model.polls.length === 0) return [{ kind: 'paragraph', text: t.polls.empty, tone: 'note' }];
  return model.polls.flatMap((poll, i): DocumentBlock[] => {
    const facts = [t.pollType[poll.type], t.polls.respondents(poll.respondents)];
    if (poll.agendaTitle) facts.push(`${t.consensus.agendaItem}: ${poll.agendaTitle}`);
    const blocks: DocumentBlock[] = [
      { kind: 'subheading', text: `${i + 1}. ${poll.question}` },
      { kind: 'paragraph', text: facts.join(' · '), tone: 'note' },
    ];
    if (poll.average !== null) blocks.push({ kind: 'paragraph', text: t.polls.average(f.decimal(poll.average, 2)) });
    if (poll.bars.length > 0) blocks.push({ kind: 'bars', bars: pollBars(poll, f) });
    if (poll.valueKind === 'average-position') {
      blocks.push({ kind: 'paragraph', text: t.polls.lowerIsBetter, tone: 'note' });
    }
    if (poll.type === 'open') {
      blocks.push(
        poll.answers.length > 0 ? { kind: 'list', ordered: false, items: poll.answers } : { kind: 'paragraph', text: t.polls.noAnswers, tone: 'note' },
      );
    }
    return blocks;
  });
}

export function consensusBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  if (model.consensus.length === 0) return [{ kind: 'paragraph', text: t.consensus.empty, tone: 'note' }];
  const items = [...model.consensus].sort((a, b) => a.number - b.number);
  const agreements = items.flatMap((c): DocumentBlock[] => {
    const signals = t.consensus.signals(c.signals.agree, c.signals.disagree, c.signals.abstain);
    const agenda = c.agendaTitle ? `${t.consensus.agendaItem}: ${c.agendaTitle}. ` : '';
    return [
      { kind: 'paragraph', text: `${t.consensus.item(c.number)}: ${c.text}`, tone: 'strong' },
      { kind: 'paragraph', text: `${agenda}${signals}`, tone: 'note' },
    ];
  });
  return [
    ...agreements,
    { kind: 'subheading', text: t.sections.followUp },
    {
      kind: 'table',
      columns: [
        { header: t.number, weight: 1.4, align: 'right' },
        { header: t.consensus.action, weight: 6 },
        { header: t.consensus.responsibleUnit, weight: 4 },
        { header: t.consensus.deadline, weight: 3 },
        { header: t.consensus.status, weight: 3 },
      ],
      rows: items.map((c) => [
        String(c.number),
        c.followUp.action,
        c.followUp.responsibleUnit,
        deadlineText(c.followUp, t, f),
        t.followUpStatus[c.followUp.status],
      ]),
    },
  ];
}

/** A set date wins over a time frame in words; the model says the frame is only used when no date is set. */
export function deadlineText(followUp: FollowUp, t: DocumentStrings, f: DocumentFormatter): string {
  if (followUp.deadline) return f.calendarDate(followUp.deadline);
  return followUp.timeFrame ?? t.none;
}

export function surveyBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  const { survey } = model;
  if (!survey) return [{ kind: 'paragraph', text: t.survey.notAnswered, tone: 'note' }];
  return [
    { kind: 'paragraph', text: t.survey.respondents(survey.respondents) },
    {
      kind: 'table',
      keepTogether: true,
      columns: [
        { header: t.survey.code, weight: 1 },
        { header: t.survey.element, weight: 7 },
        { header: t.survey.mean, weight: 3, align: 'right' },
      ],
      rows: survey.elements.map((e) => [e.code, elementLabel(e.code, t), e.mean === null ? t.none : f.decimal(e.mean, 2)]),
    },
    {
      kind: 'keyValue',
      rows: [
        [t.survey.ikm, f.decimal(survey.ikm, 2)],
        [t.survey.converted, f.decimal(survey.converted, 2)],
        [t.survey.grade, `${survey.grade} (${t.grade[survey.grade]})`],
      ],
    },
    { kind: 'subheading', text: t.survey.chartTitle },
    { kind: 'bars', bars: surveyBars(survey, t, f) },
  ];
}
