import { defineMessages } from './define-messages.js'

type File = { file: string }
type FileReason = { file: string; reason: string }

/**
 * The command line's own words: failures, the lint report's words and
 * counts, the workspace setup (root, config, baseline, output files), fixes
 * and rules. Help texts are in `cli-help.ts`; the words of `data`, `init`
 * and the commands that work on one spec are in their own groups.
 */
export const cliMessages = defineMessages({
  internalError: {
    sv: (a: { detail: string; url: string }) =>
      `fordela: internt fel: ${a.detail}\nRapportera gärna: ${a.url} (kör med --debug för detaljer)\n`,
    en: (a: { detail: string; url: string }) =>
      `fordela: internal error: ${a.detail}\nPlease report: ${a.url} (run with --debug for details)\n`,
  },
  notACount: {
    sv: (a: { value: string }) => `"${a.value}" är inget heltal ≥ 0`,
    en: (a: { value: string }) => `"${a.value}" is not a whole number ≥ 0`,
  },
  notAPort: {
    sv: (a: { value: string }) => `"${a.value}" är ingen port (0–65535)`,
    en: (a: { value: string }) => `"${a.value}" is not a port (0–65535)`,
  },

  // "Did you mean", said the same way everywhere.
  didYouMeanOne: {
    sv: (a: { suggestion: string }) => `Menade du "${a.suggestion}"?`,
    en: (a: { suggestion: string }) => `Did you mean "${a.suggestion}"?`,
  },
  /** `choices` is already a list joined with {@link cliMessages.or}. */
  didYouMeanAny: {
    sv: (a: { choices: string }) => `Menade du ${a.choices}?`,
    en: (a: { choices: string }) => `Did you mean ${a.choices}?`,
  },
  or: { sv: 'eller', en: 'or' },

  // The report's words.
  severityError: { sv: 'fel', en: 'error' },
  severityWarning: { sv: 'varning', en: 'warning' },
  severityInfo: { sv: 'info', en: 'info' },
  countErrors: {
    sv: (a: { count: number }) => `${a.count} fel`,
    en: (a: { count: number }) => `${a.count} ${a.count === 1 ? 'error' : 'errors'}`,
  },
  countWarnings: {
    sv: (a: { count: number }) => `${a.count} ${a.count === 1 ? 'varning' : 'varningar'}`,
    en: (a: { count: number }) => `${a.count} ${a.count === 1 ? 'warning' : 'warnings'}`,
  },
  countInfos: {
    sv: (a: { count: number }) => `${a.count} info`,
    en: (a: { count: number }) => `${a.count} info`,
  },
  countProblems: {
    sv: (a: { count: number }) => `${a.count} problem`,
    en: (a: { count: number }) => `${a.count} ${a.count === 1 ? 'problem' : 'problems'}`,
  },
  hintLabel: { sv: 'Tips', en: 'Hint' },
  seeAlso: { sv: 'Se även', en: 'See also' },
  noProblems: {
    sv: (a: { files: number }) => `✔ Inga problem i ${a.files} ${a.files === 1 ? 'fil' : 'filer'}.`,
    en: (a: { files: number }) => `✔ No problems in ${a.files} ${a.files === 1 ? 'file' : 'files'}.`,
  },
  // "fynd" is neuter: 1 fynd undantaget/dolt, 2 fynd undantagna/dolda.
  hiddenBySuppression: {
    sv: (a: { count: number }) =>
      `${a.count} fynd ${a.count === 1 ? 'undantaget' : 'undantagna'} med fordela-disable-next-line`,
    en: (a: { count: number }) =>
      `${a.count} ${a.count === 1 ? 'finding' : 'findings'} suppressed with fordela-disable-next-line`,
  },
  hiddenByBaseline: {
    sv: (a: { count: number }) => `${a.count} fynd ${a.count === 1 ? 'dolt' : 'dolda'} av baslinjen`,
    en: (a: { count: number }) => `${a.count} hidden by the baseline`,
  },
  hiddenAlso: {
    sv: (a: { parts: string }) => `(Dessutom: ${a.parts}.)`,
    en: (a: { parts: string }) => `(Also: ${a.parts}.)`,
  },
  tooManyWarnings: {
    sv: (a: { count: number; max: number }) =>
      `fordela: för många varningar: ${a.count}, men --max-warnings tillåter ${a.max}.\n`,
    en: (a: { count: number; max: number }) =>
      `fordela: too many warnings: ${a.count}, but --max-warnings allows ${a.max}.\n`,
  },

  // Where lint runs: root, config, paths.
  noSuchRoot: {
    sv: (a: { root: string }) => `--root ${a.root}: mappen finns inte.`,
    en: (a: { root: string }) => `--root ${a.root}: no such folder.`,
  },
  cannotReadConfig: {
    sv: (a: FileReason) => `${a.file}: konfigurationen kan inte läsas: ${a.reason}.`,
    en: (a: FileReason) => `${a.file}: cannot read the config: ${a.reason}.`,
  },
  configInvalid: { sv: 'konfigurationen är ogiltig:', en: 'the config is invalid:' },
  outsideWorkspace: {
    sv: (a: { path: string; root: string }) =>
      `${a.path}: ligger utanför arbetsytan ${a.root}; ange --root eller kör fordela i en mapp ovanför.`,
    en: (a: { path: string; root: string }) =>
      `${a.path}: lies outside the workspace ${a.root}; pass --root or run fordela from a folder above it.`,
  },
  noSuchFileOrFolder: {
    sv: (a: { path: string }) => `${a.path}: filen eller mappen finns inte.`,
    en: (a: { path: string }) => `${a.path}: no such file or folder.`,
  },
  cannotWriteFile: {
    sv: (a: FileReason) => `${a.file}: kan inte skriva filen: ${a.reason}.`,
    en: (a: FileReason) => `${a.file}: cannot write the file: ${a.reason}.`,
  },

  // The config file's problems.
  configNotMapping: {
    sv: 'Konfigurationen ska vara en mappning (nyckel: värde).',
    en: 'The config must be a mapping (key: value).',
  },
  configMaxWarnings: { sv: 'maxWarnings ska vara ett heltal ≥ 0.', en: 'maxWarnings must be a whole number ≥ 0.' },
  configRulesNotMapping: {
    sv: 'rules ska vara en mappning: regel-id: error|warning|info|off.',
    en: 'rules must be a mapping: rule-id: error|warning|info|off.',
  },
  configGlobs: {
    sv: (a: { key: string }) => `${a.key} ska vara en lista av mönster, t.ex. ["arkiv/**"].`,
    en: (a: { key: string }) => `${a.key} must be a list of patterns, e.g. ["arkiv/**"].`,
  },
  configNotAllowed: {
    sv: (a: { key: string; written: string; allowed: string }) =>
      `${a.key}: "${a.written}" är inte tillåtet; välj ett av ${a.allowed}.`,
    en: (a: { key: string; written: string; allowed: string }) =>
      `${a.key}: "${a.written}" is not allowed; choose one of ${a.allowed}.`,
  },
  configMappingNotAllowed: {
    sv: (a: { key: string; allowed: string }) => `${a.key}: "en mappning" är inte tillåtet; välj ett av ${a.allowed}.`,
    en: (a: { key: string; allowed: string }) => `${a.key}: "a mapping" is not allowed; choose one of ${a.allowed}.`,
  },
  configListNotAllowed: {
    sv: (a: { key: string; allowed: string }) => `${a.key}: "en lista" är inte tillåtet; välj ett av ${a.allowed}.`,
    en: (a: { key: string; allowed: string }) => `${a.key}: "a list" is not allowed; choose one of ${a.allowed}.`,
  },
  unknownKeyMeant: {
    sv: (a: { written: string; suggestion: string }) => `Okänd nyckel "${a.written}". Menade du "${a.suggestion}"?`,
    en: (a: { written: string; suggestion: string }) => `Unknown key "${a.written}". Did you mean "${a.suggestion}"?`,
  },
  unknownKeyAllowed: {
    sv: (a: { written: string; allowed: string }) => `Okänd nyckel "${a.written}"; tillåtna: ${a.allowed}.`,
    en: (a: { written: string; allowed: string }) => `Unknown key "${a.written}"; allowed: ${a.allowed}.`,
  },
  unknownKeyListed: {
    sv: (a: { written: string }) => `Okänd nyckel "${a.written}"; \`fordela rules\` listar alla.`,
    en: (a: { written: string }) => `Unknown key "${a.written}"; \`fordela rules\` lists them all.`,
  },
  unknownRuleMeant: {
    sv: (a: { written: string; suggestion: string }) => `Okänd regel "${a.written}". Menade du "${a.suggestion}"?`,
    en: (a: { written: string; suggestion: string }) => `Unknown rule "${a.written}". Did you mean "${a.suggestion}"?`,
  },
  unknownRuleAllowed: {
    sv: (a: { written: string; allowed: string }) => `Okänd regel "${a.written}"; tillåtna: ${a.allowed}.`,
    en: (a: { written: string; allowed: string }) => `Unknown rule "${a.written}"; allowed: ${a.allowed}.`,
  },
  unknownRuleListed: {
    sv: (a: { written: string }) => `Okänd regel "${a.written}"; \`fordela rules\` listar alla.`,
    en: (a: { written: string }) => `Unknown rule "${a.written}"; \`fordela rules\` lists them all.`,
  },
  limitsNotMapping: {
    sv: (a: { keys: string }) => `limits ska vara en mappning med ${a.keys}.`,
    en: (a: { keys: string }) => `limits must be a mapping of ${a.keys}.`,
  },
  unknownLimitMeant: {
    sv: (a: { written: string; suggestion: string }) => `Okänd gräns "${a.written}". Menade du "${a.suggestion}"?`,
    en: (a: { written: string; suggestion: string }) => `Unknown limit "${a.written}". Did you mean "${a.suggestion}"?`,
  },
  unknownLimitAllowed: {
    sv: (a: { written: string; allowed: string }) => `Okänd gräns "${a.written}". Tillåtna: ${a.allowed}.`,
    en: (a: { written: string; allowed: string }) => `Unknown limit "${a.written}". Allowed: ${a.allowed}.`,
  },
  limitAboveCeiling: {
    sv: (a: { key: string; ceiling: string }) => `limits.${a.key} får vara högst ${a.ceiling}.`,
    en: (a: { key: string; ceiling: string }) => `limits.${a.key} may be at most ${a.ceiling}.`,
  },
  limitNotCount: {
    sv: (a: { key: string }) => `limits.${a.key} ska vara ett heltal ≥ 1.`,
    en: (a: { key: string }) => `limits.${a.key} must be a whole number ≥ 1.`,
  },

  // The baseline.
  noSuchBaseline: {
    sv: (a: File) => `${a.file}: baslinjen finns inte; skapa den med --baseline-write.`,
    en: (a: File) => `${a.file}: no such baseline; create it with --baseline-write.`,
  },
  cannotReadBaseline: {
    sv: (a: FileReason) => `${a.file}: baslinjen kan inte läsas: ${a.reason}.`,
    en: (a: FileReason) => `${a.file}: cannot read the baseline: ${a.reason}.`,
  },
  baselineBroken: {
    sv: (a: { file: string; problem: string }) =>
      `${a.file}: baslinjen är trasig (${a.problem}); skriv om den med --baseline-write.`,
    en: (a: { file: string; problem: string }) =>
      `${a.file}: the baseline is broken (${a.problem}); rewrite it with --baseline-write.`,
  },
  wroteBaseline: {
    sv: (a: { file: string; count: number }) => `fordela: skrev baslinjen ${a.file} med ${a.count} fynd.\n`,
    en: (a: { file: string; count: number }) =>
      `fordela: wrote the baseline ${a.file} with ${a.count} ${a.count === 1 ? 'finding' : 'findings'}.\n`,
  },

  // lint --fix and --fix-dry-run.
  nothingToFix: { sv: 'fordela: inget att rätta automatiskt.\n', en: 'fordela: nothing to fix automatically.\n' },
  fixed: {
    sv: (a: { count: number; files: number }) =>
      `fordela: rättade ${a.count} fynd i ${a.files} ${a.files === 1 ? 'fil' : 'filer'}.\n`,
    en: (a: { count: number; files: number }) =>
      `fordela: fixed ${a.count} ${a.count === 1 ? 'finding' : 'findings'} in ${a.files} ${a.files === 1 ? 'file' : 'files'}.\n`,
  },
  wouldFix: {
    sv: (a: { count: number; files: number }) =>
      `fordela: skulle rätta ${a.count} fynd i ${a.files} ${a.files === 1 ? 'fil' : 'filer'}; kör med --fix för att göra det.\n`,
    en: (a: { count: number; files: number }) =>
      `fordela: would fix ${a.count} ${a.count === 1 ? 'finding' : 'findings'} in ${a.files} ${a.files === 1 ? 'file' : 'files'}; run with --fix to do it.\n`,
  },
  wouldRemain: {
    sv: (a: { errors: number; warnings: number }) =>
      `fordela: efter rättningarna skulle fordela lint ändå hitta ${a.errors} fel och ${a.warnings} ${a.warnings === 1 ? 'varning' : 'varningar'}.\n`,
    en: (a: { errors: number; warnings: number }) =>
      `fordela: after the fixes, fordela lint would still find ${a.errors} ${a.errors === 1 ? 'error' : 'errors'} and ${a.warnings} ${a.warnings === 1 ? 'warning' : 'warnings'}.\n`,
  },
  moreLines: {
    sv: (a: { count: number }) => `… ${a.count} rader till`,
    en: (a: { count: number }) => `… ${a.count} more lines`,
  },

  // Rules.
  unknownRuleId: {
    sv: (a: { id: string; guess: string }) => `okänd regel "${a.id}".${a.guess} \`fordela rules\` listar alla.`,
    en: (a: { id: string; guess: string }) => `unknown rule "${a.id}".${a.guess} \`fordela rules\` lists them all.`,
  },
  ruleDefaultSeverity: { sv: 'Standardallvarlighet', en: 'Default severity' },
  ruleDocumentation: { sv: 'Dokumentation', en: 'Documentation' },
})
