import { Command, CommanderError, Option } from 'commander'
import type { Language, LocalizedText } from '@fordela/parser'
import { messages, say as sayIn } from '@fordela/render-markdown/messages'
import type { CliIo } from './cli-io.js'
import type { DataFetchOptions } from './commands/data-fetch-command.js'
import type { DataImportOptions } from './commands/data-import-command.js'
import type { DiffCommandOptions } from './commands/diff-command.js'
import type { ExplainCommandOptions } from './commands/explain-command.js'
import type { InitCommandOptions } from './commands/init-command.js'
import type { RenderCommandOptions } from './commands/render-command.js'
import type { StudioCommandOptions } from './commands/studio-command.js'
import { UsageError } from './errors.js'
import { ExitCode } from './exit-codes.js'
import { chooseArgvLanguage } from './help/choose-argv-language.js'
import { localizeHelp } from './help/localize-help.js'
import { readCliVersion } from './read-cli-version.js'
import { catchUsageErrors, silentCodes } from './usage/catch-usage-errors.js'

const issuesUrl = 'https://github.com/fordela/fordela/issues'

/**
 * Runs fordela with `argv` (without `node` and the script) against `io` and
 * resolves to the exit code. Each command's module is imported only when that
 * command runs, so `fordela --help` loads almost nothing.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok
  const debug = argv.includes('--debug')
  // Help is written before the options are parsed: its language comes from argv itself.
  const lang = chooseArgvLanguage(argv)
  const words = messages.cliHelp
  const say = (message: LocalizedText): string => sayIn(lang, message)
  const langOption = (description: LocalizedText = words.lang) =>
    new Option('--lang <lang>', say(description)).choices(['sv', 'en'])
  const formatOption = (choices: readonly string[], fallback: string) =>
    new Option('-f, --format <format>', say(words.format)).choices(choices).default(fallback)
  const parseCount = (value: string) => readCount(value, lang)
  const program = localizeHelp(new Command('fordela'), lang)
    .description(say(words.program))
    .version(readCliVersion(), '-v, --version', say(words.versionOption))
    .option('--debug', say(words.debug))
    .addHelpText('after', say(words.programAfter))
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })

  program
    .command('lint')
    .description(say(words.lint))
    .argument('[paths...]', say(words.lintPaths))
    .addOption(formatOption(['stylish', 'json', 'sarif', 'github', 'junit'], 'stylish'))
    .addOption(langOption())
    .option('--max-warnings <n>', say(words.lintMaxWarnings), parseCount)
    .option('-q, --quiet', say(words.lintQuiet))
    .option('-o, --output <file>', say(words.lintOutput))
    .option('--root <dir>', say(words.lintRoot))
    .option('-c, --config <file>', say(words.lintConfig))
    .option('--baseline [file]', say(words.lintBaseline))
    .option('--no-baseline', say(words.lintNoBaseline))
    .option('--baseline-write [file]', say(words.lintBaselineWrite))
    .option('--explain <rule>', say(words.lintExplain))
    .option('--fix', say(words.lintFix))
    .option('--fix-dry-run', say(words.lintFixDryRun))
    .addHelpText('after', say(words.lintAfter))
    .action(async (paths: string[], options: Record<string, unknown>) => {
      if (options['fix'] === true || options['fixDryRun'] === true) {
        const { fixCommand } = await import('./commands/fix-command.js')
        exitCode = await fixCommand(paths, options, io)
        return
      }
      const { lintCommand } = await import('./commands/lint-command.js')
      exitCode = await lintCommand(paths, options, io)
    })

  program
    .command('rules')
    .description(say(words.rules))
    .addOption(langOption())
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', say(words.rulesAfter))
    .action(async (options: { lang?: 'sv' | 'en'; format: 'text' | 'json' }) => {
      const { rulesCommand } = await import('./commands/rules-command.js')
      exitCode = rulesCommand(options, io)
    })

  program
    .command('render')
    .description(say(words.render))
    .argument('<spec>', say(words.renderSpec))
    .option('-o, --output <file>', say(words.renderOutput))
    .option('--reference-doc <file>', say(words.renderReferenceDoc))
    .option('--check', say(words.renderCheck))
    .option('--appendix', say(words.renderAppendix))
    .addOption(langOption(words.renderLang))
    .option('-c, --config <file>', say(words.config))
    .addHelpText('after', say(words.renderAfter))
    .action(async (spec: string, options: RenderCommandOptions) => {
      const { renderCommand } = await import('./commands/render-command.js')
      exitCode = await renderCommand(spec, options, io)
    })

  program
    .command('explain')
    .description(say(words.explain))
    .argument('<spec>', say(words.explainSpec))
    .option('--party <id>', say(words.explainParty))
    .option('--fund <id>', say(words.explainFund))
    .option('--unit <id>', say(words.explainUnit))
    .addOption(formatOption(['text', 'json'], 'text'))
    .addOption(langOption())
    .option('-c, --config <file>', say(words.config))
    .addHelpText('after', say(words.explainAfter))
    .action(async (spec: string, options: ExplainCommandOptions) => {
      const { explainCommand } = await import('./commands/explain-command.js')
      exitCode = await explainCommand(spec, options, io)
    })

  program
    .command('diff')
    .description(say(words.diff))
    .argument('[paths...]', say(words.diffPaths))
    .option('--base <ref>', say(words.diffBase))
    .addOption(formatOption(['text', 'json', 'markdown'], 'text'))
    .option('--full-report <url>', say(words.diffFullReport))
    .addOption(langOption())
    .option('-c, --config <file>', say(words.config))
    .addHelpText('after', say(words.diffAfter))
    .action(async (paths: string[], options: DiffCommandOptions) => {
      const { diffCommand } = await import('./commands/diff-command.js')
      exitCode = await diffCommand(paths, options, io)
    })

  program
    .command('init')
    .description(say(words.init))
    .argument('[dir]', say(words.initDir))
    .option('--force', say(words.initForce))
    .option(`--lan <${say(words.placeholderCode)}>`, say(words.initLan))
    .option(`--year <${say(words.placeholderYear)}>`, say(words.initYear))
    .option('--action-ref <ref>', say(words.initActionRef))
    .addOption(langOption())
    .addHelpText('after', say(words.initAfter))
    .action(async (dir: string | undefined, options: InitCommandOptions) => {
      const { initCommand } = await import('./commands/init-command.js')
      exitCode = await initCommand(dir, options, io)
    })

  const regionsOption = () =>
    new Option('--regions <which>', say(words.dataRegions)).choices(['kommuner', 'lan', 'both']).default('kommuner')
  const data = program.command('data').description(say(words.data)).addHelpText('after', say(words.dataAfter))
  data
    .command('import')
    .description(say(words.dataImport))
    .argument('<file>', say(words.dataImportFile))
    .addOption(regionsOption())
    .option('--sum-age <from-to>', say(words.dataImportSumAge))
    .option('--time <time>', say(words.dataImportTime))
    .option('--table <id>', say(words.dataImportTable))
    .option('--id <id>', say(words.dataId))
    .option('--reference-date <date>', say(words.dataReferenceDate))
    .option('--retrieved <date>', say(words.dataImportRetrieved))
    .option('--out-dir <dir>', say(words.dataImportOutDir))
    .addOption(langOption())
    .addHelpText('after', say(words.dataImportAfter))
    .action(async (file: string, options: DataImportOptions) => {
      const { dataImportCommand } = await import('./commands/data-import-command.js')
      exitCode = dataImportCommand(file, options, io)
    })
  data
    .command('fetch')
    .description(say(words.dataFetch))
    .argument('<table>', say(words.dataFetchTable))
    .addOption(regionsOption())
    .option('--sum-age <from-to>', say(words.dataFetchSumAge))
    .option('--time <time>', say(words.dataFetchTime))
    .option('--contents <code>', say(words.dataFetchContents))
    .option('--id <id>', say(words.dataId))
    .option('--reference-date <date>', say(words.dataReferenceDate))
    .option('--out-dir <dir>', say(words.dataFetchOutDir))
    .option('--api <url>', say(words.dataFetchApi), 'https://statistikdatabasen.scb.se/api/v2')
    .option('--retries <n>', say(words.dataFetchRetries), parseCount, 3)
    .option('--retry-delay <ms>', say(words.dataFetchRetryDelay), parseCount, 2000)
    .addOption(langOption())
    .addHelpText('after', say(words.dataFetchAfter))
    .action(async (table: string, options: DataFetchOptions) => {
      const { dataFetchCommand } = await import('./commands/data-fetch-command.js')
      exitCode = await dataFetchCommand(table, options, io)
    })

  program
    .command('studio')
    .description(say(words.studio))
    .argument('[dir]', say(words.studioDir))
    .option('--port <port>', say(words.studioPort), (value: string) => readPort(value, lang))
    .addOption(langOption())
    .addHelpText('after', say(words.studioAfter))
    .action(async (dir: string | undefined, options: StudioCommandOptions) => {
      const { studioCommand } = await import('./commands/studio-command.js')
      // Serves until Ctrl-C (or a TERM from whoever started it).
      const stopped = new Promise<void>((done) => {
        process.once('SIGINT', () => done())
        process.once('SIGTERM', () => done())
      })
      exitCode = await studioCommand(dir, options, io, stopped)
    })

  const raisedIn = catchUsageErrors(program)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) return await reportCommanderError(error, raisedIn(error), io, lang)
    return await reportFailure(error, io, debug, lang)
  }
}

/**
 * Says a usage mistake Commander found, in `lang` (nothing for --help and
 * --version, which Commander has written), and gives its exit code: 2, or 0
 * for --help/--version.
 */
