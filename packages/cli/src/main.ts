import { nodeCliIo } from './node-cli-io.js'
import { run } from './run.js'

/** Exit codes of a run stopped by a signal, as shells report them (128 + the signal's number). */
const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const

/**
 * The process entry: the only place that sets the exit code. SIGINT and
 * SIGTERM end the run once the current synchronous step is done, so a file
 * being written atomically is always renamed whole or not at all, never left
 * half-way as a temporary file.
 */
export async function main(): Promise<void> {
  for (const [signal, code] of Object.entries(signalExitCodes)) process.once(signal, () => process.exit(code))
  process.exitCode = await run(process.argv.slice(2), nodeCliIo())
}
