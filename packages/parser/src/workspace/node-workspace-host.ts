import { readdir, realpath } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import { readRegularFile, regularFileSize } from './node-regular-file.js'
import type { WorkspaceEntryType, WorkspaceHost } from './workspace-host.js'

/**
 * The workspace host on Node's file system: the one module of the parser
 * that touches it.
 */
export const nodeWorkspaceHost: WorkspaceHost = {
  readFile(absPath) {
    return readRegularFile(absPath)
  },
  async readDir(absPath) {
    const entries = await readdir(absPath, { withFileTypes: true })
    return entries.map((entry) => ({ name: entry.name, type: typeOf(entry) }))
  },
  realPath(absPath) {
    return realpath(absPath)
  },
  fileSize(absPath) {
    return regularFileSize(absPath)
  },
}

function typeOf(entry: Dirent): WorkspaceEntryType {
  if (entry.isSymbolicLink()) return 'symlink'
  if (entry.isDirectory()) return 'directory'
  if (entry.isFile()) return 'file'
  return 'other'
}
