import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The parser's folders (money, yaml, literals, diagnostics, model, kinds, …) depend one way:
// an import cycle between two of them means neither can be read, tested or moved on its
// own. The graph is read with TypeScript's own pre-processor (`preProcessFile`), which
// finds every import, export-from and `import()` — type-only ones too — without the
// comments and strings a regular expression would trip on. madge and dependency-cruiser
// find cycles between files, not folders, and would bring a resolver and dozens of
// packages for what is a small walk over one graph. Sources and test fixtures count; tests
// do not, since a test may drive its folder through the layers above it (a dataset check
// tested on a parsed spec).
const parserSource = fileURLToPath(new URL('../../packages/parser/src/', import.meta.url))

/** Every TypeScript file under `folder` but the tests, fixtures included. */
function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return listSources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** The part of the parser a file belongs to: its top folder under src, or the file itself at the top. */
function partOf(file: string): string {
  const [top = '', ...rest] = relative(parserSource, file).split(sep)
  return rest.length > 0 ? `${top}/` : top
}

/** Part → part → one file-level import that makes the edge, for the message. */
function buildPartGraph(sourceRoot: string, files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const file of files) {
    const from = partOf(file)
    const edges = graph.get(from) ?? new Map<string, string>()
    graph.set(from, edges)
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue
      const target = resolve(dirname(file), fileName.replace(/\.js$/, '.ts'))
      const to = partOf(target)
      if (to !== from && !edges.has(to))
        edges.set(to, `${relative(sourceRoot, file)} → ${relative(sourceRoot, target)}`)
    }
  }
  return graph
}

/** The strongly connected components of more than one part (Tarjan): each is an import cycle. */
function findCycles(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[][] {
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string): void => {
    index.set(node, index.size)
    lowLink.set(node, index.get(node)!)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next)
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!))
      } else if (onStack.has(next)) lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!))
    }
    if (lowLink.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1) cycles.push(component.sort())
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return cycles
}

describe("the parser's folders", () => {
  it('import each other without a cycle', () => {
    const graph = buildPartGraph(parserSource, listSources(parserSource))
    const described = findCycles(graph).map((parts) =>
      parts.flatMap((from) =>
        parts.flatMap((to) => (graph.get(from)?.get(to) ? [`${from} → ${to}: ${graph.get(from)!.get(to)}`] : [])),
      ),
    )
    expect(described).toEqual([])
  })

  it('keep money pure: its arithmetic reads no YAML and raises no diagnostic (the literal readers do, in literals/)', () => {
    const graph = buildPartGraph(parserSource, listSources(join(parserSource, 'money')))
    expect([...(graph.get('money/')?.entries() ?? [])].map(([part, edge]) => `${part}: ${edge}`)).toEqual([
      // The one word money needs from outside: which language a sentence is in (describeClaimBand).
      'language.ts: money/describe-claim-band.ts → language.ts',
    ])
  })

  it('are judged by a cycle finder that finds a cycle of three and ignores a chain', () => {
    const edges = (pairs: [string, string][]): Map<string, Map<string, string>> => {
      const graph = new Map<string, Map<string, string>>()
      for (const [from, to] of pairs)
        graph.set(from, (graph.get(from) ?? new Map<string, string>()).set(to, `${from}→${to}`))
      return graph
    }
    // money → model → diagnostics → money is the kind of cycle this test exists for; yaml only leads into it.
    expect(
      findCycles(
        edges([
          ['money/', 'model/'],
          ['model/', 'diagnostics/'],
          ['diagnostics/', 'money/'],
          ['yaml/', 'money/'],
        ]),
      ),
    ).toEqual([['diagnostics/', 'model/', 'money/']])
    expect(
      findCycles(
        edges([
          ['yaml/', 'diagnostics/'],
          ['diagnostics/', 'model/'],
          ['model/', 'money/'],
        ]),
      ),
    ).toEqual([])
  })
})
