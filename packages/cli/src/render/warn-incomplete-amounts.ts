import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { classifyErrors } from './classify-findings.js'
import type { EvaluatedSpec } from './evaluate-spec.js'

/**
 * Warns on stderr when an allocation has errors that can leave amounts
 * incomplete; claims in the prose that do not hold leave every amount as it
 * is, so they do not count.
 */
export function warnIfAmountsIncomplete(evaluated: EvaluatedSpec, spec: string, lang: Language, io: CliIo): void {
  const errors = classifyErrors(evaluated.findings, (file) => evaluated.workspace.documentByFile(file)?.kind).blocking
    .length
  if (errors === 0) return
  io.writeErr(say(lang, messages.cliSpec.amountsIncomplete, { spec, errors }))
}
