import {
  createLineIndex,
  parseSpecText,
  type AllocationDocument,
  type Diagnostic,
  type Prose,
  type SourceRange,
} from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { parseProse } from './parse-prose.js'
import type { PlaceholderSegment } from './placeholder.js'

/** Reads an inline allocation and returns it with a function that writes a range as `line:col-line:col`. */
function readAllocation(text: string) {
  const parsed = parseSpecText(text, 'test.yaml')
  expect(parsed.diagnostics).toEqual([])
  const lines = createLineIndex(text)
  const where = (at: SourceRange): string => {
    const start = lines.locate(at.span[0])
    const end = lines.locate(at.span[1])
    return `${start.line}:${start.column}-${end.line}:${end.column}`
  }
  return { allocation: parsed.document as AllocationDocument, where }
}

function placeholders(prose: Prose | undefined, text: string | undefined): PlaceholderSegment[] {
  if (!prose) throw new Error('the test document lacks this prose field')
  const parsed = parseProse(prose, text)
  expect(parsed.diagnostics).toEqual([])
  return parsed.segments.flatMap((segment) => (segment.type === 'placeholder' ? [segment] : []))
}

// Columns below were counted by hand on these lines (1-based, end exclusive).
const VALID = `apiVersion: fordela/v1
kind: Allocation
id: test-2025
title: Test
year: 2025
parties: ./parter.yaml
summary: |
  Totalt {{ total | says "drygt 9 miljoner kronor" }} i år,
  varav {{ fund.strategi }} och {{ fund.strategi | kronor }}.
background: >-
  Fördelningen av {{ fund.extra
  | says "knappt 4 miljoner" }} följer.
decisions:
  - "att {{ section.strategi.party.vgr | tal }} går till \\"VGR\\" och {{ fund.strategi : fund.extra | says \\"2:1\\" }}"
funds:
  - id: strategi
    amount: 7 000 000
sections:
  - id: strategi
    title: Strategi
    fund: strategi
    steps:
      - lines:
          - { to: vgr, rest: true }
description: |
  Se {{ party.nsph
    | says "4 miljoner" }}.
`

describe('parseProse', () => {
  const { allocation, where } = readAllocation(VALID)

  it('cuts a literal block scalar into text and placeholders', () => {
    const parsed = parseProse(allocation.summary!, VALID)
    expect(parsed.segments.map((segment) => (segment.type === 'text' ? segment.text : segment.source))).toEqual([
      'Totalt ',
      '{{ total | says "drygt 9 miljoner kronor" }}',
      ' i år,\nvarav ',
      '{{ fund.strategi }}',
      ' och ',
      '{{ fund.strategi | kronor }}',
      '.\n',
    ])
  })

  it('points each placeholder, its id and its says-text at the exact source', () => {
    const [total, first, second] = placeholders(allocation.summary, VALID)
    // "  Totalt " is 9 columns; the placeholder is 44 characters long: 10 + 44 = 54.
    expect(where(total!.at)).toBe('8:10-8:54')
    expect(total!.expr.type).toBe('total')
    expect(where(total!.expr.at)).toBe('8:13-8:18')
    // `{{ total | says "` is 17 characters; the text is 23.
    expect(total!.says).toBe('drygt 9 miljoner kronor')
    expect(where(total!.saysAt!)).toBe('8:27-8:50')
    // The same first line twice: each finds its own occurrence.
    expect(where(first!.at)).toBe('9:9-9:28')
    expect(where(second!.at)).toBe('9:33-9:61')
    expect(second!.format).toBe('kronor')
    expect(second!.expr.type === 'fund' && where(second!.expr.fund.at)).toBe('9:41-9:49')
  })

  it('follows a placeholder across a folded line break', () => {
    const [extra] = placeholders(allocation.background, VALID)
    expect(extra!.source).toBe('{{ fund.extra | says "knappt 4 miljoner" }}')
    expect(where(extra!.at)).toBe('11:19-12:32')
    expect(where(extra!.saysAt!)).toBe('12:11-12:28')
  })

  it('follows a placeholder across a literal line break with extra indentation', () => {
    const [nsph] = placeholders(allocation.description, VALID)
    expect(nsph!.source).toBe('{{ party.nsph\n  | says "4 miljoner" }}')
    expect(where(nsph!.at)).toBe('26:6-27:27')
    expect(where(nsph!.saysAt!)).toBe('27:13-27:23')
  })

  it('maps escaped quotes of a double-quoted scalar', () => {
    const [share, ratio] = placeholders(allocation.decisions[0]?.text, VALID)
    expect(share!.expr).toMatchObject({ type: 'party', party: { value: 'vgr' }, section: { value: 'strategi' } })
    expect(share!.expr.type === 'party' && where(share!.expr.party.at)).toBe('14:36-14:39')
    expect(share!.expr.type === 'party' && where(share!.expr.section!.at)).toBe('14:21-14:29')
    expect(share!.format).toBe('tal')
    expect(ratio!.expr).toMatchObject({ type: 'ratio', left: { type: 'fund' }, right: { type: 'fund' } })
    expect(ratio!.says).toBe('2:1')
    // `\"2:1\"`: the text starts after the escaped quote (col 107 + 2) and ends at the next backslash.
    expect(where(ratio!.at)).toBe('14:70-14:117')
    expect(where(ratio!.saysAt!)).toBe('14:109-14:112')
  })

  it('falls back to the whole scalar without the file text', () => {
    const [total] = placeholders(allocation.summary, undefined)
    expect(total!.at).toEqual(allocation.summary!.at)
  })
})

