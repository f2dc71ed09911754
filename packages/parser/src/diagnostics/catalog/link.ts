import { defineRule } from '../define-rule.js'

/** Rules of the `link/` category. */
export const linkRules = {
} as const
void defineRule
