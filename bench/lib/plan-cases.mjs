import { join } from 'node:path'

/**
 * The commands the benchmark times, in groups that share a floor and a
 * number of runs. Each case is `node <args>` in `cwd`; `exits` lists the
 * statuses that count as a normal run (lint exits 1 when it finds errors,
 * as it does in examples/, whose real data lacks population 0–18).
 *
 * @param {{ repo: string, bin: string, floor: string, large: string, years: { dir: string, before: string, after: string }, commands: Set<string>, spectral?: { entry: string, ruleset: string } }} where
 */
export function planCases({ repo, bin, floor, large, years, commands, spectral }) {
  const examples = join(repo, 'examples')
  const spectralCase = (id, label, cwd) =>
    spectral
      ? [
          {
            id,
            label,
            args: [spectral.entry, 'lint', '--quiet', '--ruleset', spectral.ruleset, '**/*.yaml'],
            cwd,
            exits: [0, 1],
          },
        ]
      : []
  const cold = [
    { id: 'node', label: '`node -e 0`', args: ['-e', '0'], cwd: repo },
    {
      id: 'floor-examples',
      label: 'floor: import `yaml`, parse examples/',
      args: [floor, 'examples'],
      cwd: repo,
      floor: true,
    },
    { id: 'version', label: '`fordela --version`', args: [bin, '--version'], cwd: repo },
    {
      id: 'lint-examples',
      label: '`fordela lint examples`',
      args: [bin, 'lint', 'examples'],
      cwd: repo,
      exits: [0, 1],
    },
    {
      id: 'lint-examples-no-cache',
      label: '`fordela lint examples`, no code cache',
      args: [bin, 'lint', 'examples'],
      cwd: repo,
      exits: [0, 1],
      env: { FORDELA_NO_CODE_CACHE: '1' },
    },
    ...spectralCase('spectral-examples', 'Spectral, empty ruleset, examples/', examples),
  ]
  const memo = join(repo, 'examples/vastra-gotaland/2025-lansgemensamma-medel.yaml')
  const commandCases = [
    commands.has('render')
      ? { id: 'render', label: '`fordela render` 2025 memo', args: [bin, 'render', memo], cwd: repo, exits: [0, 1] }
      : { id: 'render', label: '`fordela render` 2025 memo', missing: true },
    commands.has('diff')
      ? {
          id: 'diff',
          label: '`fordela diff` 2025 → 2026 memo',
          args: [bin, 'diff', years.before, years.after],
          cwd: years.dir,
          exits: [0, 1],
        }
      : { id: 'diff', label: '`fordela diff` 2025 → 2026 memo', missing: true },
  ]
  const largeCases = [
    {
      id: 'floor-large',
      label: 'floor: import `yaml`, parse large workspace',
      args: [floor, '.'],
      cwd: large,
      floor: true,
    },
    { id: 'lint-large', label: '`fordela lint` large workspace', args: [bin, 'lint'], cwd: large, exits: [0, 1] },
    ...spectralCase('spectral-large', 'Spectral, empty ruleset, large workspace', large),
  ]
  return { cold, commandCases, largeCases }
}
