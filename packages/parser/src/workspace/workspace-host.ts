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
 * `resolveWorkspaceFile` (`realPath`, then `fileSize`), to lie inside the
 * workspace root and be a regular file, and never reads one whose
 * `fileSize` is over the limit. Tests pass a recording wrapper to prove it.
 */
export interface WorkspaceHost {
  /** The whole content of a regular file; rejects (code `ENOTREGULAR`) for anything else, without blocking. */
  readFile(absPath: string): Promise<Uint8Array>
  /** The entries of a directory, in any order. */
  readDir(absPath: string): Promise<WorkspaceEntry[]>
  /** The path with every symbolic link resolved; rejects when it does not exist. */
  realPath(absPath: string): Promise<string>
  /**
   * The size in bytes of the file the path leads to (links followed);
   * rejects with code `ENOTREGULAR` (`notRegularFileCode`) when that is not
   * a regular file: a folder, a named pipe, a device, a socket.
   */
  fileSize(absPath: string): Promise<number>
}
