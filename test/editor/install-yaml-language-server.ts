import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The server the editors' YAML extension bundles (Red Hat's), major version 1. */
const packageSpec = 'yaml-language-server@1'

/**
 * Installs yaml-language-server from npm into a folder of its own under the
 * temp directory — never into this repository's dependencies — and returns
 * the path of its executable. A folder left by an earlier run is reused.
 * Throws with npm's own message when the install fails (no network, say):
 * the editor tests need the real server and must not pass without it.
 */
export function installYamlLanguageServer(): string {
  const prefix = join(tmpdir(), 'fordela-test-yaml-language-server-1')
  const bin = join(prefix, 'node_modules/yaml-language-server/bin/yaml-language-server')
  if (existsSync(bin)) return bin
  mkdirSync(prefix, { recursive: true })
  const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', packageSpec], {
    encoding: 'utf8',
  })
  if (npm.status !== 0 || !existsSync(bin)) {
    throw new Error(`npm install ${packageSpec} failed (exit ${npm.status}): ${npm.error?.message ?? npm.stderr}`)
  }
  return bin
}
