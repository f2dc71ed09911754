import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// ajv is a dependency of the parser package, not of the repository root.
const requireFromParser = createRequire(new URL('../../packages/parser/package.json', import.meta.url))
type Validate = ((data: unknown) => boolean) & { errors?: unknown }
type AjvInstance = { addSchema: (schema: unknown, key: string) => void; compile: (schema: unknown) => Validate }
const Ajv = (requireFromParser('ajv') as { default: new (options: object) => AjvInstance }).default

type Schema = { readonly [keyword: string]: unknown }
const schemasDir = new URL('../../schemas/', import.meta.url)
const stems = ['common', 'agreement', 'allocation', 'parties', 'dataset', 'strategy', 'actionplan']
const readSchema = (stem: string): Schema =>
  JSON.parse(readFileSync(new URL(`${stem}.schema.json`, schemasDir), 'utf8')) as Schema

/** Every subschema that carries `examples`, with the JSON pointer that leads to it. */
function collectExamples(schema: Schema, pointer: string): { pointer: string; examples: unknown[] }[] {
  const found = Array.isArray(schema['examples']) ? [{ pointer, examples: schema['examples'] as unknown[] }] : []
  for (const [keyword, value] of Object.entries(schema)) {
    if ((keyword === 'properties' || keyword === 'definitions') && value !== null && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value as Record<string, Schema>))
        found.push(...collectExamples(sub, `${pointer}/${keyword}/${name}`))
    } else if (keyword === 'items' && value !== null && typeof value === 'object') {
      found.push(...collectExamples(value as Schema, `${pointer}/items`))
    }
  }
  return found
}

// The options the generated validators use (scripts/generate-validators.mjs), so "valid" means what lint means.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true })
for (const stem of stems) ajv.addSchema(readSchema(stem), `${stem}.schema.json`)

describe.each(stems)('the examples in schemas/%s.schema.json', (stem) => {
  const cases = collectExamples(readSchema(stem), '#')

  it('are valid where they stand, so completing one never writes an error', () => {
    // Every schema has examples (at least its id's); none found would mean the walk is broken.
    expect(cases.length).toBeGreaterThan(0)
    const invalid = cases.flatMap(({ pointer, examples }) => {
      const validate = ajv.compile({ $ref: `${stem}.schema.json${pointer}` })
      return examples.filter((example) => !validate(example)).map((example) => `${pointer}: ${JSON.stringify(example)}`)
    })
    expect(invalid).toEqual([])
  })
})
