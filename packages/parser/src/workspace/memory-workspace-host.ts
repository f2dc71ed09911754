import { basename, dirname, join, normalize } from 'pathe'
import { notRegularFileCode } from '../diagnostics/describe-file-error.js'
import type { WorkspaceEntry, WorkspaceHost } from './workspace-host.js'

/** An error shaped like Node's, so the loader reports its code (`ENOENT`). */
function missing(absPath: string): Error {
  return Object.assign(new Error(`ENOENT: ${absPath}`), { code: 'ENOENT' })
}

/**
 * A workspace host over files held in memory (workspace path → text or
 * bytes) under the absolute folder `root`: the studio's file access in the
 * browser, and the tests'. It has no symbolic links; every path is its own
 * real path. The map is read once: a changed file needs a new host.
 */
export function createMemoryWorkspaceHost(
  root: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): WorkspaceHost {
  const encoder = new TextEncoder()
  const top = normalize(root)
  const contents = new Map<string, Uint8Array>()
  const folders = new Map<string, Map<string, WorkspaceEntry>>([[top, new Map()]])
  for (const [file, content] of Object.entries(files)) {
    const absPath = join(top, file)
    if (!absPath.startsWith(`${top}/`)) continue
    contents.set(absPath, typeof content === 'string' ? encoder.encode(content) : content)
    let child = absPath
    let type: WorkspaceEntry['type'] = 'file'
    while (child !== top) {
      const parent = dirname(child)
      const entries = folders.get(parent) ?? new Map<string, WorkspaceEntry>()
      folders.set(parent, entries)
      entries.set(basename(child), { name: basename(child), type })
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
      const normal = normalize(absPath)
      if (!contents.has(normal) && !folders.has(normal)) throw missing(absPath)
      return normal
    },
    async fileSize(absPath) {
      const content = contents.get(absPath)
      if (!content && folders.has(absPath))
        throw Object.assign(new Error(`not a regular file: ${absPath}`), { code: notRegularFileCode })
      if (!content) throw missing(absPath)
      return content.length
    },
  }
}
