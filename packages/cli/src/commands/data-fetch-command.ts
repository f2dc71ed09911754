import { relative, resolve } from 'node:path'
import { MAX_SCB_FILE_BYTES, readScbTable, slugify, showControlCharacters } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { describeImported } from '../data/describe-imported.js'
import { fetchWithRetries } from '../data/fetch-with-retries.js'
import {
  parseAgeRange,
  parseDateOption,
  parseIdOption,
  parseRegions,
  type DataOptions,
} from '../data/parse-data-options.js'
import { formatProblem, planDatasetFiles, todayUtc } from '../data/plan-dataset-files.js'
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
  const words = messages.cliData
  if (!/^[A-Za-z0-9_-]{1,40}$/u.test(table))
    throw new UsageError(say(lang, words.badTable, { value: showControlCharacters(table) }))
  if (options.contents !== undefined && !/^[A-Za-z0-9_*-]{1,40}$/u.test(options.contents)) {
    throw new UsageError(say(lang, words.badContents, { value: showControlCharacters(options.contents) }))
  }
  if (options.time !== undefined && !/^[A-Za-z0-9()]{1,20}$/u.test(options.time)) {
    throw new UsageError(say(lang, words.badTime, { value: showControlCharacters(options.time) }))
  }
  if (!/^https?:\/\/[^\s]+$/u.test(options.api))
    throw new UsageError(say(lang, words.badApi, { value: showControlCharacters(options.api) }))
  const regions = parseRegions(options.regions, lang)
  const sumAge = parseAgeRange(options.sumAge, lang)
  const id = parseIdOption(options.id, lang)
  const referenceDate = parseDateOption('--reference-date', options.referenceDate, lang)
  const outDir = resolve(io.cwd, options.outDir ?? '.')

  const selection = [
    { variableCode: 'Region', valueCodes: ['*'] },
    ...(sumAge
      ? [
          {
            variableCode: 'Alder',
            valueCodes: Array.from({ length: sumAge.to - sumAge.from + 1 }, (_, i) => String(sumAge.from + i)),
          },
        ]
      : []),
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
    const byHand = say(lang, words.downloadByHand, {
      table,
      sumAge: sumAge ? ` --sum-age ${sumAge.from}-${sumAge.to}` : '',
    })
    const what = say(lang, fetched.reason === 'unreachable' ? words.unreachable : words.refused, {
      detail: fetched.detail,
    })
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
    for (const problem of plan.problems) io.writeErr(`${showControlCharacters(formatProblem(shown, problem, lang))}\n`)
    io.writeErr(say(lang, words.answerNotImported))
    return ExitCode.findings
  }
  const written = writePlannedFiles([{ path: source, content: fetched.bytes }, ...plan.files], outDir, io.cwd, lang)
  io.writeErr(say(lang, words.keptAnswer, { file: relative(io.cwd, source) || rawName }))
  io.writeOut(describeImported(plan.datasets, outDir, io.cwd, written, lang))
  return ExitCode.ok
}
