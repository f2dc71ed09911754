import { defineRule } from '../define-rule.js'

/** Rules of the `syntax/` category. */
export const syntaxRules = {
} as const
void defineRule
