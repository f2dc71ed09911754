import { Rational } from '../../money/rational.js'
import { createLineIndex } from '../../yaml/line-index.js'
import { countUnquoted, detectDelimiter, detectLineBreak, normalizeCsvText } from '../detect-csv-format.js'
import { parseCsvRecords, type CsvRecord } from '../parse-csv-records.js'
import { readCsvNumber } from '../read-csv-number.js'
import { splitUnitCell } from '../split-unit-cell.js'
import {
  importProblem,
  type StatCategory,
  type StatObservation,
  type StatPosition,
  type StatTableResult,
} from './stat-table.js'

/** A time as SCB codes it at the end of a column header: `2023`, `2025K3`, `2025M09`. */
const TIME_AT_END = /(?:^|\s)(\d{4}(?:K[1-4]|M(?:0[1-9]|1[0-2]))?)$/u

type StubRole = 'region' | 'age' | 'time' | 'content' | 'other'

/** Stub headers SCB writes, by what they hold (compared in lower case). */
const STUB_HEADERS: ReadonlyMap<string, StubRole> = new Map([
  ['region', 'region'],
  ['ålder', 'age'],
  ['år', 'time'],
  ['tid', 'time'],
  ['kvartal', 'time'],
  ['månad', 'time'],
  ['tabellinnehåll', 'content'],
])

/**
 * Reads a table exported from SCB's statistikdatabas as CSV: a byte order
 * mark and title lines above the header are skipped; fields are separated by
 * `;`, `,` or a tab; stub columns (`region`, `ålder`, `kön` …) come first with
 * code-and-name cells (`1480 Göteborg`, `18 år`); each further column is one
 * content and time (`Folkmängd 2023`), or a content when time is a column of
 * its own. Numbers may have spaces between thousands and a decimal comma;
 * `..` is a value SCB does not give. Problems carry the line and column.
 */
export function readScbCsv(text: string): StatTableResult {
  const lines = createLineIndex(text)
  const at = (offset: number): StatPosition => {
    const { line, column } = lines.locate(offset)
    return { line, column }
  }
  const bodyStart = text.startsWith('\uFEFF') ? 1 : 0
  const headerStart = findHeaderLine(text, bodyStart)
  if (headerStart === undefined) {
    return {
      problems: [
        importProblem(
          'Filen har ingen rubrikrad med flera kolumner.',
          'The file has no header row with several columns.',
          at(bodyStart),
        ),
      ],
    }
  }
  const delimiter = detectDelimiter(readLine(text, headerStart), ['region'])
  const parsed = parseCsvRecords(text, headerStart, delimiter, detectLineBreak(text, headerStart))
  if (parsed.error) {
    return {
      problems: [
        importProblem(
          `CSV-filen är felaktig (${parsed.error.code}).`,
          `The CSV file is malformed (${parsed.error.code}).`,
          at(parsed.error.span[0]),
        ),
      ],
    }
  }
  const [header, ...rows] = parsed.records
  if (!header)
    return { problems: [importProblem('Filen har ingen rubrikrad.', 'The file has no header row.', at(headerStart))] }
  const title = bodyStart === headerStart ? undefined : readLine(text, bodyStart).replace(/^"|"$/gu, '').trim()
  const layout = readLayout(header, titleContent(title))
  if ('problem' in layout)
    return { problems: [importProblem(layout.problem.sv, layout.problem.en, at(header.span[0]))] }

  const observations: StatObservation[] = []
  for (const row of rows) {
    if (row.values.length !== header.values.length) {
      const problem = importProblem(
        `Raden har ${row.values.length} fält men rubrikraden har ${header.values.length}.`,
        `The row has ${row.values.length} fields but the header row has ${header.values.length}.`,
        at(row.span[0]),
      )
      return { problems: [problem] }
    }
    const cell = (index: number) => normalizeCsvText(row.values[index] ?? '')
    const cellAt = (index: number) => at(row.fields[index]?.[0] ?? row.span[0])
    const region = splitUnitCell(cell(layout.region))
    if (region.id === region.name || !/^\d+$/u.test(region.id)) {
      const problem = importProblem(
        `Regionen "${cell(layout.region)}" har ingen kod. Exportera med kod och namn (till exempel "1480 Göteborg").`,
        `The region "${cell(layout.region)}" has no code. Export with code and name (for example "1480 Göteborg").`,
        cellAt(layout.region),
      )
      return { problems: [problem] }
    }
    const other = new Map<string, StatCategory>(
      layout.others.map(({ index, label }) => [label, readCategory(cell(index))]),
    )
    for (const column of layout.values) {
      const read = readCsvNumber(row.values[column.index] ?? '')
      if (read.type === 'invalid') {
        const text = cell(column.index)
        return {
          problems: [
            importProblem(`"${text}" är inget tal ≥ 0.`, `"${text}" is not a number ≥ 0.`, cellAt(column.index)),
          ],
        }
      }
      const content = column.content ?? (layout.content === undefined ? layout.titleContent : cell(layout.content))
      const time = column.time ?? (layout.time === undefined ? undefined : cell(layout.time))
      if (content === undefined || time === undefined) continue
      observations.push({
        region: { code: region.id, label: region.name },
        ...(layout.age === undefined ? {} : { age: readAge(cell(layout.age)) }),
        content: { code: content, label: content },
        time,
        other,
        value:
          read.type === 'missing'
            ? { type: 'missing', symbol: cell(column.index) || '..' }
            : { type: 'number', value: Rational.fromDecimalString(read.decimal) },
        at: cellAt(column.index),
      })
    }
  }
  return { table: { format: 'csv', ...(title ? { title } : {}), observations }, problems: [] }
}

