import { describe, expect, it } from 'vitest'
import { showReportText } from './show-report-text.js'

describe('showReportText', () => {
  it('escapes control characters on each line and keeps the line breaks between lines', () => {
    expect(showReportText('Part \x1b[8mA\x07: 1 000 kr\nPart B: 2 000 kr\n')).toBe(
      'Part \\x1b[8mA\\x07: 1 000 kr\nPart B: 2 000 kr\n',
    )
  })

  it('starts no line with "::": a name that would is written "\\::"', () => {
    expect(showReportText('::stop-commands::tok: 100 kr\n  ::x\n')).toBe('\\::stop-commands::tok: 100 kr\n  ::x\n')
  })
})
