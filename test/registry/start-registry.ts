import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

/** A running private registry and how to publish to it. */
export interface Registry {
  /** The registry's URL, ending in `/`. */
  readonly url: string
  /** An npm user config holding a publish token for it (and no `registry=`). */
  readonly publishConfig: string
  /** Stops the registry and waits for it to exit. */
  readonly stop: () => Promise<void>
}

/**
 * Starts Verdaccio (test/registry/start-verdaccio.cjs) in a child process
 * with its storage under `folder`, and registers a user to publish with.
 */
export async function startRegistry(folder: string): Promise<Registry> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'start-verdaccio.cjs'), folder], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const url = await readReadyLine(child)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.stdin?.end()
    })
  try {
    const response = await fetch(new URL('-/user/org.couchdb.user:fordela-e2e', url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'fordela-e2e', password: 'fordela-e2e-password' }),
    })
    const { token } = (await response.json()) as { token?: string }
    if (!token) throw new Error(`Verdaccio did not register the publishing user (HTTP ${response.status})`)
    const publishConfig = join(mkdtempSync(join(tmpdir(), 'fordela-npmrc-')), '.npmrc')
    // Only the token: which registry to publish to is said per command, so npx still fetches pnpm from npm's.
    writeFileSync(publishConfig, `//${new URL(url).host}/:_authToken=${token}\n`)
    return { url, publishConfig, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Resolves with the URL the starter prints once Verdaccio listens. */
function readReadyLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      const ready = /^ready (\S+)$/.exec(line)
      if (ready) resolve(ready[1]!)
    })
    child.once('exit', (code) => reject(new Error(`Verdaccio exited (code ${code}) before it listened`)))
  })
}
