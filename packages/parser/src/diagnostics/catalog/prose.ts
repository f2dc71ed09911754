import { defineRule } from '../define-rule.js'

/** Why a `{{ … }}` placeholder could not be read. */
type PlaceholderProblem =
  | 'unclosed'
  | 'empty'
  | 'unknown-expression'
  | 'missing-filter'
  | 'unknown-format'
  | 'bad-quotes'
  | 'trailing-text'
  | 'ratio-needs-says'
  | 'ratio-of-year'
  | 'year-filter'
  | 'unknown-count'
  | 'count-format'

/** What a placeholder's value is: the total, a fund, a section, a party (in a section). */
type PlaceholderTarget = 'total' | 'fund' | 'line' | 'section' | 'party' | 'section-party'

/** Names the value a placeholder stands for, as the subject of a sentence; `fund` is '' unless the value is what is drawn from one fund. */
type TargetArgs = {
  readonly target: PlaceholderTarget
  readonly id: string
  readonly section: string
  readonly fund: string
}

const FORMS =
  'total, year, fund.<id>, line.<id>, section.<id>, party.<id>, section.<id>.party.<id> (de tre sista även med .fund.<id>)'
const FORMS_EN =
  'total, year, fund.<id>, line.<id>, section.<id>, party.<id>, section.<id>.party.<id> (the last three also with .fund.<id>)'
const FORMATS = 'kr, kronor, tal, ord'

function subjectSv(a: TargetArgs): string {
  const fromFund = a.fund ? ` ur fonden '${a.fund}'` : ''
  switch (a.target) {
    case 'total':
      return 'totalen'
    case 'fund':
      return `fonden '${a.id}'`
    case 'line':
      return `raden '${a.id}'`
    case 'section':
      return a.fund ? `det avsnittet '${a.section}' tar${fromFund}` : `avsnittet '${a.section}'`
    case 'party':
      return `summan till '${a.id}'${fromFund}`
    case 'section-party':
      return `summan till '${a.id}'${fromFund} i avsnittet '${a.section}'`
  }
}

function subjectEn(a: TargetArgs): string {
  const fromFund = a.fund ? ` from fund '${a.fund}'` : ''
  switch (a.target) {
    case 'total':
      return 'the total'
    case 'fund':
      return `fund '${a.id}'`
    case 'line':
      return `line '${a.id}'`
    case 'section':
      return a.fund ? `what section '${a.section}' takes${fromFund}` : `section '${a.section}'`
    case 'party':
      return `the total to '${a.id}'${fromFund}`
    case 'section-party':
      return `the amount to '${a.id}'${fromFund} in section '${a.section}'`
  }
}

function problemSv(problem: PlaceholderProblem, found: string): string {
  switch (problem) {
    case 'unclosed':
      return 'Platshållaren som börjar med {{ stängs aldrig med }}.'
    case 'empty':
      return 'Platshållaren är tom: det står inget mellan {{ och }}.'
    case 'unknown-expression':
      return `'${found}' är inget värde som en platshållare kan visa.`
    case 'missing-filter':
      return 'Efter | står varken ett format eller says.'
    case 'unknown-format':
      return `Formatet '${found}' finns inte.`
    case 'bad-quotes':
      return `Texten efter says ska stå inom raka citattecken ("…"), men ${found ? `här står ${found}` : 'här saknas den'}.`
    case 'trailing-text':
      return `'${found}' hör inte till platshållaren; den ska sluta efter formatet eller den citerade texten.`
    case 'ratio-needs-says':
      return `Förhållandet '${found}' kan bara kontrolleras, inte skrivas ut, så det behöver says "a:b".`
    case 'ratio-of-year':
      return `Ett förhållande jämför två belopp, och '${found}' är inget belopp.`
    case 'year-filter':
      return `Året skrivs ut som det är och kan inte ha '${found}'.`
    case 'unknown-count':
      return `count kan inte räkna '${found}'.`
    case 'count-format':
      return `Ett antal är inget belopp och kan inte skrivas med '${found}'.`
  }
}

function problemEn(problem: PlaceholderProblem, found: string): string {
  switch (problem) {
    case 'unclosed':
      return 'The placeholder that starts with {{ is never closed with }}.'
    case 'empty':
      return 'The placeholder is empty: there is nothing between {{ and }}.'
    case 'unknown-expression':
      return `'${found}' is not a value a placeholder can show.`
    case 'missing-filter':
      return 'The | is followed by neither a format nor says.'
    case 'unknown-format':
      return `There is no format '${found}'.`
    case 'bad-quotes':
      return `The text after says must be in straight double quotes ("…"), but ${found ? `here it is ${found}` : 'it is missing'}.`
    case 'trailing-text':
      return `'${found}' is not part of the placeholder, which ends after its format or quoted text.`
    case 'ratio-needs-says':
      return `The ratio '${found}' can only be checked, not printed, so it needs says "a:b".`
    case 'ratio-of-year':
      return `A ratio compares two amounts, and '${found}' is not an amount.`
    case 'year-filter':
      return `The year is printed as it is and cannot take '${found}'.`
    case 'unknown-count':
      return `count cannot count '${found}'.`
    case 'count-format':
      return `A count is not an amount and cannot be written with '${found}'.`
  }
}

