import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The dependency rules of CONTRIBUTING.md, held by a test instead of a linter:
// packages depend one way (cli → render-docx, render-markdown → engine → parser), the
// engine computes and the presentation (render-markdown) formats, and only
// the CLI (plus the parser's one file-system host) touches the process, the
// console or the file system. Tests keep to the same graph: a package's tests
// import its own files, the packages it depends on and the shared fixtures in
// the root test/ folder, never another package's test/ folder.
const root = fileURLToPath(new URL('../..', import.meta.url))
const layers = ['parser', 'engine', 'render-markdown', 'render-docx', 'cli'] as const
const packageNames: Record<string, (typeof layers)[number]> = {
  '@fordela/parser': 'parser',
  '@fordela/engine': 'engine',
  '@fordela/render-markdown': 'render-markdown',
  '@fordela/render-docx': 'render-docx',
  '@fordela/cli': 'cli',
}
const fileSystemHosts = [
  'packages/parser/src/workspace/node-workspace-host.ts',
  'packages/parser/src/workspace/node-regular-file.ts',
]
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

/** The module specifiers a source file imports (static, dynamic and for side effects only). */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\(\s*|^import\s+)'([^']+)'/gm)].map((match) => match[1]!)
}

/** Every file below `dir` (relative to the repository) whose name passes `keep`, node_modules and dist left out. */
function filesBelow(dir: string, keep: (name: string) => boolean): string[] {
  const found: string[] = []
  const walk = (folder: string): void => {
    if (!existsSync(folder)) return
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path)
      } else if (keep(entry.name)) found.push(relative(root, path))
    }
  }
  walk(join(root, dir))
  return found
}

const isScript = (name: string): boolean => /\.(?:ts|mts|mjs|js|cjs)$/.test(name) && !name.endsWith('.d.ts')

/** The packages with tests: the five libraries and the studio. */
const testedPackages = [...layers, 'studio'] as const

/**
 * A package's test code: its `*.test.ts` files and `__fixtures__` beside the
 * sources, and everything in its `test/` folder.
 */
function testFilesOf(name: string): string[] {
  const besideSources = filesBelow(`packages/${name}/src`, isScript).filter(
    (file) => file.endsWith('.test.ts') || file.includes('/__fixtures__/'),
  )
  return [...besideSources, ...filesBelow(`packages/${name}/test`, isScript)]
}

/** The fordela packages a package may import: the ones its package.json depends on (dependencies and devDependencies). */
function dependenciesOf(name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >
  return Object.keys({ ...manifest['dependencies'], ...manifest['devDependencies'] })
    .filter((dependency) => dependency in packageNames)
    .map((dependency) => packageNames[dependency]!)
}

/** The repository path a relative specifier in `file` points at (TypeScript's `.js` for `.ts`). */
function resolveRelative(file: string, specifier: string): string {
  const target = relative(root, join(root, dirname(file), specifier))
  const typescript = target.replace(/\.js$/, '.ts')
  return existsSync(join(root, typescript)) ? typescript : target
}

/** The package a repository path lies in and the folder there (`src`, `test`, …), or undefined outside packages/. */
function placeOf(path: string): { name: string; folder: string } | undefined {
  const match = /^packages\/([^/]+)\/([^/]+)/.exec(path)
  return match ? { name: match[1]!, folder: match[2]! } : undefined
}

/**
 * What the test code of package `name` imports that it may not: a relative
 * path into another package (a package's own files, then root test/'s shared
 * fixtures, which are followed), or a fordela package it does not depend on.
 * Shared fixtures in test/ reach packages by relative paths: those count as
 * imports of the package.
 */
function forbiddenTestImports(name: string): string[] {
  const allowed = new Set([name, ...dependenciesOf(name)])
  const problems: string[] = []
  const seen = new Set<string>()
  const visit = (file: string, reachedFrom?: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const shared = file.startsWith('test/')
    const where = reachedFrom ? `${file} (reached from ${reachedFrom})` : file
    for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier)
        const place = placeOf(target)
        if (target.startsWith('test/')) visit(target, reachedFrom ?? file)
        else if (place && place.name !== name && place.folder === 'test')
          problems.push(
            `${where} imports ${specifier}: another package's test folder (shared fixtures belong in test/)`,
          )
        else if (place && place.name !== name && !shared)
          problems.push(
            `${where} imports ${specifier}: another package's files (import @fordela/${place.name} by name, or move a shared fixture to test/)`,
          )
        else if (place && !allowed.has(place.name))
          problems.push(`${where} imports ${specifier}: packages/${name} does not depend on ${place.name}`)
      } else {
        const dependency = packageNames[specifier.split('/').slice(0, 2).join('/')]
        if (dependency && !allowed.has(dependency))
          problems.push(`${where} imports ${specifier}: packages/${name} does not depend on it`)
      }
    }
  }
  for (const file of testFilesOf(name)) visit(file)
  return problems
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
          for (const specifier of importsOf(source))
            expect(specifier, `${path} imports ${specifier}`).not.toMatch(/^(?:node:)?fs(?:\/promises)?$/)
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

  it('the engine computes and formats nothing: no format-* file, no Markdown, no words by language', () => {
    const engine = JSON.parse(readFileSync(join(root, 'packages/engine/package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    expect(Object.keys(engine.dependencies ?? {}).filter((name) => /mdast|markdown/.test(name))).toEqual([])
    for (const file of sourcesOf('engine')) {
      const path = relative(root, file)
      // Text, Markdown, JSON and GitHub output are the presentation's (packages/render-markdown).
      expect(path, `${path} formats`).not.toMatch(/\/format-[^/]*$/)
      const source = readFileSync(file, 'utf8')
      for (const specifier of importsOf(source))
        expect(specifier, `${path} imports ${specifier}`).not.toMatch(/mdast|markdown/)
      expect(source, `${path} chooses words by language`).not.toMatch(/lang(?:uage)? === '(?:sv|en)'/)
    }
  })

  it("the Action's scripts reach fordela's code only through its presentation package", () => {
    const scripts = readdirSync(join(root, 'action')).filter((name) => name.endsWith('.mjs'))
    expect(scripts.length).toBeGreaterThan(5)
    for (const name of scripts) {
      for (const specifier of importsOf(readFileSync(join(root, 'action', name), 'utf8'))) {
        expect(
          specifier.startsWith('./') || specifier.startsWith('node:') || specifier === '@fordela/render-markdown',
          `action/${name} imports ${specifier}`,
        ).toBe(true)
      }
    }
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

  for (const name of testedPackages) {
    it(`${name}'s tests import only its own files, the packages it depends on and the shared fixtures in test/`, () => {
      // A walk that found no test would prove nothing.
      expect(testFilesOf(name).length).toBeGreaterThan(0)
      expect(forbiddenTestImports(name)).toEqual([])
    })
  }

  it("no test imports another package's test folder", () => {
    const everyTest = [...testedPackages.flatMap(testFilesOf), ...filesBelow('test', isScript)]
    const problems = everyTest.flatMap((file) =>
      importsOf(readFileSync(join(root, file), 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = placeOf(resolveRelative(file, specifier))
          return target?.folder === 'test' && target.name !== placeOf(file)?.name
        })
        .map((specifier) => `${file} imports ${specifier}`),
    )
    expect(problems).toEqual([])
  })
})
