import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

interface BaselineFile {
  formatVersion: number
  findings: { file: string; rule: string; fingerprint: string }[]
}

describe('fordela lint --baseline', () => {
  const root = copyFixture('clean')
  editFile(root, 'specs/fordelning.yaml', 'amount: 2 000 000', 'amount: 1 500 000')

  it('--baseline-write records every finding and the run then passes', async () => {
    const written = await runCli(['lint', '--baseline-write'], root)
    expect(written).toEqual({
      code: 0,
      stdout: '✔ Inga problem i 3 filer.\n(Dessutom: 1 fynd dolt av baslinjen.)\n',
      stderr: 'fordela: skrev baslinjen fordela-baseline.json med 1 fynd.\n',
    })
    const baseline = JSON.parse(readFileSync(join(root, 'fordela-baseline.json'), 'utf8')) as BaselineFile
    expect(baseline.formatVersion).toBe(1)
    expect(baseline.findings).toEqual([
      {
        file: 'specs/fordelning.yaml',
        rule: 'sum/fund-not-spent',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    ])
  })

  it('applies the baseline by default and writes the same fingerprint to SARIF', async () => {
    expect((await runCli(['lint'], root)).code).toBe(0)
    const sarif = await runCli(['lint', '--no-baseline', '--format', 'sarif'], root)
    expect(sarif.code).toBe(1)
    const baseline = JSON.parse(readFileSync(join(root, 'fordela-baseline.json'), 'utf8')) as BaselineFile
    const log = JSON.parse(sarif.stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }
    expect(log.runs[0]?.results[0]?.partialFingerprints).toEqual({
      'fordelaFingerprint/v1': baseline.findings[0]?.fingerprint,
    })
  })

  it('still hides the finding after lines are inserted above it', async () => {
    editFile(root, 'specs/fordelning.yaml', 'funds:\n', '# Budgeten ses över i mars.\n\nfunds:\n')
    const shifted = await runCli(['lint', '--no-baseline', '--format', 'json'], root)
    // Two lines inserted above line 10 move the fund id to line 12.
    const report = JSON.parse(shifted.stdout) as { files: { file: string; diagnostics: { line: number }[] }[] }
    expect(report.files.find((file) => file.file === 'specs/fordelning.yaml')?.diagnostics.map((d) => d.line)).toEqual([
      12,
    ])
    expect((await runCli(['lint'], root)).code).toBe(0)
  })

  it('shows a new finding that the baseline does not list', async () => {
    editFile(root, 'specs/fordelning.yaml', '          - to: nsph\n', '          - to: okand\n')
    const result = await runCli(['lint'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/ref\/unknown-party\n/)
  })

  it('is a usage error when the named baseline does not exist', async () => {
    expect(await runCli(['lint', '--baseline', 'saknas.json'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: saknas.json: baslinjen finns inte; skapa den med --baseline-write.\n',
    })
  })
})
