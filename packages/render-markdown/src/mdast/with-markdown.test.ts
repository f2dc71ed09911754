import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { markdownTree, serializeMarkdown, withMarkdown } from './serialize-markdown.js'

describe('withMarkdown', () => {
  it('writes the Markdown of the tree when it is first read, and the same text after', () => {
    const tree = markdownTree([{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Beslut' }] }])
    const rendered = withMarkdown(tree, { diagnostics: [] })
    expect(rendered.tree).toBe(tree)
    expect(rendered.diagnostics).toEqual([])
    expect(rendered.markdown).toBe('# Beslut\n')
    expect(rendered.markdown).toBe(serializeMarkdown(tree))
  })

  it('does not write it before: a tree that cannot be written fails only when read', () => {
    // mdast-util-to-markdown throws on a node type it has no handler for.
    const unwritable = { type: 'root', children: [{ type: 'no-such-node' }] } as unknown as Root
    const rendered = withMarkdown(unwritable, {})
    expect(() => rendered.markdown).toThrow()
  })
})
