import { describe, expect, it } from 'vitest'
import { parseBaseline, serializeBaseline } from './baseline-file.js'

describe('baseline file', () => {
  it('sorts entries by file, rule and fingerprint so the same findings give the same bytes', () => {
    const entries = [
      { file: 'b.yaml', rule: 'sum/fund-not-spent', fingerprint: '02' },
      { file: 'a.yaml', rule: 'sum/fund-overspent', fingerprint: '01' },
      { file: 'a.yaml', rule: 'ref/unknown-party', fingerprint: '03' },
    ]
    const text = serializeBaseline(entries)
    expect(serializeBaseline([...entries].reverse())).toBe(text)
    expect(text).toMatchInlineSnapshot(`
      "{
        "formatVersion": 1,
        "description": "Findings fordela lint does not report. Write with \`fordela lint --baseline-write\`.",
        "findings": [
          {
            "file": "a.yaml",
            "rule": "ref/unknown-party",
            "fingerprint": "03"
          },
          {
            "file": "a.yaml",
            "rule": "sum/fund-overspent",
            "fingerprint": "01"
          },
          {
            "file": "b.yaml",
            "rule": "sum/fund-not-spent",
            "fingerprint": "02"
          }
        ]
      }
      "
    `)
  })

  it('reads back what it writes', () => {
    const entries = [{ file: 'a.yaml', rule: 'sum/fund-overspent', fingerprint: '01' }]
    expect(parseBaseline(serializeBaseline(entries))).toEqual({ ok: true, entries })
  })

  it('refuses anything else with a reason', () => {
    expect(parseBaseline('{')).toMatchObject({ ok: false })
    expect(parseBaseline('{"formatVersion": 2, "findings": []}')).toEqual({
      ok: false,
      problem: 'expected { "formatVersion": 1, "findings": [...] }',
    })
    expect(parseBaseline('{"formatVersion": 1, "findings": [{"file": "a"}]}')).toEqual({
      ok: false,
      problem: 'every finding needs string "file", "rule" and "fingerprint"',
    })
  })
})
