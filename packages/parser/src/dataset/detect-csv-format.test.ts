import { describe, expect, it } from 'vitest'
import { detectDelimiter, detectLineBreak, skipLines } from './detect-csv-format.js'

describe('detectDelimiter', () => {
  it('takes the only candidate outside quotes', () => {
    expect(detectDelimiter('"a;b",c', [])).toBe(',')
    expect(detectDelimiter('a\tb', [])).toBe('\t')
    expect(detectDelimiter('a', [])).toBe(';')
  })

  it('prefers the candidate that yields the expected headers, then the most frequent', () => {
    expect(detectDelimiter('kod;namn, kort', ['kod', 'namn, kort'])).toBe(';')
    expect(detectDelimiter('a,b,c;d', [])).toBe(',')
  })
})

describe('detectLineBreak', () => {
  it('reads the break of the line at the offset', () => {
    expect(detectLineBreak('a\r\nb', 0)).toBe('\r\n')
    expect(detectLineBreak('t\na\r\nb', 2)).toBe('\r\n')
    expect(detectLineBreak('a\nb', 0)).toBe('\n')
    expect(detectLineBreak('a\rb', 0)).toBe('\r')
    expect(detectLineBreak('a', 0)).toBe('\n')
  })
})

describe('skipLines', () => {
  it('counts \\r\\n, \\n and \\r as one break each', () => {
    // "t1\r\n" is 4 code units, "t2\n" 3: the third line starts at 7.
    expect(skipLines('t1\r\nt2\nx', 0, 2)).toBe(7)
    expect(skipLines('t1\rx', 0, 1)).toBe(3)
    expect(skipLines('\uFEFFt\nx', 1, 1)).toBe(3)
    expect(skipLines('t', 0, 3)).toBe(1)
  })
})
