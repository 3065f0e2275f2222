// Choose a reader by content, not by file name.
export type InputFormat = 'jsonl' | 'html' | 'feed' | 'text';

export function detectFormat(head: string): InputFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('{')) return 'jsonl';
  const lead = s.slice(0, 2048).toLowerCase();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(lead) || /^<(rss|feed|rdf:rdf)\b/.test(lead)) return 'feed';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|title|article|div|p)\b/.test(lead)) return 'html';
  if (lead.startsWith('<?xml') && /<(rss|feed)\b/.test(lead)) return 'feed';
  return 'text';
}
