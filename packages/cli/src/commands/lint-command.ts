import { appendFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describeFileError, type Language } from '@fordela/parser'
import { applyBaseline, type BaselineEntry } from '@fordela/engine'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-codes.js'
import { formatStepSummary } from '../formatters/format-step-summary.js'
import { selectFormatter } from '../formatters/select-formatter.js'
import { collectFindings } from '../lint/collect-findings.js'
import { readBaseline } from '../lint/read-baseline.js'
import { readLintOptions } from '../lint/lint-options.js'
import { resolveLintSetup } from '../lint/resolve-lint-setup.js'
import { writeBaseline } from '../lint/write-baseline.js'
import { writeOutputFile } from '../lint/write-output-file.js'
import { chooseColorLevel } from '../output/choose-color-level.js'
import { readCliVersion } from '../read-cli-version.js'
import { buildLintReport, countSeverities } from '../report/build-lint-report.js'
import type { FormatContext, LintReport, ReportedDiagnostic } from '../report/lint-report.js'

/**
 * `fordela lint [paths…]`: checks the workspace and prints (or writes) the
 * report. Resolves to 0 when clean, 1 for errors or more warnings than
 * `--max-warnings`, 2 when an input could not be read; usage mistakes throw
 * a `UsageError` that `run` prints as one line with exit code 2.
 */
export async function lintCommand(
  paths: readonly string[],
  rawOptions: Readonly<Record<string, unknown>>,
  io: CliIo,
): Promise<number> {
  const options = readLintOptions(rawOptions)
  if (options.explain !== undefined) {
    const { explainRuleCommand } = await import('./explain-rule-command.js')
    // The page is in the language the report would be in: --lang, else the config's lang, else Swedish.
    return explainRuleCommand(options.explain, options.lang ?? (await resolveLintSetup([], options, io.cwd)).lang, io)
  }
  const setup = await resolveLintSetup(paths, options, io.cwd)
  const { lang } = setup
  const collected = await collectFindings(setup)
  let baseline: readonly BaselineEntry[] = []
  if (setup.baselineWriteFile !== undefined) {
    baseline = await writeBaseline(setup.baselineWriteFile, setup.root, collected.findings, collected.files, io, lang)
  } else if (setup.baselineFile !== undefined) {
    baseline = await readBaseline(setup.baselineFile, setup.root, io.cwd, lang)
  }
  const { kept, baselinedCount } = applyBaseline(collected.findings, baseline)
  const report = buildLintReport({
    root: setup.root,
    files: collected.files,
    findings: options.quiet ? kept.filter((finding) => finding.severity === 'error') : kept,
    suppressedCount: collected.suppressedCount,
    baselinedCount,
  })
  const context: FormatContext = {
    lang,
    texts: collected.texts,
    cwd: io.cwd,
    toolVersion: readCliVersion(),
    colorLevel: options.output === undefined ? chooseColorLevel(io) : 0,
  }
  const format = options.format ?? 'stylish'
  const text = (await selectFormatter(format))(report, context)
  if (options.output === undefined) io.writeOut(text)
  else await writeOutputFile(resolve(io.cwd, options.output), text, setup.root, io.cwd, lang)
  if (format === 'github') writeStepSummary(report, context, io)
  return decideExitCode(kept, setup.maxWarnings, io, lang)
}

/** Appends the full list of findings to the GitHub job summary, when running in a workflow. */
function writeStepSummary(report: LintReport, context: FormatContext, io: CliIo): void {
  const file = io.env['GITHUB_STEP_SUMMARY']
  if (!file) return
  try {
    appendFileSync(file, formatStepSummary(report, context))
  } catch (error) {
    const words = describeFileError((error as NodeJS.ErrnoException).code ?? 'unknown')
    io.writeErr(`fordela: GITHUB_STEP_SUMMARY (${file}): ${words[context.lang]}\n`)
  }
}

/**
 * 2 when an input file could not be read, 1 for errors or too many
 * warnings (counted before `--quiet` hides them, as ESLint does), else 0.
 */
function decideExitCode(
  findings: readonly ReportedDiagnostic[],
  maxWarnings: number | undefined,
  io: CliIo,
  lang: Language,
): number {
  if (findings.some(isUnreadableInput)) return ExitCode.failure
  const { errorCount, warningCount } = countSeverities(findings)
  if (errorCount > 0) return ExitCode.findings
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    io.writeErr(say(lang, messages.cli.tooManyWarnings, { count: warningCount, max: maxWarnings }))
    return ExitCode.findings
  }
  return ExitCode.ok
}

/**
 * A file of the workspace that could not be read at all: the loader
 * reports it at the file's own start, while a broken reference is reported
 * at the reference.
 */
function isUnreadableInput(finding: ReportedDiagnostic): boolean {
  return (
    finding.code === 'ref/file-unreadable' &&
    finding.span[0] === 0 &&
    finding.span[1] === 0 &&
    finding.severity === 'error'
  )
}
