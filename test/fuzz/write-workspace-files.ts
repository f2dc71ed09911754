import type { GeneratedLine, GeneratedQuantity } from './arbitrary-allocation-lines.js'
import type { GeneratedWorkspace } from './arbitrary-allocation-workspace.js'

/** Writes an amount in one of the accepted forms, chosen by its value so the text is reproducible. */
function writeAmount(amount: bigint): string {
  const digits = amount.toString()
  if (amount % 3n === 0n) return digits
  // Swedish grouping: "12 345 678", sometimes with " kr" and quoted.
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')
  return amount % 3n === 1n ? grouped : `"${grouped} kr"`
}

function writeQuantity(quantity: GeneratedQuantity): string {
  switch (quantity.type) {
    case 'amount':
      return `amount: ${writeAmount(quantity.amount)}`
    case 'each':
      return `each: ${writeAmount(quantity.each)}`
    case 'rest':
      return 'rest: true'
    case 'share':
      // A percentage only where it is exact with at most two decimals.
      if (quantity.form === 'percent' && (quantity.num * 10_000) % quantity.den === 0) {
        return `share: "${String((quantity.num * 100) / quantity.den).replace('.', ',')} %"`
      }
      return `share: ${quantity.num}/${quantity.den}`
  }
}

/** A line in block style at `indent`, its child lines indented below it. */
function writeLine(line: GeneratedLine, indent: string): string[] {
  const fields = [
    writeQuantity(line.quantity),
    ...(line.split ? [`split: ${line.split}`] : []),
    ...(line.fund ? [`fund: ${line.fund}`] : []),
  ]
  const children = line.lines.flatMap((child) => writeLine(child, `${indent}    `))
  return [
    `${indent}- to: ${line.to}`,
    ...fields.map((field) => `${indent}  ${field}`),
    ...(children.length > 0 ? [`${indent}  lines:`, ...children] : []),
  ]
}

/** The three files of a generated workspace: a dataset, the parties and the allocation. */
export function writeWorkspaceFiles(w: GeneratedWorkspace): Record<string, string> {
  const units = w.units.map(
    (unit, i) => `  - { id: u${i}, name: Enhet ${i}, values: { folk: ${unit.folk}, unga: ${unit.unga} } }`,
  )
  const dataset = [
    'apiVersion: fordela/v1',
    'kind: Dataset',
    'id: folk',
    'title: Folkmängd',
    'unitKind: kommun',
    'referenceDate: 2025-09-30',
    'source:',
    '  publisher: SCB',
    'measures:',
    '  - id: folk',
    '  - id: unga',
    'units:',
    ...units,
  ]
  const parties = [
    'apiVersion: fordela/v1',
    'kind: Parties',
    'id: parter',
    'title: Parter',
    'county:',
    '  code: "14"',
    '  name: Västra Götalands län',
    'dataset: ./folk.yaml',
    'parties:',
    ...Array.from(
      { length: w.parties },
      (_, p) => `  - { id: p${p}, name: ${JSON.stringify(w.names[p] ?? `Part ${p}`)} }`,
    ),
    ...(w.groups.length > 0 ? ['groups:'] : []),
    ...w.groups.flatMap((group, g) => [
      `  - id: g${g}`,
      `    name: Grupp ${g}`,
      '    members:',
      ...Array.from({ length: group.members }, (_, m) => {
        const held = group.holder.flatMap((holder, unit) => (holder === m ? [`u${unit}`] : []))
        return `      - { id: g${g}-m${m}, name: Medlem ${m}, units: [${held.join(', ')}] }`
      }),
    ]),
  ]
  const allocation = [
    'apiVersion: fordela/v1',
    'kind: Allocation',
    'id: fordelning',
    'title: Fördelning',
    'year: 2025',
    'parties: ./parter.yaml',
    `rounding: ${w.policy}`,
    'funds:',
    ...w.funds.map((amount, f) => `  - { id: f${f}, amount: ${writeAmount(amount)} }`),
    'sections:',
    ...w.sections.flatMap((section, s) => [
      `  - id: s${s}`,
      `    title: Avsnitt ${s}`,
      `    fund: f${section.fund}`,
      // A JSON string is a YAML double-quoted scalar: any text, escaped.
      ...(section.text !== undefined ? [`    text: ${JSON.stringify(section.text)}`] : []),
      '    steps:',
      ...section.steps.flatMap((lines) => [
        '      - lines:',
        ...lines.flatMap((line) => writeLine(line, '          ')),
      ]),
    ]),
  ]
  return {
    'folk.yaml': `${dataset.join('\n')}\n`,
    'parter.yaml': `${parties.join('\n')}\n`,
    'fordelning.yaml': `${allocation.join('\n')}\n`,
  }
}
