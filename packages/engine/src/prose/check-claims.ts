import type { Diagnostic } from '@fordela/parser'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'
import { checkPlaceholderClaim } from './check-claim.js'
import { listAllocationProse } from './list-allocation-prose.js'
import { parseProse } from './parse-prose.js'
import { resolvePlaceholder } from './resolve-placeholder.js'

/**
 * Checks the placeholders in every prose field of an allocation (see
 * {@link listAllocationProse}): that each can be read
 * (`prose/invalid-placeholder`), names a fund, section and party that exist
 * (`prose/unknown-placeholder`), and that its `says "…"` text holds for the
 * computed value (`prose/claim-not-supported`, `prose/unparsable-claim`,
 * `prose/ratio-not-supported`).
 *
 * @param texts file text by workspace-relative path, so findings point at the
 *   placeholder itself rather than the whole prose field.
 */
export function checkProseClaims(evaluation: AllocationEvaluation, texts: ReadonlyMap<string, string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const prose of listAllocationProse(evaluation.allocation)) {
    const parsed = parseProse(prose, texts.get(prose.at.file))
    diagnostics.push(...parsed.diagnostics)
    for (const segment of parsed.segments) {
      if (segment.type !== 'placeholder') continue
      const resolved = resolvePlaceholder(segment.expr, evaluation)
      diagnostics.push(...resolved.diagnostics)
      if (resolved.value) diagnostics.push(...checkPlaceholderClaim(segment, resolved.value))
    }
  }
  return diagnostics
}
