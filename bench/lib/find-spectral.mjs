import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'

/**
 * Looks for Spectral through npx (`npx --yes -p @stoplight/spectral-cli`),
 * which installs it into npm's cache the first time, and returns the path of
 * its JavaScript entry so the benchmark can run it with `node` directly,
 * without npx's own start-up in every measured run.
 *
 * @param {number} timeoutMs how long the lookup (and install) may take
 * @returns {{ entry: string, version: string } | { reason: string }}
 */
export function findSpectral(timeoutMs) {
  const lookup = spawnSync(
    'npx',
    ['--yes', '-p', '@stoplight/spectral-cli', 'sh', '-c', 'command -v spectral && spectral --version'],
    {
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  if (lookup.error) return { reason: `npx failed or took longer than ${timeoutMs / 1000} s (${lookup.error.message})` }
  if (lookup.status !== 0) return { reason: `npx exited ${lookup.status}: ${lookup.stderr.trim().split('\n').pop()}` }
  const [bin, version] = lookup.stdout.trim().split('\n')
  if (!bin || !version) return { reason: 'npx printed no spectral path' }
  return { entry: realpathSync(bin), version: version.trim() }
}
