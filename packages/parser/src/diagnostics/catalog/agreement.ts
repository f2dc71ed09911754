import { defineRule } from '../define-rule.js'

/** Rules of the `agreement/` category: the national table and its rules must hold together. */
export const agreementRules = {
  'agreement/row-total-mismatch': defineRule<{ area: string; stated: string; sum: string; difference: string }>({
    severity: 'error',
    title: {
      sv: 'Ett områdes angivna summa stämmer inte med summan av dess celler.',
      en: "An area's stated total differs from the sum of its cells.",
    },
    message: {
      sv: (a) =>
        `Området ${a.area} anger summan ${a.stated}, men dess celler summerar till ${a.sum} (skillnad ${a.difference}).`,
      en: (a) =>
        `The area ${a.area} states the total ${a.stated}, but its cells add up to ${a.sum} (difference ${a.difference}).`,
    },
    hint: {
      sv: () => 'Jämför raden med den publicerade tabellen: rätta den cell eller den summa som är fel avskriven.',
      en: () => 'Compare the row with the published table and correct the cell or the total that was copied wrongly.',
    },
  }),
  'agreement/column-total-mismatch': defineRule<{ column: string; stated: string; sum: string; difference: string }>({
    severity: 'error',
    title: {
      sv: 'En kolumns angivna summa stämmer inte med summan av dess celler.',
      en: "A column's stated total differs from the sum of its cells.",
    },
    message: {
      sv: (a) =>
        `Kolumnen ${a.column} anger summan ${a.stated}, men dess celler summerar till ${a.sum} (skillnad ${a.difference}).`,
      en: (a) =>
        `The column ${a.column} states the total ${a.stated}, but its cells add up to ${a.sum} (difference ${a.difference}).`,
    },
    hint: {
      sv: () => 'Jämför kolumnen med den publicerade tabellen: rätta den cell eller den summa som är fel avskriven.',
      en: () =>
        'Compare the column with the published table and correct the cell or the total that was copied wrongly.',
    },
  }),
  'agreement/total-mismatch': defineRule<{
    against: 'cells' | 'columns'
    stated: string
    sum: string
    difference: string
  }>({
    severity: 'error',
    title: {
      sv: 'Överenskommelsens totalsumma stämmer inte med tabellen.',
      en: "The agreement's grand total does not match its table.",
    },
    message: {
      sv: (a) =>
        `Överenskommelsen anger totalt ${a.stated}, men ${a.against === 'cells' ? 'alla celler' : 'kolumnernas summor'} summerar till ${a.sum} (skillnad ${a.difference}).`,
      en: (a) =>
        `The agreement states a total of ${a.stated}, but ${a.against === 'cells' ? 'all its cells' : "its columns' totals"} add up to ${a.sum} (difference ${a.difference}).`,
    },
    hint: {
      sv: () => 'Jämför totalsumman, kolumnsummorna och cellerna med den publicerade tabellen.',
      en: () => 'Compare the grand total, the column totals and the cells with the published table.',
    },
  }),
  'agreement/rule-exceeds-cell': defineRule<{ arithmetic: string; cell: string; over: string }>({
    severity: 'error',
    title: {
      sv: 'En cells belopp per enhet blir mer än cellen.',
      en: "A cell's fixed amounts per unit add up to more than the cell.",
    },
    message: {
      sv: (a) => `Beloppen per enhet blir ${a.arithmetic} kr, ${a.over} mer än cellens ${a.cell}.`,
      en: (a) => `The amounts per unit come to ${a.arithmetic} kr, ${a.over} more than the cell's ${a.cell}.`,
    },
    hint: {
      sv: () => 'Kontrollera beloppen per enhet, undantagen och att rätt enheter ingår i grupperna.',
      en: () => 'Check the amounts per unit, the exceptions and that the groups hold the right units.',
    },
  }),
  'agreement/rule-does-not-fill-cell': defineRule<{ arithmetic: string; cell: string; left: string }>({
    severity: 'error',
    title: {
      sv: 'En cells regler fördelar inte hela cellen.',
      en: "A cell's rules do not distribute the whole cell.",
    },
    message: {
      sv: (a) => `Reglerna fördelar ${a.arithmetic} kr av cellens ${a.cell}, så ${a.left} fördelas inte till någon.`,
      en: (a) => `The rules distribute ${a.arithmetic} kr of the cell's ${a.cell}, so ${a.left} goes to no one.`,
    },
    hint: {
      sv: () => 'Lägg till en rest-regel som fördelar det som blir kvar, eller rätta beloppen.',
      en: () => 'Add a rest rule that distributes what is left, or correct the amounts.',
    },
  }),
  'agreement/rule-after-rest': defineRule<Record<string, never>>({
    severity: 'error',
    title: {
      sv: 'En regel står efter en rest-regel.',
      en: 'A rule comes after a rest rule.',
    },
    message: {
      sv: () =>
        'Regeln står efter en rest-regel, som redan har fördelat allt som var kvar av cellen, så dess belopp går utöver cellen.',
      en: () =>
        'The rule comes after a rest rule, which has already distributed everything left of the cell, so its amounts go beyond the cell.',
    },
    hint: {
      sv: () => 'Flytta rest-regeln sist i cellens regler.',
      en: () => "Move the rest rule to the end of the cell's rules.",
    },
  }),
  'agreement/missing-rule': defineRule<{ area: string; column: string; units: number }>({
    severity: 'error',
    title: {
      sv: 'En cell saknar regel för hur den fördelas.',
      en: 'A cell has no rule for how it is distributed.',
    },
    message: {
      sv: (a) =>
        `Cellen ${a.area}/${a.column} ska fördelas på ${a.units} enheter men har ingen regel, så ingen enhets belopp kan räknas ut.`,
      en: (a) =>
        `The cell ${a.area}/${a.column} is to be shared by ${a.units} units but has no rule, so no unit's amount can be worked out.`,
    },
    hint: {
      sv: () =>
        'Lägg till rules, till exempel "- rest: { by: folkmangd }" eller "- each: 5 000 000" följt av en rest-regel.',
      en: () => 'Add rules, for example "- rest: { by: folkmangd }" or "- each: 5 000 000" followed by a rest rule.',
    },
  }),
  'agreement/unknown-column': defineRule<{ column: string; columns: string }>({
    severity: 'error',
    title: {
      sv: 'En cell anger en kolumn som inte finns.',
      en: 'A cell names a column that does not exist.',
    },
    message: {
      sv: (a) => `Det finns ingen kolumn "${a.column}" i överenskommelsen; kolumnerna är ${a.columns}.`,
      en: (a) => `The agreement has no column "${a.column}"; its columns are ${a.columns}.`,
    },
    hint: {
      sv: () => 'Använd id:t för en av kolumnerna under columns, eller lägg till kolumnen.',
      en: () => 'Use the id of one of the columns under columns, or add the column.',
    },
  }),
  'agreement/unknown-unit': defineRule<{ unit: string; context: 'except' | 'group'; owner: string; dataset: string }>({
    severity: 'error',
    title: {
      sv: 'Ett undantag eller en enhetsgrupp nämner en enhet som inte finns.',
      en: 'An exception or a unit group names a unit that does not exist.',
    },
    message: {
      sv: (a) =>
        a.context === 'except'
          ? `"${a.unit}" är varken en enhet i kolumnen ${a.owner}s dataset ${a.dataset} eller en enhetsgrupp, så undantaget gäller ingen.`
          : `Enhetsgruppen ${a.owner} nämner "${a.unit}", som inte finns i något av överenskommelsens dataset (${a.dataset}).`,
      en: (a) =>
        a.context === 'except'
          ? `"${a.unit}" is neither a unit of column ${a.owner}'s dataset ${a.dataset} nor a unit group, so the exception applies to no one.`
          : `The unit group ${a.owner} names "${a.unit}", which is in none of the agreement's datasets (${a.dataset}).`,
    },
    hint: {
      sv: () => 'Skriv enhetens kod som i datasetet (län med länskod, t.ex. "14"), eller id:t för en enhetsgrupp.',
      en: () => 'Write the unit code as in the dataset (län by länskod, e.g. "14"), or the id of a unit group.',
    },
  }),
  'agreement/rest-without-weight': defineRule<{ measure: string; dataset: string }>({
    severity: 'error',
    title: {
      sv: 'En rest-regel fördelar efter ett mått som är noll för alla enheter.',
      en: 'A rest rule divides by a measure that is zero for every unit.',
    },
    message: {
      sv: (a) => `Måttet ${a.measure} i ${a.dataset} är noll för alla enheter, så resten kan inte fördelas efter det.`,
      en: (a) =>
        `The measure ${a.measure} of ${a.dataset} is zero for every unit, so the rest cannot be divided by it.`,
    },
    hint: {
      sv: () => 'Kontrollera datasetets värden, eller fördela med by: equal.',
      en: () => "Check the dataset's values, or divide with by: equal.",
    },
  }),
  'agreement/rounding-residual': defineRule<{
    area: string
    column: string
    policy: string
    residual: string
    direction: 'left' | 'over'
  }>({
    severity: 'warning',
    title: {
      sv: 'Avrundningen fördelar inte cellen exakt.',
      en: 'Rounding does not distribute the cell exactly.',
    },
    message: {
      sv: (a) =>
        `Avrundningen ${a.policy} gör att cellen ${a.area}/${a.column} ${a.direction === 'left' ? `lämnar ${a.residual} ofördelade` : `fördelar ${a.residual} mer än cellen`}.`,
      en: (a) =>
        `Rounding by ${a.policy} makes the cell ${a.area}/${a.column} ${a.direction === 'left' ? `leave ${a.residual} undistributed` : `hand out ${a.residual} more than the cell`}.`,
    },
    hint: {
      sv: () =>
        'Använd rounding: largest-remainder om inte den publicerade tabellen bevisligen avrundade på annat sätt.',
      en: () => 'Use rounding: largest-remainder unless the published table demonstrably rounded another way.',
    },
  }),
  'agreement/rounding-overdraws': defineRule<{ area: string; column: string; policy: string; excess: string }>({
    severity: 'error',
    title: { sv: 'Avrundningen delar ut mer än cellen har.', en: 'Rounding hands out more than the cell holds.' },
    message: {
      sv: (a) =>
        `Avrundningen ${a.policy} gör att cellen ${a.area}/${a.column} delar ut ${a.excess} mer än den har: pengar som inte finns.`,
      en: (a) =>
        `Rounding by ${a.policy} makes the cell ${a.area}/${a.column} hand out ${a.excess} more than it holds: money that does not exist.`,
    },
    hint: {
      sv: () =>
        'Använd rounding: largest-remainder, som alltid fördelar cellen exakt; en publicerad tabell som delar ut mer än cellen är ett fel att rapportera till utgivaren.',
      en: () =>
        'Use rounding: largest-remainder, which always distributes the cell exactly; a published table that hands out more than the cell is an error to report to its publisher.',
    },
  }),
  'agreement/fund-mismatch': defineRule<{ fund: string; stated: string; computed: string; difference: string }>({
    severity: 'error',
    title: {
      sv: 'En fonds belopp skiljer sig från överenskommelsens belopp för länet.',
      en: "A fund's amount differs from the agreement's amount for the county.",
    },
    message: {
      sv: (a) =>
        `Fonden ${a.fund} anger ${a.stated}, men överenskommelsen ger länet ${a.computed} (skillnad ${a.difference}).`,
      en: (a) =>
        `The fund ${a.fund} states ${a.stated}, but the agreement gives the county ${a.computed} (difference ${a.difference}).`,
    },
    hint: {
      sv: () => 'Rätta beloppet, eller ange en tolerance med skäl om skillnaden är känd och godtagen.',
      en: () => 'Correct the amount, or state a tolerance with its reason if the difference is known and accepted.',
    },
  }),
  'agreement/fund-within-tolerance': defineRule<{
    fund: string
    stated: string
    computed: string
    difference: string
    reason: string
  }>({
    severity: 'info',
    title: {
      sv: 'En fonds belopp skiljer sig från överenskommelsens inom en angiven tolerans.',
      en: "A fund's amount differs from the agreement's within a stated tolerance.",
    },
    message: {
      sv: (a) =>
        `Fonden ${a.fund} anger ${a.stated} och överenskommelsen ger ${a.computed}; skillnaden ${a.difference} godtas eftersom: ${a.reason}`,
      en: (a) =>
        `The fund ${a.fund} states ${a.stated} and the agreement gives ${a.computed}; the difference of ${a.difference} is accepted because: ${a.reason}`,
    },
  }),
} as const
