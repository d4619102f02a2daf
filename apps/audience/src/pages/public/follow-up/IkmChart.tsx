import type { PublicUnitForumRow } from '@mufakat/contracts';
import { formatIkm, ikmChart } from '../../../lib/follow-up';
import { useFollowUpTranslation } from './useFollowUpTranslation';

const SIZE = { width: 320, height: 180 };

/**
 * Each forum's IKM as a bar, drawn by hand: a chart library would outweigh the page. The figures are also in the
 * table the chart's description points to, for those who cannot see it.
 */
export function IkmChart({ forums, tableId }: { forums: PublicUnitForumRow[]; tableId: string }) {
  const { t, language } = useFollowUpTranslation();
  const titleId = 'ikm-chart-title';
  const chart = ikmChart(forums, SIZE);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-labelledby={titleId} aria-describedby={tableId} data-testid="ikm-chart">
        <title id={titleId}>{t('unit.chartTitle')}</title>
        {chart.ticks.map((tick) => (
          <g key={tick.value} className="chart__tick">
            <line x1={chart.plot.left} x2={chart.plot.left + chart.plot.width} y1={tick.y} y2={tick.y} />
            <text x={chart.plot.left - 4} y={tick.y + 4} textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.forumId} data-testid="ikm-bar" data-value={bar.value ?? ''}>
            {bar.value !== null && <rect className="chart__bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />}
            <text className="chart__value" x={bar.centre} y={bar.y - 4} textAnchor="middle">
              {bar.value === null ? '—' : formatIkm(bar.value, language)}
            </text>
            <text x={bar.centre} y={chart.plot.bottom + 15} textAnchor="middle">
              {bar.position}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">{t('unit.chartDescription')}</figcaption>
    </figure>
  );
}
