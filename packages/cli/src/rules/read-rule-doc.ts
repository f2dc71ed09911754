import { readFileSync } from 'node:fs'

/**
 * The Markdown docs page of a rule from the repository checkout this CLI
 * runs from (`docs/rules/<category>/<name>.md`), or undefined when the CLI
 * is installed without the docs. The path is relative to this module: it
 * sits in `src/rules/` or `dist/rules/` of `packages/cli`, four folders
 * below the repository root where `docs/` is.
 */
export function readRuleDoc(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined
  try {
    return readFileSync(new URL(`../../../../docs/rules/${ruleId}.md`, import.meta.url), 'utf8')
  } catch {
    return undefined
  }
}
