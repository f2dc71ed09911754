import type { Language } from '@fordela/parser'
import type { FormatName } from '../formatters/select-formatter.js'

/** The options of `fordela lint` as commander hands them over. */
export interface LintOptions {
  readonly format?: FormatName
  readonly lang?: Language
  readonly maxWarnings?: number
  readonly quiet?: boolean
  readonly output?: string
  readonly root?: string
  readonly config?: string
  /** A file, `true` for the default file, `false` for `--no-baseline`, absent for "the default file if it exists". */
  readonly baseline?: string | boolean
  /** A file, or `true` for the default file. */
  readonly baselineWrite?: string | true
  readonly explain?: string
}

/**
 * Reads commander's untyped options object. Commander has already checked
 * choices and parsed numbers; this only gives the values their types.
 */
export function readLintOptions(options: Readonly<Record<string, unknown>>): LintOptions {
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
  const format = text(options['format']) as FormatName | undefined
  const lang = text(options['lang']) as Language | undefined
  const maxWarnings = typeof options['maxWarnings'] === 'number' ? options['maxWarnings'] : undefined
  const output = text(options['output'])
  const root = text(options['root'])
  const config = text(options['config'])
  const explain = text(options['explain'])
  const baseline = options['baseline']
  const baselineWrite = options['baselineWrite']
  return {
    ...(format ? { format } : {}),
    ...(lang ? { lang } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(options['quiet'] === true ? { quiet: true } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(config !== undefined ? { config } : {}),
    ...(typeof baseline === 'string' || typeof baseline === 'boolean' ? { baseline } : {}),
    ...(typeof baselineWrite === 'string' || baselineWrite === true
      ? { baselineWrite: baselineWrite as string | true }
      : {}),
    ...(explain !== undefined ? { explain } : {}),
  }
}
