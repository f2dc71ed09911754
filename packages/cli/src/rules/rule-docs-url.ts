/** Where the project lives; SARIF `informationUri` and every rule's docs link start here. */
export const repositoryUrl = 'https://github.com/fordela/fordela'

/**
 * The docs page of a rule: `sum/fund-not-spent` →
 * `https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.md`.
 */
export function ruleDocsUrl(ruleId: string): string {
  return `${repositoryUrl}/blob/main/docs/rules/${ruleId}.md`
}
