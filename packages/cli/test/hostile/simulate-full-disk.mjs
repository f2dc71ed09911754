// Preloaded into a fordela process (node --import) to simulate a full disk:
// writing a temporary file (*.tmp) stores half of the text, then fails with
// ENOSPC as the kernel would.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const writeFileSync = fs.writeFileSync
fs.writeFileSync = (file, data, options) => {
  if (typeof file !== 'string' || !file.endsWith('.tmp')) return writeFileSync(file, data, options)
  writeFileSync(file, String(data).slice(0, Math.floor(String(data).length / 2)), options)
  throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  })
}
syncBuiltinESMExports()
