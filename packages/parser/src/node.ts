/**
 * @fordela/parser/node — what only runs on Node: the workspace host over
 * Node's file system, and reading a file only when it is a regular one. The
 * package's root stays free of `node:*` imports so the studio runs the same
 * parser in a browser.
 */
export { nodeWorkspaceHost } from './workspace/node-workspace-host.js'
export {
  notRegularFileError,
  readRegularFile,
  readRegularFileSync,
  regularFileSize,
  regularFileSizeSync,
} from './workspace/node-regular-file.js'
