import { describe, expect, it } from 'vitest'
import { blocksRender } from './blocks-render.js'
import { catalog } from './catalog/index.js'

describe('blocksRender', () => {
  it('lets the memo show a claim the figures do not bear out, as a draft', () => {
    expect(blocksRender('prose/claim-not-supported', 'Allocation')).toBe(false)
    expect(blocksRender('prose/ratio-not-supported', 'Allocation')).toBe(false)
    expect(blocksRender('prose/unparsable-claim', 'Allocation')).toBe(false)
  })

  it('lets an agreement show a measure its dataset lacks, and nowhere else', () => {
    expect(blocksRender('data/missing-measure', 'Agreement')).toBe(false)
    // In the parties' dataset a missing measure leaves members without a weight: the memo's amounts would be wrong.
    expect(blocksRender('data/missing-measure', 'Parties')).toBe(true)
  })

  it('stops a render for any other error, an unknown rule, or a file that is no spec document', () => {
    expect(blocksRender('sum/fund-not-spent', 'Allocation')).toBe(true)
    expect(blocksRender('prose/claim-not-supported', 'ActionPlan')).toBe(true)
    expect(blocksRender('no/such-rule', 'Allocation')).toBe(true)
    expect(blocksRender('prose/claim-not-supported', undefined)).toBe(true)
  })

  it('is decided by the catalogue alone: exactly these four rules name kinds their errors are shown in', () => {
    const shown = Object.entries(catalog)
      .flatMap(([id, rule]) => ('shownInDraftIn' in rule ? [`${id} ${rule.shownInDraftIn.join(' ')}`] : []))
      .sort()
    expect(shown).toEqual([
      'data/missing-measure Agreement',
      'prose/claim-not-supported Allocation',
      'prose/ratio-not-supported Allocation',
      'prose/unparsable-claim Allocation',
    ])
  })
})
