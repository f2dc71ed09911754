/**
 * Sveriges 21 län: länskod and name.
 *
 * Source: /work/shared/data/befolkning-lan-2023-12-31.csv (SCB, BE0101,
 * folkmängd per län 2023-12-31), the same codes and names as
 * examples/data/befolkning-lan-2023-12-31.csv; region-reference.test.ts
 * checks them against that file.
 */
export const LAN_REFERENCE: readonly (readonly [code: string, name: string])[] = [
  ['01', 'Stockholms län'],
  ['03', 'Uppsala län'],
  ['04', 'Södermanlands län'],
  ['05', 'Östergötlands län'],
  ['06', 'Jönköpings län'],
  ['07', 'Kronobergs län'],
  ['08', 'Kalmar län'],
  ['09', 'Gotlands län'],
  ['10', 'Blekinge län'],
  ['12', 'Skåne län'],
  ['13', 'Hallands län'],
  ['14', 'Västra Götalands län'],
  ['17', 'Värmlands län'],
  ['18', 'Örebro län'],
  ['19', 'Västmanlands län'],
  ['20', 'Dalarnas län'],
  ['21', 'Gävleborgs län'],
  ['22', 'Västernorrlands län'],
  ['23', 'Jämtlands län'],
  ['24', 'Västerbottens län'],
  ['25', 'Norrbottens län'],
]
