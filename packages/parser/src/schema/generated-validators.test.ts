import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const scriptUrl = new URL('../../../../scripts/generate-validators.mjs', import.meta.url)
const moduleUrl = new URL('./generated/validators.ts', import.meta.url)

test('the committed validators are what the schemas compile to (run `pnpm gen:schemas` if not)', async () => {
  // A computed specifier keeps the untyped .mjs out of type checking.
  const script = (await import(scriptUrl.href)) as { generateValidatorsModule: () => string }
  expect(script.generateValidatorsModule()).toBe(readFileSync(moduleUrl, 'utf8'))
})

test('the generated module imports nothing, so it runs from src/ and from dist/ alike', () => {
  const text = readFileSync(moduleUrl, 'utf8')
  expect(text.startsWith('// @ts-nocheck\n')).toBe(true)
  expect(text).not.toMatch(/\brequire\(|^import /m)
  expect([...text.matchAll(/^export const (\w+)/gm)].map((match) => match[1])).toEqual([
    'validateAgreement',
    'validateAllocation',
    'validateParties',
    'validateDataset',
    'validateStrategy',
    'validateActionPlan',
  ])
})
