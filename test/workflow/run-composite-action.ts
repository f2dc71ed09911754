import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluateExpressions, type ExpressionContext } from './evaluate-expressions.js'
import { parseOutputFile } from './parse-output-file.js'

// yaml is a dependency of the parser package, not of the repository root.
const requireFromParser = createRequire(new URL('../../packages/parser/package.json', import.meta.url))
const { parse } = requireFromParser('yaml') as { parse: (text: string) => unknown }

/** The parts of an action.yml the runner reads. */
interface ActionFile {
  readonly inputs?: Readonly<Record<string, { readonly default?: string }>>
  readonly outputs?: Readonly<Record<string, { readonly value: string }>>
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] }
}

/** One step of a composite action. */
export interface ActionStep {
  readonly id?: string
  readonly name?: string
  readonly uses?: string
  readonly with?: Readonly<Record<string, string | number>>
  readonly run?: string
  readonly shell?: string
  readonly 'working-directory'?: string
  readonly env?: Readonly<Record<string, string>>
}

/** How to run the action, as a workflow step `uses: ./` with `with:` would. */
export interface CompositeRunOptions {
  /** The folder holding action.yml (the runner's `github.action_path`). */
  readonly actionPath: string
  /** The repository checkout the job works in (`GITHUB_WORKSPACE`, the steps' working directory). */
  readonly workspace: string
  /** The `with:` values; inputs not given take their defaults. */
  readonly inputs: Readonly<Record<string, string>>
  /** The `github` context the expressions read (event, token, …). */
  readonly github: ExpressionContext
  /** The runner's environment: PATH, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, … */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Step ids not to run here, with the reason (the install step: the test builds fordela itself). */
  readonly skip: Readonly<Record<string, string>>
}

/** What running the action gave. */
export interface CompositeRun {
  /** The exit code of the first failing step, else 0 — the action's outcome. */
  readonly status: number
  /** Standard output of every step run, in order: where the workflow commands are. */
  readonly stdout: string
  /** Standard error of every step run, in order: the log lines around them. */
  readonly stderr: string
  /** The action's outputs, from its `outputs:` expressions. */
  readonly outputs: Readonly<Record<string, string>>
  /** The `uses:` steps, which only a real runner can run. */
  readonly usesSteps: readonly ActionStep[]
}

/**
 * Runs a composite action's `run:` steps the way GitHub's runner does: each
 * in bash with `-eo pipefail`, with its `env:` and `working-directory`
 * expressions evaluated, a fresh `$GITHUB_OUTPUT` file per step and
 * `$GITHUB_ACTION_PATH` set; it stops at the first failing step and still
 * evaluates the action's outputs. `uses:` steps are returned, not run.
 */
export function runCompositeAction(options: CompositeRunOptions): CompositeRun {
  const action = parse(readFileSync(join(options.actionPath, 'action.yml'), 'utf8')) as ActionFile
  if (action.runs.using !== 'composite') throw new Error(`not a composite action: ${action.runs.using}`)
  const unknown = Object.keys(options.inputs).filter((name) => !(name in (action.inputs ?? {})))
  if (unknown.length > 0) throw new Error(`action.yml declares no input ${unknown.join(', ')}`)
  const context: ExpressionContext = { github: { ...options.github, action_path: options.actionPath }, steps: {} }
  context['inputs'] = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [
      name,
      options.inputs[name] ?? evaluateExpressions(input.default ?? '', context),
    ]),
  )
  const scratch = mkdtempSync(join(tmpdir(), 'fordela-runner-'))
  const steps = context['steps'] as Record<string, { outputs: Record<string, string> }>
  const usesSteps: ActionStep[] = []
  let stdout = ''
  let stderr = ''
  let status = 0
  try {
    for (const [index, step] of action.runs.steps.entries()) {
      if (step.uses !== undefined) {
        usesSteps.push(step)
        continue
      }
      if (step.id !== undefined && step.id in options.skip) continue
      const outputFile = join(scratch, `output-${index}`)
      writeFileSync(outputFile, '')
      const result = runStep(step, options, context, join(scratch, `step-${index}.sh`), outputFile)
      stdout += result.stdout
      stderr += result.stderr
      if (step.id !== undefined) steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) }
      // A failing step ends the action; what it wrote to $GITHUB_OUTPUT still counts, as on GitHub.
      status = result.status
      if (status !== 0) break
    }
    const outputs = Object.fromEntries(
      Object.entries(action.outputs ?? {}).map(([name, output]) => [name, evaluateExpressions(output.value, context)]),
    )
    return { status, stdout, stderr, outputs, usesSteps }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Runs one `run:` step as GitHub's bash shell does: `bash --noprofile --norc -eo pipefail <script>`. */
function runStep(
  step: ActionStep,
  options: CompositeRunOptions,
  context: ExpressionContext,
  scriptFile: string,
  outputFile: string,
) {
  if (step.shell !== 'bash')
    throw new Error(`step ${step.id ?? step.name}: only shell: bash is supported, not ${step.shell}`)
  writeFileSync(scriptFile, evaluateExpressions(step.run ?? '', context))
  const stepEnv = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluateExpressions(value, context)]),
  )
  const workingDirectory = step['working-directory']
    ? evaluateExpressions(step['working-directory'], context)
    : options.workspace
  const child = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
    cwd: workingDirectory,
    env: {
      ...options.env,
      ...stepEnv,
      GITHUB_ACTION_PATH: options.actionPath,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.error) throw child.error
  return { status: child.status ?? 1, stdout: child.stdout, stderr: child.stderr }
}
