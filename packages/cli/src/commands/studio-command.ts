import { randomBytes } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Language } from '@fordela/parser'
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
    throw new UsageError(
      lang === 'sv' ? `studion är inte byggd (${dir} saknas); kör npm run build.` : `the studio is not built (${dir} is missing); run npm run build.`,
    )
  }
  return dir
}

/**
 * `fordela studio [dir]`: serves the studio and the workspace (the folder,
 * default the current one) read-write on 127.0.0.1 with a random token in
 * the URL, until stopped (Ctrl-C). Prints the address to open.
 */
export async function studioCommand(dir: string | undefined, options: StudioCommandOptions, io: CliIo, stopped: Promise<void>): Promise<number> {
  const lang = options.lang ?? 'sv'
  const root = resolve(io.cwd, dir ?? '.')
  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    throw new UsageError(lang === 'sv' ? `${dir ?? '.'}: mappen finns inte.` : `${dir ?? '.'}: no such folder.`)
  }
  const staticDir = findStudioFiles(lang)
  const token = randomBytes(24).toString('base64url')
  const server = await startStudioServer({ realRoot, staticDir, token, port: options.port ?? 0 })
  const { port } = server.address() as { port: number }
  const url = `http://127.0.0.1:${port}/?token=${token}`
  io.writeOut(
    lang === 'sv'
      ? `Studion visar ${realRoot} på\n  ${url}\nÖppna adressen i webbläsaren. Avsluta med Ctrl-C.\n`
      : `The studio serves ${realRoot} at\n  ${url}\nOpen the address in your browser. Stop with Ctrl-C.\n`,
  )
  await stopped
  const closed = new Promise<void>((done) => server.close(() => done()))
  server.closeAllConnections()
  await closed
  return ExitCode.ok
}
