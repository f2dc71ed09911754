import { defineRule } from '../define-rule.js'

/** Rules of the `prose/` category. */
export const proseRules = {
} as const
void defineRule
