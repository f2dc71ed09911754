import { execFile } from 'node:child_process'

/** What git printed, as bytes, or why it failed. */
export type GitResult =
  | { readonly ok: true; readonly stdout: Buffer }
  | { readonly ok: false; readonly message: string }

/** Large enough for any spec file or tree listing; git's output beyond it is an error, not a truncation. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024

/**
 * Runs `git` with `args` in `cwd` — the program itself, no shell, so no
 * argument is ever interpreted — and resolves to its output, or to git's
 * own error message (its last stderr line) when it fails or is missing.
 */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ ok: true, stdout })
          return
        }
        const lines = stderr.toString('utf8').trim().split('\n')
        resolve({ ok: false, message: lines.at(-1) || error.message })
      },
    )
  })
}
