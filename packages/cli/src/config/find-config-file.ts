import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { configFileName } from './lint-config.js'

/**
 * The nearest `fordela.config.yaml` in `start` or a folder above it. The
 * search stops at the root of the git repository `start` is in (the folder
 * holding `.git`), so a stray config in a home folder never applies to a
 * checkout; outside a repository it goes up to the file-system root.
 */
export function findConfigFile(start: string): string | undefined {
  let folder = start
  for (;;) {
    const candidate = join(folder, configFileName)
    if (existsSync(candidate)) return candidate
    const parent = dirname(folder)
    if (parent === folder || existsSync(join(folder, '.git'))) return undefined
    folder = parent
  }
}
