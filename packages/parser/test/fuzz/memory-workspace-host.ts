import path from 'node:path'
import type { WorkspaceEntry, WorkspaceHost } from '../../src/index.js'

/** The folder a memory workspace pretends to live in. */
export const memoryRoot = '/memory/workspace'

/** An error shaped like Node's, so the loader reports its code. */
function missing(absPath: string): Error {
  return Object.assign(new Error(`ENOENT: ${absPath}`), { code: 'ENOENT' })
}

/**
 * A workspace host over files held in memory (workspace path → text), so a
 * fuzz run loads thousands of workspaces through the real loader without
 * touching the disk. It has no symbolic links; every path is its own real path.
 */
export function createMemoryHost(files: Readonly<Record<string, string | Uint8Array>>): WorkspaceHost {
  const encoder = new TextEncoder()
  const contents = new Map<string, Uint8Array>()
  const folders = new Map<string, Map<string, WorkspaceEntry>>([[memoryRoot, new Map()]])
  for (const [file, content] of Object.entries(files)) {
    const absPath = path.posix.join(memoryRoot, file)
    contents.set(absPath, typeof content === 'string' ? encoder.encode(content) : content)
    let child = absPath
    let type: WorkspaceEntry['type'] = 'file'
    while (child !== memoryRoot) {
      const parent = path.posix.dirname(child)
      const entries = folders.get(parent) ?? new Map<string, WorkspaceEntry>()
      folders.set(parent, entries)
      entries.set(path.posix.basename(child), { name: path.posix.basename(child), type })
      child = parent
      type = 'directory'
    }
  }
  return {
    async readFile(absPath) {
      const content = contents.get(absPath)
      if (!content) throw missing(absPath)
      return content
    },
    async readDir(absPath) {
      const entries = folders.get(absPath)
      if (!entries) throw missing(absPath)
      return [...entries.values()]
    },
    async realPath(absPath) {
      const normal = path.posix.normalize(absPath)
      if (!contents.has(normal) && !folders.has(normal)) throw missing(absPath)
      return normal
    },
    async fileSize(absPath) {
      const content = contents.get(absPath)
      if (!content) throw missing(absPath)
      return content.length
    },
  }
}
