import { defineRule } from '../define-rule.js'

/** Rules about an allocation's decision items (`decisions` with `sections`). */
export const decisionRules = {
  'ref/unknown-section': defineRule<{ id: string; suggestion: string; known: string }>({
    severity: 'error',
    title: { sv: 'Beslutspunkt som nämner ett okänt avsnitt', en: 'Decision item naming an unknown section' },
    message: {
      sv: (a) =>
        `Beslutspunkten nämner avsnittet '${a.id}', men fördelningen har inget avsnitt med det id:t, så det är oklart vad punkten beslutar om.`,
      en: (a) =>
        `The decision item names section '${a.id}', but the allocation has no section with that id, so it is unclear what the item decides on.`,
    },
    hint: {
      sv: (a) => `${a.suggestion ? `Menade du '${a.suggestion}'? ` : ''}Fördelningens avsnitt: ${a.known || 'inga'}.`,
      en: (a) =>
        `${a.suggestion ? `Did you mean '${a.suggestion}'? ` : ''}The allocation's sections: ${a.known || 'none'}.`,
    },
  }),
  'ref/section-decided-twice': defineRule<{ id: string; first: 'decision' | 'item' }>({
    severity: 'error',
    title: { sv: 'Avsnitt med två beslutspunkter', en: 'Section with two decision items' },
    message: {
      sv: (a) =>
        `Avsnittet '${a.id}' har redan ${a.first === 'decision' ? 'en egen beslutspunkt (decision:)' : 'en beslutspunkt som nämner det'}, så beslutsunderlaget skulle be om beslut om samma pengar två gånger.`,
      en: (a) =>
        `Section '${a.id}' already has ${a.first === 'decision' ? 'a decision item of its own (decision:)' : 'a decision item that names it'}, so the memo would ask for a decision on the same money twice.`,
    },
    hint: {
      sv: () =>
        'Låt varje avsnitt beslutas i en enda punkt: ta bort det ur den ena punktens sections, eller ta bort avsnittets decision:.',
      en: () =>
        "Have each section decided in one item only: remove it from one item's sections, or remove the section's decision:.",
    },
  }),
} as const
