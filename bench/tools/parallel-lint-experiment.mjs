#!/usr/bin/env node
/**
 * Experiment: how much wall time would linting a large workspace in worker
 * threads save on this 2-core machine? Splits the allocation files of the
 * folder (`*-fordelning.yaml`; the rest is reached through their
 * references) into `workers` parts; each worker runs the public API,
 * loadWorkspace({ root, paths: part }) and evaluateWorkspace, and sends back
 * only its diagnostics (plain data). Shared documents (agreement, datasets)
 * are loaded by every worker; their findings would need de-duplicating.
 * Prints files, diagnostics and the time inside the process.
 *
 * Usage: node bench/tools/parallel-lint-experiment.mjs <folder> [workers=2]
 */
import { readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')

if (isMainThread) {
  const start = performance.now()
  const root = resolve(process.argv[2] ?? '.')
  const count = Number(process.argv[3] ?? 2)
  const specs = readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /-fordelning\.ya?ml$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .sort()
  const parts = Array.from({ length: count }, (_, index) => specs.filter((_, at) => at % count === index))
  const results = await Promise.all(
    parts.map(
      (paths) =>
        new Promise((done, fail) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { root, paths } })
          worker.once('message', done)
          worker.once('error', fail)
        }),
    ),
  )
  const diagnostics = results.reduce((sum, result) => sum + result.diagnostics, 0)
  const documents = results.reduce((sum, result) => sum + result.documents, 0)
  console.log(
    `${count} workers: ${documents} documents (shared ones counted per worker), ${diagnostics} diagnostics, ${Math.round(performance.now() - start)} ms in process`,
  )
} else {
  const parser = await import(pathToFileURL(join(repo, 'packages/parser/dist/index.js')).href)
  const engine = await import(pathToFileURL(join(repo, 'packages/engine/dist/index.js')).href)
  const workspace = await parser.loadWorkspace({ root: workerData.root, paths: workerData.paths })
  const { diagnostics } = engine.evaluateWorkspace(workspace)
  // Structured clone of the findings is part of the cost.
  parentPort.postMessage({ documents: workspace.documents.length, diagnostics: structuredClone(diagnostics).length })
}
