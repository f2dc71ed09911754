import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's examples folder: the real documents as specs. */
export const examplesFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples')

/** Every YAML and CSV file of the examples, as workspace path → text, sorted by path. */
export function readExampleFiles(): Record<string, string> {
  const files = readdirSync(examplesFolder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ya?ml|csv)$/u.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
  return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(examplesFolder, file), 'utf8')]))
}
