#!/usr/bin/env node
// Compiles the Phoenix agents dictionary (../shared/data/cameo-dictionaries/Phoenix.agents.txt, MIT,
// Copyright (c) 2015 Open Event Data Alliance) into generic actor heads, data/events/cameo-agents.txt,
// in the format of our own generic-actors.txt (noun TYPE KIND), which takes precedence.
// Deterministic.   node scripts/build-cameo-agents.mjs [--in FILE] [--out FILE]
//
// Kept: agents of one or two words (our generic-actor finder matches heads of one or two words),
// with their regular or listed plurals; the role type is the agent code's first three letters
// after "~" (GOVMED → GOV: the rest is a sector our codes do not carry). Agents written with
// substitution markers (!MINIST! …) or commas, and religious or ethnic codes that are no role,
// are left out. KIND: 'state' for arms of a state (GOV MIL COP JUD LEG SPY), 'group' for people.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const IN = opt('--in', new URL('../../shared/data/cameo-dictionaries/Phoenix.agents.txt', import.meta.url).pathname);
const OUT = opt('--out', new URL('../data/events/cameo-agents.txt', import.meta.url).pathname);

const ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'INS', 'SEP', 'OPP', 'CVL', 'BUS', 'MED', 'EDU', 'HLH',
  'UAF', 'CRM', 'LAB', 'AGR', 'REF', 'PTY', 'ELI', 'NGO', 'IGO', 'DEV', 'ENV', 'HRI', 'MOD', 'RAD']);
const STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

function plural(w) {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/man$/.test(w)) return `${w.slice(0, -3)}men`;
  return `${w}s`;
}

const out = new Map();
for (const raw of readFileSync(IN, 'utf8').split('\n')) {
  const line = raw.replace(/#.*/, '').trim();
  const m = /^([A-Z][A-Z0-9_'-]*)\s*(\{([^}]*)\})?\s*\[~([A-Z]{3})[A-Z]*\]/.exec(line);
  if (!m) continue;
  const phrase = m[1].replace(/_+$/, '').toLowerCase();
  const words = phrase.split('_');
  if (words.length > 2 || words.some((w) => !/^[a-z][a-z'-]*$/.test(w))) continue;
  const type = m[4];
  if (!ROLES.has(type)) continue;
  const kind = STATE.has(type) ? 'state' : 'group';
  const forms = [phrase];
  // {} means no plural; {X} lists it; otherwise the regular plural of the last word.
  if (m[2] === undefined) forms.push([...words.slice(0, -1), plural(words.at(-1))].join('_'));
  else if (m[3].trim()) forms.push(...m[3].trim().split(/\s+/).map((p) => p.replace(/_+$/, '').toLowerCase()));
  for (const f of forms) if (!out.has(f)) out.set(f, `${f} ${type} ${kind}`);
}

const header = `# Generic actor heads compiled from the Phoenix agents dictionary (Phoenix.agents.txt) by
# scripts/build-cameo-agents.mjs. Copyright (c) 2015 Open Event Data Alliance, MIT licence (see
# data/events/README.md). Do not edit: our own generic-actors.txt takes precedence.
# noun  TYPE  KIND   (multi-word heads joined by _)
`;
const lines = [...out.values()].sort();
writeFileSync(OUT, header + lines.join('\n') + '\n');
console.log(`${lines.length} agent heads written to ${OUT}`);
