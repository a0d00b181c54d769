/** One CSV row: column name → value; an absent value is an empty cell. */
export type CsvRow = Record<string, string | number | boolean | undefined>;

/**
 * RFC 4180 CSV: a header row (columns in the order they first appear), CRLF line ends, fields
 * quoted only when they need to be.
 */
export function toCsv(rows: CsvRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: CsvRow[string]) => {
    const s = v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))]
    .map((l) => `${l}\r\n`)
    .join('');
}
