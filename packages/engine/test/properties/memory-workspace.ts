import { loadWorkspace, type WorkspaceHost, type Workspace } from '@fordela/parser'

const ROOT = '/arbetsyta'

/** A Node-like "no such file" error, as the loader expects from a host. */
function missing(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

/**
 * Loads `files` (name → text, one flat folder) as a workspace without
 * touching the disk; `order` decides the order in which the folder lists
 * them, so a property can show that it never matters.
 */
export function loadMemoryWorkspace(
  files: Readonly<Record<string, string>>,
  order: (names: string[]) => string[] = (names) => names,
): Promise<Workspace> {
  const bytes = new Map(
    Object.entries(files).map(([name, text]) => [`${ROOT}/${name}`, new TextEncoder().encode(text)]),
  )
  const host: WorkspaceHost = {
    readFile: async (path) => bytes.get(path) ?? Promise.reject(missing(path)),
    readDir: async (path) =>
      path === ROOT
        ? order(Object.keys(files)).map((name) => ({ name, type: 'file' as const }))
        : Promise.reject(missing(path)),
    realPath: async (path) => (path === ROOT || bytes.has(path) ? path : Promise.reject(missing(path))),
    fileSize: async (path) => bytes.get(path)?.length ?? Promise.reject(missing(path)),
  }
  return loadWorkspace({ root: ROOT, host })
}
