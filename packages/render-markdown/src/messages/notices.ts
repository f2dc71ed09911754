import { defineMessages } from './define-messages.js'

/**
 * Notices a rendered document carries: drafts, missing data, unchecked
 * claims. The memo is Swedish; the English texts are there for a document
 * rendered in English.
 */
export const noticeMessages = defineMessages({
  draftTitle: { sv: 'Utkast — innehåller fel.', en: 'Draft — contains errors.' },
  draftLead: {
    sv: (a: { count: number }) =>
      ` Specifikationen som underlaget bygger på har ${a.count === 1 ? 'ett fel' : `${a.count} fel`}. Underlaget ska inte användas som beslutsunderlag förrän ${a.count === 1 ? 'felet är rättat (fordela lint visar det)' : 'felen är rättade (fordela lint visar dem)'}:`,
    en: (a: { count: number }) =>
      ` The specification the memo is built on has ${a.count === 1 ? 'an error' : `${a.count} errors`}. The memo must not be used as a basis for a decision until ${a.count === 1 ? 'it is fixed (fordela lint shows it)' : 'they are fixed (fordela lint shows them)'}:`,
  },
  cannotComputePerUnit: {
    sv: (a: { unit: string }) => `Det här kan inte räknas ut per ${a.unit}:`,
    en: (a: { unit: string }) => `This cannot be computed per ${a.unit}:`,
  },
  moreReasons: {
    sv: (a: { count: number }) => ` Och ${a.count} skäl till.`,
    en: (a: { count: number }) => ` And ${a.count} more reasons.`,
  },
  dataMissing: {
    sv: 'Uppgifterna som behövs, kolumnens dataset eller en regel, saknas.',
    en: "The data needed, the column's dataset or a rule, is missing.",
  },
})
