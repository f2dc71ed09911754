import { describe, expect, test } from 'vitest'
import type { AllocationDocument, DatasetDocument } from '../model/documents.js'
import { createLineIndex } from '../yaml/line-index.js'
import { parseSpecText } from './parse-spec-text.js'

/** Parses `lines` and shows each diagnostic as code, `line:col`, Swedish message and related `line:col`s. */
function diagnose(lines: readonly string[]) {
  const text = `${lines.join('\n')}\n`
  const index = createLineIndex(text)
  const at = (offset: number) => {
    const { line, column } = index.locate(offset)
    return `${line}:${column}`
  }
  const result = parseSpecText(text, 'test.yaml')
  return {
    document: result.document,
    diagnostics: result.diagnostics.map((diagnostic) => ({
      code: diagnostic.code,
      at: at(diagnostic.span[0]),
      message: diagnostic.message.sv,
      ...(diagnostic.related ? { related: diagnostic.related.map((related) => at(related.span[0])) } : {}),
    })),
  }
}

const header = (kind: string) => ['apiVersion: fordela/v1', `kind: ${kind}`, 'id: test', 'title: Test']

describe('duplicate ids', () => {
  test('two funds with one id; a section may share it', () => {
    const result = diagnose([
      ...header('Allocation'),
      'year: 2025',
      'parties: ./parter.yaml',
      'funds:',
      '  - { id: fond, amount: 100 }',
      '  - { id: fond, amount: 200 }',
      'sections:',
      '  - { id: fond, title: T, fund: fond, steps: [{ lines: [{ to: vgr, rest: true }] }] }',
    ])
    // `  - { id: fond` — the id value starts at column 11 on lines 8 and 9.
    expect(result).toEqual({
      document: undefined,
      diagnostics: [
        {
          code: 'schema/duplicate-id',
          at: '9:11',
          message: 'Id `fond` används redan av en fond tidigare i dokumentet, så en hänvisning till det vore tvetydig.',
          related: ['8:11'],
        },
      ],
    })
  })

  test('a party and a group member share one namespace', () => {
    const result = diagnose([
      ...header('Parties'),
      'county: { code: "14", name: Västra Götalands län }',
      'groups:',
      '  - id: vgr',
      '    name: Grupp',
      '    members:',
      '      - { id: a, name: A }',
      '      - { id: vgr, name: B }',
      'parties:',
      '  - { id: a, name: C }',
    ])
    // Document order: group `vgr` (7:9), member `a` (10:15), member `vgr` (11:15), party `a` (13:11).
    expect(result.diagnostics).toEqual([
      {
        code: 'schema/duplicate-id',
        at: '11:15',
        message: expect.stringContaining('en part, grupp eller medlem'),
        related: ['7:9'],
      },
      { code: 'schema/duplicate-id', at: '13:11', message: expect.stringContaining('Id `a`'), related: ['10:15'] },
    ])
  })

  test('two columns and two areas of an agreement', () => {
    const result = diagnose([
      ...header('Agreement'),
      'year: 2025',
      'columns:',
      '  - { id: lan, title: Län }',
      '  - { id: lan, title: Län igen }',
      'areas:',
      '  - { id: a, title: A, cells: { lan: { amount: 1 } } }',
      '  - { id: a, title: B, cells: {} }',
    ])
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.at, diagnostic.related])).toEqual([
      ['schema/duplicate-id', '8:11', ['7:11']],
      ['schema/duplicate-id', '11:11', ['10:11']],
    ])
  })

  test('goals of different areas of an action plan', () => {
    const result = diagnose([
      ...header('ActionPlan'),
      'year: 2026',
      'areas:',
      '  - { id: a, title: A, goals: [{ id: mal, text: Ett }] }',
      '  - { id: b, title: B, goals: [{ id: mal, text: Två }] }',
    ])
    // `  - { id: a, title: A, goals: [{ id: ` is 2 + 2 + 2 + 7 + 10 + 7 + 3 + 4 = 37 characters.
    expect(result.diagnostics.map((diagnostic) => [diagnostic.at, diagnostic.related])).toEqual([['8:38', ['7:38']]])
  })
})

describe('literals', () => {
  test('a bad amount and a share above 1 are both reported, and no document is built', () => {
    const result = diagnose([
      ...header('Allocation'),
      'year: 2025',
      'parties: ./parter.yaml',
      'funds:',
      '  - id: fond',
      '    amount: 1.500.000',
      'sections:',
      '  - id: s',
      '    title: S',
      '    fund: fond',
      '    steps:',
      '      - lines:',
      '          - { to: vgr, share: 4/3 }',
    ])
    expect(result.document).toBeUndefined()
    // `    amount: ` is 12 characters; `          - { to: vgr, share: ` is 30.
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.at])).toEqual([
      ['literal/ambiguous-amount', '9:13'],
      ['literal/share-out-of-range', '16:31'],
    ])
  })

  test('an amount past 2^53 passes the schema and is read exactly', () => {
    const result = diagnose([
      ...header('Allocation'),
      'year: 2025',
      'parties: ./parter.yaml',
      'funds: [{ id: fond, amount: 1000000000000000 }]',
      'sections: []',
    ])
    expect(result.diagnostics).toEqual([])
    const document = result.document as AllocationDocument
    // 10^15, the largest amount allowed, read from its text.
    expect(document.funds[0]?.amount?.value.toFixed()).toBe('1000000000000000')
  })

  test('dataset weights are exact, `..` is left out and an exponent is refused', () => {
    const lines = [
      ...header('Dataset'),
      'unitKind: lan',
      'referenceDate: 2023-12-31',
      'source: { publisher: SCB }',
      'measures: [{ id: folkmangd }, { id: andel }]',
      'units:',
      '  - { id: "01", name: Stockholms län, values: { folkmangd: "2 454 821", andel: 0.125 } }',
      '  - { id: "03", name: Uppsala län, values: { folkmangd: "..", andel: 1e-1 } }',
    ]
    const refused = diagnose(lines)
    // Line 11; `  - { id: "03", name: Uppsala län, values: { folkmangd: "..", andel: ` is 6 + 10 + 19 + 10 + 17 + 7 = 69 characters.
    expect(refused.diagnostics).toEqual([
      {
        code: 'schema/invalid-value',
        at: '11:70',
        message: 'Värdet `1e-1` är inte tillåtet för `units[1].values.andel`.',
      },
    ])
    const accepted = diagnose([
      ...lines.slice(0, -1),
      '  - { id: "03", name: Uppsala län, values: { folkmangd: "..", andel: 0.1 } }',
    ])
    const document = accepted.document as DatasetDocument
    const values = document.units.map((unit) => [
      unit.id.value,
      [...unit.values].map(([measure, value]) => `${measure}=${value.value.toString()}`),
    ])
    // "2 454 821" → 2454821; 0.125 → 1/8; 0.1 → 1/10; ".." → no value.
    expect(values).toEqual([
      ['01', ['folkmangd=2454821', 'andel=1/8']],
      ['03', ['andel=1/10']],
    ])
  })
})
