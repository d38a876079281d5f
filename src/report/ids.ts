/** The id an unlisted speaker gets from its name: stable kebab-case, accents dropped. */
export function idFromName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
}
