#!/usr/bin/env node
// Renders samples/stories.mjs into the five input forms newsgraph reads:
//   raw/dump.txt         a scraped dump like ../shared/fixtures/seed (repeated header blocks, a logo token, credits)
//   html/<slug>.html     news pages with navigation, share bars, figures, related links, meta tags and JSON-LD
//   jsonl/articles.jsonl {text, title, url, published}
//   rss/feed.xml         RSS 2.0 with content:encoded (a few items carry only a description)
//   atom/feed.xml        Atom 1.0 with HTML content (a few entries carry only a summary)
// Run `node samples/build.mjs` after editing the stories; the outputs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stories } from './stories.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SITE = 'Global Wire';
const url = (s) => `https://news.example.org/${s.published.replace(/-/g, '/')}/${s.slug}`;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const write = (rel, text) => {
  mkdirSync(dirname(join(here, rel)), { recursive: true });
  writeFileSync(join(here, rel), text);
};
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rfc822 = (day, hh) => {
  const d = new Date(`${day}T${hh}:00Z`);
  return `${DAYS[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}:00 +0000`;
};

// ---- raw dump: title, caption twice, a logo token, the same block again, then the body.
// Every third story has single line breaks between paragraphs, as some scrapes do.
const dump = stories.map((s, i) => {
  const cap = `${s.caption} (${s.credit})`;
  const header = [s.title, '', cap, cap, 'GW', '', s.title, '', cap, cap, ''];
  const body = i % 3 === 2 ? [s.body.join('\n')] : s.body.flatMap((p) => [p, '']);
  return [...header, ...body].join('\n').trimEnd();
});
write('raw/dump.txt', dump.join('\n\n\n\n') + '\n');

// ---- JSONL
write('jsonl/articles.jsonl', stories.map((s) => JSON.stringify({ text: s.body.join('\n\n'), title: s.title, url: url(s), published: s.published })).join('\n') + '\n');

// ---- HTML pages
const related = (i) => [1, 2, 3].map((k) => stories[(i + k) % stories.length]).map((r) => `<li><a href="${url(r)}">${esc(r.title)}</a></li>`).join('\n          ');
stories.forEach((s, i) => {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: s.title,
    datePublished: `${s.published}T08:30:00Z`,
    author: [{ '@type': 'Person', name: s.byline }],
    publisher: { '@type': 'Organization', name: SITE },
    ...(i % 2 === 0 ? { articleBody: s.body.join('\n') } : {}),
  };
  // Metadata comes in different forms on different sites: meta tags, JSON-LD only, or <time>.
  const metaDate = i % 3 === 0 ? `<meta property="article:published_time" content="${s.published}T08:30:00+00:00">` : '';
  const paras = s.body.map((p, k) => (k === 3 ? `<p>${esc(p)}</p>\n        <div class="ad-slot"><span>Advertisement</span></div>` : `<p>${esc(p)}</p>`)).join('\n        ');
  write(
    `html/${s.slug}.html`,
    `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>${esc(s.title)} | ${SITE}</title>
  <meta property="og:title" content="${esc(s.title)}">
  <meta property="og:site_name" content="${SITE}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="${url(s)}">
  <meta name="author" content="${esc(s.byline)}">
  ${metaDate}
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">${JSON.stringify(ld)}</script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "${s.section}"});</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">${SITE}</a>
    <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/africa">Africa</a></li><li><a href="/asia">Asia</a></li><li><a href="/europe">Europe</a></li></ul></nav>
    <div class="search"><form action="/search"><input name="q" placeholder="Search"><button>Go</button></form></div>
  </header>
  <main>
    <article class="story">
      <div class="breadcrumbs"><a href="/">Home</a> › <a href="/${s.section.toLowerCase()}">${esc(s.section)}</a></div>
      <h1 class="headline">${esc(s.title)}</h1>
      <div class="byline">By <a rel="author" href="/authors/${s.byline.toLowerCase().replace(/\W+/g, '-')}">${esc(s.byline)}</a> · <time datetime="${s.published}T08:30:00Z">${s.published}</time></div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a> <a href="#">Print</a></div>
      <figure class="lead-image">
        <img src="/img/${s.slug}.jpg" alt="">
        <figcaption>${esc(s.caption)} <span class="credit">(${esc(s.credit)})</span></figcaption>
      </figure>
      <div class="article-body">
        ${paras}
      </div>
      <div class="related-stories">
        <h3>Read more</h3>
        <ul>
          ${related(i)}
        </ul>
      </div>
      <div class="newsletter-signup"><p>Sign up for the ${SITE} morning briefing: the day's top stories in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
    </article>
    <aside class="sidebar"><h3>Most read</h3><ol>${related(i + 4)}</ol></aside>
  </main>
  <footer class="site-footer"><p>© 2025 ${SITE}. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body>
</html>
`,
  );
});

