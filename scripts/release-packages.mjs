// Publishes a release: the `publish` step of .github/workflows/release.yml,
// which changesets/action runs on main once the version pull request is
// merged. Run after `npm run build`.
//
//   node scripts/release-packages.mjs [--no-provenance] [--no-git]
//
// 1. Packs every published package with scripts/pack-packages.mjs (pnpm pack
//    rewrites workspace: ranges; `npm publish` in the folder would not).
// 2. Publishes each tarball with `npm publish --provenance` to the registry
//    npm is set up for, skipping a version that is already there, so a
//    re-run after a failure finishes the job. Prints `New tag: name@version`
//    per package published, which changesets/action reads.
// 3. Tags the commit vX.Y.Z and moves the major tag (v0, v1, …) to it, for
//    the GitHub Action (`uses: fordela/fordela@v0`), and pushes both.
//
// --no-provenance publishes without a provenance statement (which only
// GitHub's runners can sign); --no-git leaves the tags alone. The
// end-to-end test (test/registry/) uses both against Verdaccio, named by
// FORDELA_RELEASE_REGISTRY (default: the registry npm is set up for).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packPackages, publishedPackages } from './pack-packages.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const flags = new Set(process.argv.slice(2))
const registry = process.env['FORDELA_RELEASE_REGISTRY'] ? ['--registry', process.env['FORDELA_RELEASE_REGISTRY']] : []
const unknown = [...flags].filter((flag) => flag !== '--no-provenance' && flag !== '--no-git')
if (unknown.length > 0) {
  console.error(`release-packages: unknown option ${unknown.join(', ')}`)
  process.exit(2)
}

/** The one version of the fixed group (.changeset/config.json), or an error naming the packages that differ. */
function readReleaseVersion() {
  const versions = publishedPackages.map((folder) => {
    const { name, version } = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'))
    return { name, version }
  })
  const distinct = new Set(versions.map((entry) => entry.version))
  if (distinct.size !== 1)
    throw new Error(
      `release-packages: the packages are at different versions: ${versions.map((entry) => `${entry.name}@${entry.version}`).join(', ')}`,
    )
  return { version: versions[0].version, names: versions.map((entry) => entry.name) }
}

/** Whether the registry already has this version of the package. */
function isPublished(name, version) {
  const view = spawnSync('npm', ['view', `${name}@${version}`, 'version', ...registry], { encoding: 'utf8' })
  return view.status === 0 && view.stdout.trim() === version
}

const { version, names } = readReleaseVersion()
const scratch = mkdtempSync(join(tmpdir(), 'fordela-release-'))
let published = 0
try {
  const tarballs = packPackages(scratch)
  for (const [index, tarball] of tarballs.entries()) {
    const name = names[index]
    if (isPublished(name, version)) {
      console.log(`${name}@${version} is already published; skipped.`)
      continue
    }
    execFileSync(
      'npm',
      [
        'publish',
        tarball,
        '--access',
        'public',
        ...registry,
        ...(flags.has('--no-provenance') ? [] : ['--provenance']),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    console.log(`New tag: ${name}@${version}`)
    published += 1
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

if (!flags.has('--no-git')) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  const tag = `v${version}`
  const major = `v${version.split('.')[0]}`
  const existing = spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { cwd: root })
  if (existing.status !== 0) git('tag', '--annotate', tag, '--message', `fordela ${version}`)
  // The Action's moving major tag: a workflow pinned to it gets every release of this major.
  git('tag', '--force', '--annotate', major, '--message', `fordela ${version}`, `${tag}^{commit}`)
  git('push', 'origin', `refs/tags/${tag}`)
  git('push', '--force', 'origin', `refs/tags/${major}`)
  console.log(`Tagged ${tag} and moved ${major} to it.`)
}
console.log(
  published > 0
    ? `Published ${published} of ${names.length} packages at ${version}.`
    : `Nothing to publish at ${version}.`,
)
