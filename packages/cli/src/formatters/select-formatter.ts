import type { FormatContext, LintReport } from '../report/lint-report.js'

/** The output formats of `fordela lint --format`. */
export const formatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const

/** One of {@link formatNames}. */
export type FormatName = (typeof formatNames)[number]

/** A formatter: a pure function of the report. */
export type Formatter = (report: LintReport, context: FormatContext) => string

/**
 * The formatter of a format name, imported only when asked for: a run
 * prints one format, and the others (SARIF with the rule catalog, chalk for
 * stylish) need not load.
 */
export async function selectFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./format-stylish.js')).formatStylish
    case 'json':
      return (await import('./format-json.js')).formatJson
    case 'sarif':
      return (await import('./format-sarif.js')).formatSarif
    case 'github':
      return (await import('./format-github.js')).formatGithub
    case 'junit':
      return (await import('./format-junit.js')).formatJunit
  }
}
