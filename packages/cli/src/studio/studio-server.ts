import { createHash, timingSafeEqual } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { writeFileAtomically } from '../output/write-file-atomically.js'
import { isInside, readStudioFiles, refuseWrite } from './workspace-files.js'

/** What `fordela studio` serves. */
export interface StudioServerOptions {
  /** The workspace's real root folder: the only place read or written. */
  readonly realRoot: string
  /** The built studio (index.html and assets/). */
  readonly staticDir: string
  /** The secret every API request must carry. */
  readonly token: string
  readonly port: number
}

/**
 * Tells the served folder apart from every other folder of the same name, so
 * the studio saves to it only the edits made to it (a session kept in the
 * browser outlives one run of `fordela studio`). A hash: the page needs no path.
 */
export function servedFolderId(realRoot: string): string {
  return createHash('sha256').update(realRoot).digest('hex').slice(0, 32)
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
}

/** The same policy index.html states, also sent as a header. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** At most this many bytes of a save request are read. */
const MAX_BODY_BYTES = 32 * 1024 * 1024

/**
 * Serves the studio and the workspace on 127.0.0.1 only: the app's files to
 * anyone on this machine, the workspace's files (GET) and saving them (PUT)
 * only with the token. Requests naming another host are refused (no DNS
 * rebinding); saves go through the workspace path rules and atomic writes,
 * all files checked before any is written.
 */
export function startStudioServer(options: StudioServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    handle(request, response, options).catch((error: unknown) =>
      send(response, 500, 'text/plain; charset=utf-8', String(error)),
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve(server))
  })
}

async function handle(request: IncomingMessage, response: ServerResponse, options: StudioServerOptions): Promise<void> {
  const port = (request.socket.address() as { port: number }).port
  if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`) {
    send(response, 421, 'text/plain; charset=utf-8', 'wrong host')
    return
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
  if (url.pathname === '/api/files') {
    if (!tokenMatches(url.searchParams.get('token') ?? '', options.token)) {
      send(response, 403, 'text/plain; charset=utf-8', 'token')
      return
    }
    if (request.method === 'GET') {
      const files = readStudioFiles(options.realRoot)
      const name = options.realRoot.slice(options.realRoot.lastIndexOf(sep) + 1)
      const body = { name, folderId: servedFolderId(options.realRoot), files: Object.fromEntries(files) }
      send(response, 200, 'application/json', JSON.stringify(body))
      return
    }
    if (request.method === 'PUT') {
      await saveFiles(request, response, options.realRoot)
      return
    }
    send(response, 405, 'text/plain; charset=utf-8', 'method')
    return
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'method')
    return
  }
  serveStatic(url.pathname, response, options.staticDir)
}

async function saveFiles(request: IncomingMessage, response: ServerResponse, realRoot: string): Promise<void> {
  if (!String(request.headers['content-type']).startsWith('application/json')) {
    send(response, 415, 'text/plain; charset=utf-8', 'json only')
    return
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) {
      send(response, 413, 'text/plain; charset=utf-8', 'too large')
      return
    }
    chunks.push(chunk as Buffer)
  }
  let body: { files?: Record<string, unknown> }
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { files?: Record<string, unknown> }
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'not JSON')
    return
  }
  const entries = Object.entries(body.files && typeof body.files === 'object' ? body.files : {})
  const refusals = entries.flatMap(([path, text]) => {
    const reason = refuseWrite(realRoot, path, text)
    return reason ? [`${path}: ${reason}`] : []
  })
  if (refusals.length > 0) {
    send(response, 400, 'text/plain; charset=utf-8', refusals.join('\n'))
    return
  }
  for (const [path, text] of entries) writeFileAtomically(join(realRoot, ...path.split('/')), text as string)
  send(response, 200, 'application/json', JSON.stringify({ saved: entries.map(([path]) => path) }))
}

function serveStatic(pathname: string, response: ServerResponse, staticDir: string): void {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'bad path')
    return
  }
  const wanted = decoded === '/' ? 'index.html' : decoded.slice(1)
  const path = normalize(join(staticDir, wanted))
  if (!isInside(staticDir, path) || decoded.includes('\0')) {
    send(response, 404, 'text/plain; charset=utf-8', 'not found')
    return
  }
  let isFile = false
  try {
    isFile = statSync(path).isFile()
  } catch {
    isFile = false
  }
  if (!isFile) {
    send(response, 404, 'text/plain; charset=utf-8', 'not found')
    return
  }
  send(response, 200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(path))
}

function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
  })
  response.end(body)
}
