import { resolveWorkspaceFile, type ResolvedWorkspaceFile } from './resolve-workspace-file.js'
import type { WorkspaceHost } from './workspace-host.js'

export { errorCode } from './resolve-workspace-file.js'

/** Where a workspace path really leads once symbolic links are followed. */
export type ProbedPath = ResolvedWorkspaceFile

/** Follows a workspace path to its real place; asks the file system once per path. */
export type PathProber = (workspacePath: string) => Promise<ProbedPath>

/**
 * Creates a prober that resolves each path once with
 * {@link resolveWorkspaceFile}, so a link that leads out of the root, or to
 * something that is not a regular file, is caught before anything behind it
 * is opened.
 */
export function createPathProber(host: WorkspaceHost, realRoot: string): PathProber {
  const cache = new Map<string, Promise<ProbedPath>>()
  return (workspacePath) => {
    let probed = cache.get(workspacePath)
    if (!probed) {
      probed = resolveWorkspaceFile(host, realRoot, workspacePath)
      cache.set(workspacePath, probed)
    }
    return probed
  }
}
