import { describe, expect, it } from 'vitest'
import { findSuppressions } from './find-suppressions.js'

describe('findSuppressions', () => {
  it('reads the rule ids, their spans, the reason and the line it silences', () => {
    const text = [
      'funds:',
      '  # fordela-disable-next-line sum/fund-not-spent -- rest fördelas i januari',
      '  - id: a',
      '',
    ].join('\n')
    // Line 2 starts at offset 7 ("funds:\n"); "#" is 2 further, at 9. "  # fordela-disable-next-line " is 30
    // characters, so the rule id runs from 7 + 30 = 37 to 37 + 18 = 55.
    expect(findSuppressions('plan.yaml', text)).toEqual([
      {
        file: 'plan.yaml',
        rules: [{ id: 'sum/fund-not-spent', span: [37, 55] }],
        reason: 'rest fördelas i januari',
        span: [9, 7 + text.split('\n')[1]!.length],
        targetLine: 3,
      },
    ])
  })

  it('takes several rules, skips stacked comments and blank lines, and notes a missing reason', () => {
    const text = [
      'a: 1',
      '# fordela-disable-next-line ref/unknown-party, sum/line-overspent',
      '# fordela-disable-next-line sum/x --   ',
      '',
      'b: 2',
    ].join('\n')
    const found = findSuppressions('plan.yml', text)
    expect(found.map((s) => [s.rules.map((r) => r.id), s.reason, s.targetLine])).toEqual([
      [['ref/unknown-party', 'sum/line-overspent'], '', 5],
      [['sum/x'], '', 5],
    ])
  })

  it('ignores the directive inside a block scalar, in a trailing comment and in other files', () => {
    const text = [
      'text: |',
      '  # fordela-disable-next-line sum/fund-not-spent -- i prosa',
      '  mer text',
      'a: 1 # fordela-disable-next-line sum/x -- y',
      '',
    ].join('\n')
    expect(findSuppressions('plan.yaml', text)).toEqual([])
    expect(findSuppressions('data.csv', '# fordela-disable-next-line sum/x -- y\n')).toEqual([])
  })

  it('does not take a longer word for the directive', () => {
    expect(findSuppressions('plan.yaml', '# fordela-disable-next-lines sum/x -- y\na: 1\n')).toEqual([])
  })
})
