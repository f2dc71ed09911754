/** What a CSV cell holds as a weight. */
export type CsvNumber =
  | { readonly type: 'missing' }
  | { readonly type: 'number' /** Plain decimal notation: `1234.5`. */; readonly decimal: string }
  | { readonly type: 'invalid' }

// Space, no-break space, narrow no-break space and thin space: all are used between thousands.
// No sign: a weight (a population, a count) is never negative, and a negative one would make a
// division hand out more than its whole.
const GROUPED = /^\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[,.]\d+)?$/u
const PLAIN = /^\d+(?:[,.]\d+)?$/u

/**
 * Reads a weight as SCB writes it: `2454821`, `1 234,5` (any of the space
 * characters between thousands, decimal comma or point), and `..`, `.` or
 * an empty cell for a value the source does not have. Never goes through a
 * float, so the caller can build an exact rational from `decimal`.
 */
export function readCsvNumber(cell: string): CsvNumber {
  const text = cell.trim()
  // SCB: ".." = not available or too uncertain, "." = cannot occur.
  if (text === '' || text === '..' || text === '.') return { type: 'missing' }
  if (!GROUPED.test(text) && !PLAIN.test(text)) return { type: 'invalid' }
  const decimal = text.replace(/[ \u00A0\u202F\u2009]/gu, '').replace(',', '.')
  return { type: 'number', decimal }
}
