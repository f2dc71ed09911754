import { readFileSync } from 'node:fs'
import { cliPackageRoot } from './package-root.js'

/** The CLI package's version, read once from its package.json. */
export function readCliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', cliPackageRoot), 'utf8')) as { version: string }
  return manifest.version
}
