/** Source lists stay short: a path under another listed path adds nothing. */
export function compactSources(sources: Iterable<string>): string[] {
  const all = [...sources];
  return all.filter((path, index) => all.findIndex((other) => path === other || path.startsWith(other + '/')) === index);
}
