import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { MAX_SCB_FILE_BYTES, showControlCharacters } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { describeImported } from '../data/describe-imported.js'
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

/** The options of `fordela data import`. */
export interface DataImportOptions extends DataOptions {
  readonly table?: string
}

/**
 * `fordela data import <file>`: reads a table downloaded from SCB (a PxWeb
 * JSON-stat 2.0 response or a CSV export) and writes a dataset beside it, a
 * CSV file and its Dataset spec, together and atomically. Importing the same
 * file again writes nothing. Problems in the file are printed with line and
 * column and exit 1; nothing is written then.
 */
export function dataImportCommand(file: string, options: DataImportOptions, io: CliIo): number {
  const lang = options.lang ?? 'sv'
  const words = messages.cliData
  const source = resolve(io.cwd, file)
  if (!existsSync(source) || !statSync(source).isFile()) throw new UsageError(say(lang, words.noSuchFile, { file }))
  if (statSync(source).size > MAX_SCB_FILE_BYTES) {
    throw new UsageError(say(lang, words.fileTooLarge, { file, max: MAX_SCB_FILE_BYTES }))
  }
  if (options.table !== undefined && !/^[A-Za-z0-9_-]{1,40}$/u.test(options.table)) {
    throw new UsageError(say(lang, words.badTableOption, { value: options.table }))
  }
  const outDir = resolve(io.cwd, options.outDir ?? dirname(source))
  const sumAge = parseAgeRange(options.sumAge, lang)
  const id = parseIdOption(options.id, lang)
  const referenceDate = parseDateOption('--reference-date', options.referenceDate, lang)
  const retrieved = parseDateOption('--retrieved', options.retrieved, lang)
  const plan = planDatasetFiles({
    bytes: new Uint8Array(readFileSync(source)),
    source,
    outDir,
    regions: parseRegions(options.regions, lang),
    today: todayUtc(),
    ...(sumAge ? { sumAge } : {}),
    ...(options.time !== undefined ? { time: options.time } : {}),
    ...(options.table !== undefined ? { tableId: options.table } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    ...(retrieved !== undefined ? { retrieved } : {}),
  })
  const shown = relative(io.cwd, source) || file
  if (!plan.datasets) {
    for (const problem of plan.problems) io.writeErr(`${showControlCharacters(formatProblem(shown, problem, lang))}\n`)
    io.writeErr(say(lang, words.nothingWritten))
    return ExitCode.findings
  }
  const clash = plan.files.find((planned) => planned.path === source)
  if (clash) {
    throw new UsageError(say(lang, words.wouldOverwriteSource, { file: shown }))
  }
  const written = writePlannedFiles(plan.files, outDir, io.cwd, lang)
  io.writeOut(describeImported(plan.datasets, outDir, io.cwd, written, lang))
  return ExitCode.ok
}
