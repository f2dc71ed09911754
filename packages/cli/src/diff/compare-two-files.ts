import { compareAllocations, type AllocationEvaluation, type ComparisonReport } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { evaluateSpec } from '../render/evaluate-spec.js'
import { locateSpec } from '../render/locate-spec.js'
import { requireAllocation } from '../render/require-allocation.js'
import { warnIfAmountsIncomplete } from '../render/warn-incomplete-amounts.js'

/** What `fordela diff <old> <new>` is given besides the two files. */
export interface TwoFileOptions {
  readonly lang?: Language
  readonly config?: string
}

/**
 * Compares two allocation specs, each evaluated in its own workspace (so
 * two years in different folders, or two checkouts, can be compared). A
 * file that is no allocation is a usage error; errors in a spec are
 * counted on stderr, and its amounts compared as far as they go.
 */
export async function compareTwoFiles(oldSpec: string, newSpec: string, options: TwoFileOptions, io: CliIo): Promise<ComparisonReport> {
  const before = await loadAllocation(oldSpec, options, io)
  const after = await loadAllocation(newSpec, options, io)
  return { comparisons: [compareAllocations(before, after)], added: [], removed: [] }
}

async function loadAllocation(spec: string, options: TwoFileOptions, io: CliIo): Promise<AllocationEvaluation> {
  const located = await locateSpec(spec, options, io.cwd)
  const lang = located.setup.lang
  const evaluated = await evaluateSpec(located, io.cwd)
  const evaluation = requireAllocation(evaluated, spec, lang)
  warnIfAmountsIncomplete(evaluated, spec, lang, io)
  return evaluation
}
