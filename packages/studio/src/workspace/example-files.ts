/**
 * The repository's examples, bundled into the app at build time: workspace
 * path → text, exactly the files `fordela` reads in examples/.
 */
const bundled = import.meta.glob<string>('../../../../examples/**/*.{yaml,yml,csv}', { eager: true, query: '?raw', import: 'default' })

const prefix = '../../../../examples/'

/** The example workspace's files. */
export function exampleFiles(): Map<string, string> {
  return new Map(Object.entries(bundled).map(([path, text]) => [path.slice(prefix.length), text]))
}
