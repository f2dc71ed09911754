import { expect } from 'vitest'

/** The built-in prototypes a hostile key could reach through `__proto__`, `constructor` or `prototype`. */
const prototypes = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Map: Map.prototype,
} as const

/** Each built-in prototype's own property names, sorted, and the prototype it inherits from. */
export type PrototypeSnapshot = Readonly<Record<keyof typeof prototypes, string>>

/** Describes the built-in prototypes so that any key added to one (or a changed parent) shows as a difference. */
export function snapshotPrototypes(): PrototypeSnapshot {
  const describe = (proto: object): string => {
    const names = Reflect.ownKeys(proto).map(String).sort()
    return `${names.join(',')} <- ${Object.getPrototypeOf(proto) === Object.prototype ? 'Object' : String(Object.getPrototypeOf(proto))}`
  }
  return {
    Object: describe(prototypes.Object),
    Array: describe(prototypes.Array),
    Function: describe(prototypes.Function),
    String: describe(prototypes.String),
    Number: describe(prototypes.Number),
    Map: describe(prototypes.Map),
  }
}

/**
 * Fails the test when a built-in prototype differs from `before`, or when a
 * fresh object shows a key that only pollution could have put there.
 */
export function expectPrototypesUntouched(before: PrototypeSnapshot): void {
  expect(snapshotPrototypes()).toEqual(before)
  const fresh: Record<string, unknown> = {}
  expect([fresh['polluted'], ({} as Record<string, unknown>)['polluted'], Object.keys(Object.prototype)]).toEqual([
    undefined,
    undefined,
    [],
  ])
}
