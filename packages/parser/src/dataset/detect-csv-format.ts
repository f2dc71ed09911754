/** The field separators a dataset CSV may use. */
export type CsvDelimiter = ';' | ',' | '\t'

/** The candidates in order of preference when nothing else decides (SCB's Swedish exports use `;`). */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t']

/**
 * The line break of the line starting at `start`: csv-parse takes one
 * record delimiter, so a CRLF file must say so or its fields keep a `\r`.
 */
export function detectLineBreak(text: string, start: number): '\n' | '\r\n' | '\r' {
  const lf = text.indexOf('\n', start)
  if (lf > start && text[lf - 1] === '\r') return '\r\n'
  if (lf < 0 && text.includes('\r', start)) return '\r'
  return '\n'
}

/** The offset where the line after `skip` lines from `start` begins (text end if there are fewer). */
export function skipLines(text: string, start: number, skip: number): number {
  let offset = start
  for (let line = 0; line < skip; line += 1) {
    const lf = text.indexOf('\n', offset)
    const cr = text.indexOf('\r', offset)
    if (lf < 0 && cr < 0) return text.length
    // A `\r\n` pair ends one line, not two.
    offset = cr >= 0 && (lf < 0 || cr < lf) ? (text[cr + 1] === '\n' ? cr + 2 : cr + 1) : lf + 1
  }
  return offset
}

/**
 * Picks the delimiter of a header line: the only candidate that occurs
 * outside quotes; when several do, the one that splits the line into the
 * most of the `expected` headers, then the most frequent.
 */
export function detectDelimiter(headerLine: string, expected: readonly string[]): CsvDelimiter {
  const present = CSV_DELIMITERS.filter((d) => countUnquoted(headerLine, d) > 0)
  if (present.length === 0) return ';'
  const wanted = new Set(expected.map(normalizeCsvText))
  const score = (d: CsvDelimiter): [number, number] => [
    splitHeaderLine(headerLine, d).filter((h) => wanted.has(h)).length,
    countUnquoted(headerLine, d),
  ]
  let best = present[0] as CsvDelimiter
  for (const candidate of present.slice(1)) {
    const [found, count] = score(candidate)
    const [bestFound, bestCount] = score(best)
    if (found > bestFound || (found === bestFound && count > bestCount)) best = candidate
  }
  return best
}

/** How often `delimiter` occurs in `line` outside double quotes. */
export function countUnquoted(line: string, delimiter: string): number {
  let quoted = false
  let count = 0
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (char === delimiter && !quoted) count += 1
  }
  return count
}

/** The header names of a line split at `delimiter`, unquoted and normalized. */
export function splitHeaderLine(line: string, delimiter: string): string[] {
  const cells: string[] = []
  let quoted = false
  let cell = ''
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (char === delimiter && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells.map(normalizeCsvText)
}

/**
 * The form in which headers and unit names are compared: trimmed and NFC,
 * because a file saved on a Mac may spell `å` as `a` + a combining ring.
 */
export function normalizeCsvText(text: string): string {
  return text.trim().normalize('NFC')
}
