import { describe, expect, test } from 'vitest'
import type { DocumentKind } from '../model/documents.js'
import { createLineIndex } from '../yaml/line-index.js'
import { loadYaml } from '../yaml/load-yaml.js'
import { validateDocument } from './validate-document.js'

/** Validates `text` as `kind` and shows each diagnostic with its Swedish texts and `line:col-line:col` range. */
function check(text: string, kind: DocumentKind = 'Allocation') {
  const { root, diagnostics } = loadYaml(text, 'test.yaml')
  expect(diagnostics).toEqual([])
  const lines = createLineIndex(text)
  const range = (span: readonly [number, number]) => {
    const start = lines.locate(span[0])
    const end = lines.locate(span[1])
    return `${start.line}:${start.column}-${end.line}:${end.column}`
  }
  return validateDocument(kind, root!, 'test.yaml').map((diagnostic) => ({
    code: diagnostic.code,
    at: range(diagnostic.span),
    message: diagnostic.message.sv,
    hint: diagnostic.hint?.sv,
    ...(diagnostic.suggestions ? { suggestions: diagnostic.suggestions } : {}),
    ...(diagnostic.related ? { related: diagnostic.related.map((related) => range(related.span)) } : {}),
  }))
}

// A valid allocation; each test changes one line. Line numbers are 1-based:
// 7 `funds:`, 8 `  - id: fond`, 11 `  - id: avsnitt`, 16 `          - to: vgr`, 17 `            rest: true`.
const allocation = (lines: { readonly [line: number]: string | null } = {}, extra = ''): string =>
  `${[
    'apiVersion: fordela/v1',
    'kind: Allocation',
    'id: test',
    'title: Test',
    'year: 2025',
    'parties: ./parter.yaml',
    'funds:',
    '  - id: fond',
    '    amount: 100',
    'sections:',
    '  - id: avsnitt',
    '    title: Avsnitt',
    '    fund: fond',
    '    steps:',
    '      - lines:',
    '          - to: vgr',
    '            rest: true',
  ]
    .map((text, index) => (index + 1 in lines ? lines[index + 1] : text))
    .filter((text): text is string => text !== null)
    .join('\n')}\n${extra}`

