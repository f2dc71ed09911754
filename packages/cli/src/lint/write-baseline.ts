import { existsSync } from 'node:fs'
import { relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { serializeBaseline, type BaselineEntry } from '@fordela/engine'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import { readBaseline } from './read-baseline.js'
import { writeOutputFile } from './write-output-file.js'

/**
 * Writes every finding of the run to the baseline file and returns the
 * entries written. Entries of files this run did not lint (a run on some
 * paths only) are kept from the existing file, so linting one folder never
 * forgets another's baseline.
 */
export async function writeBaseline(
  file: string,
  root: string,
  findings: readonly ReportedDiagnostic[],
  lintedFiles: readonly string[],
  io: CliIo,
  lang: Language,
): Promise<readonly BaselineEntry[]> {
  const linted = new Set(lintedFiles)
  const kept = existsSync(file)
    ? (await readBaseline(file, root, io.cwd, lang)).filter((entry) => !linted.has(entry.file))
    : []
  const entries = [
    ...kept,
    ...findings.map((finding) => ({ file: finding.file, rule: finding.code, fingerprint: finding.fingerprint })),
  ]
  await writeOutputFile(file, serializeBaseline(entries), root, io.cwd, lang)
  const shown = relative(io.cwd, file) || file
  io.writeErr(say(lang, messages.cli.wroteBaseline, { file: shown, count: findings.length }))
  return entries
}
