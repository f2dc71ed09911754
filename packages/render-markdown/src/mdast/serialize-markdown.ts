import type { Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown, type Options } from 'mdast-util-to-markdown'

/**
 * The serializer's options, fixed so that the same tree always gives the same
 * bytes and the output matches what markdownlint expects by default: `-`
 * bullets, `*` emphasis, ATX headings, `---` rules, one space after a list
 * marker, numbered lists counting up, tables with aligned pipes.
 */
const OPTIONS: Options = {
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
  quote: '"',
  extensions: [gfmToMarkdown({ tableCellPadding: true, tablePipeAlign: true })],
}

/**
 * Writes an mdast tree as Markdown: LF line endings and exactly one newline
 * at the end, whatever the platform.
 */
export function serializeMarkdown(children: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...children] }
  return `${toMarkdown(root, OPTIONS).replace(/\r\n?/g, '\n').trimEnd()}\n`
}
