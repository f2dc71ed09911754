import { describeFileError } from '../describe-file-error.js'
import { defineRule } from '../define-rule.js'

/** Rules of the `ref/` category. */
export const refRules = {
  'ref/outside-workspace': defineRule<{ ref: string }>({
    severity: 'error',
    title: {
      sv: 'En referens pekar ut ur arbetsytan.',
      en: 'A reference points out of the workspace.',
    },
    message: {
      sv: (a) =>
        `Referensen "${a.ref}" pekar ut ur arbetsytan, så filen läses inte: bara filer under arbetsytans rotmapp får användas.`,
      en: (a) =>
        `The reference "${a.ref}" points out of the workspace, so the file is not read: only files under the workspace root may be used.`,
    },
    hint: {
      sv: () => 'Flytta eller kopiera filen in i arbetsytan och referera till den med en relativ sökväg eller dess id.',
      en: () => 'Move or copy the file into the workspace and refer to it by a relative path or by its id.',
    },
  }),
  'ref/unknown-document': defineRule<{ ref: string; expected: string }>({
    severity: 'error',
    title: {
      sv: 'En referens pekar på ett dokument som inte finns.',
      en: 'A reference names a document that does not exist.',
    },
    message: {
      sv: (a) => `Det finns inget dokument "${a.ref}" i arbetsytan; här väntas ett ${a.expected}-dokument.`,
      en: (a) => `There is no document "${a.ref}" in the workspace; a ${a.expected} document is expected here.`,
    },
    hint: {
      sv: () => 'Ange dokumentets id eller en sökväg relativt den här filens mapp.',
      en: () => "Give the document's id or a path relative to this file's folder.",
    },
  }),
  'ref/wrong-kind': defineRule<{ ref: string; expected: string; found: string }>({
    severity: 'error',
    title: {
      sv: 'En referens pekar på ett dokument av fel slag.',
      en: 'A reference names a document of the wrong kind.',
    },
    message: {
      sv: (a) => `"${a.ref}" är ett ${a.found}-dokument, men här väntas ett ${a.expected}-dokument.`,
      en: (a) => `"${a.ref}" is a ${a.found} document, but a ${a.expected} document is expected here.`,
    },
    hint: {
      sv: (a) => `Referera till ett dokument med kind: ${a.expected}.`,
      en: (a) => `Refer to a document with kind: ${a.expected}.`,
    },
  }),
  'ref/duplicate-id': defineRule<{ id: string; first: string }>({
    severity: 'error',
    title: {
      sv: 'Två dokument i arbetsytan har samma id.',
      en: 'Two documents in the workspace have the same id.',
    },
    message: {
      sv: (a) => `Id:t "${a.id}" används redan av ${a.first}, så en referens till "${a.id}" vore tvetydig.`,
      en: (a) => `The id "${a.id}" is already used by ${a.first}, so a reference to "${a.id}" would be ambiguous.`,
    },
    hint: {
      sv: () => 'Ge dokumentet ett eget id.',
      en: () => 'Give the document an id of its own.',
    },
  }),
  'ref/cycle': defineRule<{ cycle: string }>({
    severity: 'error',
    title: {
      sv: 'Dokumenten refererar till varandra i en cirkel.',
      en: 'Documents refer to each other in a cycle.',
    },
    message: {
      sv: (a) => `Dokumenten refererar till varandra i en cirkel: ${a.cycle}. Ingen av dem kan då räknas ut först.`,
      en: (a) => `The documents refer to each other in a cycle: ${a.cycle}. None of them can then be worked out first.`,
    },
    hint: {
      sv: () => 'Ta bort en av referenserna i cirkeln, till exempel en previous som pekar framåt i tiden.',
      en: () => 'Remove one of the references in the cycle, for example a previous that points forward in time.',
    },
  }),
  'ref/file-unreadable': defineRule<{ path: string; reason: string }>({
    severity: 'error',
    title: {
      sv: 'En fil i arbetsytan kunde inte läsas.',
      en: 'A file in the workspace could not be read.',
    },
    message: {
      sv: (a) => `Filen ${a.path} kunde inte läsas: ${describeFileError(a.reason).sv}.`,
      en: (a) => `The file ${a.path} could not be read: ${describeFileError(a.reason).en}.`,
    },
    hint: {
      sv: () => 'Kontrollera att filen finns och att den går att läsa.',
      en: () => 'Check that the file exists and can be read.',
    },
  }),
  'ref/depends-on-broken-document': defineRule<{ ref: string }>({
    severity: 'warning',
    title: {
      sv: 'Beloppen kontrolleras inte eftersom ett dokument de bygger på har fel.',
      en: 'Amounts are not checked because a document they depend on has errors.',
    },
    message: {
      sv: (a) =>
        `${a.ref} har fel och kunde inte läsas, så beloppen i det här dokumentet räknas inte ut och kontrolleras inte; fynd om dem skulle bara följa av felen där.`,
      en: (a) =>
        `${a.ref} has errors and could not be read, so the amounts of this document are not computed or checked; findings about them would only follow from the errors there.`,
    },
    hint: {
      sv: (a) => `Rätta felen i ${a.ref} först; sedan räknas och kontrolleras beloppen här igen.`,
      en: (a) => `Fix the errors in ${a.ref} first; then the amounts here are computed and checked again.`,
    },
  }),
} as const
