// Preloaded into a fordela process (node --import) so that a test can stop
// it while it is busy: the first directory listing (the workspace walk,
// before anything is written) creates the file named by FORDELA_TEST_MARKER
// with the process id, then blocks the thread for 20 seconds, as a long
// synchronous computation would, and writes `<marker>.woke` if it gets past.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const readdirSync = fs.readdirSync
let busy = false
fs.readdirSync = (...args) => {
  if (!busy) {
    busy = true
    fs.writeFileSync(process.env.FORDELA_TEST_MARKER, String(process.pid))
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20_000)
    // Reached only by a run that a signal did not stop while it was blocked.
    fs.writeFileSync(`${process.env.FORDELA_TEST_MARKER}.woke`, '')
  }
  return readdirSync(...args)
}
syncBuiltinESMExports()
