import { defineRule } from '../define-rule.js'

/** "Did you mean 'x'? " or nothing. */
function didYouMeanSv(suggestion: string): string {
  return suggestion ? `Menade du '${suggestion}'? ` : ''
}

function didYouMeanEn(suggestion: string): string {
  return suggestion ? `Did you mean '${suggestion}'? ` : ''
}

/** Rules of the `link/` category. */
export const linkRules = {
  'link/section-unlinked': defineRule<{ section: string; area: string }>({
    severity: 'warning',
    title: {
      sv: 'Avsnitt utan koppling till överenskommelse eller strategi',
      en: 'Section linked to neither agreement nor strategy',
    },
    message: {
      sv: (a) =>
        `Avsnittet '${a.section}' är inte kopplat till något område i överenskommelsen eller något delmål i strategin, så det syns inte vad pengarna ska uppnå.`,
      en: (a) =>
        `Section '${a.section}' is linked to neither an area of the agreement nor a sub-goal (delmål) of the strategy, so it does not show what the money is for.`,
    },
    hint: {
      sv: (a) =>
        `Lägg till links med area (ett område i överenskommelsen) eller subgoals (delmål i strategin)${a.area ? `, till exempel links: { area: ${a.area} } som fonden hämtas ur` : ''}.`,
      en: (a) =>
        `Add links with area (an area of the agreement) or subgoals (sub-goals of the strategy)${a.area ? `, for example links: { area: ${a.area} }, the area its fund comes from` : ''}.`,
    },
  }),
  'link/unknown-area': defineRule<{ area: string; agreement: string; suggestion: string; known: string }>({
    severity: 'error',
    title: { sv: 'Koppling till ett okänt område i överenskommelsen', en: 'Link to an unknown agreement area' },
    message: {
      sv: (a) =>
        `Området '${a.area}' finns inte i överenskommelsen '${a.agreement}', så kopplingen pekar inte på något.`,
      en: (a) => `Area '${a.area}' does not exist in agreement '${a.agreement}', so the link points at nothing.`,
    },
    hint: {
      sv: (a) => `${didYouMeanSv(a.suggestion)}Överenskommelsens områden: ${a.known || 'inga'}.`,
      en: (a) => `${didYouMeanEn(a.suggestion)}The agreement's areas: ${a.known || 'none'}.`,
    },
  }),
  'link/unknown-subgoal': defineRule<{ subgoal: string; strategy: string; suggestion: string; known: string }>({
    severity: 'error',
    title: { sv: 'Koppling till ett okänt delmål i strategin', en: 'Link to an unknown strategy sub-goal' },
    message: {
      sv: (a) => `Delmålet '${a.subgoal}' finns inte i strategin '${a.strategy}', så kopplingen pekar inte på något.`,
      en: (a) => `Sub-goal '${a.subgoal}' does not exist in strategy '${a.strategy}', so the link points at nothing.`,
    },
    hint: {
      sv: (a) => `${didYouMeanSv(a.suggestion)}Strategins delmål: ${a.known || 'inga'}.`,
      en: (a) => `${didYouMeanEn(a.suggestion)}The strategy's sub-goals: ${a.known || 'none'}.`,
    },
  }),
  'link/goal-unlinked': defineRule<{ goal: string; area: string }>({
    severity: 'warning',
    title: { sv: 'Mål i handlingsplanen utan koppling', en: 'Action plan goal linked to nothing' },
    message: {
      sv: (a) =>
        `Målet '${a.goal}' är inte kopplat till något: området '${a.area}' saknar agreementArea och målet har inga subgoals.`,
      en: (a) =>
        `Goal '${a.goal}' is linked to nothing: area '${a.area}' has no agreementArea and the goal has no subgoals.`,
    },
    hint: {
      sv: (a) =>
        `Ange agreementArea (ett område i överenskommelsen) för området '${a.area}', eller subgoals (delmål i strategin) för målet.`,
      en: (a) =>
        `Set agreementArea (an area of the agreement) on area '${a.area}', or subgoals (sub-goals of the strategy) on the goal.`,
    },
  }),
  'link/not-checked': defineRule<{ count: number; target: 'area' | 'subgoal'; reason: 'no-reference' | 'not-found' }>({
    severity: 'info',
    title: { sv: 'Kopplingar som inte kan kontrolleras', en: 'Links that cannot be checked' },
    message: {
      sv: (a) =>
        `${a.count === 1 ? 'En koppling' : `${a.count} kopplingar`} till ${a.target === 'area' ? 'områden i överenskommelsen' : 'delmål i strategin'} kan inte kontrolleras: ${
          a.reason === 'no-reference'
            ? `dokumentet anger ${a.target === 'area' ? 'ingen agreement:' : 'ingen strategy:'}`
            : `${a.target === 'area' ? 'agreement:' : 'strategy:'} pekar inte på ett dokument som går att läsa`
        }. Ett id som inte finns skulle passera utan anmärkning.`,
      en: (a) =>
        `${a.count === 1 ? 'One link' : `${a.count} links`} to ${a.target === 'area' ? 'areas of the agreement' : 'sub-goals (delmål) of the strategy'} cannot be checked: ${
          a.reason === 'no-reference'
            ? `the document has no ${a.target === 'area' ? 'agreement:' : 'strategy:'}`
            : `${a.target === 'area' ? 'agreement:' : 'strategy:'} names no document that can be read`
        }. An id that does not exist would pass unnoticed.`,
    },
    hint: {
      sv: (a) =>
        `Ange ${a.target === 'area' ? 'överenskommelsen med agreement:' : 'strategin med strategy:'} (sökväg eller id) och lägg den i arbetsytan, så kontrolleras varje koppling.`,
      en: (a) =>
        `Name the ${a.target === 'area' ? 'agreement with agreement:' : 'strategy with strategy:'} (a path or an id) and put it in the workspace, so that every link is checked.`,
    },
  }),
} as const