function placeholderHintSv(problem: PlaceholderProblem): string {
  switch (problem) {
    case 'unclosed':
      return 'Avsluta platshållaren med }}, till exempel {{ fund.strategi }}.'
    case 'bad-quotes':
      return 'Skriv till exempel {{ total | says "drygt 61 miljoner kronor" }}.'
    case 'missing-filter':
    case 'unknown-format':
    case 'trailing-text':
      return `Skriv ett av formaten ${FORMATS} eller says "…" efter |, eller ta bort |.`
    case 'ratio-needs-says':
    case 'ratio-of-year':
      return 'Skriv till exempel {{ fund.a : fund.b | says "1:2" }}.'
    case 'year-filter':
      return 'Skriv {{ year }} utan | och det som följer.'
    case 'unknown-count':
      return 'Skriv count(section.<id>.lines) för ett avsnitts rader eller count(party.<id>.members) för en grupps medlemmar.'
    case 'count-format':
      return 'Skriv antalet med tal (siffror), ord (ord) eller says "fyra".'
    case 'empty':
    case 'unknown-expression':
      return `En platshållare visar ett av ${FORMS}, eller ett förhållande a : b.`
  }
}

function placeholderHintEn(problem: PlaceholderProblem): string {
  switch (problem) {
    case 'unclosed':
      return 'Close the placeholder with }}, for example {{ fund.strategi }}.'
    case 'bad-quotes':
      return 'Write for example {{ total | says "drygt 61 miljoner kronor" }}.'
    case 'missing-filter':
    case 'unknown-format':
    case 'trailing-text':
      return `Write one of the formats ${FORMATS} or says "…" after the |, or remove the |.`
    case 'ratio-needs-says':
    case 'ratio-of-year':
      return 'Write for example {{ fund.a : fund.b | says "1:2" }}.'
    case 'year-filter':
      return 'Write {{ year }} without the | and what follows it.'
    case 'unknown-count':
      return "Write count(section.<id>.lines) for a section's lines or count(party.<id>.members) for a group's members."
    case 'count-format':
      return 'Write the count with tal (digits), ord (words) or says "fyra".'
    case 'empty':
    case 'unknown-expression':
      return `A placeholder shows one of ${FORMS_EN}, or a ratio a : b.`
  }
}

const EXPECTED_SV = {
  amount: 'ett belopp',
  ratio: 'ett förhållande',
  count: 'ett antal',
  change: 'en förändring från föregående år',
} as const
const EXPECTED_EN = {
  amount: 'an amount',
  ratio: 'a ratio',
  count: 'a count',
  change: 'a change from the previous year',
} as const

const KIND_SV = {
  fund: ['fonden', 'fonder'],
  section: ['avsnittet', 'avsnitt'],
  party: ['parten', 'parter'],
  line: ['raden', 'rad-id'],
  group: ['gruppen', 'grupper'],
} as const
const KIND_EN = {
  fund: ['fund', 'funds'],
  section: ['section', 'sections'],
  party: ['party', 'parties'],
  line: ['line', 'line ids'],
  group: ['group', 'groups'],
} as const

