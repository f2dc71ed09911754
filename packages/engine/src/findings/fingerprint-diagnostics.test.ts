import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createLocator } from './create-locator.js'
import { fingerprintDiagnostics } from './fingerprint-diagnostics.js'

/** Fingerprints of findings at each `needle` (every occurrence) of a text. */
function fingerprintAt(text: string, needles: readonly { code: string; needle: string }[]): string[] {
  const texts = new Map([['plan.yaml', text]])
  const locate = createLocator(texts)
  const findings = needles.flatMap(({ code, needle }) => {
    const found: { code: string; file: string; region: ReturnType<typeof locate> }[] = []
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      found.push({ code, file: 'plan.yaml', region: locate('plan.yaml', [at, at + needle.length]) })
    }
    return found
  })
  return fingerprintDiagnostics(findings, texts)
}

const before = 'funds:\n  - id: a\n    amount: 100\n  - id: b\n    amount: 100\n'

describe('fingerprintDiagnostics', () => {
  it('keeps every fingerprint when lines are inserted above, and re-indentation does not matter', () => {
    const after = `# a new comment\n\n${before.replace(/\n {4}amount/g, '\n      amount')}`
    const needles = [
      { code: 'sum/fund-not-spent', needle: 'id: b' },
      { code: 'literal/invalid-amount', needle: 'amount: 100' },
    ]
    expect(fingerprintAt(after, needles)).toEqual(fingerprintAt(before, needles))
  })

  it('tells apart equal lines by their occurrence, and rules and texts by their content', () => {
    const [first, second] = fingerprintAt(before, [{ code: 'literal/invalid-amount', needle: 'amount: 100' }])
    expect(first).not.toBe(second)
    const [other] = fingerprintAt(before, [{ code: 'literal/negative-amount', needle: 'amount: 100' }])
    expect(other).not.toBe(first)
    const [edited] = fingerprintAt(before.replace('amount: 100', 'amount: 101'), [
      { code: 'literal/invalid-amount', needle: 'amount: 10' },
    ])
    expect(edited).not.toBe(first)
  })

  it('is a 32-digit hex string, the same on every run', () => {
    const [fingerprint] = fingerprintAt(before, [{ code: 'sum/fund-not-spent', needle: 'id: a' }])
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/)
    expect(fingerprintAt(before, [{ code: 'sum/fund-not-spent', needle: 'id: a' }])[0]).toBe(fingerprint)
  })

  it('is sha256 of the rule, file and trimmed line text, then the occurrence, so baselines written before keep matching', () => {
    const [first, second] = fingerprintAt(before, [{ code: 'literal/invalid-amount', needle: 'amount: 100' }])
    // The definition, computed with Node's own sha256: the key, a NUL, the 1-based occurrence; 32 hex digits.
    const key = JSON.stringify(['literal/invalid-amount', 'plan.yaml', 'amount: 100'])
    expect(first).toBe(createHash('sha256').update(`${key}\u00001`).digest('hex').slice(0, 32))
    expect(second).toBe(createHash('sha256').update(`${key}\u00002`).digest('hex').slice(0, 32))
  })
})
