// Runs the fordela command line of this checkout (the action's own copy,
// built by `npm run setup`) as a child process.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The CLI entry of the checkout this script belongs to. */
const fordelaBin = fileURLToPath(new URL('../packages/cli/bin/fordela.js', import.meta.url))

/**
 * What one fordela run gave.
 * @typedef {object} FordelaRun
 * @property {number} status the exit code: 0 clean, 1 findings, 2 usage or internal failure
 * @property {string} stdout everything written to standard output
 */

/**
 * Runs `fordela <args>` in `cwd` and waits for it. Standard error goes
 * straight to the log, where the user reads it; standard output is captured
 * so the caller can count, forward or store it.
 * @param {readonly string[]} args the arguments after `fordela`
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options where and with which environment
 * @returns {FordelaRun}
 */
export function runFordela(args, options) {
  const child = spawnSync(process.execPath, [fordelaBin, ...args], {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    // A diff or SARIF report of a whole county can be large; never cut it off.
    maxBuffer: 256 * 1024 * 1024,
  })
  if (child.error) throw child.error
  // A signal (the runner cancelling) leaves no status: report it as a failure.
  return { status: child.status ?? 2, stdout: child.stdout }
}
