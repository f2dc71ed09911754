import { readFileSync } from 'node:fs'
import { cliPackageRoot } from '../package-root.js'

/**
 * The Markdown docs page of a rule from the repository checkout this CLI
 * runs from (`docs/rules/<category>/<name>.md`), or undefined when the CLI
 * is installed without the docs: `packages/cli` is two folders below the
 * repository root where `docs/` is.
 */
export function readRuleDoc(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined
  try {
    return readFileSync(new URL(`../../docs/rules/${ruleId}.md`, cliPackageRoot), 'utf8')
  } catch {
    return undefined
  }
}
