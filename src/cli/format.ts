import stringWidth from 'string-width';

/** One line of display text: newlines and runs of blanks would break a table row. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts text to a display width. Chinese characters take two terminal columns, so cutting by `length` would
 * misalign every column after a CJK cell.
 */
export function truncate(s: string, max: number): string {
  if (stringWidth(s) <= max) return s;
  let out = '';
  let width = 0;
  for (const ch of s) {
    const w = stringWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(s))) + s;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Widest the column may get, in terminal columns; longer cells end in `…`. */
  max?: number;
}

/** A plain aligned table: header, a rule, rows; two spaces between columns, no trailing blanks. */
export function table(columns: Column[], rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((r) =>
    columns.map((c, i) => {
      const v = r[i];
      const text = v === null || v === undefined ? '' : oneLine(String(v));
      return c.max ? truncate(text, c.max) : text;
    }),
  );
  const widths = columns.map((c, i) =>
    Math.max(stringWidth(c.header), ...cells.map((r) => stringWidth(r[i] ?? ''))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) =>
        columns[i]?.align === 'right' ? padStart(v, widths[i] ?? 0) : padEnd(v, widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '─'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** Label/value lines for one record, labels aligned; empty values are left out. */
export function fields(pairs: [string, string | number | boolean | null | undefined][]): string {
  const shown = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '');
  const width = Math.max(0, ...shown.map(([k]) => stringWidth(k)));
  return shown.map(([k, v]) => `${padEnd(k, width)}  ${String(v)}`).join('\n');
}

/** The readable label of an entity: its name, with the English name after it when there is one. */
export function label(e: { name: string; nameEn?: string | null }): string {
  return e.nameEn && e.nameEn !== e.name ? `${e.name} (${e.nameEn})` : e.name;
}

/** A statistic's figure as an analyst reads it: the wording of the source, then the number and unit. */
export function figure(s: { statedAs: string; value: number | null; unit: string | null }): string {
  if (s.value === null) return s.statedAs;
  const n = s.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return `${s.statedAs} = ${n}${s.unit ? ` ${s.unit}` : ''}`;
}
