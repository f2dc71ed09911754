import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public exports of @fordela/render-markdown', () => {
  expect(Object.keys(api).sort()).toEqual([
    'formatAmountInWords',
    'formatShareInWords',
    'heading',
    'inlineCode',
    'isShownInDraft',
    'link',
    'listDraftFindings',
    'markdownTree',
    'paragraph',
    'renderActionPlan',
    'renderAgreement',
    'renderAllocation',
    'renderDocument',
    'renderDraftNotice',
    'serializeMarkdown',
    'table',
    'tabulatePartyTotals',
    'text',
  ])
})
