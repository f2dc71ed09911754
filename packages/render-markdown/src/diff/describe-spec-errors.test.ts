import { describe, expect, it } from 'vitest'
import { describeSpecErrors } from './describe-spec-errors.js'

describe('describeSpecErrors', () => {
  it('says nothing when no compared spec has errors, and one sentence naming each one that has', () => {
    expect(describeSpecErrors([], 'sv')).toEqual([])
    const specs = [
      { side: 'before' as const, file: 'vg/2025.yaml', errors: 1 },
      { side: 'after' as const, file: 'vg/2026.yaml', errors: 2 },
    ]
    expect(describeSpecErrors(specs, 'sv')).toEqual([
      'Jämförelsen bygger på specar med fel som kan göra beloppen felaktiga (vg/2025.yaml (före): 1 fel; vg/2026.yaml (efter): 2 fel). Summor och rader nedan behöver inte stämma; rätta det som fordela lint visar innan jämförelsen används.',
    ])
    expect(describeSpecErrors(specs, 'en')[0]).toContain(
      '(vg/2025.yaml (before): 1 error; vg/2026.yaml (after): 2 errors)',
    )
  })
})
