import { buildLintReport } from '../../report/build-lint-report.js'
import { createLocator } from '@fordela/engine'
import type { FormatContext, LintReport, ReportedDiagnostic } from '../../report/lint-report.js'

/**
 * A small linted workspace for the formatter tests: an allocation with an
 * unspent fund (error, with a related place), a section title with å, a
 * colon and a comma (warning), a CSV value (info), and a clean parties file.
 */
export const allocationText = [
  'apiVersion: fordela/v1',
  'kind: Allocation',
  'funds:',
  '  - id: strategi',
  '    amount: 3 000 000',
  'sections:',
  '  - title: "Åtgärder: barn, unga"',
  '    lines:',
  '      - { to: vgr, amount: 1 000 000 }',
  '',
].join('\n')

export const csvText = 'kommun;folkmangd\nAle;32 000\n'

export const texts: ReadonlyMap<string, string> = new Map([
  ['vg/fordelning.yaml', allocationText],
  ['vg/befolkning.csv', csvText],
  ['vg/parter.yaml', 'apiVersion: fordela/v1\nkind: Parties\n'],
])

const locate = createLocator(texts)

/** The span of the first `needle` in `text`. */
function spanOf(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`fixture: "${needle}" not found`)
  return [start, start + needle.length]
}

const fundSpan = spanOf(allocationText, 'strategi')
const lineAmountSpan = spanOf(allocationText, '1 000 000')
const titleSpan = spanOf(allocationText, '"Åtgärder: barn, unga"')
const csvSpan = spanOf(csvText, '32 000')

export const findings: readonly ReportedDiagnostic[] = [
  {
    code: 'sum/fund-not-spent',
    severity: 'error',
    // 3 000 000 in the fund − 1 000 000 on its only line = 2 000 000 left.
    message: {
      sv: 'Fonden "strategi" har 2 000 000 kr kvar som inte fördelas.',
      en: 'The fund "strategi" has 2 000 000 kr left that is not allocated.',
    },
    hint: {
      sv: 'Fördela resten med en rad rest, eller sänk fondens belopp.',
      en: "Allocate the rest with a rest line, or lower the fund's amount.",
    },
    file: 'vg/fordelning.yaml',
    span: fundSpan,
    region: locate('vg/fordelning.yaml', fundSpan),
    related: [
      {
        file: 'vg/fordelning.yaml',
        span: lineAmountSpan,
        region: locate('vg/fordelning.yaml', lineAmountSpan),
        message: { sv: 'Den enda raden som tar ur fonden.', en: 'The only line that draws from the fund.' },
      },
    ],
    fingerprint: 'fp-fund',
  },
  {
    code: 'link/section-unlinked',
    severity: 'warning',
    message: {
      sv: 'Avsnittet "Åtgärder: barn, unga" är inte kopplat till något område (100 % saknas).',
      en: 'The section "Åtgärder: barn, unga" is linked to no area (100 % missing).',
    },
    file: 'vg/fordelning.yaml',
    span: titleSpan,
    region: locate('vg/fordelning.yaml', titleSpan),
    related: [],
    fingerprint: 'fp-title',
  },
  {
    code: 'agreement/rounding-residual',
    severity: 'info',
    message: { sv: 'Värdet <32 000> & "mer".', en: 'The value <32 000> & "more".' },
    file: 'vg/befolkning.csv',
    span: csvSpan,
    region: locate('vg/befolkning.csv', csvSpan),
    related: [],
    fingerprint: 'fp-csv',
  },
]

/** The report over {@link texts} with the three findings. */
export const sampleReport: LintReport = buildLintReport({
  root: '/work/lan',
  files: [...texts.keys()].sort(),
  findings: [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.span[0] - b.span[0])),
  suppressedCount: 0,
  baselinedCount: 0,
})

/** A format context with the user in the workspace root, no colour. */
export function sampleContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return { lang: 'sv', texts, cwd: '/work/lan', toolVersion: '0.1.0', colorLevel: 0, ...overrides }
}
