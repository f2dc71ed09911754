import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { documentKinds } from '../kinds/detect-header.js'
import { isKnownPattern } from './diagnose-value-error.js'

type Schema = { readonly [keyword: string]: unknown }

const schemasDir = new URL('../../../../schemas/', import.meta.url)
const readJson = (name: string): Schema => JSON.parse(readFileSync(new URL(name, schemasDir), 'utf8')) as Schema
const stems = ['common', 'agreement', 'allocation', 'parties', 'dataset', 'strategy', 'actionplan']

/** Keywords validateDocument turns into diagnostics, and those that only structure or annotate. */
const diagnosedKeywords = [
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'pattern',
  'required',
  'additionalProperties',
  'dependencies',
  'oneOf',
  'anyOf',
  'propertyNames',
]
const otherKeywords = ['$schema', '$ref', 'title', 'description', 'examples', 'properties', 'definitions', 'items']

/** Every subschema of `schema` with the JSON pointer that leads to it. */
function collectSubschemas(schema: Schema, pointer = '#'): { pointer: string; schema: Schema }[] {
  const found = [{ pointer, schema }]
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' || keyword === 'definitions') {
      for (const [name, sub] of Object.entries(value as Record<string, Schema>))
        found.push(...collectSubschemas(sub, `${pointer}/${keyword}/${name}`))
    } else if (['items', 'propertyNames', 'additionalProperties'].includes(keyword) && typeof value === 'object') {
      found.push(...collectSubschemas(value as Schema, `${pointer}/${keyword}`))
    }
  }
  return found
}

describe.each(stems)('schemas/%s.schema.json', (stem) => {
  const subschemas = collectSubschemas(readJson(`${stem}.schema.json`))

  test('titles and describes every property and definition in Swedish, then English', () => {
    const undescribed = subschemas
      .filter(({ pointer }) => /\/(properties|definitions)\/[^/]+$/.test(pointer))
      .filter(
        ({ schema }) => !(String(schema['title']).includes(' / ') && String(schema['description']).includes(' / ')),
      )
      .map(({ pointer }) => pointer)
    expect(undescribed).toEqual([])
  })

  test('closes every mapping with additionalProperties', () => {
    const open = subschemas
      .filter(({ schema }) => schema['properties'] && schema['additionalProperties'] !== false)
      .map(({ pointer }) => pointer)
    expect(open).toEqual([])
  })

  test('uses only keywords and patterns the diagnostics explain', () => {
    const keywords = new Set(subschemas.flatMap(({ schema }) => Object.keys(schema)))
    expect(
      [...keywords].filter((keyword) => !diagnosedKeywords.includes(keyword) && !otherKeywords.includes(keyword)),
    ).toEqual([])
    const patterns = subschemas
      .map(({ schema }) => schema['pattern'])
      .filter((pattern): pattern is string => typeof pattern === 'string')
    expect(patterns.filter((pattern) => !isKnownPattern(pattern))).toEqual([])
  })

  test('writes every choice as oneOf/anyOf of single required keys', () => {
    const choices = subschemas
      .flatMap(({ schema }) => [schema['oneOf'], schema['anyOf']])
      .filter((choice) => choice !== undefined)
    for (const choice of choices) {
      for (const branch of choice as Schema[]) expect(Object.keys(branch)).toEqual(['required'])
      expect((choice as Schema[]).every((branch) => (branch['required'] as unknown[]).length === 1)).toBe(true)
    }
  })
})

test('the catalog lists one schema per kind, and each example names its kind’s schema', () => {
  const catalog = readJson('catalog.json') as { schemas: { name: string; url: string }[] }
  expect(catalog.schemas.map((entry) => entry.name)).toEqual(documentKinds)
  for (const entry of catalog.schemas) {
    const schema = readJson(entry.url)
    expect((schema['properties'] as Record<string, Schema>)['kind']?.['const']).toBe(entry.name)
  }
  const examples = {
    'nationellt/skr-2025-overenskommelse.yaml': 'agreement',
    'vastra-gotaland/2025-lansgemensamma-medel.yaml': 'allocation',
    'vastra-gotaland/parter.yaml': 'parties',
    'data/befolkning-lan-2023-12-31.yaml': 'dataset',
    'nationellt/nationell-strategi-2025-2034.yaml': 'strategy',
    'vastra-gotaland/2026-handlingsplan.yaml': 'actionplan',
  }
  for (const [path, stem] of Object.entries(examples)) {
    const firstLine = readFileSync(new URL(`../examples/${path}`, schemasDir), 'utf8').split('\n')[0]
    expect(firstLine).toBe(`# yaml-language-server: $schema=../../schemas/${stem}.schema.json`)
  }
})
