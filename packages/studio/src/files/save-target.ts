import type { SessionSource } from '../workspace/session.js'

/** The folder `fordela studio` serves this page: the token its API asks for, its name and its id. */
export interface ServedWorkspace {
  readonly token: string
  readonly name: string
  readonly folderId: string
}

/** Where saving writes a session's files. */
export type SaveTarget =
  /** The served folder, through `fordela studio`'s API. */
  | { readonly kind: 'server'; readonly served: ServedWorkspace }
  /** The folder the user opened with the File System Access API. */
  | { readonly kind: 'folder'; readonly name: string; readonly handle: FileSystemDirectoryHandle }
  /** Nowhere the page may write: every file is downloaded as a zip. */
  | { readonly kind: 'download' }

/**
 * Saving goes back to where the files came from: to the served folder only
 * for that folder's own session (never files dropped, chosen or opened
 * elsewhere while `fordela studio` runs, nor a session of another served
 * folder kept in this browser), to a folder the user opened back into it,
 * and otherwise to a download.
 */
export function saveTarget(source: SessionSource, served: ServedWorkspace | undefined): SaveTarget {
  if (source.type === 'server' && served && source.folderId !== undefined && source.folderId === served.folderId)
    return { kind: 'server', served }
  if (source.type === 'folder' && source.handle) return { kind: 'folder', name: source.name, handle: source.handle }
  return { kind: 'download' }
}
