/**
 * The code fordela gives a path that leads to something other than a
 * regular file (a folder, a named pipe, a device, a socket). Node has no
 * such code of its own; hosts reject with it before anything is opened.
 */
export const notRegularFileCode = 'ENOTREGULAR'

/** The code fordela gives a path whose real place, links followed, lies outside the workspace. */
export const outsideWorkspaceCode = 'EOUTSIDE'

const words: Record<string, { readonly sv: string; readonly en: string }> = {
  ENOENT: { sv: 'den finns inte', en: 'it does not exist' },
  EACCES: { sv: 'behörighet saknas', en: 'permission denied' },
  EPERM: { sv: 'behörighet saknas', en: 'permission denied' },
  EISDIR: { sv: 'det är en mapp', en: 'it is a folder' },
  ENOTDIR: { sv: 'en del av sökvägen är ingen mapp', en: 'a part of the path is not a folder' },
  ELOOP: {
    sv: 'symboliska länkar leder runt i en cirkel eller i för många steg',
    en: 'symbolic links lead round in a circle or through too many steps',
  },
  ENAMETOOLONG: { sv: 'sökvägen är för lång', en: 'the path is too long' },
  ERR_INVALID_ARG_VALUE: {
    sv: 'sökvägen innehåller ett tecken som inte får finnas i ett filnamn',
    en: 'the path holds a character no file name may hold',
  },
  ERR_INVALID_ARG_TYPE: {
    sv: 'sökvägen innehåller ett tecken som inte får finnas i ett filnamn',
    en: 'the path holds a character no file name may hold',
  },
  EMFILE: { sv: 'för många filer är öppna samtidigt', en: 'too many files are open at once' },
  ENFILE: { sv: 'för många filer är öppna samtidigt', en: 'too many files are open at once' },
  EIO: { sv: 'disken gav ett läsfel', en: 'the disk reported a read error' },
  ENOSPC: { sv: 'disken är full', en: 'the disk is full' },
  EDQUOT: { sv: 'diskkvoten är slut', en: 'the disk quota is used up' },
  EFBIG: { sv: 'filen blir för stor för filsystemet', en: 'the file would be too large for the file system' },
  EROFS: { sv: 'filsystemet är skrivskyddat', en: 'the file system is read-only' },
  EBUSY: { sv: 'filen används av ett annat program', en: 'another program is using the file' },
  ETXTBSY: { sv: 'filen används av ett annat program', en: 'another program is using the file' },
  EEXIST: { sv: 'det finns redan en fil där', en: 'a file is already there' },
  EXDEV: {
    sv: 'filen ligger på ett annat filsystem än mappen',
    en: 'the file lies on another file system than its folder',
  },
  EAGAIN: { sv: 'filen kan inte läsas just nu', en: 'the file cannot be read right now' },
  ENXIO: { sv: 'det är ingen vanlig fil', en: 'it is not a regular file' },
  ENODEV: { sv: 'det är ingen vanlig fil', en: 'it is not a regular file' },
  [notRegularFileCode]: {
    sv: 'det är ingen vanlig fil (utan till exempel en mapp, en namngiven pipe eller en enhet)',
    en: 'it is not a regular file (but, say, a folder, a named pipe or a device)',
  },
  [outsideWorkspaceCode]: {
    sv: 'den leder, med länkarna följda, ut ur arbetsytan',
    en: 'it leads, links followed, out of the workspace',
  },
}

/**
 * A failed file operation's code (`ENOENT`, `ELOOP` …) in words a user
 * understands, in Swedish and English. A code fordela does not know
 * becomes "an unexpected file-system error": Node's internal names never
 * reach the user.
 */
export function describeFileError(code: string): { readonly sv: string; readonly en: string } {
  return Object.hasOwn(words, code)
    ? words[code]!
    : { sv: 'filsystemet gav ett oväntat fel', en: 'the file system gave an unexpected error' }
}
