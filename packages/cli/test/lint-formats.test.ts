import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

/**
 * The clean fixture with one broken sum: the fund `strategi` holds 3 000 000
 * and its lines give 1 000 000 + 1 500 000, so 3 000 000 − 2 500 000 = 500 000
 * is left. The finding points at the fund's id on line 10, `  - id: strategi`:
 * "  - id: " is 8 characters, so it runs from 10:9 to 10:17 (8 characters);
 * the related place is the last line's `to`, line 23 `          - to: nsph`, column 13.
 */
function brokenSum(): string {
  const root = copyFixture('clean')
  editFile(root, 'specs/fordelning.yaml', 'amount: 2 000 000', 'amount: 1 500 000')
  return root
}

describe('fordela lint, every format', () => {
  it('exits 0 on a clean workspace and says so', async () => {
    const root = copyFixture('clean')
    expect(await runCli(['lint'], root)).toEqual({ code: 0, stdout: '✔ Inga problem i 3 filer.\n', stderr: '' })
  })

  it('stylish: the exact line, with a code frame, the related place and a summary', async () => {
    const result = await runCli(['lint'], brokenSum())
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatchInlineSnapshot(`
      "specs/fordelning.yaml
        specs/fordelning.yaml:10:9  fel  Fonden strategi (3 000 000 kr) har 500 000 kr kvar som ingen rad fördelar.  sum/fund-not-spent
          Tips: Lägg till en rad med rest: true i sista steget, eller justera beloppen så att summan blir fondens belopp.
          10 |   - id: strategi
             |         ^^^^^^^^
          Se även specs/fordelning.yaml:23:13: sista raden som använder fonden

      ✖ 1 problem (1 fel, 0 varningar)
      "
    `)
  })

  it('stylish in English with --lang en', async () => {
    const result = await runCli(['lint', '--lang', 'en'], brokenSum())
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "specs/fordelning.yaml",
        "  specs/fordelning.yaml:10:9  error  Fund strategi (3 000 000 kr) has 500 000 kr left that no line allocates.  sum/fund-not-spent",
      ]
    `)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings)')
  })

  it('json: 1-based line, column, end line and end column', async () => {
    const result = await runCli(['lint', '--format', 'json'], brokenSum())
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as {
      formatVersion: number
      files: { file: string; diagnostics: Record<string, unknown>[] }[]
    }
    expect(report.formatVersion).toBe(1)
    const broken = report.files.find((file) => file.file === 'specs/fordelning.yaml')
    expect(
      broken?.diagnostics.map(({ rule, line, column, endLine, endColumn }) => ({
        rule,
        line,
        column,
        endLine,
        endColumn,
      })),
    ).toEqual([{ rule: 'sum/fund-not-spent', line: 10, column: 9, endLine: 10, endColumn: 17 }])
  })

  it('sarif: a region in UTF-16 columns relative to %SRCROOT%', async () => {
    const result = await runCli(['lint', '--format', 'sarif'], brokenSum())
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout) as {
      runs: { originalUriBaseIds: unknown; results: { ruleId: string; level: string; locations: unknown[] }[] }[]
    }
    const [run] = log.runs
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file://<tmp>/' } })
    expect(run?.results.map(({ ruleId, level, locations }) => ({ ruleId, level, locations }))).toEqual([
      {
        ruleId: 'sum/fund-not-spent',
        level: 'error',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'specs/fordelning.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 10, startColumn: 9, endLine: 10, endColumn: 17 },
            },
          },
        ],
      },
    ])
  })

  it('github: one annotation command, and the full table in the job summary', async () => {
    const root = brokenSum()
    const summary = join(root, 'step-summary.md')
    const result = await runCli(['lint', '--format', 'github'], root, { GITHUB_STEP_SUMMARY: summary })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatchInlineSnapshot(`
      "::error file=specs/fordelning.yaml,line=10,col=9,endLine=10,endColumn=17,title=sum/fund-not-spent::Fonden strategi (3 000 000 kr) har 500 000 kr kvar som ingen rad fördelar.%0ATips: Lägg till en rad med rest: true i sista steget, eller justera beloppen så att summan blir fondens belopp.%0ASe även specs/fordelning.yaml:23:13: sista raden som använder fonden
      "
    `)
    expect(readFileSync(summary, 'utf8')).toMatchInlineSnapshot(`
      "### fordela lint: ✖ 1 problem (1 fel, 0 varningar)

      | Allvarlighet | Plats | Regel | Meddelande |
      | - | - | - | - |
      | fel | \`specs/fordelning.yaml:10:9\` | [\`sum/fund-not-spent\`](https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.sv.md) | Fonden strategi (3 000 000 kr) har 500 000 kr kvar som ingen rad fördelar. |

      "
    `)
  })

  it('junit: a failed testcase naming file:line:col', async () => {
    const result = await runCli(['lint', '--format', 'junit'], brokenSum())
    expect(result.code).toBe(1)
    expect(result.stdout).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="fordela" tests="3" failures="1" errors="0">
        <testsuite name="specs/fordelning.yaml" tests="1" failures="1" errors="0" skipped="0">
          <testcase name="sum/fund-not-spent 10:9" classname="specs/fordelning.yaml">
            <failure type="error" message="Fonden strategi (3 000 000 kr) har 500 000 kr kvar som ingen rad fördelar.">specs/fordelning.yaml:10:9: fel: Fonden strategi (3 000 000 kr) har 500 000 kr kvar som ingen rad fördelar. [sum/fund-not-spent]&#10;Lägg till en rad med rest: true i sista steget, eller justera beloppen så att summan blir fondens belopp.&#10;Se även specs/fordelning.yaml:23:13: sista raden som använder fonden</failure>
          </testcase>
        </testsuite>
        <testsuite name="specs/parter.yaml" tests="1" failures="0" errors="0" skipped="0">
          <testcase name="fordela" classname="specs/parter.yaml"/>
        </testsuite>
        <testsuite name="specs/strategi.yaml" tests="1" failures="0" errors="0" skipped="0">
          <testcase name="fordela" classname="specs/strategi.yaml"/>
        </testsuite>
      </testsuites>
      "
    `)
  })

  it('--output writes the report to a file and nothing to stdout', async () => {
    const root = brokenSum()
    const result = await runCli(['lint', '--format', 'json', '--output', 'report.json'], root)
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' })
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { summary: { errorCount: number } }
    expect(report.summary.errorCount).toBe(1)
  })

  it('prints paths relative to the working directory', async () => {
    const root = brokenSum()
    const result = await runCli(['lint', '--root', '..'], join(root, 'specs'))
    expect(result.stdout.split('\n')[1]).toMatch(/^ {2}fordelning\.yaml:10:9 {2}fel {2}/)
  })
})

describe('fordela lint, colour', () => {
  const esc = '\u001b['

  it('has no colour when stdout is not a terminal', async () => {
    expect((await runCli(['lint'], brokenSum())).stdout).not.toContain(esc)
  })

  it('has colour with FORCE_COLOR=1, and none with FORCE_COLOR=0', async () => {
    expect((await runCli(['lint'], brokenSum(), { FORCE_COLOR: '1' })).stdout).toContain(`${esc}31mfel${esc}39m`)
    expect((await runCli(['lint'], brokenSum(), { FORCE_COLOR: '0' })).stdout).not.toContain(esc)
  })

  it('has no colour with NO_COLOR', async () => {
    expect((await runCli(['lint'], brokenSum(), { NO_COLOR: '1' })).stdout).not.toContain(esc)
  })
})
