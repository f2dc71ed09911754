import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { memoToHtml } from './memo-preview.js'

describe('memoToHtml', () => {
  it('drops raw HTML, unsafe links and images, and escapes text', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 1, children: [{ type: 'text', value: '<script>alert(1)</script>' }] },
        { type: 'html', value: '<img src=x onerror=alert(2)>' },
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: 'javascript:alert(3)', children: [{ type: 'text', value: 'x' }] },
            { type: 'image', url: 'https://example.org/x.png', alt: 'y' },
          ],
        },
      ],
    }
    const html = memoToHtml(tree)
    expect(html).toContain('<h1>&#x3C;script>alert(1)&#x3C;/script></h1>')
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/u)
  })
})
