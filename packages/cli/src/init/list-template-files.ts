import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cliPackageRoot } from '../package-root.js'

/** The folder of templates that `fordela init` copies from (`packages/cli/templates`). */
export const templatesFolder = fileURLToPath(new URL('templates/', cliPackageRoot))

/** The example county repository scaffold (`templates/county`). */
export const countyTemplateFolder = join(templatesFolder, 'county')

/** Every file of a template folder, as `/`-separated paths relative to it, sorted. */
export function listTemplateFiles(folder: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(join(folder, relative), { withFileTypes: true }).flatMap((entry) => {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`
      return entry.isDirectory() ? walk(path) : [path]
    })
  return walk('').sort()
}
