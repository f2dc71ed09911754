import type { ErrorCode } from 'yaml'
import { defineRule, type RuleDefinition } from '../define-rule.js'

/** `TAB_AS_INDENT` → `tab-as-indent`. */
type KebabCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}-${KebabCase<Tail>}`
  : Lowercase<S>

/** The rule id of each error code of the `yaml` package, e.g. `yaml/tab-as-indent`. */
export type YamlRuleCode = `yaml/${KebabCase<ErrorCode>}`

/** What a `yaml/…` rule's message is filled with: the library's own English text. */
export type YamlRuleArgs = { readonly detail: string }

/** Groups digits Swedish style: 1048576 → "1 048 576". */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

/**
 * A rule for one `yaml` error code: a plain explanation in both languages,
 * followed by the library's own (English) wording, which often names the
 * missing character or the offending token.
 */
function defineYamlRule(sv: string, en: string): RuleDefinition<YamlRuleArgs> {
  return defineRule<YamlRuleArgs>({
    severity: 'error',
    title: { sv, en },
    message: {
      sv: (a) => `${sv} (YAML-tolkens beskrivning: ${a.detail})`,
      en: (a) => `${en} (the YAML parser says: ${a.detail})`,
    },
  })
}

/**
 * Problems the `yaml` package reports while reading a file. The library marks
 * some of them as warnings; a diagnostic keeps that severity.
 */
const yamlRules = {
  'yaml/alias-props': defineYamlRule(
    'Ett alias (*namn) får inte ha något eget ankare (&) eller någon egen tagg (!).',
    'An alias (*name) cannot carry its own anchor (&) or tag (!).',
  ),
  'yaml/bad-alias': defineYamlRule(
    'Ett ankare (&namn) eller alias (*namn) är felskrivet, till exempel tomt eller slutar med kolon.',
    'An anchor (&name) or alias (*name) is malformed, for example empty or ending in a colon.',
  ),
  'yaml/bad-directive': defineYamlRule(
    'En direktivrad (som börjar med %) är ogiltig eller stöds inte.',
    'A directive line (starting with %) is invalid or not supported.',
  ),
  'yaml/bad-dq-escape': defineYamlRule(
    'En sträng inom dubbla citattecken innehåller en ogiltig escape-sekvens med \\.',
    'A double-quoted string contains an invalid \\ escape sequence.',
  ),
  'yaml/bad-indent': defineYamlRule(
    'Indraget stämmer inte med strukturen: raden är för lite eller för mycket indragen.',
    'The indentation does not match the structure: the line is indented too little or too much.',
  ),
  'yaml/bad-prop-order': defineYamlRule(
    'Ett ankare (&) eller en tagg (!) står på fel ställe.',
    'An anchor (&) or tag (!) is in the wrong place.',
  ),
  'yaml/bad-scalar-start': defineYamlRule(
    'Ett värde utan citattecken börjar med ett tecken som YAML reserverar (till exempel @, ` eller %); sätt värdet inom citattecken.',
    'An unquoted value starts with a character YAML reserves (such as @, ` or %); quote the value.',
  ),
  'yaml/block-as-implicit-key': defineYamlRule(
    'Ett värde över flera rader används som nyckel, vilket YAML inte tillåter.',
    'A multi-line value is used as a key, which YAML does not allow.',
  ),
  'yaml/block-in-flow': defineYamlRule(
    'Blockstil (indrag, "-" eller "|") används inuti [ ] eller { }, där bara radstil tillåts.',
    'Block style (indentation, "-" or "|") is used inside [ ] or { }, where only flow style is allowed.',
  ),
  'yaml/duplicate-key': defineYamlRule(
    'Samma nyckel förekommer två gånger i en mappning.',
    'The same key occurs twice in a mapping.',
  ),
  'yaml/impossible': defineYamlRule(
    'YAML-tolken hamnade i ett läge som inte ska kunna uppstå; filen är troligen kraftigt felformad.',
    'The YAML parser reached a state that should not occur; the file is probably badly malformed.',
  ),
  'yaml/key-over-1024-chars': defineYamlRule(
    'En nyckel är längre än 1024 tecken, vilket YAML inte tillåter för nycklar utan "?".',
    'A key is longer than 1024 characters, which YAML does not allow for keys without "?".',
  ),
  'yaml/missing-char': defineYamlRule(
    'Ett tecken som krävs saknas, till exempel ett avslutande citattecken, en hakparentes eller ett kolon.',
    'A required character is missing, such as a closing quote, a bracket or a colon.',
  ),
  'yaml/multiline-implicit-key': defineYamlRule(
    'En nyckel sträcker sig över flera rader; en nyckel måste stå på en rad och följas av kolon.',
    'A key spans several lines; a key must fit on one line and be followed by a colon.',
  ),
  'yaml/multiple-anchors': defineYamlRule(
    'Ett värde har mer än ett ankare (&).',
    'A value has more than one anchor (&).',
  ),
  'yaml/multiple-docs': defineYamlRule(
    'Filen innehåller flera YAML-dokument där bara ett väntades.',
    'The file contains several YAML documents where one was expected.',
  ),
  'yaml/multiple-tags': defineYamlRule('Ett värde har mer än en tagg (!).', 'A value has more than one tag (!).'),
  'yaml/non-string-key': defineYamlRule(
    'En nyckel är en lista, en mappning eller ett alias; i en spec måste varje nyckel vara en enkel text.',
    'A key is a list, a mapping or an alias; in a spec every key must be plain text.',
  ),
  'yaml/resource-exhaustion': defineYamlRule(
    'Filen kräver för mycket arbete att läsa, till exempel för djup nästling eller för många alias.',
    'The file takes too much work to read, for example too deep nesting or too many aliases.',
  ),
  'yaml/tab-as-indent': defineYamlRule(
    'Raden är indragen med tabbtecken; YAML tillåter bara mellanslag som indrag.',
    'The line is indented with tab characters; YAML allows only spaces for indentation.',
  ),
  'yaml/tag-resolve-failed': defineYamlRule(
    'En tagg (!) är okänd eller passar inte värdet; en spec behöver inga taggar.',
    'A tag (!) is unknown or does not fit the value; a spec needs no tags.',
  ),
  'yaml/unexpected-token': defineYamlRule(
    'Här står något som inte hör hemma i YAML-strukturen, ofta ett tecken för mycket eller fel indrag.',
    'Something here does not fit the YAML structure, often a stray character or wrong indentation.',
  ),
  'yaml/bad-collection-type': defineYamlRule(
    'En tagg (!) är avsedd för en annan sorts samling än den den står på.',
    'A tag (!) is meant for a different kind of collection than the one it is on.',
  ),
} as const satisfies Record<YamlRuleCode, RuleDefinition<YamlRuleArgs>>

