import { describe, expect, it } from 'vitest'
import type { AllocationDocument } from '../model/documents.js'
import { parseSpecText } from './parse-spec-text.js'

const allocation = (rounding = ''): string =>
  `apiVersion: fordela/v1\nkind: Allocation\nid: f\ntitle: F\nyear: 2025\nparties: p\n${rounding}funds:\n  - { id: a, amount: 1 }\nsections: []\n`

describe('workspace defaults for keys a document leaves out', () => {
  it('use the configured rounding policy when the document states none', () => {
    const parsed = parseSpecText(allocation(), 'f.yaml', undefined, { rounding: 'floor' })
    expect((parsed.document as AllocationDocument).rounding.value).toBe('floor')
  })

  it('never override a policy the document states', () => {
    const parsed = parseSpecText(allocation('rounding: half-up\n'), 'f.yaml', undefined, { rounding: 'floor' })
    expect((parsed.document as AllocationDocument).rounding.value).toBe('half-up')
  })

  it('fall back to largest-remainder without a configured default', () => {
    expect((parseSpecText(allocation(), 'f.yaml').document as AllocationDocument).rounding.value).toBe(
      'largest-remainder',
    )
  })
})
