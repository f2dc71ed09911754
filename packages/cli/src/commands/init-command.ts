import { relative, resolve } from 'node:path'
import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-codes.js'
import { scaffoldAllocation, writeScaffold } from '../init/write-scaffold.js'

/** The options of `fordela init`. */
export interface InitCommandOptions {
  readonly force?: boolean
  readonly lang?: Language
}

/**
 * `fordela init [dir]`: scaffolds a county repository that lints clean at
 * once — config, parties, an example dataset to replace, a first
 * allocation and its rendered memo, a CI workflow and editor settings —
 * and says what to do next. Refuses to overwrite files (exit 2) unless `--force`.
 */
export async function initCommand(dir: string | undefined, options: InitCommandOptions, io: CliIo): Promise<number> {
  const lang = options.lang ?? 'sv'
  const target = resolve(io.cwd, dir ?? '.')
  const files = await writeScaffold(target, options.force === true, io.cwd, lang)
  const shown = (file: string) => relative(io.cwd, resolve(target, file)) || file
  const written = files.map((file) => `  ${shown(file)}`).join('\n')
  // The config applies where fordela runs, so the next commands run in the new folder.
  const enter = dir === undefined || resolve(io.cwd, dir) === io.cwd ? '' : `cd ${dir} && `
  const memo = scaffoldAllocation.replace(/\.yaml$/, '.md')
  io.writeOut(
    lang === 'sv'
      ? `Skapade:\n${written}\n\nNästa steg:\n` +
          '  1. Byt exempeldatan i data/befolkning-exempel.yaml mot SCB:s folkmängd och parterna i parter.yaml mot era egna.\n' +
          `  2. ${enter}fordela lint && fordela render ${scaffoldAllocation} -o ${memo}\n`
      : `Created:\n${written}\n\nNext steps:\n` +
          "  1. Replace the example data in data/befolkning-exempel.yaml with SCB's population and the parties in parter.yaml with your own.\n" +
          `  2. ${enter}fordela lint && fordela render ${scaffoldAllocation} -o ${memo}\n`,
  )
  return ExitCode.ok
}
