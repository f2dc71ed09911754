import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DatasetDocument, SpecDocument } from '../model/documents.js'
import { Rational } from '../money/rational.js'
import { createLineIndex } from '../yaml/line-index.js'
import { createRecordingHost, createTempFolder, writeFiles, writeSymlink } from './__fixtures__/temp-workspace.js'
import { loadWorkspace } from './load-workspace.js'
import type { Workspace } from './workspace.js'
import type { WorkspaceHost } from './workspace-host.js'
import { nodeWorkspaceHost } from './node-workspace-host.js'

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples')

/** `file:line:column "text"` of a diagnostic, read from the workspace's own texts. */
function place(workspace: Workspace, d: Pick<Diagnostic, 'file' | 'span'>): string {
  const text = workspace.texts.get(d.file) ?? ''
  const { line, column } = createLineIndex(text).locate(d.span[0])
  return `${d.file}:${line}:${column} ${JSON.stringify(text.slice(d.span[0], d.span[1]))}`
}

/** The workspace's findings of the given categories, as `code place`. */
function findings(workspace: Workspace, prefix = /^(ref|data)\//u): string[] {
  return workspace.diagnostics.filter((d) => prefix.test(d.code)).map((d) => `${d.code} ${place(workspace, d)}`)
}

function unitSum(dataset: SpecDocument | undefined, measure: string): string {
  if (dataset?.kind !== 'Dataset') return 'not a dataset'
  return Rational.sum(
    dataset.units.flatMap((u) => {
      const value = u.values.get(measure)
      return value ? [value.value] : []
    }),
  ).toString()
}

const header = (kind: string, id: string): string => `apiVersion: fordela/v1\nkind: ${kind}\nid: ${id}\ntitle: ${id}\n`
const strategy = (id: string): string =>
  `${header('Strategy', id)}vision: En vision.\ngoals:\n  - id: mal-1\n    title: Ett mål.\n`
const parties = (id: string, dataset: string): string =>
  `${header('Parties', id)}county:\n  code: "14"\n  name: Västra Götalands län\ndataset: ${dataset}\nparties:\n  - id: vgr\n    name: VGR\n`
const allocation = (id: string, refs: string): string =>
  `${header('Allocation', id)}year: 2025\n${refs}funds:\n  - id: f\n    amount: 100\nsections: []\n`
const inlineDataset = (id: string): string =>
  `${header('Dataset', id)}unitKind: lan\nreferenceDate: 2023-12-31\nsource:\n  publisher: SCB\nmeasures:\n  - id: folk\n    total: 3\nunits:\n  - id: "01"\n    name: Stockholms län\n    values:\n      folk: 1\n  - id: "03"\n    name: Uppsala län\n    values:\n      folk: 2\n`
const csvDataset = (id: string, csvPath: string): string =>
  `${header('Dataset', id)}unitKind: lan\nreferenceDate: 2023-12-31\nsource:\n  publisher: SCB\nmeasures:\n  - id: folk\n    total: 3\ncsv:\n  path: ${csvPath}\n  unit: region\n  measures:\n    folk: folk\n`

