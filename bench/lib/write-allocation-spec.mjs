import { proseSentences } from './prose-sentences.mjs'
import { formatKronor, roundDown, wrapBlock } from './spec-text.mjs'

/** Share sets for the second step of a section: three lines that take the whole step. */
const shareSets = [
  ['1/3', '1/3', '1/3'],
  ['40 %', '30 %', '30 %'],
  ['1/2', '1/4', '1/4'],
  ['25 %', '25 %', '1/2'],
]

/** A paragraph of `count` memo sentences, plus `extra` (already placeholder-bearing) at the end. */
function paragraph(random, count, extra = '') {
  const text = random.sample(proseSentences, count).join(' ')
  return extra === '' ? text : `${text} ${extra}`
}

/** A `says` claim that a value is just above or just below a round figure, or a plain placeholder. */
function approximate(ref, value, random) {
  const step = 100_000n
  if (value % step === 0n || value < step) return `{{ ${ref} | kronor }}`
  if (random.next() < 0.5) return `{{ ${ref} | says "drygt ${formatKronor(roundDown(value, step))}" }}`
  return `{{ ${ref} | says "knappt ${formatKronor(roundDown(value, step) + step)}" }}`
}

/** The last line of a step: an explicit share, or `rest: true` for the same part. */
function lastShare(share, random) {
  return random.next() < 0.3 ? 'rest: true' : `share: ${share}`
}

/**
 * The text of one Allocation spec for one county, the shape of
 * examples/vastra-gotaland/2025-lansgemensamma-medel.yaml: three funds drawn
 * from the agreement's län column, three sections with `amount`, `each`,
 * `share`, `rest` and population splits over the parties' groups, child
 * lines in some, and prose whose placeholders and `says` claims hold for
 * the amounts computed from the agreement.
 *
 * @param {{ id: string, partiesFile: string, county: { code: string, name: string }, cells: { strategi: bigint, komplexa: bigint, suicid: bigint }, groups: { kommunalforbund: number }, random: ReturnType<import('./seeded-random.mjs').createRandom> }} input
 */
