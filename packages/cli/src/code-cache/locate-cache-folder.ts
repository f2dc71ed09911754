import { isAbsolute, join, resolve } from 'node:path'

/**
 * The per-user folder for fordela's code caches, or undefined when
 * `FORDELA_NO_CODE_CACHE` is set (to anything but `0`) or no home is known:
 * `FORDELA_CACHE_DIR` (relative to `cwd`), else `$XDG_CACHE_HOME/fordela`,
 * else `~/.cache/fordela`.
 */
export function locateCacheFolder(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
  cwd: string,
): string | undefined {
  const off = env['FORDELA_NO_CODE_CACHE']
  if (off !== undefined && off !== '' && off !== '0') return undefined
  const own = env['FORDELA_CACHE_DIR']
  if (own) return resolve(cwd, own)
  // The XDG spec says to ignore a relative XDG_CACHE_HOME.
  const xdg = env['XDG_CACHE_HOME']
  if (xdg && isAbsolute(xdg)) return join(xdg, 'fordela')
  return home ? join(home, '.cache', 'fordela') : undefined
}