describe('loadWorkspace on the bundled examples', () => {
  it('loads every example without a finding, with both datasets read from their CSV', async () => {
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root: EXAMPLES })
    expect(workspace.diagnostics.map((d) => `${d.code} ${place(workspace, d)}`)).toEqual([])
    expect(workspace.documents.map((d) => `${d.file} ${d.kind}`)).toEqual([
      'data/befolkning-kommun-2025-09-30.yaml Dataset',
      'data/befolkning-lan-2023-12-31.yaml Dataset',
      'nationellt/nationell-strategi-2025-2034.yaml Strategy',
      'nationellt/skr-2025-overenskommelse.yaml Agreement',
      'vastra-gotaland/2025-lansgemensamma-medel.yaml Allocation',
      'vastra-gotaland/2026-handlingsplan.yaml ActionPlan',
      'vastra-gotaland/parter.yaml Parties',
      'ytterlan/2025-lansgemensamma-medel.yaml Allocation',
      'ytterlan/2026-handlingsplan.yaml ActionPlan',
      'ytterlan/2026-lansgemensamma-medel.yaml Allocation',
      'ytterlan/parter.yaml Parties',
    ])
    // data/README.md: 21 län summing to 10 551 707; 290 kommuner summing to 10 609 461.
    const lan = workspace.documentById('befolkning-lan-2023-12-31') as DatasetDocument
    expect(lan.units).toHaveLength(21)
    expect(unitSum(lan, 'folkmangd')).toBe('10551707')
    expect(lan.units[0]?.id.value).toBe('01')
    expect(lan.units[0]?.name).toBe('Stockholms län')
    const kommun = workspace.documentById('befolkning-kommun-2025-09-30') as DatasetDocument
    expect(kommun.units).toHaveLength(290)
    expect(unitSum(kommun, 'folkmangd')).toBe('10609461')
    const ids = kommun.units.map((u) => u.id.value)
    expect([ids.includes('Essunga'), ids.includes('Essung'), ids.includes('Mark'), ids.includes('Marks')]).toEqual([
      true,
      false,
      true,
      false,
    ])
    // Essung is line 39 of the CSV; the renamed unit still points at its cell.
    const essunga = kommun.units.find((u) => u.id.value === 'Essunga')
    expect(essunga && place(workspace, essunga.id.at)).toBe('data/befolkning-kommun-2025-09-30.csv:39:1 "Essung"')
    expect(essunga?.values.get('folkmangd')?.value.toString()).toBe('5554')
  })

  it('resolves the references of the allocation by path', async () => {
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root: EXAMPLES })
    const memo = workspace.documentByFile('vastra-gotaland/2025-lansgemensamma-medel.yaml')
    if (memo?.kind !== 'Allocation') throw new Error('the allocation example is missing')
    expect(workspace.resolve(memo.parties)?.id.value).toBe('vg-parter')
    expect(memo.agreement && workspace.resolve(memo.agreement)?.kind).toBe('Agreement')
    expect(memo.strategy && workspace.resolve(memo.strategy)?.id.value).toBe('nationell-strategi-2025-2034')
  })
})

