import type { Workspace } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { checkProseClaims } from '../prose/check-claims.js'
import type { AllocationEvaluation } from './allocation-evaluation.js'
import { allocation, PARTIES } from '../../../../test/fixtures/derived-fund-workspace.js'

async function evaluate(
  files: Record<string, string>,
): Promise<{ workspace: Workspace; evaluation: AllocationEvaluation }> {
  const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, ...files })
  const [evaluation] = evaluateWorkspace(workspace).allocations.values()
  return { workspace, evaluation: evaluation! }
}

describe('derived: true funds', () => {
  it('is the sum of the fixed sums its lines take in every section, spent to the krona', async () => {
    const { workspace, evaluation } = await evaluate({
      'a.yaml': allocation('{{ fund.oronmarkt | says "450 000 kr" }}'),
    })
    expect(workspace.diagnostics).toEqual([])
    expect(evaluation.diagnostics).toEqual([])
    const fund = evaluation.funds.find((candidate) => candidate.fund.id.value === 'oronmarkt')!
    expect(fund.amount?.toString()).toBe('450000')
    expect(fund.spent.toString()).toBe('450000')
    // 1 000 000 + 450 000.
    expect(evaluation.total.toString()).toBe('1450000')
    expect(checkProseClaims(evaluation, workspace.texts)).toEqual([])
  })

  it('makes a claim fail when a line behind it changes', async () => {
    // 450 000 is not "knappt 400 000" (300 000 < v < 400 000).
    const { workspace, evaluation } = await evaluate({
      'a.yaml': allocation('{{ fund.oronmarkt | says "knappt 400 000 kr" }}'),
    })
    const found = checkProseClaims(evaluation, workspace.texts)
    // `  {{ fund.oronmarkt | says "` is 28 characters: the claim starts at column 29 and has 17.
    expect(found.map((d) => [d.code, describeRange(workspace, d)])).toEqual([
      ['prose/claim-not-supported', 'a.yaml 8:29-8:46'],
    ])
    expect(found[0]!.message.en).toContain("fund 'oronmarkt' is 450 000 kr")
  })

  it('refuses a share or rest of a derived fund at the line, which then takes nothing', async () => {
    const { workspace, evaluation } = await evaluate({
      'a.yaml': allocation(
        'Text.',
        '      - lines:\n          - { to: region, share: 1/2 }\n          - { to: region, rest: true }\n',
      ),
    })
    expect(workspace.diagnostics).toEqual([])
    expect(evaluation.diagnostics.map((d) => [d.code, describeRange(workspace, d), d.message.en])).toEqual([
      [
        'sum/derived-fund-needs-fixed-sum',
        'a.yaml 28:13-28:39',
        'Fund oronmarkt has derived: true, so its amount is the sum of the fixed sums its lines take. A share of that sum cannot be computed; the line gets 0 kr.',
      ],
      [
        'sum/derived-fund-needs-fixed-sum',
        'a.yaml 29:13-29:39',
        'Fund oronmarkt has derived: true, so its amount is the sum of the fixed sums its lines take. The rest of that sum cannot be computed; the line gets 0 kr.',
      ],
    ])
    // Still 200 000 + 100 000 + 150 000: the refused lines add nothing.
    expect(evaluation.funds[1]!.amount?.toString()).toBe('450000')
  })

  it('refuses derived: true beside a stated amount', async () => {
    const text = allocation('Text.').replace('derived: true }', 'derived: true, amount: 450 000 }')
    const { workspace } = await evaluate({ 'a.yaml': text })
    // `  - { id: oronmarkt, title: Öronmärkta medel, ` is 46 characters: `derived` is at column 47.
    expect(workspace.diagnostics.map((d) => [d.code, describeRange(workspace, d), d.message.en])).toEqual([
      [
        'schema/conflicting-keys',
        'a.yaml 11:47-11:54',
        '`funds[1]` has both `derived` and `amount`, but may have only one of `derived` or `amount`.',
      ],
    ])
  })
})
