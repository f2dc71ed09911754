import { suggestClosest, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { listRules, type RuleSummary } from './list-rules.js'

/** The rule with this id; an unknown id is a usage error with "did you mean". */
export function requireKnownRule(id: string, lang: Language): RuleSummary {
  const rules = listRules(lang)
  const rule = rules.find((candidate) => candidate.id === id)
  if (rule) return rule
  const closest = suggestClosest(
    id,
    rules.map((candidate) => candidate.id),
  )[0]
  const guess = closest ? ` ${say(lang, messages.cli.didYouMeanOne, { suggestion: closest })}` : ''
  throw new UsageError(say(lang, messages.cli.unknownRuleId, { id, guess }))
}
