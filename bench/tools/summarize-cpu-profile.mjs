#!/usr/bin/env node
/**
 * Summarizes a `node --cpu-prof` profile: self time per function (top N) and
 * per package (`yaml`, `ajv`, `@fordela/parser`, node internals, garbage
 * collection …), to see where a lint run spends its time.
 *
 * With a function name as third argument, the self-time lists count only
 * samples taken while that function was on the stack.
 *
 * Functions of the CLI's bundle (packages/cli/bundle/fordela.cjs) count for
 * the module they come from: esbuild marks each module in the bundle with a
 * `// packages/…` or `// node_modules/…` comment line.
 *
 * Usage: node bench/tools/summarize-cpu-profile.mjs <file.cpuprofile> [top=25] [under]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const [file, top = '25', under] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])))
/** Whether the function `name` is on the stack at node `id`. */
function isUnder(id, name) {
  for (let at = id; at !== undefined; at = parents.get(at))
    if (nodes.get(at).callFrame.functionName === name) return true
  return false
}
const selfByNode = new Map()
profile.samples.forEach((id, index) => {
  if (under && !isUnder(id, under)) return
  selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
})

/** Which package or part of Node a script URL belongs to. */
function packageOf(url) {
  if (url === '') return '(native, gc, idle, program)'
  if (url.startsWith('node:')) return 'node internals'
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (dependency && !/\/packages\/[^/]+\/(dist|src)\//.test(url.slice(url.lastIndexOf('node_modules'))))
    return dependency[1]
  const ours = /\/packages\/([^/]+)\//.exec(url)
  return ours ? `@fordela/${ours[1]}` : url.replace(/^file:\/\//, '')
}

/** Per bundle file: the lines where a bundled module starts, and its path (from esbuild's comments). */
const bundleModules = new Map()
function modulesOf(url) {
  if (!bundleModules.has(url)) {
    let starts = []
    try {
      readFileSync(fileURLToPath(url.startsWith('file:') ? url : `file://${url}`), 'latin1')
        .split('\n')
        .forEach((line, index) => {
          const marker = /^\/\/ ((?:packages|node_modules)\/\S+)$/.exec(line)
          if (marker) starts.push([index, `/${marker[1]}`])
        })
    } catch {
      starts = []
    }
    bundleModules.set(url, starts)
  }
  return bundleModules.get(url)
}
/** The script URL of a call frame, or for a bundle the path of the bundled module its line lies in. */
function sourceOf({ url, lineNumber }) {
  if (!url.endsWith('.cjs') && !url.includes('/bundle/')) return url
  let found = url
  for (const [start, path] of modulesOf(url)) {
    if (start > lineNumber) break
    found = path
  }
  return found
}

const keyOf = ({ callFrame }) =>
  `${callFrame.functionName || '(anonymous)'} ${sourceOf(callFrame).replace(/^.*\/(node_modules|packages)\//, '$1/')}:${callFrame.lineNumber + 1}`
const byFunction = new Map()
const byPackage = new Map()
for (const [id, micros] of selfByNode) {
  const { callFrame } = nodes.get(id)
  const key = keyOf({ callFrame })
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
  const name = callFrame.url === '' ? callFrame.functionName || '(program)' : packageOf(sourceOf(callFrame))
  byPackage.set(name, (byPackage.get(name) ?? 0) + micros)
}
// Inclusive time: a function's own samples plus its callees', counted once per stack.
const inclusive = new Map()
function walk(id, onStack) {
  const node = nodes.get(id)
  const key = keyOf(node)
  const fresh = !onStack.has(key)
  if (fresh) onStack.add(key)
  let micros = selfByNode.get(id) ?? 0
  for (const child of node.children ?? []) micros += walk(child, onStack)
  if (fresh) {
    inclusive.set(key, (inclusive.get(key) ?? 0) + micros)
    onStack.delete(key)
  }
  return micros
}
walk(profile.nodes[0].id, new Set())
const total = [...byFunction.values()].reduce((a, b) => a + b, 0)
const show = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, micros]) =>
        `${(micros / 1000).toFixed(1).padStart(9)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`,
    )
    .join('\n')
console.log(
  `total sampled: ${(total / 1000).toFixed(0)} ms\n\nby package:\n${show(byPackage, 20)}\n\nby function (self time):\n${show(byFunction, Number(top))}\n\n@fordela functions (total time, callees included):\n${show(new Map([...inclusive].filter(([key]) => key.includes('packages/'))), Number(top))}`,
)
