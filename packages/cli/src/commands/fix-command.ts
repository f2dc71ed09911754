import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { formatUnifiedDiff } from '../diff/format-unified-diff.js'
import { ExitCode } from '../exit-codes.js'
import { fixUntilStable } from '../fix/fix-until-stable.js'
import { previewFixes } from '../fix/preview-fixes.js'
import { readLintOptions } from '../lint/lint-options.js'
import { resolveLintSetup } from '../lint/resolve-lint-setup.js'
import { toDisplayPath } from '../report/display-path.js'

/**
 * `fordela lint --fix` and `--fix-dry-run`: fixes the findings that have
 * one mechanical fix (see `fixableRules`) by editing exactly the text they
 * point at, so comments and layout stay as they are. The dry run prints a
 * unified diff of what would change and exits 0. `--fix` writes each file
 * atomically, then lints again and reports what is left, as `fordela lint`.
 */
export async function fixCommand(paths: readonly string[], rawOptions: Readonly<Record<string, unknown>>, io: CliIo): Promise<number> {
  const setup = await resolveLintSetup(paths, readLintOptions(rawOptions), io.cwd)
  const { lang, root } = setup
  if (rawOptions['fixDryRun'] === true) {
    const { files, count } = await previewFixes(setup, lang)
    const shown = (file: string) => toDisplayPath(root, io.cwd, file)
    io.writeOut(files.map((file) => formatUnifiedDiff(file.before, file.after, { oldName: `a/${shown(file.file)}`, newName: `b/${shown(file.file)}` })).join(''))
    io.writeErr(describe(count, files.length, lang, true))
    return ExitCode.ok
  }
  const { count, files } = await fixUntilStable(setup, io.cwd, lang)
  io.writeErr(describe(count, files.length, lang, false))
  const { lintCommand } = await import('./lint-command.js')
  return lintCommand(paths, rawOptions, io)
}

/** "fordela: rättade 2 fynd i 1 fil." or what the dry run would do. */
function describe(count: number, files: number, lang: Language, dryRun: boolean): string {
  if (count === 0) return lang === 'sv' ? 'fordela: inget att rätta automatiskt.\n' : 'fordela: nothing to fix automatically.\n'
  if (lang === 'sv') {
    const did = dryRun ? 'skulle rätta' : 'rättade'
    return `fordela: ${did} ${count} fynd i ${files} ${files === 1 ? 'fil' : 'filer'}${dryRun ? '; kör med --fix för att göra det' : ''}.\n`
  }
  const did = dryRun ? 'would fix' : 'fixed'
  return `fordela: ${did} ${count} ${count === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'}${dryRun ? '; run with --fix to do it' : ''}.\n`
}
