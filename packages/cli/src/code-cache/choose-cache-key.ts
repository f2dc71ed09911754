/** The commands of run.ts; any other first word runs only commander's own code. */
const commands = new Set(['lint', 'rules', 'render', 'explain', 'diff', 'init'])

/** Lint's output formats other than the default stylish; each loads a formatter of its own. */
const otherLintFormats = new Set(['json', 'sarif', 'github', 'junit'])

/**
 * Which code a run will compile, as part of its code cache's name. The
 * cache holds the functions its first run compiled, so a cache written by
 * `--version` or `lint --help` would leave `lint` compiling most of its code
 * again on every run: each command, lint's `--fix` and `--explain` paths,
 * and each of lint's formats (CI prints `github`, an editor reads `json`)
 * get their own.
 */
export function chooseCacheKey(argv: readonly string[]): string {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return 'help'
  const command = argv.find((arg) => !arg.startsWith('-'))
  if (command === undefined || !commands.has(command)) return 'main'
  if (command !== 'lint') return command
  if (argv.some((arg) => arg === '--fix' || arg === '--fix-dry-run')) return 'lint-fix'
  if (argv.some((arg) => arg === '--explain' || arg.startsWith('--explain='))) return 'lint-explain'
  const format = findFormat(argv)
  return format !== undefined && otherLintFormats.has(format) ? `lint-${format}` : command
}

/** The value of `-f`/`--format` (`-f json`, `--format json`, `--format=json`), if given. */
function findFormat(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '-f' || arg === '--format')
  if (index >= 0) return argv[index + 1]
  return argv.find((arg) => arg.startsWith('--format='))?.slice('--format='.length)
}
