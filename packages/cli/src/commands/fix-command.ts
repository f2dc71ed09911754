import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { formatUnifiedDiff } from '../diff/format-unified-diff.js'
import { ExitCode } from '../exit-codes.js'
import { fixUntilStable } from '../fix/fix-until-stable.js'
import { previewFixes } from '../fix/preview-fixes.js'
import { readLintOptions } from '../lint/lint-options.js'
import { resolveLintSetup, type LintSetup } from '../lint/resolve-lint-setup.js'
import { readBaseline } from '../lint/read-baseline.js'
import { applyBaseline } from '@fordela/engine'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import { toDisplayPath } from '../report/display-path.js'

/**
 * `fordela lint --fix` and `--fix-dry-run`: fixes the findings that have
 * one mechanical fix (see `fixableRules`) by editing exactly the text they
 * point at, so comments and layout stay as they are. The dry run prints a
 * unified diff of what would change and exits as `fordela lint` would once
 * the fixes are made (1 when errors would remain). `--fix` writes each file
 * atomically, then lints again and reports what is left, as `fordela lint`.
 */
export async function fixCommand(
  paths: readonly string[],
  rawOptions: Readonly<Record<string, unknown>>,
  io: CliIo,
): Promise<number> {
  const setup = await resolveLintSetup(paths, readLintOptions(rawOptions), io.cwd)
  const { lang, root } = setup
  if (rawOptions['fixDryRun'] === true) {
    const { files, count, remaining } = await previewFixes(setup, lang)
    const shown = (file: string) => toDisplayPath(root, io.cwd, file)
    io.writeOut(
      files
        .map((file) =>
          formatUnifiedDiff(file.before, file.after, {
            oldName: `a/${shown(file.file)}`,
            newName: `b/${shown(file.file)}`,
          }),
        )
        .join(''),
    )
    io.writeErr(describe(count, files.length, lang, true))
    return decideDryRunExit(remaining, setup, io, lang)
  }
  const { count, files } = await fixUntilStable(setup, io.cwd, lang)
  io.writeErr(describe(count, files.length, lang, false))
  const { lintCommand } = await import('./lint-command.js')
  return lintCommand(paths, rawOptions, io)
}

/** "fordela: rättade 2 fynd i 1 fil." or what the dry run would do. */
function describe(count: number, files: number, lang: Language, dryRun: boolean): string {
  if (count === 0) return say(lang, messages.cli.nothingToFix)
  return say(lang, dryRun ? messages.cli.wouldFix : messages.cli.fixed, { count, files })
}

/**
 * The dry run's exit code: lint's on the fixed files, baseline and
 * `--max-warnings` applied; what would remain is counted on stderr.
 */
async function decideDryRunExit(
  remaining: readonly ReportedDiagnostic[],
  setup: LintSetup,
  io: CliIo,
  lang: Language,
): Promise<number> {
  const baseline =
    setup.baselineFile === undefined ? [] : await readBaseline(setup.baselineFile, setup.root, io.cwd, lang)
  const { kept } = applyBaseline(remaining, baseline)
  const errors = kept.filter((finding) => finding.severity === 'error').length
  const warnings = kept.filter((finding) => finding.severity === 'warning').length
  const failing = errors > 0 || (setup.maxWarnings !== undefined && warnings > setup.maxWarnings)
  if (!failing) return ExitCode.ok
  io.writeErr(say(lang, messages.cli.wouldRemain, { errors, warnings }))
  return ExitCode.findings
}
