import { createRegionReference } from '../region-reference.js'

/**
 * SYNTHETIC, for tests only: a made-up kommun list of five entries, not a
 * copy of any published list and not a claim about SCB's codes. Göteborg
 * 1480, Essunga 1445 and Mark 1463 are the units issue #20 names; Ale 1440 is
 * the unit of the tests' TAB638 fixture; "Påhittå" 1401 is invented, to test
 * a name with å. Only the form matters: four digits starting with a real
 * länskod (14, Västra Götalands län, from the sourced län list).
 */
export const SYNTHETIC_KOMMUN_LIST: readonly (readonly [code: string, name: string])[] = [
  ['1401', 'Påhittå'],
  ['1440', 'Ale'],
  ['1445', 'Essunga'],
  ['1463', 'Mark'],
  ['1480', 'Göteborg'],
]

/** The sourced 21 län with the SYNTHETIC kommun list above injected. */
export const syntheticRegionReference = createRegionReference(SYNTHETIC_KOMMUN_LIST)
