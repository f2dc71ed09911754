import type { WorkspaceHost } from './workspace-host.js'
import { toAbsolutePath, toWorkspacePath } from './workspace-paths.js'

/** Where a workspace path really leads once symbolic links are followed. */
export type ProbedPath =
  | { readonly type: 'file'; /** The real workspace path. */ readonly path: string }
  | { readonly type: 'outside' }
  | { readonly type: 'missing'; /** The system's error code, e.g. `ENOENT`. */ readonly reason: string }

/** Follows a workspace path to its real place; asks the file system once per path. */
export type PathProber = (workspacePath: string) => Promise<ProbedPath>

/**
 * Creates a prober that resolves symbolic links with `realPath` only (it
 * never reads), so a link that leads out of the root is caught before
 * anything behind it is opened.
 */
export function createPathProber(host: WorkspaceHost, realRoot: string): PathProber {
  const cache = new Map<string, Promise<ProbedPath>>()
  const probe = async (workspacePath: string): Promise<ProbedPath> => {
    let real: string
    try {
      real = await host.realPath(toAbsolutePath(realRoot, workspacePath))
    } catch (error) {
      return { type: 'missing', reason: errorCode(error) }
    }
    const inside = toWorkspacePath(realRoot, real)
    return inside === undefined ? { type: 'outside' } : { type: 'file', path: inside }
  }
  return (workspacePath) => {
    let probed = cache.get(workspacePath)
    if (!probed) {
      probed = probe(workspacePath)
      cache.set(workspacePath, probed)
    }
    return probed
  }
}

/** The system error code of a failed file operation (`ENOENT`, `EACCES` …), or `unknown`. */
export function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : 'unknown'
}