export function writeAllocationSpec({ id, partiesFile, county, cells, groups, random }) {
  const total = cells.strategi + cells.komplexa + cells.suicid
  const forbund = BigInt(groups.kommunalforbund)
  const strategiRegion = roundDown(cells.strategi / 4n, 250_000n)
  const strategiEach = roundDown((cells.strategi * 2n) / 5n / forbund, 100_000n)
  const komplexaRegion = roundDown(cells.komplexa / 30n, 10_000n)
  const komplexaEach = roundDown(cells.komplexa / 30n / forbund, 10_000n)
  const pool = roundDown(cells.suicid / 14n, 100_000n)
  const [komplexaShares, suicidShares] = [random.pick(shareSets), random.pick(shareSets)]
  const children = random.next() < 0.4
  const millions = total / 1_000_000n
  const out = []
  out.push('# yaml-language-server: $schema=../../schemas/allocation.schema.json')
  out.push(
    'apiVersion: fordela/v1',
    'kind: Allocation',
    `id: ${id}`,
    `title: Länsgemensamma medel psykisk hälsa 2025 (${id})`,
  )
  out.push(`documentTitle: Beslutsunderlag – Länsgemensamma medel psykisk hälsa 2025, ${county.name}`)
  out.push('year: 2025', `county: "${county.code}"`, `parties: ./${partiesFile}`)
  out.push(
    'agreement: ../../nationellt/skr-2025-overenskommelse.yaml',
    'strategy: ../../nationellt/nationell-strategi-2025-2034.yaml',
  )
  out.push('rounding: largest-remainder', 'decisionBody: Det politiska samrådsorganet', '')
  out.push('decisions:', `  - att de länsgemensamma medlen rekvireras av regionen för 2025.`, '')
  out.push('summary: |')
  out.push(
    wrapBlock(
      [
        `I överenskommelsen om psykisk hälsa och suicidprevention mellan regeringen och Sveriges kommuner och regioner (SKR) riktas år 2025 {{ total | says "drygt ${millions} miljoner kronor" }} till länsgemensamt arbete i ${county.name}.`,
        paragraph(random, random.int(3, 5)),
      ],
      2,
    ),
  )
  out.push('', 'funds:')
  out.push(
    '  - id: strategi',
    '    title: Genomförande av den nationella strategin',
    '    from:',
    '      area: strategi',
    '      column: lan',
  )
  if (random.next() < 0.5) out.push(`    amount: ${formatKronor(cells.strategi)}`)
  out.push(
    '  - id: komplexa-behov',
    '    title: Komplexa behov',
    '    from:',
    '      area: komplexa-behov',
    '      column: lan',
  )
  out.push(
    '  - id: suicidprevention',
    '    title: Stärkt suicidpreventivt arbete',
    '    from:',
    '      area: suicidprevention',
    '      column: lan',
  )
  out.push('', 'sections:')
  section(out, random, {
    id: 'strategi',
    title: 'Stöd till genomförande och uppföljning av den nationella strategin',
    subgoals: ['delmal-1', 'delmal-7'],
    claim: `{{ fund.strategi | says "${cells.strategi / 1_000_000n} miljoner" }}`,
    steps: [
      [
        null,
        ['to: region', `amount: ${formatKronor(strategiRegion)}`],
        ['to: kommunalforbund', `each: ${formatKronor(strategiEach)}`],
        ['to: nsph', 'rest: true', 'purpose: till patient-, brukar- och anhörigsamverkan'],
      ],
    ],
  })
  section(out, random, {
    id: 'komplexa-behov',
    title: 'Samordnade insatser för personer med komplexa behov',
    subgoals: ['delmal-5'],
    claim: approximate('fund.komplexa-behov', cells.komplexa, random),
    steps: [
      [
        'Länsgemensam samverkan',
        ['to: region', `amount: ${formatKronor(komplexaRegion)}`, 'purpose: för länsgemensam samverkan'],
        ['to: kommunalforbund', `each: ${formatKronor(komplexaEach)}`, 'purpose: för länsgemensam samverkan'],
      ],
      [
        'Medel som kvarstår efter länsgemensam samverkan',
        ['to: region', `share: ${komplexaShares[0]}`],
        ['to: kommunalforbund', `share: ${komplexaShares[1]}`, 'split: folkmangd'],
        ['to: vardsamverkan', lastShare(komplexaShares[2], random), 'split: folkmangd'],
      ],
    ],
  })
  const firstSuicidStep = [
    'Civilsamhället',
    ['to: civilsamhallet', `amount: ${formatKronor(pool)}`, 'how: genom ansökningsförfarande'],
  ]
  if (children) {
    firstSuicidStep.push([
      'to: region',
      `amount: ${formatKronor(roundDown(cells.suicid / 10n, 10_000n))}`,
      'purpose: till samfinansierade verksamheter',
      'lines:',
      ['to: region', 'share: 1/2', 'purpose: för barn och unga'],
      ['to: region', 'rest: true', 'purpose: för samsjuklighet'],
    ])
  }
  section(out, random, {
    id: 'suicidprevention',
    title: 'Stärkt suicidpreventivt arbete',
    subgoals: ['delmal-6'],
    claim: `{{ fund.suicidprevention | kronor }}, varav {{ party.civilsamhallet }} till civilsamhället`,
    steps: [
      firstSuicidStep,
      [
        'Medel som kvarstår efter det som fördelas till civilsamhället',
        ['to: region', `share: ${suicidShares[0]}`],
        ['to: kommuner', `share: ${suicidShares[1]}`, 'split: folkmangd'],
        ['to: vardsamverkan', lastShare(suicidShares[2], random), 'split: folkmangd'],
      ],
    ],
  })
  out.push(
    'signatories:',
    '  - name: Anna Andersson',
    '    role: Hälso- och sjukvårdsdirektör',
    '  - name: Per Persson',
    '    role: Direktör för kommunernas samverkansorgan',
  )
  return `${out.join('\n')}\n`
}

/** Appends one section: links, decision, prose with its claim, and the steps' lines. */
function section(out, random, { id, title, subgoals, claim, steps }) {
  out.push(
    `  - id: ${id}`,
    `    title: ${title}`,
    `    fund: ${id}`,
    '    links:',
    `      area: ${id}`,
    `      subgoals: [${subgoals.join(', ')}]`,
  )
  out.push(
    '    decision: >-',
    wrapBlock([`förslaget till fördelning av länsgemensamma medel avseende *${title}*, för 2025.`], 6),
  )
  out.push('    text: |')
  out.push(
    wrapBlock(
      [
        paragraph(random, random.int(2, 4)),
        paragraph(random, random.int(1, 3), `Utifrån det föreslås fördelning av ${claim} enligt följande:`),
      ],
      6,
    ),
  )
  out.push('    steps:')
  for (const [stepTitle, ...lines] of steps) {
    if (stepTitle === null) out.push('      - lines:')
    else out.push(`      - title: ${stepTitle}`, '        lines:')
    for (const line of lines) pushLine(out, line, 10)
  }
  out.push('')
}

/** Appends a line's keys as a block mapping; a nested array after `lines:` holds its child lines. */
function pushLine(out, fields, indent) {
  const pad = ' '.repeat(indent)
  fields.forEach((field, index) => {
    if (Array.isArray(field)) pushLine(out, field, indent + 4)
    else out.push(`${index === 0 ? `${pad}- ` : `${pad}  `}${field}`)
  })
}
