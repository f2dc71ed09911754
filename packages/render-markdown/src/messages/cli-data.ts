import { defineMessages } from './define-messages.js'

type Value = { value: string }

/** The words of `fordela data import` and `fordela data fetch`: option errors, progress and results. */
export const cliDataMessages = defineMessages({
  // Options.
  badRegions: {
    sv: (a: Value) => `--regions: "${a.value}" ska vara kommuner, lan eller both.`,
    en: (a: Value) => `--regions: "${a.value}" must be kommuner, lan or both.`,
  },
  badAgeRange: {
    sv: (a: { value: string; max: number }) =>
      `--sum-age: "${a.value}" ska vara två åldrar med bindestreck, den första högst den andra och högst ${a.max} (till exempel 0-18).`,
    en: (a: { value: string; max: number }) =>
      `--sum-age: "${a.value}" must be two ages with a hyphen, the first at most the second and at most ${a.max} (for example 0-18).`,
  },
  badDate: {
    sv: (a: { option: string; value: string }) => `${a.option}: "${a.value}" är inget datum ÅÅÅÅ-MM-DD.`,
    en: (a: { option: string; value: string }) => `${a.option}: "${a.value}" is not a date YYYY-MM-DD.`,
  },
  badId: {
    sv: (a: Value) => `--id: "${a.value}" ska vara små bokstäver a–z, siffror och bindestreck.`,
    en: (a: Value) => `--id: "${a.value}" must be lower-case letters a–z, digits and hyphens.`,
  },
  badTableOption: {
    sv: (a: Value) => `--table: "${a.value}" är inget tabell-id.`,
    en: (a: Value) => `--table: "${a.value}" is not a table id.`,
  },
  badTable: {
    sv: (a: Value) => `"${a.value}" är inget tabell-id (till exempel TAB638).`,
    en: (a: Value) => `"${a.value}" is not a table id (for example TAB638).`,
  },
  badContents: {
    sv: (a: Value) => `--contents: "${a.value}" är ingen innehållskod.`,
    en: (a: Value) => `--contents: "${a.value}" is not a content code.`,
  },
  badTime: {
    sv: (a: Value) => `--time: "${a.value}" är ingen tid.`,
    en: (a: Value) => `--time: "${a.value}" is not a time.`,
  },
  badApi: {
    sv: (a: Value) => `--api: "${a.value}" är ingen http(s)-adress.`,
    en: (a: Value) => `--api: "${a.value}" is not an http(s) address.`,
  },

  // data import
  noSuchFile: {
    sv: (a: { file: string }) => `${a.file}: filen finns inte.`,
    en: (a: { file: string }) => `${a.file}: no such file.`,
  },
  fileTooLarge: {
    sv: (a: { file: string; max: number }) => `${a.file}: filen är större än ${a.max} byte.`,
    en: (a: { file: string; max: number }) => `${a.file}: the file is larger than ${a.max} bytes.`,
  },
  nothingWritten: { sv: 'Inget skrevs.\n', en: 'Nothing was written.\n' },
  wouldOverwriteSource: {
    sv: (a: { file: string }) =>
      `${a.file}: importen skulle skriva över filen den läser; välj en annan mapp med --out-dir eller ett annat --id.`,
    en: (a: { file: string }) =>
      `${a.file}: the import would overwrite the file it reads; choose another folder with --out-dir or another --id.`,
  },
  cannotWriteFiles: {
    sv: (a: { folder: string; reason: string }) => `${a.folder}: kan inte skriva filerna (${a.reason}); inget skrevs.`,
    en: (a: { folder: string; reason: string }) =>
      `${a.folder}: cannot write the files (${a.reason}); nothing was written.`,
  },

  // What was imported.
  wrote: { sv: 'Skrev', en: 'Wrote' },
  unchanged: { sv: 'Oförändrat (filerna har redan detta innehåll)', en: 'Unchanged (the files already hold this)' },
  kommuner: { sv: 'kommuner', en: 'kommuner (municipalities)' },
  lan: { sv: 'län', en: 'län (counties)' },
  total: { sv: 'summa', en: 'total' },

  // data fetch
  attempt: {
    sv: (a: { attempt: number; attempts: number; url: string }) =>
      `Försök ${a.attempt} av ${a.attempts}: POST ${a.url}`,
    en: (a: { attempt: number; attempts: number; url: string }) =>
      `Attempt ${a.attempt} of ${a.attempts}: POST ${a.url}`,
  },
  answerTooLarge: {
    sv: (a: { max: number }) => `svaret är större än ${a.max} byte`,
    en: (a: { max: number }) => `the answer is larger than ${a.max} bytes`,
  },
  received: {
    sv: (a: { bytes: number }) => `Tog emot ${a.bytes} byte.`,
    en: (a: { bytes: number }) => `Received ${a.bytes} bytes.`,
  },
  retrying: {
    sv: (a: { detail: string; wait: string }) => `${a.detail}; nytt försök om ${a.wait}.`,
    en: (a: { detail: string; wait: string }) => `${a.detail}; retrying in ${a.wait}.`,
  },
  /** A wait of whole or tenths of seconds: `1,5 s`, `1.5 s` (a decimal point in English). */
  seconds: {
    sv: (a: { seconds: number }) => `${String(a.seconds).replace('.', ',')} s`,
    en: (a: { seconds: number }) => `${a.seconds} s`,
  },
  unreachable: {
    sv: (a: { detail: string }) =>
      `Kunde inte nå SCB (${a.detail}). Är datorn utan internet eller stoppar en brandvägg anropet?`,
    en: (a: { detail: string }) =>
      `Could not reach SCB (${a.detail}). Is the machine offline, or does a firewall stop the request?`,
  },
  refused: {
    sv: (a: { detail: string }) => `SCB svarade inte med tabellen (${a.detail}).`,
    en: (a: { detail: string }) => `SCB did not answer with the table (${a.detail}).`,
  },
  /** `sumAge` is ` --sum-age 0-18` or empty. */
  downloadByHand: {
    sv: (a: { table: string; sumAge: string }) =>
      `Ladda ner tabellen för hand i stället: öppna https://www.statistikdatabasen.scb.se, sök ${a.table}, gör urvalet och spara som CSV (semikolonavgränsad, med koder och namn) eller JSON-stat 2.0. Kör sedan: fordela data import <filen>${a.sumAge} --table ${a.table}. Steg för steg: docs/sv/hamta-befolkning-fran-scb.md.`,
    en: (a: { table: string; sumAge: string }) =>
      `Download the table by hand instead: open https://www.statistikdatabasen.scb.se, search for ${a.table}, make the selection and save it as CSV (semicolon-separated, with codes and names) or JSON-stat 2.0. Then run: fordela data import <the file>${a.sumAge} --table ${a.table}. Step by step: docs/sv/hamta-befolkning-fran-scb.md.`,
  },
  answerNotImported: {
    sv: 'Svaret gick inte att importera; inget skrevs.\n',
    en: 'The answer could not be imported; nothing was written.\n',
  },
  keptAnswer: {
    sv: (a: { file: string }) => `Sparade SCB:s svar som ${a.file}.\n`,
    en: (a: { file: string }) => `Kept SCB's answer as ${a.file}.\n`,
  },
})
