import { describe, expect, it } from 'vitest'
import { createLocator } from './create-locator.js'

describe('createLocator', () => {
  const text = 'title: "Psykisk hälsa 🙂"\nnext: 1\n'
  const locate = createLocator(new Map([['a.yaml', text]]))

  it('gives 1-based lines and UTF-16 columns', () => {
    // 'title: "Psykisk hälsa ' is 22 units, so the emoji starts at column 23 and,
    // being two UTF-16 units, ends before column 25.
    const start = text.indexOf('🙂')
    expect(locate('a.yaml', [start, start + 2])).toEqual({
      start: { line: 1, column: 23 },
      end: { line: 1, column: 25 },
    })
  })

  it('ends a span that stops just after a line break at the end of the line before', () => {
    // Line 1 is 25 units long ('title: "Psykisk hälsa 🙂"'), so its end is column 26.
    expect(locate('a.yaml', [0, text.indexOf('next')])).toEqual({
      start: { line: 1, column: 1 },
      end: { line: 1, column: 26 },
    })
  })

  it('places findings in a file without text at 1:1', () => {
    expect(locate('missing.yaml', [10, 20])).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
  })
})
