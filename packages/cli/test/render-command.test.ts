import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const memoSpec = 'examples/vastra-gotaland/2025-lansgemensamma-medel.yaml'
const memoFile = join(repositoryRoot, 'examples/vastra-gotaland/2025-lansgemensamma-medel.md')
const runningAsRoot = process.getuid?.() === 0

/** The fixture's memo as plain text: no-break spaces read as spaces. */
function plain(text: string): string {
  return text.replaceAll('\u00a0', ' ')
}

describe('fordela render', () => {
  it('renders the 2025 Västra Götaland memo as committed: a draft that lists its errors, exit 1', async () => {
    const result = await runCli(['render', memoSpec], repositoryRoot)
    // The real memo's two "drygt"/"dryga" claims, and the agreement it reads lacking population 0–18 per
    // kommun, are errors: the memo is still written, as a draft that says so at its top, and render exits 1.
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(readFileSync(memoFile, 'utf8'))
    expect(result.stdout.split('\n').slice(0, 7)).toEqual([
      '# Beslutsunderlag – Länsgemensamma medel psykisk hälsa 2025',
      '',
      '> **Utkast — innehåller fel.** Specifikationen som underlaget bygger på har 3 fel. Underlaget ska inte användas som beslutsunderlag förrän felen är rättade (fordela lint visar dem):',
      '>',
      expect.stringMatching(/^> - nationellt\/skr-2025-overenskommelse\.yaml:69:19: .* \(data\/missing-measure\)$/),
      expect.stringMatching(
        /^> - vastra-gotaland\/2025-lansgemensamma-medel\.yaml:21:20: 'drygt 61 403 000 kronor' .* \(prose\/claim-not-supported\)$/,
      ),
      expect.stringMatching(
        /^> - vastra-gotaland\/2025-lansgemensamma-medel\.yaml:126:55: 'dryga 33 500 000' .* \(prose\/claim-not-supported\)$/,
      ),
    ])
    expect(result.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      '✖ 3 problem (3 fel, 0 varningar)',
      'fordela: dokumentet renderas som utkast: det börjar med "Utkast — innehåller fel" och listar felen ovan, och render avslutar med kod 1 tills de är rättade.',
    ])
  })

  it('refuses a memo whose parties file has errors: exit 1, the error shown, nothing written', async () => {
    // Regression: an error in a file the spec reads was left out, so render -o wrote the memo with exit 0.
    const root = copyFixture('render')
    editFile(root, 'specs/parter.yaml', '    short: VGR', '    short: VGR\n    short: VGR')
    const result = await runCli(['render', 'specs/fordelning.yaml', '-o', 'specs/fordelning.md'], root)
    expect(result.code).toBe(1)
    // The repeated key is line 12 of parter.yaml, from column 5.
    expect(result.stderr).toContain('specs/parter.yaml:12:5')
    expect(result.stderr).toContain('syntax/duplicate-key')
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(
      'fordela: specs/fordelning.yaml har fel, så inget renderades.',
    )
    expect(existsSync(join(root, 'specs/fordelning.md'))).toBe(false)
  })

  it('checks every bundled example against its committed Markdown', async () => {
    // The agreement's kommun column lacks population 0–18 (a real gap in the sourced data): the table
    // says so and every example that reads the agreement is a draft listing it. --check answers only
    // whether the committed file is what the spec renders, notice included.
    for (const spec of [
      'examples/nationellt/skr-2025-overenskommelse.yaml',
      memoSpec,
      'examples/vastra-gotaland/2026-handlingsplan.yaml',
    ]) {
      const result = await runCli(['render', spec, '--check'], repositoryRoot)
      expect({ spec, code: result.code, stdout: result.stdout }).toEqual({
        spec,
        code: 0,
        stdout: `✔ ${spec.replace(/\.yaml$/, '.md')} stämmer med ${spec}.\n`,
      })
    }
  })

  it('prints an allocation as Markdown with every amount computed', async () => {
    const root = copyFixture('render')
    const result = await runCli(['render', 'specs/fordelning.yaml'], root)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    // 3 000 000 in the fund: VGR one third, 1 000 000; NSPH the rest, 2 000 000.
    expect(plain(result.stdout).split('\n').slice(12, 16)).toEqual([
      'Medlen fördelas enligt följande:',
      '',
      '- VGR: en tredjedel av medlen, 1 000 000 kr',
      '- NSPH: resten, 2 000 000 kr',
    ])
    // Figures keep together: no-break spaces between the digit groups.
    expect(result.stdout).toContain('1\u00a0000\u00a0000\u00a0kr')
  })

  it('writes the file with -o, leaving no temporary file', async () => {
    const root = copyFixture('render')
    expect(await runCli(['render', 'specs/fordelning.yaml', '-o', 'specs/fordelning.md'], root)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    })
    const printed = await runCli(['render', 'specs/fordelning.yaml'], root)
    expect(readFileSync(join(root, 'specs/fordelning.md'), 'utf8')).toBe(printed.stdout)
    expect(readdirSync(join(root, 'specs')).sort()).toEqual(['fordelning.md', 'fordelning.yaml', 'parter.yaml'])
  })

  it('--check: 0 when the committed file is what the spec renders', async () => {
    const root = copyFixture('render')
    await runCli(['render', 'specs/fordelning.yaml', '-o', 'specs/fordelning.md'], root)
    expect(await runCli(['render', 'specs/fordelning.yaml', '--check'], root)).toEqual({
      code: 0,
      stdout: '✔ specs/fordelning.md stämmer med specs/fordelning.yaml.\n',
      stderr: '',
    })
  })

  it('--check: 1 with a unified diff when the spec changed after rendering', async () => {
    const root = copyFixture('render')
    await runCli(['render', 'specs/fordelning.yaml', '-o', 'specs/fordelning.md'], root)
    // A quarter instead of a third: 3 000 000 / 4 = 750 000 to VGR, 2 250 000 left to NSPH.
    editFile(root, 'specs/fordelning.yaml', 'share: 1/3', 'share: 1/4')
    const result = await runCli(['render', 'specs/fordelning.yaml', '--check'], root)
    expect(result.code).toBe(1)
    const diff = plain(result.stdout).split('\n')
    expect(diff.slice(0, 2)).toEqual(['--- specs/fordelning.md (incheckad)', '+++ specs/fordelning.md (renderad)'])
    expect(diff.filter((line) => /^[-+]- /.test(line))).toEqual([
      '-- VGR: en tredjedel av medlen, 1 000 000 kr',
      '-- NSPH: resten, 2 000 000 kr',
      '+- VGR: en fjärdedel av medlen, 750 000 kr',
      '+- NSPH: resten, 2 250 000 kr',
    ])
    expect(result.stderr).toBe(
      'fordela: specs/fordelning.md är inte vad specs/fordelning.yaml renderar; uppdatera den med fordela render specs/fordelning.yaml -o specs/fordelning.md.\n',
    )
  })

  it('--check: 2 when there is no committed file', async () => {
    const root = copyFixture('render')
    expect(await runCli(['render', 'specs/fordelning.yaml', '--check'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: specs/fordelning.md kan inte läsas: den finns inte; skapa den med fordela render specs/fordelning.yaml -o specs/fordelning.md.\n',
    })
  })

  it.skipIf(runningAsRoot)('-o into a read-only folder: exit 2, the old file intact, no temporary file', async () => {
    const root = copyFixture('render')
    mkdirSync(join(root, 'ut'))
    writeFileSync(join(root, 'ut/memo.md'), 'gammal\n')
    chmodSync(join(root, 'ut'), 0o555)
    try {
      expect(await runCli(['render', 'specs/fordelning.yaml', '-o', 'ut/memo.md'], root)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'fordela: ut/memo.md: kan inte skriva filen: behörighet saknas.\n',
      })
      expect(readFileSync(join(root, 'ut/memo.md'), 'utf8')).toBe('gammal\n')
      expect(readdirSync(join(root, 'ut'))).toEqual(['memo.md'])
    } finally {
      chmodSync(join(root, 'ut'), 0o755)
    }
  })

  it('-o onto a folder: exit 2, refused before any temporary file is made', async () => {
    // Works as root too: the target is checked to be a regular file before anything is written.
    const root = copyFixture('render')
    mkdirSync(join(root, 'ut/memo.md'), { recursive: true })
    expect(await runCli(['render', 'specs/fordelning.yaml', '-o', 'ut/memo.md'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: ut/memo.md: kan inte skriva filen: det är ingen vanlig fil (utan till exempel en mapp, en namngiven pipe eller en enhet).\n',
    })
    expect(readdirSync(join(root, 'ut'))).toEqual(['memo.md'])
    expect(readdirSync(join(root, 'ut/memo.md'))).toEqual([])
  })

  it('refuses a spec with errors: exit 1, the errors as lint prints them, nothing on stdout', async () => {
    const root = copyFixture('render')
    // Shares of 1/3 and 3/4 add up to 13/12, more than the whole.
    editFile(root, 'specs/fordelning.yaml', '            rest: true', '            share: 3/4')
    const result = await runCli(['render', 'specs/fordelning.yaml', '-o', 'specs/fordelning.md'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    // The 3/4 line is refused, so 3 000 000 − 1 000 000 = 2 000 000 is left: the fund on line 9
    // (`  - id: pott`, the id after 8 characters) and the share on line 21 (`            share: 3/4`, after 19).
    expect(
      result.stderr
        .split('\n')
        .filter((line) => /^ {2}\S+:\d+:\d+ {2}/.test(line))
        .map((line) => line.split('  ').filter(Boolean)),
    ).toEqual([
      [
        'specs/fordelning.yaml:9:9',
        'fel',
        'Fonden pott (3 000 000 kr) har 2 000 000 kr kvar som ingen rad fördelar.',
        'sum/fund-not-spent',
      ],
      [
        'specs/fordelning.yaml:21:20',
        'fel',
        'Med den här andelen blir stegets andelar 13/12, mer än 1 (hela beloppet).',
        'sum/shares-exceed-whole',
      ],
    ])
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(
      'fordela: specs/fordelning.yaml har fel, så inget renderades.',
    )
    expect(existsSync(join(root, 'specs/fordelning.md'))).toBe(false)
  })

  it('2 for a missing spec and for a kind that has no rendering', async () => {
    const root = copyFixture('render')
    expect(await runCli(['render', 'specs/finns-inte.yaml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: specs/finns-inte.yaml: filen finns inte.\n',
    })
    expect(await runCli(['render', 'specs/parter.yaml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: specs/parter.yaml: ett dokument av slaget Parties renderas inte; render tar Allocation, Agreement och ActionPlan.\n',
    })
  })

  it('has help with an example', async () => {
    const result = await runCli(['render', '--help'], repositoryRoot)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '$ fordela render examples/vastra-gotaland/2025-lansgemensamma-medel.yaml -o beslutsunderlag.md',
    )
  })
})
