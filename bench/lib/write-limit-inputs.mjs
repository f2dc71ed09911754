import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The shared parties file of the fraction inputs: two parties. */
const twoParties =
  'apiVersion: fordela/v1\nkind: Parties\nid: parter\ntitle: Parter\ncounty: { code: "14", name: Västra Götalands län }\n' +
  'parties:\n  - { id: a, name: Part A }\n  - { id: b, name: Part B }\n'

/** An allocation of one fund and one section whose only step holds `lines` (YAML, indented for the step). */
function allocation(lines) {
  return (
    'apiVersion: fordela/v1\nkind: Allocation\nid: stress\ntitle: Stress\nyear: 2025\nparties: ./parter.yaml\n' +
    'funds:\n  - id: f\n    amount: 30 000 000\nsections:\n  - id: s\n    title: S\n    fund: f\n    steps:\n      - lines:\n' +
    lines
  )
}

/** One share per prime below 250: 1 over its largest power below 10^20 (so at most 20 digits each). */
function primePowerDenominators() {
  const primes = Array.from({ length: 249 }, (_, i) => i + 2).filter((n) =>
    Array.from({ length: n - 2 }, (_, i) => i + 2).every((d) => n % d !== 0),
  )
  return primes.map((p) => {
    let power = BigInt(p)
    while (power * BigInt(p) < 10n ** 20n) power *= BigInt(p)
    return power
  })
}

/**
 * The inputs of issue 15 that once hung, ran out of memory or took seconds,
 * each under 1 MiB per file, written deterministically (no randomness):
 *
 * - `long-line`: a Strategy whose 20 000 goals stand on one line, each with an
 *   invalid id, so 20 000 findings share one ~490 KB line;
 * - `long-shares`: 250 shares with 41-digit denominators (refused from their text);
 * - `share-sum`: 53 shares with coprime 20-digit denominators, whose exact sum
 *   passes 1 000 digits at the last (refused there);
 * - `members`: a group of 20 000 members (an ~880 KB parties file) and an
 *   allocation that splits 20 000 000 kr among them equally.
 *
 * @param {string} dir where to write, one folder per input
 * @returns {{ id: string, description: string, dir: string, spec: string, bytes: number }[]}
 */
export function writeLimitInputs(dir) {
  const inputs = [
    {
      id: 'long-line',
      description: '20 000 findings on one 490 KB line',
      files: {
        'stress.yaml': `apiVersion: fordela/v1\nkind: Strategy\nid: s\ntitle: S\nvision: x\ngoals: [${Array.from({ length: 20_000 }, (_, i) => `{id: G_${i}, title: x}`).join(', ')}]\n`,
      },
    },
    {
      id: 'long-shares',
      description: '250 shares with 41-digit denominators',
      files: {
        'parter.yaml': twoParties,
        'stress.yaml': allocation(
          `${Array.from({ length: 250 }, (_, i) => `          - { to: a, share: 1/${10n ** 40n + BigInt(2 * i + 1)} }\n`).join('')}          - { to: b, rest: true }\n`,
        ),
      },
    },
    {
      id: 'share-sum',
      description: '53 shares whose exact sum passes 1 000 digits',
      files: {
        'parter.yaml': twoParties,
        'stress.yaml': allocation(
          `${primePowerDenominators()
            .map((den) => `          - { to: a, share: 1/${den} }\n`)
            .join('')}          - { to: b, rest: true }\n`,
        ),
      },
    },
    {
      id: 'members',
      description: 'a group of 20 000 members (880 KB parties file), split equally',
      files: {
        'parter.yaml':
          'apiVersion: fordela/v1\nkind: Parties\nid: parter\ntitle: Parter\ncounty: { code: "14", name: Västra Götalands län }\n' +
          'parties:\n  - { id: a, name: Regionen }\ngroups:\n  - id: grupp\n    name: Gruppen\n    members:\n' +
          Array.from(
            { length: 20_000 },
            (_, i) => `      - { id: m-${String(i).padStart(5, '0')}, name: Medlem ${String(i).padStart(5, '0')} }\n`,
          ).join(''),
        'stress.yaml': allocation(
          '          - { to: grupp, amount: 20 000 000, split: equal }\n          - { to: a, rest: true }\n',
        ),
      },
    },
  ]
  return inputs.map(({ id, description, files }) => {
    const folder = join(dir, id)
    mkdirSync(folder, { recursive: true })
    let bytes = 0
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(folder, name), text)
      bytes = Math.max(bytes, Buffer.byteLength(text))
    }
    return { id, description, dir: folder, spec: 'stress.yaml', bytes }
  })
}
