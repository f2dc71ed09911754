/** The Markdown file a spec renders to by default: the spec's path with `.md` for `.yaml`/`.yml` ("memo.yaml" → "memo.md"). */
export function defaultMarkdownPath(spec: string): string {
  return `${spec.replace(/\.ya?ml$/i, '')}.md`
}
