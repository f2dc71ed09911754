import { join } from 'node:path'
import type { Language } from '@fordela/parser'
import { collectFindings } from '../lint/collect-findings.js'
import type { LintSetup } from '../lint/resolve-lint-setup.js'
import { writeOutputFile } from '../lint/write-output-file.js'
import { fixWorkspace } from './fix-workspace.js'

/** A fix may uncover another (a renamed key lets the value be checked): this many rounds at most, as ESLint does. */
const MAX_PASSES = 10

/**
 * Lints the workspace, fixes what can be fixed, writes the files
 * atomically, and repeats while the fixes uncover more, so a file is as
 * fixed as it can be in one run. Findings turned off in the config or
 * silenced by a comment are not fixed. Returns how many findings were
 * fixed and the workspace paths of the files changed.
 */
export async function fixUntilStable(
  setup: LintSetup,
  cwd: string,
  lang: Language,
): Promise<{ readonly count: number; readonly files: readonly string[] }> {
  let count = 0
  const files = new Set<string>()
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const collected = await collectFindings(setup)
    const fixed = fixWorkspace(collected.texts, collected.findings)
    if (fixed.length === 0) break
    for (const file of fixed) {
      await writeOutputFile(join(setup.root, file.file), file.after, setup.root, cwd, lang)
      files.add(file.file)
      count += file.fixes
    }
  }
  return { count, files: [...files].sort() }
}
