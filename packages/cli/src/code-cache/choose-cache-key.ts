/** The commands of run.ts; any other first word runs only commander's own code. */
const commands = new Set(['lint', 'rules', 'render', 'explain', 'diff', 'init'])

/**
 * Which code a run will compile, as part of its code cache's name. The
 * cache holds the functions its first run compiled, so a cache written by
 * `--version` or `lint --help` would leave `lint` compiling most of its code
 * again on every run: each command, and lint's `--fix` and `--explain`
 * paths, get their own.
 */
export function chooseCacheKey(argv: readonly string[]): string {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) return 'help'
  const command = argv.find((arg) => !arg.startsWith('-'))
  if (command === undefined || !commands.has(command)) return 'main'
  if (command !== 'lint') return command
  if (argv.some((arg) => arg === '--fix' || arg === '--fix-dry-run')) return 'lint-fix'
  if (argv.some((arg) => arg === '--explain' || arg.startsWith('--explain='))) return 'lint-explain'
  return command
}
