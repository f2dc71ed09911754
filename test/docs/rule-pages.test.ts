import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { catalog } from '../../packages/parser/src/index.js'
import { findDocExamples } from './find-doc-examples.js'
import { readRuleIndex } from './read-rule-index.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const rulesDir = join(repoRoot, 'docs/rules')
const rules = catalog as Readonly<Record<string, { readonly severity: string; readonly title: { readonly en: string } }>>
const ruleIds = Object.keys(rules).sort()

/** Every rule page as `category/name`, from the folders under docs/rules (not `_base`). */
function listRulePages(): string[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .flatMap((folder) =>
      readdirSync(join(rulesDir, folder.name))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `${folder.name}/${name.slice(0, -'.md'.length)}`),
    )
    .sort()
}

/** The marker a page carries instead of examples when no spec file can produce its finding. */
const noExampleMarker = '**No runnable example.**'

describe('docs/rules', () => {
  it('has a page for every rule of the catalogue', () => {
    expect(ruleIds.filter((id) => !existsSync(join(rulesDir, `${id}.md`)))).toEqual([])
  })

  it('has no page for a rule the catalogue does not have', () => {
    expect(listRulePages().filter((page) => !(page in rules))).toEqual([])
  })

  it('README lists every rule with its default severity and English title, and nothing else', () => {
    const listed = readRuleIndex(readFileSync(join(rulesDir, 'README.md'), 'utf8'))
    const expected = ruleIds.map((id) => ({ id, link: `${id}.md`, severity: rules[id]!.severity, title: rules[id]!.title.en }))
    expect([...listed].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(expected)
  })

  const { examples } = findDocExamples(repoRoot, join(repoRoot, 'docs'))
  describe.each(ruleIds.filter((id) => existsSync(join(rulesDir, `${id}.md`))))('%s', (id) => {
    const page = readFileSync(join(rulesDir, `${id}.md`), 'utf8')
    const own = examples.filter((example) => example.page === `docs/rules/${id}.md`)

    it('opens with the rule id and states its default severity', () => {
      const [heading, , severity] = page.split('\n')
      expect({ heading, severity }).toEqual({ heading: `# ${id}`, severity: `Default severity: **${rules[id]!.severity}**` })
    })

    it('shows a failing and a passing example, or says why it cannot fail in a spec', () => {
      const verdicts = [...new Set(own.map((example) => example.verdict))].sort()
      if (page.includes(noExampleMarker)) expect(verdicts).not.toContain('fail')
      else expect(verdicts).toEqual(['fail', 'pass'])
    })
  })
})