// Each line below holds one broken placeholder; columns counted by hand.
const BROKEN = `apiVersion: fordela/v1
kind: Allocation
id: test-2025
title: Test
year: 2025
parties: ./parter.yaml
summary: |
  a {{ fund.x | euro }}
  b {{ total | says 'drygt 1' }}
  c {{ fund.a : fund.b }}
  d {{ year | tal }}
  e {{ totalt }}
  f {{ }}
  g {{ total | kr kronor }}
  h {{ total | }}
  i {{ year : total | says "1:1" }}
  j {{ total | says "drygt 1 }}
  k {{ total
funds:
  - id: strategi
    amount: 7 000 000
sections:
  - id: strategi
    title: Strategi
    fund: strategi
    steps:
      - lines:
          - { to: vgr, rest: true }
`

describe('parseProse on broken placeholders', () => {
  const { allocation, where } = readAllocation(BROKEN)
  const parsed = parseProse(allocation.summary!, BROKEN)
  const found = (diagnostic: Diagnostic) => [
    diagnostic.code,
    diagnostic.severity,
    where(diagnostic),
    diagnostic.message.en,
  ]

  it('reports each one at the part that is wrong', () => {
    expect(parsed.diagnostics.map(found)).toEqual([
      ['prose/invalid-placeholder', 'error', '8:17-8:21', "There is no format 'euro'."],
      [
        'prose/invalid-placeholder',
        'error',
        '9:21-9:30',
        `The text after says must be in straight double quotes ("…"), but here it is 'drygt 1'.`,
      ],
      [
        'prose/invalid-placeholder',
        'error',
        '10:8-10:23',
        'The ratio \'fund.a : fund.b\' can only be checked, not printed, so it needs says "a:b".',
      ],
      ['prose/invalid-placeholder', 'error', '11:15-11:18', "The year is printed as it is and cannot take 'tal'."],
      ['prose/invalid-placeholder', 'error', '12:8-12:14', "'totalt' is not a value a placeholder can show."],
      [
        'prose/invalid-placeholder',
        'error',
        '13:5-13:10',
        'The placeholder is empty: there is nothing between {{ and }}.',
      ],
      [
        'prose/invalid-placeholder',
        'error',
        '14:19-14:25',
        "'kronor' is not part of the placeholder, which ends after its format or quoted text.",
      ],
      ['prose/invalid-placeholder', 'error', '15:14-15:15', 'The | is followed by neither a format nor says.'],
      [
        'prose/invalid-placeholder',
        'error',
        '16:8-16:12',
        "A ratio compares two amounts, and 'year' is not an amount.",
      ],
      [
        'prose/invalid-placeholder',
        'error',
        '17:21-17:29',
        `The text after says must be in straight double quotes ("…"), but here it is "drygt 1.`,
      ],
      [
        'prose/invalid-placeholder',
        'error',
        '18:5-18:7',
        'The placeholder that starts with {{ is never closed with }}.',
      ],
    ])
  })

  it('keeps broken placeholders as text', () => {
    expect(parsed.segments).toEqual([{ type: 'text', text: allocation.summary!.value }])
  })

  it('gives a hint that lists what is allowed', () => {
    expect(parsed.diagnostics[0]!.hint?.sv).toBe(
      'Skriv ett av formaten kr, kronor, tal, ord eller says "…" efter |, eller ta bort |.',
    )
  })
})
