export { loadWorkspace, type LoadWorkspaceOptions } from './load-workspace.js'
export { createMemoryWorkspaceHost } from './memory-workspace-host.js'
export type { Workspace } from './workspace.js'
export type { WorkspaceEntry, WorkspaceEntryType, WorkspaceHost } from './workspace-host.js'
