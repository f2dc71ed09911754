import { fileURLToPath } from 'node:url'
import { loadWorkspace, type Workspace } from '@fordela/parser'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AllocationEvaluation } from '@fordela/engine'
import { evaluateWorkspace } from '@fordela/engine'
import { formatTraceText } from './trace-node.js'
import { traceAllocation } from './trace-allocation.js'
import { nodeWorkspaceHost } from '@fordela/parser/node'

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url))

let workspace: Workspace
let memo: AllocationEvaluation

beforeAll(async () => {
  workspace = await loadWorkspace({ host: nodeWorkspaceHost, root: examples })
  memo = [...evaluateWorkspace(workspace).allocations.values()].find(
    (evaluation) => evaluation.allocation.id.value === 'vg-2025-lansgemensamma-medel',
  )!
})

/** The trace's text lines. */
function traceLines(options: Parameters<typeof traceAllocation>[1]): string[] {
  return formatTraceText(traceAllocation(memo, { lookup: (id) => workspace.documentById(id), ...options })).split('\n')
}

describe('traceAllocation on the 2025 Västra Götaland memo', () => {
  it('derives a fund from its agreement cell with the weight, the total and the rounding', () => {
    const lines = traceLines({ fund: 'komplexa-behov' })
    // 200 000 000 × 1 767 016 / 10 551 707 = 353 403 200 000 000 / 10 551 707 = 33 492 514,529…;
    // its remainder is not among those that get a leftover krona, so it is rounded down (it did not
    // win a largest remainder, as earlier versions said).
    expect(lines.slice(3, 5)).toEqual([
      '  Komplexa behov (komplexa-behov): 33 492 514 kr',
      '    Överenskommelsen skr-2025, område 3, kolumn Län: 200 000 000 kr att fördela',
    ])
    expect(lines[5]).toMatch(
      /^ {4}Västra Götalands län får 33 492 514 kr av 200 000 000 kr efter folkmängd: 200 000 000 × 1 767 016 \/ 10 551 707 = 33 492 514,53 → 33 492 514 \(avrundat nedåt: när alla delar avrundats nedåt blev \d+ kronor över, och de gick en i taget till de delar som hade störst decimaler \([^)]+\), och decimalerna här kom på plats \d+ av 21\)$/,
    )
  })

  it("explains VGR's third of what is left, rounded up by a tie decided by document order", () => {
    const lines = traceLines({ party: 'vgr', fund: 'komplexa-behov' })
    // 33 492 514 − 1 000 000 (VGR) − 4 × 1 000 000 (förbunden) = 28 492 514 left for step 2.
    // 28 492 514 / 3 = 9 497 504,666…: all three thirds have the same remainder, 2/3; the two
    // kronor left over (28 492 514 − 3 × 9 497 504) go to the first two lines, VGR and the förbund.
    expect(lines.slice(7)).toEqual([
      'Samordnade insatser för personer med komplexa behov (komplexa-behov): 33 492 514 kr',
      '  Steg 1 – Länsgemensam samverkan: 33 492 514 kr kvar i fonden Komplexa behov',
      '    Västra Götalandsregionen får 1 000 000 kr: fast belopp',
      '  Steg 2 – Medel som kvarstår efter länsgemensam samverkan: 28 492 514 kr kvar i fonden Komplexa behov',
      '    Västra Götalandsregionen får 9 497 505 kr: en tredjedel av 28 492 514 kr = 9 497 504,67 → 9 497 505 (avrundat uppåt: när alla delar avrundats nedåt blev 2 kronor över, och de gick en i taget till de delar som hade störst decimaler (Västra Götalandsregionen och Kommunalförbunden), och decimalerna här kom på plats 1 av 3; decimalerna var lika stora för Västra Götalandsregionen, Kommunalförbunden och Vårdsamverkansområdena, och ordningen i dokumentet avgjorde)',
      '',
      // 1 000 000 + 9 497 505 = 10 497 505.
      'Totalt till Västra Götalandsregionen: 10 497 505 kr',
      '',
    ])
  })

  it('shows a member of a split with its weight and the group total, in English', () => {
    const lines = traceLines({ party: 'sjuharad', fund: 'komplexa-behov', lang: 'en' })
    // Sjuhärad's kommuner have 229 603 inhabitants of the four förbund's 1 778 030:
    // 9 497 505 × 229 603 / 1 778 030 = 1 226 444,80…. The four members' exact parts are 1 451 491,27,
    // 5 379 626,18, 1 226 444,80 and 1 439 942,76: floors add up to 9 497 503, so 2 kronor are left,
    // for the two largest decimals, ,80 (Sjuhärad, first of 4) and ,76 (Skaraborg).
    expect(lines).toContain(
      '      Boråsregionen Sjuhärads kommunalförbund receives 1 226 445 kr of 9 497 505 kr by folkmängd: 9 497 505 × 229 603 / 1 778 030 = 1 226 444,80 → 1 226 445 (rounded up: when every part had been rounded down, 2 kronor were left over, and they went one at a time to the parts with the largest decimals (Boråsregionen Sjuhärads kommunalförbund and Skaraborgs kommunalförbund), and the decimals here ranked 1 of 4)',
    )
    // 1 000 000 (step 1, each) + 1 226 445 = 2 226 445.
    expect(lines.at(-2)).toBe('Total to Boråsregionen Sjuhärads kommunalförbund: 2 226 445 kr')
  })

  it('says where a fund stated in the allocation comes from and what the cell rules sum to', () => {
    const lines = traceLines({ fund: 'strategi' })
    // The storstadslän get 3 + 2 + 2 million of the three rules; the spec states 7 000 000 too.
    expect(lines.slice(8, 10)).toEqual([
      '    Summa: 3 000 000 + 2 000 000 + 2 000 000 = 7 000 000 kr',
      '    Fördelningen anger 7 000 000 kr.',
    ])
  })

  it('keeps only the lines that reach a party, and a whole group line for the group', () => {
    const lines = traceLines({ party: 'kommunalforbund', fund: 'strategi' })
    expect(lines.slice(11)).toEqual([
      'Stöd till genomförande och uppföljning av den nationella strategin (strategi): 7 000 000 kr',
      '  Steg 1: 7 000 000 kr kvar i fonden Genomförande av den nationella strategin',
      '    Kommunalförbunden får 4 000 000 kr: 1 000 000 kr till var och en av 4 medlemmar',
      '      Fyrbodals kommunalförbund får 1 000 000 kr',
      '      Göteborgsregionen (GR) får 1 000 000 kr',
      '      Boråsregionen Sjuhärads kommunalförbund får 1 000 000 kr',
      '      Skaraborgs kommunalförbund får 1 000 000 kr',
      '',
      'Totalt till Kommunalförbunden: 4 000 000 kr',
      '',
    ])
  })
})
