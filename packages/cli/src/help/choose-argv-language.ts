import type { Language } from '@fordela/parser'

/**
 * The language of the help and of failures met before a command runs:
 * the last `--lang sv|en` (or `--lang=en`) before a `--`, as Commander
 * would read it, else Swedish. Help is built before the options are
 * parsed, so it cannot wait for them; a config file's `lang` applies from
 * the command on.
 */
export function chooseArgvLanguage(argv: readonly string[]): Language {
  let lang: Language = 'sv'
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]
    if (arg === '--') break
    const value =
      arg === '--lang' ? argv[index + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined
    if (value === 'sv' || value === 'en') lang = value
  }
  return lang
}
