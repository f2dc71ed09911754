// From a release to a county's repository, end to end: the packed packages
// are published to a private Verdaccio registry on 127.0.0.1, and a county
// then works in an empty folder with only Node, npm, git and pre-commit on
// its PATH, nothing of this repository, and its own HOME and npm cache.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../workflow/run-action-on-pull-request.js'
import { startRegistry, type Registry } from './start-registry.js'

const scratch = mkdtempSync(join(tmpdir(), 'fordela-registry-e2e-'))
const county = join(scratch, 'lan')
const home = join(scratch, 'home')
let registry: Registry | undefined
let version: string
let releaseOutput = ''
let releaseAgainOutput = ''

/** The environment a county's machine has: Node, npm, git and pre-commit from /usr/bin, the registry, nothing else. */
const countyEnv = (): NodeJS.ProcessEnv => ({
  PATH: '/usr/bin:/bin',
  HOME: home,
  LANG: 'C.UTF-8',
  NO_COLOR: '1',
  npm_config_registry: registry!.url,
  npm_config_cache: join(scratch, 'npm-cache'),
  npm_config_userconfig: join(home, '.npmrc'),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  PRE_COMMIT_HOME: join(scratch, 'pre-commit-cache'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Länet',
  GIT_AUTHOR_EMAIL: 'lanet@example.invalid',
  GIT_COMMITTER_NAME: 'Länet',
  GIT_COMMITTER_EMAIL: 'lanet@example.invalid',
})

const run = (command: string, args: readonly string[], cwd = county): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, env: countyEnv(), encoding: 'utf8', timeout: 120_000 })
/** `npm exec --yes @fordela/cli -- <args>`, as the README tells a county. */
const fordela = (...args: string[]) => run('npm', ['exec', '--yes', '@fordela/cli', '--', ...args])
const describeFailure = (result: SpawnSyncReturns<string>) =>
  `exit ${result.status}\n${result.stdout}\n${result.stderr}`

beforeAll(async () => {
  for (const tool of ['pre-commit', 'git']) {
    if (spawnSync(tool, ['--version']).status !== 0)
      throw new Error(`${tool} is missing: .ci/run installs it (apt-get install -y ${tool}).`)
  }
  mkdirSync(county, { recursive: true })
  mkdirSync(home, { recursive: true })
  writeFileSync(join(home, '.npmrc'), '')
  registry = await startRegistry(join(scratch, 'registry'))
  // Published as the release workflow publishes: scripts/release-packages.mjs, without the provenance only
  // GitHub's runners can sign and without git tags; the token comes from the user config.
  const publishEnv = {
    ...process.env,
    npm_config_userconfig: registry.publishConfig,
    FORDELA_RELEASE_REGISTRY: registry.url,
  }
  const release = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts/release-packages.mjs'), '--no-provenance', '--no-git'],
    { cwd: repoRoot, env: publishEnv, encoding: 'utf8' },
  )
  if (release.status !== 0) throw new Error(`release-packages: ${describeFailure(release)}`)
  releaseOutput = release.stdout
  // Run again, as after a failure half-way: everything is there already, nothing is published twice.
  const again = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts/release-packages.mjs'), '--no-provenance', '--no-git'],
    { cwd: repoRoot, env: publishEnv, encoding: 'utf8' },
  )
  if (again.status !== 0) throw new Error(`release-packages, again: ${describeFailure(again)}`)
  releaseAgainOutput = again.stdout
  version = (JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string })
    .version
  expect(run('git', ['init', '--quiet', '--initial-branch=main']).status).toBe(0)
}, 240_000)

