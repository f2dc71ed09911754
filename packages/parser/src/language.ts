/** The languages fordela speaks to users. */
export type Language = 'sv' | 'en'
