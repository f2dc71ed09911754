import { nodeCliIo } from './node-cli-io.js'
import { run } from './run.js'

/**
 * The process entry: the only place that sets the exit code. SIGINT and
 * SIGTERM end a busy run at once (no handler is installed while it only
 * reads and computes); from the first file it writes on, they end it once
 * the current write is done (`deferTerminationSignals`), so a file is
 * renamed whole or not at all, never left half-way as a temporary file.
 */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), nodeCliIo())
}
