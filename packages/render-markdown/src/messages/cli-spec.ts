import { defineMessages } from './define-messages.js'

type Spec = { spec: string }

/**
 * The command line's words around one spec: `fordela render` (and
 * `--check`), `explain`, `diff` and `studio`. The explanations and
 * comparisons themselves are in `explain.ts` and `diff.ts`.
 */
export const cliSpecMessages = defineMessages({
  noSuchSpec: {
    sv: (a: Spec) => `${a.spec}: filen finns inte.`,
    en: (a: Spec) => `${a.spec}: no such file.`,
  },
  notASpec: {
    sv: (a: Spec) =>
      `${a.spec}: filen kan inte läsas som en fördelningsspec; kör fordela lint ${a.spec} för att se varför.`,
    en: (a: Spec) => `${a.spec}: the file cannot be read as a fördelningsspec; run fordela lint ${a.spec} to see why.`,
  },
  notAnAllocation: {
    sv: (a: { spec: string; kind: string }) =>
      `${a.spec}: är ett dokument av slaget ${a.kind}, men här behövs en fördelning (Allocation).`,
    en: (a: { spec: string; kind: string }) =>
      `${a.spec}: is a document of kind ${a.kind}, but an allocation (Allocation) is needed here.`,
  },
  amountsIncomplete: {
    sv: (a: { spec: string; errors: number }) =>
      `fordela: ${a.spec} har ${a.errors} fel (se fordela lint ${a.spec}); beloppen kan vara ofullständiga.\n`,
    en: (a: { spec: string; errors: number }) =>
      `fordela: ${a.spec} has ${a.errors} ${a.errors === 1 ? 'error' : 'errors'} (see fordela lint ${a.spec}); the amounts may be incomplete.\n`,
  },

  // fordela render
  checkIsMarkdown: {
    sv: '--check jämför Markdown; ett Word-dokument (.docx) skrivs om från specen i stället.',
    en: '--check compares Markdown; a Word document (.docx) is written afresh from the spec instead.',
  },
  referenceDocNeedsDocx: {
    sv: '--reference-doc gäller bara när -o är en .docx-fil.',
    en: '--reference-doc applies only when -o is a .docx file.',
  },
  nothingRendered: {
    sv: (a: Spec) => `fordela: ${a.spec} har fel, så inget renderades.\n`,
    en: (a: Spec) => `fordela: ${a.spec} has errors, so nothing was rendered.\n`,
  },
  renderedAsDraft: {
    sv: 'fordela: dokumentet renderas som utkast: det börjar med "Utkast — innehåller fel" och listar felen ovan, och render avslutar med kod 1 tills de är rättade.\n',
    en: 'fordela: the document is rendered as a draft: it opens with "Utkast — innehåller fel" and lists the errors above, and render exits with 1 until they are fixed.\n',
  },
  noRendering: {
    sv: (a: { spec: string; kind: string }) =>
      `${a.spec}: ett dokument av slaget ${a.kind} renderas inte; render tar Allocation, Agreement och ActionPlan.`,
    en: (a: { spec: string; kind: string }) =>
      `${a.spec}: a document of kind ${a.kind} has no rendering; render takes Allocation, Agreement and ActionPlan.`,
  },
  referenceDocTooLarge: {
    sv: (a: { file: string; megabytes: number }) => `--reference-doc ${a.file}: filen är större än ${a.megabytes} MB.`,
    en: (a: { file: string; megabytes: number }) =>
      `--reference-doc ${a.file}: the file is larger than ${a.megabytes} MB.`,
  },
  cannotReadReferenceDoc: {
    sv: (a: { file: string; reason: string }) => `--reference-doc ${a.file}: kan inte läsa filen: ${a.reason}.`,
    en: (a: { file: string; reason: string }) => `--reference-doc ${a.file}: cannot read the file: ${a.reason}.`,
  },

  // fordela render --check
  cannotReadCommitted: {
    sv: (a: { file: string; reason: string; spec: string }) =>
      `fordela: ${a.file} kan inte läsas: ${a.reason}; skapa den med fordela render ${a.spec} -o ${a.file}.\n`,
    en: (a: { file: string; reason: string; spec: string }) =>
      `fordela: cannot read ${a.file}: ${a.reason}; create it with fordela render ${a.spec} -o ${a.file}.\n`,
  },
  committedMatches: {
    sv: (a: { file: string; spec: string }) => `✔ ${a.file} stämmer med ${a.spec}.\n`,
    en: (a: { file: string; spec: string }) => `✔ ${a.file} matches ${a.spec}.\n`,
  },
  committedLabel: {
    sv: (a: { file: string }) => `${a.file} (incheckad)`,
    en: (a: { file: string }) => `${a.file} (committed)`,
  },
  renderedLabel: {
    sv: (a: { file: string }) => `${a.file} (renderad)`,
    en: (a: { file: string }) => `${a.file} (rendered)`,
  },
  committedOutOfDate: {
    sv: (a: { file: string; spec: string }) =>
      `fordela: ${a.file} är inte vad ${a.spec} renderar; uppdatera den med fordela render ${a.spec} -o ${a.file}.\n`,
    en: (a: { file: string; spec: string }) =>
      `fordela: ${a.file} is not what ${a.spec} renders; update it with fordela render ${a.spec} -o ${a.file}.\n`,
  },

  // fordela explain
  unitIsForAgreements: {
    sv: '--unit gäller en överenskommelse (Agreement); använd --party för en fördelning.',
    en: '--unit is for an agreement (Agreement); use --party for an allocation.',
  },
  partyFundAreForAllocations: {
    sv: '--party och --fund gäller en fördelning; använd --unit för en överenskommelse.',
    en: '--party and --fund are for an allocation; use --unit for an agreement.',
  },
  agreementNotEvaluated: {
    sv: (a: Spec) => `${a.spec}: överenskommelsen kunde inte räknas ut.`,
    en: (a: Spec) => `${a.spec}: the agreement could not be evaluated.`,
  },
  /** `hint` is ` Menade du "…"?` or empty. */
  noSuchUnit: {
    sv: (a: { unit: string; hint: string }) =>
      `--unit ${a.unit}: ingen cell i överenskommelsen ger den enheten något belopp.${a.hint}`,
    en: (a: { unit: string; hint: string }) =>
      `--unit ${a.unit}: no cell of the agreement gives that unit an amount.${a.hint}`,
  },
  noSuchParty: {
    sv: (a: { option: string; value: string; hint: string }) =>
      `${a.option} ${a.value}: fördelningen har ingen sådan part.${a.hint}`,
    en: (a: { option: string; value: string; hint: string }) =>
      `${a.option} ${a.value}: the allocation has no such party.${a.hint}`,
  },
  noSuchFund: {
    sv: (a: { option: string; value: string; hint: string }) =>
      `${a.option} ${a.value}: fördelningen har ingen sådan fond.${a.hint}`,
    en: (a: { option: string; value: string; hint: string }) =>
      `${a.option} ${a.value}: the allocation has no such fund.${a.hint}`,
  },

  // fordela diff
  giveTwoAllocations: {
    sv: 'ange två fördelningar, fordela diff <gammal> <ny>, eller jämför med git: fordela diff --base <ref>.',
    en: 'give two allocations, fordela diff <old> <new>, or compare with git: fordela diff --base <ref>.',
  },
  notInGit: {
    sv: (a: { folder: string; detail: string }) => `--base: ${a.folder} ligger inte i ett git-förråd (${a.detail}).`,
    en: (a: { folder: string; detail: string }) => `--base: ${a.folder} is not in a git repository (${a.detail}).`,
  },
  unknownRef: {
    sv: (a: { ref: string }) => `--base ${a.ref}: git känner inte till den referensen.`,
    en: (a: { ref: string }) => `--base ${a.ref}: git does not know that ref.`,
  },

  // fordela studio
  noSuchFolder: {
    sv: (a: { folder: string }) => `${a.folder}: mappen finns inte.`,
    en: (a: { folder: string }) => `${a.folder}: no such folder.`,
  },
  studioNotBuilt: {
    sv: (a: { folder: string }) => `studion är inte byggd (${a.folder} saknas); kör npm run build.`,
    en: (a: { folder: string }) => `the studio is not built (${a.folder} is missing); run npm run build.`,
  },
  studioServes: {
    sv: (a: { folder: string; url: string }) =>
      `Studion visar ${a.folder} på\n  ${a.url}\nÖppna adressen i webbläsaren. Avsluta med Ctrl-C.\n`,
    en: (a: { folder: string; url: string }) =>
      `The studio serves ${a.folder} at\n  ${a.url}\nOpen the address in your browser. Stop with Ctrl-C.\n`,
  },
})
