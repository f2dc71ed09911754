import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalog } from './index.js'

const ruleIdPattern = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/

describe('the rule catalogue', () => {
  it('defines every rule id once across its category files', async () => {
    // The categories are spread into one object, where a repeated id would
    // silently replace the earlier rule: count each file's ids instead.
    const files = readdirSync(new URL('.', import.meta.url)).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts',
    )
    const owner = new Map<string, string>()
    for (const file of files) {
      const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, object>
      for (const rules of Object.values(module)) {
        for (const id of Object.keys(rules)) {
          expect(owner.get(id), `${id} is defined in ${owner.get(id)} and ${file}`).toBeUndefined()
          owner.set(id, file)
        }
      }
    }
    expect(owner.size).toBe(Object.keys(catalog).length)
  })

  it('names rules category/kebab-case and gives both languages', () => {
    for (const [id, rule] of Object.entries(catalog)) {
      expect(id).toMatch(ruleIdPattern)
      expect(rule.title.sv.length, id).toBeGreaterThan(0)
      expect(rule.title.en.length, id).toBeGreaterThan(0)
    }
  })
})
