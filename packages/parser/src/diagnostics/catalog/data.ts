import { defineRule } from '../define-rule.js'

/** Rules of the `data/` category. */
export const dataRules = {
  'data/csv-missing-column': defineRule<{ column: string; headers: string }>({
    severity: 'error',
    title: {
      sv: 'En kolumn som datasetet nämner saknas i CSV-filen.',
      en: 'A column the dataset names is missing from the CSV file.',
    },
    message: {
      sv: (a) =>
        a.headers === ''
          ? `CSV-filen har ingen kolumn "${a.column}"; den har ingen rubrikrad alls.`
          : `CSV-filen har ingen kolumn "${a.column}"; rubrikraden har ${a.headers}.`,
      en: (a) =>
        a.headers === ''
          ? `The CSV file has no column "${a.column}"; it has no header row at all.`
          : `The CSV file has no column "${a.column}"; the header row has ${a.headers}.`,
    },
    hint: {
      sv: () =>
        'Skriv kolumnens rubrik exakt som den står i filen, eller ange skipRows om filen har titelrader över rubrikraden.',
      en: () =>
        'Write the column header exactly as it appears in the file, or set skipRows if the file has title lines above the header row.',
    },
  }),
  'data/csv-ragged-row': defineRule<{ fields: number; expected: number }>({
    severity: 'error',
    title: {
      sv: 'En rad i CSV-filen har fel antal fält.',
      en: 'A row of the CSV file has the wrong number of fields.',
    },
    message: {
      sv: (a) =>
        `Raden har ${a.fields} fält men rubrikraden har ${a.expected}, så värdena kan inte knytas till rätt kolumn. Raden används inte.`,
      en: (a) =>
        `The row has ${a.fields} fields but the header row has ${a.expected}, so its values cannot be matched to their columns. The row is not used.`,
    },
    hint: {
      sv: () => 'Sätt citattecken runt fält som innehåller avgränsaren, eller rätta raden.',
      en: () => 'Quote fields that contain the delimiter, or correct the row.',
    },
  }),
  'data/csv-mixed-delimiters': defineRule<{ used: string; expected: string }>({
    severity: 'error',
    title: {
      sv: 'En rad i CSV-filen använder en annan avgränsare än rubrikraden.',
      en: 'A row of the CSV file uses another delimiter than the header row.',
    },
    message: {
      sv: (a) =>
        `Raden avgränsar fälten med ${nameDelimiter(a.used).sv} men rubrikraden med ${nameDelimiter(a.expected).sv}. Raden används inte.`,
      en: (a) =>
        `The row separates its fields with ${nameDelimiter(a.used).en} but the header row with ${nameDelimiter(a.expected).en}. The row is not used.`,
    },
    hint: {
      sv: (a) => `Använd ${nameDelimiter(a.expected).sv} i hela filen.`,
      en: (a) => `Use ${nameDelimiter(a.expected).en} throughout the file.`,
    },
  }),
  'data/csv-invalid-number': defineRule<{ text: string; column: string }>({
    severity: 'error',
    title: {
      sv: 'Ett värde i CSV-filen är inget tal.',
      en: 'A value in the CSV file is not a number.',
    },
    message: {
      sv: (a) => `"${a.text}" i kolumnen "${a.column}" är inget tal.`,
      en: (a) => `"${a.text}" in the column "${a.column}" is not a number.`,
    },
    hint: {
      sv: () =>
        'Skriv talet med siffror, mellanslag som tusentalsavgränsare och decimalkomma (1 234,5), eller .. för ett saknat värde.',
      en: () =>
        'Write the number in digits with spaces between thousands and a decimal comma (1 234,5), or .. for a missing value.',
    },
  }),
  'data/csv-duplicate-unit': defineRule<{ unit: string }>({
    severity: 'error',
    title: {
      sv: 'En enhet förekommer två gånger i CSV-filen.',
      en: 'A unit occurs twice in the CSV file.',
    },
    message: {
      sv: (a) => `Enheten "${a.unit}" finns redan på en tidigare rad, så det är oklart vilken vikt som gäller.`,
      en: (a) => `The unit "${a.unit}" is already on an earlier row, so it is unclear which weight applies.`,
    },
    hint: {
      sv: () => 'Ta bort den ena raden, eller döp om en av enheterna med rename.',
      en: () => 'Remove one of the rows, or rename one of the units with rename.',
    },
  }),
  'data/csv-syntax': defineRule<{ error: string }>({
    severity: 'error',
    title: {
      sv: 'CSV-filen går inte att tolka.',
      en: 'The CSV file cannot be parsed.',
    },
    message: {
      sv: (a) =>
        `CSV-filen går inte att tolka härifrån: ${describeCsvError(a.error).sv}. Bara raderna före felet används.`,
      en: (a) =>
        `The CSV file cannot be parsed from here: ${describeCsvError(a.error).en}. Only the rows before the error are used.`,
    },
    hint: {
      sv: () => 'Ett fält inom citattecken måste avslutas med ett citattecken; ett citattecken inuti fältet skrivs "".',
      en: () => 'A quoted field must end with a quote; a quote inside the field is written "".',
    },
  }),
  'data/csv-empty-unit': defineRule<{ column: string }>({
    severity: 'error',
    title: {
      sv: 'En rad i CSV-filen saknar enhet.',
      en: 'A row of the CSV file has no unit.',
    },
    message: {
      sv: (a) =>
        `Raden har ingen enhet i kolumnen "${a.column}", så dess värden kan inte knytas till någon enhet. Raden används inte.`,
      en: (a) =>
        `The row has no unit in the column "${a.column}", so its values belong to no unit. The row is not used.`,
    },
    hint: {
      sv: () => 'Fyll i enheten eller ta bort raden (till exempel en summarad).',
      en: () => 'Fill in the unit or remove the row (a totals row, for example).',
    },
  }),
  'data/csv-too-large': defineRule<{ size: number; limit: number }>({
    severity: 'error',
    title: {
      sv: 'CSV-filen är för stor.',
      en: 'The CSV file is too large.',
    },
    message: {
      sv: (a) => `CSV-filen är ${a.size} byte, mer än gränsen ${a.limit} byte, så den läses inte.`,
      en: (a) => `The CSV file is ${a.size} bytes, more than the limit of ${a.limit} bytes, so it is not read.`,
    },
    hint: {
      sv: () => 'Exportera bara de enheter och mått som behövs.',
      en: () => 'Export only the units and measures that are needed.',
    },
  }),
  'data/rename-unknown-unit': defineRule<{ unit: string }>({
    severity: 'warning',
    title: {
      sv: 'En omdöpning gäller en enhet som inte finns i CSV-filen.',
      en: 'A rename names a unit that is not in the CSV file.',
    },
    message: {
      sv: (a) => `Ingen rad i CSV-filen har enheten "${a.unit}", så omdöpningen gör ingenting.`,
      en: (a) => `No row of the CSV file has the unit "${a.unit}", so the rename does nothing.`,
    },
    hint: {
      sv: () => 'Skriv enheten som den står i filen, eller ta bort omdöpningen.',
      en: () => 'Write the unit as it appears in the file, or remove the rename.',
    },
  }),
  'data/total-mismatch': defineRule<{ measure: string; total: string; sum: string; difference: string }>({
    severity: 'error',
    title: {
      sv: 'Enheternas värden summerar inte till måttets angivna total.',
      en: "The units' values do not add up to the measure's stated total.",
    },
    message: {
      sv: (a) =>
        `Värdena för ${a.measure} summerar till ${a.sum}, men total anger ${a.total} (skillnad ${a.difference}).`,
      en: (a) =>
        `The values of ${a.measure} add up to ${a.sum}, but total says ${a.total} (difference ${a.difference}).`,
    },
    hint: {
      sv: () => 'Kontrollera att alla enheter finns med och att total är källans siffra för samma datum.',
      en: () => 'Check that every unit is included and that total is the source figure for the same date.',
    },
  }),
  // engine: agreement
  'data/missing-measure': defineRule<{ dataset: string; measure: string; measures: string }>({
    severity: 'error',
    // In an agreement, the table says that the cell cannot be computed.
    shownInDraftIn: ['Agreement'],
    title: {
      sv: 'En fördelning använder ett mått som datasetet inte har.',
      en: 'A division uses a measure the dataset does not have.',
    },
    message: {
      sv: (a) =>
        `Datasetet ${a.dataset} har inget mått "${a.measure}" (det har ${a.measures}), så fördelningen kan inte räknas ut och inga belopp hittas på.`,
      en: (a) =>
        `The dataset ${a.dataset} has no measure "${a.measure}" (it has ${a.measures}), so the division cannot be worked out and no amounts are made up.`,
    },
    hint: {
      sv: (a) =>
        `Lägg till måttet ${a.measure} i datasetet med dess källa, eller peka på ett dataset som har det. Ersätt det inte med ett annat mått.`,
      en: (a) =>
        `Add the measure ${a.measure} to the dataset with its source, or point to a dataset that has it. Do not substitute another measure.`,
    },
  }),
  'data/missing-weight': defineRule<{ unit: string; measure: string; dataset: string }>({
    severity: 'error',
    title: {
      sv: 'En enhet saknar värde för måttet som fördelningen använder.',
      en: 'A unit has no value for the measure a division uses.',
    },
    message: {
      sv: (a) =>
        `Enheten "${a.unit}" har inget värde för ${a.measure} i ${a.dataset}, så fördelningen kan inte räknas ut.`,
      en: (a) =>
        `The unit "${a.unit}" has no value for ${a.measure} in ${a.dataset}, so the division cannot be worked out.`,
    },
    hint: {
      sv: () => 'Fyll i enhetens värde från datasetets källa.',
      en: () => "Fill in the unit's value from the dataset's source.",
    },
  }),
  'data/unknown-unit': defineRule<{ unit: string; dataset: string }>({
    severity: 'error',
    title: {
      sv: 'En enhet finns inte i datasetet.',
      en: 'A unit is not in the dataset.',
    },
    message: {
      sv: (a) => `Datasetet ${a.dataset} har ingen enhet "${a.unit}".`,
      en: (a) => `The dataset ${a.dataset} has no unit "${a.unit}".`,
    },
    hint: {
      sv: () => 'Skriv enhetens kod eller namn exakt som i datasetet.',
      en: () => 'Write the unit code or name exactly as in the dataset.',
    },
  }),
  'data/unknown-unit-code': defineRule<{ unit: string; kind: string }>({
    severity: 'error',
    title: {
      sv: 'En enhet är ingen av Sveriges kommuner eller län.',
      en: "A unit is none of Sweden's kommuner or län.",
    },
    message: {
      sv: (a) =>
        a.kind === 'kommun'
          ? `"${a.unit}" är ingen av kommunerna i kommunlistan: varken en kommunkod eller ett kommunnamn som listan har.`
          : `"${a.unit}" är inget av Sveriges 21 län: varken en länskod eller ett länsnamn som fordela känner till.`,
      en: (a) =>
        a.kind === 'kommun'
          ? `"${a.unit}" is none of the kommuner in the kommun list: neither a kommun code nor a kommun name the list holds.`
          : `"${a.unit}" is none of Sweden's 21 län: neither a län code nor a län name fordela knows.`,
    },
    hint: {
      sv: (a) =>
        a.kind === 'kommun'
          ? 'Skriv kommunkoden (fyra siffror, som 1480) eller namnet som SCB skriver det (Göteborg); fordela data import skriver koderna åt dig.'
          : 'Skriv länskoden (två siffror, som 14) eller länets namn (Västra Götalands län); fordela data import skriver koderna åt dig.',
      en: (a) =>
        a.kind === 'kommun'
          ? 'Write the kommun code (four digits, such as 1480) or the name as SCB writes it (Göteborg); fordela data import writes the codes for you.'
          : "Write the län code (two digits, such as 14) or the län's name (Västra Götalands län); fordela data import writes the codes for you.",
    },
  }),
  'data/kommun-list-missing': defineRule<{ subject: 'dataset' | 'column'; column: string; dataset: string }>({
    severity: 'info',
    title: {
      sv: 'Kommunerna kunde inte kontrolleras: fordela har ännu ingen källbelagd kommunlista.',
      en: 'The kommuner could not be checked: fordela has no sourced kommun list yet.',
    },
    message: {
      sv: (a) =>
        a.subject === 'dataset'
          ? `Kommunkoderna i datasetet ${a.dataset} har inte kontrollerats mot en kommunlista: fordela har ännu ingen källbelagd sådan, så en kommunkod som inte finns upptäcks inte.`
          : `Det har inte kontrollerats att datasetet ${a.dataset} har alla kommuner som kolumnen ${a.column} fördelas till: fordela har ännu ingen källbelagd kommunlista, så en kommun som saknas upptäcks inte.`,
      en: (a) =>
        a.subject === 'dataset'
          ? `The kommun codes of dataset ${a.dataset} were not checked against a kommun list: fordela has no sourced one yet, so a kommun code that does not exist goes unnoticed.`
          : `Whether dataset ${a.dataset} has every kommun that column ${a.column} is distributed to was not checked: fordela has no sourced kommun list yet, so a missing kommun goes unnoticed.`,
    },
    hint: {
      sv: () =>
        'Jämför själv med SCB:s kommunlista tills vidare; kontrollen görs när en källbelagd kommunlista finns i fordela.',
      en: () =>
        "Compare with SCB's list of kommuner yourself meanwhile; the check runs once fordela has a sourced kommun list.",
    },
  }),
  'data/unit-code-twice': defineRule<{ unit: string; first: string; code: string; name: string }>({
    severity: 'error',
    title: {
      sv: 'Två enheter i datasetet är samma kommun eller län.',
      en: 'Two units of the dataset are the same kommun or län.',
    },
    message: {
      sv: (a) =>
        `"${a.unit}" och "${a.first}" är båda ${a.name} (${a.code}), så det är oklart vilket värde som gäller.`,
      en: (a) => `"${a.unit}" and "${a.first}" are both ${a.name} (${a.code}), so it is unclear which value applies.`,
    },
    hint: {
      sv: () => 'Ta bort den ena raden; skriv helst varje enhet med sin kod.',
      en: () => 'Remove one of the rows; preferably write every unit by its code.',
    },
  }),
  'data/column-units-missing': defineRule<{
    column: string
    dataset: string
    kind: string
    missing: number
    all: number
    names: string
    more: number
  }>({
    severity: 'error',
    title: {
      sv: 'Datasetet för en kolumn i överenskommelsen saknar kommuner eller län.',
      en: 'The dataset of an agreement column lacks kommuner or län.',
    },
    message: {
      sv: (a) =>
        `Kolumnen ${a.column} fördelas till alla ${a.all} ${a.kind === 'kommun' ? 'kommuner' : 'län'}, men datasetet ${a.dataset} saknar ${a.missing} av dem: ${a.names}${a.more > 0 ? ` och ${a.more} till` : ''}. De får inget, och de andra får för mycket.`,
      en: (a) =>
        `Column ${a.column} is distributed to all ${a.all} ${a.kind === 'kommun' ? 'kommuner' : 'län'}, but dataset ${a.dataset} lacks ${a.missing} of them: ${a.names}${a.more > 0 ? ` and ${a.more} more` : ''}. They get nothing, and the others get too much.`,
    },
    hint: {
      sv: () =>
        'Hämta hela landet från SCB (fordela data fetch eller data import med alla regioner), eller lägg till de som saknas.',
      en: () =>
        'Fetch the whole country from SCB (fordela data fetch, or data import with every region), or add the missing ones.',
    },
  }),
  'data/dataset-date-mismatch': defineRule<{ column: string; expected: string; dataset: string; actual: string }>({
    severity: 'warning',
    title: {
      sv: 'Datasetet avser ett annat datum än överenskommelsen.',
      en: 'The dataset refers to another date than the agreement.',
    },
    message: {
      sv: (a) =>
        `Kolumnen ${a.column} fördelas enligt överenskommelsen efter värden per ${a.expected}, men datasetet ${a.dataset} avser ${a.actual}; beloppen kan då avvika från de publicerade.`,
      en: (a) =>
        `Per the agreement, column ${a.column} is distributed by values as of ${a.expected}, but dataset ${a.dataset} refers to ${a.actual}; the amounts may then differ from the published ones.`,
    },
    hint: {
      sv: () => 'Använd ett dataset med det datum som överenskommelsen anger, eller rätta referenceDate om det är fel.',
      en: () => 'Use a dataset of the date the agreement states, or correct referenceDate if it is wrong.',
    },
  }),
} as const

/** What csv-parse's error codes mean, in words; an unknown code is shown as it is. */
function describeCsvError(code: string): { sv: string; en: string } {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { sv: 'citattecknet här avslutas aldrig', en: 'the quote here is never closed' }
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        sv: 'efter ett avslutande citattecken ska en avgränsare eller ett radslut komma',
        en: 'a closing quote must be followed by a delimiter or the end of the line',
      }
    case 'INVALID_OPENING_QUOTE':
      return {
        sv: 'ett fält utan citattecken runt sig innehåller ett citattecken',
        en: 'a field that is not quoted contains a quote',
      }
    default:
      return { sv: `csv-parse rapporterar ${code}`, en: `csv-parse reports ${code}` }
  }
}

/** A field delimiter in words: a tab cannot be shown between quotes. */
function nameDelimiter(delimiter: string): { sv: string; en: string } {
  if (delimiter === '\t') return { sv: 'tabbtecken', en: 'tabs' }
  return { sv: `"${delimiter}"`, en: `"${delimiter}"` }
}
