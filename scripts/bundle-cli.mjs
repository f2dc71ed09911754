// Bundles the fordela CLI into packages/cli/bundle/ with esbuild.
//
// Why: a cold `fordela lint` otherwise loads some 270 modules, and Node's
// module loader was about half of its start-up time (see docs/performance.md).
// Three files come out (and the licences of the code they bundle):
//
// - fordela.cjs: the whole CLI as one CommonJS script, which bin/fordela.js
//   compiles with `vm.Script` and a V8 code cache (Node 20 has no
//   `module.enableCompileCache`). A command's modules still run only when
//   that command runs: esbuild turns our `await import(…)` into lazy
//   initialisers inside the file. Its first line carries the SHA-256 of the
//   rest, part of the cache's name, so the bin never hashes 1.4 MB at start.
// - launch.cjs: the loader bin/fordela.js requires, which does that
//   (packages/cli/src/code-cache/).
// - render-docx.cjs: @fordela/render-docx with docx, which fordela.cjs
//   requires only to write a .docx.
//
// Both sit directly in bundle/, one folder below packages/cli as src/ and
// dist/ do, so package-root.ts finds the package's files from there.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { collectThirdPartyLicences } from './collect-third-party-licences.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = fileURLToPath(new URL('../packages/cli/bundle/', import.meta.url))
const cliPackage = JSON.parse(readFileSync(new URL('../packages/cli/package.json', import.meta.url), 'utf8'))

rmSync(outdir, { recursive: true, force: true })

const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Bundle the workspace packages from their TypeScript sources.
  conditions: ['fordela-source'],
  legalComments: 'none',
  logLevel: 'warning',
}

// Not minified: stack traces under --debug keep their names and lines, and
// the `// packages/…` comments let bench/tools attribute a CPU profile to
// modules. Minifying whitespace (1.46 → 1.03 MB) measured no faster.
// The Word writer (docx, some 600 kB) is a bundle of its own, required only
// by `fordela render -o x.docx`, so every other command parses no more than before.
const wordWriter = {
  name: 'render-docx-beside',
  setup(build) {
    // A stand-in module that requires the file beside the bundle: esbuild
    // keeps import() of an external as it is, which vm.Script cannot run.
    build.onResolve({ filter: /^@fordela\/render-docx$/ }, () => ({
      path: 'render-docx',
      namespace: 'render-docx-beside',
    }))
    build.onLoad({ filter: /.*/, namespace: 'render-docx-beside' }, () => ({
      contents: "module.exports = require('./render-docx.cjs')",
      loader: 'js',
    }))
    build.onResolve({ filter: /^\.\/render-docx\.cjs$/ }, (args) => ({ path: args.path, external: true }))
  },
}

const cli = await build({
  ...shared,
  metafile: true,
  plugins: [wordWriter],
  entryPoints: ['packages/cli/src/main.ts'],
  outfile: `${outdir}fordela.cjs`,
  define: {
    // package-root.ts locates package.json, templates and rule docs from its module URL.
    'import.meta.url': '__fordelaModuleUrl',
    // read-cli-version.ts: known now, so no package.json read at run time.
    __FORDELA_CLI_VERSION__: JSON.stringify(cliPackage.version),
  },
  banner: { js: "var __fordelaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
})

await build({ ...shared, entryPoints: ['packages/cli/src/code-cache/launch-cli.ts'], outfile: `${outdir}launch.cjs` })
const docx = await build({
  ...shared,
  metafile: true,
  entryPoints: ['packages/render-docx/src/index.ts'],
  outfile: `${outdir}render-docx.cjs`,
})

// The bundle carries third-party code, so the published CLI carries its
// licences (legalComments are dropped from the bundle itself).
writeFileSync(
  `${outdir}THIRD-PARTY-LICENSES.txt`,
  collectThirdPartyLicences([...Object.keys(cli.metafile.inputs), ...Object.keys(docx.metafile.inputs)], root),
)

// esbuild escapes non-ASCII text in strings but leaves it in regular
// expression literals (/[a-zåäö]/) and comments; a \uXXXX escape means the
// same in both. An ASCII file is read as Latin-1 into a one-byte string,
// faster than decoding UTF-8 into a two-byte one.
const script = readFileSync(`${outdir}fordela.cjs`, 'utf8').replace(
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range names every ASCII code unit, control characters included
  /[^\x00-\x7f]/g,
  (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
)
// vm.Script, given no loader for it, rejects `import()`: none may be left.
const dynamicImport = /\bimport\s*\(/.exec(script)
if (dynamicImport) {
  throw new Error(
    `bundle-cli: fordela.cjs still contains a dynamic import(): …${script.slice(dynamicImport.index - 60, dynamicImport.index + 60)}…`,
  )
}
const hash = createHash('sha256').update(script).digest('hex')
writeFileSync(`${outdir}fordela.cjs`, `// fordela-bundle sha256:${hash}\n${script}`)