describe('validateDocument', () => {
  test('accepts a valid document', () => {
    expect(check(allocation())).toEqual([])
  })

  test('an unknown key is one diagnostic, at the key, with the closest allowed key', () => {
    // `            ammount: 5`: 12 spaces, the key in columns 13–19.
    expect(check(allocation({ 17: '            ammount: 5' }))).toEqual([
      {
        code: 'schema/unknown-key',
        at: '17:13-17:20',
        message:
          'Nyckeln `ammount` är inte tillåten i `sections[0].steps[0].lines[0]`, så dess värde skulle inte användas.',
        hint: 'Menade du `amount`? Tillåtna nycklar här: `to`, `amount`, `each`, `share`, `rest`, `fund`, `split`, `how`, `purpose`, `lines` och `id`.',
        suggestions: ['amount'],
      },
    ])
  })

  test('an amount with a decimal comma inside { } says how YAML split it, at the amount and the key', () => {
    // `          - { to: vgr, amount: 2,5 mnkr }`: 31 characters before the value `2` (column 32); the key `5 mnkr` ends before column 40.
    const found = check(allocation({ 16: '          - { to: vgr, amount: 2,5 mnkr }', 17: null }))
    expect(found).toEqual([
      {
        code: 'literal/comma-split-amount',
        at: '16:32-16:40',
        message:
          'Inom { } skiljer kommatecknet nycklar åt, så `amount: 2,5 mnkr` läses som `amount: 2` och en nyckel `5 mnkr`; beloppet blir fel.',
        hint: 'Sätt beloppet inom citattecken, `amount: "2,5 mnkr"`, eller skriv raden i blockstil, en nyckel per rad, där 2,5 mnkr fungerar utan citattecken.',
      },
    ])
    // Quoted, or in block style, the same amount is one value and no key is unknown.
    expect(check(allocation({ 16: '          - { to: vgr, amount: "2,5 mnkr" }', 17: null }))).toEqual([])
    expect(check(allocation({ 17: '            amount: 2,5 mnkr' }))).toEqual([])
  })

  test('a misspelt required key is reported as unknown only, not also as missing', () => {
    // `    fnud: fond`: the key at columns 5–8 of line 13.
    expect(
      check(allocation({ 13: '    fnud: fond' })).map((diagnostic) => [
        diagnostic.code,
        diagnostic.at,
        diagnostic.suggestions,
      ]),
    ).toEqual([['schema/unknown-key', '13:5-13:9', ['fund']]])
  })

  test('an unknown key with nothing close lists the allowed keys only', () => {
    const [diagnostic] = check(allocation({}, 'colour: blue\n'))
    // Line 18 is the extra line; `colour` is columns 1–6.
    expect(diagnostic).toEqual({
      code: 'schema/unknown-key',
      at: '18:1-18:7',
      message: 'Nyckeln `colour` är inte tillåten i dokumentets översta nivå, så dess värde skulle inte användas.',
      hint: 'Tillåtna nycklar här: `apiVersion`, `kind`, `id`, `title`, `description`, `documentTitle`, `year`, `county`, `parties`, `agreement`, `strategy`, `previous`, `rounding`, `decisionBody`, `decisionLead`, `decisions`, `memo`, `summary`, `background`, `funds`, `sections` och `signatories`.',
    })
  })

  test('a missing key is shown at the first key of its mapping', () => {
    // Without line 13 the section lacks `fund`; its first key `id` is at 11:5.
    expect(check(allocation({ 13: null }))).toEqual([
      {
        code: 'schema/missing-key',
        at: '11:5-11:7',
        message: '`sections[0]` saknar nyckeln `fund`, som måste finnas.',
        hint: 'Lägg till `fund` med ett värde.',
      },
    ])
  })

  test('a wrong type says what was expected and what was found', () => {
    // `year: "2025"`: the quoted value is columns 7–12.
    expect(check(allocation({ 5: 'year: "2025"' }))).toEqual([
      {
        code: 'schema/wrong-type',
        at: '5:7-5:13',
        message: '`year` ska vara ett heltal, men är en text.',
        hint: 'Skriv talet utan citattecken.',
      },
    ])
    // `          - to: [vgr]` — a list where a text belongs.
    expect(check(allocation({ 16: '          - to: [vgr]' }))[0]).toMatchObject({
      at: '16:17-16:22',
      message: '`sections[0].steps[0].lines[0].to` ska vara en text, men är en lista.',
    })
  })

  test('an empty value is a wrong type shown at its key', () => {
    // `funds:` and nothing: null has no width, so the key (7:1–7:6) is shown.
    expect(check(allocation({ 8: null, 9: null }))).toEqual([
      {
        code: 'schema/wrong-type',
        at: '7:1-7:6',
        message: '`funds` ska vara en lista, men är tomt.',
        hint: 'Skriv en lista: en rad per punkt som börjar med `- `, eller `[a, b]`.',
      },
    ])
  })

  test('a value outside an enum lists the allowed values', () => {
    expect(check(allocation({}, 'rounding: halfup\n'))).toEqual([
      {
        code: 'schema/invalid-value',
        at: '18:11-18:17',
        message: 'Värdet `halfup` är inte tillåtet för `rounding`.',
        hint: 'Skriv ett av `largest-remainder`, `half-up` eller `floor`.',
      },
    ])
  })

  test('a year outside 2000–2100 is refused, even one past 2^53', () => {
    expect(check(allocation({ 5: 'year: 1999' }))).toEqual([
      {
        code: 'schema/invalid-value',
        at: '5:7-5:11',
        message: 'Värdet `1999` är inte tillåtet för `year`.',
        hint: 'Skriv minst 2000.',
      },
    ])
    expect(check(allocation({ 5: 'year: 20250000000000000000' }))).toEqual([
      {
        code: 'schema/invalid-value',
        at: '5:7-5:27',
        message: 'Värdet `20250000000000000000` är inte tillåtet för `year`.',
        hint: 'Skriv högst 2100.',
      },
    ])
  })

  test('rest must be true', () => {
    expect(check(allocation({ 17: '            rest: false' }))).toEqual([
      {
        code: 'schema/invalid-value',
        at: '17:19-17:24',
        message: 'Värdet `false` är inte tillåtet för `sections[0].steps[0].lines[0].rest`.',
        hint: 'Skriv `true`.',
      },
    ])
  })

  test('an id with capitals and spaces is invalid, with an id-like suggestion', () => {
    expect(check(allocation({ 8: '  - id: Fond Ett', 13: '    fund: fond-ett' }))).toEqual([
      {
        code: 'schema/invalid-id',
        at: '8:9-8:17',
        message:
          '`Fond Ett` i `funds[0].id` är inte ett giltigt id: ett id har bara små bokstäver a–z, siffror och bindestreck, och börjar med en bokstav eller siffra.',
        hint: 'Skriv till exempel `fond-ett`.',
        suggestions: ['fond-ett'],
      },
    ])
  })

  test('an empty text is its own finding', () => {
    expect(check(allocation({ 4: 'title: ""' }))).toEqual([
      {
        code: 'schema/empty-value',
        at: '4:8-4:10',
        message: '`title` är tom.',
        hint: 'Skriv en text, eller ta bort nyckeln om den inte behövs.',
      },
    ])
  })

  test('two quantities on one line are one diagnostic at the second, related to the first', () => {
    expect(check(allocation({}, '            amount: 5\n'))).toEqual([
      {
        code: 'schema/conflicting-keys',
        at: '18:13-18:19',
        message:
          '`sections[0].steps[0].lines[0]` har både `rest` och `amount`, men får ha bara en av `amount`, `each`, `share` eller `rest`.',
        hint: 'Behåll den nyckel som säger vad som menas och ta bort de andra, eller dela upp i flera.',
        related: ['17:13-17:17'],
      },
    ])
  })

  test('a line with no quantity is one missing-key diagnostic naming all four', () => {
    // Line 16 `          - to: vgr`: the key `to` is at columns 13–14.
    expect(check(allocation({ 17: null }))).toEqual([
      {
        code: 'schema/missing-key',
        at: '16:13-16:15',
        message:
          '`sections[0].steps[0].lines[0]` saknar en av nycklarna `amount`, `each`, `share` eller `rest`, som måste finnas.',
        hint: 'Lägg till `amount`, `each`, `share` eller `rest` med ett värde.',
      },
    ])
  })

  test('a fund with neither amount, from nor derived', () => {
    expect(check(allocation({ 9: null }))).toEqual([
      {
        code: 'schema/missing-key',
        at: '8:5-8:7',
        message: '`funds[0]` saknar en av nycklarna `amount`, `from` eller `derived`, som måste finnas.',
        hint: 'Lägg till `amount`, `from` eller `derived` med ett värde.',
      },
    ])
  })

  test('messages are in English too', () => {
    const { root } = loadYaml(allocation({ 5: 'year: "2025"' }), 'test.yaml')
    const [diagnostic] = validateDocument('Allocation', root!, 'test.yaml')
    expect(diagnostic?.message.en).toBe('`year` must be a whole number, but is a text.')
    expect(diagnostic?.hint?.en).toBe('Write the number without quotes.')
  })

  test('agreement: a cell key that is not an id, and except without each', () => {
    const text = [
      'apiVersion: fordela/v1',
      'kind: Agreement',
      'id: a',
      'title: A',
      'year: 2025',
      'columns:',
      '  - id: lan',
      '    title: Län',
      'areas:',
      '  - id: omrade',
      '    title: Område',
      '    cells:',
      '      Lan:',
      '        amount: 100',
      '        rules:',
      '          - rest: { by: folkmangd }',
      '            except: { "01": 5 }',
      '',
    ].join('\n')
    expect(check(text, 'Agreement')).toEqual([
      {
        code: 'schema/invalid-id',
        // `      Lan:` — the key at columns 7–9.
        at: '13:7-13:10',
        message:
          '`Lan` i `areas[0].cells.Lan` är inte ett giltigt id: ett id har bara små bokstäver a–z, siffror och bindestreck, och börjar med en bokstav eller siffra.',
        hint: 'Skriv till exempel `lan`.',
        suggestions: ['lan'],
      },
      {
        code: 'schema/missing-key',
        // `            except:` — 12 spaces, the key at columns 13–18.
        at: '17:13-17:19',
        message: '`areas[0].cells.Lan.rules[0]` saknar nyckeln `each`, som måste finnas.',
        hint: 'Lägg till `each` med ett värde.',
      },
    ])
  })

  test('dataset: units and csv together, a bad date and a negative row count', () => {
    const text = [
      'apiVersion: fordela/v1',
      'kind: Dataset',
      'id: d',
      'title: D',
      'unitKind: lan',
      'referenceDate: 2025-13',
      'source: { publisher: SCB }',
      'measures: [{ id: folkmangd }]',
      'units:',
      '  - { id: "01", name: Stockholms län, values: { folkmangd: "2 454 821" } }',
      'csv: { path: x.csv, unit: kod, measures: { folkmangd: folkmangd }, skipRows: -1 }',
      '',
    ].join('\n')
    expect(check(text, 'Dataset')).toEqual([
      {
        code: 'schema/invalid-value',
        // `referenceDate: ` is 15 characters.
        at: '6:16-6:23',
        message: 'Värdet `2025-13` är inte tillåtet för `referenceDate`.',
        hint: 'Skriv ett datum på formen ÅÅÅÅ-MM-DD, till exempel 2025-09-30.',
      },
      {
        code: 'schema/conflicting-keys',
        at: '11:1-11:4',
        message: 'Dokumentets översta nivå har både `units` och `csv`, men får ha bara en av `units` eller `csv`.',
        hint: 'Behåll den nyckel som säger vad som menas och ta bort de andra, eller dela upp i flera.',
        related: ['9:1-9:6'],
      },
      {
        code: 'schema/invalid-value',
        // "csv: { " 7 + "path: x.csv, " 13 + "unit: kod, " 11 + "measures: { folkmangd: folkmangd }, " 36 + "skipRows: " 10 = 77.
        at: '11:78-11:80',
        message: 'Värdet `-1` är inte tillåtet för `csv.skipRows`.',
        hint: 'Skriv minst 0.',
      },
    ])
  })
})
