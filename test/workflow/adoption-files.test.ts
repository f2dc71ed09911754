import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPullRequestRepo, type PullRequestRepo } from './create-pull-request-repo.js'
import { repoRoot, requireBuiltCli } from './run-action-on-pull-request.js'

const requireFromParser = createRequire(new URL('../../packages/parser/package.json', import.meta.url))
const { parse } = requireFromParser('yaml') as { parse: (text: string) => unknown }
const readYaml = (path: string): unknown => parse(readFileSync(join(repoRoot, path), 'utf8'))

interface Hook {
  readonly id: string
  readonly entry: string
  readonly language: string
  readonly files: string
  readonly pass_filenames?: boolean
  readonly additional_dependencies?: readonly string[]
}
interface WorkflowStep {
  readonly uses?: string
  readonly with?: Readonly<Record<string, string>>
}
interface Workflow {
  readonly permissions: Readonly<Record<string, string>>
  readonly jobs: Readonly<Record<string, { readonly steps: readonly WorkflowStep[] }>>
}

describe('action.yml', () => {
  interface ActionFile {
    readonly inputs: Readonly<Record<string, { readonly description: string }>>
    readonly outputs: Readonly<Record<string, { readonly description: string; readonly value: string }>>
    readonly runs: {
      readonly steps: readonly {
        readonly id?: string
        readonly run?: string
        readonly 'working-directory'?: string
        readonly env?: Readonly<Record<string, string>>
      }[]
    }
  }
  const action = readYaml('action.yml') as ActionFile

  it('installs fordela in its own checkout with npm alone', () => {
    const install = action.runs.steps.find((step) => step.id === 'install')
    expect([install?.run, install?.['working-directory']]).toEqual(['npm run setup', '${{ github.action_path }}'])
  })

  it('documents every input and output in Swedish and English, and hands every input to the script', () => {
    const entries = [...Object.entries(action.inputs), ...Object.entries(action.outputs)]
    expect(entries.filter(([, entry]) => !entry.description.includes(' / ')).map(([name]) => name)).toEqual([])
    const env = action.runs.steps.find((step) => step.id === 'fordela')?.env ?? {}
    // Each input reaches the script as INPUT_<NAME>, except the token, which gh reads as GH_TOKEN.
    const expected = Object.keys(action.inputs).map((name) =>
      name === 'github-token'
        ? ['GH_TOKEN', '${{ inputs.github-token }}']
        : [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${name} }}`],
    )
    expect(Object.entries(env)).toEqual(expected)
    expect(
      Object.entries(action.outputs).filter(
        ([name, output]) => output.value !== `\${{ steps.fordela.outputs.${name} }}`,
      ),
    ).toEqual([])
  })
})

describe('.pre-commit-hooks.yaml', () => {
  const hooks = readYaml('.pre-commit-hooks.yaml') as Hook[]
  const cliVersion = (
    JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string }
  ).version

  it('offers fordela-lint: `fordela lint` of the scoped package through npx, for YAML files, at this commit’s version', () => {
    expect(
      hooks.map((hook) => [hook.id, hook.entry, hook.language, hook.pass_filenames, hook.additional_dependencies]),
    ).toEqual([['fordela-lint', `npx --yes @fordela/cli@${cliVersion} lint`, 'system', false, undefined]])
    const files = new RegExp(hooks[0]?.files ?? '')
    expect(
      ['parter.yaml', 'fordelning.yml', 'befolkning.csv', 'beslutsunderlag.md'].map((name) => files.test(name)),
    ).toEqual([true, true, false, false])
  })

  describe('run as pre-commit runs it', () => {
    let repo: PullRequestRepo
    const fordela = (...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/fordela.js'), ...args], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', FORDELA_NO_CODE_CACHE: '1' },
      })
    beforeAll(() => {
      requireBuiltCli()
      // A county's repository with the hook configured, at a commit whose specs lint clean.
      repo = createPullRequestRepo(join(repoRoot, 'examples'), [], (dir) => {
        spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/fordela.js'), 'lint', '--baseline-write'], {
          cwd: dir,
          stdio: 'ignore',
        })
        writeFileSync(
          join(dir, '.pre-commit-config.yaml'),
          'repos:\n  - repo: https://github.com/fordela/fordela\n    rev: v0.1.0\n    hooks:\n      - id: fordela-lint\n',
        )
      })
    }, 120_000)
    afterAll(() => {
      if (repo) rmSync(repo.dir, { recursive: true, force: true })
    })

    it('lints the whole workspace, which leaves out the YAML that is no spec', () => {
      // pass_filenames: false, so pre-commit runs the entry with no file names;
      // the arguments after `npx --yes @fordela/cli@<version>`. (test/registry/ runs the hook itself.)
      expect(fordela(...hooks[0]!.entry.split(' ').slice(3)).status).toBe(0)
    })

    it('would fail on the staged workflow and config files if it passed file names', () => {
      const named = fordela('lint', '.pre-commit-config.yaml', '.github/workflows/fordela.yml')
      expect(named.status).toBe(1)
      // Each is reported at its first key: the workflow's `name:` follows its comment lines.
      const workflowLine =
        readFileSync(join(repo.dir, '.github/workflows/fordela.yml'), 'utf8').split('\n').indexOf('name: fordela') + 1
      expect(
        named.stdout
          .split('\n')
          .filter((line) => line.includes('schema/missing-header'))
          .map((line) => line.trim().split(/\s+/)[0]),
      ).toEqual([`.github/workflows/fordela.yml:${workflowLine}:1`, '.pre-commit-config.yaml:1:1'])
    })
  })
})

describe('examples/.github/workflows/fordela.yml', () => {
  const workflow = readYaml('examples/.github/workflows/fordela.yml') as Workflow
  const action = readYaml('action.yml') as { inputs: Record<string, unknown> }
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
  const fordelaStep = steps.find((step) => step.uses?.startsWith('fordela/fordela@'))

  it('uses the action with inputs it has, naming specs and memos that exist', () => {
    expect(Object.keys(fordelaStep?.with ?? {}).filter((input) => !(input in action.inputs))).toEqual([])
    const specs = [fordelaStep?.with?.['render-check'], fordelaStep?.with?.['render']]
      .flatMap((list) => (list ?? '').split('\n'))
      .filter(Boolean)
    expect(specs.filter((spec) => !existsSync(join(repoRoot, 'examples', spec)))).toEqual([])
    const checked = (fordelaStep?.with?.['render-check'] ?? '').split('\n').filter(Boolean)
    expect(checked.filter((spec) => !existsSync(join(repoRoot, 'examples', spec.replace(/\.yaml$/, '.md'))))).toEqual(
      [],
    )
  })

  it('grants what the comment and code scanning need, and uploads what the action writes', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' })
    const upload = (name: string) => steps.find((step) => step.uses?.startsWith(name))?.with
    expect(upload('github/codeql-action/upload-sarif@')?.['sarif_file']).toBe(fordelaStep?.with?.['sarif-file'])
    expect(upload('actions/upload-artifact@')?.['path']).toBe(
      `${(action.inputs['render-output'] as { default: string }).default}/`,
    )
  })
})