/** Rules of the `syntax/` category: the file as text and YAML, before its meaning. */
export const syntaxRules = {
  'syntax/file-too-large': defineRule<{ size: number; limit: number }>({
    severity: 'error',
    title: { sv: 'Filen är för stor för att läsas.', en: 'The file is too large to read.' },
    message: {
      sv: (a) =>
        `Filen är ${groupDigits(a.size)} byte, men en spec får vara högst ${groupDigits(a.limit)} byte, så den lästes inte.`,
      en: (a) =>
        `The file is ${groupDigits(a.size)} bytes, but a spec may be at most ${groupDigits(a.limit)} bytes, so it was not read.`,
    },
    hint: {
      sv: () => 'Dela upp specen i flera filer, eller kontrollera att rätt fil pekas ut.',
      en: () => 'Split the spec into several files, or check that the right file is named.',
    },
  }),
  'syntax/deceptive-character': defineRule<{
    kind: 'bidi' | 'invisible' | 'mixed-script'
    code: string
    script: 'cyrillic' | 'greek' | ''
    letter: string
    word: string
  }>({
    severity: 'error',
    title: {
      sv: 'Ett tecken som får texten att se ut som något annat än den är.',
      en: 'A character that makes the text look like something it is not.',
    },
    message: {
      sv: (a) =>
        a.kind === 'bidi'
          ? `Tecknet ${a.code} ändrar skrivriktningen, så texten visas i en annan ordning än den står i filen.`
          : a.kind === 'invisible'
            ? `Tecknet ${a.code} syns inte, så två id:n eller namn som ser likadana ut kan vara olika.`
            : `Ordet "${a.word}" blandar latinska bokstäver med "${a.letter}" (${a.code}), en ${a.script === 'greek' ? 'grekisk' : 'kyrillisk'} bokstav som bara ser latinsk ut.`,
      en: (a) =>
        a.kind === 'bidi'
          ? `The character ${a.code} changes the writing direction, so the text is shown in another order than it stands in the file.`
          : a.kind === 'invisible'
            ? `The character ${a.code} is invisible, so two ids or names that look the same may differ.`
            : `The word "${a.word}" mixes Latin letters with "${a.letter}" (${a.code}), a ${a.script === 'greek' ? 'Greek' : 'Cyrillic'} letter that only looks Latin.`,
    },
    hint: {
      sv: (a) => (a.kind === 'mixed-script' ? 'Skriv om ordet med bara latinska bokstäver.' : 'Ta bort tecknet.'),
      en: (a) => (a.kind === 'mixed-script' ? 'Retype the word with Latin letters only.' : 'Remove the character.'),
    },
  }),
  'syntax/encoding': defineRule<{
    problem: 'utf-16le' | 'utf-16be' | 'nul' | 'invalid-utf-8'
    byte: number
    line: number
    column: number
  }>({
    severity: 'error',
    title: { sv: 'Filen är inte text i UTF-8.', en: 'The file is not UTF-8 text.' },
    message: {
      sv: (a) =>
        a.problem === 'utf-16le' || a.problem === 'utf-16be'
          ? `Filen är sparad som ${a.problem.toUpperCase()} (den börjar med en byte-ordningsmarkering), men en spec måste vara sparad som UTF-8.`
          : `Filen är inte giltig UTF-8-text: byte ${groupDigits(a.byte)} (rad ${a.line}, kolumn ${a.column}) är ${a.problem === 'nul' ? 'en nollbyte, som inte får förekomma i text' : 'inte giltig UTF-8'}.`,
      en: (a) =>
        a.problem === 'utf-16le' || a.problem === 'utf-16be'
          ? `The file is saved as ${a.problem.toUpperCase()} (it starts with a byte order mark), but a spec must be saved as UTF-8.`
          : `The file is not valid UTF-8 text: byte ${groupDigits(a.byte)} (line ${a.line}, column ${a.column}) is ${a.problem === 'nul' ? 'a NUL byte, which text must not contain' : 'not valid UTF-8'}.`,
    },
    hint: {
      sv: () =>
        'Spara filen som UTF-8 i din editor (till exempel "Spara med kodning → UTF-8"), eller kontrollera att det är en textfil.',
      en: () =>
        'Save the file as UTF-8 in your editor (for example "Save with encoding → UTF-8"), or check that it is a text file.',
    },
  }),
  'syntax/empty-document': defineRule<Record<never, never>>({
    severity: 'error',
    title: { sv: 'Filen har inget innehåll.', en: 'The file has no content.' },
    message: {
      sv: () => 'Filen är tom eller innehåller bara kommentarer, så den beskriver ingenting.',
      en: () => 'The file is empty or holds only comments, so it describes nothing.',
    },
    hint: {
      sv: () => 'Fyll i specen, som börjar med "apiVersion: fordela/v1" och "kind:", eller ta bort filen.',
      en: () => 'Fill in the spec, starting with "apiVersion: fordela/v1" and "kind:", or remove the file.',
    },
  }),
  'syntax/multiple-documents': defineRule<{ limit: number }>({
    severity: 'error',
    title: { sv: 'Filen innehåller för många YAML-dokument.', en: 'The file contains too many YAML documents.' },
    message: {
      sv: (a) =>
        `Här börjar ett nytt YAML-dokument (efter "---"), men en fil får innehålla högst ${a.limit}; resten lästes inte.`,
      en: (a) =>
        `A new YAML document starts here (after "---"), but a file may contain at most ${a.limit}; the rest was not read.`,
    },
    hint: {
      sv: () => 'Lägg varje spec i en egen fil, eller ta bort raden med "---".',
      en: () => 'Put each spec in its own file, or remove the "---" line.',
    },
  }),
  'syntax/not-a-mapping': defineRule<{ found: 'list' | 'value' }>({
    severity: 'error',
    title: { sv: 'Filen är inte en mappning.', en: 'The file is not a mapping.' },
    message: {
      sv: (a) =>
        `Filen består av ${a.found === 'list' ? 'en lista' : 'ett enskilt värde'}, men en spec måste vara en mappning med nycklar som "apiVersion" och "kind".`,
      en: (a) =>
        `The file consists of ${a.found === 'list' ? 'a list' : 'a single value'}, but a spec must be a mapping with keys such as "apiVersion" and "kind".`,
    },
    hint: {
      sv: () => 'Skriv specen som "nyckel: värde"-rader längst till vänster, utan "-" framför.',
      en: () => 'Write the spec as "key: value" lines at the left margin, without a leading "-".',
    },
  }),
  'syntax/duplicate-key': defineRule<{ key: string }>({
    severity: 'error',
    title: { sv: 'En nyckel förekommer två gånger.', en: 'A key occurs twice.' },
    message: {
      sv: (a) =>
        `Nyckeln "${a.key}" finns redan tidigare i samma mappning; en nyckel får bara förekomma en gång, så den här förekomsten ignoreras.`,
      en: (a) =>
        `The key "${a.key}" already occurs earlier in the same mapping; a key may occur only once, so this occurrence is ignored.`,
    },
    hint: {
      sv: () => 'Ta bort en av förekomsterna, eller byt namn på den som avser något annat.',
      en: () => 'Remove one of the occurrences, or rename the one that means something else.',
    },
  }),
  'syntax/forbidden-key': defineRule<{ key: string }>({
    severity: 'error',
    title: { sv: 'En nyckel har ett förbjudet namn.', en: 'A key has a forbidden name.' },
    message: {
      sv: (a) =>
        `Nyckeln "${a.key}" är förbjuden eftersom den kan ändra hur program som läser filen beter sig (prototypförorening); posten ignoreras.`,
      en: (a) =>
        `The key "${a.key}" is forbidden because it can change how programs that read the file behave (prototype pollution); the entry is ignored.`,
    },
    hint: {
      sv: () => 'Byt namn på nyckeln; ingen fordela-spec använder "__proto__", "constructor" eller "prototype".',
      en: () => 'Rename the key; no fordela spec uses "__proto__", "constructor" or "prototype".',
    },
  }),
  'syntax/unresolved-alias': defineRule<{ alias: string; cause: 'undefined' | 'recursive' }>({
    severity: 'error',
    title: { sv: 'Ett alias pekar inte på något ankare.', en: 'An alias points to no anchor.' },
    message: {
      sv: (a) =>
        a.cause === 'recursive'
          ? `Aliaset "*${a.alias}" står inuti värdet som ankaret "&${a.alias}" märker, så värdet skulle innehålla sig självt.`
          : `Aliaset "*${a.alias}" pekar inte på något ankare "&${a.alias}" tidigare i filen.`,
      en: (a) =>
        a.cause === 'recursive'
          ? `The alias "*${a.alias}" is inside the value its anchor "&${a.alias}" marks, so the value would contain itself.`
          : `The alias "*${a.alias}" does not point to any anchor "&${a.alias}" earlier in the file.`,
    },
    hint: {
      sv: () => 'Kontrollera stavningen, och att ankaret (&namn) står före aliaset (*namn) och inte runt det.',
      en: () => 'Check the spelling, and that the anchor (&name) comes before the alias (*name), not around it.',
    },
  }),
  'syntax/alias-limit': defineRule<{ alias: string; reason: 'uses' | 'nodes'; limit: number }>({
    severity: 'error',
    title: { sv: 'Alias skulle göra filen för stor.', en: 'Aliases would make the file too large.' },
    message: {
      sv: (a) =>
        `Aliaset "*${a.alias}" expanderades inte: ${a.reason === 'uses' ? `filen använder fler än ${groupDigits(a.limit)} alias` : `filen skulle då bestå av fler än ${groupDigits(a.limit)} värden`}. Gränsen skyddar mot filer som växer explosivt när alias packas upp; inga fler alias expanderas.`,
      en: (a) =>
        `The alias "*${a.alias}" was not expanded: ${a.reason === 'uses' ? `the file uses more than ${groupDigits(a.limit)} aliases` : `the file would then consist of more than ${groupDigits(a.limit)} values`}. The limit guards against files that blow up when aliases are unpacked; no further aliases are expanded.`,
    },
    hint: {
      sv: () => 'Skriv ut värdena direkt i stället för att upprepa stora delar med alias, eller dela upp filen.',
      en: () => 'Write the values out instead of repeating large parts through aliases, or split the file.',
    },
  }),
  'syntax/too-deep': defineRule<{ limit: number }>({
    severity: 'error',
    title: { sv: 'Filen är för djupt nästlad.', en: 'The file is nested too deeply.' },
    message: {
      sv: (a) =>
        `Här är mappningar och listor nästlade djupare än ${groupDigits(a.limit)} nivåer, vilket ingen spec behöver; filen lästes inte längre än hit.`,
      en: (a) =>
        `Here mappings and lists are nested deeper than ${groupDigits(a.limit)} levels, which no spec needs; the file was not read past this point.`,
    },
    hint: {
      sv: () =>
        'Kontrollera indrag och parenteser ([ ], { }); troligen saknas en avslutande parentes eller så är filen inte en spec.',
      en: () =>
        'Check the indentation and brackets ([ ], { }); a closing bracket is probably missing, or the file is not a spec.',
    },
  }),
  ...yamlRules,
} as const
