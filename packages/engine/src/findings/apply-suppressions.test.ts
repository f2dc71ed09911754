import type { Diagnostic } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { createLocator } from './create-locator.js'
import { applySuppressions } from './apply-suppressions.js'
import { findSuppressions } from './find-suppressions.js'

const text = [
  'funds:',
  '  # fordela-disable-next-line sum/fund-not-spent -- resten fördelas i januari',
  '  - id: a',
  '  # fordela-disable-next-line sum/fund-overspent -- gammal',
  '  - id: b',
  '  # fordela-disable-next-line ref/unknown-party',
  '  - id: c',
  '  # fordela-disable-next-line sum/fund-not-spnt -- stavfel',
  '  - id: d',
  '',
].join('\n')

const texts = new Map([['plan.yaml', text]])
const locate = createLocator(texts)

/** A finding of `code` at the first `needle`. */
function findingAt(code: string, needle: string): { diagnostic: Diagnostic; region: ReturnType<typeof locate> } {
  const start = text.indexOf(needle)
  const diagnostic: Diagnostic = {
    code,
    severity: 'error',
    message: { sv: 'fel', en: 'wrong' },
    file: 'plan.yaml',
    span: [start, start + needle.length],
  }
  return { diagnostic, region: locate('plan.yaml', diagnostic.span) }
}

describe('applySuppressions', () => {
  const findings = [
    findingAt('sum/fund-not-spent', 'id: a'),
    findingAt('ref/unknown-party', 'id: c'),
    findingAt('sum/fund-not-spent', 'id: d'),
  ]
  const outcome = applySuppressions(findings, findSuppressions('plan.yaml', text))

  it('silences the named rule on the next line only', () => {
    expect(outcome.suppressedCount).toBe(2)
    expect(outcome.kept.map((finding) => finding.region.start.line)).toEqual([9])
  })

  it('reports a missing reason, an unused rule and an unknown rule at the comment', () => {
    const problems = outcome.problems.map((problem) => [
      problem.code,
      locate(problem.file, problem.span).start,
      problem.message.en,
    ])
    expect(problems).toEqual([
      // Line 4 names sum/fund-overspent, but line 5 has no such finding. "  # fordela-disable-next-line " is 30 characters.
      [
        'suppression/unused',
        { line: 4, column: 31 },
        'The comment silences "sum/fund-overspent", but the next line has no such finding, so the exception is no longer needed.',
      ],
      // Line 6 has no "-- reason"; the comment starts at its "#", column 3.
      [
        'suppression/missing-reason',
        { line: 6, column: 3 },
        'The comment silences "ref/unknown-party" without saying why; an exception without a reason cannot be reviewed.',
      ],
      [
        'suppression/unknown-rule',
        { line: 8, column: 31 },
        'There is no rule "sum/fund-not-spnt", so the comment silences nothing. Did you mean "sum/fund-not-spent"?',
      ],
    ])
  })

  it('offers the closest rule id as a suggestion', () => {
    expect(outcome.problems[2]?.suggestions).toEqual(['sum/fund-not-spent'])
  })

  it('reports a comment that names no rule', () => {
    const bare = '# fordela-disable-next-line -- varför\na: 1\n'
    const result = applySuppressions([], findSuppressions('x.yaml', bare))
    expect(result.problems.map((problem) => [problem.code, problem.span, problem.message.sv])).toEqual([
      [
        'suppression/unknown-rule',
        [0, 37],
        'Kommentaren nämner ingen regel, så den tystar ingenting: den tystar bara de regler den nämner.',
      ],
    ])
  })
})