describe('loadWorkspace on temporary folders', () => {
  let root = ''
  let outside = ''
  let cleanUp: (() => Promise<void>)[] = []
  beforeEach(async () => {
    const inner = await createTempFolder()
    const outer = await createTempFolder()
    root = inner.root
    outside = outer.root
    cleanUp = [inner.remove, outer.remove]
  })
  afterEach(async () => {
    for (const remove of cleanUp) await remove()
  })

  it('resolves references by path and by id', async () => {
    await writeFiles(root, {
      'data/folk.yaml': inlineDataset('folk'),
      'vg/parter.yaml': parties('vg-parter', '../data/folk.yaml'),
      'vg/2025.yaml': allocation('vg-2025', 'parties: vg-parter\nstrategy: ../strategi.yaml\n'),
      'strategi.yaml': strategy('strat'),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    expect(findings(workspace)).toEqual([])
    const memo = workspace.documentById('vg-2025')
    if (memo?.kind !== 'Allocation') throw new Error('allocation not loaded')
    expect(workspace.resolve(memo.parties)?.file).toBe('vg/parter.yaml')
    expect(memo.strategy && workspace.resolve(memo.strategy)?.file).toBe('strategi.yaml')
    const parter = workspace.documentByFile('vg/parter.yaml')
    expect(parter?.kind === 'Parties' && parter.dataset && workspace.resolve(parter.dataset)?.id.value).toBe('folk')
  })

  it('reports unknown documents with suggestions, wrong kinds and duplicate ids at the reference', async () => {
    await writeFiles(root, {
      'data/folk.yaml': inlineDataset('folk'),
      'vg/parter.yaml': parties('vg-parter', '../data/folk.yaml'),
      'vg/a.yaml': allocation('vg-a', 'parties: vg-partr\nstrategy: ./strategi.yml\n'),
      'vg/b.yaml': allocation('vg-b', 'parties: ../data/folk.yaml\n'),
      'vg/strategi.yaml': strategy('folk'),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    // Lines of vg/a.yaml: 1–4 header, 5 year, 6 parties, 7 strategy; values start at columns 10 and 11.
    expect(findings(workspace)).toEqual([
      'ref/unknown-document vg/a.yaml:6:10 "vg-partr"',
      'ref/unknown-document vg/a.yaml:7:11 "./strategi.yml"',
      'ref/wrong-kind vg/b.yaml:6:10 "../data/folk.yaml"',
      'ref/duplicate-id vg/strategi.yaml:3:5 "folk"',
    ])
    const [byId, byPath, wrongKind, duplicate] = workspace.diagnostics.filter((d) => d.code.startsWith('ref/'))
    expect(byId?.suggestions).toEqual(['vg-parter'])
    expect(byPath?.suggestions).toEqual(['./strategi.yaml'])
    expect(wrongKind?.message.en).toBe(
      '"../data/folk.yaml" is a Dataset document, but a Parties document is expected here.',
    )
    expect(duplicate?.message.en).toBe(
      'The id "folk" is already used by data/folk.yaml, so a reference to "folk" would be ambiguous.',
    )
    expect(duplicate?.related?.map((r) => place(workspace, r))).toEqual(['data/folk.yaml:3:5 "folk"'])
  })

  it('refuses paths out of the root, absolute paths and symlinks that leave it, without reading them', async () => {
    await writeFiles(outside, { 'secret.yaml': strategy('secret'), 'secret.csv': 'region;folk\n01;1\n' })
    await writeFiles(root, {
      'vg/parter.yaml': parties('vg-parter', '../data/folk.yaml'),
      'data/folk.yaml': csvDataset('folk', './link.csv'),
      'vg/a.yaml': allocation(
        'vg-a',
        `parties: ./parter.yaml\nstrategy: ../../etc/passwd\nagreement: ${path.join(outside, 'secret.yaml')}\nprevious: ./link.yaml\n`,
      ),
    })
    await writeSymlink(root, 'vg/link.yaml', path.join(outside, 'secret.yaml'))
    await writeSymlink(root, 'data/link.csv', path.join(outside, 'secret.csv'))
    const { host, readFiles } = createRecordingHost()
    const workspace = await loadWorkspace({ root, host })
    expect(findings(workspace)).toEqual([
      'ref/outside-workspace data/folk.yaml:13:9 "./link.csv"',
      'ref/outside-workspace vg/a.yaml:7:11 "../../etc/passwd"',
      `ref/outside-workspace vg/a.yaml:8:12 ${JSON.stringify(path.join(outside, 'secret.yaml'))}`,
      'ref/outside-workspace vg/a.yaml:9:11 "./link.yaml"',
    ])
    expect(
      readFiles()
        .map((p) => path.relative(root, p))
        .sort(),
    ).toEqual(['data/folk.yaml', 'vg/a.yaml', 'vg/parter.yaml'])
  })

  it('reports a cycle of three allocations once, listing the files', async () => {
    await writeFiles(root, {
      'parter.yaml': parties('p', 'folk'),
      'folk.yaml': inlineDataset('folk'),
      'a1.yaml': allocation('a1', 'parties: p\nprevious: a3\n'),
      'a2.yaml': allocation('a2', 'parties: p\nprevious: ./a1.yaml\n'),
      'a3.yaml': allocation('a3', 'parties: p\nprevious: a2\n'),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    expect(findings(workspace)).toEqual(['ref/cycle a1.yaml:7:11 "a3"'])
    expect(workspace.diagnostics.find((d) => d.code === 'ref/cycle')?.message.en).toBe(
      'The documents refer to each other in a cycle: a1.yaml → a3.yaml → a2.yaml → a1.yaml. None of them can then be worked out first.',
    )
  })

  it('lints only the given files and the documents they lead to', async () => {
    await writeFiles(root, {
      'folk.yaml': inlineDataset('folk'),
      'vg/parter.yaml': parties('vg-parter', '../folk.yaml'),
      'vg/a.yaml': allocation('vg-a', 'parties: vg-parter\n'),
      'other/broken.yaml': `${header('Allocation', 'broken')}parties: nowhere\n`,
      'other/strategi.yaml': strategy('strat'),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root, paths: ['vg/a.yaml', '../elsewhere.yaml'] })
    expect(workspace.documents.map((d) => d.file)).toEqual(['folk.yaml', 'vg/a.yaml', 'vg/parter.yaml'])
    expect(workspace.diagnostics.filter((d) => d.file.startsWith('other/'))).toEqual([])
    expect(findings(workspace)).toEqual(['ref/outside-workspace ../elsewhere.yaml:1:1 ""'])
  })

  it('selects the spec files under a given folder', async () => {
    await writeFiles(root, {
      'vg/strategi.yaml': strategy('vg-strat'),
      'vg/ci.yaml': 'on: push\n',
      'sk/strategi.yaml': strategy('sk-strat'),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root, paths: [path.join(root, 'vg')] })
    expect(workspace.documents.map((d) => d.file)).toEqual(['vg/strategi.yaml'])
    expect(workspace.diagnostics).toEqual([])
  })

  it('follows a path into a folder the walk skips and through a symlink that stays inside', async () => {
    await writeFiles(root, {
      '.shared/strategi.yaml': strategy('strat'),
      'real/parter.yaml': parties('p', '../folk.yaml'),
      'folk.yaml': inlineDataset('folk'),
      'a.yaml': allocation('a', 'parties: ./linked/parter.yaml\nstrategy: ./.shared/strategi.yaml\n'),
    })
    await writeSymlink(root, 'linked', path.join(root, 'real'))
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    expect(findings(workspace)).toEqual([])
    const memo = workspace.documentById('a')
    if (memo?.kind !== 'Allocation') throw new Error('allocation not loaded')
    // The symlinked folder leads to the document at its real place.
    expect(workspace.resolve(memo.parties)?.file).toBe('real/parter.yaml')
    expect(memo.strategy && workspace.resolve(memo.strategy)?.file).toBe('.shared/strategi.yaml')
  })

  it('leaves a reference to a file that does not parse to that file’s own diagnostics', async () => {
    await writeFiles(root, {
      'parter.yaml': `${header('Parties', 'p')}county: 14\n`,
      'a.yaml': allocation('a', 'parties: ./parter.yaml\n'),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    expect(workspace.diagnostics.map((d) => d.file)).toEqual(['parter.yaml'])
    expect(findings(workspace)).toEqual([])
  })

  it('refuses a file over the size limit without reading it', async () => {
    await writeFiles(root, { 'big.yaml': `${strategy('big')}# ${'x'.repeat(500)}\n`, 'small.yaml': strategy('small') })
    const { host, readFiles } = createRecordingHost()
    const workspace = await loadWorkspace({ root, host, limits: { maxFileBytes: 400 } })
    expect(workspace.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['syntax/file-too-large big.yaml'])
    expect(readFiles().map((p) => path.relative(root, p))).toEqual(['small.yaml'])
  })

  it('gives the same result whatever order folders are listed in', async () => {
    await writeFiles(root, {
      'b/x.yaml': strategy('same'),
      'a/x.yaml': strategy('same'),
      'c.yaml': allocation('c', 'parties: nowhere\nstrategy: same\n'),
    })
    const reversed: WorkspaceHost = {
      ...createRecordingHost().host,
      readDir: async (p) => (await createRecordingHost().host.readDir(p)).reverse(),
    }
    const forward = await loadWorkspace({ host: nodeWorkspaceHost, root })
    const backward = await loadWorkspace({ root, host: reversed })
    expect(backward.documents.map((d) => d.file)).toEqual(['a/x.yaml', 'b/x.yaml', 'c.yaml'])
    expect(backward.diagnostics).toEqual(forward.diagnostics)
    expect(findings(backward)).toEqual([
      'ref/duplicate-id b/x.yaml:3:5 "same"',
      'ref/unknown-document c.yaml:6:10 "nowhere"',
    ])
  })

  it('imports a CSV dataset and checks its total', async () => {
    await writeFiles(root, {
      'folk.yaml': csvDataset('folk', 'folk.csv'),
      // Windows-1252 bytes for "region;folk\n98 Örebro län;1\n99 Å län;1\n": Ö = 0xD6, Å = 0xC5. Made-up
      // codes, so that data/unknown-unit-code leaves the dataset alone.
      'folk.csv': new Uint8Array([
        ...Buffer.from('region;folk\n98 '),
        0xd6,
        ...Buffer.from('rebro l'),
        0xe4,
        ...Buffer.from('n;1\n99 '),
        0xc5,
        ...Buffer.from(' l'),
        0xe4,
        ...Buffer.from('n;1\n'),
      ]),
    })
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root })
    const folk = workspace.documentById('folk') as DatasetDocument
    expect(folk.units.map((u) => `${u.id.value} ${u.name}`)).toEqual(['98 Örebro län', '99 Å län'])
    // 1 + 1 = 2, the dataset says 3.
    expect(findings(workspace)).toEqual(['data/total-mismatch folk.yaml:11:12 "3"'])
    expect(workspace.texts.get('folk.csv')).toBe('region;folk\n98 Örebro län;1\n99 Å län;1\n')
  })
})
