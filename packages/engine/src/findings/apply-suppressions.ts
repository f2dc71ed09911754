import { catalog, createDiagnostic, suggestClosest, type Diagnostic } from '@fordela/parser'
import type { Region } from './reported-finding.js'
import type { Suppression } from './find-suppressions.js'

/** A finding with the line and column it starts at. */
export interface LocatedDiagnostic {
  readonly diagnostic: Diagnostic
  readonly region: Region
}

/** What the suppression comments did. */
export interface SuppressionOutcome {
  /** The findings no comment silenced. */
  readonly kept: readonly LocatedDiagnostic[]
  readonly suppressedCount: number
  /** New findings about the comments themselves: no reason, an unknown rule, nothing silenced. */
  readonly problems: readonly Diagnostic[]
}

/**
 * Silences each finding whose rule a comment on the line above names. A
 * comment without a reason still silences (so the one thing to fix is the
 * missing reason) but is itself an error; a named rule that silenced
 * nothing on its line is reported as unused, one that does not exist as
 * unknown.
 */
export function applySuppressions(
  findings: readonly LocatedDiagnostic[],
  suppressions: readonly Suppression[],
): SuppressionOutcome {
  const used = new Set<string>()
  const byPlace = new Map<string, Suppression[]>()
  for (const suppression of suppressions) {
    const key = `${suppression.file}\u0000${suppression.targetLine}`
    byPlace.set(key, [...(byPlace.get(key) ?? []), suppression])
  }
  const kept = findings.filter((finding) => {
    const { file, code } = finding.diagnostic
    const candidates = byPlace.get(`${file}\u0000${finding.region.start.line}`) ?? []
    const match = candidates.flatMap((s) => s.rules.map((rule) => ({ s, rule }))).find(({ rule }) => rule.id === code)
    if (!match) return true
    used.add(`${file}\u0000${match.rule.span[0]}`)
    return false
  })
  return { kept, suppressedCount: findings.length - kept.length, problems: reportProblems(suppressions, used) }
}

/** The findings about the comments: missing reasons, unknown rules, unused rules. */
function reportProblems(suppressions: readonly Suppression[], used: ReadonlySet<string>): Diagnostic[] {
  const known = Object.keys(catalog)
  const problems: Diagnostic[] = []
  for (const suppression of suppressions) {
    const { file } = suppression
    if (suppression.rules.length === 0) {
      problems.push(
        createDiagnostic('suppression/unknown-rule', { rule: '', suggestion: '' }, { file, span: suppression.span }),
      )
      continue
    }
    if (suppression.reason === '') {
      const rule = suppression.rules.map((r) => r.id).join(', ')
      problems.push(createDiagnostic('suppression/missing-reason', { rule }, { file, span: suppression.span }))
    }
    for (const rule of suppression.rules) {
      const at = { file, span: rule.span }
      if (!known.includes(rule.id)) {
        const suggestion = suggestClosest(rule.id, known)[0] ?? ''
        problems.push(
          createDiagnostic(
            'suppression/unknown-rule',
            { rule: rule.id, suggestion },
            at,
            suggestion ? { suggestions: [suggestion] } : {},
          ),
        )
      } else if (!used.has(`${file}\u0000${rule.span[0]}`)) {
        problems.push(createDiagnostic('suppression/unused', { rule: rule.id }, at))
      }
    }
  }
  return problems
}
