import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pruneCodeCaches } from './prune-code-caches.js'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const day = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 10, 23)

/** A new folder with these files, each last written the given number of days before `now`. */
function createFolder(files: Record<string, number>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fordela-prune-'))
  folders.push(folder)
  for (const [name, daysAgo] of Object.entries(files)) {
    writeFileSync(join(folder, name), 'x')
    const seconds = (now - daysAgo * day) / 1000
    utimesSync(join(folder, name), seconds, seconds)
  }
  return folder
}

/** A cache file name as run-bundle.ts makes it: key, 16 hex digits of the bundle's hash. */
const cache = (key: string, build: string): string => `${key}-${build.repeat(16)}.v8-cache`

describe('pruneCodeCaches', () => {
  it('deletes caches and temporary files older than 30 days, but not the one kept nor other files', () => {
    const folder = createFolder({
      [cache('lint-nodev20.20.2-linux-x64', 'a')]: 31,
      [cache('render-nodev20.20.2-linux-x64', 'a')]: 29,
      [`${cache('lint-nodev20.20.2-linux-x64', 'b')}.123-abcdef.tmp`]: 40,
      [cache('main-nodev20.20.2-linux-x64', 'a')]: 90,
      'notes.txt': 90,
    })
    pruneCodeCaches(folder, cache('main-nodev20.20.2-linux-x64', 'a'), now)
    expect(readdirSync(folder).sort()).toEqual([
      cache('main-nodev20.20.2-linux-x64', 'a'),
      'notes.txt',
      cache('render-nodev20.20.2-linux-x64', 'a'),
    ])
  })

  it('keeps the three builds written last of each command, counting the one just written', () => {
    const lint = 'lint-nodev20.20.2-linux-x64'
    const folder = createFolder({
      [cache(lint, 'a')]: 4,
      [cache(lint, 'b')]: 3,
      [cache(lint, 'c')]: 2,
      [cache(lint, 'd')]: 1,
      [cache(lint, 'e')]: 0,
      [cache('render-nodev20.20.2-linux-x64', 'a')]: 5,
    })
    // e was just written; of the others d and c are the newest: a and b go.
    pruneCodeCaches(folder, cache(lint, 'e'), now)
    expect(readdirSync(folder).sort()).toEqual([
      cache(lint, 'c'),
      cache(lint, 'd'),
      cache(lint, 'e'),
      cache('render-nodev20.20.2-linux-x64', 'a'),
    ])
  })

  it('ignores a folder it cannot read', () => {
    expect(() => pruneCodeCaches(join(tmpdir(), 'fordela-prune-missing'), 'x', now)).not.toThrow()
  })
})
