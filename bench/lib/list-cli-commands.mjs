import { spawnSync } from 'node:child_process'

/**
 * The command names `fordela --help` lists, so the benchmark measures render
 * and diff only once they exist.
 *
 * @param {string} bin path of packages/cli/bin/fordela.js
 * @returns {Set<string>}
 */
export function listCliCommands(bin) {
  const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })
  const commands = help.stdout.split('Commands:')[1] ?? ''
  return new Set([...commands.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((match) => match[1]))
}
