import {
  Bar,
  CartesianGrid,
  Legend,
  Line,
  BarChart as RechartsBarChart,
  LineChart as RechartsLineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import './charts.css';

/** One line or one set of bars: a value per category (null = no data for that category). */
export type ChartSeries = {
  key: string;
  label: string;
  values: readonly (number | null)[];
  /** A CSS colour; the palette's next one when omitted. */
  color?: string;
};

export type ChartProps = {
  /** What the chart shows, read by screen readers and shown as the caption. */
  title: string;
  /** The x axis, e.g. months '2026-01'…; each series has one value per category. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** The y axis's unit, e.g. "working days". */
  valueLabel?: string;
  formatValue?: (value: number) => string;
  height?: number;
  testId?: string;
};

// Distinguishable in print and for the common colour-vision deficiencies (red-green avoided as a pair).
const palette = ['#1a5fb4', '#c64600', '#2e7d32', '#6a3d9a', '#8c6d1f', '#00838f'];

function rowsOf(categories: readonly string[], series: readonly ChartSeries[]) {
  return categories.map((category, i) => {
    const row: Record<string, string | number | null> = { category };
    for (const s of series) row[s.key] = s.values[i] ?? null;
    return row;
  });
}

/**
 * The chart plus the same figures as a table (visually hidden): a screen reader, a test or a copy
 * and paste gets the numbers, not a picture of them.
 */
function ChartFrame({ kind, ...props }: ChartProps & { kind: 'bar' | 'line' }) {
  const { title, categories, series, valueLabel, formatValue, height = 280, testId } = props;
  const data = rowsOf(categories, series);
  const format = (v: unknown) => (typeof v === 'number' ? (formatValue ? formatValue(v) : String(v)) : '–');
  const colour = (s: ChartSeries, i: number) => s.color ?? palette[i % palette.length];
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
      <XAxis dataKey="category" tick={{ fontSize: 12 }} />
      <YAxis
        tick={{ fontSize: 12 }}
        allowDecimals
        label={
          valueLabel ? { value: valueLabel, angle: -90, position: 'insideLeft', fontSize: 12 } : undefined
        }
      />
      <Tooltip formatter={(v) => format(v)} />
      <Legend />
    </>
  );
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-caption">{title}</figcaption>
      <div className="chart-canvas" style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {kind === 'bar' ? (
            <RechartsBarChart data={data}>
              {axes}
              {series.map((s, i) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  fill={colour(s, i)}
                  isAnimationActive={false}
                />
              ))}
            </RechartsBarChart>
          ) : (
            <RechartsLineChart data={data}>
              {axes}
              {series.map((s, i) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  stroke={colour(s, i)}
                  strokeWidth={2}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </RechartsLineChart>
          )}
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{valueLabel ?? ''}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((s) => (
                <td key={s.key}>{format(s.values[i])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Bars per category, one colour per series (e.g. cases per month, green against ordinary). */
export function BarChart(props: ChartProps) {
  return <ChartFrame kind="bar" {...props} />;
}

/** A line per series over the categories (e.g. median working days by month). */
export function LineChart(props: ChartProps) {
  return <ChartFrame kind="line" {...props} />;
}
