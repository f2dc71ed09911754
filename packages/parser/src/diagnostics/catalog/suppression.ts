import { defineRule } from '../define-rule.js'

/**
 * Rules of the `suppression/` category: about the inline comments
 * `# fordela-disable-next-line <rule-id> -- <reason>` that silence a finding
 * on the next line. The CLI reports them; the libraries never do.
 */
export const suppressionRules = {
  'suppression/missing-reason': defineRule<{ rule: string }>({
    severity: 'error',
    title: {
      sv: 'En fordela-disable-next-line-kommentar saknar motivering.',
      en: 'A fordela-disable-next-line comment gives no reason.',
    },
    message: {
      sv: (a) =>
        `Kommentaren tystar "${a.rule}" utan att säga varför; ett undantag utan motivering går inte att granska.`,
      en: (a) =>
        `The comment silences "${a.rule}" without saying why; an exception without a reason cannot be reviewed.`,
    },
    hint: {
      sv: (a) => `Skriv motiveringen efter två bindestreck: # fordela-disable-next-line ${a.rule} -- <motivering>`,
      en: (a) => `Write the reason after two hyphens: # fordela-disable-next-line ${a.rule} -- <reason>`,
    },
  }),
  'suppression/unused': defineRule<{ rule: string }>({
    severity: 'warning',
    title: {
      sv: 'En fordela-disable-next-line-kommentar tystar ingenting.',
      en: 'A fordela-disable-next-line comment silences nothing.',
    },
    message: {
      sv: (a) =>
        `Kommentaren tystar "${a.rule}", men nästa rad har inget sådant fynd, så undantaget behövs inte längre.`,
      en: (a) =>
        `The comment silences "${a.rule}", but the next line has no such finding, so the exception is no longer needed.`,
    },
    hint: {
      sv: () => 'Ta bort kommentaren, eller flytta den till raden ovanför fyndet.',
      en: () => 'Remove the comment, or move it to the line just above the finding.',
    },
  }),
  'suppression/unknown-rule': defineRule<{ rule: string; suggestion: string }>({
    severity: 'error',
    title: {
      sv: 'En fordela-disable-next-line-kommentar nämner ingen regel eller en regel som inte finns.',
      en: 'A fordela-disable-next-line comment names no rule, or a rule that does not exist.',
    },
    message: {
      sv: (a) =>
        a.rule === ''
          ? 'Kommentaren nämner ingen regel, så den tystar ingenting: den tystar bara de regler den nämner.'
          : `Det finns ingen regel "${a.rule}", så kommentaren tystar ingenting.${a.suggestion ? ` Menade du "${a.suggestion}"?` : ''}`,
      en: (a) =>
        a.rule === ''
          ? 'The comment names no rule, so it silences nothing: it silences only the rules it names.'
          : `There is no rule "${a.rule}", so the comment silences nothing.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    },
    hint: {
      sv: () => 'Skriv regelns id som det står i rapporten; `fordela rules` listar alla.',
      en: () => 'Write the rule id as the report shows it; `fordela rules` lists them all.',
    },
  }),
} as const
