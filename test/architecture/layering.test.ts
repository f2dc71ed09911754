import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The dependency rules of CONTRIBUTING.md, held by a test instead of a linter:
// packages depend one way (cli → render-docx, render-markdown → engine → parser), and only
// the CLI (plus the parser's one file-system host) touches the process, the
// console or the file system.
const root = fileURLToPath(new URL('../..', import.meta.url))
const layers = ['parser', 'engine', 'render-markdown', 'render-docx', 'cli'] as const
const packageNames: Record<string, (typeof layers)[number]> = {
  '@fordela/parser': 'parser',
  '@fordela/engine': 'engine',
  '@fordela/render-markdown': 'render-markdown',
  '@fordela/render-docx': 'render-docx',
  '@fordela/cli': 'cli',
}
const fileSystemHosts = ['packages/parser/src/workspace/node-workspace-host.ts', 'packages/parser/src/workspace/node-regular-file.ts']
/** Node's own modules, with and without the `node:` prefix. */
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/**
 * The source files a package's root module reaches through relative
 * imports (type-only imports included: they cost nothing, and keeping the
 * rule simple keeps it honest).
 */
function reachableFrom(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')))
    }
  }
  visit(entry)
  return [...seen]
}

/** Every non-test TypeScript source file of a package. */
function sourcesOf(layer: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '__fixtures__' && entry.name !== 'generated') walk(path)
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) found.push(path)
    }
  }
  walk(join(root, 'packages', layer, 'src'))
  return found
}

/** The module specifiers a source file imports (static and dynamic). */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\(\s*)'([^']+)'/g)].map((match) => match[1]!)
}

describe('package layering', () => {
  for (const layer of layers) {
    it(`${layer} imports only packages below it`, () => {
      const allowed = layers.slice(0, layers.indexOf(layer))
      for (const file of sourcesOf(layer)) {
        for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
          // A subpath (`@fordela/render-markdown/messages`) belongs to its package.
          const target = packageNames[specifier.split('/').slice(0, 2).join('/')]
          if (target) expect(allowed, `${relative(root, file)} imports ${specifier}`).toContain(target)
        }
      }
    })
  }

  for (const layer of layers.filter((name) => name !== 'cli')) {
    it(`${layer} leaves the process, console and file system to the CLI`, () => {
      for (const file of sourcesOf(layer)) {
        const path = relative(root, file)
        const source = readFileSync(file, 'utf8')
        expect(source, `${path} uses the console`).not.toMatch(/\bconsole\./)
        expect(source, `${path} uses process`).not.toMatch(/\bprocess\.(?:exit|stdout|stderr|argv|cwd|env)\b/)
        if (!fileSystemHosts.includes(path)) {
          for (const specifier of importsOf(source)) expect(specifier, `${path} imports ${specifier}`).not.toMatch(/^(?:node:)?fs(?:\/promises)?$/)
        }
      }
    })
  }

  for (const layer of layers.filter((name) => name !== 'cli')) {
    it(`${layer}'s root runs in a browser: nothing it reaches imports node:*`, () => {
      const reached = reachableFrom(join(root, 'packages', layer, 'src', 'index.ts'))
      // A walk that found only the index would prove nothing.
      expect(reached.length).toBeGreaterThan(5)
      for (const file of reached) {
        for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
          expect(nodeBuiltins.has(specifier), `${relative(root, file)} imports ${specifier}`).toBe(false)
        }
      }
    })
  }

  it("the parser's Node-only entry is not reached from its root", () => {
    const reached = reachableFrom(join(root, 'packages/parser/src/index.ts')).map((file) => relative(root, file))
    expect(reached).not.toContain('packages/parser/src/node.ts')
    expect(reached).not.toContain('packages/parser/src/workspace/node-workspace-host.ts')
  })

  it('the studio uses the three libraries, never the CLI, and nothing from node:*', () => {
    const reached = reachableFrom(join(root, 'packages/studio/src/main.ts'))
    expect(reached.length).toBeGreaterThan(10)
    for (const file of reached) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        expect(nodeBuiltins.has(specifier), `${relative(root, file)} imports ${specifier}`).toBe(false)
        expect(specifier, `${relative(root, file)} imports ${specifier}`).not.toBe('fordela')
      }
    }
  })
})
