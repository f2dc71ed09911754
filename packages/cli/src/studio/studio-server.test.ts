import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servedFolderId, startStudioServer } from './studio-server.js'

const TOKEN = 'test-token-0123456789'
let root: string
let outside: string
let server: Server
let port: number

/** One request to the server, with the Host header a browser would send unless told otherwise. */
function call(
  method: string,
  path: string,
  options: { body?: string; host?: string; type?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { host: options.host ?? `127.0.0.1:${port}`, 'content-type': options.type ?? 'application/json' },
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const put = (files: Record<string, unknown>) =>
  call('PUT', `/api/files?token=${TOKEN}`, { body: JSON.stringify({ files }) })

beforeAll(async () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'fordela-studio-server-')))
  root = join(base, 'ws')
  outside = join(base, 'outside')
  const app = join(base, 'app')
  mkdirSync(join(root, 'vg'), { recursive: true })
  mkdirSync(outside)
  mkdirSync(app)
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>studio</title>')
  writeFileSync(join(root, 'vg', 'a.yaml'), 'kind: Allocation\n')
  writeFileSync(join(root, 'data.csv'), 'kod;namn\n')
  writeFileSync(join(root, 'notes.txt'), 'not served')
  mkdirSync(join(root, '.git'))
  writeFileSync(join(root, '.git', 'config.yaml'), 'secret: 1\n')
  writeFileSync(join(outside, 'secret.yaml'), 'secret: 2\n')
  symlinkSync(outside, join(root, 'link'))
  server = await startStudioServer({ realRoot: root, staticDir: app, token: TOKEN, port: 0 })
  port = (server.address() as { port: number }).port
})

afterAll(async () => {
  await new Promise((done) => server.close(done))
  rmSync(join(root, '..'), { recursive: true, force: true })
})

describe('fordela studio server', () => {
  it('listens on 127.0.0.1 only and serves the app with its CSP', async () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1')
    const page = await call('GET', '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>studio</title>')
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    expect((await call('GET', '/../ws/vg/a.yaml')).status).toBe(404)
    expect((await call('GET', '/%2e%2e/ws/vg/a.yaml')).status).toBe(404)
  })

  it('gives the workspace files only with the token, and only to its own host name', async () => {
    expect((await call('GET', '/api/files')).status).toBe(403)
    expect((await call('GET', '/api/files?token=wrong-token-0123456789')).status).toBe(403)
    expect((await call('GET', `/api/files?token=${TOKEN}`, { host: 'evil.example:80' })).status).toBe(421)
    const listed = await call('GET', `/api/files?token=${TOKEN}`)
    expect(listed.status).toBe(200)
    // Specs and CSVs; no other file, nothing from a dot-folder, nothing through the link out of the root.
    expect(JSON.parse(listed.body).files).toEqual({ 'data.csv': 'kod;namn\n', 'vg/a.yaml': 'kind: Allocation\n' })
  })

  it('names the served folder by an id that tells it apart from another folder of the same name', async () => {
    const listed = JSON.parse((await call('GET', `/api/files?token=${TOKEN}`)).body) as {
      name: string
      folderId: string
    }
    expect(listed.folderId).toBe(servedFolderId(root))
    // Same last name, another place: the studio must not save one's edits into the other.
    expect(servedFolderId(join(outside, listed.name))).not.toBe(listed.folderId)
    expect(listed.folderId).toMatch(/^[0-9a-f]{32}$/u)
  })

  it('saves files atomically inside the workspace', async () => {
    const saved = await put({ 'vg/a.yaml': 'kind: Allocation\nid: a\n', 'vg/b.yml': 'x: 1\n' })
    expect(saved.status).toBe(200)
    expect(readFileSync(join(root, 'vg', 'a.yaml'), 'utf8')).toBe('kind: Allocation\nid: a\n')
    expect(readFileSync(join(root, 'vg', 'b.yml'), 'utf8')).toBe('x: 1\n')
  })

  it('refuses every path out of the workspace or to a file it does not edit, and then writes nothing at all', async () => {
    for (const path of [
      '../outside/x.yaml',
      '/etc/x.yaml',
      'link/secret.yaml',
      '.git/config.yaml',
      'vg/../../x.yaml',
      'vg\\..\\x.yaml',
      'notes.txt',
      'new-folder/x.yaml',
    ]) {
      const refused = await put({ 'vg/a.yaml': 'changed: true\n', [path]: 'x: 1\n' })
      expect(refused.status, path).toBe(400)
      expect(refused.body, path).toContain(path)
    }
    expect(readFileSync(join(root, 'vg', 'a.yaml'), 'utf8')).toBe('kind: Allocation\nid: a\n')
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('secret: 2\n')
    expect((await call('PUT', `/api/files?token=${TOKEN}`, { body: 'x', type: 'text/plain' })).status).toBe(415)
    expect((await call('PUT', '/api/files?token=nope', { body: '{}' })).status).toBe(403)
  })
})
