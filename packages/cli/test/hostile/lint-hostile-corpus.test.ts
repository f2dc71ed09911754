import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { listHostileCases } from '../../../../test/hostile/list-hostile-cases.js'
import { expectPrototypesUntouched, snapshotPrototypes } from '../../../../test/hostile/object-prototypes.js'
import { prepareHostileWorkspace, type HostileWorkspace } from '../../../../test/hostile/prepare-hostile-workspace.js'
import type { CliIo } from '../../src/cli-io.js'
import { run } from '../../src/run.js'
import { requireBuiltCli, runCli, type CliRun } from '../helpers/run-cli.js'

// How long each run takes is measured by `npm run bench:hostile` (bench/hostile-bench.mjs),
// against the two seconds, not here: a test asserts what is said, never how fast.

beforeAll(requireBuiltCli)

/** The report's findings as the corpus writes them: `severity rule file:line:column`. */
function listFindings(stdout: string): string[] {
  const report = JSON.parse(stdout) as {
    files: { diagnostics: { severity: string; rule: string; file: string; line: number; column: number }[] }[]
  }
  return report.files.flatMap((file) =>
    file.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.file}:${d.line}:${d.column}`),
  )
}

/** An io that keeps what a command writes. */
function captureIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    cwd,
    env: {},
    stdoutIsTTY: false,
    out,
    err,
    writeOut: (text) => void out.push(text),
    writeErr: (text) => void err.push(text),
  }
}

/** A finding without its line and column: `severity rule file`. */
const withoutPosition = (finding: string): string => finding.replace(/:\d+:\d+$/u, '')

describe.each(listHostileCases())('fordela lint on hostile input: $name', (hostile) => {
  // Errors make exit code 1; a case with only warnings (or none) is valid input: 0.
  const expectedCode = hostile.expected.some((line) => line.startsWith('error ')) ? 1 : 0
  const args = ['lint', ...(hostile.lint ?? []), '--format', 'json']
  let workspace: HostileWorkspace | undefined
  let result: CliRun | undefined
  beforeAll(async () => {
    workspace = await prepareHostileWorkspace(hostile)
    // A .git folder, as at a repository root, where the search for a config file stops.
    mkdirSync(path.join(workspace.root, '.git'))
    result = await runCli(args, workspace.root)
  })
  afterAll(() => workspace?.remove())

  test(`exits ${expectedCode} with the expected findings, never 2, never a stack trace`, () => {
    expect(result?.stderr).not.toMatch(/^\s+at /mu)
    expect({ code: result?.code, findings: listFindings(result?.stdout ?? '').map(withoutPosition) }).toEqual({
      code: expectedCode,
      findings: hostile.expected.map(withoutPosition),
    })
  })

  // Including files refused as text (NUL, Latin-1): the workspace keeps their bytes decoded leniently for this.
  test('places every finding where the library does (line and column)', () => {
    expect(listFindings(result?.stdout ?? '')).toEqual(hostile.expected)
  })

  test('changes no built-in prototype, run in this process', async () => {
    const before = snapshotPrototypes()
    const code = await run(args, captureIo(workspace?.root ?? ''))
    expectPrototypesUntouched(before)
    expect(code).toBe(expectedCode)
  })
})
