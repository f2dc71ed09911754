import { defineRule } from '../define-rule.js'

/** Rules of the `schema/` category. */
export const schemaRules = {
} as const
void defineRule
