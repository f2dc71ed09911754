import { readFileSync } from 'node:fs'
import type { Language } from '@fordela/parser'
import { cliPackageRoot } from '../package-root.js'
import { rulePagePath } from './rule-docs-url.js'

/**
 * The Markdown docs page of a rule in a language from the repository
 * checkout this CLI runs from (`docs/rules/<category>/<name>.sv.md` or
 * `.md`, see {@link rulePagePath}), or undefined when the CLI is installed
 * without the docs: `packages/cli` is two folders below the repository root
 * where `docs/` is.
 */
export function readRuleDoc(ruleId: string, lang: Language): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined
  try {
    return readFileSync(new URL(`../../docs/rules/${rulePagePath(ruleId, lang)}`, cliPackageRoot), 'utf8')
  } catch {
    return undefined
  }
}
