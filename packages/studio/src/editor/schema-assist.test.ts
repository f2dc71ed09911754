import { Text } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import { yamlPathAt } from './schema-assist.js'

describe('yamlPathAt', () => {
  const doc = Text.of([
    'kind: Allocation', // 1
    'funds:', // 2
    '  - id: strategi', // 3
    '    amount: 7 000 000', // 4
    'sections:', // 5
    '  - id: strategi', // 6
    '    steps:', // 7
    '      - lines:', // 8
    '          - to: vgr', // 9
    '            amount: 1 000 000', // 10
    '', // 11
    '          - to: nsph', // 12
  ])

  it('finds the map a key sits in from indentation alone', () => {
    expect(yamlPathAt(doc, 1)).toEqual([])
    expect(yamlPathAt(doc, 3)).toEqual(['funds', '[]'])
    expect(yamlPathAt(doc, 4)).toEqual(['funds', '[]'])
    expect(yamlPathAt(doc, 9)).toEqual(['sections', '[]', 'steps', '[]', 'lines', '[]'])
    expect(yamlPathAt(doc, 10)).toEqual(['sections', '[]', 'steps', '[]', 'lines', '[]'])
    expect(yamlPathAt(doc, 12)).toEqual(['sections', '[]', 'steps', '[]', 'lines', '[]'])
  })
})
