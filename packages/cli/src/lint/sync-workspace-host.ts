import { readdirSync, realpathSync, type Dirent } from 'node:fs'
import type { WorkspaceEntryType, WorkspaceHost } from '@fordela/parser'
import { readRegularFileSync, regularFileSizeSync } from '@fordela/parser/node'

/**
 * The workspace host the CLI loads with: Node's synchronous file calls behind
 * the parser's promise-based interface. A lint reads many small files one
 * process at a time, where each promise-based stat and read costs a trip
 * through libuv's thread pool and its callbacks; the synchronous calls skip
 * that (issue 7, `bench/tools/time-file-reads.mjs`). Errors still arrive as
 * rejections, as the parser's own `nodeWorkspaceHost` gives them, and paths
 * resolve with the same native `realpath`.
 */
export const syncWorkspaceHost: WorkspaceHost = {
  async readFile(absPath) {
    return readRegularFileSync(absPath)
  },
  async readDir(absPath) {
    return readdirSync(absPath, { withFileTypes: true }).map((entry) => ({ name: entry.name, type: typeOf(entry) }))
  },
  async realPath(absPath) {
    return realpathSync.native(absPath)
  },
  async fileSize(absPath) {
    return regularFileSizeSync(absPath)
  },
}

/** What a directory entry is, without following a symbolic link. */
function typeOf(entry: Dirent): WorkspaceEntryType {
  if (entry.isSymbolicLink()) return 'symlink'
  if (entry.isDirectory()) return 'directory'
  if (entry.isFile()) return 'file'
  return 'other'
}
