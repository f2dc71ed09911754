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
  const scratch = mkdtempSync(join(tmpdir(), 'fordela-runner-files-'))
  const gh = installFakeGh(scratch, existingCommentId)
  const event = { pull_request: { number: 7, base: { sha: pr.baseSha }, head: { sha: pr.headSha } } }
  const eventPath = join(scratch, 'event.json')
  const summaryPath = join(scratch, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(event))
  writeFileSync(summaryPath, '')
  const run = runCompositeAction({
    actionPath: repoRoot,
    workspace: pr.dir,
    inputs,
    github: { event, token: 'test-token' },
    env: {
      PATH: `${gh.binDir}:${process.env['PATH'] ?? ''}`,
      HOME: scratch,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'vgr/fordelningar',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4711',
      GITHUB_STEP_SUMMARY: summaryPath,
    },
    skip: { install: 'fordela is built above instead of by `npm run setup`' },
  })
  return {
    pr,
    run,
    summary: readFileSync(summaryPath, 'utf8'),
    ghCalls: gh.calls(),
    remove: () => {
      rmSync(pr.dir, { recursive: true, force: true })
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}

/** Runs the built fordela in `dir`, as an official would in a terminal. */
function fordela(dir: string, ...args: string[]): void {
  spawnSync(process.execPath, [fordelaBin, ...args], { cwd: dir, stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '', FORDELA_NO_CODE_CACHE: '1' } })
}
