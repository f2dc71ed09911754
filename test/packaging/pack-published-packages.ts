import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, requireBuiltCli } from '../workflow/run-action-on-pull-request.js'

/** A packed package: its name and tarball. */
export interface PackedPackage {
  readonly name: string
  readonly tarball: string
}

/**
 * Packs every published package with scripts/pack-packages.mjs (as the
 * release workflow does) into a new temporary folder, which the caller
 * removes. Needs the built packages (`npm run build`).
 */
export function packPublishedPackages(): { readonly folder: string; readonly packages: readonly PackedPackage[] } {
  requireBuiltCli()
  const folder = mkdtempSync(join(tmpdir(), 'fordela-packed-'))
  const output = execFileSync(process.execPath, [join(repoRoot, 'scripts/pack-packages.mjs'), folder], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  const packages = output
    .split('\n')
    .filter(Boolean)
    .map((tarball) => ({
      name: (JSON.parse(readFromTarball(tarball, 'package/package.json')) as { name: string }).name,
      tarball,
    }))
  return { folder, packages }
}

/** One file of a tarball, as text. */
export function readFromTarball(tarball: string, path: string): string {
  return execFileSync('tar', ['-xOzf', tarball, path], { encoding: 'utf8' })
}

/** Every file path in a tarball. */
export function listTarball(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean)
}
