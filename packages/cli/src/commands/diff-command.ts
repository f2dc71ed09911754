import {
  describeSpecErrors,
  formatComparisonData,
  formatComparisonText,
  renderComparisonMarkdown,
} from '@fordela/render-markdown'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { compareTwoFiles } from '../diff/compare-two-files.js'
import { compareWithBase, type CheckedComparison } from '../diff/compare-with-base.js'
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
 * exit code is 0, or 1 when a compared spec (or a file it reads) has errors
 * that can make its amounts wrong, which the output then says at its top;
 * 2 for usage errors, a ref git does not know, or a file that is no allocation.
 */
export async function diffCommand(paths: readonly string[], options: DiffCommandOptions, io: CliIo): Promise<number> {
  const lang = options.lang
  const shared = { ...(lang ? { lang } : {}), ...(options.config !== undefined ? { config: options.config } : {}) }
  let checked: CheckedComparison
  if (options.base !== undefined) {
    checked = await compareWithBase({ ref: options.base, paths, ...shared }, io.cwd)
  } else {
    const [oldSpec, newSpec, ...extra] = paths
    if (oldSpec === undefined || newSpec === undefined || extra.length > 0) {
      throw new UsageError(say(lang ?? 'sv', messages.cliSpec.giveTwoAllocations))
    }
    checked = await compareTwoFiles(oldSpec, newSpec, shared, io)
  }
  io.writeOut(formatReport(checked, options, lang ?? 'sv'))
  return checked.specErrors.length > 0 ? ExitCode.findings : ExitCode.ok
}

function formatReport({ report, specErrors }: CheckedComparison, options: DiffCommandOptions, lang: Language): string {
  const warning = describeSpecErrors(specErrors, lang)
  switch (options.format) {
    case 'json':
      return `${JSON.stringify({ ...formatComparisonData(report), specErrors: specErrors.map((spec) => ({ ...spec })) }, null, 2)}\n`
    case 'markdown':
      // The warning comes right under the heading, as a quote, within the comment limit.
      return showReportText(
        renderComparisonMarkdown(report, {
          lang,
          warnings: warning,
          ...(options.fullReport !== undefined ? { fullReport: options.fullReport } : {}),
        }),
      )
    default:
      return showReportText(warning.map((line) => `⚠ ${line}\n\n`).join('') + formatComparisonText(report, lang))
  }
}
