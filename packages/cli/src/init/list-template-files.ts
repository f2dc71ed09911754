import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cliPackageRoot } from '../package-root.js'

/** The county repository scaffold that `fordela init` copies (`packages/cli/templates/county`). */
export const countyTemplateFolder = fileURLToPath(new URL('templates/county/', cliPackageRoot))

/** Every file of a template folder, as `/`-separated paths relative to it, sorted. */
export function listTemplateFiles(folder: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(join(folder, relative), { withFileTypes: true }).flatMap((entry) => {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`
      return entry.isDirectory() ? walk(path) : [path]
    })
  return walk('').sort()
}
