import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { decodeSpecText } from './decode-spec-text.js'
import { loadYaml } from './load-yaml.js'

const examplesRoot = fileURLToPath(new URL('../../../../examples/', import.meta.url))
const examples = readdirSync(examplesRoot, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.yaml'))
  .sort()

describe('the examples', () => {
  test('are found', () => {
    // At least the seven the repository started with: two national, three for
    // Västra Götaland and two datasets.
    expect(examples.length).toBeGreaterThanOrEqual(7)
  })

  test.each(examples)('%s decodes and loads as one mapping with no diagnostics', (path) => {
    const decoded = decodeSpecText(readFileSync(examplesRoot + path), path)
    expect(decoded.diagnostics).toEqual([])
    const { root, diagnostics } = loadYaml(decoded.text ?? '', path)
    expect(diagnostics).toEqual([])
    expect(root?.type).toBe('map')
  })
})
