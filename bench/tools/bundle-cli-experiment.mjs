#!/usr/bin/env node
/**
 * Experiment, not a build step: bundles the built CLI (packages/cli/dist)
 * with all its dependencies into one ES module with rolldown (present only
 * as vite's dependency in node_modules/.pnpm), so the benchmark can measure
 * what a bundled entry would gain. Writes bench/.work/bundle/dist/fordela.mjs
 * and a bin next to a copy of the CLI's package.json (readCliVersion reads
 * ../package.json from its module), plus a CommonJS variant for the V8
 * code-cache experiment.
 *
 * Usage: node bench/tools/bundle-cli-experiment.mjs
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const store = join(repo, 'node_modules/.pnpm')
const rolldownDir = readdirSync(store).find((name) => /^rolldown@\d/.test(name))
if (!rolldownDir) throw new Error('rolldown is not in node_modules/.pnpm')
const { rolldown } = await import(pathToFileURL(join(store, rolldownDir, 'node_modules/rolldown/dist/index.mjs')).href)

const out = join(repo, 'bench/.work/bundle')
rmSync(out, { recursive: true, force: true })
mkdirSync(join(out, 'dist'), { recursive: true })
mkdirSync(join(out, 'bin'), { recursive: true })
copyFileSync(join(repo, 'packages/cli/package.json'), join(out, 'package.json'))

const input = join(repo, 'packages/cli/dist/main.js')
// One file (no lazy command loading left) as ESM and as CommonJS.
for (const [format, file] of [
  ['esm', 'fordela.mjs'],
  ['cjs', 'fordela.cjs'],
]) {
  const bundle = await rolldown({ input, platform: 'node', logLevel: 'silent' })
  await bundle.write({ format, file: join(out, 'dist', file), codeSplitting: false, minify: false })
  await bundle.close()
}
// Split at the dynamic imports: the entry stays small and each command is its own chunk.
const split = await rolldown({ input: { main: input }, platform: 'node', logLevel: 'silent' })
await split.write({
  format: 'esm',
  dir: join(out, 'dist/split'),
  entryFileNames: '[name].mjs',
  chunkFileNames: '[name]-[hash].mjs',
})
await split.close()
copyFileSync(join(repo, 'packages/cli/package.json'), join(out, 'dist/package.json'))

writeFileSync(join(out, 'bin/fordela.mjs'), "import { main } from '../dist/fordela.mjs'\n\nawait main()\n")
writeFileSync(join(out, 'bin/fordela-split.mjs'), "import { main } from '../dist/split/main.mjs'\n\nawait main()\n")
writeFileSync(join(out, 'bin/fordela.cjs'), "require('../dist/fordela.cjs').main()\n")
// Node 20 has no module.enableCompileCache (22.1+); vm.Script's cachedData is the same V8 code cache by hand.
writeFileSync(
  join(out, 'bin/fordela-code-cache.cjs'),
  `const { readFileSync, writeFileSync } = require('node:fs')
const { join, dirname } = require('node:path')
const { Script } = require('node:vm')
const Module = require('node:module')
const file = join(__dirname, '../dist/fordela.cjs')
const cacheFile = join(__dirname, '../dist/fordela.cjs.v8-cache')
let cachedData
try { cachedData = readFileSync(cacheFile) } catch {}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) })
const module_ = { exports: {} }
script.runInThisContext().call(module_.exports, module_.exports, require, module_, file, dirname(file))
if (!cachedData || script.cachedDataRejected) process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()))
module_.exports.main()
`,
)
console.log(`wrote ${out}`)
