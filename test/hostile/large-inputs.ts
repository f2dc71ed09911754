/**
 * Inputs of many small mistakes, each under the 1 MiB file limit, whose
 * stage was once quadratic (3–8 s here before its fix). The tests check
 * what each says (packages/parser/test/hostile, packages/engine/test/hostile);
 * `npm run bench:hostile` times each stage at n/4 and n.
 */

/** One large input: the workspace files, the file the stage reads, and its findings per rule. */
export interface LargeInput {
  readonly name: string
  /** The stage that was quadratic: the schema check of `x.yaml`, or the evaluation of the workspace. */
  readonly stage: 'validation' | 'evaluation'
  readonly kind: 'Strategy' | 'Allocation'
  readonly files: Readonly<Record<string, string>>
  readonly expected: Readonly<Record<string, number>>
}

const parties =
  'apiVersion: fordela/v1\nkind: Parties\nid: p\ntitle: P\ncounty: { code: "14", name: L }\nparties: [{ id: a, name: A }]\n' +
  'groups:\n  - id: g\n    name: G\n    members: [{ id: m0, name: M0 }, { id: m1, name: M1 }]\n'

/** An allocation of one fund whose section has `lines` in its first step and `text` as its prose. */
const allocation = (lines: string, text = 'Text.'): string =>
  'apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: X\nyear: 2025\nparties: ./p.yaml\nfunds: [{ id: f, amount: 1000000000 }]\n' +
  `sections:\n  - id: s\n    title: S\n    fund: f\n    text: "${text}"\n    steps:\n      - lines:\n${lines}      - lines: [{ to: a, rest: true }]\n`

/**
 * The four inputs at `scale` × their size in the tests (the bench also runs
 * them at a quarter). The findings are counted from the input: one per key,
 * one per line; the evaluated ones are valid but for the section that no
 * strategy links (one `link/section-unlinked`).
 */
export function listLargeInputs(scale = 1): LargeInput[] {
  const keys = Math.round(40_000 * scale)
  const lines = Math.round(20_000 * scale)
  const placeholders = Math.round(40_000 * scale)
  /** 40000 as "40 000", for the names. */
  const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ' ')
  return [
    {
      name: `${count(keys)} unknown top-level keys: the key of each finding was found by scanning the whole mapping`,
      stage: 'validation',
      kind: 'Strategy',
      files: {
        'x.yaml': `apiVersion: fordela/v1\nkind: Strategy\nid: s\ntitle: S\nvision: V\ngoals: []\n${Array.from({ length: keys }, (_, i) => `k${i}: 1`).join('\n')}\n`,
      },
      expected: { 'schema/unknown-key': keys },
    },
    {
      name: `${count(lines)} lines without amount, each, share or rest: ajv copied its list of errors at every line`,
      stage: 'validation',
      kind: 'Allocation',
      files: { 'x.yaml': allocation('          - { to: a }\n'.repeat(lines)) },
      expected: { 'schema/missing-key': lines },
    },
    {
      name: `${count(lines)} \`each\` lines in one step: the engine copied the step’s list of lines at every line`,
      stage: 'evaluation',
      kind: 'Allocation',
      files: { 'p.yaml': parties, 'x.yaml': allocation('          - { to: g, each: 1 }\n'.repeat(lines)) },
      expected: { 'link/section-unlinked': 1 },
    },
    {
      name: `${count(placeholders)} placeholders in one text: each placeholder searched the text from its start`,
      stage: 'evaluation',
      kind: 'Allocation',
      files: {
        'p.yaml': parties,
        'x.yaml': allocation('          - { to: a, amount: 1 }\n', '{{ party.a }} '.repeat(placeholders)),
      },
      expected: { 'link/section-unlinked': 1 },
    },
  ]
}

/** The findings per rule code. */
export function countCodes(diagnostics: readonly { readonly code: string }[]): Record<string, number> {
  const codes: Record<string, number> = {}
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1
  return codes
}
