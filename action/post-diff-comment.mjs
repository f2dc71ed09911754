// Posts the diff summary as a pull-request comment with `gh api`, editing the
// action's earlier comment instead of adding a new one on every push.
//
// Why gh and not actions/github-script: gh is on every GitHub-hosted runner,
// reads its token from GH_TOKEN, and can be called from this plain script, so
// all of the action's logic stays in files the tests run outside GitHub (a
// github-script step would put JavaScript inside action.yml, where no test
// reaches it).
//
// The comment's text is written by fordela's presentation package
// (renderDiffComment in @fordela/render-markdown).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { commentMarker } from '@fordela/render-markdown'

/**
 * The pull request a workflow run belongs to, from its event payload.
 * @param {Readonly<Record<string, string | undefined>>} env the process environment
 * @returns {{ repository: string, number: number } | undefined} undefined for other events
 */
export function findPullRequest(env) {
  const repository = env.GITHUB_REPOSITORY
  const eventPath = env.GITHUB_EVENT_PATH
  if (!repository || !eventPath) return undefined
  const event = JSON.parse(readFileSync(eventPath, 'utf8'))
  const number = event?.pull_request?.number
  return Number.isInteger(number) ? { repository, number } : undefined
}

/**
 * Creates the action's comment on the pull request, or edits it when an
 * earlier run left one. Returns the problem as a sentence when gh is
 * missing or GitHub refuses (a fork's read-only token, say) — a comment
 * that could not be written must not fail the check.
 * @param {{ repository: string, number: number }} pullRequest where to comment
 * @param {string} body the comment's text, from renderDiffComment
 * @param {NodeJS.ProcessEnv} env the environment for gh (GH_TOKEN, PATH)
 * @returns {string | undefined} undefined when the comment was written
 */
export function upsertComment(pullRequest, body, env) {
  const { repository, number } = pullRequest
  const listed = callGh(
    [
      'api',
      '--paginate',
      `repos/${repository}/issues/${number}/comments`,
      '--jq',
      `.[] | select(.body | startswith("${commentMarker}")) | .id`,
    ],
    '',
    env,
  )
  if (typeof listed === 'string') return listed
  const existing = listed.stdout
    .split('\n')
    .find((line) => /^\d+$/.test(line.trim()))
    ?.trim()
  const args = existing
    ? ['api', '--method', 'PATCH', `repos/${repository}/issues/comments/${existing}`, '--input', '-']
    : ['api', '--method', 'POST', `repos/${repository}/issues/${number}/comments`, '--input', '-']
  const written = callGh(args, JSON.stringify({ body }), env)
  return typeof written === 'string' ? written : undefined
}

/**
 * Runs gh; its output, or what went wrong as a sentence.
 * @param {string[]} args
 * @param {string} input what gh reads on standard input
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ stdout: string } | string}
 */
function callGh(args, input, env) {
  const child = spawnSync('gh', args, { input, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (child.error)
    return `gh kunde inte startas (${/** @type {NodeJS.ErrnoException} */ (child.error).code ?? child.error.message}). / gh could not start.`
  const endpoint = args.find((arg) => arg.startsWith('repos/'))
  if (child.status !== 0) return `gh api ${endpoint} misslyckades / failed: ${child.stderr.trim()}`
  return { stdout: child.stdout }
}
