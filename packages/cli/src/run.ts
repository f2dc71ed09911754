import { Command, CommanderError, Option } from 'commander'
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
    .option('--fix', 'rätta fynd som har en enda mekanisk rättning / fix findings that have one mechanical fix')
    .option('--fix-dry-run', 'visa rättningarna som diff utan att skriva / show the fixes as a diff without writing')
    .addHelpText(
      'after',
      '\nExempel / Example:\n  $ fordela lint examples\n  $ fordela lint --format sarif -o fordela.sarif\n  $ fordela lint --explain sum/fund-not-spent\n  $ fordela lint --fix-dry-run\n' +
        '\n--fix rättar / fixes: literal/ambiguous-amount (1.500.000 → "1 500 000"), schema/unknown-key (en enda förslagen nyckel / a single suggested key)\n',
    )
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
    .description('Lista alla regler med allvarlighet och dokumentation. / List every rule.')
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .addOption(new Option('-f, --format <format>', 'utdataformat / output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExempel / Example:\n  $ fordela rules --lang en\n')
    .action(async (options: { lang?: 'sv' | 'en'; format: 'text' | 'json' }) => {
      const { rulesCommand } = await import('./commands/rules-command.js')
      exitCode = rulesCommand(options, io)
    })

  program
    .command('render')
    .description('Skriv specen som Markdown: beslutsunderlag, fördelningstabell, handlingsplan. / Render a spec as Markdown.')
    .argument('<spec>', 'en Allocation, Agreement eller ActionPlan / an allocation, agreement or action plan spec')
    .option('-o, --output <file>', 'skriv till fil (atomiskt); .docx ger ett Word-dokument / write to a file (atomically); .docx writes Word')
    .option('--reference-doc <file>', 'Word-dokument vars formatmallar .docx-filen får / a .docx whose styles the Word output takes')
    .option('--check', 'jämför med den incheckade filen (-o, annars <spec>.md) / compare with the committed file')
    .option('--appendix', 'lägg till bilagan med beräkningsunderlag / add the appendix with every derivation')
    .addOption(new Option('--lang <lang>', 'språk för meddelanden / language of messages').choices(['sv', 'en']))
    .option('-c, --config <file>', 'konfigurationsfil / config file')
    .addHelpText(
      'after',
      '\nExempel / Example:\n  $ fordela render examples/vastra-gotaland/2025-lansgemensamma-medel.yaml -o beslutsunderlag.md\n  $ fordela render fordelning.yaml -o beslutsunderlag.docx --reference-doc lanets-mall.docx\n  $ fordela render fordelning.yaml --check\n',
    )
    .action(async (spec: string, options: RenderCommandOptions) => {
      const { renderCommand } = await import('./commands/render-command.js')
      exitCode = await renderCommand(spec, options, io)
    })

  program
    .command('explain')
    .description('Visa hur varje belopp räknas fram. / Show how every amount is derived.')
    .argument('<spec>', 'en fördelning (Allocation) eller överenskommelse (Agreement) / an allocation or agreement spec')
    .option('--party <id>', 'bara det som når en part, grupp eller medlem / only what reaches a party, group or member')
    .option('--fund <id>', 'bara en fond / only one fund')
    .option('--unit <id>', 'överenskommelse: bara en enhet, till exempel länskod 14 / agreement: only one unit, e.g. county code 14')
    .addOption(new Option('-f, --format <format>', 'utdataformat / output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .option('-c, --config <file>', 'konfigurationsfil / config file')
    .addHelpText(
      'after',
      '\nExempel / Example:\n  $ fordela explain examples/vastra-gotaland/2025-lansgemensamma-medel.yaml --party vgr\n  $ fordela explain fordelning.yaml --fund komplexa-behov --format json\n  $ fordela explain examples/nationellt/skr-2025-overenskommelse.yaml --unit 14\n',
    )
    .action(async (spec: string, options: ExplainCommandOptions) => {
      const { explainCommand } = await import('./commands/explain-command.js')
      exitCode = await explainCommand(spec, options, io)
    })

  program
    .command('diff')
    .description('Jämför två fördelningar: per part, fond och avsnitt. / Compare two allocations.')
    .argument('[paths...]', '<gammal> <ny>, eller med --base filer/mappar att jämföra / <old> <new>, or with --base the files or folders to compare')
    .option('--base <ref>', 'jämför arbetsytan med en git-referens / compare the workspace with a git ref')
    .addOption(new Option('-f, --format <format>', 'utdataformat / output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--full-report <url>', 'var hela rapporten finns, när Markdown kortas / where the full report is, when Markdown is shortened')
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .option('-c, --config <file>', 'konfigurationsfil / config file')
    .addHelpText(
      'after',
      '\nExempel / Example:\n  $ fordela diff fordelning-2025.yaml fordelning-2026.yaml\n  $ fordela diff --base origin/main --format markdown > kommentar.md\n',
    )
    .action(async (paths: string[], options: DiffCommandOptions) => {
      const { diffCommand } = await import('./commands/diff-command.js')
      exitCode = await diffCommand(paths, options, io)
    })

  program
    .command('init')
    .description('Skapa ett förråd för ett län som granskas rent direkt. / Scaffold a county repository.')
    .argument('[dir]', 'mappen (standard: den här) / the folder (default: this one)')
    .option('--force', 'skriv över filer som finns / overwrite existing files')
    .option('--lan <kod>', 'länets kod: årets överenskommelse, strategin, befolkningen och länets parter / the län code: start from its real files')
    .option('--year <år>', 'överenskommelsens år med --lan (standard: det senaste) / the agreement year with --lan (default: the latest)')
    .option('--action-ref <ref>', 'versionen av fordelas action i arbetsflödet (standard: den här versionens tagg) / the Action version the workflow pins')
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .addHelpText(
      'after',
      '\nExempel / Example:\n  $ fordela init vastra-gotaland-fordelning\n  $ cd vastra-gotaland-fordelning && fordela lint\n  $ fordela init --lan 14 --year 2025\n',
    )
    .action(async (dir: string | undefined, options: InitCommandOptions) => {
      const { initCommand } = await import('./commands/init-command.js')
      exitCode = await initCommand(dir, options, io)
    })

  const data = program
    .command('data')
    .description('Hämta och importera befolkningssiffror från SCB. / Fetch and import population figures from SCB.')
  data
    .command('import')
    .description('Gör ett dataset av en fil från SCB (JSON-stat 2.0 eller CSV). / Make a dataset of a file from SCB.')
    .argument('<file>', 'filen från SCB:s statistikdatabas / the file from SCB')
    .addOption(new Option('--regions <which>', 'kommuner, lan eller båda / kommuner, län or both').choices(['kommuner', 'lan', 'both']).default('kommuner'))
    .option('--sum-age <from-to>', 'summera ettårsklasserna från–till, båda medräknade (0-18: 0, 1, …, 18 år) / sum the single years from–to inclusive')
    .option('--time <time>', 'tiden att använda när filen har flera (2023, 2025K3) / the time to use when the file has several')
    .option('--table <id>', 'tabellens id när filen inte anger det (CSV) / the table id when the file does not state it')
    .option('--id <id>', 'datasetets id och filnamn / the dataset id and file name')
    .option('--reference-date <date>', 'dagen värdena avser, om inte tiden säger det / the day the values refer to')
    .option('--retrieved <date>', 'dagen filen hämtades (standard: i dag) / the day the file was retrieved (default: today)')
    .option('--out-dir <dir>', 'mappen att skriva i (standard: filens) / the folder to write to (default: the file\'s)')
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .addHelpText('after', '\nExempel / Example:\n  $ fordela data import TAB638.json --sum-age 0-18 --regions kommuner\n  $ fordela data import befolkning.csv --table TAB638 --regions both\n')
    .action(async (file: string, options: DataImportOptions) => {
      const { dataImportCommand } = await import('./commands/data-import-command.js')
      exitCode = dataImportCommand(file, options, io)
    })
  data
    .command('fetch')
    .description('Hämta en tabell från SCB:s API (PxWeb v2) och importera den. / Fetch a table from SCB\'s API and import it.')
    .argument('<table>', 'tabellens id, till exempel TAB638 / the table id, for example TAB638')
    .addOption(new Option('--regions <which>', 'kommuner, lan eller båda / kommuner, län or both').choices(['kommuner', 'lan', 'both']).default('kommuner'))
    .option('--sum-age <from-to>', 'hämta och summera ettårsklasserna från–till (0-18) / fetch and sum the single years from–to')
    .option('--time <time>', 'tiden, till exempel 2023 (standard: den senaste) / the time (default: the latest)')
    .option('--contents <code>', 'tabellinnehållets kod, till exempel BE0101N1 (standard: alla) / the content code (default: all)')
    .option('--id <id>', 'datasetets id och filnamn / the dataset id and file name')
    .option('--reference-date <date>', 'dagen värdena avser, om inte tiden säger det / the day the values refer to')
    .option('--out-dir <dir>', 'mappen att skriva i (standard: den här) / the folder to write to (default: this one)')
    .option('--api <url>', 'API:ets adress / the API\'s address', 'https://statistikdatabasen.scb.se/api/v2')
    .option('--retries <n>', 'nya försök när SCB inte svarar / retries when SCB does not answer', parseCount, 3)
    .option('--retry-delay <ms>', 'väntan före första nya försöket, fördubblas sedan / wait before the first retry, then doubled', parseCount, 2000)
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .addHelpText('after', '\nExempel / Example:\n  $ fordela data fetch TAB638 --contents BE0101N1 --sum-age 0-18 --time 2024 --out-dir data\n')
    .action(async (table: string, options: DataFetchOptions) => {
      const { dataFetchCommand } = await import('./commands/data-fetch-command.js')
      exitCode = await dataFetchCommand(table, options, io)
    })

  program
    .command('studio')
    .description('Skriv fördelningen i webbläsaren med belopp och beslutsunderlag medan du skriver. / Edit in the browser with amounts and memo as you type.')
    .argument('[dir]', 'arbetsytans mapp (standard: den här) / the workspace folder (default: this one)')
    .option('--port <port>', 'porten på 127.0.0.1 (standard: en ledig) / the port on 127.0.0.1 (default: a free one)', parsePort)
    .addOption(new Option('--lang <lang>', 'språk / language').choices(['sv', 'en']))
    .addHelpText('after', '\nExempel / Example:\n  $ fordela studio\n  $ fordela studio examples --port 8080\n')
    .action(async (dir: string | undefined, options: StudioCommandOptions) => {
      const { studioCommand } = await import('./commands/studio-command.js')
      // Serves until Ctrl-C (or a TERM from whoever started it).
      const stopped = new Promise<void>((done) => {
        process.once('SIGINT', () => done())
        process.once('SIGTERM', () => done())
      })
      exitCode = await studioCommand(dir, options, io, stopped)
    })

  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    return await reportFailure(error, io, debug)
  }
}

/** Turns a thrown error into one clear line and exit code 2 (0 for --help/--version). */
async function reportFailure(error: unknown, io: CliIo, debug: boolean): Promise<number> {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure
  }
  if (error instanceof UsageError) {
    io.writeErr(`fordela: ${error.message}\n`)
    return ExitCode.failure
  }
  if (isFileSystemError(error)) {
    // A file call that failed where fordela did not expect it: the file and the reason in words, not Node's code.
    const { describeFileError } = await import('@fordela/parser')
    const words = describeFileError(error.code)
    io.writeErr(`fordela: ${error.path ?? ''}: ${words.sv} / ${words.en}\n`)
    if (debug && error.stack) io.writeErr(`${error.stack}\n`)
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

/** An error from a file-system call: it has a string `code` (`ENOENT`) and names its `syscall`. */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string'
}

/** Parses a non-negative whole number option. */
function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`"${value}" är inget heltal ≥ 0 / is not a whole number ≥ 0`)
  return Number(value)
}

/** Parses a TCP port (0 chooses a free one). */
function parsePort(value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`"${value}" är ingen port (0–65535) / is not a port (0–65535)`)
  return port
}
