import { defineMessages } from './define-messages.js'

type Check = { readonly spec: string; readonly markdown: string }

/** The words of fordela's GitHub job summaries and pull-request comment. */
export const githubMessages = defineMessages({
  severity: { sv: 'Allvarlighet', en: 'Severity' },
  location: { sv: 'Plats', en: 'Location' },
  rule: { sv: 'Regel', en: 'Rule' },
  message: { sv: 'Meddelande', en: 'Message' },
  memo: { sv: 'Beslutsunderlag', en: 'Memo' },
  spec: { sv: 'Spec', en: 'Spec' },
  result: { sv: 'Resultat', en: 'Result' },
  upToDate: { sv: 'stämmer', en: 'up to date' },
  outOfDate: { sv: 'inaktuellt', en: 'out of date' },
  specHasErrors: { sv: 'specen har fel', en: 'the spec has errors' },
  notCompared: { sv: 'kunde inte jämföras', en: 'could not be compared' },
  renderDiff: { sv: 'skillnad mot det renderade', en: 'diff against the rendering' },
  memoStale: {
    sv: (a: Check) =>
      `${a.markdown} är inte vad ${a.spec} renderar; uppdatera den med fordela render ${a.spec} -o ${a.markdown}.`,
    en: (a: Check) =>
      `${a.markdown} is not what ${a.spec} renders; update it with fordela render ${a.spec} -o ${a.markdown}.`,
  },
  memoSpecErrors: {
    sv: (a: Check) =>
      `${a.spec} har fel, så beslutsunderlaget kunde inte renderas och jämföras; rätta det som fordela lint visar.`,
    en: (a: Check) =>
      `${a.spec} has errors, so its memo could not be rendered and compared; fix what fordela lint reports.`,
  },
  memoNotCompared: {
    sv: (a: Check) => `${a.markdown} kunde inte jämföras med ${a.spec}; se loggen.`,
    en: (a: Check) => `${a.markdown} could not be compared with ${a.spec}; see the log.`,
  },
  commentTooLong: {
    sv: '… Jämförelsen är för lång för en kommentar; hela finns i ',
    en: 'Too long for a comment; the whole diff is in ',
  },
  runSummary: { sv: 'körningens sammanfattning', en: "the run's summary" },
})
