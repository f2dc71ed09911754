/**
 * Preload (`node --import ./bench/tools/count-loaded-modules.mjs …`) that
 * counts the JavaScript files a run loads, ES modules through a load hook,
 * CommonJS files through Module.prototype._compile and scripts compiled with
 * vm.Script (the CLI's bundle, which bin/fordela.js loads that way), and
 * prints per package the number of files and their source bytes to stderr
 * at exit. A bundle counts once per module in it, from esbuild's
 * `// packages/…` and `// node_modules/…` comments: what it contains, not
 * what the run initialised.
 */
import { register } from 'node:module'
import Module from 'node:module'
import vm from 'node:vm'
import { MessageChannel } from 'node:worker_threads'

const loaded = new Map()
const { port1, port2 } = new MessageChannel()
port1.on('message', ({ url, bytes }) => loaded.set(url, bytes))
port1.unref()
register(
  'data:text/javascript,' +
    encodeURIComponent(`
let port
export function initialize(data) { port = data.port }
export async function load(url, context, next) {
  const result = await next(url, context)
  if (url.startsWith('file:')) port.postMessage({ url, bytes: result.source ? result.source.length : 0 })
  return result
}`),
  import.meta.url,
  { data: { port: port2 }, transferList: [port2] },
)
const compile = Module.prototype._compile
Module.prototype._compile = function countCompile(content, filename) {
  loaded.set(`file://${filename}`, content.length)
  return compile.call(this, content, filename)
}

const Script = vm.Script
vm.Script = class CountedScript extends Script {
  constructor(source, options) {
    super(source, options)
    const filename = typeof options === 'string' ? options : options?.filename
    if (filename) countBundle(filename, source)
  }
}

/** Counts each module of a bundle as a file of its own, or the whole script as one when it has no module comments. */
function countBundle(filename, source) {
  const marks = [...source.matchAll(/^\/\/ ((?:packages|node_modules)\/\S+)$/gm)]
  if (marks.length === 0) return loaded.set(`file://${filename}`, source.length)
  for (const [index, mark] of marks.entries()) {
    loaded.set(`file:///bundled/${mark[1]}`, (marks[index + 1]?.index ?? source.length) - mark.index)
  }
}

/** Which package a file belongs to. */
function packageOf(url) {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (dependency) return dependency[1]
  const ours = /\/packages\/([^/]+)\//.exec(url)
  return ours ? `@fordela/${ours[1]}` : 'other'
}

process.on('exit', () => {
  const byPackage = new Map()
  for (const [url, bytes] of loaded) {
    const entry = byPackage.get(packageOf(url)) ?? { files: 0, bytes: 0 }
    byPackage.set(packageOf(url), { files: entry.files + 1, bytes: entry.bytes + bytes })
  }
  const rows = [...byPackage].sort((a, b) => b[1].bytes - a[1].bytes)
  const total = rows.reduce((sum, [, entry]) => ({ files: sum.files + entry.files, bytes: sum.bytes + entry.bytes }), {
    files: 0,
    bytes: 0,
  })
  process.stderr.write(`modules loaded: ${total.files} files, ${(total.bytes / 1024).toFixed(0)} KB source\n`)
  for (const [name, entry] of rows)
    process.stderr.write(
      `  ${String(entry.files).padStart(4)} files ${(entry.bytes / 1024).toFixed(0).padStart(6)} KB  ${name}\n`,
    )
})
