import { describe, expect, it } from 'vitest'
import { chooseArgvLanguage } from './choose-argv-language.js'

describe('chooseArgvLanguage', () => {
  it('is Swedish unless --lang says otherwise', () => {
    expect(chooseArgvLanguage(['lint', '--help'])).toBe('sv')
    expect(chooseArgvLanguage(['lint', '--lang', 'en', '--help'])).toBe('en')
    expect(chooseArgvLanguage(['--help', '--lang=en'])).toBe('en')
  })

  it('takes the last --lang, as Commander does, and ignores a value it would refuse', () => {
    expect(chooseArgvLanguage(['--lang', 'en', '--lang', 'sv'])).toBe('sv')
    expect(chooseArgvLanguage(['--lang', 'en', '--lang', 'de'])).toBe('en')
    expect(chooseArgvLanguage(['--lang'])).toBe('sv')
  })

  it('stops at --, after which nothing is an option', () => {
    expect(chooseArgvLanguage(['lint', '--', '--lang', 'en'])).toBe('sv')
  })
})
