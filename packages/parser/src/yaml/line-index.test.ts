import { describe, expect, test } from 'vitest'
import { createLineIndex } from './line-index.js'

describe('createLineIndex', () => {
  test('locates offsets as 1-based lines and columns across \\n, \\r\\n and \\r', () => {
    // Lines: "ab" (0–1) \n, "cd" (3–4) \r\n, "e" (7) \r, "" (9).
    const index = createLineIndex('ab\ncd\r\ne\r')
    expect(index.lineCount).toBe(4)
    expect(index.locate(0)).toEqual({ line: 1, column: 1 })
    expect(index.locate(2)).toEqual({ line: 1, column: 3 }) // the \n itself ends line 1
    expect(index.locate(3)).toEqual({ line: 2, column: 1 })
    expect(index.locate(6)).toEqual({ line: 2, column: 4 }) // the \n of \r\n still belongs to line 2
    expect(index.locate(7)).toEqual({ line: 3, column: 1 })
    expect(index.locate(9)).toEqual({ line: 4, column: 1 })
    expect([1, 2, 3, 4, 5].map((line) => index.lineText(line))).toEqual(['ab', 'cd', 'e', '', ''])
  })

  test('counts columns in UTF-16 code units and clamps offsets outside the text', () => {
    // "😀" is two UTF-16 units, so "x" after it is column 3.
    const index = createLineIndex('😀x\ny')
    expect(index.locate(2)).toEqual({ line: 1, column: 3 })
    expect(index.locate(-5)).toEqual({ line: 1, column: 1 })
    expect(index.locate(99)).toEqual({ line: 2, column: 2 })
  })

  test('has one empty line for an empty text', () => {
    const index = createLineIndex('')
    expect(index.lineCount).toBe(1)
    expect(index.locate(0)).toEqual({ line: 1, column: 1 })
    expect(index.lineText(1)).toBe('')
  })

  test('finds the line of any offset in a long text by binary search', () => {
    // 100 000 lines of "x\n": offset 2k is the start of line k + 1.
    const index = createLineIndex('x\n'.repeat(100_000))
    expect(index.lineCount).toBe(100_001)
    expect(index.locate(2 * 54_321)).toEqual({ line: 54_322, column: 1 })
    expect(index.locate(2 * 54_321 + 1)).toEqual({ line: 54_322, column: 2 })
  })
})
