import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createRegionReference, defaultRegionReference, regionLevel } from './region-reference.js'
import { syntheticRegionReference } from '../../../../../test/fixtures/synthetic-region-reference.js'

/** The examples' copy of /work/shared/data/befolkning-lan-2023-12-31.csv (SCB, BE0101): lanskod;lan;folkmangd. */
const sourcedLan = readFileSync(
  new URL('../../../../../examples/data/befolkning-lan-2023-12-31.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(';').slice(0, 2).join(' '))

describe('the län reference', () => {
  it('is exactly the 21 län of the sourced file, codes and names', () => {
    expect(sourcedLan).toHaveLength(21)
    expect(defaultRegionReference.listLan().map((lan) => `${lan.code} ${lan.name}`)).toEqual(sourcedLan)
  })

  it('matches a län by code and by name, and refuses what it cannot place', () => {
    expect(defaultRegionReference.matchLan('Skåne län')?.code).toBe('12')
    expect(defaultRegionReference.matchLan('12')?.name).toBe('Skåne län')
    expect(defaultRegionReference.findLanByCode('14')?.name).toBe('Västra Götalands län')
    // There has been no län 02 since 1968 (Uppsala län is 03).
    expect(defaultRegionReference.matchLan('02')).toBeUndefined()
  })
})

describe('the kommun reference', () => {
  it('has no kommun list by default, so nothing matches a kommun', () => {
    expect(defaultRegionReference.hasKommuner).toBe(false)
    expect(defaultRegionReference.listKommuner()).toEqual([])
    expect(defaultRegionReference.matchKommun('1480')).toBeUndefined()
    expect(defaultRegionReference.findKommunByCode('1480')).toBeUndefined()
  })

  it('matches an injected (synthetic) list by code, by name and by the form before "kommun"', () => {
    const reference = syntheticRegionReference
    expect(reference.hasKommuner).toBe(true)
    expect(reference.findKommunByCode('1480')?.name).toBe('Göteborg')
    // The län comes from the kommunkod's first two digits and the sourced län list.
    expect(reference.findKommunByCode('1480')?.lan.name).toBe('Västra Götalands län')
    expect(reference.matchKommun('1463')?.name).toBe('Mark')
    expect(reference.matchKommun('Göteborg')?.code).toBe('1480')
    expect(reference.matchKommun('Essung')?.code).toBe('1445')
    expect(reference.matchKommun('Marks')?.code).toBe('1463')
    // Decomposed å (a + combining ring) is the same name.
    expect(reference.matchKommun('P\u0061\u030Ahitta\u030A')?.code).toBe('1401')
    expect(reference.matchKommun('Atlantis')).toBeUndefined()
    expect(reference.matchKommun('9999')).toBeUndefined()
  })

  it('refuses a broken kommun list rather than check against it', () => {
    // 02 is no länskod; 1480 twice is one code listed twice.
    expect(() => createRegionReference([['0201', 'X']])).toThrow('0201 is not four digits starting with a länskod')
    expect(() =>
      createRegionReference([
        ['1480', 'A'],
        ['1480', 'B'],
      ]),
    ).toThrow('listed twice')
  })

  it('tells the levels of Region codes apart by form', () => {
    expect(['00', '14', '1480', '148', 'x'].map(regionLevel)).toEqual(['riket', 'lan', 'kommun', undefined, undefined])
  })
})
