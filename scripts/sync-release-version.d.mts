/** The hook manifest with every `npx --yes @fordela/cli@<old>` at `version`; throws if it names none. */
export declare function syncHookVersion(hooks: string, version: string): string
