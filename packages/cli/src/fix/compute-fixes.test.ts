import { describe, expect, it } from 'vitest'
import { computeFixes } from './compute-fixes.js'
import { applyTextEdits } from './text-edit.js'

const TEXT = `lines:
  - to: vgr
    amont: 1 000 000 # kommentar
  - { to: nsph, "amont": 5 }
  - to: x
    amont: 1
    amount: 2
`

/** The span of the n-th (0-based) occurrence of `word` in the text. */
function spanOf(word: string, occurrence = 0): [number, number] {
  let start = -1
  for (let index = 0; index <= occurrence; index += 1) start = TEXT.indexOf(word, start + 1)
  return [start, start + word.length]
}

describe('computeFixes', () => {
  it('renames a key with one suggestion, keeping its quotes, its value and its comment', () => {
    const findings = [
      { code: 'schema/unknown-key', file: 'a.yaml', span: spanOf('amont'), suggestions: ['amount'] },
      { code: 'schema/unknown-key', file: 'a.yaml', span: spanOf('"amont"'), suggestions: ['amount'] },
    ]
    const { text } = applyTextEdits(TEXT, computeFixes('a.yaml', TEXT, findings))
    expect(text.split('\n').slice(2, 4)).toEqual(['    amount: 1 000 000 # kommentar', '  - { to: nsph, "amount": 5 }'])
  })

  it('fixes nothing when there are several suggestions or the mapping has the key already', () => {
    const several = {
      code: 'schema/unknown-key',
      file: 'a.yaml',
      span: spanOf('amont'),
      suggestions: ['amount', 'among'],
    }
    // The third `amont` (the third line item) sits beside an `amount`: renaming it would duplicate the key.
    const taken = { code: 'schema/unknown-key', file: 'a.yaml', span: spanOf('amont', 2), suggestions: ['amount'] }
    expect(computeFixes('a.yaml', TEXT, [several, taken])).toEqual([])
  })

  it('ignores rules it cannot fix and findings in other files', () => {
    const other = { code: 'sum/fund-not-spent', file: 'a.yaml', span: spanOf('vgr') }
    const elsewhere = { code: 'schema/unknown-key', file: 'b.yaml', span: spanOf('amont'), suggestions: ['amount'] }
    expect(computeFixes('a.yaml', TEXT, [other, elsewhere])).toEqual([])
  })
})
