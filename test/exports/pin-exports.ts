import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

/** What a runtime export is: `class` and `function` apart, arrays apart from other objects. */
export type ExportKind =
  | 'class'
  | 'function'
  | 'object'
  | 'array'
  | 'string'
  | 'number'
  | 'boolean'
  | 'bigint'
  | 'symbol'
  | 'undefined'

/** A package's importable entries (`"."`, `"./node"`, …): each export's name and kind. */
export type PinnedExports = Readonly<Record<string, Readonly<Record<string, ExportKind>>>>

/** The kind of one exported value. */
export function kindOf(value: unknown): ExportKind {
  if (typeof value === 'function')
    return /^class[\s{]/.test(Function.prototype.toString.call(value)) ? 'class' : 'function'
  if (value === null) return 'object'
  if (Array.isArray(value)) return 'array'
  return typeof value as ExportKind
}

/** Every export of a module as `name: kind`, sorted by name. */
export function describeExports(module: Record<string, unknown>): Record<string, ExportKind> {
  return Object.fromEntries(
    Object.keys(module)
      .sort()
      .map((name) => [name, kindOf(module[name])]),
  )
}

/** What changed between the pinned exports and the actual ones: names added, names removed, kinds changed. */
export function compareExports(
  pinned: Readonly<Record<string, ExportKind>>,
  actual: Readonly<Record<string, ExportKind>>,
) {
  const names = (record: Readonly<Record<string, ExportKind>>) => Object.keys(record)
  return {
    added: names(actual)
      .filter((name) => !(name in pinned))
      .map((name) => `${name} (${actual[name]})`),
    removed: names(pinned)
      .filter((name) => !(name in actual))
      .map((name) => `${name} (${pinned[name]})`),
    changedKind: names(actual)
      .filter((name) => name in pinned && pinned[name] !== actual[name])
      .map((name) => `${name}: ${pinned[name]} → ${actual[name]}`),
  }
}

/**
 * Registers tests that hold a package's public API to the list written in
 * the test: the entries of its package.json `exports` (besides
 * ./package.json) and, for each, the sorted names it exports at run time
 * with their kinds. Each entry is imported from the TypeScript file its
 * `fordela-source` condition names, the file its published `default`
 * (dist/…) is compiled from. An export added, removed or changed fails with
 * the names; if the change is meant, update the list.
 */
export function pinExports(packageFolder: string, pinned: PinnedExports): void {
  const manifest = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as {
    name: string
    exports: Record<string, string | Record<string, string>>
  }
  const entries = Object.entries(manifest.exports).filter(([subpath]) => subpath !== './package.json')
  describe(`the public exports of ${manifest.name}`, () => {
    it('has exactly the pinned entries in package.json', () => {
      expect(
        entries.map(([subpath]) => subpath).sort(),
        `${manifest.name}: package.json "exports" changed; if meant, update the list in this test`,
      ).toEqual(Object.keys(pinned).sort())
    })

    for (const [subpath, target] of entries) {
      it(`${subpath} exports exactly the pinned names, each of its kind`, async () => {
        const source = typeof target === 'string' ? undefined : target['fordela-source']
        if (!source) throw new Error(`${manifest.name}: "exports" ${subpath} has no fordela-source condition`)
        const module = (await import(pathToFileURL(join(packageFolder, source)).href)) as Record<string, unknown>
        const message = `${manifest.name}${subpath.slice(1)}: the public exports changed; if meant, update the list in this test`
        expect(compareExports(pinned[subpath] ?? {}, describeExports(module)), message).toEqual({
          added: [],
          removed: [],
          changedKind: [],
        })
      })
    }
  })
}
