import { describe, expect, it } from 'vitest'
import { sampleContext, sampleReport } from './__fixtures__/sample-report.js'
import { formatJson, type JsonReport } from './format-json.js'

describe('formatJson', () => {
  it('writes the documented shape with 1-based ranges, offsets and both languages', () => {
    // Ranges by hand (see format-stylish.test.ts): the fund id "strategi" is 4:9 to 4:17 (8 characters),
    // the title 7:12 to 7:34 (22 characters), the CSV value 2:5 to 2:11 (6 characters).
    // Offsets: lines 1–3 take 23 + 17 + 7 = 47 units, so "strategi" starts at 47 + 8 = 55; lines 1–6 take
    // 47 + 17 + 22 + 10 = 96, so the title starts at 96 + 11 = 107; lines 1–8 take 96 + 34 + 11 = 141,
    // so the related amount starts at 141 + 27 = 168; in the CSV, "kommun;folkmangd\n" is 17, + "Ale;" = 21.
    expect(formatJson(sampleReport, sampleContext())).toMatchInlineSnapshot(`
      "{
        "formatVersion": 1,
        "tool": {
          "name": "fordela",
          "version": "0.1.0"
        },
        "language": "sv",
        "summary": {
          "fileCount": 3,
          "errorCount": 1,
          "warningCount": 1,
          "infoCount": 1,
          "suppressedCount": 0,
          "baselinedCount": 0
        },
        "files": [
          {
            "file": "vg/befolkning.csv",
            "errorCount": 0,
            "warningCount": 0,
            "infoCount": 1,
            "diagnostics": [
              {
                "rule": "agreement/rounding-residual",
                "severity": "info",
                "file": "vg/befolkning.csv",
                "line": 2,
                "column": 5,
                "endLine": 2,
                "endColumn": 11,
                "offsets": [
                  21,
                  27
                ],
                "message": "Värdet <32 000> & \\"mer\\".",
                "messages": {
                  "sv": "Värdet <32 000> & \\"mer\\".",
                  "en": "The value <32 000> & \\"more\\"."
                },
                "related": [],
                "fingerprint": "fp-csv",
                "docs": "https://github.com/fordela/fordela/blob/main/docs/rules/agreement/rounding-residual.sv.md"
              }
            ]
          },
          {
            "file": "vg/fordelning.yaml",
            "errorCount": 1,
            "warningCount": 1,
            "infoCount": 0,
            "diagnostics": [
              {
                "rule": "sum/fund-not-spent",
                "severity": "error",
                "file": "vg/fordelning.yaml",
                "line": 4,
                "column": 9,
                "endLine": 4,
                "endColumn": 17,
                "offsets": [
                  55,
                  63
                ],
                "message": "Fonden \\"strategi\\" har 2 000 000 kr kvar som inte fördelas.",
                "messages": {
                  "sv": "Fonden \\"strategi\\" har 2 000 000 kr kvar som inte fördelas.",
                  "en": "The fund \\"strategi\\" has 2 000 000 kr left that is not allocated."
                },
                "hint": "Fördela resten med en rad rest, eller sänk fondens belopp.",
                "hints": {
                  "sv": "Fördela resten med en rad rest, eller sänk fondens belopp.",
                  "en": "Allocate the rest with a rest line, or lower the fund's amount."
                },
                "related": [
                  {
                    "file": "vg/fordelning.yaml",
                    "line": 9,
                    "column": 28,
                    "endLine": 9,
                    "endColumn": 37,
                    "offsets": [
                      168,
                      177
                    ],
                    "message": "Den enda raden som tar ur fonden.",
                    "messages": {
                      "sv": "Den enda raden som tar ur fonden.",
                      "en": "The only line that draws from the fund."
                    }
                  }
                ],
                "fingerprint": "fp-fund",
                "docs": "https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.sv.md"
              },
              {
                "rule": "link/section-unlinked",
                "severity": "warning",
                "file": "vg/fordelning.yaml",
                "line": 7,
                "column": 12,
                "endLine": 7,
                "endColumn": 34,
                "offsets": [
                  107,
                  129
                ],
                "message": "Avsnittet \\"Åtgärder: barn, unga\\" är inte kopplat till något område (100 % saknas).",
                "messages": {
                  "sv": "Avsnittet \\"Åtgärder: barn, unga\\" är inte kopplat till något område (100 % saknas).",
                  "en": "The section \\"Åtgärder: barn, unga\\" is linked to no area (100 % missing)."
                },
                "related": [],
                "fingerprint": "fp-title",
                "docs": "https://github.com/fordela/fordela/blob/main/docs/rules/link/section-unlinked.sv.md"
              }
            ]
          },
          {
            "file": "vg/parter.yaml",
            "errorCount": 0,
            "warningCount": 0,
            "infoCount": 0,
            "diagnostics": []
          }
        ]
      }
      "
    `)
  })

  it('puts the chosen language in message, hint and docs link', () => {
    const document = JSON.parse(formatJson(sampleReport, sampleContext({ lang: 'en' }))) as JsonReport
    const fund = document.files[1]?.diagnostics[0]
    expect(document.language).toBe('en')
    expect(fund?.message).toBe('The fund "strategi" has 2 000 000 kr left that is not allocated.')
    expect(fund?.hint).toBe("Allocate the rest with a rest line, or lower the fund's amount.")
    // The English page is the rule id with .md; the Swedish one (the snapshot above) .sv.md.
    expect(fund?.docs).toBe('https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.md')
  })
})
