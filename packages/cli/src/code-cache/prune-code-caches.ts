import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Cache files untouched for this long belong to an older fordela or Node; a live one is just written again. */
const maxAgeMs = 30 * 24 * 60 * 60 * 1000

/** Builds of fordela kept per command, Node version and flags: two installed side by side do not evict each other. */
const buildsKept = 3

/** `<key>-<16 hex digits of the bundle's hash>.v8-cache`, as run-bundle.ts names a cache. */
const cacheName = /^(.+)-[0-9a-f]{16}\.v8-cache$/

/**
 * Deletes, in `folder`, the code caches and temporary files not written for
 * {@link maxAgeMs}, and of each key's caches all but the {@link buildsKept}
 * written last, never `keep`. Every build of fordela writes a new set (about
 * 1 MB per command), so without this a developer's folder would grow with
 * each `npm run build`. It runs only after a cache was written, so an
 * ordinary run pays nothing for it.
 */
export function pruneCodeCaches(folder: string, keep: string, now: number): void {
  try {
    const byKey = new Map<string, { file: string; mtimeMs: number }[]>()
    for (const name of readdirSync(folder)) {
      if (name === keep || !(name.endsWith('.v8-cache') || name.endsWith('.tmp'))) continue
      const file = join(folder, name)
      const { mtimeMs } = statSync(file)
      const key = cacheName.exec(name)?.[1]
      if (now - mtimeMs > maxAgeMs) rmSync(file, { force: true })
      else if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), { file, mtimeMs }])
    }
    const keptKey = cacheName.exec(keep)?.[1]
    for (const [key, caches] of byKey) {
      const room = key === keptKey ? buildsKept - 1 : buildsKept
      for (const { file } of caches.sort((a, b) => b.mtimeMs - a.mtimeMs).slice(room)) rmSync(file, { force: true })
    }
  } catch {
    // A cache that is not pruned only takes space.
  }
}
