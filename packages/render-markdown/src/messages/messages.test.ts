import { describe, expect, it } from 'vitest'
import type { RuleArgs } from '@fordela/parser'
import { messages, say, defineMessages } from './index.js'

/** Fills a template with arguments that record which keys it read. */
function fillRecording(template: (args: RuleArgs) => string): { text: string; read: string[] } {
  const read = new Set<string>()
  const args = new Proxy({} as Record<string, string>, {
    get: (_target, key) => {
      if (typeof key === 'string') read.add(key)
      return `‹${String(key)}›`
    },
  })
  return { text: template(args), read: [...read].sort() }
}

describe('the message catalogue', () => {
  const entries = Object.entries(messages).flatMap(([group, texts]) =>
    Object.entries(texts as Record<string, unknown>).map(([key, message]) => [`${group}.${key}`, message] as const),
  )

  it('gives every message in Swedish and English, reading the same arguments in both', () => {
    for (const [id, message] of entries) {
      const { sv, en } = message as { sv: unknown; en: unknown }
      expect(typeof sv, id).toBe(typeof en)
      if (typeof sv === 'string') {
        expect(sv.trim().length, id).toBeGreaterThan(0)
        expect((en as string).trim().length, id).toBeGreaterThan(0)
      } else {
        const swedish = fillRecording(sv as (args: RuleArgs) => string)
        const english = fillRecording(en as (args: RuleArgs) => string)
        expect(swedish.text.trim().length, id).toBeGreaterThan(0)
        expect(english.text.trim().length, id).toBeGreaterThan(0)
        expect(english.read, `${id}: the English text reads other arguments than the Swedish`).toEqual(swedish.read)
      }
    }
  })

  it('says fixed words and fills templates in the asked language', () => {
    const sample = defineMessages({
      saved: { sv: 'Sparat.', en: 'Saved.' },
      wrote: { sv: (a: { file: string }) => `Skrev ${a.file}.`, en: (a: { file: string }) => `Wrote ${a.file}.` },
    })
    expect(say('sv', sample.saved)).toBe('Sparat.')
    expect(say('en', sample.wrote, { file: 'memo.md' })).toBe('Wrote memo.md.')
  })
})
