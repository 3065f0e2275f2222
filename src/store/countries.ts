// Country names for ISO 3166-1 alpha-3 codes (graph labels), from the world-countries package.
import { createRequire } from 'node:module';

let names: Map<string, string> | null = null;

export function countryName(iso3: string): string | null {
  if (!names) {
    const list = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string } }[];
    names = new Map(list.map((c) => [c.cca3, c.name.common]));
  }
  return names.get(iso3) ?? null;
}
