import { createMemoryWorkspaceHost, type WorkspaceHost } from '../../packages/parser/src/index.js'

/** The folder a memory workspace pretends to live in. */
export const memoryRoot = '/memory/workspace'

/**
 * A workspace host over files held in memory (workspace path → text), so a
 * fuzz run loads thousands of workspaces through the real loader without
 * touching the disk.
 */
export function createMemoryHost(files: Readonly<Record<string, string | Uint8Array>>): WorkspaceHost {
  return createMemoryWorkspaceHost(memoryRoot, files)
}
