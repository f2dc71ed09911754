import { listUnits } from '@fordela/engine'
import {
  explainAgreementData,
  explainAllocationData,
  formatTraceText,
  traceAgreement,
  traceAllocation,
} from '@fordela/render-markdown'
import { suggestClosest, type DocumentRef, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-codes.js'
import { showReportText } from '../output/show-report-text.js'
import { requireKnownFilter } from '../explain/require-known-filter.js'
import { evaluateSpec, type EvaluatedSpec } from '../render/evaluate-spec.js'
import { UsageError } from '../errors.js'
import { locateSpec } from '../render/locate-spec.js'
import { requireAllocation } from '../render/require-allocation.js'
import { warnIfAmountsIncomplete } from '../render/warn-incomplete-amounts.js'

/** The options of `fordela explain`. */
export interface ExplainCommandOptions {
  readonly party?: string
  readonly fund?: string
  /** For an agreement: the unit (länskod, kommun) whose amounts to explain. */
  readonly unit?: string
  readonly format?: 'text' | 'json'
  readonly lang?: Language
  readonly config?: string
}

/**
 * `fordela explain <spec>`: prints how every amount of an allocation, or
 * every unit's amount of every cell of an agreement (`--unit 14` for one),
 * comes about, as an indented trace in plain Swedish (or English), or as
 * data with `--format json`. Errors in the spec do not stop it — explaining is
 * how one finds out what is wrong — but are counted on stderr.
 */
export async function explainCommand(spec: string, options: ExplainCommandOptions, io: CliIo): Promise<number> {
  const located = await locateSpec(spec, options, io.cwd)
  const lang = located.setup.lang
  const evaluated = await evaluateSpec(located, io.cwd)
  if (evaluated.document?.kind === 'Agreement') return explainAgreement(evaluated, spec, options, lang, io)
  if (options.unit !== undefined) {
    throw new UsageError(say(lang, messages.cliSpec.unitIsForAgreements))
  }
  const evaluation = requireAllocation(evaluated, spec, lang)
  const filter = {
    ...(options.party !== undefined ? { party: options.party } : {}),
    ...(options.fund !== undefined ? { fund: options.fund } : {}),
  }
  requireKnownFilter(evaluation, filter, lang)
  warnIfAmountsIncomplete(evaluated, spec, lang, io)
  if (options.format === 'json') {
    const data = explainAllocationData(evaluation, { ...filter, texts: evaluated.workspace.texts })
    io.writeOut(`${JSON.stringify(data, null, 2)}\n`)
    return ExitCode.ok
  }
  const { workspace } = evaluated
  const lookup = (id: string) => workspace.documentById(id)
  const resolve = (ref: DocumentRef) => workspace.resolve(ref)
  io.writeOut(showReportText(formatTraceText(traceAllocation(evaluation, { ...filter, lang, lookup, resolve }))))
  return ExitCode.ok
}

/** `fordela explain <agreement> [--unit <id>]`. */
function explainAgreement(
  evaluated: EvaluatedSpec,
  spec: string,
  options: ExplainCommandOptions,
  lang: Language,
  io: CliIo,
): number {
  if (options.party !== undefined || options.fund !== undefined) {
    throw new UsageError(say(lang, messages.cliSpec.partyFundAreForAllocations))
  }
  const document = evaluated.document
  const evaluation = document?.kind === 'Agreement' ? evaluated.evaluation.agreements.get(document) : undefined
  if (!evaluation) throw new UsageError(say(lang, messages.cliSpec.agreementNotEvaluated, { spec }))
  const units = listUnits(evaluation)
  if (options.unit !== undefined && !units.includes(options.unit)) {
    const suggestion = suggestClosest(options.unit, units)[0]
    const hint = suggestion ? ` ${say(lang, messages.cli.didYouMeanOne, { suggestion })}` : ''
    throw new UsageError(say(lang, messages.cliSpec.noSuchUnit, { unit: options.unit, hint }))
  }
  const unit = options.unit !== undefined ? { unit: options.unit } : {}
  if (options.format === 'json') {
    io.writeOut(
      `${JSON.stringify(explainAgreementData(evaluation, { ...unit, texts: evaluated.workspace.texts }), null, 2)}\n`,
    )
    return ExitCode.ok
  }
  const lookup = (id: string) => evaluated.workspace.documentById(id)
  io.writeOut(formatTraceText(traceAgreement(evaluation, { ...unit, lang, lookup })))
  return ExitCode.ok
}
