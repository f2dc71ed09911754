import {
  createLineIndex,
  parseSpecText,
  type AgreementDocument,
  type DatasetDocument,
  type Diagnostic,
  type LineColumn,
} from '@fordela/parser'
import type { AgreementEvaluation } from '../agreement-evaluation.js'
import { evaluateAgreement } from '../evaluate-agreement.js'

/**
 * Four län with small weights that make rounding easy to follow by hand:
 * 3 + 1 + 2 + 2 = 8.
 */
export const fourLan = `apiVersion: fordela/v1
kind: Dataset
id: lan-data
title: Fyra län
unitKind: lan
referenceDate: 2023-12-31
source:
  publisher: SCB
measures:
  - id: folkmangd
units:
  - { id: "01", name: Stockholms län, values: { folkmangd: 3 } }
  - { id: "03", name: Uppsala län, values: { folkmangd: 1 } }
  - { id: "12", name: Skåne län, values: { folkmangd: 2 } }
  - { id: "14", name: Västra Götalands län, values: { folkmangd: 2 } }
`

/** The five header lines every fixture agreement starts with, so its body starts on line 6. */
export const agreementHeader = `apiVersion: fordela/v1
kind: Agreement
id: test
title: Test
year: 2025
`

/** One finding as a test compares it: where (1-based line and column in the agreement) and what. */
export interface Finding {
  readonly code: string
  readonly severity: Diagnostic['severity']
  readonly line: number
  readonly column: number
  readonly message: string
}

/** An evaluated fixture and its findings located in the agreement's text. */
export interface EvaluatedFixture {
  readonly evaluation: AgreementEvaluation
  readonly findings: readonly Finding[]
  /** Line and column of an offset into the agreement's text (for related locations). */
  readonly locate: (offset: number) => LineColumn
}

/**
 * Parses an agreement (`agreement.yaml`) and a dataset (`data/lan.yaml`,
 * reachable as `data/lan.yaml` or by its id), evaluates the agreement, and
 * turns each finding's start offset into a line and column. Throws when a
 * fixture does not parse, since that is a broken test, not a finding.
 * `data/column-units-missing` is left out unless `keepMissingUnits`.
 */
export function evaluateFixture(
  agreementText: string,
  datasetText: string = fourLan,
  options: { keepMissingUnits?: boolean } = {},
): EvaluatedFixture {
  const agreement = parseOrThrow(agreementText, 'agreement.yaml') as AgreementDocument
  const dataset = parseOrThrow(datasetText, 'data/lan.yaml') as DatasetDocument
  const evaluated = evaluateAgreement(agreement, (ref) =>
    ref.value === 'data/lan.yaml' || ref.value === dataset.id.value ? dataset : undefined,
  )
  // The fixtures hold four of the 21 län on purpose, to keep the arithmetic small; that the
  // other 17 are missing is data/column-units-missing's finding, which its own tests keep.
  const evaluation = options.keepMissingUnits
    ? evaluated
    : { ...evaluated, diagnostics: evaluated.diagnostics.filter((d) => d.code !== 'data/column-units-missing') }
  const index = createLineIndex(agreementText)
  const findings = evaluation.diagnostics.map((diagnostic) => {
    const { line, column } = index.locate(diagnostic.span[0])
    return { code: diagnostic.code, severity: diagnostic.severity, line, column, message: diagnostic.message.en }
  })
  return { evaluation, findings, locate: (offset) => index.locate(offset) }
}

function parseOrThrow(text: string, file: string): unknown {
  const parsed = parseSpecText(text, file)
  if (!parsed.document) {
    throw new Error(
      `fixture ${file} does not parse: ${parsed.diagnostics.map((d) => `${d.code} ${d.message.en}`).join('; ')}`,
    )
  }
  return parsed.document
}
