import { readFileSync } from 'node:fs'
import { cliPackageRoot } from './package-root.js'

/** Set by the bundle build (scripts/bundle-cli.mjs); absent under tsc and vitest. */
declare const __FORDELA_CLI_VERSION__: string | undefined

let version: string | undefined

/**
 * The CLI package's version: the one the bundle was built with, else read
 * once from package.json (tsc's dist/ and vitest run the sources as they are).
 */
export function readCliVersion(): string {
  version ??=
    typeof __FORDELA_CLI_VERSION__ === 'string'
      ? __FORDELA_CLI_VERSION__
      : (JSON.parse(readFileSync(new URL('package.json', cliPackageRoot), 'utf8')) as { version: string }).version
  return version
}
