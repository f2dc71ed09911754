import { describe, expect, it } from 'vitest'
import { createLineIndex } from '../yaml/line-index.js'
import { parseSpecText } from './parse-spec-text.js'
import type { AllocationDocument } from '../model/documents.js'

const allocation = (extra: string): string => `apiVersion: fordela/v1
kind: Allocation
id: f
title: F
year: 2026
parties: ./parter.yaml
${extra}funds:
  - { id: a, amount: 100 }
sections:
  - id: s
    title: S
    fund: a
    steps: [{ lines: [{ to: region, rest: true }] }]
`

/** Each finding as `code line:col-line:col`. */
function findings(text: string): string[] {
  const lines = createLineIndex(text)
  return parseSpecText(text, 'f.yaml').diagnostics.map((d) => {
    const [start, end] = [lines.locate(d.span[0]), lines.locate(d.span[1])]
    return `${d.code} ${start.line}:${start.column}-${end.line}:${end.column}`
  })
}

describe('decision items and the memo layout', () => {
  it('reads items as text or { text, sections }, the lead-in and the layout', () => {
    const text = allocation(
      'decisionLead: Genom ordförandebeslut ställer sig organet bakom\ndecisions:\n  - sections: all\n    text: förslaget för 2026.\n  - sections: [s]\n    text: avsnittet.\n  - att medlen rekvireras.\nmemo: { order: [summary, decisions], sectionSummary: true, goalSummary: false }\n',
    )
    const parsed = parseSpecText(text, 'f.yaml')
    expect(parsed.diagnostics).toEqual([])
    const document = parsed.document as AllocationDocument
    expect(document.decisionLead?.value).toBe('Genom ordförandebeslut ställer sig organet bakom')
    expect(
      document.decisions.map((item) => [
        item.text.value,
        item.sections?.all !== undefined,
        item.sections?.ids.map((id) => id.value),
      ]),
    ).toEqual([
      ['förslaget för 2026.', true, []],
      ['avsnittet.', false, ['s']],
      ['att medlen rekvireras.', false, undefined],
    ])
    expect(document.memo?.order?.value).toEqual(['summary', 'decisions'])
    expect([document.memo?.sectionSummary?.value, document.memo?.goalSummary?.value]).toEqual([true, false])
  })

  it('refuses decisionLead beside decisionBody, at decisionLead', () => {
    // Line 8 is `decisionLead: …`: the key at columns 1–13.
    expect(findings(allocation('decisionBody: Organet\ndecisionLead: Organet ställer sig bakom\n'))).toEqual([
      'schema/conflicting-keys 8:1-8:13',
    ])
  })

  it('refuses sections: with a text other than all', () => {
    // Line 8 `  - sections: alla`: `alla` at columns 15–19.
    expect(findings(allocation('decisions:\n  - sections: alla\n    text: förslaget.\n'))).toEqual([
      'schema/invalid-value 8:15-8:19',
    ])
  })

  it('refuses a part named twice in memo.order, and an unknown part', () => {
    // Line 7 `memo: { order: [case, summary, case] }`: the second `case` at columns 32–36.
    expect(findings(allocation('memo: { order: [case, summary, case] }\n'))).toEqual(['schema/duplicate-id 7:32-7:36'])
    expect(findings(allocation('memo: { order: [arende] }\n'))[0]).toMatch(/^schema\/invalid-value 7:17-7:23$/)
  })
})
