import type { MicromarkToken, Rule } from 'markdownlint'
import { lint } from 'markdownlint/promise'

/**
 * The configuration every rendered file is linted with: markdownlint's
 * defaults, except MD013 (line length) — memo paragraphs are one line each
 * and tables are as wide as their amounts; wrapping either would change
 * nothing a reader sees. Nothing else is turned off.
 */
const CONFIG = { default: true, MD013: false }

/** What markdownlint finds in `markdown`, one line per finding ("doc: 3: MD032/… …"); empty when clean. */
export async function lintMarkdown(markdown: string): Promise<string[]> {
  const results = await lint({ strings: { doc: markdown }, config: CONFIG })
  return results
    .toString()
    .split('\n')
    .filter((line) => line !== '')
}

/**
 * Parses Markdown back into micromark's token tree (CommonMark plus GFM
 * tables), through markdownlint's rule API: the same parser markdownlint
 * lints with, so a test sees the document as a Markdown reader does.
 */
export async function parseMarkdown(markdown: string): Promise<MicromarkToken[]> {
  let tokens: MicromarkToken[] = []
  const capture: Rule = {
    names: ['capture-tokens'],
    description: 'Hands the parsed tokens to the test',
    tags: ['test'],
    parser: 'micromark',
    function: (params) => {
      tokens = [...params.parsers.micromark.tokens]
    },
  }
  await lint({ strings: { doc: markdown }, config: { default: false, 'capture-tokens': true }, customRules: [capture] })
  return tokens
}

/** Every token of `type` in the tree, in document order. */
export function findTokens(tokens: readonly MicromarkToken[], type: string): MicromarkToken[] {
  return tokens.flatMap((token) => [...(token.type === type ? [token] : []), ...findTokens(token.children, type)])
}

/** The types of the top-level blocks, in order: `paragraph`, `atxHeading`, `listUnordered`, `table` … */
export function readBlockTypes(tokens: readonly MicromarkToken[]): string[] {
  return tokens.flatMap((token): string[] => {
    if (token.type === 'lineEnding' || token.type === 'lineEndingBlank') return []
    // micromark wraps a paragraph in a content token.
    return token.type === 'content' ? token.children.map((child) => child.type) : [token.type]
  })
}

/** Every table as rows of cell texts (header row first), as a reader sees them (see {@link readPlainText}). */
export function readTables(tokens: readonly MicromarkToken[]): string[][][] {
  return findTokens(tokens, 'table').map((table) =>
    findTokens([table], 'tableRow').map((row) =>
      row.children
        .filter((cell) => isCell(cell.type))
        .map((cell) => findTokens([cell], 'tableContent').map(readPlainText).join('')),
    ),
  )
}

/** GFM table cells; micromark's token type map does not list the GFM extension's types. */
function isCell(type: string): boolean {
  return type === 'tableHeader' || type === 'tableData'
}

/**
 * The text a reader sees in a token: escapes (`\<`) and character references
 * (`&#x20;`, `&amp;`) read back to the characters they stand for, line
 * endings as `\n`.
 */
export function readPlainText(token: MicromarkToken): string {
  switch (token.type) {
    case 'characterEscape':
      return token.text.slice(1)
    case 'characterReference':
      return decodeReference(token.text)
    case 'lineEnding':
      return '\n'
    default:
      return token.children.length === 0 ? token.text : token.children.map(readPlainText).join('')
  }
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' }

function decodeReference(reference: string): string {
  const body = reference.slice(1, -1)
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16))
  if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10))
  return NAMED_REFERENCES[body] ?? reference
}
