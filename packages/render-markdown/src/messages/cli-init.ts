import { defineMessages } from './define-messages.js'

/** The words of `fordela init`: its errors and what it says it made and what to do next. */
export const cliInitMessages = defineMessages({
  yearWithoutLan: { sv: '--year gäller bara tillsammans med --lan.', en: '--year applies only with --lan.' },
  noAgreementForYear: {
    sv: (a: { year: string; years: string }) =>
      `--year ${a.year}: fordela har ingen överenskommelse för ${a.year}, bara för ${a.years}.`,
    en: (a: { year: string; years: string }) =>
      `--year ${a.year}: fordela has no agreement for ${a.year}, only for ${a.years}.`,
  },
  noSuchCounty: {
    sv: (a: { code: string; known: string }) => `--lan ${a.code}: inget län har den koden. Länskoderna: ${a.known}.`,
    en: (a: { code: string; known: string }) => `--lan ${a.code}: no län has that code. The codes: ${a.known}.`,
  },
  badActionRef: {
    sv: (a: { given: string; version: string }) =>
      `--action-ref ${a.given}: ange en tagg, gren eller commit (bokstäver, siffror, . _ / -), till exempel v${a.version}.`,
    en: (a: { given: string; version: string }) =>
      `--action-ref ${a.given}: give a tag, branch or commit (letters, digits, . _ / -), for example v${a.version}.`,
  },
  alreadyExist: {
    sv: (a: { files: string }) => `finns redan: ${a.files}. Inget skrevs; kör med --force för att skriva över.`,
    en: (a: { files: string }) => `already exist: ${a.files}. Nothing was written; run with --force to overwrite.`,
  },

  // After a county scaffold (--lan).
  createdCounty: {
    sv: (a: { county: string; year: string; files: string }) =>
      `Skapade ett förråd för ${a.county} ${a.year}:\n${a.files}\n\n`,
    en: (a: { county: string; year: string; files: string }) =>
      `Created a repository for ${a.county} ${a.year}:\n${a.files}\n\n`,
  },
  knownFindings: {
    sv: (a: { baseline: string; findings: string }) =>
      `Kända fynd i de nationella filerna, dolda av baslinjen ${a.baseline} men kvar i rapporten:\n${a.findings}\n\n`,
    en: (a: { baseline: string; findings: string }) =>
      `Known findings in the national files, hidden by the baseline ${a.baseline} but still reported:\n${a.findings}\n\n`,
  },
  /** `enter` is `cd <dir> && ` or empty. */
  countyNextSteps: {
    sv: (a: { enter: string }) =>
      'Nästa steg:\n' +
      '  1. Gå igenom parter.yaml: det som fordelas källor saknar står i filen och ska fyllas i av er, med källa.\n' +
      '  2. Skriv länets första fördelning i fordelningar/ och lägg till den under render-check i .github/workflows/fordela.yml.\n' +
      `  3. ${a.enter}fordela lint\n`,
    en: (a: { enter: string }) =>
      'Next steps:\n' +
      "  1. Go through parter.yaml: what fordela's sources lack is said in the file, for you to fill in with a source.\n" +
      "  2. Write the county's first allocation in fordelningar/ and add it under render-check in .github/workflows/fordela.yml.\n" +
      `  3. ${a.enter}fordela lint\n`,
  },

  // After the example scaffold.
  createdExample: {
    sv: (a: { files: string; enter: string; allocation: string; memo: string }) =>
      `Skapade:\n${a.files}\n\nNästa steg:\n` +
      '  1. Byt exempeldatan i data/befolkning-exempel.yaml mot SCB:s folkmängd och parterna i parter.yaml mot era egna.\n' +
      `  2. ${a.enter}fordela lint && fordela render ${a.allocation} -o ${a.memo}\n`,
    en: (a: { files: string; enter: string; allocation: string; memo: string }) =>
      `Created:\n${a.files}\n\nNext steps:\n` +
      "  1. Replace the example data in data/befolkning-exempel.yaml with SCB's population and the parties in parter.yaml with your own.\n" +
      `  2. ${a.enter}fordela lint && fordela render ${a.allocation} -o ${a.memo}\n`,
  },
})