/** Rules of the `prose/` category. */
export const proseRules = {
  'prose/invalid-placeholder': defineRule<{ problem: PlaceholderProblem; found: string }>({
    severity: 'error',
    title: { sv: 'Platshållare som inte går att läsa', en: 'Placeholder that cannot be read' },
    message: { sv: (a) => problemSv(a.problem, a.found), en: (a) => problemEn(a.problem, a.found) },
    hint: { sv: (a) => placeholderHintSv(a.problem), en: (a) => placeholderHintEn(a.problem) },
  }),
  'prose/unknown-placeholder': defineRule<{
    kind: 'fund' | 'section' | 'party' | 'line' | 'group'
    id: string
    suggestion: string
    known: string
  }>({
    severity: 'error',
    title: { sv: 'Platshållare som nämner något okänt', en: 'Placeholder naming something unknown' },
    message: {
      sv: (a) =>
        `Platshållaren nämner ${KIND_SV[a.kind][0]} '${a.id}', som inte finns ${a.kind === 'party' || a.kind === 'group' ? 'bland parterna' : 'i fördelningen'}, så dess värde kan inte räknas fram.`,
      en: (a) =>
        `The placeholder names the ${KIND_EN[a.kind][0]} '${a.id}', which does not exist ${a.kind === 'party' || a.kind === 'group' ? 'among the parties' : 'in the allocation'}, so its value cannot be computed.`,
    },
    hint: {
      sv: (a) =>
        `${a.suggestion ? `Menade du '${a.suggestion}'? ` : ''}Kända ${KIND_SV[a.kind][1]}: ${a.known || 'inga'}.`,
      en: (a) =>
        `${a.suggestion ? `Did you mean '${a.suggestion}'? ` : ''}Known ${KIND_EN[a.kind][1]}: ${a.known || 'none'}.`,
    },
  }),
  'prose/claim-not-supported': defineRule<
    TargetArgs & { claim: string; value: string; bandSv: string; bandEn: string }
  >({
    severity: 'error',
    // The memo prints the text as written; every figure is still computed.
    shownInDraftIn: ['Allocation'],
    title: {
      sv: 'Belopp i texten som siffrorna inte stöder',
      en: 'Amount in the text that the figures do not bear out',
    },
    message: {
      sv: (a) => `'${a.claim}' betyder ett belopp ${a.bandSv}, men ${subjectSv(a)} är ${a.value}.`,
      en: (a) => `'${a.claim}' means an amount ${a.bandEn}, but ${subjectEn(a)} is ${a.value}.`,
    },
    hint: {
      sv: (a) =>
        `Skriv om texten så att den stämmer med ${a.value}, eller ta bort says så att det exakta beloppet skrivs ut. Stämmer texten, rätta då siffrorna som ${subjectSv(a)} räknas fram ur.`,
      en: (a) =>
        `Reword the text to match ${a.value}, or drop says so the exact amount is printed. If the text is right, correct the figures ${subjectEn(a)} is computed from.`,
    },
  }),
  'prose/unparsable-claim': defineRule<{ claim: string; expected: 'amount' | 'ratio' | 'count' | 'change' }>({
    severity: 'error',
    // The memo prints the text as written; every figure is still computed.
    shownInDraftIn: ['Allocation'],
    title: { sv: 'Påstående i texten som inte går att kontrollera', en: 'Claim in the text that cannot be checked' },
    message: {
      sv: (a) =>
        `'${a.claim}' går inte att läsa som ${EXPECTED_SV[a.expected]}, så texten kan inte kontrolleras mot siffrorna.`,
      en: (a) =>
        `'${a.claim}' cannot be read as ${EXPECTED_EN[a.expected]}, so the text cannot be checked against the figures.`,
    },
    hint: {
      sv: (a) =>
        a.expected === 'count'
          ? 'Börja texten med antalet, i ord (noll till tjugo) eller siffror, till exempel "fyra aktiviteter".'
          : a.expected === 'change'
            ? 'Skriv till exempel "en ökning på drygt 10 miljoner", "en minskning på knappt 2 miljoner" eller "oförändrat", gärna följt av "jämfört med 2024".'
            : a.expected === 'ratio'
              ? 'Skriv förhållandet som två heltal, till exempel "1:2" eller "cirka 1:2", eller i ord, till exempel "ungefär hälften", "drygt en tredjedel" eller "två tredjedelar".'
              : 'Skriv ett belopp, gärna med drygt/dryga, strax över, knappt, strax under, cirka eller ungefär, till exempel "drygt 20 miljoner kronor".',
      en: (a) =>
        a.expected === 'count'
          ? 'Start the text with the count, in words (noll to tjugo) or digits, for example "fyra aktiviteter".'
          : a.expected === 'change'
            ? 'Write for example "en ökning på drygt 10 miljoner", "en minskning på knappt 2 miljoner" or "oförändrat", optionally followed by "jämfört med 2024".'
            : a.expected === 'ratio'
              ? 'Write the ratio as two whole numbers, for example "1:2" or "cirka 1:2", or in words, for example "ungefär hälften", "drygt en tredjedel" or "två tredjedelar".'
              : 'Write an amount, optionally with drygt/dryga, strax över, knappt, strax under, cirka or ungefär, for example "drygt 20 miljoner kronor".',
    },
  }),
  'prose/ratio-not-supported': defineRule<{
    claim: string
    left: string
    right: string
    leftValue: string
    rightValue: string
    actual: string
    suggestion: string
  }>({
    severity: 'error',
    // The memo prints the text as written; every figure is still computed.
    shownInDraftIn: ['Allocation'],
    title: {
      sv: 'Förhållande i texten som siffrorna inte stöder',
      en: 'Ratio in the text that the figures do not bear out',
    },
    message: {
      sv: (a) =>
        `'${a.claim}' stämmer inte: ${a.left} är ${a.leftValue} och ${a.right} är ${a.rightValue}, vilket är ${a.actual}.`,
      en: (a) =>
        `'${a.claim}' does not hold: ${a.left} is ${a.leftValue} and ${a.right} is ${a.rightValue}, which is ${a.actual}.`,
    },
    hint: {
      sv: (a) => `Skriv till exempel "${a.suggestion}", eller rätta beloppen om texten är rätt.`,
      en: (a) => `Write for example "${a.suggestion}", or correct the amounts if the text is right.`,
    },
  }),
  'prose/count-not-supported': defineRule<{ claim: string; count: string; actual: string }>({
    severity: 'error',
    title: { sv: 'Antal i texten som inte stämmer', en: 'Count in the text that does not hold' },
    message: {
      sv: (a) => `'${a.claim}' stämmer inte: ${a.count} är ${a.actual}.`,
      en: (a) => `'${a.claim}' does not hold: ${a.count} is ${a.actual}.`,
    },
    hint: {
      sv: (a) => `Skriv antalet ${a.actual}, eller lägg till eller ta bort det som räknas om texten är rätt.`,
      en: (a) => `Write the count ${a.actual}, or add or remove what is counted if the text is right.`,
    },
  }),
  'prose/change-not-supported': defineRule<{
    claim: string
    reference: string
    now: string
    previous: string
    previousYear: string
    change: string
    changeEn: string
    bandSv: string
    bandEn: string
  }>({
    severity: 'error',
    title: {
      sv: 'Jämförelse med föregående år som siffrorna inte stöder',
      en: 'Comparison with the previous year that the figures do not bear out',
    },
    message: {
      sv: (a) =>
        `'${a.claim}' stämmer inte: ${a.reference} är ${a.now} i år och ${a.previous} ${a.previousYear}, ${a.change}${a.bandSv ? `; påståendet betyder ${a.bandSv}` : ''}.`,
      en: (a) =>
        `'${a.claim}' does not hold: ${a.reference} is ${a.now} this year and ${a.previous} in ${a.previousYear}, ${a.changeEn}${a.bandEn ? `; the claim means ${a.bandEn}` : ''}.`,
    },
    hint: {
      sv: (a) => `Skriv om texten så att den stämmer med ${a.change}, eller rätta siffrorna om texten är rätt.`,
      en: (a) => `Reword the text to match ${a.changeEn}, or correct the figures if the text is right.`,
    },
  }),
  'prose/previous-unavailable': defineRule<{ reference: string; reason: 'no-reference' | 'not-found' }>({
    severity: 'info',
    title: {
      sv: 'Jämförelse med föregående år som inte kan kontrolleras',
      en: 'Comparison with the previous year that cannot be checked',
    },
    message: {
      sv: (a) =>
        `Jämförelsen med föregående år för ${a.reference} kan inte kontrolleras: ${a.reason === 'no-reference' ? 'fördelningen anger inget previous:' : 'previous: pekar inte på en fördelning som går att läsa'}. Texten skrivs ut som den står, okontrollerad.`,
      en: (a) =>
        `The comparison with the previous year for ${a.reference} cannot be checked: ${a.reason === 'no-reference' ? 'the allocation has no previous:' : 'previous: names no allocation that can be read'}. The text is printed as written, unchecked.`,
    },
    hint: {
      sv: () => 'Lägg förra årets fördelning i arbetsytan och ange den med previous: (sökväg eller id).',
      en: () => "Put last year's allocation in the workspace and name it with previous: (a path or an id).",
    },
  }),
  'prose/unsafe-link': defineRule<{ target: string; kind: 'scheme' | 'relative' | 'malformed'; scheme: string }>({
    severity: 'warning',
    title: { sv: 'Länk som inte är en webbadress', en: 'Link that is not a web address' },
    message: {
      sv: (a) =>
        `Länken till '${a.target}' blir ingen länk i beslutsunderlaget: ${
          a.kind === 'scheme'
            ? `bara http- och https-adresser länkas, inte ${a.scheme}:`
            : a.kind === 'relative'
              ? 'den är en relativ adress, som inte pekar någonstans i ett dokument som skickas vidare'
              : 'den går inte att läsa som en webbadress'
        }. Texten skrivs ut som den står.`,
      en: (a) =>
        `The link to '${a.target}' does not become a link in the memo: ${
          a.kind === 'scheme'
            ? `only http and https addresses are linked, not ${a.scheme}:`
            : a.kind === 'relative'
              ? 'it is a relative address, which points nowhere in a document that is passed on'
              : 'it cannot be read as a web address'
        }. The text is printed as written.`,
    },
    hint: {
      sv: () => 'Skriv hela webbadressen, som [text](https://exempel.se/sida), eller skriv texten utan länk.',
      en: () =>
        'Write the whole web address, as in [text](https://example.org/page), or write the text without a link.',
    },
  }),
} as const
