/** Exit codes of a run stopped by a signal, as shells report them (128 + the signal's number). */
export const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const

let deferring = false

/**
 * From now on, SIGINT and SIGTERM end the run only once the current
 * synchronous step is done, with 128 + the signal's number. Called before
 * fordela writes a file: the write (temporary file, then rename) is one
 * synchronous step, so it is completed or cleaned up, never left half-way.
 * Until then no handler is installed, so a signal ends a busy run at once,
 * as the system's default does: a run stuck in a long computation still
 * stops when CI's timeout sends SIGTERM, and there is no file of its own
 * to leave behind.
 */
export function deferTerminationSignals(): void {
  if (deferring) return
  deferring = true
  for (const [signal, code] of Object.entries(signalExitCodes)) process.on(signal, () => process.exit(code))
}
