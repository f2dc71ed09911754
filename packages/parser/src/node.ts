/**
 * @fordela/parser/node — the parts of the parser that need Node's file
 * system. The package root stays free of `node:` modules.
 */
export {
  notRegularFileError,
  readRegularFile,
  readRegularFileSync,
  regularFileSize,
  regularFileSizeSync,
} from './workspace/node-regular-file.js'
