import { describe, expect, it } from 'vitest'
import { sampleContext, sampleReport } from './__fixtures__/sample-report.js'
import { formatGithub } from './format-github.js'

describe('formatGithub', () => {
  it('writes one workflow command per finding, with escaped properties and data', () => {
    // The hint is appended after an escaped line break (%0A), then the related place ("1 000 000" on line 9,
    // from column 28), which GitHub would otherwise never show; "100 %" becomes "100 %25";
    // info maps to ::notice. Positions as in format-stylish.test.ts.
    expect(formatGithub(sampleReport, sampleContext()).split('\n')).toEqual([
      '::notice file=vg/befolkning.csv,line=2,col=5,endLine=2,endColumn=11,title=agreement/rounding-residual::Värdet <32 000> & "mer".',
      '::error file=vg/fordelning.yaml,line=4,col=9,endLine=4,endColumn=17,title=sum/fund-not-spent::Fonden "strategi" har 2 000 000 kr kvar som inte fördelas.%0ATips: Fördela resten med en rad rest, eller sänk fondens belopp.%0ASe även vg/fordelning.yaml:9:28: Den enda raden som tar ur fonden.',
      '::warning file=vg/fordelning.yaml,line=7,col=12,endLine=7,endColumn=34,title=link/section-unlinked::Avsnittet "Åtgärder: barn, unga" är inte kopplat till något område (100 %25 saknas).',
      '',
    ])
  })

  it('escapes a path with a comma and a colon so the property does not end early', () => {
    const report = {
      ...sampleReport,
      results: sampleReport.results.map((result) => ({
        ...result,
        diagnostics: result.diagnostics.map((diagnostic) => ({ ...diagnostic, file: 'a,b:c.yaml' })),
      })),
    }
    const first = formatGithub(report, sampleContext()).split('\n')[0]
    expect(first).toBe(
      '::notice file=a%2Cb%3Ac.yaml,line=2,col=5,endLine=2,endColumn=11,title=agreement/rounding-residual::Värdet <32 000> & "mer".',
    )
  })

  it('prints nothing for a clean run', () => {
    expect(formatGithub({ ...sampleReport, results: [] }, sampleContext())).toBe('')
  })
})
