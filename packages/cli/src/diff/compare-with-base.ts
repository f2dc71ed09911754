import { existsSync, realpathSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import {
  compareAllocations,
  evaluateWorkspace,
  hasChanges,
  type AllocationEvaluation,
  type ComparisonReport,
} from '@fordela/engine'
import { compareCodeUnits, loadWorkspace, type Language, type LoadWorkspaceOptions } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { resolveLintSetup } from '../lint/resolve-lint-setup.js'
import { mirrorSpecsAtRef } from './mirror-specs-at-ref.js'
import { runGit } from './run-git.js'
import { workspaceOptionsOf } from '../lint/workspace-options.js'
import { makeScratchFolder } from '../output/make-scratch-folder.js'
import { countAmountErrors, type SpecWithErrors } from './count-amount-errors.js'

/** A comparison and the compared allocations that have errors which can make their amounts wrong. */
export interface CheckedComparison {
  readonly report: ComparisonReport
  readonly specErrors: readonly SpecWithErrors[]
}

/** What `fordela diff --base` compares with. */
export interface BaseOptions {
  readonly ref: string
  /** Files or folders (relative to the working directory) whose allocations to compare; all when empty. */
  readonly paths: readonly string[]
  readonly lang?: Language
  readonly config?: string
}

/**
 * Compares the workspace's allocations as they are now with the same
 * allocations at a git ref: the spec files at the ref are mirrored into a
 * temporary folder (removed afterwards), both workspaces are evaluated, and
 * allocations are paired by id. Allocations only one side has are listed
 * as added or removed.
 */
export async function compareWithBase(options: BaseOptions, cwd: string): Promise<CheckedComparison> {
  const setup = await resolveLintSetup(
    [],
    { ...(options.lang ? { lang: options.lang } : {}), ...(options.config ? { config: options.config } : {}) },
    cwd,
  )
  const { lang } = setup
  const top = await runGit(['rev-parse', '--show-toplevel'], cwd)
  if (!top.ok) throw new UsageError(say(lang, messages.cliSpec.notInGit, { folder: cwd, detail: top.message }))
  const repository = top.stdout.toString('utf8').trim()
  const fromTop = relative(realpathSync(repository), realpathSync(setup.root))
  const mirror = makeScratchFolder('fordela-base')
  try {
    await mirrorSpecsAtRef(repository, options.ref, mirror, lang)
    const baseRoot = join(mirror, fromTop)
    await mkdir(baseRoot, { recursive: true })
    const current = workspaceOptionsOf(setup)
    const [before, after] = await Promise.all([
      evaluateAllocations({ ...current, root: baseRoot }),
      evaluateAllocations(current),
    ])
    const selected = selectFiles(
      options.paths.map((path) => resolve(cwd, path)),
      setup.root,
    )
    const [older, newer] = [
      before.filter(({ evaluation }) => selected(evaluation)),
      after.filter(({ evaluation }) => selected(evaluation)),
    ]
    const report = pairAllocations(
      older.map((entry) => entry.evaluation),
      newer.map((entry) => entry.evaluation),
    )
    const specErrors = [
      ...older
        .filter((entry) => entry.errors > 0)
        .map((entry) => ({ side: 'before' as const, file: entry.evaluation.allocation.file, errors: entry.errors })),
      ...newer
        .filter((entry) => entry.errors > 0)
        .map((entry) => ({ side: 'after' as const, file: entry.evaluation.allocation.file, errors: entry.errors })),
    ]
    return { report, specErrors }
  } finally {
    await rm(mirror, { recursive: true, force: true })
  }
}

/** Every allocation of the workspace `options` name, evaluated, in file order, with its errors that can make amounts wrong. */
async function evaluateAllocations(
  options: LoadWorkspaceOptions,
): Promise<{ readonly evaluation: AllocationEvaluation; readonly errors: number }[]> {
  const workspace = await loadWorkspace(options)
  const evaluated = evaluateWorkspace(workspace)
  return [...evaluated.allocations.values()]
    .sort((a, b) => compareCodeUnits(a.allocation.file, b.allocation.file))
    .map((evaluation) => ({ evaluation, errors: countAmountErrors(evaluated, evaluation) }))
}

/** Whether an allocation's file lies in one of the given paths (all do when none are given). */
function selectFiles(paths: readonly string[], root: string): (evaluation: AllocationEvaluation) => boolean {
  if (paths.length === 0) return () => true
  const prefixes = paths.map((path) =>
    relative(existsSync(root) ? realpathSync(root) : root, existsSync(path) ? realpathSync(path) : path)
      .split(sep)
      .join('/'),
  )
  return ({ allocation }) =>
    prefixes.some(
      (prefix) =>
        prefix === '' ||
        (!prefix.startsWith('..') &&
          !isAbsolute(prefix) &&
          (allocation.file === prefix || allocation.file.startsWith(`${prefix}/`))),
    )
}

/** Pairs allocations by id: compared when both sides have one (and listed by name when nothing changed), else added or removed. */
function pairAllocations(
  before: readonly AllocationEvaluation[],
  after: readonly AllocationEvaluation[],
): ComparisonReport {
  const beforeById = new Map(before.map((evaluation) => [evaluation.allocation.id.value, evaluation]))
  const afterIds = new Set(after.map((evaluation) => evaluation.allocation.id.value))
  const describe = ({ allocation }: AllocationEvaluation) => ({
    id: allocation.id.value,
    title: allocation.title.value,
    year: allocation.year.value,
    file: allocation.file,
  })
  const paired = after.flatMap((evaluation) => {
    const old = beforeById.get(evaluation.allocation.id.value)
    return old ? [compareAllocations(old, evaluation)] : []
  })
  return {
    comparisons: paired.filter(hasChanges),
    unchanged: paired.filter((comparison) => !hasChanges(comparison)).map((comparison) => comparison.after),
    added: after.filter((evaluation) => !beforeById.has(evaluation.allocation.id.value)).map(describe),
    removed: before.filter((evaluation) => !afterIds.has(evaluation.allocation.id.value)).map(describe),
  }
}
