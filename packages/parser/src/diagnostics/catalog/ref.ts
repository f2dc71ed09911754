import { defineRule } from '../define-rule.js'

/** Rules of the `ref/` category. */
export const refRules = {
} as const
void defineRule
