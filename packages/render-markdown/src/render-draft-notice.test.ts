import { expect, test } from 'vitest'
import { renderDraftNotice } from './render-draft-notice.js'

test('a draft opens with a notice listing every error, escaped like the memo', () => {
  const markdown = renderDraftNotice([
    {
      place: 'fordelning.yaml:21:20',
      rule: 'prose/claim-not-supported',
      message: "'drygt 61 403 000 kronor' betyder ett belopp mellan 61 403 000 och 61 404 000 kr.",
    },
    { place: 'parter.yaml:30:17', rule: 'ref/unknown-unit', message: 'Enheten <b>*x*</b> finns inte.' },
  ])
  expect(markdown.split('\n')).toEqual([
    '> **Utkast — innehåller fel.** Specifikationen som underlaget bygger på har 2 fel. Underlaget ska inte användas som beslutsunderlag förrän felen är rättade (fordela lint visar dem):',
    '>',
    "> - fordelning.yaml:21:20: 'drygt 61 403 000 kronor' betyder ett belopp mellan 61 403 000 och 61 404 000 kr. (prose/claim-not-supported)",
    // Text from a spec never becomes HTML or emphasis.
    '> - parter.yaml:30:17: Enheten \\<b>\\*x\\*\\</b> finns inte. (ref/unknown-unit)',
    '',
  ])
})
