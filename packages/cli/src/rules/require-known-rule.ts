import { suggestClosest, type Language } from '@fordela/parser'
import { UsageError } from '../errors.js'
import { listRules, type RuleSummary } from './list-rules.js'

/** The rule with this id; an unknown id is a usage error with "did you mean". */
export function requireKnownRule(id: string, lang: Language): RuleSummary {
  const rules = listRules(lang)
  const rule = rules.find((candidate) => candidate.id === id)
  if (rule) return rule
  const closest = suggestClosest(id, rules.map((candidate) => candidate.id))[0]
  const guess = closest ? (lang === 'sv' ? ` Menade du "${closest}"?` : ` Did you mean "${closest}"?`) : ''
  throw new UsageError(
    lang === 'sv'
      ? `okänd regel "${id}".${guess} \`fordela rules\` listar alla.`
      : `unknown rule "${id}".${guess} \`fordela rules\` lists them all.`,
  )
}
