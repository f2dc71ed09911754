import { describe, expect, test } from 'vitest'
import { createLineIndex, loadYaml, parseSpecText, type Diagnostic } from '../../src/index.js'

/** Each finding as `code line:column-line:column`. */
function locate(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = createLineIndex(text)
  const at = (offset: number) => `${lines.locate(offset).line}:${lines.locate(offset).column}`
  return diagnostics.map((d) => `${d.code} ${at(d.span[0])}-${at(d.span[1])}`)
}

/** An allocation of one fund of `amount`: 2 kr to a, a third to b, then the rest to b. */
const allocation = (amount: string): string =>
  `apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: X\nyear: 2025\nparties: ./p.yaml\nfunds:\n  - { id: f, amount: ${amount} }\n` +
  'sections:\n  - id: s\n    title: S\n    fund: f\n    steps:\n      - lines:\n          - { to: a, amount: 2 }\n          - { to: b, share: 1/3 }\n      - lines:\n          - { to: b, rest: true }\n'

describe('regressions the hostile corpus found in the parser', () => {
  test('a quote left open at the very end is placed at the end of the text, never past it', () => {
    // yaml points at [9, 10] for the missing quote, one past the 9 characters.
    const text = 'a: "open\n'
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    expect(diagnostics.map((d) => [d.code, ...d.span])).toEqual([['yaml/missing-char', 9, 9]])
  })

  test('an integer too long for a double is refused as too large an amount, not as "not a whole number"', () => {
    // 400 digits: Number() of it is Infinity, which JSON Schema's integer check refused with a contradictory message.
    const text = allocation('1'.repeat(400))
    const { diagnostics } = parseSpecText(text, 'x.yaml')
    // "  - { id: f, amount: " is 21 characters: the literal starts at column 22 of line 8 and ends at 422.
    expect(locate(text, diagnostics)).toEqual(['literal/amount-too-large 8:22-8:422'])
  })

  test('10^23 is refused at its position: past the ceiling of 10^15 kr no grant reaches', () => {
    const text = allocation('100000000000000000000001')
    const { document, diagnostics } = parseSpecText(text, 'x.yaml')
    // 24 digits from column 22.
    expect(locate(text, diagnostics)).toEqual(['literal/amount-too-large 8:22-8:46'])
    expect(diagnostics[0]?.message.en).toBe(
      'The amount "100000000000000000000001" is larger than 1 000 000 000 000 000 kr, the ceiling no grant reaches (a thousand times the state budget). It probably has a few zeros too many.',
    )
    expect(document).toBeUndefined()
  })
})
