// Bundles the fordela CLI into packages/cli/bundle/ with esbuild.
//
// Why: a cold `fordela lint` otherwise loads some 270 modules, and Node's
// module loader was about half of its start-up time (see docs/performance.md).
// Each command stays a separate chunk loaded with `await import` only when it
// runs. Every chunk sits directly in bundle/, one folder below packages/cli,
// as src/ and dist/ do, so package-root.ts finds the package's files from
// any of them.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

// Chunk names carry content hashes: clear the folder so no stale chunk is shipped.
rmSync(new URL('../packages/cli/bundle', import.meta.url), { recursive: true, force: true })

await build({
  absWorkingDir: root,
  entryPoints: { main: 'packages/cli/src/main.ts' },
  outdir: 'packages/cli/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundle the workspace packages from their TypeScript sources.
  conditions: ['fordela-source'],
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (commander) call require for Node's built-ins.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
})
