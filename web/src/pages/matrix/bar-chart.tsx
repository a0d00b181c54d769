import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** What a screen reader says of the bar. */
  description: string;
}

const ROW = 28;
const LABEL = 48;
const WIDTH = 320;
const VALUE_ROOM = 36;

/**
 * A horizontal bar chart drawn as SVG: one row per bar, its value written beside it, scaled to
 * `max` so charts side by side compare. The figure's caption names it; each bar has its own text.
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max: number }) {
  const titleId = useId();
  const scale = (WIDTH - LABEL - VALUE_ROOM) / Math.max(max, 1);
  const height = bars.length * ROW + 8;
  return (
    <figure className="bar-chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        className="bar-chart__svg"
      >
        {bars.map((bar, index) => {
          const y = index * ROW + 4;
          const length = bar.value * scale;
          return (
            <g key={`${index}-${bar.label}`}>
              <title>{bar.description}</title>
              <text x={0} y={y + ROW / 2} dominantBaseline="middle" className="bar-chart__label">
                {bar.label}
              </text>
              <rect
                x={LABEL}
                y={y + 4}
                width={Math.max(length, bar.value > 0 ? 2 : 0)}
                height={ROW - 8}
                className="bar-chart__bar"
              />
              <text
                x={LABEL + length + 6}
                y={y + ROW / 2}
                dominantBaseline="middle"
                className="bar-chart__value"
              >
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
