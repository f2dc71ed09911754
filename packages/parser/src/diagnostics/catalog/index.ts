import type { RuleDefinition } from '../define-rule.js'
import { agreementRules } from './agreement.js'
import { allocationRules } from './allocation.js'
import { dataRules } from './data.js'
import { decisionRules } from './decision.js'
import { linkRules } from './link.js'
import { literalRules } from './literal.js'
import { proseRules } from './prose.js'
import { refRules } from './ref.js'
import { schemaRules } from './schema.js'
import { syntaxRules } from './syntax.js'
import { suppressionRules } from './suppression.js'

/**
 * Every rule fordela reports, by permanent id. A rule is never renamed or
 * removed; a retired rule stays here, deprecated.
 */
export const catalog = {
  ...syntaxRules,
  ...literalRules,
  ...schemaRules,
  ...refRules,
  ...dataRules,
  ...allocationRules,
  ...decisionRules,
  ...agreementRules,
  ...proseRules,
  ...linkRules,
  ...suppressionRules,
} as const

/** A rule id of the catalogue. */
export type RuleCode = keyof typeof catalog

/** The message arguments rule `C` needs. */
export type ArgsOf<C extends RuleCode> = (typeof catalog)[C] extends RuleDefinition<infer A> ? A : never
