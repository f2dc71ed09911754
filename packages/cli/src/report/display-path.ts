import { join, relative, sep } from 'node:path'

/**
 * A workspace file's path as the user should see it in a terminal or a CI
 * log: relative to the working directory, with `/` separators, so it is
 * clickable in editors' terminals and resolves in GitHub annotations.
 */
export function toDisplayPath(root: string, cwd: string, file: string): string {
  const path = relative(cwd, join(root, file))
  return sep === '/' ? path : path.split(sep).join('/')
}
