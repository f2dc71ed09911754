import { defineRule } from '../define-rule.js'

/** Arguments of a "this id is unknown" rule. */
type Unknown = { id: string; known: string }
/** Arguments of an amount comparison. */
type FundAmounts = { fund: string; amount: string; difference: string }

/**
 * Rules found while evaluating an allocation: money that is not spent to the
 * krona, lines that cannot be computed, and references an allocation makes.
 */
export const allocationRules = {
  'sum/fund-not-spent': defineRule<FundAmounts>({
    severity: 'error',
    title: { sv: 'En fond fördelas inte till sista kronan.', en: 'A fund is not spent to the krona.' },
    message: {
      sv: (a) => `Fonden ${a.fund} (${a.amount}) har ${a.difference} kvar som ingen rad fördelar.`,
      en: (a) => `Fund ${a.fund} (${a.amount}) has ${a.difference} left that no line allocates.`,
    },
    hint: {
      sv: () =>
        'Lägg till en rad med rest: true i sista steget, eller justera beloppen så att summan blir fondens belopp.',
      en: () =>
        "Add a line with rest: true in the last step, or adjust the amounts so they add up to the fund's amount.",
    },
  }),
  'sum/fund-overspent': defineRule<FundAmounts>({
    severity: 'error',
    title: { sv: 'Mer pengar fördelas än fonden har.', en: 'More money is allocated than the fund holds.' },
    message: {
      sv: (a) => `Raderna fördelar ${a.difference} mer än fonden ${a.fund} har (${a.amount}).`,
      en: (a) => `The lines allocate ${a.difference} more than fund ${a.fund} holds (${a.amount}).`,
    },
    hint: {
      sv: () =>
        'Minska de fasta beloppen eller andelarna, med början vid beloppet fyndet pekar på, där pengarna tar slut.',
      en: () =>
        'Reduce the fixed sums or shares, starting with the figure the finding points at, where the money runs out.',
    },
  }),
  'sum/shares-exceed-whole': defineRule<{ total: string }>({
    severity: 'error',
    title: {
      sv: 'Andelarna i ett steg är mer än hela beloppet.',
      en: 'The shares of a step add up to more than the whole.',
    },
    message: {
      sv: (a) => `Med den här andelen blir stegets andelar ${a.total}, mer än 1 (hela beloppet).`,
      en: (a) => `With this share the step's shares add up to ${a.total}, more than 1 (the whole).`,
    },
    hint: {
      sv: () => 'Andelarna i ett steg får tillsammans vara högst 1.',
      en: () => 'The shares of one step may add up to at most 1.',
    },
  }),
  'sum/fraction-too-large': defineRule<{ limit: number }>({
    severity: 'error',
    title: {
      sv: 'Andelarna i ett steg blir ett för stort bråk att räkna med.',
      en: "A step's shares make a fraction too large to compute with.",
    },
    message: {
      sv: (a) =>
        `Med den här andelen får summan av stegets andelar mer än ${a.limit} siffror i täljare eller nämnare, så den och andelarna efter den räknas inte.`,
      en: (a) =>
        `With this share the sum of the step's shares gets more than ${a.limit} digits in its numerator or denominator, so it and the shares after it are not counted.`,
    },
    hint: {
      sv: () =>
        'Skriv andelarna med gemensamma nämnare (till exempel hundradelar eller procent) eller dela steget med vikter från ett dataset.',
      en: () =>
        'Write the shares with common denominators (such as hundredths or percentages), or split the step by weights from a dataset.',
    },
  }),
  'sum/multiple-rest': defineRule<{ fund: string }>({
    severity: 'error',
    title: {
      sv: 'Två rader tar resten av samma fond i ett steg.',
      en: 'Two lines take the rest of the same fund in one step.',
    },
    message: {
      sv: (a) => `Resten av fonden ${a.fund} har redan en mottagare i det här steget; den här raden får 0 kr.`,
      en: (a) => `The rest of fund ${a.fund} already goes to another line in this step; this line gets 0 kr.`,
    },
    hint: {
      sv: () => 'Använd share för att dela resten, eller flytta raden till ett senare steg.',
      en: () => 'Use share to divide the rest, or move the line to a later step.',
    },
  }),
  'sum/derived-fund-needs-fixed-sum': defineRule<{ fund: string; kind: 'share' | 'rest' }>({
    severity: 'error',
    title: {
      sv: 'En rad tar en andel eller resten av en fond vars belopp är radernas summa.',
      en: 'A line takes a share or the rest of a fund whose amount is the sum of its lines.',
    },
    message: {
      sv: (a) =>
        `Fonden ${a.fund} har derived: true, så dess belopp är summan av de fasta belopp som raderna tar ur den. ${a.kind === 'rest' ? 'Resten' : 'En andel'} av den summan går inte att räkna ut; raden får 0 kr.`,
      en: (a) =>
        `Fund ${a.fund} has derived: true, so its amount is the sum of the fixed sums its lines take. ${a.kind === 'rest' ? 'The rest' : 'A share'} of that sum cannot be computed; the line gets 0 kr.`,
    },
    hint: {
      sv: () =>
        'Skriv radens belopp med amount (eller each för en grupp), eller ge fonden ett belopp (amount) i stället för derived: true.',
      en: () =>
        "Write the line's sum with amount (or each for a group), or give the fund an amount instead of derived: true.",
    },
  }),
  'sum/each-needs-group': defineRule<{ to: string }>({
    severity: 'error',
    title: { sv: 'each används för en enskild part.', en: 'each is used for a single party.' },
    message: {
      sv: (a) => `each betyder "per medlem i en grupp", men ${a.to} är ingen grupp.`,
      en: (a) => `each means "per member of a group", but ${a.to} is not a group.`,
    },
    hint: { sv: () => 'Skriv amount för ett belopp till en part.', en: () => 'Write amount for a sum to one party.' },
  }),
  'sum/group-needs-split': defineRule<{ group: string }>({
    severity: 'error',
    title: {
      sv: 'En rad till en grupp säger inte hur beloppet delas.',
      en: 'A line to a group does not say how its amount is divided.',
    },
    message: {
      sv: (a) => `Raden ger pengar till gruppen ${a.group} men säger inte hur de delas mellan medlemmarna.`,
      en: (a) => `The line gives money to group ${a.group} but does not say how it is divided among the members.`,
    },
    hint: {
      sv: () => 'Lägg till split: folkmangd (ett mått i parternas dataset) eller split: equal, eller använd each.',
      en: () => "Add split: folkmangd (a measure of the parties' dataset) or split: equal, or use each.",
    },
  }),
  'sum/split-without-weight': defineRule<{ group: string; measure: string; amount: string }>({
    severity: 'error',
    title: {
      sv: 'En rad delas mellan medlemmar vars vikter alla är noll.',
      en: 'A line is split among members whose weights are all zero.',
    },
    message: {
      sv: (a) =>
        `Raden ger ${a.amount} till gruppen ${a.group} fördelat efter ${a.measure}, men måttet är noll för alla medlemmar, så beloppet kan inte delas och går till ingen.`,
      en: (a) =>
        `The line gives ${a.amount} to group ${a.group} split by ${a.measure}, but the measure is zero for every member, so the amount cannot be divided and goes to no one.`,
    },
    hint: {
      sv: () => 'Kontrollera datasetets värden för medlemmarnas enheter, eller dela med split: equal.',
      en: () => "Check the dataset's values for the members' units, or divide with split: equal.",
    },
  }),
  'sum/line-not-spent': defineRule<{ to: string; amount: string; difference: string }>({
    severity: 'error',
    title: {
      sv: 'Delraderna använder inte hela radens belopp.',
      en: "The child lines do not use the whole line's amount.",
    },
    message: {
      sv: (a) => `Delraderna under raden till ${a.to} (${a.amount}) lämnar ${a.difference} ofördelat.`,
      en: (a) => `The child lines of the line to ${a.to} (${a.amount}) leave ${a.difference} unallocated.`,
    },
    hint: { sv: () => 'Lägg till en delrad med rest: true.', en: () => 'Add a child line with rest: true.' },
  }),
  'sum/line-overspent': defineRule<{ to: string; amount: string; difference: string }>({
    severity: 'error',
    title: {
      sv: 'Delraderna fördelar mer än radens belopp.',
      en: "The child lines allocate more than the line's amount.",
    },
    message: {
      sv: (a) => `Delraderna under raden till ${a.to} (${a.amount}) fördelar ${a.difference} för mycket.`,
      en: (a) => `The child lines of the line to ${a.to} (${a.amount}) allocate ${a.difference} too much.`,
    },
  }),
  'sum/fund-on-child-line': defineRule<{ fund: string }>({
    severity: 'error',
    title: { sv: 'En delrad anger en egen fond.', en: 'A child line names a fund of its own.' },
    message: {
      sv: (a) => `En delrad delar sin överordnade rads belopp och kan inte ta pengar ur fonden ${a.fund}.`,
      en: (a) => `A child line divides its parent line's amount and cannot draw on fund ${a.fund}.`,
    },
    hint: {
      sv: () => 'Ta bort fund från delraden, eller gör den till en egen rad i steget.',
      en: () => 'Remove fund from the child line, or make it a line of the step.',
    },
  }),
  'sum/rounding-residual': defineRule<{ policy: string; residual: string; fund: string }>({
    severity: 'warning',
    title: { sv: 'Avrundningen lämnar kronor ofördelade.', en: 'Rounding leaves kronor unallocated.' },
    message: {
      sv: (a) => `Avrundningen ${a.policy} lämnar ${a.residual} ofördelat här (fond ${a.fund}).`,
      en: (a) => `Rounding policy ${a.policy} leaves ${a.residual} unallocated here (fund ${a.fund}).`,
    },
    hint: {
      sv: () =>
        'largest-remainder fördelar alltid till sista kronan; använd de andra bara för att återge en publicerad tabell.',
      en: () => 'largest-remainder always allocates to the krona; use the others only to reproduce a published table.',
    },
  }),
  'sum/child-line-other-party': defineRule<{ child: string; parent: string }>({
    severity: 'error',
    title: {
      sv: 'En delrad går till en annan mottagare än sin rad.',
      en: 'A child line goes to another recipient than its line.',
    },
    message: {
      sv: (a) =>
        `Delraden går till ${a.child}, men raden den delar går till ${a.parent}. Delrader delar upp en mottagares belopp (till exempel efter syfte); pengar till någon annan skulle stå på ${a.parent} i underlaget men räknas till ${a.child}.`,
      en: (a) =>
        `The child line goes to ${a.child}, but the line it divides goes to ${a.parent}. Child lines divide one recipient's amount (by purpose, say); money for someone else would be shown under ${a.parent} in the memo but counted for ${a.child}.`,
    },
    hint: {
      sv: (a) =>
        `Ge ${a.child} en egen rad i steget, eller låt delraden gå till ${a.parent} (eller en medlem i gruppen ${a.parent}).`,
      en: (a) =>
        `Give ${a.child} a line of its own in the step, or let the child line go to ${a.parent} (or a member of the group ${a.parent}).`,
    },
  }),
  'sum/rounding-overdraws': defineRule<{ policy: string; excess: string; fund: string }>({
    severity: 'error',
    title: { sv: 'Avrundningen delar ut mer än det finns.', en: 'Rounding hands out more than there is.' },
    message: {
      sv: (a) =>
        `Avrundningen ${a.policy} delar ut ${a.excess} mer än det belopp som delas här (fond ${a.fund}): pengar som inte finns.`,
      en: (a) =>
        `Rounding policy ${a.policy} hands out ${a.excess} more than the amount divided here (fund ${a.fund}): money that does not exist.`,
    },
    hint: {
      sv: () =>
        'Använd rounding: largest-remainder, som alltid ger exakt beloppet, eller ändra andelarna så att de avrundade delarna ryms.',
      en: () =>
        'Use rounding: largest-remainder, which always gives exactly the amount, or change the shares so the rounded parts fit.',
    },
  }),
  'sum/fund-cell-incomplete': defineRule<{ fund: string; area: string }>({
    severity: 'error',
    title: {
      sv: 'Fondens cell i överenskommelsen kan inte beräknas.',
      en: "The fund's agreement cell cannot be computed.",
    },
    message: {
      sv: (a) =>
        `Fonden ${a.fund} hämtar sitt belopp från området ${a.area}, men cellen kan inte beräknas eftersom data saknas.`,
      en: (a) =>
        `Fund ${a.fund} takes its amount from area ${a.area}, but the cell cannot be computed because data is missing.`,
    },
    hint: {
      sv: () => 'Se felet om saknade data i överenskommelsen, eller ange amount.',
      en: () => 'See the missing-data finding in the agreement, or state amount.',
    },
  }),
  'ref/unknown-party': defineRule<{ id: string }>({
    severity: 'error',
    title: { sv: 'Okänd part.', en: 'Unknown party.' },
    message: {
      sv: (a) => `Ingen part, grupp eller gruppmedlem heter ${a.id} i parternas dokument.`,
      en: (a) => `No party, group or group member is called ${a.id} in the parties document.`,
    },
  }),
  'ref/unknown-fund': defineRule<{ id: string }>({
    severity: 'error',
    title: { sv: 'Okänd fond.', en: 'Unknown fund.' },
    message: {
      sv: (a) => `Fördelningen har ingen fond som heter ${a.id}.`,
      en: (a) => `The allocation has no fund called ${a.id}.`,
    },
  }),
  'ref/unknown-area': defineRule<Unknown>({
    severity: 'error',
    title: { sv: 'Okänt område i överenskommelsen.', en: 'Unknown agreement area.' },
    message: {
      sv: (a) => `Överenskommelsen har inget område ${a.id} (kända: ${a.known}).`,
      en: (a) => `The agreement has no area ${a.id} (known: ${a.known}).`,
    },
  }),
  'ref/unknown-column': defineRule<Unknown>({
    severity: 'error',
    title: { sv: 'Okänd mottagarkolumn i överenskommelsen.', en: 'Unknown agreement column.' },
    message: {
      sv: (a) => `Området har ingen cell i kolumnen ${a.id} (kända: ${a.known}).`,
      en: (a) => `The area has no cell in column ${a.id} (known: ${a.known}).`,
    },
  }),
  'ref/unknown-unit': defineRule<Unknown>({
    severity: 'error',
    title: { sv: 'Okänd enhet i överenskommelsens kolumn.', en: "Unknown unit in the agreement's column." },
    message: {
      sv: (a) => `Kolumnen har ingen enhet ${a.id}; länet anges med sin länskod.`,
      en: (a) => `The column has no unit ${a.id}; a county is named by its county code.`,
    },
  }),
  'ref/missing-agreement': defineRule<{ fund: string }>({
    severity: 'error',
    title: {
      sv: 'Fonden hämtar från en överenskommelse som inte anges.',
      en: 'The fund draws on an agreement that is not named.',
    },
    message: {
      sv: (a) => `Fonden ${a.fund} har from men varken fonden eller fördelningen anger agreement.`,
      en: (a) => `Fund ${a.fund} has from, but neither the fund nor the allocation names an agreement.`,
    },
  }),
  'ref/missing-county': defineRule<{ fund: string }>({
    severity: 'error',
    title: {
      sv: 'Det framgår inte vilket läns cell fonden avser.',
      en: "It is not said which county's cell the fund takes.",
    },
    message: {
      sv: (a) =>
        `Fonden ${a.fund} hämtar från överenskommelsen men varken fonden (unit) eller fördelningen (county) anger länet.`,
      en: (a) =>
        `Fund ${a.fund} draws on the agreement but neither the fund (unit) nor the allocation (county) names the county.`,
    },
  }),
  'data/no-dataset-for-split': defineRule<{ group: string; measure: string }>({
    severity: 'error',
    title: { sv: 'En fördelning efter vikt saknar dataset.', en: 'A split by weight has no dataset.' },
    message: {
      sv: (a) => `Gruppen ${a.group} delas efter ${a.measure}, men parternas dokument anger inget dataset.`,
      en: (a) => `Group ${a.group} is split by ${a.measure}, but the parties document names no dataset.`,
    },
  }),
  'data/member-without-units': defineRule<{ member: string; measure: string }>({
    severity: 'error',
    title: { sv: 'En gruppmedlem saknar enheter att väga.', en: 'A group member has no units to weigh.' },
    message: {
      sv: (a) => `Medlemmen ${a.member} har inga units, så dess vikt (${a.measure}) kan inte beräknas.`,
      en: (a) => `Member ${a.member} lists no units, so its weight (${a.measure}) cannot be computed.`,
    },
  }),
  'data/unit-in-two-members': defineRule<{ unit: string; group: string; first: string; second: string }>({
    severity: 'error',
    title: { sv: 'En enhet hör till två medlemmar i samma grupp.', en: 'A unit belongs to two members of one group.' },
    message: {
      sv: (a) =>
        `${a.unit} finns både hos ${a.first} och ${a.second} i gruppen ${a.group}; dess vikt skulle räknas två gånger.`,
      en: (a) =>
        `${a.unit} is listed under both ${a.first} and ${a.second} in group ${a.group}; its weight would count twice.`,
    },
  }),
  'data/unassigned-unit': defineRule<{ group: string; units: string; count: number; dataset: string }>({
    severity: 'warning',
    title: { sv: 'Enheter i länet hör inte till någon medlem.', en: 'Units of the county belong to no member.' },
    message: {
      sv: (a) =>
        a.count === 1
          ? `En enhet i länet (${a.dataset}) hör inte till någon medlem i gruppen ${a.group}: ${a.units}. Dess vikt ingår inte när gruppen delas.`
          : `${a.count} enheter i länet (${a.dataset}) hör inte till någon medlem i gruppen ${a.group}: ${a.units}. Deras vikt ingår inte när gruppen delas.`,
      en: (a) =>
        a.count === 1
          ? `One unit of the county (${a.dataset}) belongs to no member of group ${a.group}: ${a.units}. Its weight is left out when the group is split.`
          : `${a.count} units of the county (${a.dataset}) belong to no member of group ${a.group}: ${a.units}. Their weight is left out when the group is split.`,
    },
    hint: {
      sv: () =>
        'Lägg till dem hos rätt medlem, eller lista dem under unassigned med ett skäl som syns i beslutsunderlaget.',
      en: () => 'Add them to the right member, or list them under unassigned with a reason that the memo shows.',
    },
  }),
  'data/unassigned-but-assigned': defineRule<{ unit: string; group: string }>({
    severity: 'error',
    title: {
      sv: 'En enhet anges som ej tilldelad men hör till en medlem.',
      en: 'A unit is listed as unassigned but belongs to a member.',
    },
    message: {
      sv: (a) => `${a.unit} står under unassigned i gruppen ${a.group} men hör till en av dess medlemmar.`,
      en: (a) => `${a.unit} is listed under unassigned in group ${a.group} but belongs to one of its members.`,
    },
  }),
} as const
