import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '@mufakat/contracts';
import { AGENDA_FILTER_ALL, AGENDA_FILTER_NONE, isStatusFilter, STATUS_FILTERS, type QuestionFilters as Filters, type QuestionSort } from '../../lib/questions';

interface QuestionFiltersProps {
  filters: Filters;
  agenda: AgendaItemView[];
  onChange: (filters: Filters) => void;
}

export function QuestionFilters({ filters, agenda, onChange }: QuestionFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const sortButton = (sort: QuestionSort) => (
    <button
      type="button"
      className="segmented__button"
      aria-pressed={filters.sort === sort}
      data-testid={`sort-${sort}`}
      onClick={() => onChange({ ...filters, sort })}
    >
      {t(`questions.sort.${sort}`)}
    </button>
  );
  return (
    <div className="filters">
      <div className="field field--inline">
        <label htmlFor={`${id}-status`}>{t('questions.filterStatus')}</label>
        <select
          id={`${id}-status`}
          data-testid="filter-status"
          value={filters.status}
          onChange={(event) => isStatusFilter(event.target.value) && onChange({ ...filters, status: event.target.value })}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`questions.statusFilter.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor={`${id}-agenda`}>{t('questions.filterAgenda')}</label>
        <select
          id={`${id}-agenda`}
          data-testid="filter-agenda"
          value={filters.agenda}
          onChange={(event) => onChange({ ...filters, agenda: event.target.value })}
        >
          <option value={AGENDA_FILTER_ALL}>{t('questions.agendaAll')}</option>
          <option value={AGENDA_FILTER_NONE}>{t('questions.agendaNone')}</option>
          {agenda.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <div role="group" aria-label={t('questions.sortLabel')} className="segmented">
        {sortButton('top')}
        {sortButton('recent')}
      </div>
    </div>
  );
}
