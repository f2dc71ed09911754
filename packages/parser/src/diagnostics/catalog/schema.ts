import { describeJsonTypes, describePath, formatCodeList } from './describe-schema-terms.js'
import { defineRule } from '../define-rule.js'

const kinds = 'Agreement Allocation Parties Dataset Strategy ActionPlan'

/** What a duplicated id names, with its indefinite article. */
const idOwners: Readonly<Record<string, { sv: string; en: string }>> = {
  fund: { sv: 'en fond', en: 'a fund' },
  section: { sv: 'ett avsnitt', en: 'a section' },
  line: { sv: 'en rad', en: 'a line' },
  party: { sv: 'en part, grupp eller medlem', en: 'a party, group or member' },
  area: { sv: 'ett område', en: 'an area' },
  column: { sv: 'en kolumn', en: 'a column' },
  'unit-group': { sv: 'en enhetsgrupp', en: 'a unit group' },
  goal: { sv: 'ett mål', en: 'a goal' },
  subgoal: { sv: 'ett delmål', en: 'a sub-goal' },
  measure: { sv: 'ett mått', en: 'a measure' },
  unit: { sv: 'en enhet', en: 'a unit' },
  'memo-part': { sv: 'en del av beslutsunderlaget i memo.order', en: 'a part of the memo in memo.order' },
}

/** What an `invalid-value` value should have been, by the schema keyword that refused it. */
const expectedValues = {
  'one-of': {
    sv: (allowed: string) => `ett av ${formatCodeList(allowed, 'sv', 'or')}`,
    en: (allowed: string) => `one of ${formatCodeList(allowed, 'en', 'or')}`,
  },
  constant: { sv: (allowed: string) => `\`${allowed}\``, en: (allowed: string) => `\`${allowed}\`` },
  minimum: { sv: (allowed: string) => `minst ${allowed}`, en: (allowed: string) => `at least ${allowed}` },
  maximum: { sv: (allowed: string) => `högst ${allowed}`, en: (allowed: string) => `at most ${allowed}` },
  date: {
    sv: () => 'ett datum på formen ÅÅÅÅ-MM-DD, till exempel 2025-09-30',
    en: () => 'a date in the form YYYY-MM-DD, e.g. 2025-09-30',
  },
  sha256: { sv: () => 'en SHA-256: 64 tecken 0–9 och a–f', en: () => 'a SHA-256: 64 characters 0–9 and a–f' },
  weight: {
    sv: () =>
      'ett tal som inte är negativt, till exempel 2454821 eller "2 454 821", eller `..` för ett värde som saknas',
    en: () => 'a number that is not negative, e.g. 2454821 or "2 454 821", or `..` for a missing value',
  },
} as const

/** Which kind of value `invalid-value` expected. */
export type ExpectedValue = keyof typeof expectedValues

function describeExpected(expected: string, allowed: string, language: 'sv' | 'en'): string {
  const describe = expectedValues[expected as ExpectedValue]
  return describe ? describe[language](allowed) : allowed
}

/**
 * Rules of the `schema/` category: the header that picks a document's kind,
 * and the shape of each kind as its JSON Schema states it.
 */
