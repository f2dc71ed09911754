// Preloaded into a fordela process (node --import) so that a test can kill
// it mid-write: writing a temporary file (*.tmp) stores half of the text,
// creates the file named by FORDELA_TEST_MARKER, blocks for three seconds
// (time to send a signal) and then writes the whole text.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const writeFileSync = fs.writeFileSync
fs.writeFileSync = (file, data, options) => {
  if (typeof file !== 'string' || !file.endsWith('.tmp')) return writeFileSync(file, data, options)
  writeFileSync(file, String(data).slice(0, Math.floor(String(data).length / 2)), options)
  writeFileSync(process.env.FORDELA_TEST_MARKER, String(process.pid))
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_000)
  return writeFileSync(file, data, options)
}
syncBuiltinESMExports()
