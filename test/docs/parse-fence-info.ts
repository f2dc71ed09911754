/** What a code block's info string says about the example it belongs to. */
export interface ExampleAttributes {
  /** `fail`: the example must produce the rule's finding; `pass`: it must not; `base`: a file every `base` example of the page gets. */
  readonly verdict: 'fail' | 'pass' | 'base'
  /** The block's file, relative to the example's folder. */
  readonly file: string
  /** Blocks with the same name on one page form one example; a block without a name is an example of its own. */
  readonly example?: string
  /** The 1-based line of `file` the finding must start on (fail blocks only). */
  readonly line?: number
  /** The rule the example is about, on pages that are not a rule's own page. */
  readonly rule?: string
  /** Whether the example is built on the page's base files. */
  readonly base: boolean
  /** Whether the file is given to `fordela lint` by name, as in `fordela lint parter.yaml`. */
  readonly named: boolean
  /** How the file is written: `utf-8` (the default) or `utf-16le` with a byte order mark. */
  readonly encoding: 'utf-8' | 'utf-16le'
}

/** The attributes an example block may carry; anything else is a mistake in the docs. */
const knownKeys = new Set(['fordela-example', 'file', 'example', 'line', 'rule', 'base', 'named', 'encoding'])

/**
 * Reads the info string of a fenced code block, e.g.
 * `yaml fordela-example=fail file=fordelning.yaml line=12 base`: the
 * language, then space-separated `key=value` attributes and bare flags.
 *
 * @returns undefined for a block that is no example (no `fordela-example`),
 *   the attributes, or a sentence saying what is wrong with them.
 */
export function parseFenceInfo(info: string): ExampleAttributes | string | undefined {
  const [, ...words] = info.trim().split(/\s+/)
  const attributes = new Map<string, string>()
  for (const word of words) {
    const [key = '', value = ''] = word.includes('=')
      ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
      : [word, '']
    if (attributes.has(key)) return `the attribute "${key}" is given twice`
    attributes.set(key, value)
  }
  const verdict = attributes.get('fordela-example')
  if (verdict === undefined) return undefined
  const unknown = [...attributes.keys()].filter((key) => !knownKeys.has(key))
  if (unknown.length > 0) return `unknown attribute(s) ${unknown.join(', ')}; allowed: ${[...knownKeys].join(', ')}`
  if (verdict !== 'fail' && verdict !== 'pass' && verdict !== 'base')
    return `fordela-example must be fail, pass or base, not "${verdict}"`
  const file = attributes.get('file') ?? ''
  if (!/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w.\-/åäöÅÄÖ]+$/.test(file))
    return `file must be a relative path inside the example, not "${file}"`
  const line = attributes.get('line')
  if (line !== undefined && (!/^[1-9]\d*$/.test(line) || verdict !== 'fail'))
    return 'line must be a line number, on a fail block'
  const encoding = attributes.get('encoding') ?? 'utf-8'
  if (encoding !== 'utf-8' && encoding !== 'utf-16le') return `encoding must be utf-8 or utf-16le, not "${encoding}"`
  for (const flag of ['base', 'named']) {
    if (attributes.get(flag) !== undefined && attributes.get(flag) !== '') return `${flag} is a flag and takes no value`
  }
  const example = attributes.get('example')
  const rule = attributes.get('rule')
  return {
    verdict,
    file,
    base: attributes.has('base'),
    named: attributes.has('named'),
    encoding,
    ...(example ? { example } : {}),
    ...(line ? { line: Number(line) } : {}),
    ...(rule ? { rule } : {}),
  }
}
