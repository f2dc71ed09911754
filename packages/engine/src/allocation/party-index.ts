import type { PartiesDocument } from '@fordela/parser'
import type { PartyRef } from './allocation-evaluation.js'

/** Looks up parties, groups and group members of a parties document by id. */
export function indexParties(parties: PartiesDocument | undefined): (id: string) => PartyRef | undefined {
  const byId = new Map<string, PartyRef>()
  if (parties) {
    for (const party of parties.parties) byId.set(party.id.value, { type: 'party', party })
    for (const group of parties.groups) {
      byId.set(group.id.value, { type: 'group', group })
      for (const member of group.members) byId.set(member.id.value, { type: 'member', party: member, group })
    }
  }
  return (id) => byId.get(id)
}

/** Every id a line may name, for "did you mean". */
export function listPartyIds(parties: PartiesDocument | undefined): string[] {
  if (!parties) return []
  return [
    ...parties.parties.map((party) => party.id.value),
    ...parties.groups.flatMap((group) => [group.id.value, ...group.members.map((member) => member.id.value)]),
  ]
}
