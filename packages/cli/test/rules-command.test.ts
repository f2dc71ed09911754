import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

describe('fordela rules', () => {
  it('lists every rule with id, default severity, title and docs link, in Swedish by default', async () => {
    const result = await runCli(['rules'], tmpdir())
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    const index = lines.findIndex((line) => line.startsWith('sum/fund-not-spent '))
    expect(lines[index]).toMatch(/^sum\/fund-not-spent +fel +En fond fördelas inte till sista kronan\.$/)
    expect(lines[index + 1]?.trim()).toBe(
      'https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.sv.md',
    )
  })

  it('links to the English pages with --lang en', async () => {
    const lines = (await runCli(['rules', '--lang', 'en'], tmpdir())).stdout.split('\n')
    const index = lines.findIndex((line) => line.startsWith('sum/fund-not-spent '))
    expect(lines[index]).toMatch(/^sum\/fund-not-spent +error +A fund is not spent to the krona\.$/)
    expect(lines[index + 1]?.trim()).toBe(
      'https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.md',
    )
  })

  it('gives the same list as JSON, in English titles too', async () => {
    const result = await runCli(['rules', '--format', 'json'], tmpdir())
    const rules = JSON.parse(result.stdout) as {
      id: string
      severity: string
      title: { sv: string; en: string }
      docs: string
    }[]
    expect(rules.find((rule) => rule.id === 'suppression/unused')).toEqual({
      id: 'suppression/unused',
      severity: 'warning',
      title: {
        sv: 'En fordela-disable-next-line-kommentar tystar ingenting.',
        en: 'A fordela-disable-next-line comment silences nothing.',
      },
      docs: 'https://github.com/fordela/fordela/blob/main/docs/rules/suppression/unused.sv.md',
    })
  })

  it('says in JSON which rules a render shows as a draft, and in which kinds of document', async () => {
    const rules = JSON.parse((await runCli(['rules', '--format', 'json'], tmpdir())).stdout) as {
      id: string
      shownInDraftIn?: string[]
    }[]
    // The catalogue's four: claims in an allocation's prose, and a measure an agreement's dataset lacks.
    expect(
      rules.flatMap((rule) => (rule.shownInDraftIn ? [`${rule.id} ${rule.shownInDraftIn.join(' ')}`] : [])),
    ).toEqual([
      'data/missing-measure Agreement',
      'prose/claim-not-supported Allocation',
      'prose/ratio-not-supported Allocation',
      'prose/unparsable-claim Allocation',
    ])
  })
})

describe('fordela lint --explain', () => {
  it("prints the rule's Swedish docs page from the checkout by default", async () => {
    const result = await runCli(['lint', '--explain', 'sum/fund-not-spent'], tmpdir())
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(readFileSync(join(repositoryRoot, 'docs/rules/sum/fund-not-spent.sv.md'), 'utf8'))
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['# sum/fund-not-spent', '', 'Standardallvarlighet: **fel**'])
  })

  it('prints the English page with --lang en', async () => {
    const result = await runCli(['lint', '--explain', 'sum/fund-not-spent', '--lang', 'en'], tmpdir())
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(readFileSync(join(repositoryRoot, 'docs/rules/sum/fund-not-spent.md'), 'utf8'))
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['# sum/fund-not-spent', '', 'Default severity: **error**'])
  })

  it("follows the config file's lang when there is no --lang", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fordela-explain-'))
    try {
      writeFileSync(join(folder, 'fordela.config.yaml'), 'lang: en\n')
      const english = await runCli(['lint', '--explain', 'sum/fund-not-spent'], folder)
      expect(english.stdout).toBe(readFileSync(join(repositoryRoot, 'docs/rules/sum/fund-not-spent.md'), 'utf8'))
      const swedish = await runCli(['lint', '--explain', 'sum/fund-not-spent', '--lang', 'sv'], folder)
      expect(swedish.stdout).toBe(readFileSync(join(repositoryRoot, 'docs/rules/sum/fund-not-spent.sv.md'), 'utf8'))
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('is a usage error for an unknown rule, with a suggestion', async () => {
    expect(await runCli(['lint', '--explain', 'sum/fund-not-spnt', '--lang', 'en'], tmpdir())).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: unknown rule "sum/fund-not-spnt". Did you mean "sum/fund-not-spent"? `fordela rules` lists them all.\n',
    })
  })
})
