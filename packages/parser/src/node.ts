/**
 * @fordela/parser/node — what only runs on Node: the workspace host over
 * Node's file system. The package's root stays free of `node:*` imports so
 * the studio runs the same parser in a browser.
 */
export { nodeWorkspaceHost } from './workspace/node-workspace-host.js'
