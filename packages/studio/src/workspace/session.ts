import { get, set } from 'idb-keyval'

/** Where the files came from, which decides how they are saved. */
export type SessionSource =
  | { readonly type: 'example' }
  | { readonly type: 'files'; readonly name: string }
  | { readonly type: 'folder'; readonly name: string; readonly handle?: FileSystemDirectoryHandle }
  | {
      readonly type: 'server'
      readonly name: string
      /** `fordela studio`'s id of the served folder (absent in sessions kept before it had one). */
      readonly folderId?: string
    }

/** Everything open: the files as edited, the files as opened, and which one is shown. */
export interface Session {
  readonly source: SessionSource
  /** Workspace path → text as it is now. */
  readonly files: Map<string, string>
  /** Workspace path → text as it was opened or last saved. */
  readonly saved: Map<string, string>
  current: string
}

const KEY = 'fordela-studio-session'

/** The files whose text differs from what was opened or last saved. */
export function unsavedFiles(session: Session): string[] {
  return [...session.files].filter(([path, text]) => session.saved.get(path) !== text).map(([path]) => path)
}

/**
 * Whether two sources are the same files: the bundled examples, or the same
 * folder served by `fordela studio`. Files and folders a user opened by hand
 * are never taken for others (a name alone does not tell them apart).
 */
export function sameSource(a: SessionSource, b: SessionSource): boolean {
  if (a.type === 'example' && b.type === 'example') return true
  return a.type === 'server' && b.type === 'server' && a.folderId !== undefined && a.folderId === b.folderId
}

/** Keeps the session in IndexedDB so a reload (or a crash) loses nothing. */
export async function storeSession(session: Session): Promise<void> {
  await set(KEY, {
    source: session.source,
    files: [...session.files],
    saved: [...session.saved],
    current: session.current,
  })
}

/** The session stored last, if any. */
export async function restoreSession(): Promise<Session | undefined> {
  const stored = await get<{
    source: SessionSource
    files: [string, string][]
    saved: [string, string][]
    current: string
  }>(KEY)
  if (!stored || !Array.isArray(stored.files)) return undefined
  return { source: stored.source, files: new Map(stored.files), saved: new Map(stored.saved), current: stored.current }
}
