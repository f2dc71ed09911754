import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// User-facing text that is not a rule message lives in one catalogue
// (packages/render-markdown/src/messages) and is read with `say(lang, …)`;
// a `lang === 'sv' ? … : …` ternary is a second way of translating that
// bypasses the catalogue's completeness test. This holds the line the issue
// draws: `grep -rE "lang === '(sv|en)'" packages/*/src` finds nothing
// outside test files.
const root = fileURLToPath(new URL('../..', import.meta.url))
const languageTernary = /lang === '(sv|en)'/

/** Every file under `dir` (the whole tree, as grep -r reads it), as paths relative to the repository. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(path)
    return entry.isFile() ? [relative(root, path).split('\\').join('/')] : []
  })
}

/** The non-test source files of every package. */
function listSources(): string[] {
  const packages = readdirSync(join(root, 'packages'), { withFileTypes: true }).filter((entry) => entry.isDirectory())
  return packages
    .flatMap((entry) => {
      const src = join(root, 'packages', entry.name, 'src')
      return readdirSync(join(root, 'packages', entry.name)).includes('src') ? listFiles(src) : []
    })
    .filter((file) => !/\.test\.[cm]?[jt]sx?$/.test(file))
}

describe('translations', () => {
  it('recognises a language ternary, and not a lookup', () => {
    expect(languageTernary.test("const word = lang === 'sv' ? 'fel' : 'error'")).toBe(true)
    expect(languageTernary.test("options.lang === 'en'")).toBe(true)
    expect(languageTernary.test('say(lang, messages.cli.hintLabel)')).toBe(false)
  })

  it("go through the message catalogue: no lang === 'sv'/'en' in package sources outside tests", () => {
    const sources = listSources()
    // Walking nothing would prove nothing.
    expect(sources.length).toBeGreaterThan(300)
    const offending = sources.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (languageTernary.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    )
    expect(offending).toEqual([])
  })
})
