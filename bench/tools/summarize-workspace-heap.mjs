#!/usr/bin/env node
/**
 * What a loaded workspace keeps on the heap: loads a folder with the
 * parser's `loadWorkspace` (packages/parser/dist, so `npm run build` first),
 * collects garbage, writes a heap snapshot to bench/.work/ and prints the
 * heap in use, the object shapes that take the most (constructor and first
 * property names) and the strings by size. This is how docs/performance.md
 * found the Located → SourceRange → span chains (issue 7).
 *
 * Usage: node --expose-gc bench/tools/summarize-workspace-heap.mjs <folder> [rows=20]
 * (a folder of ~200 allocations keeps the snapshot small: node bench/generate-workspace.mjs --count 200 --out /tmp/w200)
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeHeapSnapshot } from 'node:v8'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const [folder, rows = '20'] = process.argv.slice(2)
if (!folder || typeof globalThis.gc !== 'function') {
  console.error('usage: node --expose-gc bench/tools/summarize-workspace-heap.mjs <folder> [rows]')
  process.exit(2)
}

const parser = await import(pathToFileURL(join(repo, 'packages/parser/dist/index.js')).href)
const workspace = await parser.loadWorkspace({ root: resolve(folder) })
globalThis.gc()
console.log(
  `${workspace.documents.length} documents; heap in use after GC: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`,
)
mkdirSync(join(repo, 'bench/.work'), { recursive: true })
const file = writeHeapSnapshot(join(repo, 'bench/.work/workspace.heapsnapshot'))
// Kept alive until the snapshot is written.
void workspace.documents.length

const snapshot = JSON.parse(readFileSync(file, 'utf8'))
const {
  node_fields: nodeFields,
  edge_fields: edgeFields,
  node_types: [nodeTypes],
  edge_types: [edgeTypes],
} = snapshot.snapshot.meta
const { nodes, edges, strings } = snapshot
const shapes = new Map()
const stringSizes = new Map()
let edge = 0
for (let at = 0; at < nodes.length; at += nodeFields.length) {
  const type = nodeTypes[nodes[at]]
  const size = nodes[at + 3]
  const edgeCount = nodes[at + 4]
  const properties = []
  for (let index = 0; index < edgeCount && properties.length < 6; index += 1) {
    const offset = edge + index * edgeFields.length
    if (edgeTypes[edges[offset]] === 'property' && strings[edges[offset + 1]] !== '__proto__')
      properties.push(strings[edges[offset + 1]])
  }
  edge += edgeCount * edgeFields.length
  if (type === 'object') add(shapes, `${strings[nodes[at + 1]]} {${properties.join(', ')}}`, size)
  else if (type.includes('string'))
    add(
      stringSizes,
      `${type}, ${size > 1000 ? 'over 1 000 bytes' : size > 100 ? '101–1 000 bytes' : 'up to 100 bytes'}`,
      size,
    )
  else if (type === 'array') add(shapes, '(array storage)', size)
}
print('objects by shape', shapes)
print('strings', stringSizes)

function add(map, key, size) {
  const entry = map.get(key) ?? { bytes: 0, count: 0 }
  entry.bytes += size
  entry.count += 1
  map.set(key, entry)
}

function print(title, map) {
  console.log(`\n${title}:`)
  for (const [key, { bytes, count }] of [...map].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(rows))) {
    console.log(`${(bytes / 1e6).toFixed(2).padStart(8)} MB ${String(count).padStart(8)}  ${key}`)
  }
}
