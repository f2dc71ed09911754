import { describe, expect, it } from 'vitest'
import { heading, inlineCode, paragraph, table, text } from './build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from './serialize-markdown.js'

describe('serializeMarkdown keeps spec text inert when the Markdown is printed in a CI log or a terminal', () => {
  it('never starts a line with "::": a colon at a line start is written "\\:", which Markdown shows as ":"', () => {
    const markdown = serializeMarkdown(
      markdownTree([paragraph('::stop-commands::x'), heading(2, '::warning file=README.md::y')]),
    )
    expect(markdown).toBe('\\::stop-commands::x\n\n## ::warning file=README.md::y\n')
    expect(markdown.split('\n').filter((line) => line.startsWith('::'))).toEqual([])
  })

  it('shows ESC, BEL and NUL escaped in text, code and table cells, and keeps a line break a space', () => {
    expect(text('a\x1b[8mb\x07\0\nc').value).toBe('a\\x1b[8mb\\x07\\0 c')
    const markdown = serializeMarkdown(
      markdownTree([table(['namn'], [[[inlineCode('x\x1b]0;titel\x07')]]], ['left'])]),
      { compactTables: true },
    )
    expect(markdown).toBe('| namn |\n| :- |\n| `x\\x1b]0;titel\\x07` |\n')
  })
})
