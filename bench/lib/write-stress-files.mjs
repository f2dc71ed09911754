import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The input shapes of the linearity check. Each is one spec file (so that
 * fordela reads it: it starts with `apiVersion: fordela/v1`) whose size
 * grows with `n`, and stays under fordela's 1 MiB and 200 000-node limits at
 * the largest size.
 */
const shapes = [
  {
    id: 'flat-map',
    sizeKey: 'mapKeys',
    describe: (n) => `flat map, ${n} keys at the top level (one schema finding per key)`,
    write: (n) =>
      `apiVersion: fordela/v1\nkind: Dataset\nid: stress\ntitle: Stress\n${lines(n, (i) => `key-${i}: ${i}`)}`,
  },
  {
    id: 'rename-map',
    sizeKey: 'mapKeys',
    describe: (n) => `flat map, ${n} keys in a dataset's csv.rename`,
    write: (n) =>
      'apiVersion: fordela/v1\nkind: Dataset\nid: stress\ntitle: Stress\nunitKind: kommun\n' +
      'measures:\n  - id: folkmangd\n    title: Folkmängd\ncsv:\n  path: missing.csv\n  unit: kommun\n  rename:\n' +
      lines(n, (i) => `    K${i}: L${i}`),
  },
  {
    id: 'sequence',
    sizeKey: 'sequenceItems',
    describe: (n) => `sequence, ${n} items in an allocation's decisions`,
    write: (n) =>
      'apiVersion: fordela/v1\nkind: Allocation\nid: stress\ntitle: Stress\nyear: 2025\nparties: ./parter.yaml\n' +
      `funds: []\nsections: []\ndecisions:\n${lines(n, () => '- att')}`,
  },
  {
    id: 'invalid-lines',
    sizeKey: 'invalidLines',
    describe: (n) => `sequence, ${n} allocation lines without amount/each/share/rest (schema findings per line)`,
    write: (n) =>
      'apiVersion: fordela/v1\nkind: Allocation\nid: stress\ntitle: Stress\nyear: 2025\nparties: ./parter.yaml\n' +
      'funds:\n  - { id: f, amount: 100 }\nsections:\n  - id: s\n    title: S\n    fund: f\n    steps:\n      - lines:\n' +
      lines(n, () => '          - { to: a }'),
  },
]

/** `n` lines made by `line`, each ending in a newline. */
function lines(n, line) {
  return Array.from({ length: n }, (_, index) => `${line(index)}\n`).join('')
}

/** The smallest size of every shape: what a run costs before the input's size matters (start, imports, one file). */
export const BASELINE_SIZE = 16

/**
 * Writes one folder per shape and size, `<shape>-<n>/stress.yaml`, at the
 * full size, a half and a quarter of it, and a baseline of
 * {@link BASELINE_SIZE} items, so the benchmark can see whether time grows
 * linearly.
 *
 * @param {string} dir the stress folder
 * @param {{ mapKeys: number, sequenceItems: number, invalidLines: number }} sizes
 * @returns {{ shape: string, description: string, size: number, dir: string }[]}
 */
export function writeStressFiles(dir, sizes) {
  const written = []
  for (const shape of shapes) {
    const full = sizes[shape.sizeKey]
    for (const size of [BASELINE_SIZE, Math.round(full / 4), Math.round(full / 2), full]) {
      const folder = join(dir, `${shape.id}-${size}`)
      mkdirSync(folder, { recursive: true })
      writeFileSync(join(folder, 'stress.yaml'), shape.write(size))
      written.push({ shape: shape.id, description: shape.describe(size), size, dir: folder })
    }
  }
  return written
}
