import type { AllocationEvaluation } from '@fordela/engine'
import { suggestClosest, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'

/**
 * Checks that `--party` names a party, group or member the allocation knows
 * and `--fund` one of its funds; a mistake is a usage error with the
 * closest ids ("did you mean").
 */
export function requireKnownFilter(
  evaluation: AllocationEvaluation,
  filter: { readonly party?: string; readonly fund?: string },
  lang: Language,
): void {
  const { party, fund } = filter
  if (
    party !== undefined &&
    !evaluation.party(party) &&
    !evaluation.allotments.some((allotment) => allotment.recipient === party)
  ) {
    throw unknown('--party', party, listPartyIds(evaluation), lang)
  }
  const funds = evaluation.funds.map((candidate) => candidate.fund.id.value)
  if (fund !== undefined && !funds.includes(fund)) throw unknown('--fund', fund, funds, lang)
}

function unknown(option: string, value: string, known: readonly string[], lang: Language): UsageError {
  const [suggestion] = suggestClosest(value, known)
  const hint = suggestion === undefined ? '' : ` ${say(lang, messages.cli.didYouMeanOne, { suggestion })}`
  return new UsageError(
    say(lang, option === '--fund' ? messages.cliSpec.noSuchFund : messages.cliSpec.noSuchParty, {
      option,
      value,
      hint,
    }),
  )
}

/** Every party, group and member id of the parties document, and every recipient. */
function listPartyIds(evaluation: AllocationEvaluation): string[] {
  const parties = evaluation.parties
  const documented = parties
    ? [
        ...parties.parties.map((party) => party.id.value),
        ...parties.groups.flatMap((group) => [group.id.value, ...group.members.map((member) => member.id.value)]),
      ]
    : []
  return [...documented, ...evaluation.allotments.map((allotment) => allotment.recipient)]
}
