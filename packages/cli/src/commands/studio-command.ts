import { randomBytes } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { UsageError } from '../errors.js'
import { ExitCode } from '../exit-codes.js'
import { cliPackageRoot } from '../package-root.js'
import { startStudioServer } from '../studio/studio-server.js'

/** The options of `fordela studio`. */
export interface StudioCommandOptions {
  readonly port?: number
  readonly lang?: Language
}

/**
 * Where the built studio is: beside the CLI in the repository
 * (packages/studio/dist), else inside the published package (`studio/`,
 * copied there when it is packed: scripts/prepack-package.mjs).
 */
function findStudioFiles(lang: Language): string {
  const candidates = ['../studio/dist/', 'studio/'].map((path) => fileURLToPath(new URL(path, cliPackageRoot)))
  const dir = candidates.find((candidate) => existsSync(resolve(candidate, 'index.html'))) ?? candidates[0]!
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new UsageError(say(lang, messages.cliSpec.studioNotBuilt, { folder: dir }))
  }
  return dir
}

/**
 * `fordela studio [dir]`: serves the studio and the workspace (the folder,
 * default the current one) read-write on 127.0.0.1 with a random token in
 * the URL, until stopped (Ctrl-C). Prints the address to open.
 */
export async function studioCommand(
  dir: string | undefined,
  options: StudioCommandOptions,
  io: CliIo,
  stopped: Promise<void>,
): Promise<number> {
  const lang = options.lang ?? 'sv'
  const root = resolve(io.cwd, dir ?? '.')
  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    throw new UsageError(say(lang, messages.cliSpec.noSuchFolder, { folder: dir ?? '.' }))
  }
  const staticDir = findStudioFiles(lang)
  const token = randomBytes(24).toString('base64url')
  const server = await startStudioServer({ realRoot, staticDir, token, port: options.port ?? 0 })
  const { port } = server.address() as { port: number }
  const url = `http://127.0.0.1:${port}/?token=${token}`
  io.writeOut(say(lang, messages.cliSpec.studioServes, { folder: realRoot, url }))
  await stopped
  const closed = new Promise<void>((done) => server.close(() => done()))
  server.closeAllConnections()
  await closed
  return ExitCode.ok
}
