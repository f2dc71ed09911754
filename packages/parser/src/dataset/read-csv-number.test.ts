import { describe, expect, it } from 'vitest'
import { readCsvNumber } from './read-csv-number.js'

describe('readCsvNumber', () => {
  it.each([
    ['2454821', '2454821'],
    ['2 454 821', '2454821'],
    ['2\u00A0454\u00A0821', '2454821'],
    ['2\u202F454\u202F821', '2454821'],
    ['2\u2009454\u2009821', '2454821'],
    ['1 234,5', '1234.5'],
    ['0,25', '0.25'],
    ['12.5', '12.5'],
    ['  17 ', '17'],
  ])('reads %j as %s', (cell, decimal) => {
    expect(readCsvNumber(cell)).toEqual({ type: 'number', decimal })
  })

  it.each(['', '  ', '..', '.'])('reads %j as a missing value', (cell) => {
    expect(readCsvNumber(cell)).toEqual({ type: 'missing' })
  })

  // A negative weight would make a division hand out more than its whole: refused like any non-number.
  it.each([
    '12 34',
    '1 2345',
    '1.234.567',
    '1,2,3',
    '12a',
    '1e6',
    ',5',
    '5,',
    '- 3',
    '1 234 ,5',
    '-3',
    '\u22123',
    '-2 454 821',
  ])('refuses %j', (cell) => {
    expect(readCsvNumber(cell)).toEqual({ type: 'invalid' })
  })
})
