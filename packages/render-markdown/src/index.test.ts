import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public exports of @fordela/render-markdown', () => {
  expect(Object.keys(api).sort()).toEqual([
    'formatAmountInWords',
    'formatShareInWords',
    'heading',
    'inlineCode',
    'link',
    'markdownTree',
    'paragraph',
    'renderActionPlan',
    'renderAgreement',
    'renderAllocation',
    'renderDocument',
    'serializeMarkdown',
    'table',
    'tabulatePartyTotals',
    'text',
  ])
})
