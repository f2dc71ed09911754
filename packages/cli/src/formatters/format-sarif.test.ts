import { catalog } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { sampleContext, sampleReport } from './__fixtures__/sample-report.js'
import { formatSarif } from './format-sarif.js'

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  defaultConfiguration: { level: string }
}

interface SarifLog {
  $schema: string
  version: string
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    originalUriBaseIds: Record<string, { uri: string }>
    columnKind: string
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: unknown[]
      relatedLocations?: unknown[]
      partialFingerprints: Record<string, string>
    }[]
  }[]
}

const log = JSON.parse(formatSarif(sampleReport, sampleContext())) as SarifLog
const run = log.runs[0]

describe('formatSarif', () => {
  it('is a SARIF 2.1.0 log with one run and a described tool', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.runs).toHaveLength(1)
    expect(run?.tool.driver).toMatchObject({
      name: 'fordela',
      version: '0.1.0',
      informationUri: 'https://github.com/fordela/fordela',
    })
    expect(run?.columnKind).toBe('utf16CodeUnits')
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/lan/' } })
  })

  it("describes every catalogued rule with a docs link in the report's language and its default level", () => {
    const rules = run?.tool.driver.rules ?? []
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(catalog).sort())
    for (const rule of rules) {
      expect(rule.shortDescription.text).not.toBe('')
      expect(rule.fullDescription.text).not.toBe('')
      // sampleContext() reports in Swedish: the Swedish page is the English one's name with .sv.md.
      expect(rule.helpUri).toBe(`https://github.com/fordela/fordela/blob/main/docs/rules/${rule.id}.sv.md`)
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level)
    }
    expect(rules.find((rule) => rule.id === 'sum/fund-not-spent')).toMatchObject({
      name: 'SumFundNotSpent',
      defaultConfiguration: { level: 'error' },
    })
  })

  it('links to the English pages in an English report', () => {
    const english = JSON.parse(formatSarif(sampleReport, sampleContext({ lang: 'en' }))) as SarifLog
    const rule = english.runs[0]?.tool.driver.rules.find((candidate) => candidate.id === 'sum/fund-not-spent')
    expect(rule?.helpUri).toBe('https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.md')
  })

  it('maps severities to levels, points ruleIndex at the rule and keeps the fingerprint', () => {
    const rules = run?.tool.driver.rules ?? []
    const results = run?.results ?? []
    expect(results.map((result) => [result.ruleId, result.level])).toEqual([
      ['agreement/rounding-residual', 'note'],
      ['sum/fund-not-spent', 'error'],
      ['link/section-unlinked', 'warning'],
    ])
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId)
    expect(results.map((result) => result.partialFingerprints)).toEqual([
      { 'fordelaFingerprint/v1': 'fp-csv' },
      { 'fordelaFingerprint/v1': 'fp-fund' },
      { 'fordelaFingerprint/v1': 'fp-title' },
    ])
  })

  it('gives each result a UTF-16 region relative to %SRCROOT%, its message with the hint and its related places', () => {
    // "strategi" is 4:9 to 4:17; the related "1 000 000" is 9:28 to 9:37 (see format-stylish.test.ts).
    // ruleIndex depends on the catalogue's size and is checked against the rules above.
    const { ruleIndex: _index, ...result } = run?.results[1] ?? { ruleIndex: 0 }
    expect(result).toMatchInlineSnapshot(`
      {
        "level": "error",
        "locations": [
          {
            "physicalLocation": {
              "artifactLocation": {
                "uri": "vg/fordelning.yaml",
                "uriBaseId": "%SRCROOT%",
              },
              "region": {
                "endColumn": 17,
                "endLine": 4,
                "startColumn": 9,
                "startLine": 4,
              },
            },
          },
        ],
        "message": {
          "text": "Fonden "strategi" har 2 000 000 kr kvar som inte fördelas.
      Tips: Fördela resten med en rad rest, eller sänk fondens belopp.",
        },
        "partialFingerprints": {
          "fordelaFingerprint/v1": "fp-fund",
        },
        "relatedLocations": [
          {
            "id": 1,
            "message": {
              "text": "Den enda raden som tar ur fonden.",
            },
            "physicalLocation": {
              "artifactLocation": {
                "uri": "vg/fordelning.yaml",
                "uriBaseId": "%SRCROOT%",
              },
              "region": {
                "endColumn": 37,
                "endLine": 9,
                "startColumn": 28,
                "startLine": 9,
              },
            },
          },
        ],
        "ruleId": "sum/fund-not-spent",
      }
    `)
  })

  it('counts columns in UTF-16 code units after å', () => {
    // The title starts after "  - title: " (11 units) at column 12; it is 22 units long ("Å" is one unit), so it ends at 34.
    expect(run?.results[2]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'vg/fordelning.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 12, endLine: 7, endColumn: 34 },
        },
      },
    ])
  })
})
