import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { evaluateWorkspace, type WorkspaceEvaluation } from '@fordela/engine'
import { loadWorkspace, type Workspace, type WorkspaceEntry, type WorkspaceHost } from '@fordela/parser'
import { examplesRoot } from './example-workspace.js'

/** Workspace path → file text. */
export type FileTree = Record<string, string>

const ROOT = '/memory'

/** A workspace host over files held in memory, so a test can vary a spec without touching disk. */
function createMemoryHost(files: FileTree): WorkspaceHost {
  const absolute = new Map(Object.entries(files).map(([file, content]) => [`${ROOT}/${file}`, content]))
  const isFolder = (abs: string) => [...absolute.keys()].some((file) => file.startsWith(`${abs}/`))
  const missing = (abs: string) => Object.assign(new Error(`ENOENT: ${abs}`), { code: 'ENOENT' })
  return {
    async readFile(abs) {
      const content = absolute.get(abs)
      if (content === undefined) throw missing(abs)
      return new TextEncoder().encode(content)
    },
    async readDir(abs) {
      const entries = new Map<string, WorkspaceEntry>()
      for (const file of absolute.keys()) {
        if (!file.startsWith(`${abs}/`)) continue
        const [name = '', ...rest] = file.slice(abs.length + 1).split('/')
        entries.set(name, { name, type: rest.length > 0 ? 'directory' : 'file' })
      }
      return [...entries.values()]
    },
    async realPath(abs) {
      const normal = path.posix.normalize(abs)
      if (absolute.has(normal) || normal === ROOT || isFolder(normal)) return normal
      throw missing(abs)
    },
    async fileSize(abs) {
      const content = absolute.get(abs)
      if (content === undefined) throw missing(abs)
      return new TextEncoder().encode(content).length
    },
  }
}

/** Loads and evaluates a workspace of in-memory files. */
export async function evaluateFiles(files: FileTree): Promise<WorkspaceEvaluation> {
  const workspace: Workspace = await loadWorkspace({ root: ROOT, host: createMemoryHost(files) })
  return evaluateWorkspace(workspace)
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
