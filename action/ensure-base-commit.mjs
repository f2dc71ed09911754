// Makes the pull request's base commit available to `fordela diff --base`.
// actions/checkout fetches only the head commit by default; rather than ask
// every workflow for `fetch-depth: 0`, the action fetches the one commit it needs.
import { spawnSync } from 'node:child_process'

/**
 * Finds the commit `ref` names in the repository at `cwd`, fetching it from
 * `origin` (one commit deep) when it is not there.
 * @param {string} ref a commit SHA, branch or tag
 * @param {string} cwd a folder inside the repository
 * @returns {{ base: string } | { problem: string }} the ref to compare with — `ref` itself, or the
 *   fetched commit's SHA when `ref` is a branch only the remote has — or what went wrong as a sentence
 */
export function ensureBaseCommit(ref, cwd) {
  if (resolveCommit(ref, cwd)) return { base: ref }
  const fetched = spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', ref], { cwd, encoding: 'utf8' })
  if (fetched.status === 0) {
    if (resolveCommit(ref, cwd)) return { base: ref }
    const commit = resolveCommit('FETCH_HEAD', cwd)
    if (commit) return { base: commit }
  }
  const reason = fetched.error?.message ?? fetched.stderr.trim()
  return {
    problem: `Jämförelsens bas ${ref} finns inte och kunde inte hämtas. / The base ${ref} is missing and could not be fetched: ${reason}`,
  }
}

/**
 * The SHA `ref` resolves to, or undefined when it names no commit.
 * @param {string} ref
 * @param {string} cwd
 * @returns {string | undefined}
 */
function resolveCommit(ref, cwd) {
  const parsed = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, encoding: 'utf8' })
  return parsed.status === 0 ? parsed.stdout.trim() : undefined
}
