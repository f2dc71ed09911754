import { compareAllocations, type AllocationEvaluation } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { evaluateSpec } from '../render/evaluate-spec.js'
import { locateSpec } from '../render/locate-spec.js'
import { requireAllocation } from '../render/require-allocation.js'
import { warnIfAmountsIncomplete } from '../render/warn-incomplete-amounts.js'
import { classifyErrors } from '../render/classify-findings.js'
import type { CheckedComparison } from './compare-with-base.js'

/** What `fordela diff <old> <new>` is given besides the two files. */
export interface TwoFileOptions {
  readonly lang?: Language
  readonly config?: string
}

/**
 * Compares two allocation specs, each evaluated in its own workspace (so
 * two years in different folders, or two checkouts, can be compared). A
 * file that is no allocation is a usage error; errors in a spec are
 * counted on stderr and returned, and its amounts compared as far as they go.
 */
export async function compareTwoFiles(
  oldSpec: string,
  newSpec: string,
  options: TwoFileOptions,
  io: CliIo,
): Promise<CheckedComparison> {
  const before = await loadAllocation(oldSpec, options, io)
  const after = await loadAllocation(newSpec, options, io)
  const specErrors = [
    ...(before.errors > 0 ? [{ side: 'before' as const, file: oldSpec, errors: before.errors }] : []),
    ...(after.errors > 0 ? [{ side: 'after' as const, file: newSpec, errors: after.errors }] : []),
  ]
  return {
    report: { comparisons: [compareAllocations(before.evaluation, after.evaluation)], added: [], removed: [] },
    specErrors,
  }
}

async function loadAllocation(
  spec: string,
  options: TwoFileOptions,
  io: CliIo,
): Promise<{ readonly evaluation: AllocationEvaluation; readonly errors: number }> {
  const located = await locateSpec(spec, options, io.cwd)
  const lang = located.setup.lang
  const evaluated = await evaluateSpec(located, io.cwd)
  const evaluation = requireAllocation(evaluated, spec, lang)
  warnIfAmountsIncomplete(evaluated, spec, lang, io)
  const errors = classifyErrors(evaluated.findings, (file) => evaluated.workspace.documentByFile(file)?.kind).blocking
    .length
  return { evaluation, errors }
}
