import { describe, expect, it } from 'vitest'
import { loadYaml } from '../yaml/load-yaml.js'
import { findDeceptiveCharacters } from './find-deceptive-characters.js'

/** The findings of a text as `kind code offset-end`. */
function find(text: string): string[] {
  return findDeceptiveCharacters(loadYaml(text, 'x.yaml').root, text, 'x.yaml').map(
    (d) => `${d.message.en} @${d.span[0]}-${d.span[1]}`,
  )
}

describe('findDeceptiveCharacters (syntax/deceptive-character)', () => {
  it('points at a right-to-left override anywhere, a comment included', () => {
    // "amount: 100 # " is 14 units, so U+202E is at offset 14.
    expect(find('amount: 100 # \u202e 000 1\n')).toEqual([
      'The character U+202E changes the writing direction, so the text is shown in another order than it stands in the file. @14-15',
    ])
  })

  it('points at a zero-width space in a name, and at a written escape from the value start', () => {
    // "name: vg" is 8 units: the zero-width space is at 8.
    expect(find('name: vg\u200br\n')).toEqual([
      'The character U+200B is invisible, so two ids or names that look the same may differ. @8-9',
    ])
    // Written as "\u200b" inside double quotes, the character is not in the text: the value starts at 6.
    expect(find('name: "vg\\u200br"\n')).toEqual([
      'The character U+200B is invisible, so two ids or names that look the same may differ. @6-7',
    ])
  })

  it('points at the Cyrillic letter in a word that is otherwise Latin', () => {
    // "title: V" is 8 units; U+0430 (Cyrillic a) is at 8.
    expect(find('title: V\u0430stra\n')).toEqual([
      'The word "V\u0430stra" mixes Latin letters with "\u0430" (U+0430), a Cyrillic letter that only looks Latin. @8-9',
    ])
  })

  it('checks keys too, and leaves prose, whole Cyrillic words and Swedish letters alone', () => {
    // The key "n\u200bamn" has the zero-width space at offset 1.
    expect(find('n\u200bamn: x\n')).toEqual([
      'The character U+200B is invisible, so two ids or names that look the same may differ. @1-2',
    ])
    expect(find('name: Västra Götalandsregionen\ntitle: Москва och Åre\ndescription: V\u0430stra\n')).toEqual([])
  })
})
