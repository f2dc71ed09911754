import type { Stats } from 'node:fs'

/**
 * Whether a cache folder or file may be trusted: owned by the user running
 * fordela and writable by no one else, so that only fordela itself, run by
 * this user, can have written what V8 will load. Where the system has no
 * user ids (Windows) the folder's place in the user's profile decides.
 */
export function isPrivateToUser(stats: Stats): boolean {
  if (process.getuid === undefined) return true
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0
}