afterAll(async () => {
  await registry?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

describe('a county installs fordela from the registry', () => {
  it('got every package from the release script, once', () => {
    const names = [
      '@fordela/parser',
      '@fordela/engine',
      '@fordela/render-markdown',
      '@fordela/render-docx',
      '@fordela/cli',
    ]
    // changesets/action reads these lines to know what was published.
    expect(releaseOutput.split('\n').filter((line) => line.startsWith('New tag: '))).toEqual(
      names.map((name) => `New tag: ${name}@${version}`),
    )
    expect(releaseAgainOutput.split('\n').filter(Boolean)).toEqual([
      ...names.map((name) => `${name}@${version} is already published; skipped.`),
      `Nothing to publish at ${version}.`,
    ])
  })

  it('serves the five packages at this version', async () => {
    for (const name of [
      '@fordela/cli',
      '@fordela/parser',
      '@fordela/engine',
      '@fordela/render-markdown',
      '@fordela/render-docx',
    ]) {
      const packument = (await (await fetch(new URL(name.replace('/', '%2f'), registry!.url))).json()) as {
        'dist-tags': { latest: string }
      }
      expect([name, packument['dist-tags'].latest]).toEqual([name, version])
    }
  })

  it('runs `npm exec --yes @fordela/cli -- init` in an empty folder', () => {
    const init = fordela('init')
    expect(init.status, describeFailure(init)).toBe(0)
    expect(init.stdout).toMatch(/^Skapade:\n/)
    expect(fordela('--version').stdout).toBe(`${version}\n`)
  })

  it('lints the new repository clean', () => {
    const lint = fordela('lint')
    expect([lint.status, lint.stdout]).toEqual([0, '✔ Inga problem i 3 filer.\n'])
  })

  it('renders the memo as init wrote it', () => {
    const render = fordela('render', 'fordelningar/2026-fordelning.yaml', '-o', 'memo.md')
    expect(render.status, describeFailure(render)).toBe(0)
    expect(readFileSync(join(county, 'memo.md'), 'utf8')).toBe(
      readFileSync(join(county, 'fordelningar/2026-fordelning.md'), 'utf8'),
    )
    // The scaffold's fund, with the no-break spaces the memo keeps inside amounts.
    expect(readFileSync(join(county, 'memo.md'), 'utf8')).toContain('fördelar 10\u00a0000\u00a0000\u00a0kr mellan')
  })

  it('renders the memo as a Word document', () => {
    const render = fordela('render', 'fordelningar/2026-fordelning.yaml', '-o', 'memo.docx')
    expect(render.status, describeFailure(render)).toBe(0)
    // A .docx is a zip archive ("PK\x03\x04") with the document part in it.
    const docx = readFileSync(join(county, 'memo.docx'))
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04')
    expect(docx.includes('word/document.xml')).toBe(true)
  })

  it("starts Västra Götaland's repository with `init --lan 14 --year 2025`, which lints clean with its known finding baselined", () => {
    const lan = join(scratch, 'vastra-gotaland')
    mkdirSync(join(lan, '.git'), { recursive: true })
    const init = run('npm', ['exec', '--yes', '@fordela/cli', '--', 'init', '--lan', '14', '--year', '2025'], lan)
    expect(init.status, describeFailure(init)).toBe(0)
    const lint = run('npm', ['exec', '--yes', '@fordela/cli', '--', 'lint'], lan)
    expect([lint.status, lint.stdout]).toEqual([
      0,
      '✔ Inga problem i 7 filer.\n(Dessutom: 1 fynd dolt av baslinjen.)\n',
    ])
  })

  describe('pre-commit', () => {
    let hooks: string
    beforeAll(() => {
      // The hook repository as pre-commit sees it: its manifest at a commit (see .pre-commit-hooks.yaml for why nothing else is installed).
      hooks = join(scratch, 'hooks')
      mkdirSync(hooks)
      copyFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'))
      for (const args of [
        ['init', '--quiet'],
        ['add', '-A'],
        ['commit', '--quiet', '-m', 'hooks'],
      ])
        expect(run('git', args, hooks).status).toBe(0)
      rmSync(join(county, 'memo.docx'))
      expect(run('git', ['add', '-A']).status).toBe(0)
    })

    it('installs fordela-lint from the registry and passes on the clean repository', () => {
      const tried = run('pre-commit', ['try-repo', hooks, 'fordela-lint', '--all-files'])
      expect(tried.status, describeFailure(tried)).toBe(0)
      expect(tried.stdout).toMatch(/^fordela lint\.+Passed$/m)
    })

    it('fails, naming the finding, when a staged change breaks a sum', () => {
      // The fund is 10 000 000 kr; fixed lines of 12 000 000 + 1 000 000 = 13 000 000 kr hand out 3 000 000 kr that is not there.
      const spec = join(county, 'fordelningar/2026-fordelning.yaml')
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('amount: 2 000 000', 'amount: 12 000 000'))
      expect(run('git', ['add', '-A']).status).toBe(0)
      const tried = run('pre-commit', ['try-repo', hooks, 'fordela-lint', '--all-files'])
      expect(tried.status).toBe(1)
      expect(tried.stdout).toMatch(/^fordela lint\.+Failed$/m)
      expect(tried.stdout).toContain('fordelningar/2026-fordelning.yaml')
    })
  })
})
