import { renderToStaticMarkup } from 'react-dom/server';
import { ikmResult } from '../../test/fixtures';
import { initTestI18n } from '../../test/test-i18n';
import { IkmPanel } from './IkmPanel';
import { SurveyControl } from './SurveyControl';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;

beforeEach(() => initTestI18n('id'));

describe(IkmPanel.name, () => {
  it('shows respondents, the index, the converted value and the grade in words', () => {
    const html = renderToStaticMarkup(<IkmPanel ikm={ikmResult([3.5, 3.2, 3, 3.4, 3.1, 3.6, 3.3, 2.9, 3.2])} />);
    expect(html).toContain('data-testid="ikm-respondents">12<');
    expect(html).toContain('data-testid="ikm-value">3,244<');
    expect(html).toContain('data-testid="ikm-converted">81,11<');
    expect(html).toMatch(/data-testid="ikm-grade" data-grade="B">.*B<\/span> <span class="ikm__grade-words">Baik</);
  });

  it('draws nine labelled bars with their means, and the same figures as a table', () => {
    const html = renderToStaticMarkup(<IkmPanel ikm={ikmResult([4, 3, 2, 1, 3, 3, 3, 3, null])} />);
    expect(count(html, 'ikm-bar')).toBe(9);
    expect(html).toContain('data-code="U1" data-width="100"');
    expect(html).toContain('Sistem, Mekanisme, dan Prosedur');
    expect(html).toContain('Penanganan Pengaduan, Saran dan Masukan');
    expect(html).toMatch(/<table[^>]*data-testid="ikm-table"/);
    expect(html).toContain('<td>4,00</td><td>A Sangat Baik</td>');
    expect(html).toContain('belum dinilai');
  });

  it('says so before the first answer, keeping the chart', () => {
    const html = renderToStaticMarkup(<IkmPanel ikm={null} />);
    expect(count(html, 'ikm-empty')).toBe(1);
    expect(count(html, 'ikm-bar')).toBe(9);
  });
});

describe(SurveyControl.name, () => {
  it('says whether the survey is open in words, counts respondents, and offers the opposite action', () => {
    const open = renderToStaticMarkup(<SurveyControl open respondents={7} canControl busy={false} onSetOpen={noop} />);
    expect(open).toContain('data-open="true"');
    expect(open).toContain('Dibuka');
    expect(open).toContain('data-testid="survey-respondents">7<');
    expect(open).toMatch(/data-testid="survey-toggle"[^>]*>Tutup survei</);
    expect(open).toContain('aria-live="polite"');
    const closed = renderToStaticMarkup(<SurveyControl open={false} respondents={0} canControl={false} busy={false} onSetOpen={noop} />);
    expect(count(closed, 'survey-toggle')).toBe(0);
    expect(closed).toContain('Ditutup');
  });
});
