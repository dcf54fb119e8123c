/** A file name from a scenario name: lower case, dashes, no odd characters. */
export function slugify(name: string | undefined): string {
  const slug = (name ?? 'scenario').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug === '' ? 'scenario' : slug;
}
