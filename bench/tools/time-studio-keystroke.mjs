#!/usr/bin/env node
// What one studio keystroke costs in Node, by stage: loading the example
// workspace from memory (with and without the parse cache), evaluating it
// and rendering the VG 2025 memo, for 300 edits to one amount (the first 50
// left out as warm-up). Needs `npm run build`. Prints medians and p95s.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const { loadWorkspace, createMemoryWorkspaceHost, createParseCache } = await import(
  join(repo, 'packages/parser/dist/index.js')
)
const { evaluateWorkspace } = await import(join(repo, 'packages/engine/dist/index.js'))
const { renderDocument } = await import(join(repo, 'packages/render-markdown/dist/index.js'))

const root = join(repo, 'examples')
const files = {}
const walk = (folder) => {
  for (const name of readdirSync(join(root, folder))) {
    const file = folder ? `${folder}/${name}` : name
    if (statSync(join(root, file)).isDirectory()) {
      if (!name.startsWith('.')) walk(file)
    } else if (/\.(ya?ml|csv)$/.test(name)) files[file] = readFileSync(join(root, file), 'utf8')
  }
}
walk('')
const allocation = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)].toFixed(2)
const p95 = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)].toFixed(2)

for (const cached of [false, true]) {
  const cache = createParseCache()
  const load = []
  const evaluate = []
  const render = []
  for (let edit = 0; edit < 300; edit++) {
    files[allocation] = files[allocation].replace(/amount: 2 00\d 000/, `amount: 2 00${edit % 10} 000`)
    const start = performance.now()
    const workspace = await loadWorkspace({
      root: '/ws',
      host: createMemoryWorkspaceHost('/ws', files),
      ...(cached ? { parseCache: cache } : {}),
    })
    const loaded = performance.now()
    const evaluation = evaluateWorkspace(workspace)
    const evaluated = performance.now()
    renderDocument(evaluation, workspace.documentByFile(allocation))
    const rendered = performance.now()
    if (edit >= 50) {
      load.push(loaded - start)
      evaluate.push(evaluated - loaded)
      render.push(rendered - evaluated)
    }
  }
  console.log(
    `${cached ? 'with parse cache' : 'without cache'}: load ${median(load)} ms (p95 ${p95(load)}), evaluate ${median(evaluate)} ms (p95 ${p95(evaluate)}), render ${median(render)} ms (p95 ${p95(render)})`,
  )
}
