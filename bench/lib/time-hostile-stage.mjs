/**
 * One sample for bench/hostile-bench.mjs, in a fresh process: times one
 * stage of the library on a hostile or large input (its files read or
 * built beforehand, untimed where the stage is not the reading) and prints
 * `{ ms, cpuMs, findings }` as JSON.
 *
 *   node time-hostile-stage.mjs <bundle> corpus <workspace root> [paths…]
 *   node time-hostile-stage.mjs <bundle> large <index> <scale>
 */
import { pathToFileURL } from 'node:url'

const [bundle, mode, ...rest] = process.argv.slice(2)
const lib = await import(pathToFileURL(bundle).href)

/** Times `stage` (wall and CPU, ms). */
async function time(stage) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const findings = await stage()
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000, findings }
}

let result
if (mode === 'corpus') {
  // What the library does for `fordela lint`: read the workspace from disk and evaluate it.
  const [root, ...paths] = rest
  result = await time(async () => {
    const loaded = await lib.loadWorkspace({
      host: lib.nodeWorkspaceHost,
      root,
      ...(paths.length > 0 ? { paths } : {}),
    })
    return lib.evaluateWorkspace(loaded).diagnostics.length
  })
} else if (mode === 'large') {
  const input = lib.listLargeInputs(Number(rest[1]))[Number(rest[0])]
  if (input.stage === 'validation') {
    const { root } = lib.loadYaml(input.files['x.yaml'], 'x.yaml')
    result = await time(() => lib.validateDocument(input.kind, root, 'x.yaml').length)
  } else {
    const workspace = await lib.loadWorkspace({ root: lib.memoryRoot, host: lib.createMemoryHost(input.files) })
    result = await time(() => lib.evaluateWorkspace(workspace).diagnostics.length)
  }
} else {
  throw new Error(`unknown mode ${mode}`)
}
process.stdout.write(`${JSON.stringify(result)}\n`)
