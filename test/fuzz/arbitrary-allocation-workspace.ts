import fc from 'fast-check'
import { lineArbitrary, tidyLines, type GeneratedLine, type RecipientIds } from './arbitrary-allocation-lines.js'

/** A generated county and allocation: units with two weights, parties, groups whose members hold the units, funds and sections. */
export interface GeneratedWorkspace {
  readonly units: readonly { readonly folk: number; readonly unga: number }[]
  readonly parties: number
  /** Per group, the member (index) that holds each unit. */
  readonly groups: readonly { readonly members: number; readonly holder: readonly number[] }[]
  /** Per party, its name: Swedish, Markdown, HTML or any text at all. */
  readonly names: readonly string[]
  readonly policy: 'largest-remainder' | 'half-up' | 'floor'
  readonly funds: readonly bigint[]
  /** Per section: its fund (index), its prose and its steps' lines. */
  readonly sections: readonly {
    readonly fund: number
    readonly text?: string
    readonly steps: readonly (readonly GeneratedLine[])[]
  }[]
}

/** Texts a renderer must carry over as text: Markdown and HTML that must not become markup, and odd characters. */
const hostileTexts = [
  'Västra Götalandsregionen',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klicka](javascript:alert(1))',
  '| a | b |\n|---|---|',
  '# Rubrik\n\n- punkt',
  '`kod` *emfas* **fet** _understruken_',
  '\\',
  '&amp; &lt; &#60;',
  '<!-- dold -->',
  '1. numrerad',
  '> citat',
  '    indragen kod',
  '---',
  '![bild](x.png)',
  'rad\r\nbrytning',
  '\u2028\u00a0\u202f',
  '🙂 emoji',
]

/** Prose with placeholders: mostly ones that name something, a few that do not or claim what the figures do not bear. */
const proseTexts = [
  'Totalt {{ total }} fördelas.',
  'Fonden har {{ fund.f0 }}.',
  'Part p0 får {{ party.p0 }}.',
  'Avsnittet ger {{ section.s0 }}.',
  'År {{ year }}.',
  'Ingen platshållare alls.',
  'Okänd {{ fund.nope }}.',
  'Trasig {{ total',
  'Påstår {{ total | says "drygt 1 kr" }}.',
]

const textArbitrary = fc
  .oneof(fc.constantFrom(...hostileTexts, ...proseTexts), fc.string({ unit: 'binary', maxLength: 30 }))
  .map((text) => (text.trim() === '' ? 'Tomt' : text))

const fundArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 1000n }) },
  { weight: 6, arbitrary: fc.bigInt({ min: 100_000n, max: 10n ** 12n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n }) },
)

function recipientIds(parties: number, groups: GeneratedWorkspace['groups']): RecipientIds {
  return {
    parties: Array.from({ length: parties }, (_, p) => `p${p}`),
    groups: groups.map((_, g) => `g${g}`),
    members: groups.flatMap((group, g) => Array.from({ length: group.members }, (_, m) => `g${g}-m${m}`)),
  }
}

/** How large a generated allocation may grow. */
interface WorkspaceSize {
  readonly funds: number
  readonly steps: number
  /** Levels of child lines below a step's lines. */
  readonly depth: number
}

/**
 * Generated workspaces. With `wild`, one in six keeps whatever lines were
 * drawn (overdrawn funds, shares past the whole, several rest lines, lines
 * on another section's fund); the others are tidy ({@link tidyLines}),
 * with funds of at least 100 000 kr and one section per fund ending in a
 * step that gives the rest to p0.
 */
function createWorkspaceArbitrary(wild: boolean, size: WorkspaceSize): fc.Arbitrary<GeneratedWorkspace> {
  const county = fc.record({
    units: fc.array(fc.record({ folk: fc.nat({ max: 2_000_000 }), unga: fc.nat({ max: 5 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    parties: fc.integer({ min: 1, max: 3 }),
    groupSizes: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
    holders: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    names: fc.array(textArbitrary, { minLength: 3, maxLength: 3 }),
    policy: fc.constantFrom(
      'largest-remainder' as const,
      'largest-remainder' as const,
      'half-up' as const,
      'floor' as const,
    ),
    funds: fc.array(fundArbitrary, { minLength: 1, maxLength: size.funds }),
    tidy: wild ? fc.constantFrom(true, true, true, true, true, false) : fc.constant(true),
  })
  return county.chain(({ units, parties, groupSizes, holders, names, policy, funds, tidy }) => {
    // Every member holds at least one unit when it can: unit i goes to member i, the rest at random.
    const groups = groupSizes.map((size) => {
      const members = Math.min(size, units.length)
      return { members, holder: units.map((_, i) => (i < members ? i : (holders[i] ?? 0) % members)) }
    })
    const ids = recipientIds(parties, groups)
    const steps = fc
      .array(fc.array(lineArbitrary(ids, funds.length, size.depth), { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: size.steps,
      })
      .map((drawn) => (tidy ? drawn.map((lines) => tidyLines(lines)).filter((lines) => lines.length > 0) : drawn))
    const closing: GeneratedLine[] = [{ to: 'p0', quantity: { type: 'rest' }, lines: [] }]
    const section = (fund: number) =>
      fc
        .record({ steps, closed: fc.boolean(), text: fc.option(textArbitrary, { freq: 3 }) })
        .map(({ steps: drawn, closed, text }) => ({
          fund,
          ...(text !== null ? { text } : {}),
          steps: closed || tidy ? [...drawn, closing] : drawn,
        }))
    const extra = tidy ? fc.constant(null) : fc.option(fc.nat({ max: funds.length - 1 }).chain(section), { freq: 3 })
    // Tidy funds hold at least 100 000 kr: three steps of shares up to half and fixed sums up to 2 400 kr fit.
    const amounts = tidy ? funds.map((amount) => (amount < 100_000n ? amount + 100_000n : amount)) : funds
    return fc.tuple(fc.tuple(...funds.map((_, f) => section(f))), extra).map(([perFund, more]) => ({
      units,
      parties,
      groups,
      names,
      policy,
      funds: amounts,
      sections: more ? [...perFund, more] : perFund,
    }))
  })
}

/** Mostly tidy workspaces, some wild: for the engine, which must hold up under both. */
export const workspaceArbitrary = createWorkspaceArbitrary(true, { funds: 3, steps: 3, depth: 2 })

/**
 * Smaller tidy workspaces, nearly all engine-valid: for the renderer, whose
 * cost grows with the memo. Every part of the memo is still reached.
 */
export const tidyWorkspaceArbitrary = createWorkspaceArbitrary(false, { funds: 2, steps: 2, depth: 1 })
