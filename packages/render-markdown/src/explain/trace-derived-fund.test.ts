import { evaluateWorkspace } from '@fordela/engine'
import { describe, expect, it } from 'vitest'
import { loadFiles } from '../__fixtures__/memory-workspace.js'
import { traceAllocation } from './trace-allocation.js'
import { formatTraceText } from './trace-node.js'
import { allocation, PARTIES } from '../../../../test/fixtures/derived-fund-workspace.js'

describe('the trace of a derived: true fund', () => {
  it('shows each line behind the amount in explain', async () => {
    const workspace = await loadFiles({ 'parter.yaml': PARTIES, 'a.yaml': allocation('Text.') })
    const [evaluation] = evaluateWorkspace(workspace).allocations.values()
    const lines = formatTraceText(
      traceAllocation(evaluation!, { fund: 'oronmarkt', lookup: (id) => workspace.documentById(id) }),
    ).split('\n')
    expect(lines.slice(3, 9)).toEqual([
      '  Öronmärkta medel (oronmarkt): 450 000 kr',
      '    Fördelningen anger inget belopp; fondens belopp är summan av raderna som tar ur den:',
      '      Region Exempel (avsnitt barn): 200 000 kr',
      '      Kommunalförbunden (avsnitt barn): 100 000 kr',
      '      Brukarrådet (avsnitt vuxna): 150 000 kr',
      '    Summa: 200 000 + 100 000 + 150 000 = 450 000 kr',
    ])
  })
})
