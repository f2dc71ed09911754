import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const memo = 'examples/vastra-gotaland/2025-lansgemensamma-medel.yaml'
/** An equal split of 1 000 010 kr among four län, as every trace writes it: 1 000 010 / 4 = 250 002,50 exactly. */
const equalArithmetic = '1 000 010 / 4 = 250 002,50'
/** What explain says on stderr about the real memo: its two prose claims do not touch the amounts, so nothing. */
const quiet = ''

describe('fordela explain', () => {
  it("traces VGR's share of the complex-needs fund in plain Swedish, tie and all", async () => {
    const result = await runCli(['explain', memo, '--party', 'vgr', '--fund', 'komplexa-behov'], repositoryRoot)
    expect(result.stderr).toBe(quiet)
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')).toEqual([
      // 7 000 000 + 33 492 514 + 20 908 944 = 61 401 458 in all three funds.
      'Länsgemensamma medel psykisk hälsa 2025 (vg-2025-lansgemensamma-medel): 61 401 458 kr',
      '',
      'Fonder',
      '  Komplexa behov (komplexa-behov): 33 492 514 kr',
      '    Överenskommelsen skr-2025, område 3, kolumn Län: 200 000 000 kr att fördela',
      // 200 000 000 × 1 767 016 / 10 551 707 = 33 492 514,529…, rounded down: its decimals did not win one of
      // the leftover kronor (the län and their ranks are pinned by the engine's own explain tests).
      expect.stringMatching(
        /^ {4}Västra Götalands län får 33 492 514 kr av 200 000 000 kr efter folkmängd: 200 000 000 × 1 767 016 \/ 10 551 707 = 33 492 514,53 → 33 492 514 \(avrundat nedåt: när alla delar avrundats nedåt blev \d+ kronor över, och de gick en i taget till de delar som hade störst decimaler \([^)]+\), och decimalerna här kom på plats \d+ av 21\)$/,
      ),
      '',
      'Samordnade insatser för personer med komplexa behov (komplexa-behov): 33 492 514 kr',
      '  Steg 1 – Länsgemensam samverkan: 33 492 514 kr kvar i fonden Komplexa behov',
      '    Västra Götalandsregionen får 1 000 000 kr: fast belopp',
      // 33 492 514 − 1 000 000 − 4 × 1 000 000 = 28 492 514. A third is 9 497 504,666…: the three thirds tie
      // on the remainder 2/3, and the 2 kronor left over go to the first two lines in the document, VGR first.
      '  Steg 2 – Medel som kvarstår efter länsgemensam samverkan: 28 492 514 kr kvar i fonden Komplexa behov',
      '    Västra Götalandsregionen får 9 497 505 kr: en tredjedel av 28 492 514 kr = 9 497 504,67 → 9 497 505 (avrundat uppåt: när alla delar avrundats nedåt blev 2 kronor över, och de gick en i taget till de delar som hade störst decimaler (Västra Götalandsregionen och Kommunalförbunden), och decimalerna här kom på plats 1 av 3; decimalerna var lika stora för Västra Götalandsregionen, Kommunalförbunden och Vårdsamverkansområdena, och ordningen i dokumentet avgjorde)',
      '',
      // 1 000 000 + 9 497 505.
      'Totalt till Västra Götalandsregionen: 10 497 505 kr',
      '',
    ])
  })

  it('shows a member of a split with its weight and the total, in English', async () => {
    const result = await runCli(
      ['explain', memo, '--party', 'fyrbodal', '--fund', 'suicidprevention', '--lang', 'en'],
      repositoryRoot,
    )
    expect(result.code).toBe(0)
    // 20 908 944 − 1 500 000 to civil society = 19 408 944, a third exactly 6 469 648; Fyrbodal's kommuner
    // have 271 734 of the four förbund's 1 778 030 inhabitants: 6 469 648 × 271 734 / 1 778 030 = 988 747,84…
    expect(result.stdout.split('\n').slice(-6)).toEqual([
      '  Step 2 – Medel som kvarstår efter det som fördelas till civilsamhället: 19 408 944 kr left in the fund Stärkt suicidpreventivt arbete',
      '    Kommunalförbunden receives 6 469 648 kr: one third of 19 408 944 kr = 6 469 648',
      // The four exact parts 988 747,84, 3 664 571,67, 835 447,43 and 980 881,06 (Skaraborg, 269 572) floor to
      // 6 469 646: 2 kronor left, for the two largest decimals, ,84 (Fyrbodal) and ,67 (GR).
      '      Fyrbodals kommunalförbund receives 988 748 kr of 6 469 648 kr by folkmängd: 6 469 648 × 271 734 / 1 778 030 = 988 747,84 → 988 748 (rounded up: when every part had been rounded down, 2 kronor were left over, and they went one at a time to the parts with the largest decimals (Fyrbodals kommunalförbund and Göteborgsregionen (GR)), and the decimals here ranked 1 of 4)',
      '',
      'Total to Fyrbodals kommunalförbund: 988 748 kr',
      '',
    ])
  })

  it('emits the derivations as versioned JSON with every amount a string', async () => {
    const result = await runCli(
      ['explain', memo, '--party', 'vgr', '--fund', 'komplexa-behov', '--format', 'json'],
      repositoryRoot,
    )
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout) as {
      formatVersion: number
      allocation: { id: string; total: string }
      amounts: Record<string, unknown>[]
    }
    expect(data.formatVersion).toBe(1)
    expect(data.allocation).toMatchObject({ id: 'vg-2025-lansgemensamma-medel', total: '61401458' })
    // The fund and VGR's two allotments from it: 1 000 000 (step 1) and 9 497 505 (step 2).
    expect(
      data.amounts.map((amount) => [amount['kind'], amount['fund'], amount['recipient'] ?? '', amount['amount']]),
    ).toEqual([
      ['fund', 'komplexa-behov', '', '33492514'],
      ['allotment', 'komplexa-behov', 'vgr', '1000000'],
      ['allotment', 'komplexa-behov', 'vgr', '9497505'],
    ])
    const share = (data.amounts[2]?.['derivation'] as Record<string, unknown>[] | undefined)?.at(-1)
    expect(share).toMatchObject({
      type: 'share',
      share: '1/3',
      base: '28492514',
      amount: '9497505',
      rounding: {
        policy: 'largest-remainder',
        exact: '28492514/3',
        delta: '1',
        // 3 × 9 497 504 = 28 492 512: 2 kronor left over, all three decimals 2/3, document order decides.
        leftover: { kronor: 2, competing: 3, rank: 1, winners: ['vgr', 'kommunalforbund'] },
        tie: {
          parts: ['vgr', 'kommunalforbund', 'vardsamverkan'],
          winners: ['vgr', 'kommunalforbund'],
          decidedBy: 'document-order',
        },
      },
    })
    // No money anywhere is a JSON number: every number in the output is a count, a year or a position.
    const numbers = [...result.stdout.matchAll(/"(\w+)": (-?\d[\d.]*)/g)].map((match) => match[1])
    expect(new Set(numbers)).toEqual(
      new Set([
        'formatVersion',
        'year',
        'step',
        'line',
        'column',
        'endLine',
        'endColumn',
        'kronor',
        'competing',
        'rank',
      ]),
    )
  })

  it('explains every cell of an agreement for one unit, with the exact fraction, in text and JSON', async () => {
    // Regression: explain refused an agreement ("why does my län get 33 492 514 kr?" had no answer).
    const agreement = 'examples/nationellt/skr-2025-overenskommelse.yaml'
    const result = await runCli(['explain', agreement, '--unit', '14'], repositoryRoot)
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    // Area 3, column Län: 200 000 000 × 1 767 016 / 10 551 707 = 353 403 200 000 000 / 10 551 707 = 33 492 514,53…
    const at = lines.indexOf('  Område 3, kolumn Län: 33 492 514 kr')
    expect(at).toBeGreaterThan(0)
    expect(lines[at + 2]).toMatch(
      /^ {4}Västra Götalands län får 33 492 514 kr av 200 000 000 kr efter folkmängd: 200 000 000 × 1 767 016 \/ 10 551 707 = 33 492 514,53 → 33 492 514 \(avrundat nedåt: /,
    )
    expect(lines[at + 3]).toBe('    Exakt före avrundning: 353403200000000/10551707 kr')
    // The five cells: 7 000 000 + 33 492 514 + 83 731 286 + 20 908 944 + 48 229 221 = 193 361 965.
    expect(lines.at(-2)).toBe('  Totalt till Västra Götalands län: 193 361 965 kr')
    const data = JSON.parse(
      (await runCli(['explain', agreement, '--unit', '14', '--format', 'json'], repositoryRoot)).stdout,
    ) as {
      amounts: {
        area: string
        column: string
        amount: string
        derivation: { type: string; rounding?: { exact: string } }[]
      }[]
    }
    const cell = data.amounts.find((amount) => amount.area === 'komplexa-behov' && amount.column === 'lan')
    expect(cell?.amount).toBe('33492514')
    expect(cell?.derivation.find((step) => step.type === 'agreement-rule')?.rounding?.exact).toBe(
      '353403200000000/10551707',
    )
  })

  it("names a cell's län by its column's dataset when no rule of the cell weighs, as the memo does", async () => {
    // avtal.yaml splits 1 000 010 kr in equal parts among lan.yaml's four län: 250 002,50 each, floored to
    // 4 × 250 002 = 1 000 008, so 2 kronor are left over. All decimals tie at ,50 and document order (96 Östlän,
    // 97 Nordlän, 98 Söderlän, 99 Ytterlän) gives them to Östlän and Nordlän; the county, Ytterlän, ranks 4 of 4.
    // The parties call it "Ytterläns län": explain names every län by lan.yaml, as the memo's appendix does.
    const root = copyFixture('explain-equal-cell')
    const sv = await runCli(['explain', 'fordelning.yaml', '--fund', 'f'], root)
    expect(sv.code).toBe(0)
    expect(sv.stdout).toContain(
      `    Ytterlän får 250 002 kr av 1 000 010 kr i lika delar: ${equalArithmetic} → 250 002 (avrundat nedåt: när alla delar avrundats nedåt blev 2 kronor över, och de gick en i taget till de delar som hade störst decimaler (Östlän och Nordlän), och decimalerna här kom på plats 4 av 4; decimalerna var lika stora för Östlän, Nordlän, Söderlän och Ytterlän, och ordningen i dokumentet avgjorde)\n`,
    )
    const en = await runCli(['explain', 'fordelning.yaml', '--fund', 'f', '--lang', 'en'], root)
    expect(en.stdout).toContain(
      '(Östlän and Nordlän), and the decimals here ranked 4 of 4; the decimals were equal for Östlän, Nordlän, Söderlän and Ytterlän, and document order decided)\n',
    )
  })

  it('shows what an equal split of a cell divided by what, in the trace, the agreement and the memo', async () => {
    // The same cell: 1 000 010 kr in 4 equal parts, 1 000 010 / 4 = 250 002,50 (4 × 250 002 = 1 000 008, and the
    // 2 kronor over are 2/4 = 0,50 of a krona each). The county, Ytterlän, keeps 250 002 (ranked 4 of 4 above).
    const root = copyFixture('explain-equal-cell')
    const en = await runCli(['explain', 'fordelning.yaml', '--fund', 'f', '--lang', 'en'], root)
    expect(en.stdout).toContain(
      `    Ytterlän receives 250 002 kr of 1 000 010 kr in equal parts: ${equalArithmetic} → 250 002 (rounded down: `,
    )
    const agreement = await runCli(['explain', 'avtal.yaml', '--unit', '99'], root)
    expect(agreement.code).toBe(0)
    expect(agreement.stdout).toContain(
      `    Ytterlän får 250 002 kr av 1 000 010 kr i lika delar: ${equalArithmetic} → 250 002 (avrundat nedåt: `,
    )
    // The memo's appendix writes the same division with no-break spaces and the exact part in kronor.
    const memo = await runCli(['render', 'fordelning.yaml', '--appendix'], root)
    expect(memo.code).toBe(0)
    expect(memo.stdout.replaceAll('\u00a0', ' ')).toContain(
      '  - Resten, 1 000 010 kr, lika delar: 1 000 010 / 4 = 250 002,50 kr, avrundat nedåt till 250 002 kr: ',
    )
  })

  it('2 for a unit no cell pays, with a suggestion', async () => {
    expect(
      await runCli(['explain', 'examples/nationellt/skr-2025-overenskommelse.yaml', '--unit', '144'], repositoryRoot),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: --unit 144: ingen cell i överenskommelsen ger den enheten något belopp. Menade du "14"?\n',
    })
  })

  it('2 for an unknown party, with a suggestion, and for a file that is no allocation', async () => {
    expect(await runCli(['explain', memo, '--party', 'vgrr'], repositoryRoot)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: --party vgrr: fördelningen har ingen sådan part. Menade du "vgr"?\n',
    })
    expect(await runCli(['explain', 'examples/vastra-gotaland/parter.yaml'], repositoryRoot)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: examples/vastra-gotaland/parter.yaml: är ett dokument av slaget Parties, men här behövs en fördelning (Allocation).\n',
    })
  })

  it('has help with an example', async () => {
    const result = await runCli(['explain', '--help'], repositoryRoot)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      '$ fordela explain examples/vastra-gotaland/2025-lansgemensamma-medel.yaml --party vgr',
    )
  })
})
