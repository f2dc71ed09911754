import { readFileSync } from 'node:fs'
import type { Language } from '@fordela/parser'
import { cliPackageRoot } from '../package-root.js'
import { rulePagePath } from './rule-docs-url.js'

/**
 * Where the rule pages are: inside the installed package (`docs/rules/`,
 * shipped by the pack step), else in the repository checkout this CLI runs
 * from, where `packages/cli` is two folders below the root's `docs/`.
 */
const RULE_DOC_FOLDERS = ['docs/rules/', '../../docs/rules/'] as const

/**
 * The Markdown docs page of a rule in a language
 * (`docs/rules/<category>/<name>.sv.md` or `.md`, see {@link rulePagePath}),
 * or undefined when neither the package nor the checkout has it.
 */
export function readRuleDoc(ruleId: string, lang: Language): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined
  for (const folder of RULE_DOC_FOLDERS) {
    try {
      return readFileSync(new URL(`${folder}${rulePagePath(ruleId, lang)}`, cliPackageRoot), 'utf8')
    } catch {
      // Not in this place; try the next.
    }
  }
  return undefined
}
