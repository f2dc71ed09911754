/**
 * The repository's examples, copied into the built app as plain files (not
 * JavaScript): workspace path → the file's URL. They are fetched only when
 * the start page or an example is shown, so a user's own folder never
 * downloads them.
 */
const bundled = import.meta.glob<string>('../../../../examples/**/*.{yaml,yml,csv}', {
  eager: true,
  query: '?url',
  import: 'default',
})

const prefix = '../../../../examples/'

let loaded: Promise<Map<string, string>> | undefined

/** The example workspace's files (workspace path → text), exactly the files `fordela` reads in examples/. */
export function exampleFiles(): Promise<Map<string, string>> {
  loaded ??= Promise.all(
    Object.entries(bundled).map(async ([path, url]) => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${path.slice(prefix.length)}: ${response.status}`)
      return [path.slice(prefix.length), await response.text()] as const
    }),
  ).then((entries) => new Map(entries))
  return loaded
}
