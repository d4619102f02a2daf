import type { BeritaAcaraModel, DocumentLanguage } from './berita-acara-model';
import type { ExportCell, ExportTable } from './exports';
import { sectionContext } from './section-context';

/**
 * The parts of one loaded Berita Acara model as spreadsheet tables with localized headers and labels. Numbers
 * stay numbers and times are "YYYY-MM-DD HH:mm" in the forum's zone, so the sheets sort and sum.
 */
export function attendanceTable(model: BeritaAcaraModel, lang: DocumentLanguage = model.language): ExportTable {
  const { t, f } = sectionContext(model, lang);
  return {
    name: t.exports.attendanceSheet,
    columns: [
      { key: 'no', header: t.number },
      { key: 'name', header: t.attendance.name },
      { key: 'institution', header: t.attendance.institution },
      { key: 'category', header: t.attendance.category },
      { key: 'mode', header: t.attendance.mode },
      { key: 'joinedAt', header: t.attendance.joinedAt },
    ],
    rows: model.attendance.list.map((a, i) => ({
      no: i + 1,
      name: a.name,
      institution: a.institution,
      category: t.category[a.category],
      mode: t.attendanceMode[a.mode],
      joinedAt: f.sortableDateTime(a.joinedAt),
    })),
  };
}

export function questionsTable(model: BeritaAcaraModel, lang: DocumentLanguage = model.language): ExportTable {
  const { t } = sectionContext(model, lang);
  const rows = model.discussion.flatMap((group) =>
    group.questions.map((q) => ({
      agenda: group.agendaTitle ?? t.discussion.outsideAgenda,
      question: q.text,
      askedBy: q.authorName ?? t.discussion.anonymous,
      upvotes: q.upvotes,
      answered: q.answered ? t.yes : t.no,
      reply: q.reply,
    })),
  );
  return {
    name: t.exports.questionsSheet,
    columns: [
      { key: 'no', header: t.number },
      { key: 'agenda', header: t.agenda.item },
      { key: 'question', header: t.discussion.question },
      { key: 'askedBy', header: t.discussion.askedBy },
      { key: 'upvotes', header: t.discussion.upvotes },
      { key: 'answered', header: t.discussion.answered },
      { key: 'reply', header: t.discussion.reply },
    ],
    rows: rows.map((row, i) => ({ no: i + 1, ...row })),
  };
}

/** One row per bar (option, rating value, word, ranked option) and one per open-text answer. */
export function pollResultsTable(model: BeritaAcaraModel, lang: DocumentLanguage = model.language): ExportTable {
  const { t } = sectionContext(model, lang);
  const rows = model.polls.flatMap((poll, i) => {
    const base = {
      poll: i + 1,
      question: poll.question,
      type: t.pollType[poll.type],
      respondents: poll.respondents,
      average: poll.average,
    };
    const bars = poll.bars.map((b): Record<string, ExportCell> => ({
      ...base,
      option: b.label,
      value: b.value,
      measure: t.polls.valueKind[poll.valueKind],
    }));
    const answers = poll.answers.map((answer): Record<string, ExportCell> => ({
      ...base,
      option: answer,
      value: null,
      measure: t.polls.answers,
    }));
    return [...bars, ...answers];
  });
  return {
    name: t.exports.pollsSheet,
    columns: [
      { key: 'poll', header: t.exports.poll },
      { key: 'question', header: t.polls.question },
      { key: 'type', header: t.polls.type },
      { key: 'respondents', header: t.exports.respondents },
      { key: 'average', header: t.exports.average },
      { key: 'option', header: t.polls.option },
      { key: 'value', header: t.polls.value },
      { key: 'measure', header: t.exports.measure },
    ],
    rows,
  };
}

export function consensusTable(model: BeritaAcaraModel, lang: DocumentLanguage = model.language): ExportTable {
  const { t } = sectionContext(model, lang);
  return {
    name: t.exports.consensusSheet,
    columns: [
      { key: 'no', header: t.number },
      { key: 'text', header: t.consensus.text },
      { key: 'agenda', header: t.consensus.agendaItem },
      { key: 'agree', header: t.consensus.agree },
      { key: 'disagree', header: t.consensus.disagree },
      { key: 'abstain', header: t.consensus.abstain },
      { key: 'action', header: t.consensus.action },
      { key: 'responsibleUnit', header: t.consensus.responsibleUnit },
      { key: 'deadline', header: t.consensus.deadline },
      { key: 'status', header: t.consensus.status },
    ],
    rows: [...model.consensus]
      .sort((a, b) => a.number - b.number)
      .map((c) => ({
        no: c.number,
        text: c.text,
        agenda: c.agendaTitle,
        agree: c.signals.agree,
        disagree: c.signals.disagree,
        abstain: c.signals.abstain,
        action: c.followUp.action,
        responsibleUnit: c.followUp.responsibleUnit,
        // The raw YYYY-MM-DD sorts in a spreadsheet; a time frame in words is kept as written.
        deadline: c.followUp.deadline ?? c.followUp.timeFrame,
        status: t.followUpStatus[c.followUp.status],
      })),
  };
}

export type ExportTableBuilder = (model: BeritaAcaraModel, lang?: DocumentLanguage) => ExportTable;

/** The builders by export kind (the contracts' ExportKind), so a controller can pick one from a route param. */
export const EXPORT_TABLE_BUILDERS: Record<'attendance' | 'questions' | 'polls' | 'consensus', ExportTableBuilder> = {
  attendance: attendanceTable,
  questions: questionsTable,
  polls: pollResultsTable,
  consensus: consensusTable,
};
