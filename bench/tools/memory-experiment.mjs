#!/usr/bin/env node
/**
 * Experiment: what lint's peak memory would be if it did not keep every
 * allocation's evaluation. Each mode runs in a fresh process over a folder
 * and prints peak RSS and the heap still in use after a full GC:
 *
 *   load       loadWorkspace only
 *   keep       + evaluateWorkspace, which keeps every evaluation (as lint does today)
 *   drop       + the same evaluation loop (agreements once, parties checks,
 *              allocations, prose claims), keeping only the diagnostics
 *
 * Usage: node bench/tools/memory-experiment.mjs <folder> [runs=3]
 */
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median } from '../lib/measure-runs.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')

if (process.env.MODE) {
  const parser = await import(pathToFileURL(join(repo, 'packages/parser/dist/index.js')).href)
  const engine = await import(pathToFileURL(join(repo, 'packages/engine/dist/index.js')).href)
  const start = performance.now()
  const workspace = await parser.loadWorkspace({ root: resolve(process.argv[2]) })
  let kept
  let diagnostics = []
  if (process.env.MODE === 'keep') {
    kept = engine.evaluateWorkspace(workspace)
    diagnostics = kept.diagnostics
  }
  if (process.env.MODE === 'drop') diagnostics = evaluateDroppingResults(workspace, engine)
  const ms = performance.now() - start
  globalThis.gc()
  const heapMb = process.memoryUsage().heapUsed / 1e6
  process.stdout.write(
    JSON.stringify({
      ms,
      heapMb,
      rssMb: process.resourceUsage().maxRSS / 1024,
      diagnostics: diagnostics.length,
      kept: Boolean(kept),
    }),
  )
} else {
  const [folder = '.', runs = '3'] = process.argv.slice(2)
  for (const mode of ['load', 'keep', 'drop']) {
    const samples = Array.from({ length: Number(runs) }, () => {
      const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), folder], {
        env: { ...process.env, MODE: mode },
        encoding: 'utf8',
      })
      if (child.status !== 0) throw new Error(child.stderr)
      return JSON.parse(child.stdout)
    })
    const pick = (key) => Math.round(median(samples.map((sample) => sample[key])))
    console.log(
      `${mode.padEnd(5)} peak RSS ${pick('rssMb')} MB, heap after GC ${pick('heapMb')} MB, ${pick('ms')} ms, ${samples[0].diagnostics} diagnostics`,
    )
  }
}

/** evaluateWorkspace's loop without keeping evaluations (link checks left out: they keep nothing). */
function evaluateDroppingResults(workspace, engine) {
  const diagnostics = [...workspace.diagnostics]
  const agreements = new Map()
  const resolveAs = (kind) => (ref) => {
    const document = ref ? workspace.resolve(ref) : undefined
    return document?.kind === kind ? document : undefined
  }
  const agreementEvaluation = (agreement) => {
    if (!agreements.has(agreement)) {
      const evaluation = engine.evaluateAgreement(agreement, resolveAs('Dataset'))
      agreements.set(agreement, evaluation)
      diagnostics.push(...evaluation.diagnostics)
    }
    return agreements.get(agreement)
  }
  const lookupAgreement = (ref) => {
    const agreement = resolveAs('Agreement')(ref)
    return agreement ? agreementEvaluation(agreement) : undefined
  }
  for (const document of workspace.documents) {
    if (document.kind === 'Agreement') agreementEvaluation(document)
    if (document.kind === 'Parties')
      diagnostics.push(...engine.checkParties(document, resolveAs('Dataset')(document.dataset)))
    if (document.kind === 'Allocation') {
      const parties = resolveAs('Parties')(document.parties)
      const partiesDataset = resolveAs('Dataset')(parties?.dataset)
      const evaluation = engine.evaluateAllocation(document, {
        ...(parties ? { parties } : {}),
        ...(partiesDataset ? { partiesDataset } : {}),
        lookupAgreement,
      })
      diagnostics.push(...evaluation.diagnostics, ...engine.checkProseClaims(evaluation, workspace.texts))
    }
  }
  return diagnostics
}
