import { explainAllocationData, formatTraceText, traceAllocation } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-codes.js'
import { showReportText } from '../output/show-report-text.js'
import { requireKnownFilter } from '../explain/require-known-filter.js'
import { evaluateSpec } from '../render/evaluate-spec.js'
import { locateSpec } from '../render/locate-spec.js'
import { requireAllocation } from '../render/require-allocation.js'
import { warnIfAmountsIncomplete } from '../render/warn-incomplete-amounts.js'

/** The options of `fordela explain`. */
export interface ExplainCommandOptions {
  readonly party?: string
  readonly fund?: string
  readonly format?: 'text' | 'json'
  readonly lang?: Language
  readonly config?: string
}

/**
 * `fordela explain <spec>`: prints how every amount of an allocation comes
 * about, as an indented trace in plain Swedish (or English), or as data
 * with `--format json`. Errors in the spec do not stop it — explaining is
 * how one finds out what is wrong — but are counted on stderr.
 */
export async function explainCommand(spec: string, options: ExplainCommandOptions, io: CliIo): Promise<number> {
  const located = await locateSpec(spec, options, io.cwd)
  const lang = located.setup.lang
  const evaluated = await evaluateSpec(located, io.cwd)
  const evaluation = requireAllocation(evaluated, spec, lang)
  const filter = { ...(options.party !== undefined ? { party: options.party } : {}), ...(options.fund !== undefined ? { fund: options.fund } : {}) }
  requireKnownFilter(evaluation, filter, lang)
  warnIfAmountsIncomplete(evaluated, spec, lang, io)
  if (options.format === 'json') {
    const data = explainAllocationData(evaluation, { ...filter, texts: evaluated.workspace.texts })
    io.writeOut(`${JSON.stringify(data, null, 2)}\n`)
    return ExitCode.ok
  }
  const lookup = (id: string) => evaluated.workspace.documentById(id)
  io.writeOut(showReportText(formatTraceText(traceAllocation(evaluation, { ...filter, lang, lookup }))))
  return ExitCode.ok
}
