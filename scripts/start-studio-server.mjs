// Starts the built `fordela studio` on a free port of 127.0.0.1 for the
// screenshot script and the studio benchmark.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Serves `root` with the repository's built CLI; resolves once the studio
 * prints its address, with the origin and a function that stops it.
 * @param {string} root the workspace folder to open
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export function startStudioServer(root) {
  const child = spawn(process.execPath, [join(repo, 'packages/cli/bin/fordela.js'), 'studio', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.on('exit', (code) => reject(new Error(`fordela studio exited with ${code}`)))
    child.stdout.on('data', (chunk) => {
      output += chunk
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0]
      if (url) {
        child.removeAllListeners('exit')
        resolve({ origin: new URL(url).origin, stop: () => child.kill('SIGTERM') })
      }
    })
  })
}
