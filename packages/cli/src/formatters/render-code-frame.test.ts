import { describe, expect, it } from 'vitest'
import { renderCodeFrame } from './render-code-frame.js'

const plain = { gutter: (text: string) => text, marker: (text: string) => text }

describe('renderCodeFrame', () => {
  it('marks a span on one line with carets under it', () => {
    const text = 'funds:\n  - amount: 1 000 000\n'
    // "  - amount: " is 12 characters, so the amount runs from column 13 to 22 (9 characters).
    const frame = renderCodeFrame(text, { start: { line: 2, column: 13 }, end: { line: 2, column: 22 } }, plain)
    expect(frame).toEqual(['2 |   - amount: 1 000 000', '  |             ^^^^^^^^^'])
  })

  it('marks each line of a multi-line span from its indentation, and elides past three lines', () => {
    const text = ['a:', '  b: 1', '  c: 2', '  d: 3', '  e: 4'].join('\n')
    const frame = renderCodeFrame(text, { start: { line: 2, column: 3 }, end: { line: 5, column: 7 } }, plain)
    expect(frame).toEqual(['2 |   b: 1', '  |   ^^^^', '3 |   c: 2', '  |   ^^^^', '4 |   d: 3', '  |   ^^^^', '  | …'])
  })

  it('leaves out a last line where the span only reaches the indentation', () => {
    const text = 'title: [Strategi\n    amount: 1\n'
    // The span runs from "[" (column 8) to column 5 of line 2, just before "amount".
    const frame = renderCodeFrame(text, { start: { line: 1, column: 8 }, end: { line: 2, column: 5 } }, plain)
    expect(frame).toEqual(['1 | title: [Strategi', '  |        ^^^^^^^^^'])
  })

  it('pads line numbers to the widest one shown', () => {
    const text = `${'x\n'.repeat(9)}  a: 1\n  b: 2\n`
    const frame = renderCodeFrame(text, { start: { line: 10, column: 3 }, end: { line: 11, column: 7 } }, plain)
    expect(frame).toEqual(['10 |   a: 1', '   |   ^^^^', '11 |   b: 2', '   |   ^^^^'])
  })

  it('shows one caret for an empty span and keeps tabs so the caret lines up', () => {
    const frame = renderCodeFrame('\tkey: x', { start: { line: 1, column: 3 }, end: { line: 1, column: 3 } }, plain)
    expect(frame).toEqual(['1 | \tkey: x', '  | \t ^'])
  })

  it('counts a character outside the BMP as one caret although it is two UTF-16 units', () => {
    // "title: " is 7 units; "🙂" is 2 units (columns 8–9), "å" 1, so the span "🙂å" is columns 8 to 11.
    const frame = renderCodeFrame('title: 🙂å', { start: { line: 1, column: 8 }, end: { line: 1, column: 11 } }, plain)
    expect(frame).toEqual(['1 | title: 🙂å', '  |        ^^'])
  })

  it('frames each text from its own lines when texts alternate', () => {
    const first = 'a: 1\nb: 2\n'
    const second = 'x: 10\r\ny: 20\r\n'
    const span = { start: { line: 2, column: 1 }, end: { line: 2, column: 2 } }
    // Line 2 of each text, with "\r\n" breaks split like "\n"; one caret under its first character.
    expect(renderCodeFrame(first, span, plain)).toEqual(['2 | b: 2', '  | ^'])
    expect(renderCodeFrame(second, span, plain)).toEqual(['2 | y: 20', '  | ^'])
    expect(renderCodeFrame(first, span, plain)).toEqual(['2 | b: 2', '  | ^'])
  })

  it('shows a window of a long line around the span, with "…" at each cut end', () => {
    // A 10 000-character line; the span "amount" sits at units 5 000–5 006 (columns 5 001–5 007).
    const line = `${'x'.repeat(5000)}amount${'y'.repeat(4994)}`
    const frame = renderCodeFrame(line, { start: { line: 1, column: 5001 }, end: { line: 1, column: 5007 } }, plain)
    // The window is 120 units from 40 before the span: 40 x's, "amount", 74 y's, with "…" on both sides.
    expect(frame).toEqual([`1 | …${'x'.repeat(40)}amount${'y'.repeat(74)}…`, `  | ${' '.repeat(41)}^^^^^^`])
  })

  it('keeps the start of a long line uncut when the span is near it, and never halves a character outside the BMP', () => {
    const line = `a: ${'🙂'.repeat(100)}`
    const frame = renderCodeFrame(line, { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, plain)
    // 120 units hold "a: " (3) and 58 emoji (116 units); the 59th would be cut after its first unit, so it is left out.
    expect(frame).toEqual([`1 | a: ${'🙂'.repeat(58)}…`, '  | ^'])
  })

  it('shows ESC, BEL and NUL escaped, and counts their escaped width under the span', () => {
    const line = 'id: a\x1b[8mb\x07\0c'
    // "id: " is 4 units; the span is the value, units 4–12 (columns 5–14): a ESC [ 8 m b BEL NUL c.
    const frame = renderCodeFrame(line, { start: { line: 1, column: 5 }, end: { line: 1, column: 14 } }, plain)
    // Shown: a, \x1b (4), [8mb (4), \x07 (4), \0 (2), c = 1 + 4 + 4 + 4 + 2 + 1 = 16 characters under the carets.
    expect(frame).toEqual(['1 | id: a\\x1b[8mb\\x07\\0c', `  |     ${'^'.repeat(16)}`])
  })
})
