import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A county's repository with a pull request's two commits. */
export interface PullRequestRepo {
  /** The checkout, at the head commit. */
  readonly dir: string
  readonly baseSha: string
  readonly headSha: string
}

/** A change the pull request makes: in `file`, `from` (which must occur exactly once) becomes `to`. */
export interface SpecEdit {
  readonly file: string
  readonly from: string
  readonly to: string
}

/**
 * Fixed identity and dates, and no user or system git config, so every run
 * makes the same commits; no inherited GIT_* variables (a git hook sets
 * GIT_DIR and GIT_INDEX_FILE), so git works on the temp repository only.
 */
const gitEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Handläggare',
  GIT_AUTHOR_EMAIL: 'handlaggare@example.se',
  GIT_AUTHOR_DATE: '2025-02-03T09:00:00+01:00',
  GIT_COMMITTER_NAME: 'Handläggare',
  GIT_COMMITTER_EMAIL: 'handlaggare@example.se',
  GIT_COMMITTER_DATE: '2025-02-03T09:00:00+01:00',
}

/**
 * Makes a git repository in a temp folder: the base commit holds a copy of
 * `examplesDir` plus whatever `prepareBase` adds (a baseline, say); the head
 * commit applies `edits`, then whatever `prepareHead` does (re-render a
 * memo, say). Leaves the checkout at the head, as actions/checkout leaves a
 * pull request's merge commit.
 */
export function createPullRequestRepo(
  examplesDir: string,
  edits: readonly SpecEdit[],
  prepareBase: (dir: string) => void,
  prepareHead: (dir: string) => void = () => {},
): PullRequestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'fordela-pr-'))
  git(dir, 'init', '--quiet', '--initial-branch=main')
  cpSync(examplesDir, dir, { recursive: true })
  prepareBase(dir)
  git(dir, 'add', '--all')
  git(dir, 'commit', '--quiet', '--message', 'Fördelning 2025 enligt beslutsunderlaget')
  const baseSha = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'switch', '--quiet', '--create', 'andrad-fordelning')
  for (const edit of edits) applyEdit(dir, edit)
  prepareHead(dir)
  git(dir, 'commit', '--quiet', '--all', '--allow-empty', '--message', 'Ändra fördelningen')
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') }
}

/** Replaces the one occurrence of `edit.from`; a `from` found zero or several times is a broken test. */
function applyEdit(dir: string, edit: SpecEdit): void {
  const path = join(dir, edit.file)
  const text = readFileSync(path, 'utf8')
  const count = text.split(edit.from).length - 1
  if (count !== 1) throw new Error(`${edit.file}: expected "${edit.from}" once, found it ${count} times`)
  writeFileSync(path, text.replace(edit.from, edit.to))
}

/** Runs git in `dir` and returns its trimmed output; a failing git command fails the test. */
export function git(dir: string, ...args: string[]): string {
  const child = spawnSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`git ${args.join(' ')}: ${child.stderr}`)
  return child.stdout.trim()
}
