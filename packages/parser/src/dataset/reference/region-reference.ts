import { LAN_REFERENCE } from './lan-reference-data.js'

/** A län as the reference lists it. */
export interface LanReference {
  /** Länskod, two digits (`14`). */
  readonly code: string
  /** `Västra Götalands län`. */
  readonly name: string
}

/** A kommun as a kommun list names it, with its län. */
export interface KommunReference {
  /** Kommunkod, four digits (`1480`); the first two are the länskod. */
  readonly code: string
  /** The kommun's name as the list writes it (`Göteborg`). */
  readonly name: string
  readonly lan: LanReference
}

/** What level of SCB's Region codes a code is: `00` riket, two digits a län, four a kommun. */
export type RegionLevel = 'riket' | 'lan' | 'kommun'

/**
 * The kommuner and län fordela checks units against. The 21 län always come
 * from the sourced län list (lan-reference-data.ts). fordela ships no kommun
 * list yet (it awaits a sourced one): without one, `hasKommuner` is false and
 * the kommun look-ups find nothing, so the checks that need them are skipped
 * and say so instead of claiming a result.
 */
export interface RegionReference {
  /** Whether a kommun list was given; the kommun checks run only then. */
  readonly hasKommuner: boolean
  /** The kommuner in kommunkod order; empty without a kommun list. */
  listKommuner(): readonly KommunReference[]
  /** The 21 län in länskod order. */
  listLan(): readonly LanReference[]
  /** The kommun with this kommunkod, if the kommun list has it. */
  findKommunByCode(code: string): KommunReference | undefined
  /** The län with this länskod, if there is one. */
  findLanByCode(code: string): LanReference | undefined
  /**
   * The kommun a unit id names: by kommunkod (`1445`), by its name
   * (`Essunga`), or by the form of the name used before the word "kommun"
   * (`Essung`, `Marks`): the one listed name that is the id plus one letter,
   * or the id minus a final `s`. Undefined when nothing or more than one
   * kommun matches, and always without a kommun list.
   */
  matchKommun(id: string): KommunReference | undefined
  /** The län a unit id names: by länskod (`14`) or by its name (`Västra Götalands län`). */
  matchLan(id: string): LanReference | undefined
}

/**
 * A reference of the 21 län and, when given, a kommun list of
 * `[kommunkod, name]` pairs. Throws when a kommunkod is not four digits
 * starting with a länskod, or a code or name is listed twice: a broken
 * list must not check anything.
 */
export function createRegionReference(
  kommunList?: readonly (readonly [code: string, name: string])[],
): RegionReference {
  const lan = LAN_REFERENCE.map(([code, name]): LanReference => ({ code, name }))
  const lanByCode = new Map(lan.map((entry) => [entry.code, entry]))
  const kommuner = (kommunList ?? []).map(([code, name]): KommunReference => {
    const kommunLan = /^\d{4}$/u.test(code) ? lanByCode.get(code.slice(0, 2)) : undefined
    if (!kommunLan) throw new Error(`kommun list: ${code} is not four digits starting with a länskod`)
    return { code, name: name.normalize('NFC'), lan: kommunLan }
  })
  const kommunByCode = new Map(kommuner.map((kommun) => [kommun.code, kommun]))
  const kommunByName = new Map(kommuner.map((kommun) => [kommun.name, kommun]))
  if (kommunByCode.size !== kommuner.length || kommunByName.size !== kommuner.length) {
    throw new Error('kommun list: a code or a name is listed twice')
  }
  return {
    hasKommuner: kommuner.length > 0,
    listKommuner: () => kommuner,
    listLan: () => lan,
    findKommunByCode: (code) => kommunByCode.get(code),
    findLanByCode: (code) => lanByCode.get(code),
    matchKommun(id) {
      const text = id.trim().normalize('NFC')
      const exact = kommunByCode.get(text) ?? kommunByName.get(text)
      if (exact) return exact
      const candidates = kommuner.filter(
        (kommun) =>
          (kommun.name.length === text.length + 1 && kommun.name.startsWith(text)) ||
          (text.endsWith('s') && kommun.name === text.slice(0, -1)),
      )
      return candidates.length === 1 ? candidates[0] : undefined
    },
    matchLan(id) {
      const text = id.trim().normalize('NFC')
      return lanByCode.get(text) ?? lan.find((entry) => entry.name === text)
    },
  }
}

/**
 * The reference fordela uses by default: the 21 sourced län and no kommun
 * list, until a sourced kommun list is added.
 */
export const defaultRegionReference: RegionReference = createRegionReference()

/** The level of a Region code by its form (`00`, two or four digits), whatever it names. */
export function regionLevel(code: string): RegionLevel | undefined {
  if (code === '00') return 'riket'
  if (/^\d{2}$/u.test(code)) return 'lan'
  if (/^\d{4}$/u.test(code)) return 'kommun'
  return undefined
}
