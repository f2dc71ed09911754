import { readFileSync } from 'node:fs'
import { cliPackageRoot } from './package-root.js'

let version: string | undefined

/** The CLI package's version, read once from its package.json. */
export function readCliVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('package.json', cliPackageRoot), 'utf8')) as { version: string }).version
  return version
}
