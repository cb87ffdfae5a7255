// The i18n tests hand these the modules Vite's `import.meta.glob` reads (Vitest runs it), so the
// domain and UI packages need no Node types.

export type CataloguePart = { name: string; keys: readonly string[] };

/**
 * Every exported catalogue object (`…Messages`) of the given modules (path → exports), one part
 * each: a spread puts a later part's key over an earlier one's without a word, so the i18n tests
 * count keys part by part.
 */
export function catalogueParts(modules: Record<string, Record<string, unknown>>): CataloguePart[] {
  return Object.entries(modules).flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter(([name, value]) => name.endsWith('Messages') && typeof value === 'object' && value !== null)
      .map(([name, value]) => ({ name: `${path}#${name}`, keys: Object.keys(value as object) })),
  );
}

/** Each key that more than one part defines, with the parts that define it. */
export function keysDefinedTwice(parts: readonly CataloguePart[]): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const part of parts) {
    for (const key of part.keys) owners.set(key, [...(owners.get(key) ?? []), part.name]);
  }
  return Object.fromEntries([...owners].filter(([, where]) => where.length > 1));
}
