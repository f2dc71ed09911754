import { describe, expect, it } from 'vitest'
import { renderFindingsSummary } from './render-findings-summary.js'

describe('renderFindingsSummary', () => {
  it('writes the heading, a row per finding and the notes, in the language asked for', () => {
    const finding = {
      severity: 'error',
      place: 'vg/a.yaml:4:9',
      rule: 'sum/fund-not-spent',
      ruleUrl: 'https://example.org/sum/fund-not-spent.md',
      message: 'Fund "strategi" has 2 000 000 kr left.',
    }
    expect(
      renderFindingsSummary({
        title: '✖ 1 problem (1 error, 0 warnings)',
        findings: [finding],
        notes: ['(Also: 1 hidden by the baseline.)'],
        lang: 'en',
      }),
    ).toBe(
      [
        '### fordela lint: ✖ 1 problem (1 error, 0 warnings)',
        '',
        '| Severity | Location | Rule | Message |',
        '| - | - | - | - |',
        '| error | `vg/a.yaml:4:9` | [`sum/fund-not-spent`](https://example.org/sum/fund-not-spent.md) | Fund "strategi" has 2 000 000 kr left. |',
        '',
        '(Also: 1 hidden by the baseline.)',
        '',
        '',
      ].join('\n'),
    )
  })

  it('writes no table when nothing was found', () => {
    expect(renderFindingsSummary({ title: '✔ Inga problem i 2 filer.', findings: [], notes: [], lang: 'sv' })).toBe(
      '### fordela lint: ✔ Inga problem i 2 filer.\n\n',
    )
  })
})
