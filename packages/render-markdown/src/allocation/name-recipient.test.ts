import { expect, test } from 'vitest'
import type { PartyGroup } from '@fordela/parser'
import { nameMemberNoun } from './name-recipient.js'

const at = { file: 'parter.yaml', span: [0, 0] as const }
const group = (name: string): PartyGroup => ({
  id: { value: 'g', at },
  name: { value: name, at },
  members: [],
  unassigned: [],
  at,
})

test('nameMemberNoun: a one-word definite plural becomes the indefinite singular, anything else "medlem"', () => {
  expect(nameMemberNoun(group('Kommunalförbunden'))).toBe('kommunalförbund')
  expect(nameMemberNoun(group('Vårdsamverkansområdena'))).toBe('vårdsamverkansområde')
  expect(nameMemberNoun(group('Regionerna'))).toBe('region')
  expect(nameMemberNoun(group('Föreningarna'))).toBe('förening')
  expect(nameMemberNoun(group('Brukarorganisationer'))).toBe('medlem')
  expect(nameMemberNoun(group('Kommuner i Skaraborg'))).toBe('medlem')
})
