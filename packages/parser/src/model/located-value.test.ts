import { describe, expect, test } from 'vitest'
import { CompactSourceRange, LocatedValue, locateValue } from './located-value.js'

describe('LocatedValue', () => {
  test('gives its range as a source range made on demand', () => {
    const located = new LocatedValue('vgr', 'vg/parter.yaml', 120, 123)
    expect(located.value).toBe('vgr')
    expect(located.at).toEqual({ file: 'vg/parter.yaml', span: [120, 123] })
    // A fresh object each time: nothing may rely on identity, and changing one leaves the value's range alone.
    expect(located.at).not.toBe(located.at)
  })

  test('locateValue keeps the offsets of the range it is given', () => {
    const located = locateValue(7, { file: 'a.yaml', span: [3, 4] })
    expect(located).toBeInstanceOf(LocatedValue)
    expect(located.at).toEqual({ file: 'a.yaml', span: [3, 4] })
  })
})

describe('CompactSourceRange', () => {
  test('gives its span as a fresh pair of offsets', () => {
    const range = new CompactSourceRange('vg/2025.yaml', 40, 92)
    expect(range.file).toBe('vg/2025.yaml')
    expect(range.span).toEqual([40, 92])
    expect(range.span).not.toBe(range.span)
    expect(locateValue('x', range).at).toEqual({ file: 'vg/2025.yaml', span: [40, 92] })
  })
})
