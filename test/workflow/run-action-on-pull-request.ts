import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPullRequestRepo, type PullRequestRepo, type SpecEdit } from './create-pull-request-repo.js'
import { installFakeGh, type GhCall } from './install-fake-gh.js'
import { runCompositeAction, type CompositeRun } from './run-composite-action.js'

/** This repository: the action's own checkout (`github.action_path`). */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const fordelaBin = join(repoRoot, 'packages/cli/bin/fordela.js')

/** Everything a run of the action on a pull request left behind. */
export interface PullRequestRun {
  readonly pr: PullRequestRepo
  readonly run: CompositeRun
  /** The job summary ($GITHUB_STEP_SUMMARY) after the run. */
  readonly summary: string
  /** What the action asked of GitHub's API through gh. */
  readonly ghCalls: readonly GhCall[]
  /** Deletes the temp folders. */
  readonly remove: () => void
}

/** The pull request to run the action on. */
export interface PullRequestScenario {
  /** What the head commit changes in the specs. */
  readonly edits: readonly SpecEdit[]
  /** Specs whose memo the head commit re-renders with `fordela render <spec> -o <spec>.md`, as an official would. */
  readonly rerender?: readonly string[]
  /** The action's `with:`. */
  readonly inputs: Readonly<Record<string, string>>
  /** The id of a comment an earlier run left on the pull request. */
  readonly existingCommentId?: number
}

/**
 * Fails with what to do when the CLI has not been built. The action runs the
 * built CLI, as after `npm run setup`; like packages/cli's own tests, these
 * never build it themselves (two test files building at once would race).
 */
export function requireBuiltCli(): void {
  if (!existsSync(join(repoRoot, 'packages/cli/bundle/fordela.cjs'))) {
    throw new Error('packages/cli/bundle is missing: run `npm run build` (or `npm run setup`) before these tests.')
  }
}

/**
 * Makes a county's repository from examples/ whose base commit carries a
 * baseline of the findings the 2025 documents already have (see
 * docs/examples.md), so the pull request shows only what it changes, makes
 * the head commit, and runs action.yml on it as the runner would for
 * `pull_request` event number 7 of vgr/fordelningar.
 */
export function runActionOnPullRequest(scenario: PullRequestScenario): PullRequestRun {
  const { edits, inputs, existingCommentId, rerender = [] } = scenario
  requireBuiltCli()
  const pr = createPullRequestRepo(
    join(repoRoot, 'examples'),
    edits,
    (dir) => fordela(dir, 'lint', '--baseline-write'),
    (dir) => {
      for (const spec of rerender) fordela(dir, 'render', spec, '--output', spec.replace(/\.yaml$/, '.md'))
    },
  )
  const runner = runActionOnRepository(pr, {
    inputs,
    repository: 'vgr/fordelningar',
    pullRequest: 7,
    runId: '4711',
    ...(existingCommentId === undefined ? {} : { existingCommentId }),
  })
  return {
    pr,
    ...runner,
    remove: () => {
      rmSync(pr.dir, { recursive: true, force: true })
      runner.remove()
    },
  }
}

/** The pull request event a run of the action is for. */
export interface RunnerEvent {
  /** The action's `with:`. */
  readonly inputs: Readonly<Record<string, string>>
  /** The county's repository, `owner/name`. */
  readonly repository: string
  /** The pull request's number. */
  readonly pullRequest: number
  /** GITHUB_RUN_ID. */
  readonly runId: string
  /** The id of a comment an earlier run left on the pull request. */
  readonly existingCommentId?: number
}

/** What one run of the action left: the run, the job summary, the calls to GitHub's API; `remove` deletes the runner's files. */
export type RunnerRun = Omit<PullRequestRun, 'pr'>

/**
 * Runs this checkout's action.yml on the head commit of `pr` as GitHub's
 * runner would for a `pull_request` event: the environment a runner sets,
 * the event file, an empty job summary and a fake `gh` on PATH. The install
 * step is skipped: the tests run the CLI `npm run setup` built.
 */
export function runActionOnRepository(pr: PullRequestRepo, event: RunnerEvent): RunnerRun {
  const scratch = mkdtempSync(join(tmpdir(), 'fordela-runner-files-'))
  const gh = installFakeGh(scratch, event.existingCommentId)
  const payload = { pull_request: { number: event.pullRequest, base: { sha: pr.baseSha }, head: { sha: pr.headSha } } }
  const eventPath = join(scratch, 'event.json')
  const summaryPath = join(scratch, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(payload))
  writeFileSync(summaryPath, '')
  const run = runCompositeAction({
    actionPath: repoRoot,
    workspace: pr.dir,
    inputs: event.inputs,
    github: { event: payload, token: 'test-token' },
    env: {
      PATH: `${gh.binDir}:${process.env['PATH'] ?? ''}`,
      HOME: scratch,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: event.repository,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: event.runId,
      GITHUB_STEP_SUMMARY: summaryPath,
    },
    skip: { install: 'fordela is built by `npm run setup` before the tests, not by the action' },
  })
  return {
    run,
    summary: readFileSync(summaryPath, 'utf8'),
    ghCalls: gh.calls(),
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  }
}

/** Runs the built fordela in `dir`, as an official would in a terminal. */
function fordela(dir: string, ...args: string[]): void {
  spawnSync(process.execPath, [fordelaBin, ...args], {
    cwd: dir,
    stdio: 'ignore',
    env: { PATH: process.env['PATH'] ?? '', FORDELA_NO_CODE_CACHE: '1' },
  })
}
