/** What a directory entry is, without following a symbolic link. */
export type WorkspaceEntryType = 'file' | 'directory' | 'symlink' | 'other'

/** One entry of a directory listing. */
export interface WorkspaceEntry {
  readonly name: string
  readonly type: WorkspaceEntryType
}

/**
 * The file system as the workspace loader sees it; every path is absolute.
 * The loader never reads a file it has not first checked, through
 * `realPath`, to lie inside the workspace root, and never reads one whose
 * `fileSize` is over the limit. Tests pass a recording wrapper to prove it.
 */
export interface WorkspaceHost {
  /** The whole content of a file. */
  readFile(absPath: string): Promise<Uint8Array>
  /** The entries of a directory, in any order. */
  readDir(absPath: string): Promise<WorkspaceEntry[]>
  /** The path with every symbolic link resolved; rejects when it does not exist. */
  realPath(absPath: string): Promise<string>
  /** The size in bytes of the file the path leads to (links followed). */
  fileSize(absPath: string): Promise<number>
}
