import { defineRule } from '../define-rule.js'

/** Rules of the `data/` category. */
export const dataRules = {
} as const
void defineRule
