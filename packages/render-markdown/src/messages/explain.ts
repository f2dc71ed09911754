import { defineMessages } from './define-messages.js'

type Amount = { readonly amount: string }
type Named = { readonly name: string }

/** The words of a figure's derivation (`fordela explain`, the studio's hover, the memo's appendix). */
export const explainMessages = defineMessages({
  // How rounding made a part whole kronor: one wording for the trace and the memo's appendix.
  roundedUp: { sv: 'avrundat uppåt', en: 'rounded up' },
  roundedDown: { sv: 'avrundat nedåt', en: 'rounded down' },
  roundedTo: { sv: (a: Amount) => ` till ${a.amount}`, en: (a: Amount) => ` to ${a.amount}` },
  leftoverOne: {
    sv: 'när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler',
    en: 'when every part had been rounded down, one krona was left over, and it went to the part with the largest decimals',
  },
  leftoverMany: {
    sv: (a: { readonly kronor: string }) =>
      `när alla delar avrundats nedåt blev ${a.kronor} kronor över, och de gick en i taget till de delar som hade störst decimaler`,
    en: (a: { readonly kronor: string }) =>
      `when every part had been rounded down, ${a.kronor} kronor were left over, and they went one at a time to the parts with the largest decimals`,
  },
  rank: {
    sv: (a: { readonly rank: number; readonly competing: number }) =>
      `, och decimalerna här kom på plats ${a.rank} av ${a.competing}`,
    en: (a: { readonly rank: number; readonly competing: number }) =>
      `, and the decimals here ranked ${a.rank} of ${a.competing}`,
  },
  tie: {
    sv: (a: { readonly parts: string }) =>
      `; decimalerna var lika stora för ${a.parts}, och ordningen i dokumentet avgjorde`,
    en: (a: { readonly parts: string }) => `; the decimals were equal for ${a.parts}, and document order decided`,
  },
  theRest: { sv: 'resten', en: 'the rest' },
  and: { sv: 'och', en: 'and' },
  more: {
    sv: (a: { readonly count: number }) => `${a.count} till`,
    en: (a: { readonly count: number }) => `${a.count} more`,
  },

  // The trace of an allocation.
  cannotCompute: { sv: 'kan inte beräknas', en: 'cannot be computed' },
  funds: { sv: 'Fonder', en: 'Funds' },
  totalTo: {
    sv: (a: Named & Amount) => `Totalt till ${a.name}: ${a.amount}`,
    en: (a: Named & Amount) => `Total to ${a.name}: ${a.amount}`,
  },
  leftInFund: {
    sv: (a: Amount & { readonly fund: string }) => `${a.amount} kvar i fonden ${a.fund}`,
    en: (a: Amount & { readonly fund: string }) => `${a.amount} left in the fund ${a.fund}`,
  },
  step: {
    sv: (a: { readonly number: number }) => `Steg ${a.number}`,
    en: (a: { readonly number: number }) => `Step ${a.number}`,
  },
  receives: { sv: 'får', en: 'receives' },
  fromFund: {
    sv: (a: { readonly fund: string }) => ` (ur fonden ${a.fund})`,
    en: (a: { readonly fund: string }) => ` (from the fund ${a.fund})`,
  },
  fixedSum: { sv: 'fast belopp', en: 'a fixed sum' },
  eachMember: {
    sv: (a: Amount & { readonly members: number }) =>
      `${a.amount} till var och en av ${a.members} ${a.members === 1 ? 'medlem' : 'medlemmar'}`,
    en: (a: Amount & { readonly members: number }) =>
      `${a.amount} to each of ${a.members} ${a.members === 1 ? 'member' : 'members'}`,
  },
  of: { sv: 'av', en: 'of' },
  restOf: { sv: (a: Amount) => `resten av ${a.amount}`, en: (a: Amount) => `the rest of ${a.amount}` },
  inEqualParts: { sv: 'i lika delar', en: 'in equal parts' },
  by: { sv: 'efter', en: 'by' },

  // Where a fund's amount comes from.
  amountStated: { sv: 'Beloppet står i fördelningen.', en: 'The allocation states the amount.' },
  sum: { sv: 'Summa', en: 'Sum' },
  allocationStates: {
    sv: (a: Amount) => `Fördelningen anger ${a.amount}.`,
    en: (a: Amount) => `The allocation states ${a.amount}.`,
  },
  section: { sv: 'avsnitt', en: 'section' },
  derivedFund: {
    sv: 'Fördelningen anger inget belopp; fondens belopp är summan av raderna som tar ur den:',
    en: "The allocation states no amount; the fund's amount is the sum of the lines that draw on it:",
  },
  agreementCell: {
    sv: (a: Amount & { readonly agreement: string; readonly area: string; readonly column: string }) =>
      `Överenskommelsen ${a.agreement}, område ${a.area}, kolumn ${a.column}: ${a.amount} att fördela`,
    en: (a: Amount & { readonly agreement: string; readonly area: string; readonly column: string }) =>
      `Agreement ${a.agreement}, area ${a.area}, column ${a.column}: ${a.amount} to distribute`,
  },
  unitGets: {
    sv: (a: Amount & { readonly unit: string; readonly base: string }) => `${a.unit} får ${a.amount} av ${a.base}`,
    en: (a: Amount & { readonly unit: string; readonly base: string }) => `${a.unit} receives ${a.amount} of ${a.base}`,
  },
  fixedPerUnit: { sv: 'fast belopp per enhet', en: 'a fixed sum per unit' },

  // The trace of an agreement.
  cellPlace: {
    sv: (a: { readonly area: string; readonly column: string }) => `Område ${a.area}, kolumn ${a.column}`,
    en: (a: { readonly area: string; readonly column: string }) => `Area ${a.area}, column ${a.column}`,
  },
  exactBeforeRounding: {
    sv: (a: { readonly fraction: string }) => `Exakt före avrundning: ${a.fraction} kr`,
    en: (a: { readonly fraction: string }) => `Exact before rounding: ${a.fraction} kr`,
  },

  // A share in words.
  whole: { sv: 'hela', en: 'all' },
  half: { sv: 'hälften', en: 'half' },
})
