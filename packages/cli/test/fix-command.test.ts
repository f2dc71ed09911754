import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

/**
 * The fix fixture's allocation has a misspelt key (`amont`, one suggestion:
 * `amount`), two amounts with dots as thousands separators (3.000.000 and
 * 1.500.000: one reading only) and "1.500" (one and a half, or fifteen
 * hundred?), which no fix may guess. Comments sit above and beside them.
 */
const FIXED = `apiVersion: fordela/v1
kind: Allocation
id: fordelning-2025
title: Fördelning 2025
year: 2025
parties: ./parter.yaml
funds:
  - id: pott
    title: Potten
    # Beloppet som SRO beslutade i mars.
    amount: "3 000 000"
sections:
  - id: pott
    title: Stöd
    fund: pott
    steps:
      - lines:
          - to: vgr
            amount: "1 500 000" # hälften till regionen
          - to: nsph
            amount: "1.500"
`

describe('fordela lint --fix', () => {
  it('--fix-dry-run prints a unified diff, changes nothing, and exits as lint would after the fixes', async () => {
    const root = copyFixture('fix')
    const original = readFileSync(join(root, 'fordelning.yaml'), 'utf8')
    expect(await runCli(['lint', '--fix-dry-run'], root)).toEqual({
      // "1.500" cannot be fixed, so lint would still fail: 1 (it exited 0, as if all were well).
      code: 1,
      stdout: [
        '--- a/fordelning.yaml',
        '+++ b/fordelning.yaml',
        // Line 11 (the fund's amount) with three lines of context either side: old and new lines 8–14.
        '@@ -8,7 +8,7 @@',
        '   - id: pott',
        '     title: Potten',
        '     # Beloppet som SRO beslutade i mars.',
        '-    amount: 3.000.000',
        '+    amount: "3 000 000"',
        ' sections:',
        '   - id: pott',
        '     title: Stöd',
        // Line 19 (the misspelt key) with three lines before it and the file's last two after it: lines 16–21.
        '@@ -16,6 +16,6 @@',
        '     steps:',
        '       - lines:',
        '           - to: vgr',
        '-            amont: 1.500.000 # hälften till regionen',
        '+            amount: "1 500 000" # hälften till regionen',
        '           - to: nsph',
        '             amount: "1.500"',
        '',
      ].join('\n'),
      stderr:
        'fordela: skulle rätta 3 fynd i 1 fil; kör med --fix för att göra det.\n' +
        'fordela: efter rättningarna skulle fordela lint ändå hitta 1 fel och 0 varningar.\n',
    })
    expect(readFileSync(join(root, 'fordelning.yaml'), 'utf8')).toBe(original)
  })

  it('--fix rewrites only the fixed text, keeps the comments, and reports what is left', async () => {
    const root = copyFixture('fix')
    const result = await runCli(['lint', '--fix'], root)
    expect(readFileSync(join(root, 'fordelning.yaml'), 'utf8')).toBe(FIXED)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('fordela: rättade 3 fynd i 1 fil.\n')
    // What is left is "1.500" on line 21, after `            amount: ` (20 characters).
    expect(
      result.stdout
        .split('\n')
        .filter((line) => /^ {2}\S+:\d+:\d+ {2}/.test(line))
        .map((line) => `${line.split('  ').filter(Boolean).at(0)} ${line.split('  ').at(-1)}`),
    ).toEqual(['fordelning.yaml:21:21 literal/ambiguous-amount'])
  })

  it('says so when there is nothing to fix', async () => {
    expect(await runCli(['lint', '--fix-dry-run'], copyFixture('render'))).toEqual({
      code: 0,
      stdout: '',
      stderr: 'fordela: inget att rätta automatiskt.\n',
    })
  })

  it('lint --help names the fixable rules and has an example', async () => {
    const result = await runCli(['lint', '--help'], copyFixture('render'))
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('  $ fordela lint --fix-dry-run\n')
    expect(result.stdout).toContain(
      '--fix rättar: literal/ambiguous-amount (1.500.000 → "1 500 000"), schema/unknown-key',
    )
  })
})