export const schemaRules = {
  'schema/missing-header': defineRule<{ keys: string }>({
    severity: 'error',
    title: {
      sv: 'Filen saknar huvudet med apiVersion och kind.',
      en: 'The file lacks the apiVersion and kind header.',
    },
    message: {
      sv: (a) =>
        `Filen saknar ${formatCodeList(a.keys, 'sv', 'and')}, så det går inte att veta vilket slags fördelningsspec den är.`,
      en: (a) =>
        `The file has no ${formatCodeList(a.keys, 'en', 'and')}, so there is no telling what kind of fördelningsspec it is.`,
    },
    hint: {
      sv: () =>
        `Börja filen med raderna \`apiVersion: fordela/v1\` och \`kind:\` följt av ett av ${formatCodeList(kinds, 'sv', 'or')}.`,
      en: () =>
        `Start the file with the lines \`apiVersion: fordela/v1\` and \`kind:\` followed by one of ${formatCodeList(kinds, 'en', 'or')}.`,
    },
  }),
  'schema/unsupported-api-version': defineRule<{ found: string }>({
    severity: 'error',
    title: {
      sv: 'Filen är skriven för en språkversion som inte stöds.',
      en: 'The file is written for an unsupported language version.',
    },
    message: {
      sv: (a) => `Språkversionen \`${a.found}\` stöds inte; den här versionen av fordela läser \`fordela/v1\`.`,
      en: (a) => `The language version \`${a.found}\` is not supported; this version of fordela reads \`fordela/v1\`.`,
    },
    hint: {
      sv: () => 'Skriv `apiVersion: fordela/v1`, eller uppdatera fordela om filen är skriven för en nyare version.',
      en: () => 'Write `apiVersion: fordela/v1`, or update fordela if the file is written for a newer version.',
    },
  }),
  'schema/unknown-kind': defineRule<{ found: string; suggestion: string }>({
    severity: 'error',
    title: { sv: 'Dokumentslaget finns inte.', en: 'The document kind does not exist.' },
    message: {
      sv: (a) => `Dokumentslaget \`${a.found}\` finns inte; dokumentslagen är ${formatCodeList(kinds, 'sv', 'and')}.`,
      en: (a) => `There is no document kind \`${a.found}\`; the kinds are ${formatCodeList(kinds, 'en', 'and')}.`,
    },
    hint: {
      sv: (a) => (a.suggestion ? `Menade du \`${a.suggestion}\`?` : 'Skriv ett av dokumentslagen efter `kind:`.'),
      en: (a) => (a.suggestion ? `Did you mean \`${a.suggestion}\`?` : 'Write one of the kinds after `kind:`.'),
    },
  }),
  'schema/unknown-key': defineRule<{ key: string; path: string; allowed: string; suggestion: string }>({
    severity: 'error',
    title: { sv: 'En nyckel som inte finns i språket.', en: 'A key the language does not have.' },
    message: {
      sv: (a) =>
        `Nyckeln \`${a.key}\` är inte tillåten i ${describePath(a.path, 'sv')}, så dess värde skulle inte användas.`,
      en: (a) =>
        `The key \`${a.key}\` is not allowed in ${describePath(a.path, 'en')}, so its value would not be used.`,
    },
    hint: {
      sv: (a) =>
        `${a.suggestion ? `Menade du \`${a.suggestion}\`? ` : ''}Tillåtna nycklar här: ${formatCodeList(a.allowed, 'sv', 'and')}.`,
      en: (a) =>
        `${a.suggestion ? `Did you mean \`${a.suggestion}\`? ` : ''}Keys allowed here: ${formatCodeList(a.allowed, 'en', 'and')}.`,
    },
  }),
  'schema/missing-key': defineRule<{ keys: string; path: string }>({
    severity: 'error',
    title: { sv: 'En obligatorisk nyckel saknas.', en: 'A required key is missing.' },
    message: {
      sv: (a) => `${capitalize(describePath(a.path, 'sv'))} saknar ${keyPhrase(a.keys, 'sv')}, som måste finnas.`,
      en: (a) => `${capitalize(describePath(a.path, 'en'))} lacks ${keyPhrase(a.keys, 'en')}, which is required.`,
    },
    hint: {
      sv: (a) => `Lägg till ${formatCodeList(a.keys, 'sv', 'or')} med ett värde.`,
      en: (a) => `Add ${formatCodeList(a.keys, 'en', 'or')} with a value.`,
    },
  }),
  'schema/conflicting-keys': defineRule<{ keys: string; allowed: string; path: string }>({
    severity: 'error',
    title: {
      sv: 'Nycklar som utesluter varandra står tillsammans.',
      en: 'Keys that exclude each other appear together.',
    },
    message: {
      sv: (a) =>
        `${capitalize(describePath(a.path, 'sv'))} har både ${formatCodeList(a.keys, 'sv', 'and')}, men får ha bara en av ${formatCodeList(a.allowed, 'sv', 'or')}.`,
      en: (a) =>
        `${capitalize(describePath(a.path, 'en'))} has both ${formatCodeList(a.keys, 'en', 'and')}, but may have only one of ${formatCodeList(a.allowed, 'en', 'or')}.`,
    },
    hint: {
      sv: () => 'Behåll den nyckel som säger vad som menas och ta bort de andra, eller dela upp i flera.',
      en: () => 'Keep the key that says what is meant and remove the others, or split it into several.',
    },
  }),
  'schema/wrong-type': defineRule<{ path: string; expected: string; found: string }>({
    severity: 'error',
    title: { sv: 'Ett värde av fel slag.', en: 'A value of the wrong type.' },
    message: {
      sv: (a) =>
        `${capitalize(describePath(a.path, 'sv'))} ska vara ${describeJsonTypes(a.expected, 'sv')}, men är ${describeJsonTypes(a.found, 'sv')}.`,
      en: (a) =>
        `${capitalize(describePath(a.path, 'en'))} must be ${describeJsonTypes(a.expected, 'en')}, but is ${describeJsonTypes(a.found, 'en')}.`,
    },
    hint: {
      sv: (a) => typeHint(a.expected, a.found, 'sv'),
      en: (a) => typeHint(a.expected, a.found, 'en'),
    },
  }),
  'schema/invalid-value': defineRule<{ path: string; found: string; expected: string; allowed: string }>({
    severity: 'error',
    title: { sv: 'Ett värde som inte är tillåtet.', en: 'A value that is not allowed.' },
    message: {
      sv: (a) => `Värdet \`${a.found}\` är inte tillåtet för ${describePath(a.path, 'sv')}.`,
      en: (a) => `The value \`${a.found}\` is not allowed for ${describePath(a.path, 'en')}.`,
    },
    hint: {
      sv: (a) => `Skriv ${describeExpected(a.expected, a.allowed, 'sv')}.`,
      en: (a) => `Write ${describeExpected(a.expected, a.allowed, 'en')}.`,
    },
  }),
  'schema/empty-value': defineRule<{ path: string }>({
    severity: 'error',
    title: { sv: 'En text som är tom.', en: 'A text that is empty.' },
    message: {
      sv: (a) => `${capitalize(describePath(a.path, 'sv'))} är tom.`,
      en: (a) => `${capitalize(describePath(a.path, 'en'))} is empty.`,
    },
    hint: {
      sv: () => 'Skriv en text, eller ta bort nyckeln om den inte behövs.',
      en: () => 'Write a text, or remove the key if it is not needed.',
    },
  }),
  'schema/invalid-id': defineRule<{ path: string; found: string; suggestion: string }>({
    severity: 'error',
    title: { sv: 'Ett id som inte är skrivet som ett id.', en: 'An id not written as an id.' },
    message: {
      sv: (a) =>
        `\`${a.found}\` i ${describePath(a.path, 'sv')} är inte ett giltigt id: ett id har bara små bokstäver a–z, siffror och bindestreck, och börjar med en bokstav eller siffra.`,
      en: (a) =>
        `\`${a.found}\` in ${describePath(a.path, 'en')} is not a valid id: an id has only lower-case letters a–z, digits and hyphens, and starts with a letter or digit.`,
    },
    hint: {
      sv: (a) =>
        a.suggestion ? `Skriv till exempel \`${a.suggestion}\`.` : 'Skriv om id:t med a–z, 0–9 och bindestreck.',
      en: (a) =>
        a.suggestion ? `Write, for example, \`${a.suggestion}\`.` : 'Rewrite the id with a–z, 0–9 and hyphens.',
    },
  }),
  'schema/duplicate-id': defineRule<{ id: string; what: string }>({
    severity: 'error',
    title: { sv: 'Två saker i ett dokument har samma id.', en: 'Two things in one document have the same id.' },
    message: {
      sv: (a) =>
        `Id \`${a.id}\` används redan av ${idOwners[a.what]?.sv ?? a.what} tidigare i dokumentet, så en hänvisning till det vore tvetydig.`,
      en: (a) =>
        `The id \`${a.id}\` is already used by ${idOwners[a.what]?.en ?? a.what} earlier in the document, so a reference to it would be ambiguous.`,
    },
    hint: {
      sv: () => 'Ge var och en ett eget id.',
      en: () => 'Give each its own id.',
    },
  }),
} as const

