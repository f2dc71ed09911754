import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { evaluateWorkspace, type WorkspaceEvaluation } from '@fordela/engine'
import { createMemoryWorkspaceHost, loadWorkspace, type Workspace } from '@fordela/parser'
import { examplesRoot } from './example-workspace.js'

/** Workspace path → file text. */
export type FileTree = Record<string, string>

const ROOT = '/memory'

/** Loads a workspace of in-memory files. */
export function loadFiles(files: FileTree): Promise<Workspace> {
  return loadWorkspace({ root: ROOT, host: createMemoryWorkspaceHost(ROOT, files) })
}

/** Loads and evaluates a workspace of in-memory files. */
export async function evaluateFiles(files: FileTree): Promise<WorkspaceEvaluation> {
  return evaluateWorkspace(await loadFiles(files))
}

/** The examples folder's spec and data files, read once, to vary in memory. */
export function readExampleFiles(): FileTree {
  const files: FileTree = {}
  const walk = (folder: string) => {
    for (const name of readdirSync(path.join(examplesRoot, folder))) {
      const file = folder ? `${folder}/${name}` : name
      if (statSync(path.join(examplesRoot, file)).isDirectory()) walk(file)
      else if (/\.(ya?ml|csv)$/u.test(name)) files[file] = readFileSync(path.join(examplesRoot, file), 'utf8')
    }
  }
  walk('')
  return files
}

/**
 * Replaces exactly one occurrence of `from` in a file, so a variant fails
 * loudly when the example it is built from changes.
 */
export function replaceOnce(files: FileTree, file: string, from: string, to: string): FileTree {
  const text = files[file]
  if (text === undefined) throw new Error(`no file ${file}`)
  const at = text.indexOf(from)
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`"${from}" is not in ${file} exactly once`)
  return { ...files, [file]: text.slice(0, at) + to + text.slice(at + from.length) }
}
