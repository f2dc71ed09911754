/**
 * Turns a glob of the config file into a test on workspace-relative POSIX
 * paths. Only three wildcards exist, which is all `include` and `ignore`
 * need and what every user can predict:
 *
 * - `**` matches any number of whole folders (also none): `arkiv/**`, `**\/*.yaml`;
 * - `*` matches any characters except `/`;
 * - `?` matches one character except `/`.
 *
 * Everything else matches itself. A pattern without `/` matches the name at
 * any depth (`*.csv` is `**\/*.csv`), as in `.gitignore`; a pattern naming a
 * folder also matches everything inside it.
 *
 * Node's `path.matchesGlob` is not used: Node 20 prints an ExperimentalWarning
 * on every run that calls it, and it is missing before 20.17.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '')
  const anchored = trimmed.includes('/') ? trimmed : `**/${trimmed}`
  const expression = new RegExp(`^${translateGlob(anchored)}(?:/.*)?$`, 'u')
  return (path) => expression.test(path)
}

/** The regular-expression source of a glob's wildcards and literal text. */
function translateGlob(glob: string): string {
  let source = ''
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob.charAt(index)
    if (glob.startsWith('**/', index)) {
      source += '(?:[^/]*/)*'
      index += 2
    } else if (glob.startsWith('**', index)) {
      source += '.*'
      index += 1
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return source
}
