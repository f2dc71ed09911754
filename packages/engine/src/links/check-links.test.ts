import { readFileSync } from 'node:fs'
import {
  createLineIndex,
  parseSpecText,
  type ActionPlanDocument,
  type AgreementDocument,
  type AllocationDocument,
  type Diagnostic,
  type SpecDocument,
  type StrategyDocument,
} from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { checkActionPlanLinks, checkAllocationLinks } from './check-links.js'

const EXAMPLES = new URL('../../../../examples/', import.meta.url)

/** Parses a spec text that must have no findings. */
function parse<D extends SpecDocument>(text: string, file: string): D {
  const parsed = parseSpecText(text, file)
  expect(parsed.diagnostics).toEqual([])
  return parsed.document as D
}

function readExample<D extends SpecDocument>(path: string): D {
  return parse<D>(readFileSync(new URL(path, EXAMPLES), 'utf8'), path)
}

const agreement = readExample<AgreementDocument>('nationellt/skr-2025-overenskommelse.yaml')
const strategy = readExample<StrategyDocument>('nationellt/nationell-strategi-2025-2034.yaml')

/** Describes a finding as [code, severity, line:col-line:col, English message, suggestions]. */
const describeFinding = (text: string) => (diagnostic: Diagnostic) => {
  const lines = createLineIndex(text)
  const [start, end] = [lines.locate(diagnostic.span[0]), lines.locate(diagnostic.span[1])]
  return [
    diagnostic.code,
    diagnostic.severity,
    `${start.line}:${start.column}-${end.line}:${end.column}`,
    diagnostic.message.en,
    diagnostic.suggestions ?? [],
  ]
}

// Columns counted by hand: `  - id: ` is 8 characters, `    links: { area: ` 19, `    links: { subgoals: [delmal-6, ` 34.
const ALLOCATION = `apiVersion: fordela/v1
kind: Allocation
id: test-links
title: Test
year: 2025
parties: ./parter.yaml
funds:
  - id: suicid
    from: { area: suicidprevention, column: lan }
  - id: egen
    amount: 1 000 000
sections:
  - id: utan-koppling
    title: Utan koppling
    fund: suicid
    steps: [{ lines: [{ to: vgr, rest: true }] }]
  - id: fel-omrade
    title: Fel område
    fund: egen
    links: { area: komplexa-behoven }
    steps: [{ lines: [{ to: vgr, rest: true }] }]
  - id: fel-delmal
    title: Fel delmål
    fund: egen
    links: { subgoals: [delmal-6, delmal-8] }
    steps: [{ lines: [{ to: vgr, rest: true }] }]
  - id: egen-utan
    title: Egen
    fund: egen
    steps: [{ lines: [{ to: vgr, rest: true }] }]
`

