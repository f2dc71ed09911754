import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The built CLI the tests run, as a user would: `node packages/cli/bin/fordela.js`. */
export const binPath = join(packageRoot, 'bin/fordela.js')

/**
 * The Node that runs the built CLI: the test's own, or FORDELA_TEST_NODE, a
 * path to another `node` (to check the oldest version package.json's
 * `engines` names, which vitest itself may not run on; docs/cli.md).
 */
export const cliNode = process.env['FORDELA_TEST_NODE'] || process.execPath

/** The version of {@link cliNode}, as `process.version` gives it (`v20.12.2`). */
export const cliNodeVersion =
  cliNode === process.execPath ? process.version : execFileSync(cliNode, ['--version'], { encoding: 'utf8' }).trim()

/** Fails with what to do when the CLI has not been built; the tests never build it themselves. */
export function requireBuiltCli(): void {
  if (!existsSync(join(packageRoot, 'bundle/fordela.cjs'))) {
    throw new Error('packages/cli/bundle is missing: run `npm run build` (or `npm run setup`) before these tests.')
  }
}

/** What one run of the CLI printed and returned, with temp paths replaced by `<tmp>`. */
export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Environment variables that change output and that a developer's shell or CI may have set. */
const unsetVariables = ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS', 'CI']

/**
 * The environment that keeps the CLI's code cache (packages/cli/src/code-cache)
 * in the temp folder, never in the home folder. All test runs share it, as
 * a user's runs share theirs: writes are atomic, and each build of the
 * bundle gets its own file names. The CLI creates it private to the user.
 */
export function testCacheEnv(): { FORDELA_CACHE_DIR: string } {
  return { FORDELA_CACHE_DIR: join(tmpdir(), `fordela-test-code-cache-${process.getuid?.() ?? 'user'}`) }
}

/**
 * Runs the built CLI with `args` in `cwd`; `env` is added to a copy of the
 * test's environment without the variables that change output, with the
 * code cache in {@link testCacheEnv}'s folder.
 */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !unsetVariables.includes(key)))
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cliNode, [binPath, ...args], { cwd, env: { ...baseEnv, ...testCacheEnv(), ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolvePromise({ code, stdout: normalisePaths(stdout, cwd), stderr: normalisePaths(stderr, cwd) }),
    )
  })
}

/** Replaces the temp workspace's absolute path (as given and as resolved) by `<tmp>`. */
function normalisePaths(text: string, cwd: string): string {
  const root = findTempRoot(cwd)
  if (!root) return text
  return [realpathSync(root), root].reduce((result, path) => result.split(path).join('<tmp>'), text)
}

const tempRoots: string[] = []

/** The temp folder `cwd` lies in, if it is one of ours. */
function findTempRoot(cwd: string): string | undefined {
  return tempRoots.find((root) => cwd === root || cwd.startsWith(`${root}/`))
}

/**
 * Copies a fixture workspace (`test/fixtures/<name>`) into a new temp
 * folder with an empty `.git` folder, so the search for a config file
 * stops there as at a repository root, and returns the folder. {@link removeWorkspaces} deletes them all.
 */
export function copyFixture(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fordela-e2e-'))
  tempRoots.push(root)
  cpSync(join(packageRoot, 'test/fixtures', name), root, { recursive: true })
  mkdirSync(join(root, '.git'))
  return root
}

/** Deletes every temp workspace {@link copyFixture} made. */
export function removeWorkspaces(): void {
  for (const root of tempRoots.splice(0)) rmSync(root, { recursive: true, force: true })
}

/** Replaces the one occurrence of `from` in a workspace file by `to`; fails if it is not there exactly once. */
export function editFile(root: string, file: string, from: string, to: string): void {
  const path = join(root, file)
  const text = readFileSync(path, 'utf8')
  if (text.split(from).length !== 2) throw new Error(`${file}: expected "${from}" exactly once`)
  writeFileSync(path, text.replace(from, to))
}
