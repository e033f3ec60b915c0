// The benchmark's one table and its JSON twin: every row names its target and says whether it is met.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FigureRow {
  /** Which of the five figures of issue 6 the row belongs to. */
  figure: string;
  measure: string;
  /** The measured figure, as printed. */
  result: string;
  /** The same-run baseline it is compared to, as printed ('' when the figure has none). */
  baseline: string;
  /** result / baseline, when the figure is a comparison. */
  ratio: number | null;
  target: string;
  /** null when the figure has no target: it is tracked, not judged. */
  met: boolean | null;
  /** The raw numbers behind the printed cells (milliseconds, bytes, counts, samples). */
  raw: Record<string, unknown>;
}

const COLUMNS = ['Figure', 'Measure', 'Result', 'Baseline', 'Ratio', 'Target', 'Met'] as const;

function cells(row: FigureRow): string[] {
  const met = row.met === null ? '—' : row.met ? 'yes' : 'NO';
  const ratioText = row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`;
  return [row.figure, row.measure, row.result, row.baseline, ratioText, row.target, met];
}

/** A Markdown table, so the printed output can go into the README as it is. */
export function formatTable(rows: readonly FigureRow[]): string {
  const body = rows.map(cells);
  const widths = COLUMNS.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column].length))
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
  return [line(COLUMNS), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  environment: Record<string, string | number>;
  rows: FigureRow[];
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export function bytes(value: number): string {
  return value < 1024 ? `${value} B` : `${(value / 1024).toFixed(1)} KB`;
}