// ---- RSS 2.0 (items 4 and 9 have only a description, like feeds that publish summaries)
const itemHtml = (s) => `<figure><img src="https://news.example.org/img/${s.slug}.jpg"><figcaption>${esc(s.caption)} (${esc(s.credit)})</figcaption></figure>${s.body.map((p) => `<p>${esc(p)}</p>`).join('')}`;
const rssItems = stories.map((s, i) => {
  const summaryOnly = i === 4 || i === 9;
  return `    <item>
      <title>${esc(s.title)}</title>
      <link>${url(s)}</link>
      <guid isPermaLink="true">${url(s)}</guid>
      <pubDate>${rfc822(s.published, '08:30')}</pubDate>
      <dc:creator>${esc(s.byline)}</dc:creator>
      <category>${esc(s.section)}</category>
      <description>${esc(summaryOnly ? s.body.slice(0, 3).join('\n\n') : s.body[0])}</description>${summaryOnly ? '' : `\n      <content:encoded><![CDATA[${itemHtml(s)}]]></content:encoded>`}
    </item>`;
});
write(
  'rss/feed.xml',
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${SITE}: World news</title>
    <link>https://news.example.org/</link>
    <atom:link href="https://news.example.org/rss" rel="self" type="application/rss+xml"/>
    <description>Wire stories written for the newsgraph demo. All people and quotes are invented.</description>
    <language>en-gb</language>
    <lastBuildDate>${rfc822(stories[stories.length - 1].published, '12:00')}</lastBuildDate>
${rssItems.join('\n')}
  </channel>
</rss>
`,
);

// ---- Atom 1.0 (entries 2 and 7 carry only a summary)
const entries = stories.map((s, i) => {
  const summaryOnly = i === 2 || i === 7;
  return `  <entry>
    <title type="text">${esc(s.title)}</title>
    <link rel="alternate" type="text/html" href="${url(s)}"/>
    <id>tag:news.example.org,${s.published}:${s.slug}</id>
    <published>${s.published}T08:30:00Z</published>
    <updated>${s.published}T09:15:00Z</updated>
    <author><name>${esc(s.byline)}</name></author>
    <summary type="text">${esc(summaryOnly ? s.body.slice(0, 3).join('\n\n') : s.body[0])}</summary>${summaryOnly ? '' : `\n    <content type="html">${esc(itemHtml(s))}</content>`}
  </entry>`;
});
write(
  'atom/feed.xml',
  `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${SITE}</title>
  <subtitle>Wire stories written for the newsgraph demo. All people and quotes are invented.</subtitle>
  <link rel="self" href="https://news.example.org/atom"/>
  <link rel="alternate" href="https://news.example.org/"/>
  <id>tag:news.example.org,2024:feed</id>
  <updated>${stories[stories.length - 1].published}T12:00:00Z</updated>
${entries.join('\n')}
</feed>
`,
);
console.log(`wrote ${stories.length} stories in 5 forms under ${here}`);
