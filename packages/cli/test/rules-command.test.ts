import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

describe('fordela rules', () => {
  it('lists every rule with id, default severity, title and docs link', async () => {
    const result = await runCli(['rules'], tmpdir())
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    const index = lines.findIndex((line) => line.startsWith('sum/fund-not-spent '))
    expect(lines[index]).toMatch(/^sum\/fund-not-spent +fel +En fond fördelas inte till sista kronan\.$/)
    expect(lines[index + 1]?.trim()).toBe('https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.md')
  })

  it('gives the same list as JSON, in English titles too', async () => {
    const result = await runCli(['rules', '--format', 'json'], tmpdir())
    const rules = JSON.parse(result.stdout) as { id: string; severity: string; title: { sv: string; en: string }; docs: string }[]
    expect(rules.find((rule) => rule.id === 'suppression/unused')).toEqual({
      id: 'suppression/unused',
      severity: 'warning',
      title: { sv: 'En fordela-disable-next-line-kommentar tystar ingenting.', en: 'A fordela-disable-next-line comment silences nothing.' },
      docs: 'https://github.com/fordela/fordela/blob/main/docs/rules/suppression/unused.md',
    })
  })
})

describe('fordela lint --explain', () => {
  it("prints the rule's docs page from the checkout, or its summary where there is none", async () => {
    const result = await runCli(['lint', '--explain', 'sum/fund-not-spent'], tmpdir())
    expect(result.code).toBe(0)
    const page = join(repositoryRoot, 'docs/rules/sum/fund-not-spent.md')
    // The docs pages are written alongside the rules; until this one exists the summary stands in.
    expect(result.stdout).toBe(
      existsSync(page)
        ? readFileSync(page, 'utf8')
        : 'sum/fund-not-spent: En fond fördelas inte till sista kronan.\n' +
            'Standardallvarlighet: fel\n' +
            'Dokumentation: https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.md\n',
    )
  })

  it('is a usage error for an unknown rule, with a suggestion', async () => {
    expect(await runCli(['lint', '--explain', 'sum/fund-not-spnt', '--lang', 'en'], tmpdir())).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: unknown rule "sum/fund-not-spnt". Did you mean "sum/fund-not-spent"? `fordela rules` lists them all.\n',
    })
  })
})
