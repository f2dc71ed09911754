import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { collectFindings } from '../lint/collect-findings.js'
import type { LintSetup } from '../lint/resolve-lint-setup.js'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import { fixUntilStable } from './fix-until-stable.js'
import { makeScratchFolder } from '../output/make-scratch-folder.js'

/** A file's text now and after `--fix`. */
export interface PreviewedFile {
  /** Workspace path. */
  readonly file: string
  readonly before: string
  readonly after: string
}

/**
 * What `--fix` would change, without touching the workspace: its files
 * are copied to a temporary folder (removed afterwards), fixed there
 * exactly as `--fix` would, and compared with the originals; the findings
 * lint would still report afterwards come back too.
 */
export async function previewFixes(
  setup: LintSetup,
  lang: Language,
): Promise<{
  readonly files: readonly PreviewedFile[]
  readonly count: number
  readonly remaining: readonly ReportedDiagnostic[]
}> {
  const { texts } = await collectFindings(setup)
  const mirror = makeScratchFolder('fordela-fix')
  try {
    for (const [file, text] of texts) {
      mkdirSync(dirname(join(mirror, file)), { recursive: true })
      writeFileSync(join(mirror, file), text)
    }
    const mirrored: LintSetup = {
      ...setup,
      root: mirror,
      ...(setup.paths ? { paths: setup.paths.map((path) => join(mirror, relative(setup.root, path))) } : {}),
    }
    const { count, files } = await fixUntilStable(mirrored, mirror, lang)
    const changed = files.map((file) => ({
      file,
      before: texts.get(file) ?? '',
      after: readFileSync(join(mirror, file), 'utf8'),
    }))
    // What lint would still find once the fixes are made: the dry run's exit code is lint's then.
    const { findings: remaining } = await collectFindings(mirrored)
    return { files: changed, count, remaining }
  } finally {
    rmSync(mirror, { recursive: true, force: true })
  }
}
