/** Prints the rows as a fixed-width table (plain text: it goes to CI logs and terminals alike). */
import { verdict, type Row, type Unit } from './row';

const format = (value: number, unit: Unit): string => {
  if (unit === 'x') return `${value.toFixed(2)}x`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 's') return `${value.toFixed(2)} s`;
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
};

export function formatTable(rows: Row[]): string {
  const header = ['figure', 'runs', 'median', 'min', 'max', 'ratio', 'goal', 'result'];
  const body = rows.map((row) => [
    row.figure,
    String(row.stats.runs),
    format(row.stats.median, row.unit),
    format(row.stats.min, row.unit),
    format(row.stats.max, row.unit),
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}x${row.ratioOf ? ` (${row.ratioOf})` : ''}`,
    row.goal?.text ?? '',
    verdict(row),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}
