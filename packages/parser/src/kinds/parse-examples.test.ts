import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Located } from '../model/source.js'
import type {
  ActionPlanDocument,
  AgreementDocument,
  AllocationDocument,
  DatasetDocument,
  PartiesDocument,
  SpecDocument,
  StrategyDocument,
} from '../model/documents.js'
import { createLineIndex } from '../yaml/line-index.js'
import { parseSpecText } from './parse-spec-text.js'

const examples = new URL('../../../../examples/', import.meta.url)

/** Parses an example file and returns its document, with `where` turning a located value into `line:column value`. */
function parseExample<D extends SpecDocument>(
  path: string,
): { document: D; where: (located: Located<unknown>) => string } {
  const text = readFileSync(new URL(path, examples), 'utf8')
  const result = parseSpecText(text, path)
  expect(result.diagnostics).toEqual([])
  const lines = createLineIndex(text)
  const where = (located: Located<unknown>) => {
    const { line, column } = lines.locate(located.at.span[0])
    expect(located.at.file).toBe(path)
    return `${line}:${column} ${String(located.value)}`
  }
  return { document: result.document as D, where }
}

describe('the example specs parse with no diagnostics', () => {
  test('Agreement: nationellt/skr-2025-overenskommelse.yaml', () => {
    const { document, where } = parseExample<AgreementDocument>('nationellt/skr-2025-overenskommelse.yaml')
    expect(document.kind).toBe('Agreement')
    expect(where(document.id)).toBe('4:5 skr-2025')
    expect(where(document.year)).toBe('6:7 2025')
    // `total: 1 560 000 000` — the value starts after "total: " (7 characters).
    expect(where(document.total!)).toBe('11:8 1560000000')
    expect(document.signedBy.map((signer) => signer.value)).toEqual([
      'Regeringen',
      'Sveriges Kommuner och Regioner (SKR)',
    ])
    // No `rounding:` in the file: the default, placed at the document's start.
    expect(document.rounding.value).toBe('largest-remainder')
    expect(document.unitGroups.map((group) => [group.id.value, group.units.map((unit) => unit.value)])).toEqual([
      ['storstadslan', ['01', '12', '14']],
    ])
    expect(document.columns.map((column) => column.id.value)).toEqual(['lan', 'kommun', 'region', 'skr'])
    expect(document.columns[3]?.recipient?.value).toBe('Sveriges Kommuner och Regioner')
    expect(document.areas.map((area) => area.id.value)).toEqual([
      'strategi',
      'barn-och-unga',
      'komplexa-behov',
      'suicidprevention',
      'strategisk-samverkan',
    ])
    const strategi = document.areas[0]!
    const cell = strategi.cells[0]!
    // `      lan:` (6 spaces) and `        amount: 93 000 000` (8 spaces + "amount: ").
    expect(where(cell.column)).toBe('44:7 lan')
    expect(where(cell.amount)).toBe('45:17 93000000')
    const rule = cell.rules[0]!
    if (rule.type !== 'each') throw new Error('expected an each rule')
    // `            each: 2 000 000` (12 spaces + "each: "); `              storstadslan: 3 000 000` (14 spaces).
    expect(where(rule.each)).toBe('48:19 2000000')
    expect(rule.except.map((exception) => [where(exception.target), where(exception.amount)])).toEqual([
      ['50:15 storstadslan', '50:29 3000000'],
    ])
    const rest = document.areas[1]!.cells[0]!.rules[1]!
    if (rest.type !== 'rest') throw new Error('expected a rest rule')
    expect(where(rest.by)).toBe('69:19 folkmangd-0-18')
    // The last area has no number and its single-recipient cell no rules.
    const last = document.areas[4]!
    expect(last.number).toBeUndefined()
    expect(last.cells.map((c) => [c.column.value, c.amount.value.toString(), c.rules.length])).toEqual([
      ['skr', '29000000', 0],
    ])
  })

  test('Allocation: vastra-gotaland/2025-lansgemensamma-medel.yaml', () => {
    const { document, where } = parseExample<AllocationDocument>('vastra-gotaland/2025-lansgemensamma-medel.yaml')
    expect(where(document.id)).toBe('4:5 vg-2025-lansgemensamma-medel')
    // Line 8 `county: "14"` — the span includes the quotes, so it starts at column 9.
    expect(where(document.county!)).toBe('8:9 14')
    expect(where(document.rounding)).toBe('12:11 largest-remainder')
    expect(document.decisions).toHaveLength(1)
    // `  - id: strategi`: 2 spaces, "- ", "id: " → the value at column 9.
    expect(document.funds.map((fund) => where(fund.id))).toEqual([
      '58:9 strategi',
      '64:9 komplexa-behov',
      '69:9 suicidprevention',
    ])
    expect(where(document.funds[0]!.amount!)).toBe('63:13 7000000')
    expect(document.funds[1]!.amount).toBeUndefined()
    expect(document.funds[1]!.from).toMatchObject({ area: { value: 'komplexa-behov' }, column: { value: 'lan' } })
    expect(document.funds[1]!.from?.agreement).toBeUndefined()
    const [strategi, komplexa, suicid] = document.sections
    expect(strategi!.links?.area?.value).toBe('strategi')
    expect(strategi!.links?.subgoals).toEqual([])
    expect(strategi!.steps[0]!.lines.map((line) => [line.to.value, line.quantity.type])).toEqual([
      ['vgr', 'amount'],
      ['kommunalforbund', 'each'],
      ['nsph', 'amount'],
    ])
    expect(where(strategi!.steps[0]!.lines[2]!.purpose!)).toBe('100:22 till patient-, brukar- och anhörigsamverkan')
    const kvarvarande = komplexa!.steps[1]!
    expect(where(kvarvarande.title!)).toBe('137:16 Medel som kvarstår efter länsgemensam samverkan')
    const share = kvarvarande.lines[0]!.quantity
    if (share.type !== 'share') throw new Error('expected a share')
    // `            share: 1/3` (12 spaces + "share: ").
    expect(where(share.share)).toBe('140:20 1/3')
    expect(where(kvarvarande.lines[1]!.split!)).toBe('143:20 folkmangd')
    const civil = suicid!.steps[0]!.lines[0]!
    expect(civil.quantity.type === 'amount' && where(civil.quantity.amount)).toBe('171:21 1500000')
    expect(where(civil.how!)).toBe('172:18 genom ansökningsförfarande')
    expect(civil.lines).toEqual([])
    expect(document.signatories.map((signatory) => where(signatory.name))).toEqual([
      '185:11 Karin Looström Muth',
      '187:11 Kristina Lännergren',
    ])
  })

  test('Parties: vastra-gotaland/parter.yaml', () => {
    const { document, where } = parseExample<PartiesDocument>('vastra-gotaland/parter.yaml')
    expect(where(document.county.code)).toBe('7:9 14')
    expect(document.parties.map((party) => [party.id.value, party.pool])).toEqual([
      ['vgr', false],
      ['nsph', false],
      ['civilsamhallet', true],
    ])
    const [kommunalforbund, vardsamverkan] = document.groups
    expect(kommunalforbund!.members.map((member) => member.id.value)).toEqual([
      'fyrbodal',
      'goteborgsregionen',
      'sjuharad',
      'skaraborg',
    ])
    const fyrbodal = kommunalforbund!.members[0]!
    // Fyrbodal has 14 member kommuner; `        units: [Bengtsfors,` puts the first at column 17.
    expect(fyrbodal.units).toHaveLength(14)
    expect(where(fyrbodal.units[0]!)).toBe('33:17 Bengtsfors')
    expect(vardsamverkan!.members).toHaveLength(5)
    // `        caveat: ` is 8 spaces and 8 characters.
    expect(where(vardsamverkan!.members[2]!.caveat!)).toBe(
      '68:17 Kommunerna är hämtade ur en rapport från 2012 och inte kontrollerade på nytt.',
    )
    expect(vardsamverkan!.unassigned.map((entry) => where(entry.unit))).toEqual(['84:15 Lilla Edet'])
  })

  test('Dataset with csv: data/befolkning-kommun-2025-09-30.yaml', () => {
    const { document, where } = parseExample<DatasetDocument>('data/befolkning-kommun-2025-09-30.yaml')
    // YAML 1.2 has no timestamps: the date stays the text it was written as.
    expect(where(document.referenceDate)).toBe('7:16 2025-09-30')
    expect(document.measures.map((measure) => [where(measure.id), where(measure.total!)])).toEqual([
      ['17:9 folkmangd', '19:12 10609461'],
    ])
    expect(document.units).toEqual([])
    const csv = document.csv!
    expect([where(csv.path), where(csv.unit), where(csv.name!), where(csv.group!)]).toEqual([
      '21:9 befolkning-kommun-2025-09-30.csv',
      '22:9 kommun',
      '23:9 kommun',
      '24:10 lan',
    ])
    expect(csv.rename.map((rename) => [where(rename.from), where(rename.to)])).toEqual([
      ['26:5 Essung', '26:13 Essunga'],
      ['27:5 Marks', '27:12 Mark'],
    ])
    expect(csv.measures.map((measure) => [where(measure.measure), where(measure.column)])).toEqual([
      ['29:5 folkmangd', '29:16 folkmangd'],
    ])
    expect(csv.delimiter).toBeUndefined()
  })

  test('Dataset with csv: data/befolkning-lan-2023-12-31.yaml', () => {
    const { document } = parseExample<DatasetDocument>('data/befolkning-lan-2023-12-31.yaml')
    expect(document.csv?.unit.value).toBe('lanskod')
    expect(document.csv?.group).toBeUndefined()
    expect(document.source.url).toBeUndefined()
  })

  test('Strategy: nationellt/nationell-strategi-2025-2034.yaml', () => {
    const { document, where } = parseExample<StrategyDocument>('nationellt/nationell-strategi-2025-2034.yaml')
    expect([where(document.period!.from), where(document.period!.to)]).toEqual(['7:9 2025', '8:7 2034'])
    expect(document.goals).toHaveLength(4)
    expect(document.subgoals).toHaveLength(7)
    expect(where(document.subgoals[5]!.id)).toBe('40:9 delmal-6')
    expect(document.subgoals[5]!.title.value).toBe('Stärkt suicidpreventivt arbete.')
  })

  test('ActionPlan: vastra-gotaland/2026-handlingsplan.yaml', () => {
    const { document, where } = parseExample<ActionPlanDocument>('vastra-gotaland/2026-handlingsplan.yaml')
    expect(where(document.year)).toBe('6:7 2026')
    expect(where(document.adoption!.date!)).toBe('12:9 2026-03-19')
    expect(document.authors.map((author) => author.organisation?.value)).toEqual([
      'Skaraborgs kommunalförbund',
      'Västra Götalandsregionen',
    ])
    expect(document.review?.items).toHaveLength(4)
    expect(document.workPlan?.items).toHaveLength(5)
    expect(document.areas.map((area) => [area.id.value, area.agreementArea?.value, area.goals.length])).toEqual([
      ['genomforande', 'strategi', 3],
      ['suicidprevention', 'suicidprevention', 1],
      ['komplexa-behov', 'komplexa-behov', 1],
    ])
    const goal = document.areas[1]!.goals[0]!
    expect(where(goal.id)).toBe('76:13 samordnat-suicidpreventivt-arbete')
    expect(goal.details.map((detail) => detail.value)).toEqual([
      'arbetssätt för erbjudande av efterlevandestöd',
      'arbetssätt för samarbete, exempelvis vid socioekonomisk utsatthet',
      'arbetssätt för samordnad händelseanalys vid suicid',
    ])
    expect(goal.subgoals).toEqual([])
    expect(document.followUp?.indicators).toEqual([])
    expect(where(document.followUp!.when!)).toBe('112:9 första halvåret 2027')
  })
})
