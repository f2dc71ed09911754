import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** The files the studio edits: specs, configs, dataset CSVs and the baseline (which hides findings there as in `fordela lint`). */
export const STUDIO_FILE = /\.(?:ya?ml|csv)$|(?:^|\/)fordela-baseline\.json$/iu

/** Limits on what the studio reads and writes. */
export const STUDIO_LIMITS = {
  maxFileBytes: 4 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxFiles: 2000,
  maxDepth: 16,
} as const

/** Whether `path` is `root` or lies inside it (both real, absolute paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !/^[A-Za-z]:/u.test(rel) && !rel.startsWith(sep))
}

/**
 * The workspace's spec and data files, workspace path → text: dot-folders
 * and node_modules left out, symbolic links never followed, files over the
 * size limit skipped, at most `maxFiles` and `maxTotalBytes` in all.
 */
export function readStudioFiles(realRoot: string): Map<string, string> {
  const files = new Map<string, string>()
  let total = 0
  const walk = (folder: string, depth: number): void => {
    if (depth > STUDIO_LIMITS.maxDepth) return
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (files.size >= STUDIO_LIMITS.maxFiles) return
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path, depth + 1)
      else if (entry.isFile() && STUDIO_FILE.test(entry.name)) {
        const size = lstatSync(path).size
        if (size > STUDIO_LIMITS.maxFileBytes || total + size > STUDIO_LIMITS.maxTotalBytes) continue
        total += size
        files.set(relative(realRoot, path).split(sep).join('/'), readFileSync(path, 'utf8'))
      }
    }
  }
  walk(realRoot, 0)
  return files
}

/** Why a path the browser asks to write is refused, or undefined when it may be written. */
export function refuseWrite(realRoot: string, workspacePath: string, text: unknown): string | undefined {
  if (typeof text !== 'string') return 'not text'
  if (new TextEncoder().encode(text).length > STUDIO_LIMITS.maxFileBytes) return 'too large'
  const parts = workspacePath.split('/')
  if (
    workspacePath.includes('\\') ||
    workspacePath.includes('\0') ||
    parts.some((part) => part === '' || part === '.' || part === '..' || part.startsWith('.'))
  ) {
    return 'not a plain workspace path'
  }
  if (!STUDIO_FILE.test(workspacePath)) return 'not a .yaml, .yml or .csv file'
  // Every existing folder on the way must be a real folder inside the root, and the file no link.
  let folder = realRoot
  for (const part of parts.slice(0, -1)) {
    folder = join(folder, part)
    const stat = lstatSafe(folder)
    if (stat === undefined) return 'no such folder'
    if (!stat.isDirectory() || !isInside(realRoot, realpathSync(folder))) return 'leads outside the workspace'
  }
  const target = lstatSafe(join(realRoot, ...parts))
  if (target && !target.isFile()) return 'not a regular file'
  return undefined
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}
