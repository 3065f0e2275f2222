// CAMEO event codes with their Goldstein score, quad class and PLOVER type, read once from the
// project's own copies of the ontology tables (data/ontology, shipped with the package).
import { readFileSync } from 'node:fs';
import { dataFile, resource } from './resource.js';

export interface CodeInfo {
  code: string;
  label: string;
  root: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: string | null;
}

interface PloverFile {
  cameo_root_to_plover: Record<string, string | null>;
  cameo_code_to_plover: Record<string, { event: string | null }>;
}

function load(): Map<string, CodeInfo> {
  const tsv = readFileSync(dataFile('ontology/cameo-events.tsv'), 'utf8');
  const plover = JSON.parse(readFileSync(dataFile('ontology/plover.json'), 'utf8')) as PloverFile;
  const m = new Map<string, CodeInfo>();
  for (const line of tsv.split('\n').slice(1)) {
    const [code, label, goldstein, quad, root] = line.split('\t');
    if (!code || !root) continue;
    // PLOVER's code-level table refines the root mapping (e.g. 163 → COERCE); roots 01/02 have no PLOVER type.
    // Root 08 maps to "CONCEDE|RETREAT": 081-083 concede, 084-087 retreat, as the table's notes say.
    let p = plover.cameo_code_to_plover[code]?.event ?? plover.cameo_root_to_plover[root] ?? null;
    if (p === 'CONCEDE|RETREAT') p = /^08[4-7]/.test(code) ? 'RETREAT' : 'CONCEDE';
    m.set(code, {
      code, label: label!, root, goldstein: Number(goldstein), quadClass: Number(quad) as 1 | 2 | 3 | 4, plover: p,
    });
  }
  return m;
}

const table = resource('CAMEO/PLOVER code table', load);

export function codeInfo(code: string): CodeInfo | null {
  return table.get().get(code) ?? null;
}

export function allCodes(): string[] {
  return [...table.get().keys()];
}
