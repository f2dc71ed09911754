import type { FormatContext, LintReport } from '../report/lint-report.js'
import { formatGithub } from './format-github.js'
import { formatJson } from './format-json.js'
import { formatJunit } from './format-junit.js'
import { formatSarif } from './format-sarif.js'
import { formatStylish } from './format-stylish.js'

/** The output formats of `fordela lint --format`. */
export const formatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const

/** One of {@link formatNames}. */
export type FormatName = (typeof formatNames)[number]

/** A formatter: a pure function of the report. */
export type Formatter = (report: LintReport, context: FormatContext) => string

const formatters: Readonly<Record<FormatName, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
}

/** The formatter of a format name. */
export function selectFormatter(name: FormatName): Formatter {
  return formatters[name]
}