async function reportCommanderError(
  error: CommanderError,
  command: Command,
  io: CliIo,
  lang: Language,
): Promise<number> {
  if (!silentCodes.includes(error.code)) {
    // Loaded only for a mistake: it reads the parser, which --help and --version never load.
    const { describeUsageError } = await import('./usage/describe-usage-error.js')
    io.writeErr(describeUsageError(error, command, lang))
  }
  return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure
}

/** Turns a thrown error into one clear line and exit code 2. */
async function reportFailure(error: unknown, io: CliIo, debug: boolean, lang: Language): Promise<number> {
  if (error instanceof UsageError) {
    // Messages echo what the user typed (a value, a path): nothing of it may reach the terminal as a control character.
    const { showControlCharacters } = await import('@fordela/parser')
    const lines = error.message.split('\n').map(showControlCharacters)
    io.writeErr(`fordela: ${lines.join('\n')}\n`)
    return ExitCode.failure
  }
  if (isFileSystemError(error)) {
    // A file call that failed where fordela did not expect it: the file and the reason in words, not Node's code.
    const { describeFileError, showControlCharacters } = await import('@fordela/parser')
    const words = describeFileError(error.code)
    io.writeErr(`fordela: ${showControlCharacters(error.path ?? '')}: ${words[lang]}\n`)
    if (debug && error.stack) io.writeErr(`${error.stack}\n`)
    return ExitCode.failure
  }
  const detail = error instanceof Error ? error.message : String(error)
  io.writeErr(sayIn(lang, messages.cli.internalError, { detail, url: issuesUrl }))
  if (debug && error instanceof Error && error.stack) io.writeErr(`${error.stack}\n`)
  return ExitCode.failure
}

/** An error from a file-system call: it has a string `code` (`ENOENT`) and names its `syscall`. */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  )
}

/** Parses a non-negative whole number option. */
function readCount(value: string, lang: Language): number {
  if (!/^\d+$/.test(value)) throw new UsageError(sayIn(lang, messages.cli.notACount, { value }))
  return Number(value)
}

/** Parses a TCP port (0 chooses a free one). */
function readPort(value: string, lang: Language): number {
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(port >= 0 && port <= 65535)) throw new UsageError(sayIn(lang, messages.cli.notAPort, { value }))
  return port
}
