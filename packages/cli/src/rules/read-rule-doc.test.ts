import { describe, expect, it } from 'vitest'
import { readRuleDoc } from './read-rule-doc.js'
import { ruleDocsUrl, rulePagePath } from './rule-docs-url.js'

describe('rulePagePath', () => {
  it('puts the Swedish page beside the English one, as <name>.sv.md', () => {
    expect(rulePagePath('sum/fund-not-spent', 'en')).toBe('sum/fund-not-spent.md')
    expect(rulePagePath('sum/fund-not-spent', 'sv')).toBe('sum/fund-not-spent.sv.md')
  })

  it('is what the web link points at', () => {
    expect(ruleDocsUrl('link/section-unlinked', 'sv')).toBe(
      'https://github.com/fordela/fordela/blob/main/docs/rules/link/section-unlinked.sv.md',
    )
    expect(ruleDocsUrl('link/section-unlinked', 'en')).toBe(
      'https://github.com/fordela/fordela/blob/main/docs/rules/link/section-unlinked.md',
    )
  })
})

describe('readRuleDoc', () => {
  it('reads the page in the language asked for from the checkout', () => {
    // The pages' third line states the default severity in their own language (docs/rules/README*.md).
    expect(readRuleDoc('sum/fund-not-spent', 'sv')?.split('\n')[2]).toBe('Standardallvarlighet: **fel**')
    expect(readRuleDoc('sum/fund-not-spent', 'en')?.split('\n')[2]).toBe('Default severity: **error**')
  })

  it('reads nothing for an id that is not category/name, so no path can leave docs/rules', () => {
    expect(readRuleDoc('../../package', 'en')).toBeUndefined()
    expect(readRuleDoc('sum/../../x', 'sv')).toBeUndefined()
    expect(readRuleDoc('sum/no-such-rule', 'sv')).toBeUndefined()
  })
})