describe('checkAllocationLinks', () => {
  it('accepts the 2025 memo, whose sections all link to agreement areas', () => {
    const allocation = readExample<AllocationDocument>('vastra-gotaland/2025-lansgemensamma-medel.yaml')
    expect(checkAllocationLinks(allocation, agreement, strategy)).toEqual([])
  })

  it('reports unlinked sections and links to unknown areas and delmål', () => {
    const found = checkAllocationLinks(parse(ALLOCATION, 'links.yaml'), agreement, strategy)
    expect(found.map(describeFinding(ALLOCATION))).toEqual([
      [
        'link/section-unlinked',
        'warning',
        '13:9-13:22',
        "Section 'utan-koppling' is linked to neither an area of the agreement nor a sub-goal (delmål) of the strategy, so it does not show what the money is for.",
        [],
      ],
      [
        'link/unknown-area',
        'error',
        '20:20-20:36',
        "Area 'komplexa-behoven' does not exist in agreement 'skr-2025', so the link points at nothing.",
        ['komplexa-behov'],
      ],
      [
        'link/unknown-subgoal',
        'error',
        '25:35-25:43',
        "Sub-goal 'delmal-8' does not exist in strategy 'nationell-strategi-2025-2034', so the link points at nothing.",
        ['delmal-1', 'delmal-2', 'delmal-3'],
      ],
      [
        'link/section-unlinked',
        'warning',
        '27:9-27:18',
        "Section 'egen-utan' is linked to neither an area of the agreement nor a sub-goal (delmål) of the strategy, so it does not show what the money is for.",
        [],
      ],
    ])
    // The section whose fund comes from an agreement area is told which area to link.
    expect(found[0]!.hint?.en).toBe(
      'Add links with area (an area of the agreement) or subgoals (sub-goals of the strategy), for example links: { area: suicidprevention }, the area its fund comes from.',
    )
    expect(found[3]!.hint?.en).toBe(
      'Add links with area (an area of the agreement) or subgoals (sub-goals of the strategy).',
    )
  })

  it('checks each area of links.areas, and a section with only areas is linked', () => {
    // `    links: { areas: [strategi, ` is 31 characters: the second area starts at column 32.
    const text = ALLOCATION.replace(
      '    links: { area: komplexa-behoven }',
      '    links: { areas: [strategi, komplexa-behoven] }',
    )
    const found = checkAllocationLinks(parse(text, 'links.yaml'), agreement, strategy)
    expect(found.map(describeFinding(text)).filter((finding) => finding[0] === 'link/unknown-area')).toEqual([
      [
        'link/unknown-area',
        'error',
        '20:32-20:48',
        "Area 'komplexa-behoven' does not exist in agreement 'skr-2025', so the link points at nothing.",
        ['komplexa-behov'],
      ],
    ])
    const valid = checkAllocationLinks(
      parse(text.replace('komplexa-behoven]', 'komplexa-behov]'), 'links.yaml'),
      agreement,
      strategy,
    )
    expect(valid.map((diagnostic) => diagnostic.code)).toEqual([
      'link/section-unlinked',
      'link/unknown-subgoal',
      'link/section-unlinked',
    ])
  })

  it('takes links as written when the documents they name are not given', () => {
    const found = checkAllocationLinks(parse(ALLOCATION, 'links.yaml'))
    expect(found.map((diagnostic) => diagnostic.code)).toEqual(['link/section-unlinked', 'link/section-unlinked'])
  })
})

// Columns counted by hand: `      - id: ` is 12 characters, `        subgoals: [` 19, `    agreementArea: ` 19.
const PLAN = `apiVersion: fordela/v1
kind: ActionPlan
id: test-plan
title: Test
year: 2026
areas:
  - id: utan
    title: Utan koppling
    goals:
      - id: ensamt-mal
        text: Ett mål utan koppling.
      - id: med-delmal
        text: Ett mål med delmål.
        subgoals: [delmal-9]
  - id: fel
    title: Fel område
    agreementArea: strategii
    goals:
      - id: kopplat
        text: Kopplat via området.
`

describe('checkActionPlanLinks', () => {
  it('accepts the 2026 handlingsplan, whose areas all name an agreement area', () => {
    const plan = readExample<ActionPlanDocument>('vastra-gotaland/2026-handlingsplan.yaml')
    expect(checkActionPlanLinks(plan, agreement, strategy)).toEqual([])
  })

  it('reports goals linked to nothing and links to unknown areas and delmål', () => {
    const found = checkActionPlanLinks(parse(PLAN, 'plan.yaml'), agreement, strategy)
    expect(found.map(describeFinding(PLAN))).toEqual([
      [
        'link/goal-unlinked',
        'warning',
        '10:13-10:23',
        "Goal 'ensamt-mal' is linked to nothing: area 'utan' has no agreementArea and the goal has no subgoals.",
        [],
      ],
      [
        'link/unknown-subgoal',
        'error',
        '14:20-14:28',
        "Sub-goal 'delmal-9' does not exist in strategy 'nationell-strategi-2025-2034', so the link points at nothing.",
        ['delmal-1', 'delmal-2', 'delmal-3'],
      ],
      [
        'link/unknown-area',
        'error',
        '17:20-17:29',
        "Area 'strategii' does not exist in agreement 'skr-2025', so the link points at nothing.",
        ['strategi'],
      ],
    ])
    expect(found[2]!.hint?.sv).toBe(
      "Menade du 'strategi'? Överenskommelsens områden: strategi, barn-och-unga, komplexa-behov, suicidprevention, strategisk-samverkan.",
    )
  })
})
