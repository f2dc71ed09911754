import { expect, test } from 'vitest'
import * as api from './index.js'

test('the public exports of @fordela/render-markdown', () => {
  expect(Object.keys(api).sort()).toEqual([
    'defineMessages',
    'formatAmountInWords',
    'formatShareInWords',
    'heading',
    'inlineCode',
    'isShownInDraft',
    'link',
    'listDraftFindings',
    'markdownTree',
    'messages',
    'paragraph',
    'renderActionPlan',
    'renderAgreement',
    'renderAllocation',
    'renderDocument',
    'renderDraftNotice',
    'say',
    'sayBoth',
    'serializeMarkdown',
    'table',
    'tabulatePartyTotals',
    'text',
  ])
})
