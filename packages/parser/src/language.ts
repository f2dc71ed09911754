/** The languages fordela speaks to users. */
export type Language = 'sv' | 'en'

/** A text in every language fordela speaks. */
export type LocalizedText = Readonly<Record<Language, string>>