interface ValueColumn {
  readonly index: number
  readonly content?: string
  readonly time?: string
}

interface Layout {
  readonly region: number
  readonly age?: number
  readonly time?: number
  readonly content?: number
  readonly others: readonly { readonly index: number; readonly label: string }[]
  readonly values: readonly ValueColumn[]
  /** The content the title names, for a file whose headers name none. */
  readonly titleContent?: string
}

/** Which column holds what: stub columns by their header, value columns by a trailing time or after the stubs. */
function readLayout(
  header: CsvRecord,
  fromTitle: string | undefined,
): Layout | { problem: { sv: string; en: string } } {
  const headers = header.values.map(normalizeCsvText)
  const roles = headers.map((h) => STUB_HEADERS.get(h.toLowerCase()))
  const hasTimeColumn = roles.includes('time')
  const stubs: { index: number; role: StubRole; label: string }[] = []
  const values: ValueColumn[] = []
  for (const [index, label] of headers.entries()) {
    const role = roles[index]
    const time = TIME_AT_END.exec(label)
    if (role) stubs.push({ index, role, label })
    else if (time?.[1] !== undefined) {
      const content = label.slice(0, label.length - time[1].length).trim()
      values.push({ index, time: time[1], ...(content === '' ? {} : { content }) })
    }
    // A header with no time after the value columns began, or when time is a column: a content.
    else if (values.length > 0 || hasTimeColumn) values.push({ index, content: label })
    else stubs.push({ index, role: 'other', label })
  }
  const region = stubs.find((s) => s.role === 'region')
  if (!region) {
    return { problem: { sv: 'Filen har ingen kolumn "region".', en: 'The file has no "region" column.' } }
  }
  const content = stubs.find((s) => s.role === 'content')
  if (!content && fromTitle === undefined && values.some((v) => v.content === undefined)) {
    return {
      problem: {
        sv: 'Filen säger inte vilket tabellinnehåll värdena är (rubriker som "Folkmängd 2023", eller en titelrad som "Folkmängd efter region och år"). Exportera med tabellinnehållet i rubriken.',
        en: 'The file does not say which table content the values are (headers like "Folkmängd 2023", or a title line like "Folkmängd efter region och år"). Export with the table content in the header.',
      },
    }
  }
  if (values.length === 0)
    return { problem: { sv: 'Filen har inga värdekolumner.', en: 'The file has no value columns.' } }
  const find = (role: StubRole) => stubs.find((s) => s.role === role)?.index
  const age = find('age')
  const time = find('time')
  return {
    region: region.index,
    ...(age === undefined ? {} : { age }),
    ...(time === undefined ? {} : { time }),
    ...(content === undefined ? {} : { content: content.index }),
    others: stubs.filter((s) => s.role === 'other').map(({ index, label }) => ({ index, label })),
    values,
    ...(fromTitle === undefined ? {} : { titleContent: fromTitle }),
  }
}

/** SCB titles a table "<content> efter <dimensions>": `Folkmängd efter region och år` names Folkmängd. */
function titleContent(title: string | undefined): string | undefined {
  const match = title === undefined ? null : /^(\S.*?) efter /u.exec(title)
  return match?.[1]
}

/** `18 år` → 18, `100+ år` → 100+, `totalt ålder` → tot (SCB's codes in JSON-stat). */
function readAge(cell: string): StatCategory {
  const single = /^(\d+\+?)(?:\s+(.*))?$/u.exec(cell)
  if (single?.[1] !== undefined)
    return { code: single[1], label: single[2] !== undefined && /^\d/u.test(single[2]) ? single[2] : cell }
  if (/^tot/iu.test(cell)) return { code: 'tot', label: cell }
  return { code: cell, label: cell }
}

/** A stub cell as code and label: `1 män` → 1 / män, `män` → män / män. */
function readCategory(cell: string): StatCategory {
  const split = splitUnitCell(cell)
  return { code: split.id, label: split.name }
}

/** A header line: a field `region` between delimiters, quoted or not. */
const REGION_FIELD = /(?:^|[;,\t])\s*"?region"?\s*(?:[;,\t]|$)/iu

/**
 * The header line: the first of the first 20 lines from `start` that has a
 * `region` field, else the first that holds a delimiter outside quotes. The
 * lines above it are titles.
 */
function findHeaderLine(text: string, start: number): number | undefined {
  let offset = start
  let firstWithDelimiter: number | undefined
  for (let line = 0; line < 20 && offset < text.length; line += 1) {
    const content = readLine(text, offset)
    if (REGION_FIELD.test(content)) return offset
    if (firstWithDelimiter === undefined && [';', ',', '\t'].some((d) => countUnquoted(content, d) > 0))
      firstWithDelimiter = offset
    const next = text.slice(offset).search(/\r\n|\r|\n/u)
    if (next < 0) break
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1)
  }
  return firstWithDelimiter
}

/** The text of the line starting at `start`. */
function readLine(text: string, start: number): string {
  const end = text.slice(start).search(/\r|\n/u)
  return end < 0 ? text.slice(start) : text.slice(start, start + end)
}
