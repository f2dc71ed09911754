import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listTarball, packPublishedPackages, readFromTarball, type PackedPackage } from './pack-published-packages.js'

interface Manifest {
  readonly name: string
  readonly version: string
  readonly license?: string
  readonly engines?: Record<string, string>
  readonly exports?: Record<string, string | Record<string, string>>
  readonly bin?: Record<string, string>
  readonly dependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
  readonly scripts?: Record<string, string>
}

let packed: { readonly folder: string; readonly packages: readonly PackedPackage[] }
const scratch: string[] = []
beforeAll(() => {
  packed = packPublishedPackages()
}, 120_000)
afterAll(() => {
  rmSync(packed.folder, { recursive: true, force: true })
  for (const folder of scratch) rmSync(folder, { recursive: true, force: true })
})

const manifestOf = (pack: PackedPackage) =>
  JSON.parse(readFromTarball(pack.tarball, 'package/package.json')) as Manifest

describe('the packed packages', () => {
  it('are the five packages of the @fordela scope, at one version', () => {
    expect(packed.packages.map((pack) => pack.name)).toEqual([
      '@fordela/parser',
      '@fordela/engine',
      '@fordela/render-markdown',
      '@fordela/render-docx',
      '@fordela/cli',
    ])
    expect(new Set(packed.packages.map((pack) => manifestOf(pack).version)).size).toBe(1)
  })

  it('each carry the licence, a README, engines and no development fields', () => {
    for (const pack of packed.packages) {
      const manifest = manifestOf(pack)
      const files = listTarball(pack.tarball)
      expect([
        pack.name,
        manifest.license,
        manifest.engines?.['node'],
        manifest.scripts,
        manifest.devDependencies,
      ]).toEqual([pack.name, 'EUPL-1.2', '>=20.12', undefined, undefined])
      expect([pack.name, files.includes('package/LICENSE'), files.includes('package/README.md')]).toEqual([
        pack.name,
        true,
        true,
      ])
      expect(readFromTarball(pack.tarball, 'package/LICENSE')).toContain('EUPL')
    }
  })

  it('depend on each other by version, never by a workspace: range', () => {
    const version = manifestOf(packed.packages[0]!).version
    for (const pack of packed.packages) {
      const internal = Object.entries(manifestOf(pack).dependencies ?? {}).filter(([name]) =>
        name.startsWith('@fordela/'),
      )
      expect(internal.filter(([, range]) => range !== `^${version}`)).toEqual([])
    }
    // engine needs the parser; render-markdown both.
    expect(
      Object.keys(manifestOf(packed.packages[2]!).dependencies ?? {})
        .filter((name) => name.startsWith('@fordela/'))
        .sort(),
    ).toEqual(['@fordela/engine', '@fordela/parser'])
  })

  it('export types first, and ship every file an export names', () => {
    for (const pack of packed.packages) {
      const files = new Set(listTarball(pack.tarball))
      for (const [subpath, target] of Object.entries(manifestOf(pack).exports ?? {})) {
        const conditions = typeof target === 'string' ? { default: target } : target
        if (typeof target !== 'string')
          expect([pack.name, subpath, Object.keys(target)[0]]).toEqual([pack.name, subpath, 'types'])
        for (const file of Object.values(conditions))
          expect([pack.name, file, files.has(`package/${file.replace(/^\.\//, '')}`)]).toEqual([pack.name, file, true])
      }
    }
  })
})

describe('the packed CLI', () => {
  const cli = () => packed.packages.find((pack) => pack.name === '@fordela/cli')!

  it('declares no dependencies: the bundle holds them, with their licences', () => {
    const manifest = manifestOf(cli())
    expect([manifest.dependencies, manifest.bin]).toEqual([undefined, { fordela: './bin/fordela.js' }])
    const files = listTarball(cli().tarball)
    for (const file of [
      'bin/fordela.js',
      'bundle/fordela.cjs',
      'bundle/launch.cjs',
      'bundle/render-docx.cjs',
      'templates/county/parter.yaml',
      'templates/national/2025/overenskommelser/skr-2025-overenskommelse.yaml',
      'docs/rules/sum/fund-not-spent.md',
      'docs/rules/sum/fund-not-spent.sv.md',
      'studio/index.html',
    ]) {
      expect([file, files.includes(`package/${file}`)]).toEqual([file, true])
    }
    // The bundle contains commander and yaml, among others: their licence texts ship with it.
    const licences = readFromTarball(cli().tarball, 'package/bundle/THIRD-PARTY-LICENSES.txt')
    expect(licences).toMatch(/^commander@\d+\.\d+\.\d+ \(MIT\)$/m)
    expect(licences).toMatch(/^yaml@\d+\.\d+\.\d+ \(ISC\)$/m)
    expect(licences).toMatch(/^docx@\d+\.\d+\.\d+ \(MIT\)$/m)
  })

  it('starts from its bundle alone, without the monorepo or a node_modules folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fordela-unpacked-'))
    scratch.push(folder)
    const county = join(folder, 'lan')
    mkdirSync(join(county, '.git'), { recursive: true })
    spawnSync('tar', ['-xzf', cli().tarball, '-C', folder])
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(folder, 'package/bin/fordela.js'), ...args], {
        cwd: county,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', FORDELA_NO_CODE_CACHE: '1' },
      })
    expect(run('--version').stdout).toBe(`${manifestOf(cli()).version}\n`)
    expect(run('init').status).toBe(0)
    // The scaffold: an allocation, parties and a dataset, all clean.
    expect(run('lint')).toMatchObject({ status: 0, stdout: '✔ Inga problem i 3 filer.\n' })
  })
})
