import { defineMessages } from './define-messages.js'

/**
 * Words of the beslutsunderlag that the spec does not give. The memo is
 * written in Swedish; the English texts say the same, for a reader of the
 * code or a future English memo.
 */
export const memoMessages = defineMessages({
  sectionSummaryLead: { sv: 'Sammanställning för avsnittet:', en: 'Summary of the section:' },
  sectionSummaryParty: { sv: 'Part', en: 'Party' },
  sectionSummaryAmount: { sv: 'Belopp', en: 'Amount' },
  total: { sv: 'Totalt', en: 'Total' },
  goalSummaryHeading: { sv: 'Per område och delmål', en: 'Per area and sub-goal' },
  goalSummaryGoal: { sv: 'Område eller delmål', en: 'Area or sub-goal' },
  goalSummarySections: { sv: 'Avsnitt', en: 'Sections' },
  goalSummaryCountedOnce: { sv: 'varje avsnitt räknat en gång', en: 'each section counted once' },
  goalSummarySharedOne: {
    sv: 'tjänar flera områden eller delmål och står med hela sitt belopp under vart och ett, men räknas bara en gång i totalen.',
    en: 'serves several areas or sub-goals and appears with its whole amount under each, but counts only once in the total.',
  },
  goalSummarySharedSeveral: {
    sv: 'tjänar var och ett flera områden eller delmål och står med hela sitt belopp under vart och ett, men räknas bara en gång i totalen.',
    en: 'each serve several areas or sub-goals and appear with their whole amount under each, but count only once in the total.',
  },
  and: { sv: ' och ', en: ' and ' },
  area: {
    sv: (a: { number: string; title: string }) => (a.number ? `Område ${a.number}: ${a.title}` : `Område: ${a.title}`),
    en: (a: { number: string; title: string }) => (a.number ? `Area ${a.number}: ${a.title}` : `Area: ${a.title}`),
  },
  subgoal: { sv: (a: { title: string }) => `Delmål: ${a.title}`, en: (a: { title: string }) => `Sub-goal: ${a.title}` },
  planSections: { sv: 'Avsnitt i fördelningen: ', en: 'Sections of the allocation: ' },
  planSectionShared: {
    sv: ', räknas även under annat område eller mål',
    en: ', also counted under another area or goal',
  },
  planSectionsTotal: {
    sv: (a: { count: string; total: string }) =>
      `Fördelningens ${a.count} avsnitt ovan ger sammanlagt ${a.total}; ett avsnitt som står under flera områden eller mål räknas en gång.`,
    en: (a: { count: string; total: string }) =>
      `The allocation's ${a.count} sections above give ${a.total} in all; a section under several areas or goals counts once.`,
  },
})
