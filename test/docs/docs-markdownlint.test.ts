import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lint } from 'markdownlint/promise'
import { expect, it } from 'vitest'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * markdownlint's defaults, except line length (prose is wrapped for the
 * source, tables are as wide as they need) and tabs inside code blocks
 * (the page on `yaml/tab-as-indent` must show one).
 */
const config = { default: true, MD013: false, MD010: { code_blocks: false } }

/** Pages a program writes (`npm run bench`); their generator, not this test, owns their layout. */
const generatedPages = new Set(['docs/performance.md'])

/** Every Markdown page under `folder`. */
function listPages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return listPages(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

it('every page of docs/ is clean for markdownlint', async () => {
  const pages = listPages(join(repoRoot, 'docs'))
    .map((page) => relative(repoRoot, page))
    .filter((page) => !generatedPages.has(page))
  const strings = Object.fromEntries(pages.map((page) => [page, readFileSync(join(repoRoot, page), 'utf8')]))
  const results = await lint({ strings, config })
  expect(
    results
      .toString()
      .split('\n')
      .filter((line) => line !== ''),
  ).toEqual([])
})
