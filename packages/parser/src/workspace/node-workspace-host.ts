import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import type { WorkspaceEntryType, WorkspaceHost } from './workspace-host.js'

/**
 * The workspace host on Node's file system: the one module of the parser
 * that touches it.
 */
export const nodeWorkspaceHost: WorkspaceHost = {
  readFile(absPath) {
    return readFile(absPath)
  },
  async readDir(absPath) {
    const entries = await readdir(absPath, { withFileTypes: true })
    return entries.map((entry) => ({ name: entry.name, type: typeOf(entry) }))
  },
  realPath(absPath) {
    return realpath(absPath)
  },
  async fileSize(absPath) {
    return (await stat(absPath)).size
  },
}

function typeOf(entry: Dirent): WorkspaceEntryType {
  if (entry.isSymbolicLink()) return 'symlink'
  if (entry.isDirectory()) return 'directory'
  if (entry.isFile()) return 'file'
  return 'other'
}
