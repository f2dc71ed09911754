import { formatComparisonData, formatComparisonMarkdown, formatComparisonText, type ComparisonReport } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { compareTwoFiles } from '../diff/compare-two-files.js'
import { compareWithBase } from '../diff/compare-with-base.js'
import { UsageError } from '../errors.js'
import { ExitCode } from '../exit-codes.js'
import { showReportText } from '../output/show-report-text.js'

/** The options of `fordela diff`. */
export interface DiffCommandOptions {
  readonly format?: 'text' | 'json' | 'markdown'
  readonly base?: string
  readonly lang?: Language
  readonly config?: string
  /** Where the whole report is, named when a Markdown comment is cut short. */
  readonly fullReport?: string
}

/**
 * `fordela diff <old> <new>` or `fordela diff --base <ref> [paths…]`: what
 * changed per party, fund and section, as a terminal table, JSON, or
 * Markdown for a pull-request comment. A difference is not a failure: the
 * exit code is 0; 2 for usage errors, a ref git does not know, or a file
 * that is no allocation.
 */
export async function diffCommand(paths: readonly string[], options: DiffCommandOptions, io: CliIo): Promise<number> {
  const lang = options.lang
  const shared = { ...(lang ? { lang } : {}), ...(options.config !== undefined ? { config: options.config } : {}) }
  let report: ComparisonReport
  if (options.base !== undefined) {
    report = await compareWithBase({ ref: options.base, paths, ...shared }, io.cwd)
  } else {
    const [oldSpec, newSpec, ...extra] = paths
    if (oldSpec === undefined || newSpec === undefined || extra.length > 0) {
      throw new UsageError(
        (lang ?? 'sv') === 'sv'
          ? 'ange två fördelningar, fordela diff <gammal> <ny>, eller jämför med git: fordela diff --base <ref>.'
          : 'give two allocations, fordela diff <old> <new>, or compare with git: fordela diff --base <ref>.',
      )
    }
    report = await compareTwoFiles(oldSpec, newSpec, shared, io)
  }
  io.writeOut(formatReport(report, options, lang ?? 'sv'))
  return ExitCode.ok
}

function formatReport(report: ComparisonReport, options: DiffCommandOptions, lang: Language): string {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(formatComparisonData(report), null, 2)}\n`
    case 'markdown':
      return showReportText(formatComparisonMarkdown(report, { lang, ...(options.fullReport !== undefined ? { fullReport: options.fullReport } : {}) }))
    default:
      return showReportText(formatComparisonText(report, lang))
  }
}
