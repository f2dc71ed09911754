import { Rational } from '../../money/rational.js'
import { defaultRegionReference, regionLevel, type RegionReference } from '../reference/region-reference.js'
import { importProblem, type ImportProblem, type StatObservation, type StatTable } from './stat-table.js'

/** Which of SCB's regions become units: the kommuner (four-digit codes) or the 21 län. */
export type RegionFilter = 'kommuner' | 'lan'

/** How a downloaded table becomes a dataset. */
export interface ScbImportOptions {
  readonly regions: RegionFilter
  /** Sum SCB's single years `from`..`to` inclusive into one measure (`--sum-age 0-18`: 0, 1, …, 18). */
  readonly sumAge?: { readonly from: number; readonly to: number }
  /** The time to use when the file holds several (`2023`). */
  readonly time?: string
  /** The table id when the file does not state it (a CSV export). */
  readonly tableId?: string
  /** The dataset id; by default `<table>-<kommun|lan>-<reference date>`. */
  readonly id?: string
  /** The day the values refer to, when it should not follow from the time. */
  readonly referenceDate?: string
  /** The day the file was retrieved from SCB, YYYY-MM-DD. */
  readonly retrieved: string
  /** The file's name (beside the dataset) and its SHA-256 in hex. */
  readonly file: { readonly name: string; readonly sha256: string }
}

/** A unit of an imported dataset: official code, SCB's name, its län's name, one value per measure. */
export interface ImportedUnit {
  readonly code: string
  readonly name: string
  readonly group?: string
  /** In measure order; undefined where SCB gives no value (`..`). */
  readonly values: readonly (Rational | undefined)[]
}

/** A measure of an imported dataset and, where SCB gives riket, its total. */
export interface ImportedMeasure {
  readonly id: string
  readonly title: string
  readonly total?: Rational
}

/** A dataset built from one of SCB's tables, with everything its source block records. */
export interface ImportedDataset {
  readonly id: string
  readonly title: string
  readonly unitKind: 'kommun' | 'lan'
  readonly referenceDate: string
  readonly source: {
    readonly table?: string
    readonly retrieved: string
    readonly selection: { readonly region: RegionFilter; readonly age?: string; readonly time: string }
    readonly file: string
    readonly sha256: string
  }
  readonly measures: readonly ImportedMeasure[]
  readonly units: readonly ImportedUnit[]
}

/** The dataset, or every problem that stops it. */
export type ScbImportResult =
  | { readonly dataset: ImportedDataset; readonly problems: readonly [] }
  | { readonly dataset?: undefined; readonly problems: readonly ImportProblem[] }

/** No C0 or C1 control character, bidirectional override or isolate may reach a spec or a terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's job
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u

/**
 * Turns one of SCB's tables into a dataset: units by official code (the
 * kommuner or the län of the Region dimension: a län checked against the 21
 * län, a kommun against the reference's kommun list when it has one and
 * otherwise only for its länskod), one measure per table content,
 * single years summed when asked, the Region `00` (riket) as each measure's
 * total, which the units must add up to. Exactly one time, and one value of
 * every other dimension (kön, civilstånd), must remain. The result depends
 * only on the table's contents and the options, so importing the same
 * selection as JSON-stat or CSV gives the same units and measures.
 */
