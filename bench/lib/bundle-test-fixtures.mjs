import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

/**
 * Bundles TypeScript test fixtures and the packages they use (from their
 * sources, as the tests read them) into one ES module at `outfile`, so a
 * benchmark runs the very inputs the tests check. Each file keeps its own
 * `import.meta.url` (the fixtures find their folders from it).
 *
 * @param {string} repo the repository root
 * @param {string} contents the entry module's source (TypeScript, relative to `repo`)
 * @param {string} outfile
 */
export async function bundleTestFixtures(repo, contents, outfile) {
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: 'ts',
      }))
    },
  }
  await build({
    absWorkingDir: repo,
    stdin: { contents, resolveDir: repo, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['fordela-source'],
    // Dependencies written in CommonJS call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    external: ['vitest'],
    plugins: [ownUrl],
    outfile,
    logLevel: 'warning',
  })
}
