import { Command, CommanderError, Option } from 'commander'
import type { CliIo } from './cli-io.js'
import { UsageError } from './errors.js'
import { ExitCode } from './exit-codes.js'
import { readCliVersion } from './read-cli-version.js'

const issuesUrl = 'https://github.com/fordela/fordela/issues'

/**
 * Runs fordela with `argv` (without `node` and the script) against `io` and
 * resolves to the exit code. Each command's module is imported only when that
 * command runs, so `fordela --help` loads almost nothing.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok
  const debug = argv.includes('--debug')
  const program = new Command('fordela')
    .description('Fördelningsspec: statsbidrag som granskad kod. / Grant allocations as reviewed code.')
    .version(readCliVersion(), '-v, --version')
    .option('--debug', 'visa tekniska detaljer vid internt fel / show internal details on failure')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })

  program
    .command('lint')
    .description('Granska specar: summor, referenser, överenskommelsen. / Lint specs.')
    .argument('[paths...]', 'filer eller mappar (standard: arbetsytan) / files or folders')
    .addOption(
      new Option('-f, --format <format>', 'utdataformat / output format')
        .choices(['stylish', 'json', 'sarif', 'github', 'junit'])
        .default('stylish'),
    )
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .option('--max-warnings <n>', 'högst så många varningar / fail above this many warnings', parseCount)
    .option('-q, --quiet', 'bara fel / errors only')
    .option('-o, --output <file>', 'skriv resultatet till fil / write the report to a file')
    .option('--root <dir>', 'arbetsytans rot / workspace root')
    .option('-c, --config <file>', 'konfigurationsfil / config file (standard / default: fordela.config.yaml uppåt / upward)')
    .option('--baseline [file]', 'dölj fynd som baslinjen listar / hide findings the baseline lists (fordela-baseline.json)')
    .option('--no-baseline', 'använd ingen baslinje / apply no baseline')
    .option('--baseline-write [file]', 'skriv alla fynd till baslinjen / write every finding to the baseline')
    .option('--explain <rule>', 'visa en regels dokumentation / print a rule\'s docs page')
    .addHelpText(
      'after',
      '\nExempel / Example:\n  $ fordela lint examples\n  $ fordela lint --format sarif -o fordela.sarif\n  $ fordela lint --explain sum/fund-not-spent\n',
    )
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { lintCommand } = await import('./commands/lint-command.js')
      exitCode = await lintCommand(paths, options, io)
    })

  program
    .command('rules')
    .description('Lista alla regler med allvarlighet och dokumentation. / List every rule.')
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .addOption(new Option('-f, --format <format>', 'utdataformat / output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExempel / Example:\n  $ fordela rules --lang en\n')
    .action(async (options: { lang?: 'sv' | 'en'; format: 'text' | 'json' }) => {
      const { rulesCommand } = await import('./commands/rules-command.js')
      exitCode = rulesCommand(options, io)
    })

  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    return reportFailure(error, io, debug)
  }
}

/** Turns a thrown error into one clear line and exit code 2 (0 for --help/--version). */
function reportFailure(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure
  }
  if (error instanceof UsageError) {
    io.writeErr(`fordela: ${error.message}\n`)
    return ExitCode.failure
  }
  const detail = error instanceof Error ? error.message : String(error)
  io.writeErr(
    `fordela: internt fel / internal error: ${detail}\n` +
      `Rapportera gärna / please report: ${issuesUrl} (kör med --debug för detaljer / run with --debug for details)\n`,
  )
  if (debug && error instanceof Error && error.stack) io.writeErr(`${error.stack}\n`)
  return ExitCode.failure
}

/** Parses a non-negative whole number option. */
function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`"${value}" är inget heltal ≥ 0 / is not a whole number ≥ 0`)
  return Number(value)
}
