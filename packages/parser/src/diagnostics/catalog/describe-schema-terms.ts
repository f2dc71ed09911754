import type { Language } from '../diagnostic.js'
import { joinWords } from '../join-words.js'

/** JSON types as ajv names them, in words a spec author knows. */
const typeWords: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  object: { sv: 'en mappning (nycklar med värden)', en: 'a mapping (keys with values)' },
  array: { sv: 'en lista', en: 'a list' },
  string: { sv: 'en text', en: 'a text' },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  number: { sv: 'ett tal', en: 'a number' },
  boolean: { sv: 'ett sant/falskt-värde (true eller false)', en: 'a true/false value (true or false)' },
  null: { sv: 'tomt', en: 'empty' },
}

const conjunctions = {
  and: { sv: 'och', en: 'and' },
  or: { sv: 'eller', en: 'or' },
} as const

/**
 * Names JSON types in words: `integer,string` → "ett heltal eller en text".
 * @param types ajv type names, comma-separated
 */
export function describeJsonTypes(types: string, language: Language): string {
  const words = types.split(',').map((type) => typeWords[type]?.[language] ?? type)
  return joinWords(words, conjunctions.or[language])
}

/**
 * Lists words as code: `amount each share` → "`amount`, `each` eller `share`".
 * @param words the words, space-separated (message arguments are strings)
 */
export function formatCodeList(words: string, language: Language, conjunction: keyof typeof conjunctions): string {
  const quoted = words
    .split(' ')
    .filter(Boolean)
    .map((word) => `\`${word}\``)
  return joinWords(quoted, conjunctions[conjunction][language])
}

/**
 * Says where in the document a path is: "`sections[1].steps[0]`", or the
 * document's top level for the empty path.
 */
export function describePath(path: string, language: Language): string {
  if (path === '') return language === 'sv' ? 'dokumentets översta nivå' : "the document's top level"
  return `\`${path}\``
}