export function buildScbDataset(
  table: StatTable,
  options: ScbImportOptions,
  reference: RegionReference = defaultRegionReference,
): ScbImportResult {
  const problems: ImportProblem[] = []
  const fail = (sv: string, en: string, observation?: StatObservation): ScbImportResult => ({
    problems: [importProblem(sv, en, observation?.at)],
  })

  const times = distinct(table.observations.map((o) => o.time))
  const time = options.time ?? (times.length === 1 ? times[0] : undefined)
  if (time === undefined) {
    return times.length === 0
      ? fail('Filen har inga värden.', 'The file has no values.')
      : fail(
          `Filen har flera tider (${times.join(', ')}); välj en med --time.`,
          `The file has several times (${times.join(', ')}); choose one with --time.`,
        )
  }
  if (!times.includes(time))
    return fail(
      `Filen har ingen tid ${time}; den har ${times.join(', ')}.`,
      `The file has no time ${time}; it has ${times.join(', ')}.`,
    )
  let observations = table.observations.filter((o) => o.time === time)

  for (const dimension of distinct(observations.flatMap((o) => [...o.other.keys()]))) {
    const values = distinct(observations.map((o) => o.other.get(dimension)?.label ?? ''))
    if (values.length > 1) {
      return fail(
        `Filen har flera värden för ${dimension} (${values.join(', ')}). Välj bara ett (eller totalt) i SCB:s urval.`,
        `The file has several values of ${dimension} (${values.join(', ')}). Select only one (or the total) in SCB's selection.`,
      )
    }
  }

  const ages = distinct(observations.flatMap((o) => (o.age ? [o.age.code] : [])))
  let age: string | undefined
  if (options.sumAge) {
    const { from, to } = options.sumAge
    const wanted = Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
    const missing = wanted.filter((a) => !ages.includes(a))
    if (missing.length > 0) {
      return fail(
        `Filen saknar ettårsklasserna ${missing.join(', ')} som --sum-age ${from}-${to} summerar. Välj åldrarna ${from}–${to} var för sig i SCB:s urval.`,
        `The file lacks the single years ${missing.join(', ')} that --sum-age ${from}-${to} adds up. Select the ages ${from}–${to} one by one in SCB's selection.`,
      )
    }
    observations = observations.filter((o) => o.age !== undefined && wanted.includes(o.age.code))
    age = `${from}-${to}`
  } else if (ages.length > 1) {
    return fail(
      `Filen har ${ages.length} åldrar; summera dem med --sum-age (till exempel 0-18) eller välj totalt i SCB:s urval.`,
      `The file has ${ages.length} ages; add them up with --sum-age (for example 0-18) or select the total in SCB's selection.`,
    )
  } else age = ages[0]

  const contents = distinct(observations.map((o) => o.content.label))
  for (const label of contents)
    if (UNSAFE_TEXT.test(label))
      return fail('Ett tabellinnehåll har styrtecken.', 'A table content has control characters.')
  const suffix = options.sumAge ? `-${options.sumAge.from}-${options.sumAge.to}` : ''
  const titleSuffix = options.sumAge ? ` ${options.sumAge.from}–${options.sumAge.to} år` : ''
  const measures = contents.map((label) => ({ id: `${slugify(label)}${suffix}`, title: `${label}${titleSuffix}` }))
  if (measures.some((m) => m.id === suffix || !/^[a-z0-9]/u.test(m.id))) {
    return fail(
      'Ett tabellinnehåll saknar bokstäver eller siffror att bilda ett id av.',
      'A table content has no letters or digits to make an id of.',
    )
  }

  const level = options.regions === 'kommuner' ? 'kommun' : 'lan'
  const sums = new Map<
    string,
    { name: string; values: (Rational | undefined)[]; first: StatObservation; cells: number }
  >()
  const seen = new Set<string>()
  for (const observation of observations) {
    const { code, label } = observation.region
    const codeLevel = regionLevel(code)
    if (codeLevel !== level && codeLevel !== 'riket') continue
    if (UNSAFE_TEXT.test(label))
      return fail(
        `Regionen ${code} har styrtecken i namnet.`,
        `The region ${code} has control characters in its name.`,
        observation,
      )
    // Without a kommun list a kommunkod is checked only for its länskod.
    if (codeLevel === 'kommun' && reference.hasKommuner && !reference.findKommunByCode(code)) {
      return fail(
        `${code} ${label} är ingen av kommunkoderna i kommunlistan.`,
        `${code} ${label} is none of the kommun codes in the kommun list.`,
        observation,
      )
    }
    if (codeLevel === 'kommun' && !reference.findLanByCode(code.slice(0, 2))) {
      return fail(
        `${code} ${label} börjar inte med någon av de 21 länskoderna.`,
        `${code} ${label} does not begin with any of the 21 län codes.`,
        observation,
      )
    }
    if (codeLevel === 'lan' && !reference.findLanByCode(code)) {
      return fail(
        `${code} ${label} är ingen av de 21 länskoderna.`,
        `${code} ${label} is none of the 21 län codes.`,
        observation,
      )
    }
    const cellKey = `${code}\u0000${observation.age?.code ?? ''}\u0000${observation.content.label}`
    if (seen.has(cellKey)) {
      return fail(`Region ${code} har samma cell två gånger.`, `Region ${code} has the same cell twice.`, observation)
    }
    seen.add(cellKey)
    const entry = sums.get(code) ?? {
      name: label,
      values: contents.map(() => Rational.ZERO),
      first: observation,
      cells: 0,
    }
    sums.set(code, entry)
    entry.cells += 1
    const index = contents.indexOf(observation.content.label)
    const current = entry.values[index]
    entry.values[index] =
      current === undefined || observation.value.type === 'missing' ? undefined : current.add(observation.value.value)
  }

  const cellsPerRegion = contents.length * (options.sumAge ? options.sumAge.to - options.sumAge.from + 1 : 1)
  for (const [code, entry] of sums) {
    if (entry.cells !== cellsPerRegion) {
      return fail(
        `Region ${code} har ${entry.cells} celler men ska ha ${cellsPerRegion} (en per tabellinnehåll och ålder).`,
        `Region ${code} has ${entry.cells} cells but should have ${cellsPerRegion} (one per table content and age).`,
        entry.first,
      )
    }
  }
  const riket = sums.get('00')
  sums.delete('00')
  const units: ImportedUnit[] = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, entry]) => {
      // A kommunkod's first two digits are its länskod.
      const group = level === 'kommun' ? reference.findLanByCode(code.slice(0, 2))?.name : undefined
      return { code, name: entry.name, ...(group === undefined ? {} : { group }), values: entry.values }
    })
  if (units.length === 0) {
    return fail(
      `Filen har inga ${options.regions === 'kommuner' ? 'kommuner (fyrsiffriga regionkoder)' : 'län (tvåsiffriga regionkoder)'}.`,
      `The file has no ${options.regions === 'kommuner' ? 'kommuner (four-digit region codes)' : 'län (two-digit region codes)'}.`,
    )
  }

  const importedMeasures: ImportedMeasure[] = measures.map((measure, index) => {
    const total = riket?.values[index]
    return total === undefined ? measure : { ...measure, total }
  })
  importedMeasures.forEach((measure, index) => {
    if (!measure.total) return
    const values = units.map((unit) => unit.values[index])
    if (values.some((v) => v === undefined)) return
    const sum = Rational.sum(values as Rational[])
    if (sum.equals(measure.total)) return
    problems.push(
      importProblem(
        `${measure.title}: de ${units.length} enheternas värden summerar till ${sum.toString()}, men riket har ${measure.total.toString()}. Välj alla ${level === 'kommun' ? 'kommuner' : 'län'}, eller ta bort riket ur urvalet.`,
        `${measure.title}: the ${units.length} units' values add up to ${sum.toString()}, but riket has ${measure.total.toString()}. Select every ${level}, or leave riket out of the selection.`,
        riket?.first.at,
      ),
    )
  })
  if (problems.length > 0) return { problems }

  const referenceDate = options.referenceDate ?? referenceDateOf(time)
  if (referenceDate === undefined) {
    return fail(
      `Tiden ${time} säger inte vilken dag värdena avser; ange --reference-date.`,
      `The time ${time} does not say which day the values refer to; give --reference-date.`,
    )
  }
  const tableId = table.tableId ?? options.tableId
  const unitWords = level === 'kommun' ? 'kommun' : 'län'
  return {
    dataset: {
      id: options.id ?? `${slugify(tableId ?? 'scb')}-${level}-${referenceDate}`,
      title: `${measures[0]?.title ?? ''} per ${unitWords} ${referenceDate}`,
      unitKind: level,
      referenceDate,
      source: {
        ...(tableId === undefined ? {} : { table: tableId }),
        retrieved: options.retrieved,
        selection: { region: options.regions, ...(age === undefined ? {} : { age }), time },
        file: options.file.name,
        sha256: options.file.sha256,
      },
      measures: importedMeasures,
      units,
    },
    problems: [],
  }
}

/**
 * The day SCB's time code refers to: a year's population is counted on 31
 * December, a quarter's on its last day, a month's on its last day.
 */
export function referenceDateOf(time: string): string | undefined {
  const year = /^(\d{4})$/u.exec(time)
  if (year) return `${year[1]}-12-31`
  const quarter = /^(\d{4})K([1-4])$/u.exec(time)
  if (quarter) return `${quarter[1]}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter[2]) - 1]}`
  const month = /^(\d{4})M(0[1-9]|1[0-2])$/u.exec(time)
  if (month) {
    const y = Number(month[1])
    const m = Number(month[2])
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number
    return `${month[1]}-${month[2]}-${days}`
  }
  return undefined
}

/** An id from a label: `Folkmängd` → `folkmangd`, `TAB638` → `tab638`. */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}
