import { relative, resolve } from 'node:path'
import { MAX_SCB_FILE_BYTES, readScbTable, slugify } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { describeImported } from '../data/describe-imported.js'
import { fetchWithRetries } from '../data/fetch-with-retries.js'
import { parseAgeRange, parseDateOption, parseIdOption, parseRegions, type DataOptions } from '../data/parse-data-options.js'
import { formatProblem, planDatasetFiles, todayUtc } from '../data/plan-dataset-files.js'
import { showSafely } from '../data/show-safely.js'
import { writePlannedFiles } from '../data/write-planned-files.js'
import { UsageError } from '../errors.js'
import { ExitCode } from '../exit-codes.js'

/** The options of `fordela data fetch`. */
export interface DataFetchOptions extends DataOptions {
  readonly contents?: string
  readonly api: string
  readonly retries: number
  readonly retryDelay: number
}

/** At most this many retries, so a typo cannot keep fordela waiting for hours. */
const MAX_RETRIES = 10

/**
 * `fordela data fetch <table>`: asks SCB's PxWeb API v2 for the table as
 * JSON-stat 2.0 (every region; the single years of `--sum-age`; the content
 * and time asked for, else all contents and the latest time; kön and
 * civilstånd left out so SCB gives their total), keeps the answer as
 * `<table>-<time>.json` and imports it exactly as `data import` would. When
 * SCB cannot be reached it says how to download the file by hand, exit 2.
 */
export async function dataFetchCommand(table: string, options: DataFetchOptions, io: CliIo): Promise<number> {
  const lang = options.lang ?? 'sv'
  const sv = lang === 'sv'
  if (!/^[A-Za-z0-9_-]{1,40}$/u.test(table)) throw new UsageError(sv ? `"${showSafely(table)}" är inget tabell-id (till exempel TAB638).` : `"${showSafely(table)}" is not a table id (for example TAB638).`)
  if (options.contents !== undefined && !/^[A-Za-z0-9_*-]{1,40}$/u.test(options.contents)) {
    throw new UsageError(sv ? `--contents: "${showSafely(options.contents)}" är ingen innehållskod.` : `--contents: "${showSafely(options.contents)}" is not a content code.`)
  }
  if (options.time !== undefined && !/^[A-Za-z0-9()]{1,20}$/u.test(options.time)) {
    throw new UsageError(sv ? `--time: "${showSafely(options.time)}" är ingen tid.` : `--time: "${showSafely(options.time)}" is not a time.`)
  }
  if (!/^https?:\/\/[^\s]+$/u.test(options.api)) throw new UsageError(sv ? `--api: "${showSafely(options.api)}" är ingen http(s)-adress.` : `--api: "${showSafely(options.api)}" is not an http(s) address.`)
  const regions = parseRegions(options.regions, lang)
  const sumAge = parseAgeRange(options.sumAge, lang)
  const id = parseIdOption(options.id, lang)
  const referenceDate = parseDateOption('--reference-date', options.referenceDate, lang)
  const outDir = resolve(io.cwd, options.outDir ?? '.')

  const selection = [
    { variableCode: 'Region', valueCodes: ['*'] },
    ...(sumAge ? [{ variableCode: 'Alder', valueCodes: Array.from({ length: sumAge.to - sumAge.from + 1 }, (_, i) => String(sumAge.from + i)) }] : []),
    { variableCode: 'ContentsCode', valueCodes: [options.contents ?? '*'] },
    { variableCode: 'Tid', valueCodes: [options.time ?? 'top(1)'] },
  ]
  const url = `${options.api.replace(/\/+$/u, '')}/tables/${encodeURIComponent(table)}/data?lang=sv&outputFormat=json-stat2`
  const fetched = await fetchWithRetries({
    url,
    body: { selection },
    retries: Math.min(options.retries, MAX_RETRIES),
    retryDelayMs: options.retryDelay,
    maxBytes: MAX_SCB_FILE_BYTES,
    progress: (line) => io.writeErr(`${line}\n`),
    lang,
  })
  if (!fetched.ok) {
    const byHand = sv
      ? `Ladda ner tabellen för hand i stället: öppna https://www.statistikdatabasen.scb.se, sök ${table}, gör urvalet och spara som CSV (semikolonavgränsad, med koder och namn) eller JSON-stat 2.0. Kör sedan: fordela data import <filen>${sumAge ? ` --sum-age ${sumAge.from}-${sumAge.to}` : ''} --table ${table}. Steg för steg: docs/sv/hamta-befolkning-fran-scb.md.`
      : `Download the table by hand instead: open https://www.statistikdatabasen.scb.se, search for ${table}, make the selection and save it as CSV (semicolon-separated, with codes and names) or JSON-stat 2.0. Then run: fordela data import <the file>${sumAge ? ` --sum-age ${sumAge.from}-${sumAge.to}` : ''} --table ${table}. Step by step: docs/sv/hamta-befolkning-fran-scb.md.`
    const what =
      fetched.reason === 'unreachable'
        ? sv ? `Kunde inte nå SCB (${fetched.detail}). Är datorn utan internet eller stoppar en brandvägg anropet?` : `Could not reach SCB (${fetched.detail}). Is the machine offline, or does a firewall stop the request?`
        : sv ? `SCB svarade inte med tabellen (${fetched.detail}).` : `SCB did not answer with the table (${fetched.detail}).`
    io.writeErr(`fordela: ${what}\n${byHand}\n`)
    return ExitCode.failure
  }

  const read = readScbTable(fetched.bytes)
  const times = read.table ? [...new Set(read.table.observations.map((o) => o.time))] : []
  const rawName = `${slugify(table)}${times.length === 1 ? `-${slugify(times[0] as string)}` : ''}.json`
  const source = resolve(outDir, rawName)
  const plan = planDatasetFiles({
    bytes: fetched.bytes,
    source,
    outDir,
    regions,
    tableId: table,
    today: todayUtc(),
    ...(sumAge ? { sumAge } : {}),
    ...(options.time !== undefined && times.includes(options.time) ? { time: options.time } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
  })
  if (!plan.datasets) {
    const shown = relative(io.cwd, source) || rawName
    for (const problem of plan.problems) io.writeErr(`${showSafely(formatProblem(shown, problem, lang))}\n`)
    io.writeErr(sv ? 'Svaret gick inte att importera; inget skrevs.\n' : 'The answer could not be imported; nothing was written.\n')
    return ExitCode.findings
  }
  const written = writePlannedFiles([{ path: source, content: fetched.bytes }, ...plan.files], outDir, io.cwd, lang)
  io.writeErr(sv ? `Sparade SCB:s svar som ${relative(io.cwd, source) || rawName}.\n` : `Kept SCB's answer as ${relative(io.cwd, source) || rawName}.\n`)
  io.writeOut(describeImported(plan.datasets, outDir, io.cwd, written, lang))
  return ExitCode.ok
}
