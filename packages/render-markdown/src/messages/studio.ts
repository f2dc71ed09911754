import { defineMessages } from './define-messages.js'

/** The studio's interface: its buttons, headings, panels and status lines. */
export const studioMessages = defineMessages({
  appTitle: { sv: 'Fordela studio', en: 'Fordela studio' },
  skipToEditor: { sv: 'Hoppa till editorn', en: 'Skip to the editor' },
  toolbar: { sv: 'Verktyg', en: 'Tools' },
  openFolder: { sv: 'Öppna mapp', en: 'Open folder' },
  openFiles: { sv: 'Öppna filer eller zip', en: 'Open files or zip' },
  saveToFolder: { sv: 'Spara i mappen', en: 'Save to the folder' },
  saveToDisk: { sv: 'Spara till disk', en: 'Save to disk' },
  save: { sv: 'Spara', en: 'Save' },
  saveAsZip: { sv: 'Spara som zip', en: 'Save as zip' },
  saveToDiskHint: {
    sv: (a: { name: string }) => `Skriver de ändrade filerna till mappen ${a.name}, som fordela studio visar.`,
    en: (a: { name: string }) => `Writes the changed files to the folder ${a.name} that fordela studio serves.`,
  },
  saveToFolderHint: {
    sv: (a: { name: string }) => `Skriver de ändrade filerna tillbaka till mappen ${a.name} som du öppnade.`,
    en: (a: { name: string }) => `Writes the changed files back to the folder ${a.name} you opened.`,
  },
  saveAsZipHint: {
    sv: 'Filerna kommer inte från en mapp som studion kan skriva i, så alla filer laddas ner som en zip.',
    en: 'The files do not come from a folder the studio can write to, so every file is downloaded as a zip.',
  },
  saveNothingOpen: { sv: 'Inga filer är öppna.', en: 'No files are open.' },
  downloadZip: { sv: 'Ladda ner zip', en: 'Download zip' },
  downloadMemo: { sv: 'Ladda ner beslutsunderlaget (.md)', en: 'Download the memo (.md)' },
  printMemo: { sv: 'Skriv ut', en: 'Print' },
  language: { sv: 'Språk', en: 'Language' },
  startHeading: { sv: 'Börja här', en: 'Start here' },
  startIntro: {
    sv: 'Skriv en fördelning och se varje krona och beslutsunderlaget medan du skriver. Allt räknas i webbläsaren: inget skickas någonstans.',
    en: 'Write an allocation and see every krona and the memo as you type. Everything is computed in the browser: nothing is sent anywhere.',
  },
  examplesHeading: { sv: 'Exempel', en: 'Examples' },
  ownFilesHeading: { sv: 'Egna filer', en: 'Your own files' },
  ownFilesIntro: {
    sv: 'Öppna en mapp eller välj filer eller en zip med knapparna ovan, eller släpp dem på sidan.',
    en: 'Open a folder or choose files or a zip with the buttons above, or drop them on the page.',
  },
  filesHeading: { sv: 'Filer', en: 'Files' },
  files: { sv: 'Filer', en: 'Files' },
  findingsHeading: { sv: 'Fynd', en: 'Findings' },
  noFindings: { sv: 'Inga fynd.', en: 'No findings.' },
  baselineBroken: {
    sv: (a: { file: string; reason: string }) =>
      `Baslinjen ${a.file} används inte: ${a.reason}. fordela lint vägrar den också; skriv om den med fordela lint --baseline-write.`,
    en: (a: { file: string; reason: string }) =>
      `The baseline ${a.file} is not used: ${a.reason}. fordela lint refuses it too; rewrite it with fordela lint --baseline-write.`,
  },
  results: { sv: 'Resultat', en: 'Results' },
  views: { sv: 'Vyer', en: 'Views' },
  tabMemo: { sv: 'Beslutsunderlag', en: 'Memo' },
  tabParties: { sv: 'Vem får vad', en: 'Who gets what' },
  tabChanges: { sv: 'Ändringar', en: 'Changes' },
  unsaved: { sv: 'ändrad, inte sparad', en: 'changed, not saved' },
  noMemo: {
    sv: 'Öppna en fördelning (kind: Allocation) för att se dess beslutsunderlag.',
    en: 'Open an allocation (kind: Allocation) to see its memo.',
  },
  memoHasErrors: {
    sv: 'Fördelningen har fel: fordela render skriver inget beslutsunderlag och det kan inte laddas ner förrän fynden är rättade. Så här skulle det se ut:',
    en: 'The allocation has errors: fordela render writes no memo and it cannot be downloaded until the findings are fixed. This is how it would look:',
  },
  party: { sv: 'Part', en: 'Party' },
  total: { sv: 'Totalt', en: 'Total' },
  before: { sv: 'Förut', en: 'Before' },
  after: { sv: 'Nu', en: 'Now' },
  change: { sv: 'Ändring', en: 'Change' },
  noChanges: {
    sv: 'Inga belopp har ändrats sedan filerna öppnades.',
    en: 'No amount has changed since the files were opened.',
  },
  changesIntro: { sv: 'Jämfört med versionen som öppnades:', en: 'Compared with the version that was opened:' },
  hint: { sv: 'Tips', en: 'Hint' },
  didYouMean: { sv: 'Menade du', en: 'Did you mean' },
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'info', en: 'info' },
  cannotCompute: { sv: 'kan inte beräknas', en: 'cannot be computed' },
  savedFiles: {
    sv: (a: { count: number }) => `Sparade ${a.count} filer.`,
    en: (a: { count: number }) => `Saved ${a.count} files.`,
  },
  saveFailed: {
    sv: (a: { reason: string }) => `Kunde inte spara: ${a.reason}`,
    en: (a: { reason: string }) => `Could not save: ${a.reason}`,
  },
  openFailed: {
    sv: (a: { reason: string }) => `Kunde inte öppna: ${a.reason}`,
    en: (a: { reason: string }) => `Could not open: ${a.reason}`,
  },
  opened: {
    sv: (a: { count: number }) => `Öppnade ${a.count} filer.`,
    en: (a: { count: number }) => `Opened ${a.count} files.`,
  },
  restored: { sv: 'Dina ändringar från förra gången är återställda.', en: 'Your changes from last time are restored.' },
  noFolder: {
    sv: 'Den här webbläsaren kan inte öppna mappar; välj filer eller en zip i stället.',
    en: 'This browser cannot open folders; choose files or a zip instead.',
  },
  leaveUnsaved: { sv: 'Det finns ändringar som inte är sparade.', en: 'There are unsaved changes.' },
  heldBackHeading: { sv: 'Dina ändringar finns kvar', en: 'Your changes are still here' },
  heldBackExample: {
    sv: (a: { kept: string }) =>
      `Webbläsaren har ändringar i ${a.kept} som inte är sparade. De visas här i stället för exemplet i adressen, så att inget försvinner. Spara dem först om du vill behålla dem.`,
    en: (a: { kept: string }) =>
      `This browser holds unsaved changes to ${a.kept}. They are shown here instead of the example in the address, so that nothing is lost. Save them first if you want to keep them.`,
  },
  heldBackServed: {
    sv: (a: { kept: string; name: string }) =>
      `Webbläsaren har ändringar i ${a.kept} som inte är sparade. De visas här i stället för mappen ${a.name} som fordela studio visar, så att inget försvinner. Spara dem först om du vill behålla dem.`,
    en: (a: { kept: string; name: string }) =>
      `This browser holds unsaved changes to ${a.kept}. They are shown here instead of the folder ${a.name} that fordela studio serves, so that nothing is lost. Save them first if you want to keep them.`,
  },
  openExampleAnyway: { sv: 'Öppna exemplet ändå', en: 'Open the example anyway' },
  openServedAnyway: {
    sv: (a: { name: string }) => `Öppna mappen ${a.name} ändå`,
    en: (a: { name: string }) => `Open the folder ${a.name} anyway`,
  },
  keepMyChanges: { sv: 'Fortsätt med mina ändringar', en: 'Keep working on my changes' },
  sourceExamples: { sv: 'exemplen', en: 'the examples' },
  sourceFiles: {
    sv: (a: { name: string }) => `filerna du öppnade (${a.name})`,
    en: (a: { name: string }) => `the files you opened (${a.name})`,
  },
  sourceFolder: {
    sv: (a: { name: string }) => `mappen ${a.name}`,
    en: (a: { name: string }) => `the folder ${a.name}`,
  },
  sourceServed: {
    sv: (a: { name: string }) => `mappen ${a.name} från fordela studio`,
    en: (a: { name: string }) => `the folder ${a.name} from fordela studio`,
  },
})
