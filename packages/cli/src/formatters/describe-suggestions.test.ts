import { describe, expect, it } from 'vitest'
import { buildLintReport } from '../report/build-lint-report.js'
import { createLocator } from '@fordela/engine'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import { sampleContext } from './__fixtures__/sample-report.js'
import { describeSuggestions } from './describe-suggestions.js'
import { formatGithub } from './format-github.js'
import { formatJunit } from './format-junit.js'
import { formatSarif } from './format-sarif.js'
import { formatStylish } from './format-stylish.js'

// `to: regio` on line 2: "    - { to: " puts the id at columns 13–18.
const text = 'lines:\n    - { to: regio, amount: 5 }\n'
const texts = new Map([['f.yaml', text]])
const span: [number, number] = [text.indexOf('regio'), text.indexOf('regio') + 5]
const finding: ReportedDiagnostic = {
  code: 'ref/unknown-party',
  severity: 'error',
  message: { sv: 'Parten "regio" finns inte.', en: 'The party "regio" does not exist.' },
  suggestions: ['region'],
  file: 'f.yaml',
  span,
  region: createLocator(texts)('f.yaml', span),
  related: [],
  fingerprint: 'fp',
}
const report = buildLintReport({
  root: '/work/lan',
  files: ['f.yaml'],
  findings: [finding],
  suppressedCount: 0,
  baselinedCount: 0,
})
const context = sampleContext({ texts })

describe('"did you mean" in every format, not only JSON', () => {
  it('reads as a question in Swedish and English, with several named', () => {
    expect(describeSuggestions(['region'], 'sv')).toBe('Menade du "region"?')
    expect(describeSuggestions(['vgr', 'nsph', 'gr'], 'en')).toBe('Did you mean "vgr", "nsph" or "gr"?')
    expect(describeSuggestions([], 'sv')).toBe('')
  })

  it('stylish shows it under the finding', () => {
    expect(formatStylish(report, context).split('\n')).toContain('    Menade du "region"?')
  })

  it('github puts it in the annotation', () => {
    expect(formatGithub(report, context)).toBe(
      '::error file=f.yaml,line=2,col=13,endLine=2,endColumn=18,title=ref/unknown-party::Parten "regio" finns inte. Menade du "region"?\n',
    )
  })

  it('SARIF and JUnit put it in the message', () => {
    const sarif = JSON.parse(formatSarif(report, context)) as { runs: { results: { message: { text: string } }[] }[] }
    expect(sarif.runs[0]?.results[0]?.message.text).toBe('Parten "regio" finns inte. Menade du "region"?')
    expect(formatJunit(report, context)).toContain('[ref/unknown-party]&#10;Menade du &quot;region&quot;?</failure>')
  })
})
