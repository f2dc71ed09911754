import type { County, Kommun, NationalTemplates } from './load-national-templates.js'

/** An id (`^[a-z0-9][a-z0-9-]*$`) for a kommun's name: `Malung-Sälen` → `malung-salen`. */
function toId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** A YAML scalar for any text: JSON's double-quoted strings are YAML's too. */
const quote = (text: string): string => JSON.stringify(text)

/**
 * The parties file for a län whose parties fordela has no source for: the
 * region and each kommun of the län from the sourced population dataset,
 * and comments saying what is not known (the region's own name, the
 * kommunalförbund, vårdsamverkan and other parties) instead of guesses.
 */
export function buildCountyParties(county: County, national: NationalTemplates, schemaUrl: string): string {
  const kommuner = national.kommuner.filter((kommun) => kommun.county === county.name)
  const ids = new Map<string, number>()
  const memberId = (kommun: Kommun): string => {
    const id = toId(kommun.name)
    const seen = (ids.get(id) ?? 0) + 1
    ids.set(id, seen)
    return seen === 1 ? id : `${id}-${seen}`
  }
  const dataset = `./${national.kommunDatasetPath}`
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl}`,
    `# Parterna i ${county.name}, skrivna av \`fordela init --lan ${county.code}\`.`,
    '#',
    `# Varifrån uppgifterna kommer: länets ${kommuner.length} kommuner och deras län ur`,
    `# ${national.kommunDatasetPath} (se data/README.md). Namnen är källans, som`,
    '# den skriver dem (ibland i formen före ordet "kommun", som Falu).',
    '#',
    '# Det här finns INTE i fordelas källor och har inte gissats fram: regionens',
    '# eget namn, länets kommunalförbund och vårdsamverkansområden och andra parter',
    '# (till exempel brukarorganisationer eller civilsamhället). Lägg in dem här,',
    '# med källa, innan ni fördelar efter dem.',
    'apiVersion: fordela/v1',
    'kind: Parties',
    'id: parter',
    `title: ${quote(`Parter i ${county.name}`)}`,
    'county:',
    `  code: ${quote(county.code)}`,
    `  name: ${quote(county.name)}`,
    `dataset: ${dataset}`,
    'source: >-',
    `  Kommunerna och deras län: ${national.kommunDatasetPath}. Regionens namn,`,
    '  kommunalförbunden och vårdsamverkansområdena finns inte i fordelas källor',
    '  och är inte ifyllda.',
    '',
    'parties:',
    '  - id: regionen',
    `    name: ${quote(`Regionen i ${county.name}`)}`,
    '    note: Regionens eget namn finns inte i fordelas källor; skriv in det.',
    '',
    'groups:',
    '  - id: kommunerna',
    `    name: ${quote(`Kommunerna i ${county.name}`)}`,
    '    members:',
    ...kommuner.flatMap((kommun) => [
      `      - id: ${memberId(kommun)}`,
      `        name: ${quote(kommun.name)}`,
      `        units: [${quote(kommun.id)}]`,
    ]),
    '',
  ]
  return lines.join('\n')
}
