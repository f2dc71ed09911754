import { slugify } from './spec-text.mjs'

/** The regions' own names, by county code. */
const regionNames = new Map([
  ['01', 'Region Stockholm'],
  ['03', 'Region Uppsala'],
  ['04', 'Region Sörmland'],
  ['05', 'Region Östergötland'],
  ['06', 'Region Jönköpings län'],
  ['07', 'Region Kronoberg'],
  ['08', 'Region Kalmar län'],
  ['09', 'Region Gotland'],
  ['10', 'Region Blekinge'],
  ['12', 'Region Skåne'],
  ['13', 'Region Halland'],
  ['14', 'Västra Götalandsregionen'],
  ['17', 'Region Värmland'],
  ['18', 'Region Örebro län'],
  ['19', 'Region Västmanland'],
  ['20', 'Region Dalarna'],
  ['21', 'Region Gävleborg'],
  ['22', 'Region Västernorrland'],
  ['23', 'Region Jämtland Härjedalen'],
  ['24', 'Region Västerbotten'],
  ['25', 'Region Norrbotten'],
])

const directions = ['norra', 'södra', 'östra', 'västra', 'mellersta', 'centrala']

/**
 * Splits a county's kommuner into `count` non-empty parts after a seeded
 * shuffle; each part lists its kommuner in the dataset's order.
 */
function partition(kommuner, count, random) {
  const order = new Map(kommuner.map((kommun, index) => [kommun.name, index]))
  const shuffled = random.shuffle(kommuner)
  const parts = Array.from({ length: count }, () => [])
  for (const [index, kommun] of shuffled.entries()) parts[index < count ? index : random.int(0, count - 1)].push(kommun)
  return parts.map((part) => part.sort((a, b) => order.get(a.name) - order.get(b.name)).map((kommun) => kommun.name))
}

/** A flow list of unit names, wrapped like the hand-written examples. */
function unitList(names, indent) {
  const pad = ' '.repeat(indent)
  const lines = []
  let line = ''
  for (const name of names) {
    const item = name.includes(':') || name.includes(',') ? JSON.stringify(name) : name
    if (line !== '' && indent + line.length + item.length > 74) {
      lines.push(line)
      line = ''
    }
    line += line === '' ? item : ` ${item}`
    line += ','
  }
  lines.push(line.slice(0, -1))
  return `[${lines.join(`\n${pad}  `)}]`
}

/**
 * The text of one Parties spec for `county`: the region, NSPH, an open pool
 * for civil society, and three groups over the county's real kommuner —
 * kommunalförbund, vårdsamverkansområden (sometimes with one kommun left
 * out, with its reason) and every kommun on its own.
 *
 * @returns {{ text: string, groups: { kommunalforbund: number, vardsamverkan: number, kommuner: number } }}
 */
export function writePartiesSpec({ id, county, random }) {
  const stem = county.name.replace(/s? län$/, '')
  const kommuner = county.kommuner
  const forbundCount = Math.min(kommuner.length, random.int(1, 4))
  const vardCount = Math.min(kommuner.length, random.int(2, 6))
  const leaveOut = kommuner.length > vardCount && random.next() < 0.2 ? random.pick(kommuner).name : undefined
  const vardKommuner = kommuner.filter((kommun) => kommun.name !== leaveOut)
  const forbund = partition(kommuner, forbundCount, random)
  const vard = partition(vardKommuner, Math.min(vardCount, vardKommuner.length), random)
  const out = []
  out.push('# yaml-language-server: $schema=../../schemas/parties.schema.json')
  out.push('apiVersion: fordela/v1', 'kind: Parties', `id: ${id}`, `title: Parter i ${county.name} (${id})`)
  out.push('county:', `  code: "${county.code}"`, `  name: ${county.name}`)
  out.push('dataset: ../../data/befolkning-kommun-2025-09-30.yaml')
  out.push(
    'source: >-',
    '  Genererad för prestandamätningen: kommunerna och deras folkmängd är verkliga,',
    '  indelningen i förbund och områden är påhittad.',
  )
  out.push('', 'parties:')
  out.push('  - id: region', `    name: ${regionNames.get(county.code)}`, '    short: Regionen')
  out.push(
    '  - id: nsph',
    `    name: NSPH ${stem}`,
    '    short: NSPH',
    '    note: Patient-, brukar- och anhörigorganisationer i samverkan.',
  )
  out.push(
    '  - id: civilsamhallet',
    '    name: Civilsamhället',
    '    pool: true',
    '    note: Öppen pott som fördelas till organisationer genom ansökan.',
  )
  out.push('', 'groups:')
  out.push('  - id: kommunalforbund', '    name: Kommunalförbunden', '    members:')
  forbund.forEach((units, index) => {
    const direction = directions[index % directions.length]
    out.push(`      - id: forbund-${index + 1}`, `        name: ${stem} ${direction} kommunalförbund`)
    out.push(`        units: ${unitList(units, 8)}`)
  })
  out.push('', '  - id: vardsamverkan', '    name: Vårdsamverkansområdena', '    members:')
  vard.forEach((units, index) => {
    out.push(
      `      - id: vardomrade-${index + 1}`,
      `        name: Vårdsamverkan ${directions[index % directions.length]} ${stem}`,
    )
    if (random.next() < 0.3)
      out.push('        caveat: Indelningen är ett antagande och inte kontrollerad mot områdets egna sidor.')
    out.push(`        units: ${unitList(units, 8)}`)
  })
  if (leaveOut !== undefined) {
    out.push('    unassigned:', `      - unit: ${leaveOut}`, '        reason: >-')
    out.push(
      `          Vilket vårdsamverkansområde ${leaveOut} hör till är inte känt; kommunens`,
      '          befolkning ingår därför inte i fördelningen mellan områdena.',
    )
  }
  out.push('', '  - id: kommuner', `    name: Kommunerna i ${county.name}`, '    members:')
  for (const kommun of kommuner) {
    out.push(
      `      - id: k-${slugify(kommun.name)}`,
      `        name: ${kommun.name} kommun`,
      `        units: [${kommun.name}]`,
    )
  }
  return {
    text: `${out.join('\n')}\n`,
    groups: { kommunalforbund: forbund.length, vardsamverkan: vard.length, kommuner: kommuner.length },
  }
}
