import { defineMessages } from './define-messages.js'

/** The words of a comparison between two versions of an allocation (`fordela diff`, the studio's change view, the pull-request comment). */
export const diffMessages = defineMessages({
  heading: { sv: 'Förändringar i fördelningen', en: 'Changes to the allocation' },
  nothingToCompare: { sv: 'Inga fördelningar att jämföra.', en: 'No allocations to compare.' },
  added: { sv: 'Ny fördelning', en: 'New allocation' },
  removed: { sv: 'Borttagen fördelning', en: 'Removed allocation' },
  unchanged: { sv: 'Oförändrad fördelning', en: 'Unchanged allocation' },
  total: { sv: 'Totalt', en: 'Total' },
  funds: { sv: 'Fond', en: 'Fund' },
  sections: { sv: 'Avsnitt', en: 'Section' },
  parties: { sv: 'Part', en: 'Party' },
  partiesIn: {
    sv: (a: { readonly fund: string }) => `Ur fonden ${a.fund}`,
    en: (a: { readonly fund: string }) => `From the fund ${a.fund}`,
  },
  before: { sv: 'Före (kr)', en: 'Before (kr)' },
  after: { sv: 'Efter (kr)', en: 'After (kr)' },
  change: { sv: 'Förändring (kr)', en: 'Change (kr)' },
  percent: { sv: 'Procent', en: 'Percent' },
  /** The percent of a recipient that had nothing before. */
  new: { sv: 'ny', en: 'new' },
  decimalMark: { sv: ',', en: '.' },
  warning: { sv: 'Varning:', en: 'Warning:' },
  sideBefore: { sv: 'före', en: 'before' },
  sideAfter: { sv: 'efter', en: 'after' },
  errorCount: {
    sv: (a: { readonly count: number }) => `${a.count} fel`,
    en: (a: { readonly count: number }) => `${a.count} ${a.count === 1 ? 'error' : 'errors'}`,
  },
  specErrors: {
    sv: (a: { readonly specs: string }) =>
      `Jämförelsen bygger på specar med fel som kan göra beloppen felaktiga (${a.specs}). Summor och rader nedan behöver inte stämma; rätta det som fordela lint visar innan jämförelsen används.`,
    en: (a: { readonly specs: string }) =>
      `This comparison is built on specs with errors that can make the amounts wrong (${a.specs}). Totals and rows below need not add up; fix what fordela lint reports before using the comparison.`,
  },
  shortened: { sv: 'Avkortad:', en: 'Shortened:' },
  shortenedNote: {
    sv: (a: { readonly limit: string; readonly omitted: number }) =>
      ` kommentaren får vara högst ${a.limit} tecken, så ${a.omitted} tabellrader visas inte. Hela rapporten: `,
    en: (a: { readonly limit: string; readonly omitted: number }) =>
      ` the comment may be at most ${a.limit} characters, so ${a.omitted} table rows are not shown. The full report: `,
  },
  runDiff: { sv: 'kör', en: 'run' },
  withFormat: { sv: 'med', en: 'with' },
})
