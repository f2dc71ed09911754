import type { Language } from '@fordela/parser'

/** Where the project lives; SARIF `informationUri` and every rule's docs link start here. */
export const repositoryUrl = 'https://github.com/fordela/fordela'

/** How a rule page's file name ends in each language. */
const pageEnding: Readonly<Record<Language, string>> = { sv: '.sv.md', en: '.md' }

/**
 * A rule's docs page in a language, relative to `docs/rules/`: the English
 * page is `<category>/<name>.md`, the Swedish one beside it
 * `<category>/<name>.sv.md` (`sum/fund-not-spent`, sv →
 * `sum/fund-not-spent.sv.md`). Every link to a rule page and every read of
 * one goes through here.
 */
export function rulePagePath(ruleId: string, lang: Language): string {
  return `${ruleId}${pageEnding[lang]}`
}

/**
 * The docs page of a rule on the web, in the user's language: `sum/fund-not-spent`, sv →
 * `https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.sv.md`.
 */
export function ruleDocsUrl(ruleId: string, lang: Language): string {
  return `${repositoryUrl}/blob/main/docs/rules/${rulePagePath(ruleId, lang)}`
}
