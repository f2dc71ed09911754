import { defineRule } from '../define-rule.js'

/** Rules of the `agreement/` category. */
export const agreementRules = {
} as const
void defineRule
