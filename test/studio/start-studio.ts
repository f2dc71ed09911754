import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../../packages/cli/bin/fordela.js', import.meta.url))

/** A running `fordela studio` and the address it printed. */
export interface RunningStudio {
  /** The address with the token, as printed. */
  readonly url: string
  /** The address without the token: the static app alone. */
  readonly origin: string
  stop(): Promise<void>
}

/** Starts the built CLI's `fordela studio <root>` on a free port of 127.0.0.1 and waits for its address. */
export function startStudio(root: string, lang: 'sv' | 'en' = 'sv'): Promise<RunningStudio> {
  const child = spawn(process.execPath, [bin, 'studio', root, '--port', '0', '--lang', lang], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fordela studio printed no address: ${output}`)), 20_000)
    child.on('exit', (code) => reject(new Error(`fordela studio exited with ${code}: ${output}`)))
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0]
      if (!url) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolve({
        url,
        origin: new URL(url).origin,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
  })
}
