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
    expect(parseBaseline('{"formatVersion": 2, "findings": []}')).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    })
    expect(parseBaseline('{"formatVersion": 1, "findings": [{"file": "a"}]}')).toMatchObject({
      ok: false,
      problem: 'entry-shape',
    })
  })

  it('never quotes the text it could not parse (a baseline linked to a secret must not print it)', () => {
    // JSON.parse's own message would be: Unexpected token 'r', "root:x:0:0:"... is not valid JSON.
    // The result is a kind of problem only, which carries no text of the file.
    expect(parseBaseline('root:x:0:0:root:/root:/bin/bash\n')).toEqual({ ok: false, problem: 'not-json' })
  })
})
