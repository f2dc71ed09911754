import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { catalog } from '../../packages/parser/src/index.js'
import { findDocExamples, type DocExample } from './find-doc-examples.js'
import { readRuleIndex } from './read-rule-index.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const rulesDir = join(repoRoot, 'docs/rules')
const rules = catalog as Readonly<
  Record<string, { readonly severity: string; readonly title: { readonly sv: string; readonly en: string } }>
>
const ruleIds = Object.keys(rules).sort()

/** What differs between a rule's English page and its Swedish twin beside it. */
const languages = {
  en: {
    suffix: '.md',
    index: 'README.md',
    severityLine: (severity: string) => `Default severity: **${severity}**`,
    severityWord: (severity: string) => severity,
    noExampleMarker: '**No runnable example.**',
  },
  sv: {
    suffix: '.sv.md',
    index: 'README.sv.md',
    severityLine: (severity: string) => `Standardallvarlighet: **${svSeverity[severity] ?? severity}**`,
    severityWord: (severity: string) => svSeverity[severity] ?? severity,
    noExampleMarker: '**Inget körbart exempel.**',
  },
} as const

/** The severity words of `fordela lint` in Swedish. */
const svSeverity: Readonly<Record<string, string>> = { error: 'fel', warning: 'varning', info: 'info' }

type Lang = keyof typeof languages

/** The page of a rule in a language, relative to docs/rules. */
function pageOf(id: string, lang: Lang): string {
  return `${id}${languages[lang].suffix}`
}

/** Every rule page as `category/name` with its language, from the folders under docs/rules (not `_base`). */
function listRulePages(): { id: string; lang: Lang }[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .flatMap((folder) =>
      readdirSync(join(rulesDir, folder.name))
        .filter((name) => name.endsWith('.md'))
        .map((name) =>
          name.endsWith('.sv.md')
            ? { id: `${folder.name}/${name.slice(0, -'.sv.md'.length)}`, lang: 'sv' as const }
            : { id: `${folder.name}/${name.slice(0, -'.md'.length)}`, lang: 'en' as const },
        ),
    )
}

/**
 * An example as the reader sees it, whatever the page's language: its
 * verdict, files and stated lines, with whole-line YAML comments left out
 * (a Swedish page words its comments in Swedish).
 */
function showExample(example: DocExample): object {
  return {
    verdict: example.verdict,
    base: example.base,
    named: example.named,
    expectedLines: example.expectedLines,
    files: example.files.map((file) => ({
      path: file.path,
      encoding: file.encoding,
      content: file.content
        .split('\n')
        .filter((line) => !/^\s*#(?! fordela-disable)/.test(line))
        .join('\n'),
    })),
  }
}

const { examples } = findDocExamples(repoRoot, join(repoRoot, 'docs'))

describe('docs/rules', () => {
  it('has an English and a Swedish page for every rule of the catalogue', () => {
    const missing = ruleIds.flatMap((id) =>
      (['en', 'sv'] as const).map((lang) => pageOf(id, lang)).filter((page) => !existsSync(join(rulesDir, page))),
    )
    expect(missing).toEqual([])
  })

  it('has no page for a rule the catalogue does not have', () => {
    expect(listRulePages().filter((page) => !(page.id in rules))).toEqual([])
  })

  describe.each(['en', 'sv'] as const)('%s', (lang) => {
    it(`${languages[lang].index} lists every rule with its default severity and title in its language, and nothing else`, () => {
      const listed = readRuleIndex(readFileSync(join(rulesDir, languages[lang].index), 'utf8'))
      const expected = ruleIds.map((id) => ({
        id,
        link: pageOf(id, lang),
        severity: languages[lang].severityWord(rules[id]!.severity),
        title: rules[id]!.title[lang],
      }))
      expect([...listed].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(expected)
    })
  })

  describe.each(ruleIds.filter((id) => existsSync(join(rulesDir, pageOf(id, 'en')))))('%s', (id) => {
    for (const lang of ['en', 'sv'] as const) {
      const path = join(rulesDir, pageOf(id, lang))
      if (!existsSync(path)) continue
      const page = readFileSync(path, 'utf8')
      const own = examples.filter((example) => example.page === `docs/rules/${pageOf(id, lang)}`)

      it(`${lang}: opens with the rule id and states its default severity`, () => {
        const [heading, , severity] = page.split('\n')
        expect({ heading, severity }).toEqual({
          heading: `# ${id}`,
          severity: languages[lang].severityLine(rules[id]!.severity),
        })
      })

      it(`${lang}: shows a failing and a passing example, or says why it cannot fail in a spec`, () => {
        const verdicts = [...new Set(own.map((example) => example.verdict))].sort()
        if (page.includes(languages[lang].noExampleMarker)) expect(verdicts).not.toContain('fail')
        else expect(verdicts).toEqual(['fail', 'pass'])
      })
    }

    it.runIf(existsSync(join(rulesDir, pageOf(id, 'sv'))))('sv: shows the same examples as the English page', () => {
      const ofPage = (lang: Lang) =>
        examples.filter((example) => example.page === `docs/rules/${pageOf(id, lang)}`).map(showExample)
      expect(ofPage('sv')).toEqual(ofPage('en'))
    })
  })
})
