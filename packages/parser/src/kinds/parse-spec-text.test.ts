import { describe, expect, test } from 'vitest'
import { createLineIndex } from '../yaml/line-index.js'
import { looksLikeSpec, parseSpecText } from './parse-spec-text.js'

/** Parses `text` and shows each diagnostic as code, `line:col` and Swedish texts. */
function diagnose(text: string) {
  const lines = createLineIndex(text)
  const result = parseSpecText(text, 'test.yaml')
  return {
    built: result.document !== undefined,
    diagnostics: result.diagnostics.map((diagnostic) => {
      const { line, column } = lines.locate(diagnostic.span[0])
      return {
        code: diagnostic.code,
        at: `${line}:${column}`,
        message: diagnostic.message.sv,
        ...(diagnostic.suggestions ? { suggestions: diagnostic.suggestions } : {}),
      }
    }),
  }
}

const strategy = (header: string) => `${header}\nid: s\ntitle: S\nvision: V\ngoals: []\n`

describe('the header', () => {
  test('apiVersion fordela/v2 is not read', () => {
    // `apiVersion: ` is 12 characters, so the value starts at column 13.
    expect(diagnose(strategy('apiVersion: fordela/v2\nkind: Strategy'))).toEqual({
      built: false,
      diagnostics: [
        {
          code: 'schema/unsupported-api-version',
          at: '1:13',
          message: 'Språkversionen `fordela/v2` stöds inte; den här versionen av fordela läser `fordela/v1`.',
        },
      ],
    })
  })

  test('a misspelt kind suggests the closest kind', () => {
    // `kind: Alocation` on line 2; the value starts at column 7.
    expect(diagnose('apiVersion: fordela/v1\nkind: Alocation\n').diagnostics).toEqual([
      {
        code: 'schema/unknown-kind',
        at: '2:7',
        message:
          'Dokumentslaget `Alocation` finns inte; dokumentslagen är `Agreement`, `Allocation`, `Parties`, `Dataset`, `Strategy` och `ActionPlan`.',
        suggestions: ['Allocation'],
      },
    ])
  })

  test('the kind is suggested whatever its case', () => {
    expect(diagnose('apiVersion: fordela/v1\nkind: actionplan\n').diagnostics[0]?.suggestions).toEqual(['ActionPlan'])
    expect(diagnose('apiVersion: fordela/v1\nkind: Budget\n').diagnostics[0]?.suggestions).toBeUndefined()
  })

  test('a missing header is shown at the first key', () => {
    // Line 1 is a comment, so the first key `id` is on line 2.
    expect(diagnose('# en fil\nid: x\ntitle: X\n').diagnostics).toEqual([
      {
        code: 'schema/missing-header',
        at: '2:1',
        message: 'Filen saknar `apiVersion` och `kind`, så det går inte att veta vilket slags fördelningsspec den är.',
      },
    ])
    expect(diagnose('apiVersion: fordela/v1\nid: x\n').diagnostics[0]?.message).toBe(
      'Filen saknar `kind`, så det går inte att veta vilket slags fördelningsspec den är.',
    )
  })

  test('a file that is not a mapping has only the YAML finding', () => {
    expect(diagnose('- a\n- b\n').diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['syntax/not-a-mapping'])
  })
})

describe('parseSpecText', () => {
  test('builds a valid document', () => {
    const result = parseSpecText(strategy('apiVersion: fordela/v1\nkind: Strategy'), 'nationellt/strategi.yaml')
    expect(result.diagnostics).toEqual([])
    expect(result.document).toMatchObject({
      kind: 'Strategy',
      apiVersion: 'fordela/v1',
      file: 'nationellt/strategi.yaml',
      goals: [],
      subgoals: [],
    })
  })

  test('a schema error stops before the builder', () => {
    expect(diagnose(`${strategy('apiVersion: fordela/v1\nkind: Strategy')}goal: []\n`)).toMatchObject({
      built: false,
      diagnostics: [{ code: 'schema/unknown-key', at: '7:1', suggestions: ['goals'] }],
    })
  })

  test('YAML errors and schema errors are reported together', () => {
    const result = diagnose(`${strategy('apiVersion: fordela/v1\nkind: Strategy')}vision: W\n`)
    expect(result.built).toBe(false)
    // The second `vision` (line 7) is a duplicate key; the tree keeps the first and is still checked.
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.at])).toEqual([
      ['syntax/duplicate-key', '7:1'],
    ])
  })
})

describe('amount literals, reported where the reader can see them', () => {
  const allocation = (fund: string, extra = ''): string =>
    `apiVersion: fordela/v1\nkind: Allocation\nid: a\ntitle: A\nyear: 2025\nparties: ./p.yaml\nfunds:\n  - { id: f, ${fund} }\nsections: []\n${extra}`
  // "  - { id: f, amount: " is 21 characters: every literal below starts at 8:22.

  test.each([
    // YAML floats reach the literal rules (not schema/wrong-type), which say why they are no amount.
    ['amount: .inf', 'literal/ambiguous-amount'],
    ['amount: 1250000.5', 'literal/not-whole-kronor'],
    // 017 is 17 in YAML 1.2 and 15 (octal) in YAML 1.1: refused, not read as 17 kr.
    ['amount: 017', 'literal/ambiguous-amount'],
    ['amount: "017 000"', 'literal/ambiguous-amount'],
  ])('%s → %s', (fund, code) => {
    expect(diagnose(allocation(fund))).toEqual({
      built: false,
      diagnostics: [expect.objectContaining({ code, at: '8:22' })],
    })
  })

  test('a leading zero says why and what to write', () => {
    expect(diagnose(allocation('amount: 017')).diagnostics[0]?.message).toBe(
      'Beloppet "017" börjar med en nolla. YAML 1.2 läser 017 som 17 men YAML 1.1 och många andra verktyg som det oktala talet 15, så beloppet kan betyda olika saker.',
    )
  })

  test('are reported together with the schema errors, not held back until those are fixed', () => {
    // An unknown top-level key (line 10) is a schema error; the fund's 1.500.000 is still reported.
    const result = diagnose(allocation('amount: 1.500.000', 'fonder: []\n'))
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.at])).toEqual([
      ['literal/ambiguous-amount', '8:22'],
      ['schema/unknown-key', '10:1'],
    ])
  })
})

describe('looksLikeSpec', () => {
  test('finds a top-level fordela apiVersion line', () => {
    expect(
      looksLikeSpec(
        '# yaml-language-server: $schema=../../schemas/agreement.schema.json\napiVersion: fordela/v1\nkind: Agreement\n',
      ),
    ).toBe(true)
    expect(looksLikeSpec('\uFEFFapiVersion: "fordela/v2"\n')).toBe(true)
  })

  test('skips other YAML', () => {
    expect(looksLikeSpec('name: CI\non: [push]\n')).toBe(false)
    expect(looksLikeSpec('apiVersion: apps/v1\nkind: Deployment\n')).toBe(false)
    expect(looksLikeSpec('spec:\n  apiVersion: fordela/v1\n')).toBe(false)
  })
})
