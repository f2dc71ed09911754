export { loadWorkspace, type LoadWorkspaceOptions } from './load-workspace.js'
export { nodeWorkspaceHost } from './node-workspace-host.js'
export type { Workspace } from './workspace.js'
export type { WorkspaceEntry, WorkspaceEntryType, WorkspaceHost } from './workspace-host.js'
