import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findBrokenLinks, slugifyHeading } from './find-broken-links.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Every Markdown page under docs/. */
function listPages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return listPages(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

describe('links in docs/', () => {
  it('make anchors as GitHub does', () => {
    expect(slugifyHeading('Population 0–18 is missing')).toBe('population-018-is-missing')
    expect(slugifyHeading("The examples keep the memo's inaccuracies")).toBe('the-examples-keep-the-memos-inaccuracies')
    expect(slugifyHeading('Utgångsläget: parter och befolkning')).toBe('utgångsläget-parter-och-befolkning')
    expect(slugifyHeading('What `fordela lint examples` reports')).toBe('what-fordela-lint-examples-reports')
  })

  it('lead to files and headings that exist', () => {
    expect(listPages(join(repoRoot, 'docs')).flatMap((page) => findBrokenLinks(repoRoot, page))).toEqual([])
  })
})