function keyPhrase(keys: string, language: 'sv' | 'en'): string {
  const several = keys.trim().includes(' ')
  if (language === 'sv')
    return several
      ? `en av nycklarna ${formatCodeList(keys, 'sv', 'or')}`
      : `nyckeln ${formatCodeList(keys, 'sv', 'or')}`
  return several ? `one of the keys ${formatCodeList(keys, 'en', 'or')}` : `the key ${formatCodeList(keys, 'en', 'or')}`
}

function typeHint(expected: string, found: string, language: 'sv' | 'en'): string {
  const wantsText = expected.split(',').includes('string')
  if (wantsText && (found === 'integer' || found === 'number')) {
    return language === 'sv'
      ? 'Sätt citattecken runt värdet (till exempel "14"), så att det läses som text och inledande nollor finns kvar.'
      : 'Put quotes around the value (e.g. "14") so that it is read as text and leading zeros are kept.'
  }
  if (found === 'string' && (expected === 'integer' || expected === 'number')) {
    return language === 'sv' ? 'Skriv talet utan citattecken.' : 'Write the number without quotes.'
  }
  if (expected === 'array') {
    return language === 'sv'
      ? 'Skriv en lista: en rad per punkt som börjar med `- `, eller `[a, b]`.'
      : 'Write a list: one line per item starting with `- `, or `[a, b]`.'
  }
  return language === 'sv'
    ? `Skriv ${describeJsonTypes(expected, 'sv')} här.`
    : `Write ${describeJsonTypes(expected, 'en')} here.`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
