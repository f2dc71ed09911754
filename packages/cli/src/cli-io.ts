/** Everything a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** Whether stdout is a terminal (colours, code frames). */
  readonly stdoutIsTTY: boolean
  writeOut(text: string): void
  writeErr(text: string): void
}
