import { defineMessages } from './define-messages.js'

/**
 * `fordela --help` and every command's help, in one language at a time:
 * Swedish, or English with `--lang en`. Commander's own headings and
 * extras (`Usage:`, `choices:`) are here too, so no help mixes languages.
 */
export const cliHelpMessages = defineMessages({
  // Commander's headings and words.
  usage: { sv: 'Användning:', en: 'Usage:' },
  arguments: { sv: 'Argument:', en: 'Arguments:' },
  options: { sv: 'Flaggor:', en: 'Options:' },
  commands: { sv: 'Kommandon:', en: 'Commands:' },
  choices: {
    sv: (a: { list: string }) => `val: ${a.list}`,
    en: (a: { list: string }) => `choices: ${a.list}`,
  },
  defaultValue: {
    sv: (a: { value: string }) => `standard: ${a.value}`,
    en: (a: { value: string }) => `default: ${a.value}`,
  },
  helpOption: { sv: 'visa hjälpen för kommandot', en: 'display help for command' },
  helpCommand: { sv: 'visa hjälpen för ett kommando', en: 'display help for command' },
  versionOption: { sv: 'visa versionen', en: 'output the version number' },
  examples: { sv: 'Exempel:', en: 'Examples:' },
  placeholderCode: { sv: 'kod', en: 'code' },
  placeholderYear: { sv: 'år', en: 'year' },

  // Shared options.
  program: {
    sv: 'Fördelningsspec: statsbidrag som granskad kod.',
    en: 'Fördelningsspec: grant allocations as reviewed code.',
  },
  programAfter: {
    sv: '\nExempel:\n  $ fordela lint\n  $ fordela lint --help\n\nHjälp och meddelanden på engelska: lägg till --lang en (fordela lint --help --lang en).\n',
    en: '\nExamples:\n  $ fordela lint --lang en\n  $ fordela lint --help --lang en\n\nWithout --lang en, help and messages are in Swedish.\n',
  },
  debug: { sv: 'visa tekniska detaljer vid internt fel', en: 'show internal details on failure' },
  lang: { sv: 'språk för meddelanden och hjälp', en: 'language of messages and help' },
  format: { sv: 'utdataformat', en: 'output format' },
  config: { sv: 'konfigurationsfil', en: 'config file' },

  // fordela lint
  lint: {
    sv: 'Granska specar: summor, referenser, överenskommelsen.',
    en: 'Lint specs: sums, references, the agreement.',
  },
  lintPaths: { sv: 'filer eller mappar (standard: arbetsytan)', en: 'files or folders (default: the workspace)' },
  lintMaxWarnings: { sv: 'högst så många varningar', en: 'fail above this many warnings' },
  lintQuiet: { sv: 'bara fel', en: 'errors only' },
  lintOutput: { sv: 'skriv resultatet till fil', en: 'write the report to a file' },
  lintRoot: { sv: 'arbetsytans rot', en: 'workspace root' },
  lintConfig: {
    sv: 'konfigurationsfil (standard: fordela.config.yaml uppåt)',
    en: 'config file (default: fordela.config.yaml upward)',
  },
  lintBaseline: {
    sv: 'dölj fynd som baslinjen listar (fordela-baseline.json)',
    en: 'hide findings the baseline lists (fordela-baseline.json)',
  },
  lintNoBaseline: { sv: 'använd ingen baslinje', en: 'apply no baseline' },
  lintBaselineWrite: { sv: 'skriv alla fynd till baslinjen', en: 'write every finding to the baseline' },
  lintExplain: { sv: 'visa en regels dokumentation', en: "print a rule's docs page" },
  lintFix: { sv: 'rätta fynd som har en enda mekanisk rättning', en: 'fix findings that have one mechanical fix' },
  lintFixDryRun: { sv: 'visa rättningarna som diff utan att skriva', en: 'show the fixes as a diff without writing' },
  lintAfter: {
    sv:
      '\nExempel:\n  $ fordela lint examples\n  $ fordela lint --format sarif -o fordela.sarif\n  $ fordela lint --explain sum/fund-not-spent\n  $ fordela lint --fix-dry-run\n' +
      '\n--fix rättar: literal/ambiguous-amount (1.500.000 → "1 500 000"), schema/unknown-key (en enda förslagen nyckel)\n',
    en:
      '\nExamples:\n  $ fordela lint examples\n  $ fordela lint --format sarif -o fordela.sarif\n  $ fordela lint --explain sum/fund-not-spent\n  $ fordela lint --fix-dry-run\n' +
      '\n--fix fixes: literal/ambiguous-amount (1.500.000 → "1 500 000"), schema/unknown-key (a single suggested key)\n',
  },

  // fordela rules
  rules: {
    sv: 'Lista alla regler med allvarlighet och dokumentation.',
    en: 'List every rule with its severity and docs.',
  },
  rulesAfter: { sv: '\nExempel:\n  $ fordela rules --lang en\n', en: '\nExamples:\n  $ fordela rules --lang en\n' },

  // fordela render
  render: {
    sv: 'Skriv specen som Markdown: beslutsunderlag, fördelningstabell, handlingsplan.',
    en: 'Render a spec as Markdown: beslutsunderlag, distribution table, handlingsplan.',
  },
  renderSpec: { sv: 'en Allocation, Agreement eller ActionPlan', en: 'an allocation, agreement or action plan spec' },
  renderOutput: {
    sv: 'skriv till fil (atomiskt); .docx ger ett Word-dokument',
    en: 'write to a file (atomically); .docx writes a Word document',
  },
  renderReferenceDoc: {
    sv: 'Word-dokument vars formatmallar .docx-filen får',
    en: 'a .docx whose styles the Word output takes',
  },
  renderCheck: {
    sv: 'jämför med den incheckade filen (-o, annars <spec>.md)',
    en: 'compare with the committed file (-o, else <spec>.md)',
  },
  renderAppendix: { sv: 'lägg till bilagan med beräkningsunderlag', en: 'add the appendix with every derivation' },
  renderLang: {
    sv: 'språk för meddelanden och hjälp; underlaget är alltid på svenska',
    en: 'language of messages and help; the memo is always in Swedish',
  },
  renderAfter: {
    sv: '\nExempel:\n  $ fordela render examples/vastra-gotaland/2025-lansgemensamma-medel.yaml -o beslutsunderlag.md\n  $ fordela render fordelning.yaml -o beslutsunderlag.docx --reference-doc lanets-mall.docx\n  $ fordela render fordelning.yaml --check\n',
    en: '\nExamples:\n  $ fordela render examples/vastra-gotaland/2025-lansgemensamma-medel.yaml -o beslutsunderlag.md\n  $ fordela render fordelning.yaml -o beslutsunderlag.docx --reference-doc lanets-mall.docx\n  $ fordela render fordelning.yaml --check\n',
  },

  // fordela explain
  explain: { sv: 'Visa hur varje belopp räknas fram.', en: 'Show how every amount is derived.' },
  explainSpec: {
    sv: 'en fördelning (Allocation) eller överenskommelse (Agreement)',
    en: 'an allocation (Allocation) or agreement (Agreement) spec',
  },
  explainParty: {
    sv: 'bara det som når en part, grupp eller medlem',
    en: 'only what reaches a party, group or member',
  },
  explainFund: { sv: 'bara en fond', en: 'only one fund' },
  explainUnit: {
    sv: 'överenskommelse: bara en enhet, till exempel länskod 14',
    en: 'agreement: only one unit, e.g. county code 14',
  },
  explainAfter: {
    sv: '\nExempel:\n  $ fordela explain examples/vastra-gotaland/2025-lansgemensamma-medel.yaml --party vgr\n  $ fordela explain fordelning.yaml --fund komplexa-behov --format json\n  $ fordela explain examples/nationellt/skr-2025-overenskommelse.yaml --unit 14\n',
    en: '\nExamples:\n  $ fordela explain examples/vastra-gotaland/2025-lansgemensamma-medel.yaml --party vgr\n  $ fordela explain fordelning.yaml --fund komplexa-behov --format json\n  $ fordela explain examples/nationellt/skr-2025-overenskommelse.yaml --unit 14\n',
  },

  // fordela diff
  diff: {
    sv: 'Jämför två fördelningar: per part, fond och avsnitt.',
    en: 'Compare two allocations: per party, fund and section.',
  },
  diffPaths: {
    sv: '<gammal> <ny>, eller med --base filer/mappar att jämföra',
    en: '<old> <new>, or with --base the files or folders to compare',
  },
  diffBase: { sv: 'jämför arbetsytan med en git-referens', en: 'compare the workspace with a git ref' },
  diffFullReport: {
    sv: 'var hela rapporten finns, när Markdown kortas',
    en: 'where the full report is, when Markdown is shortened',
  },
  diffAfter: {
    sv: '\nExempel:\n  $ fordela diff fordelning-2025.yaml fordelning-2026.yaml\n  $ fordela diff --base origin/main --format markdown > kommentar.md\n',
    en: '\nExamples:\n  $ fordela diff fordelning-2025.yaml fordelning-2026.yaml\n  $ fordela diff --base origin/main --format markdown > kommentar.md\n',
  },

  // fordela init
  init: {
    sv: 'Skapa ett förråd för ett län som granskas rent direkt.',
    en: 'Scaffold a county repository that lints clean at once.',
  },
  initDir: { sv: 'mappen (standard: den här)', en: 'the folder (default: this one)' },
  initForce: { sv: 'skriv över filer som finns', en: 'overwrite existing files' },
  initLan: {
    sv: 'länets kod: årets överenskommelse, strategin, befolkningen och länets parter',
    en: "the län code: start from the year's agreement, the strategy, the population and the county's parties",
  },
  initYear: {
    sv: 'överenskommelsens år med --lan (standard: det senaste)',
    en: 'the agreement year with --lan (default: the latest)',
  },
  initActionRef: {
    sv: 'versionen av fordelas action i arbetsflödet (standard: den här versionens tagg)',
    en: "the version of fordela's Action the workflow pins (default: this version's tag)",
  },
  initAfter: {
    sv: '\nExempel:\n  $ fordela init vastra-gotaland-fordelning\n  $ cd vastra-gotaland-fordelning && fordela lint\n  $ fordela init --lan 14 --year 2025\n',
    en: '\nExamples:\n  $ fordela init vastra-gotaland-fordelning\n  $ cd vastra-gotaland-fordelning && fordela lint\n  $ fordela init --lan 14 --year 2025\n',
  },

  // fordela data
  data: { sv: 'Hämta och importera befolkningssiffror från SCB.', en: 'Fetch and import population figures from SCB.' },
  dataAfter: {
    sv: '\nExempel:\n  $ fordela data fetch TAB638 --contents BE0101N1 --sum-age 0-18 --time 2024 --out-dir data\n  $ fordela data import --help\n',
    en: '\nExamples:\n  $ fordela data fetch TAB638 --contents BE0101N1 --sum-age 0-18 --time 2024 --out-dir data\n  $ fordela data import --help --lang en\n',
  },
  dataImport: {
    sv: 'Gör ett dataset av en fil från SCB (JSON-stat 2.0 eller CSV).',
    en: 'Make a dataset of a file from SCB (JSON-stat 2.0 or CSV).',
  },
  dataImportFile: { sv: 'filen från SCB:s statistikdatabas', en: "the file from SCB's statistical database" },
  dataRegions: { sv: 'kommuner, lan eller båda', en: 'kommuner, län or both' },
  dataImportSumAge: {
    sv: 'summera ettårsklasserna från–till, båda medräknade (0-18: 0, 1, …, 18 år)',
    en: 'sum the single years from–to, both included (0-18: 0, 1, …, 18 years)',
  },
  dataImportTime: {
    sv: 'tiden att använda när filen har flera (2023, 2025K3)',
    en: 'the time to use when the file has several (2023, 2025K3)',
  },
  dataImportTable: {
    sv: 'tabellens id när filen inte anger det (CSV)',
    en: 'the table id when the file does not state it (CSV)',
  },
  dataId: { sv: 'datasetets id och filnamn', en: 'the dataset id and file name' },
  dataReferenceDate: {
    sv: 'dagen värdena avser, om inte tiden säger det',
    en: 'the day the values refer to, unless the time says it',
  },
  dataImportRetrieved: {
    sv: 'dagen filen hämtades (standard: i dag)',
    en: 'the day the file was retrieved (default: today)',
  },
  dataImportOutDir: {
    sv: 'mappen att skriva i (standard: filens)',
    en: "the folder to write to (default: the file's)",
  },
  dataImportAfter: {
    sv: '\nExempel:\n  $ fordela data import TAB638.json --sum-age 0-18 --regions kommuner\n  $ fordela data import befolkning.csv --table TAB638 --regions both\n',
    en: '\nExamples:\n  $ fordela data import TAB638.json --sum-age 0-18 --regions kommuner\n  $ fordela data import befolkning.csv --table TAB638 --regions both\n',
  },
  dataFetch: {
    sv: 'Hämta en tabell från SCB:s API (PxWeb v2) och importera den.',
    en: "Fetch a table from SCB's API (PxWeb v2) and import it.",
  },
  dataFetchTable: { sv: 'tabellens id, till exempel TAB638', en: 'the table id, for example TAB638' },
  dataFetchSumAge: {
    sv: 'hämta och summera ettårsklasserna från–till (0-18)',
    en: 'fetch and sum the single years from–to (0-18)',
  },
  dataFetchTime: {
    sv: 'tiden, till exempel 2023 (standard: den senaste)',
    en: 'the time, for example 2023 (default: the latest)',
  },
  dataFetchContents: {
    sv: 'tabellinnehållets kod, till exempel BE0101N1 (standard: alla)',
    en: "the table contents' code, for example BE0101N1 (default: all)",
  },
  dataFetchOutDir: { sv: 'mappen att skriva i (standard: den här)', en: 'the folder to write to (default: this one)' },
  dataFetchApi: { sv: 'API:ets adress', en: "the API's address" },
  dataFetchRetries: { sv: 'nya försök när SCB inte svarar', en: 'retries when SCB does not answer' },
  dataFetchRetryDelay: {
    sv: 'väntan före första nya försöket, fördubblas sedan',
    en: 'wait before the first retry, then doubled',
  },
  dataFetchAfter: {
    sv: '\nExempel:\n  $ fordela data fetch TAB638 --contents BE0101N1 --sum-age 0-18 --time 2024 --out-dir data\n',
    en: '\nExamples:\n  $ fordela data fetch TAB638 --contents BE0101N1 --sum-age 0-18 --time 2024 --out-dir data\n',
  },

  // fordela studio
  studio: {
    sv: 'Skriv fördelningen i webbläsaren med belopp och beslutsunderlag medan du skriver.',
    en: 'Edit the allocation in the browser, with amounts and memo as you type.',
  },
  studioDir: { sv: 'arbetsytans mapp (standard: den här)', en: 'the workspace folder (default: this one)' },
  studioPort: { sv: 'porten på 127.0.0.1 (standard: en ledig)', en: 'the port on 127.0.0.1 (default: a free one)' },
  studioAfter: {
    sv: '\nExempel:\n  $ fordela studio\n  $ fordela studio examples --port 8080\n',
    en: '\nExamples:\n  $ fordela studio\n  $ fordela studio examples --port 8080\n',
  },
})
