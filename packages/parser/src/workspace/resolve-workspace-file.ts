import type { WorkspaceHost } from './workspace-host.js'
import { toAbsolutePath, toWorkspacePath } from './workspace-paths.js'

/** Where a workspace path really leads, and whether fordela may read or overwrite it. */
export type ResolvedWorkspaceFile =
  | {
      readonly type: 'file'
      /** The real workspace path, links followed. */
      readonly path: string
      /** The real absolute path: what to open. */
      readonly absPath: string
      /** Its size in bytes, known before anything is opened. */
      readonly size: number
    }
  | { readonly type: 'outside' }
  | {
      readonly type: 'missing'
      /** Why it cannot be used: a system code (`ENOENT`, `ELOOP` …) or `ENOTREGULAR`; see `describeFileError`. */
      readonly reason: string
    }

/**
 * The one gate in front of every file fordela reads or overwrites: specs,
 * CSV files, the config, the baseline, committed memos, `-o` targets.
 * Follows every symbolic link with `realPath` (never reading), requires the
 * real place to lie inside `realRoot`, then asks its size, which the host
 * refuses for anything but a regular file; so a link out of the workspace,
 * a named pipe or a device is turned away before it is opened, and a FIFO
 * can never block a run.
 */
export async function resolveWorkspaceFile(
  host: WorkspaceHost,
  realRoot: string,
  workspacePath: string,
): Promise<ResolvedWorkspaceFile> {
  let absPath: string
  try {
    absPath = await host.realPath(toAbsolutePath(realRoot, workspacePath))
  } catch (error) {
    return { type: 'missing', reason: errorCode(error) }
  }
  const path = toWorkspacePath(realRoot, absPath)
  if (path === undefined) return { type: 'outside' }
  try {
    return { type: 'file', path, absPath, size: await host.fileSize(absPath) }
  } catch (error) {
    return { type: 'missing', reason: errorCode(error) }
  }
}

/** The system error code of a failed file operation (`ENOENT`, `EACCES` …), or `unknown`. */
export function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : 'unknown'
}
