import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Every property name a JSON Schema declares, at any depth, with the schema's file. */
function collectKeys(schema: unknown, file: string, keys: Map<string, string>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) collectKeys(item, file, keys)
    return
  }
  if (typeof schema !== 'object' || schema === null) return
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && typeof value === 'object' && value !== null) {
      for (const name of Object.keys(value)) if (!keys.has(name)) keys.set(name, file)
    }
    collectKeys(value, file, keys)
  }
}

it('docs/language.md names every key of every document kind', () => {
  const keys = new Map<string, string>()
  for (const file of readdirSync(join(repoRoot, 'schemas')).filter((name) => name.endsWith('.schema.json'))) {
    collectKeys(JSON.parse(readFileSync(join(repoRoot, 'schemas', file), 'utf8')), file, keys)
  }
  const page = readFileSync(join(repoRoot, 'docs/language.md'), 'utf8')
  // A key counts as documented when it appears as a word inside a code span, e.g. `csv.skipRows` or `rounding`.
  const codeSpans = [...page.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '')
  const undocumented = [...keys].filter(
    ([key]) => !codeSpans.some((span) => new RegExp(`(^|[^\\w-])${key}([^\\w-]|$)`).test(span)),
  )
  expect(undocumented.map(([key, file]) => `${file}: ${key}`)).toEqual([])
})
