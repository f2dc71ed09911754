/** Exit codes, as every fordela command uses them. */
export const ExitCode = {
  /** Nothing to report, or only what the options allow. */
  ok: 0,
  /** Findings: errors, or more warnings than `--max-warnings`. */
  findings: 1,
  /** Usage error, unreadable input or an internal failure. */
  failure: 2,
} as const

/** One of the exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode]
