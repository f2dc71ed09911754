import { defineRule } from '../define-rule.js'

/** Rules of the `literal/` category. */
export const literalRules = {
} as const
void defineRule
