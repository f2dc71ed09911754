import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The built studio as it is deployed: plain files that load nothing from
// elsewhere and run no inline script.
const dist = fileURLToPath(new URL('../../packages/studio/dist/', import.meta.url))
const html = readFileSync(join(dist, 'index.html'), 'utf8')

describe('the built studio', () => {
  it('states a Content-Security-Policy that allows scripts only from its own files', () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? ''
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/u))
        .map(([name = '', ...values]) => [name, values]),
    )
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
  })

  it('has no inline script and names no other host', () => {
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)) {
      expect(script[1], script[0]).toMatch(/\bsrc="\.\/assets\/[\w.-]+\.js"/u)
      expect(script[2]!.trim()).toBe('')
    }
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//u)
    // Its script and stylesheets are referenced relatively, so the folder works wherever it is put.
    const assets = readdirSync(join(dist, 'assets'))
    const referenced = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+)"/gu)].map((match) => match[1]!)
    expect(referenced.filter((name) => name.endsWith('.js'))).toHaveLength(1)
    expect(referenced.filter((name) => name.endsWith('.css')).length).toBeGreaterThanOrEqual(2)
    for (const name of referenced) expect(assets, name).toContain(name)
  })
})
