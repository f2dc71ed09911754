import { defineRule } from '../define-rule.js'

/** Rules of the `sum/` category. */
export const sumRules = {
} as const
void defineRule
