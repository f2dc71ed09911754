import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

/**
 * The clean fixture with the section's links removed: one warning,
 * `link/section-unlinked`, at the section id on line 14, `  - id: strategi`,
 * column 9 ("  - id: " is 8 characters).
 */
function unlinkedSection(): string {
  const root = copyFixture('clean')
  editFile(root, 'specs/fordelning.yaml', '    links:\n      subgoals: [delmal-1]\n', '')
  return root
}

/** The lines of a stylish report that name a finding (`  file:line:col  severity  …  rule`). */
function findingLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^ {2}\S+:\d+:\d+ {2}/.test(line))
}

describe('fordela lint exit codes', () => {
  it('1 for malformed YAML, with the parser error at its line', async () => {
    const root = copyFixture('clean')
    // An unclosed flow sequence on line 11: the YAML parser stops at the next line's indentation, 12:5.
    editFile(root, 'specs/fordelning.yaml', '    title: Strategi\n', '    title: [Strategi\n')
    const result = await runCli(['lint'], root)
    expect(result.code).toBe(1)
    expect(findingLines(result.stdout).map((line) => line.split('  ').filter(Boolean).at(-1))).toContain(
      'yaml/bad-indent',
    )
    expect(findingLines(result.stdout).find((line) => line.endsWith('yaml/bad-indent'))).toMatch(
      /^ {2}specs\/fordelning\.yaml:12:5 {2}fel {2}/,
    )
  })

  it('2 for a missing file, with one clear line', async () => {
    const root = copyFixture('clean')
    expect(await runCli(['lint', 'specs/finns-inte.yaml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: specs/finns-inte.yaml: filen eller mappen finns inte.\n',
    })
  })

  it('2 for a path outside the workspace', async () => {
    const root = copyFixture('clean')
    // Paths are taken relative to the working directory; the workspace root here is that directory.
    expect(await runCli(['lint', 'specs/parter.yaml', '../annan-mapp/plan.yaml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: ../annan-mapp/plan.yaml: ligger utanför arbetsytan <tmp>; ange --root eller kör fordela i en mapp ovanför.\n',
    })
    expect((await runCli(['lint', '--root', 'specs', 'specs/parter.yaml', 'fordela.config.yaml'], root)).stderr).toBe(
      'fordela: fordela.config.yaml: ligger utanför arbetsytan <tmp>/specs; ange --root eller kör fordela i en mapp ovanför.\n',
    )
  })

  it('2 for an unknown rule in the config, with its position and a suggestion', async () => {
    const root = copyFixture('clean')
    writeFileSync(
      join(root, 'fordela.config.yaml'),
      'lang: sv\nrules:\n  sum/fund-not-spnt: off\n  link/section-unlinked: fatal\n',
    )
    // The rule id starts line 3 after two spaces (3:3); "  link/section-unlinked: " is 25 characters, so "fatal" is at 4:26.
    expect(await runCli(['lint'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: konfigurationen är ogiltig:\n' +
        '  fordela.config.yaml:3:3: Okänd regel "sum/fund-not-spnt". Menade du "sum/fund-not-spent"?\n' +
        '  fordela.config.yaml:4:26: link/section-unlinked: "fatal" är inte tillåtet; välj ett av error, warning, info, off.\n',
    })
  })

  it('2 for an option value that is not allowed', async () => {
    const root = copyFixture('clean')
    expect(await runCli(['lint', '--max-warnings', 'abc'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: "abc" är inget heltal ≥ 0\n',
    })
    // Options are checked before a command runs, so the error follows --lang as the help does.
    expect(await runCli(['lint', '--lang', 'en', '--max-warnings', 'abc'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: "abc" is not a whole number ≥ 0\n',
    })
    expect(await runCli(['lint', '--format', 'xml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: -f, --format <format>: "xml" är inte tillåtet; välj ett av stylish, json, sarif, github eller junit.\n' +
        'Skriv fordela lint --help för hjälp.\n',
    })
  })

  it('0 for warnings only, 1 when they exceed --max-warnings', async () => {
    const root = unlinkedSection()
    const allowed = await runCli(['lint', '--max-warnings', '1'], root)
    expect(allowed.code).toBe(0)
    expect(findingLines(allowed.stdout)).toEqual([
      expect.stringMatching(/^ {2}specs\/fordelning\.yaml:14:9 {2}varning {2}.* {2}link\/section-unlinked$/),
    ])
    const exceeded = await runCli(['lint', '--max-warnings', '0'], root)
    expect(exceeded.code).toBe(1)
    expect(exceeded.stderr).toBe('fordela: för många varningar: 1, men --max-warnings tillåter 0.\n')
  })

  it('takes maxWarnings from the config, and the flag over the config', async () => {
    const root = unlinkedSection()
    writeFileSync(join(root, 'fordela.config.yaml'), 'maxWarnings: 0\n')
    expect((await runCli(['lint'], root)).code).toBe(1)
    expect((await runCli(['lint', '--max-warnings', '5'], root)).code).toBe(0)
  })

  it('--quiet shows errors only, but still counts warnings for --max-warnings', async () => {
    const root = unlinkedSection()
    editFile(root, 'specs/fordelning.yaml', 'amount: 2 000 000', 'amount: 1 500 000')
    const quiet = await runCli(['lint', '--quiet'], root)
    expect(quiet.code).toBe(1)
    expect(findingLines(quiet.stdout)).toEqual([
      expect.stringMatching(/^ {2}specs\/fordelning\.yaml:10:9 {2}fel {2}.*sum\/fund-not-spent$/),
    ])
    expect(quiet.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 fel, 0 varningar)')
    const onlyWarnings = unlinkedSection()
    expect((await runCli(['lint', '--quiet', '--max-warnings', '0'], onlyWarnings)).code).toBe(1)
  })
})
