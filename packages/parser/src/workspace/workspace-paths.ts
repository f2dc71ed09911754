import { dirname, isAbsolute, join, normalize, relative as relativePath } from 'pathe'

/** Where a path reference leads before the file system is asked: into the workspace, or out of it. */
export type LexicalTarget = { readonly type: 'inside'; readonly path: string } | { readonly type: 'outside' }

/**
 * Whether a reference names a file rather than a document id: it contains
 * a slash (either kind) or ends in `.yaml`/`.yml`.
 */
export function isPathReference(ref: string): boolean {
  return /[/\\]/u.test(ref) || /\.ya?ml$/iu.test(ref)
}

/**
 * Resolves `ref` against the folder of the workspace file `fromFile` by
 * text alone. Absolute paths (`/etc/passwd`, `C:\…`, `\\server\…`) and paths
 * that climb above the root are outside; backslashes count as separators so
 * a Windows-style `..\..\x` cannot slip past.
 */
export function resolveLexically(fromFile: string, ref: string): LexicalTarget {
  const slashed = ref.replaceAll('\\', '/')
  if (slashed.startsWith('/') || /^[A-Za-z]:/u.test(slashed)) return { type: 'outside' }
  const joined = normalize(join(dirname(fromFile), slashed))
  if (joined === '..' || joined.startsWith('../')) return { type: 'outside' }
  return { type: 'inside', path: joined === '.' ? '' : joined.replace(/\/$/u, '') }
}

/**
 * The workspace-relative POSIX path of an absolute real path, or undefined
 * when it lies outside `realRoot`.
 */
export function toWorkspacePath(realRoot: string, absPath: string): string | undefined {
  const relative = relativePath(realRoot, absPath)
  if (relative === '..' || relative.startsWith('../') || isAbsolute(relative)) return undefined
  return relative
}

/** The absolute path of a workspace path. */
export function toAbsolutePath(realRoot: string, workspacePath: string): string {
  return join(realRoot, ...workspacePath.split('/'))
}

/** The path of `target` as written from the folder of `fromFile` (`./parter.yaml`, `../data/x.yaml`). */
export function relativeFrom(fromFile: string, target: string): string {
  const relative = relativePath(dirname(fromFile), target)
  return relative.startsWith('../') ? relative : `./${relative}`
}
