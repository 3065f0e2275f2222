import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, type HandEntity } from '../testing/hand-doc.js';
import { eventsStage } from './index.js';
import { runPipeline } from '../pipeline.js';
import { fieldText } from '../doc/index.js';
import type { EventOut } from '../types.js';

const T: HandEntity[] = [
  { names: ['Russia', 'Moscow'], type: 'GPE', country: 'RUS' },
  { names: ['North Korea', 'Pyongyang'], type: 'GPE', country: 'PRK', geo: [39.03, 125.75] },
  { names: ['South Korea'], type: 'GPE', country: 'KOR' },
  { names: ['Seoul'], type: 'GPE', country: 'KOR', geo: [37.57, 126.98] },
  { names: ['Shin Wonsik', 'Shin'], type: 'PERSON', country: 'KOR', code: 'KORGOV' },
  { names: ['Andrei Belousov', 'Belousov'], type: 'PERSON', country: 'RUS', code: 'RUSMIL' },
  { names: ['Russian'], type: 'NORP', country: 'RUS' },
  { names: ['Iranian'], type: 'NORP', country: 'IRN' },
  { names: ['US'], type: 'GPE', country: 'USA' },
  { names: ['Baghdad Airport'], type: 'FAC', country: 'IRQ', geo: [33.26, 44.23] },
  { names: ['Tehran'], type: 'GPE', country: 'IRN' },
  { names: ['Iraqi'], type: 'NORP', country: 'IRQ' },
  { names: ['Ukraine'], type: 'GPE', country: 'UKR' },
];

const code = (body: string, opts: Parameters<typeof handDoc>[2] = {}) => {
  const doc = handDoc(body, T, opts);
  return { doc, events: eventsStage.run(doc, { report() {} }).events as EventOut[] };
};
const triple = (e: EventOut) => `${e.source.country} ${e.cameo} ${e.target?.country ?? '-'}`;

test('active voice: subject is the source, object the target; codes carry ontology fields', () => {
  const { events } = code('Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for talks with military leaders.');
  assert.deepEqual(events.map(triple), ['RUS 042 PRK']);
  const e = events[0]!;
  assert.equal(e.source.name, 'Andrei Belousov');
  assert.equal(e.source.actor_code, 'RUSMIL');
  assert.deepEqual([e.root, e.plover, e.quad_class, e.goldstein], ['04', 'CONSULT', 1, 1.9]);
  assert.equal(e.id, 'v1');
});

test('passive voice: the agent in "in a US strike" acts on the subject; place from the clause with its coordinates', () => {
  const { events } = code('The Iranian general was killed in a US strike near Baghdad Airport on Jan. 3, 2020.');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.source.country, 'USA');
  assert.equal(events[0]!.target!.country, 'IRN');
  assert.ok(['18', '19'].includes(events[0]!.root));
  const { name, country, lat, lon, geo_type } = events[0]!.place!;
  assert.deepEqual({ name, country, lat, lon, geo_type }, { name: 'Baghdad Airport', country: 'IRQ', lat: 33.26, lon: 44.23, geo_type: 4 });
});

test('passive with a by-agent', () => {
  const { events } = code('Ukraine was invaded by Russia.');
  assert.deepEqual(events.map(triple), ['RUS 190 UKR']);
});

test('reported speech: the speaker is not the actor', () => {
  const { events } = code('Shin said Russia has provided air defense missile systems to North Korea.');
  assert.deepEqual(events.map(triple), ['RUS 072 PRK']);
  assert.equal(events[0]!.hedged, false);
  const b = code('Shin Wonsik said in a TV interview last week that Seoul assesses that Russia has provided missiles to North Korea.');
  assert.deepEqual(b.events.map(triple), ['RUS 072 PRK']);
});

test('negation: "did not exert pressure" is negated', () => {
  const { events } = code('Tehran did not exert pressure on the Iraqi government.');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.negated, true);
  assert.equal(code("Russia didn't send troops to North Korea.").events[0]!.negated, true);
});

test('hedging: accused of, appeared to, may, allegedly, reports that', () => {
  for (const s of [
    'North Korea has been accused of supplying artillery systems and missiles to Russia.',
    'Russia appeared to have given economic assistance to North Korea.',
    'Russia may send troops to North Korea.',
    'Russia allegedly sent missiles to North Korea.',
    'Officials cited reports that Russia supplied missiles to North Korea.',
  ]) {
    const { events } = code(s);
    assert.equal(events.length, 1, s);
    assert.equal(events[0]!.hedged, true, s);
    assert.equal(events[0]!.negated, false, s);
  }
  assert.deepEqual(code('North Korea has been accused of supplying artillery systems to Russia.').events.map(triple), ['PRK 072 RUS']);
});

test('no event without a resolvable source', () => {
  assert.deepEqual(code('Unknown gunmen attacked the Russian embassy.').events, []);
  assert.deepEqual(code('He visited North Korea.').events, []);
});

test('folding: the same triple and date in two sentences is one event with two evidence spans', () => {
  const { events } = code('Russia sent troops to North Korea. Later, Russia sent more troops to North Korea.');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.mentions, 2);
  assert.equal(events[0]!.evidence_all!.length, 2);
  assert.equal(events[0]!.date, '2024-11-29');
});

test('evidence offsets are exact and dates come from the clause', () => {
  const body = 'Talks went on.\n\nSouth Korea scrambled fighter jets on Friday to repel Russian warplanes.';
  const at = body.indexOf('on Friday');
  const { doc, events } = code(body, { dates: [{ field: 'body', start: at, end: at + 9, text: 'on Friday', value: '2024-11-22', grain: 'day' }] });
  assert.deepEqual(events.map(triple), ['KOR 150 RUS']);
  const ev = events[0]!.evidence;
  assert.equal(fieldText(doc, ev.field).slice(ev.start, ev.end), ev.text);
  assert.ok(ev.text.startsWith('South Korea scrambled'));
  assert.equal(events[0]!.date, '2024-11-22');
});

test('coordinated subjects: "X and Y signed an agreement" is X → Y', () => {
  assert.deepEqual(code('Russia and North Korea signed an agreement on defense.').events.map(triple), ['RUS 057 PRK']);
});

test('captions and headlines are coded, with evidence in their own field', () => {
  const { doc, events } = code('', {
    title: 'Russia Sends Troops to North Korea',
    captions: ['Russian Defense Minister Andrei Belousov, left, is welcomed by officials of North Korea upon his arrival in Pyongyang.'],
  });
  const fields = events.map((e) => `${e.evidence.field} ${triple(e)}`);
  assert.ok(fields.includes('title RUS 074 PRK'), fields.join('; '));
  for (const e of events) assert.equal(fieldText(doc, e.evidence.field).slice(e.evidence.start, e.evidence.end), e.evidence.text);
});

test('a nationality word that acts joins its country when the article names the country', () => {
  const { events } = code('Iranian forces attacked Iraqi positions near the border on Tuesday. Russia said it was watching, and Ukraine agreed.');
  const attack = events.find((e) => e.root === '19' || e.root === '18' || e.root === '20');
  assert.ok(attack, `no attack event in ${events.map(triple)}`);
  // Neither Iran nor Iraq is named as a country here: the nationality entities stay.
  assert.equal(attack.source.name, 'Iranian');
  const { doc, events: evs } = code('Russian warplanes entered South Korea’s air defense zone on Friday. Russia denied it.');
  const entered = evs.find((e) => e.source.country === 'RUS');
  assert.ok(entered, `no Russian event in ${evs.map(triple)}`);
  const russia = doc.entities.find((e) => e.name === 'Russia')!;
  assert.equal(entered.source.entity, russia.id);
  assert.equal(entered.source.name, 'Russia');
});

test('a pronoun subject of a speech complement is the speaker, when they agree', () => {
  // ("would send" is an intent, 07x → 033x, as docs/events-annotation.md has it for both coders.)
  assert.deepEqual(code('Seoul said it would send air defense missiles to Ukraine.').events.map(triple), ['KOR 0332 UKR']);
  assert.deepEqual(code('South Korea said on Monday that it had sent missiles to Ukraine.').events.map(triple), ['KOR 072 UKR']);
  assert.deepEqual(code('Shin said he would visit Ukraine.').events.map(triple), ['KOR 036 UKR']);
  // A person is not "it"; a state is not "he".
  assert.deepEqual(code('Shin said it would send missiles to Ukraine.').events.map(triple), []);
  assert.deepEqual(code('Seoul said he would visit Ukraine.').events.map(triple), []);
});

test('"he" in a speech complement is a person named by office ("Seoul\'s leader said he would ...")', () => {
  assert.deepEqual(code("South Korea's leader said he would visit Ukraine.").events.map(triple), ['KOR 036 UKR']);
});

test('people a pattern names are acted on: a state frees or detains its own', () => {
  assert.deepEqual(code('Russia freed 50 political prisoners on Friday.').events.map(triple), ['RUS 0841 RUS']);
});

test('a gerund after "by" is the means of the verb before it, with its subject', () => {
  assert.deepEqual(code('Russia responded to the sanctions by expelling 10 Iranian diplomats.').events.map(triple), ['RUS 174 IRN']);
  // ("was killed by ..." stays a passive agent.)
  assert.deepEqual(code('Ukraine was invaded by Russia.').events.map(triple), ['RUS 190 UKR']);
});

test('"its forces" in a speech complement are the speaker\'s', () => {
  assert.deepEqual(code('Russia said its forces had invaded Ukraine.').events.map(triple), ['RUS 190 UKR']);
  assert.deepEqual(code('Shin said its forces had invaded Ukraine.').events.map(triple), []);
});

test('a speaker carried over by "He" who names no one addresses the party of the sentence before', () => {
  const { events } = code("South Korea's president criticised Russia on Monday. He demanded an apology.");
  assert.deepEqual(events.map(triple), ['KOR 111 RUS', 'KOR 100 RUS']);
  // (Not when the sentence before had no event by that speaker.)
  assert.deepEqual(code('Shin arrived on Monday. He demanded an apology.').events.map(triple), []);
});

test('an agentless arrest is the doing of the state where it happens', () => {
  assert.deepEqual(code('An Iranian journalist was detained in Russia on Friday.').events.map(triple), ['RUS 173 IRN']);
  // (With an agent, the agent; with no place, nothing.)
  assert.deepEqual(code('An Iranian journalist was detained by Russian police.').events.map(triple), ['RUS 173 IRN']);
  assert.deepEqual(code('An Iranian journalist was detained on Friday.').events.map(triple), []);
});

test('a pattern element is not looked for past another verb', () => {
  assert.deepEqual(code('Thousands of Russians protested in Moscow, demanding a deal to free Ukraine.').events.map(triple).filter((t) => t.includes(' 114 ')), []);
});

test('an inquiry into abuses "by X" is aimed at X; elsewhere "by X" is not the party', () => {
  assert.deepEqual(code('Russia opened an investigation into abuses by Iranian troops.').events.map(triple), ['RUS 090 IRN']);
});

test('a complement pronoun after "said <adjunct> that"; a denied complement codes nothing', () => {
  assert.deepEqual(code('South Korea said in a statement on its website that it had sent missiles to Ukraine.').events.map(triple), ['KOR 072 UKR']);
  assert.deepEqual(code('South Korea denied that it had sent missiles to Ukraine.').events.map(triple), []);
});

test('every name of a list of subjects acts ("Russia, South Korea and Ukraine urged ...")', () => {
  assert.deepEqual(code('Russia, South Korea and Ukraine urged North Korea to show restraint.').events.map(triple).sort(), ['KOR 020 PRK', 'RUS 020 PRK', 'UKR 020 PRK']);
});

test('a name in a time adjunct is not the party acted on: "during Belousov\'s visit"', () => {
  const { events } = code('South Korea and Ukraine signed a defence agreement during Belousov\'s visit to Seoul.');
  assert.ok(!events.some((e) => e.target?.country === 'RUS'), events.map(triple).join(', '));
});

// The whole pipeline (recogniser, resolver, parser), for rules that read the parse.
const real = (body: string): EventOut[] => runPipeline({ title: '', captions: [], body, published: '2024-11-29', publishedSource: 'given' }).events as EventOut[];
/** A headline alone through the whole pipeline, as "source root target". */
const head = (title: string): string[] => runPipeline({ title, captions: [], body: '', published: '2024-11-29', publishedSource: 'given' }).events.map((e) => `${e.source.country} ${e.cameo.slice(0, 2)} ${e.target?.country ?? '-'}`);

test('an active second conjunct shares a passive first one\'s subject; forces deployed with no sender named were sent by their own state', () => {
  const t = real('Russian troops have been deployed to North Korea and have begun fighting Iranian forces.').map(triple);
  assert.ok(t.includes('RUS 190 IRN'), t.join('; '));
  assert.ok(t.some((x) => /^RUS 0\d\d PRK$/.test(x)), t.join('; '));
});

test('fighting named by a noun with its other side after "with" is fought both ways; fighting already told ("the clashes") is background', () => {
  const t = real('Russian troops seized the town after two days of heavy fighting with Iraqi forces.').map(triple);
  assert.ok(t.includes('RUS 190 IRQ') && t.includes('IRQ 190 RUS'), t.join('; '));
  assert.deepEqual(real('Russia called for calm after the clashes with Ukraine.').filter((e) => e.cameo === '190').map(triple), []);
});

test('killing hundreds of civilians is a mass killing (202); a describing word before a known name keeps its code', () => {
  const t = real('Paramilitary Rapid Support Forces fighters have killed hundreds of ethnic Masalit men and boys in the West Darfur town of Ardamata.');
  assert.deepEqual(t.map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code ?? '-'}`), ['SDNREB 202 SDNCVL']);
});

test('"as did X": X does the same act to the same party', () => {
  const t = real('Britain condemned the decision by Russia on Monday, as did Ukraine.').map((e) => `${e.source.country} ${e.cameo.slice(0, 2)} ${e.target?.country ?? '-'}`);
  assert.ok(t.includes('GBR 11 RUS') && t.includes('UKR 11 RUS'), t.join('; '));
});

test('a denial of "the accusations" answers the accuser (016); a denial of court charges names no one', () => {
  const t = real('Ukraine accused Russia of shelling the city. Russia denied the accusations.').map((e) => `${e.source.country} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(t.includes('RUS 016 UKR'), t.join('; '));
  const c = real('A U.S. court charged Russia with fraud. Russia denied the charges.').map((e) => `${e.source.country} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(!c.some((x) => x.startsWith('RUS 016')), c.join('; '));
});

test('"after an attack on a base killed three soldiers" read as an oblique and a clause of no subject: the attack killed them, soldiers of the one country named', () => {
  const t = real("Colombia's government suspended peace talks with the rebels on Monday after an attack on a military base killed three soldiers.");
  assert.ok(t.some((e) => e.source.actor_code === 'UAF' && /^1[89]/.test(e.cameo) && e.target?.country === 'COL'), t.map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code}`).join('; '));
});

test('a pronoun in a free relative ("launched what it called operations, shelling …") stands for the subject of the verb "what" belongs to', () => {
  const t = real('Azerbaijan launched what it called "anti-terrorist" operations in Nagorno-Karabakh on Tuesday, shelling the positions of ethnic Armenian forces.');
  assert.ok(t.some((e) => e.source.country === 'AZE' && e.cameo.startsWith('19') && e.target?.country === 'ARM'), t.map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code}`).join('; '));
});

test('a date in a possessive dates its noun, not the act: "opened an investigation into interference in last year\'s election" is news', () => {
  const t = real("French prosecutors have opened an investigation into suspected Russian interference in last year's legislative election, the prosecutor's office said on Wednesday.");
  assert.ok(t.some((e) => e.source.country === 'FRA' && e.cameo.startsWith('09') && e.target?.country === 'RUS'), t.map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code}`).join('; '));
});

test('"X freed hostages on Monday and Israel released prisoners" misread as a participle: the name after "and" is the subject', () => {
  const t = real('Hamas freed 11 more hostages from Gaza on Monday and Israel released 33 Palestinian prisoners under a truce.');
  assert.ok(t.some((e) => e.source.country === 'ISR' && e.cameo.startsWith('084') && e.target?.country === 'PSE'), t.map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code}`).join('; '));
});

test('"Supporters of Niger\'s junta rallied …" read as a participle of "junta": the news tagger\'s past tense makes it the act of the whole subject; "security forces" tagged as a verb is still the actor', () => {
  const t = real("Supporters of Niger's junta rallied outside the French embassy in Niamey on Sunday, some trying to force their way in, before security forces dispersed them with tear gas.")
    .map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(t.some((x) => /^NEROPP 14\d FRA$/.test(x)), t.join('; '));
  assert.ok(t.some((x) => /^NER\w* 175 NER$/.test(x)), t.join('; '));
});

test('third parties condemning "the killings" aim at their authors, also attackers of no known country', () => {
  const t = real('Gunmen killed 26 men at a tourist spot in Indian-administered Kashmir on Tuesday. The United States and the European Union condemned the killings.')
    .map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code ?? '-'}`);
  assert.ok(t.includes('USA 111 UAF') && t.some((x) => /^IGO\w* 111 UAF$/.test(x)), t.join('; '));
});

test('an accusation is the event, not the act it alleges', () => {
  const t = real('Ukraine accused Russian forces of blowing up the Kakhovka dam on Tuesday.').map((e) => `${e.source.country} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(t.some((x) => /^UKR 112 RUS$/.test(x)), t.join('; '));
  assert.ok(!t.some((x) => x.startsWith('RUS 18')), t.join('; '));
});

test('headlines: leaders by the short name they go by; coordinated subjects meeting in one of their countries act on each other; names of a sentence-case headline stay', () => {
  let t = head('Lula, Xi pledge to expand cooperation at Beijing summit');
  assert.ok(t.includes('BRA 03 CHN') && t.includes('CHN 03 BRA'), t.join('; '));
  t = head('Modi to visit Washington next month');
  assert.ok(t.includes('IND 03 USA'), t.join('; '));
  // (An unknown armed group a sentence-case headline names keeps its name and takes its country.)
  t = head('Colombia suspends peace talks with the Comuneros del Sur');
  assert.ok(t.some((x) => /^COL 16 COL$/.test(x)), t.join('; '));
});

test('a state arrests people even uncounted and unnamed; security agents are police; blocking motorways is obstruction', () => {
  let t = real('Security agents detained an outspoken union organiser in Nairobi on Friday.').map(triple);
  assert.ok(t.includes('KEN 173 KEN'), t.join('; '));
  t = real('Belgian farmers blocked motorways around Brussels with tractors on Tuesday.').map(triple);
  assert.ok(t.includes('BEL 144 BEL'), t.join('; '));
});

test('a bare count protesting is a crowd of the place; a count that names its people is left to them', () => {
  let t = real('Thousands rallied in Lusaka on Saturday against the new cyber law.').map(triple);
  assert.ok(t.some((x) => /^ZMB 14\d ZMB$/.test(x)), t.join('; '));
  t = real('Thousands lined the streets of Lusaka to watch the marathon.').map(triple);
  assert.deepEqual(t, []);
});

test('headline "-s" nouns before their verb, armed groups read as places, towns that stand out, threats of force in a country, peoples by their own nouns', () => {
  let t = head('Kenyan forces recapture town from al-Shabaab');
  assert.ok(t.includes('KEN 19 SOM'), t.join('; '));
  t = head('Israeli troops raid Tulkarm camp');
  assert.ok(t.includes('ISR 18 PSE'), t.join('; '));
  t = head('Ankara threatens new offensive in Iraq');
  assert.ok(t.includes('TUR 13 IRQ'), t.join('; '));
  t = real('Tens of thousands of Croats rallied in Zagreb on Saturday.').map(triple);
  assert.ok(t.some((x) => /^HRV 14\d HRV$/.test(x)), t.join('; '));
});

test('a currency named by its country is money, not an actor; long datelines end at their dash; what an act came after does not date it', () => {
  let t = real('Japan pledged 500 million Australian dollars to rebuild the port.').map(triple);
  assert.ok(!t.some((x) => x.includes('AUS')), t.join('; '));
  t = real('PORT LOUIS, Mauritius, Oct 6 (Reuters) - Prime Minister Narendra Modi flew to Port Louis on Monday.').map(triple);
  assert.ok(t.some((x) => /^IND 04\d MUS$/.test(x)), t.join('; '));
  const doc = runPipeline({ title: '', captions: [], body: 'President Emmanuel Macron flew to Nairobi, after a planned visit last month was cancelled.', published: '2024-11-29', publishedSource: 'given' });
  assert.ok(doc.events.some((e) => e.source.country === 'FRA' && e.cameo.startsWith('04') && e.target?.country === 'KEN'), doc.events.map(triple).join('; '));
});

test('a country by its description ("the West African nation"), "it" as an object is not its own subject, "as" describes, a visit abroad is hosted by the place', () => {
  let t = real('Ghana cut ties with Togo on Monday, accusing the West African nation of harbouring rebels.').map(triple);
  assert.ok(t.some((x) => /^GHA 112\d? TGO$/.test(x)), t.join('; '));
  t = real('Peru recalled its envoy from Bolivia on Monday, accusing it of meddling in the election.').map(triple);
  assert.ok(t.some((x) => /^PER 112\d? BOL$/.test(x)) && !t.some((x) => /^PER 112\d? PER$/.test(x)), t.join('; '));
  t = real('Chile and Peru condemned Ecuador\'s raid on the embassy in Quito, calling it a violation of Mexico\'s sovereignty.').map(triple);
  assert.ok(t.length === 2 && t.every((x) => /^(CHL|PER) 11\d* ECU$/.test(x)), t.join('; '));
  t = real('Peru accused Chile of spying on its navy. Chile\'s foreign ministry dismissed the accusation as "Argentine propaganda".').map(triple);
  assert.ok(t.includes('CHL 016 PER') && !t.some((x) => x.endsWith('ARG')), t.join('; '));
  t = real('The Japanese prime minister visited a refugee camp in Jordan on Sunday.').map(triple);
  assert.ok(t.includes('JPN 042 JOR'), t.join('; '));
  t = real('The German chancellor visited German troops in Lithuania on Sunday.').map(triple);
  assert.ok(t.includes('DEU 042 LTU'), t.join('; '));
});

test('Title Case headlines: the verb is no part of a name ("Hosts", "Pledges"); a guest hosted meets the host, talks hosted do not', () => {
  let t = head("Kenya's Ruto Hosts Tanzania's Samia in Nairobi for Border Talks");
  assert.ok(t.some((x) => /^KEN 04 TZA$/.test(x)) && t.some((x) => /^TZA 04 KEN$/.test(x)), t.join('; '));
  t = head("Brazil's Lula Pledges Aid to Bolivia After Floods");
  assert.ok(t.includes('BRA 03 BOL'), t.join('; '));
  t = real('Ghana hosted talks on the Sahel on Monday.').map(triple);
  assert.ok(!t.some((x) => x.endsWith(' GHA')), t.join('; '));
});

test('an infinitive after a long object is the complement of a verb that tells the object to act ("ordered the ambassador of X and two members of his staff to leave")', () => {
  const t = real('Chad ordered the ambassador of Sudan and two members of his staff to leave within 72 hours.').map(triple);
  assert.ok(t.includes('TCD 161 SDN'), t.join('; '));
});

test('a warning that one\'s own state will answer is a threat to the party that acted on it', () => {
  const t = real('Ghana expelled two Nigerian diplomats on Monday. Nigeria\'s foreign minister warned that Abuja would respond to the expulsions.').map(triple);
  assert.ok(t.includes('NGA 130 GHA') && !t.some((x) => /^NGA 13\d* NGA$/.test(x)), t.join('; '));
});

test('a definite arm of a state is the one a recent subject named ("The ministry"); a thing in a reported clause does not call on anyone; a noun joined to a verb with an object is another object', () => {
  let t = real("Spain's foreign ministry rejected the accusations on Friday. The ministry said the arrest broke international law and called on Morocco to free him.").map(triple);
  assert.ok(t.some((x) => /^ESP 10\d* MAR$/.test(x)), t.join('; '));
  t = real("Niger's military authorities arrested three ministers and dozens of officers, as well as a Belgian citizen, over a plot.").map(triple);
  assert.ok(t.includes('NER 173 BEL'), t.join('; '));
});

test('a known official of an international body keeps its code whatever the title; a denial that … answers whoever acted on the denying side', () => {
  let t = real('EU foreign policy chief Kaja Kallas condemned the Russian strike on Odesa.').map((e) => `${e.source.actor_code} ${e.cameo}`);
  assert.ok(t.some((x) => /^IGO 111$/.test(x)), t.join('; '));
  t = real("Finland summoned Russia's ambassador on Monday. Russia's foreign ministry denied that its drones had entered Finnish airspace.").map(triple);
  assert.ok(t.includes('RUS 016 FIN'), t.join('; '));
});

test('"them" as an object is the plural or coordinated party before it; a participle after an order to leave is the one who orders', () => {
  let t = real("Niger's military government on Monday ordered two Belgian diplomats to leave the country within 72 hours, accusing them of espionage.").map(triple);
  assert.ok(t.some((x) => /^NER 112\d? BEL$/.test(x)) && !t.some((x) => x.startsWith('BEL 112')), t.join('; '));
  t = real('Britain on Friday imposed sanctions on six senior Iranian officials, accusing them of ordering the crackdown.').map(triple);
  assert.ok(t.some((x) => /^GBR 112\d? IRN$/.test(x)), t.join('; '));
});

test('nature declines even with no actor; a sport win declines; an agent needs its "by"; headline lists before a modified subject; what talks are about is no party', () => {
  let t = real('TOKYO (Reuters) - A strong earthquake struck off the coast of Hokkaido on Monday, shaking buildings in Sapporo, the agency said.').map(triple);
  assert.deepEqual(t, []);
  t = head('Brazil beat Italy in straight sets to reach volleyball final');
  assert.deepEqual(t, []);
  t = real('Kenyan police shot dead at least four people in Nairobi on Tuesday.').map(triple);
  assert.ok(t.some((x) => /^KEN 18\d* KEN$/.test(x)), t.join('; '));
  t = head('Indian, Pakistani troops trade fire along Kashmir frontier');
  assert.ok(t.includes('IND 19 PAK') && t.includes('PAK 19 IND'), t.join('; '));
  t = real('Serbian and Kosovar negotiators held talks in Brussels on Tuesday on a German plan.').map(triple);
  assert.ok(!t.some((x) => x.endsWith('DEU')), t.join('; '));
});

test('a body of no country condemning "the strike" condemns its author; a name right after a noun that is also a subject is the subject', () => {
  const t = real('A Sudanese army air strike hit a market in Darfur on Monday, killing at least 30 people. The U.N. refugee agency UNHCR condemned the strike.').map(triple);
  assert.ok(t.some((x) => /^null 111 SDN$/.test(x)), t.join('; '));
});

test('a release in a swap is done by both sides; to receive a leader is to host; troops clash on a border; blocking a loan is a rejection', () => {
  let t = head('Belarus frees 14 Lithuanians in prisoner swap with Lithuania');
  assert.ok(t.includes('BLR 08 LTU') && t.includes('LTU 08 BLR'), t.join('; '));
  t = head("Qatar's emir receives Iran's Pezeshkian in Doha");
  assert.ok(t.includes('QAT 04 IRN') && t.includes('IRN 04 QAT'), t.join('; '));
  t = head('Indian and Chinese troops clash on Himalayan border');
  assert.ok(t.includes('IND 19 CHN') && t.includes('CHN 19 IND'), t.join('; '));
  t = head("Slovakia's Fico blocks EU loan for Ukraine");
  assert.ok(t.includes('SVK 12 null') || t.some((x) => x.startsWith('SVK 12')), t.join('; '));
});

test('a party saying an act done to it was wrong criticises its author', () => {
  let t = real("China imposed tariffs on Australian wine on Monday. Australia's trade ministry said the move was unjustified.").map(triple);
  assert.ok(t.includes('AUS 111 CHN'), t.join('; '));
  t = real('China imposed tariffs on Australian wine on Monday. Australia said the decision was not a surprise.').map(triple);
  assert.ok(!t.some((x) => x.startsWith('AUS 11')), t.join('; '));
});

test('"both sides", "the two governments" are the two countries of the latest act between two', () => {
  const t = real('Ghana expelled 12 Togolese diplomats on Monday. The African Union urged both governments to keep talking.').map(triple);
  assert.ok(t.some((x) => /^null 0\d+ GHA$/.test(x)) && t.some((x) => /^null 0\d+ TGO$/.test(x)), t.join('; '));
});

test('a demand right after its speaker criticised a party continues with that party; an office-holder named by office is a "he"', () => {
  const t = real("Spain's foreign minister sharply criticised Morocco on Friday. He demanded a full investigation into the incident.").map(triple);
  assert.ok(t.includes('ESP 111 MAR') && t.some((x) => /^ESP 10\d* MAR$/.test(x)), t.join('; '));
});

test('a phone call the parser hung on a clause inside the object still names the partner, and talks with a partner go both ways', () => {
  const t = real("Kenya's foreign minister discussed ways to get more aid into Sudan in a phone call with his Ethiopian counterpart on Monday, the ministry said.").map(triple);
  assert.ok(t.some((x) => /^KEN 04\d ETH$/.test(x)) && t.some((x) => /^ETH 04\d KEN$/.test(x)), t.join('; '));
});

test('coordinated parties that trade or exchange an act do it to each other', () => {
  const t = real('Sudan and South Sudan traded accusations over the border clashes on Monday.').map(triple);
  assert.ok(t.includes('SDN 112 SSD') && t.includes('SSD 112 SDN'), t.join('; '));
});

test('a statement that one\'s own side will answer an act is a threat to its author; one that rules it out is none', () => {
  let t = real("Latvia expelled a Russian diplomat on Monday. Russia's foreign ministry said Moscow would respond to the expulsion.").map(triple);
  assert.ok(t.includes('RUS 130 LVA'), t.join('; '));
  t = real("Latvia expelled a Russian diplomat on Monday. Russia's foreign ministry said Moscow would not retaliate.").map(triple);
  assert.ok(!t.some((x) => x.startsWith('RUS 13')), t.join('; '));
});

test('a state protesting an act complains officially; a participle describing who escorts a thing is no act; an -ing clause after it continues the main clause', () => {
  let t = head("Vietnam protests Chinese survey ship's entry into its waters");
  assert.ok(t.includes('VNM 11 CHN'), t.join('; '));
  t = real('Suspected jihadists ambushed a convoy escorted by Nigerien soldiers near the border with Benin on Sunday, killing at least six soldiers, a security source said.').map(triple);
  assert.ok(!t.some((x) => / 07\d* /.test(x)) && t.some((x) => / 18\d* /.test(x)), t.join('; '));
});

test('a company named as one (Motor, Airways, Holdings, Solution) acts in markets, not politics', () => {
  const t = real("TOKYO (Reuters) - Honda Motor said on Wednesday it had signed a supply agreement with South Korea's SK Energy Solution.").map(triple);
  assert.deepEqual(t, []);
});

test('makers, exporters and producers compete in markets; a price war is no war', () => {
  const t = head('Price war: Japanese carmakers battle for buyers in Indonesia');
  assert.deepEqual(t, []);
});

test('a clause marked "if" is no act even as the root; a private person charged is crime, unless the one attacked holds office', () => {
  let t = real('If Russia were to blockade Lithuania, NATO would struggle to respond, a study said.').map(triple);
  assert.ok(!t.some((x) => x.startsWith('RUS 19')), t.join('; '));
  t = real('PERTH — A 31-year-old man was charged with murder on Monday.').map(triple);
  assert.deepEqual(t, []);
  t = real('The Czech interior minister said a 58-year-old man had tried to assassinate the prime minister in Brno.').map(triple);
  assert.ok(t.some((x) => /^CZE 18\d* CZE$/.test(x)), t.join('; '));
});

test('a body of no country condemning "the deportation" condemns the state that deported', () => {
  const t = real('Ugandan authorities deported a Kenyan journalist on Monday. Amnesty International condemned the deportation.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(t.includes('AMN 111 UGA'), t.join('; '));
});

test('"also" with a pronoun or no party repeats the act of the sentence before on its party', () => {
  const t = real('Russian missiles struck a power plant in Kharkiv on Monday. Ukraine condemned the strikes. Poland and Lithuania also condemned them.').map(triple);
  assert.ok(t.includes('POL 111 RUS') && t.includes('LTU 111 RUS') && !t.some((x) => /^(POL|LTU) 111 UKR$/.test(x)), t.join('; '));
});

test('a state condemning killings by unidentified gunmen on its soil condemns them; "Amnesty" alone is Amnesty International', () => {
  const t = real("JOS, Nigeria (AP) — Gunmen killed at least 40 people in an attack on a village in Nigeria's Plateau state, Amnesty International said on Sunday. Amnesty accused the authorities of failing to protect villagers. Nigeria's president condemned the killings.").map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code ?? '-'}`);
  assert.ok(t.some((x) => /^NGA\w* 111 UAF$/.test(x)) && t.some((x) => /^AMN 112\d? NGA/.test(x)), t.join('; '));
});

test('a city in an Arabic article that the recogniser typed as an organisation is the city', () => {
  const doc = runPipeline({ title: '', captions: [], body: 'Sudan\'s army chief vowed on Wednesday to retake El Fasher after rebels captured the city.', published: '2025-10-29', publishedSource: 'given' });
  const e = doc.entities.find((x) => x.name.includes('Fasher'));
  assert.ok(e && e.type === 'GPE' && e.country === 'SDN', JSON.stringify(e));
});

test('patients, children and medics are people acted on', () => {
  const t = real('Rebels killed 120 patients at a hospital in Goma on Monday.').map(triple);
  assert.ok(t.some((x) => /^COD 20?\d* COD$/.test(x) || /^COD 18\d* COD$/.test(x)), t.join('; '));
});

test('people detained with no arrester named were detained by the state of the dateline; officers "injured" with no attack named were hurt by no armed attacker', () => {
  const t = real('BELGRADE, Aug 15 (Reuters) - The interior minister said 47 people had been detained and 64 police officers injured across the country.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code ?? '-'}`);
  assert.ok(t.some((x) => /^SRB\w* 173 /.test(x)) && !t.some((x) => /^UAF 18/.test(x) || / 18\d* SRB/.test(x)), t.join('; '));
});

test('expressing support for a party endorses it (051); "according to" is no "accord"', () => {
  const t = real("Hungary's prime minister expressed support for the Serbian president in a phone call on Friday, according to the Serbian presidency.").map(triple);
  assert.ok(t.includes('HUN 051 SRB'), t.join('; '));
});

test('"Western" alone is no place (Fiji has a division so named)', () => {
  const t = real('Serbia has refused to join Western sanctions on Moscow.').map(triple);
  assert.ok(!t.some((x) => x.includes('FJI')), t.join('; '));
});

test('protesters who set fire riot; settlers who torch homes destroy property; blaming a disaster blames no party', () => {
  assert.ok(real('Protesters in Belgrade set fire to the offices of the ruling party.').map(triple).includes('SRB 145 SRB'));
  const t = real('Israeli settlers torched Palestinian homes in a West Bank village.').map(triple);
  assert.ok(t.includes('ISR 1712 PSE'), t.join('; '));
  const b = real('Hungary praised Serbia on Monday. Serbian demonstrators blame the disaster on corruption.').map(triple);
  assert.ok(!b.some((x) => / 112 HUN$/.test(x)), b.join('; '));
});

test('a missile that "slammed into" a building criticises no one; its toll is force on the people of the place ("the port of Odesa")', () => {
  const t = real('ODESA, Ukraine (AP) — A Russian missile slammed into a residential building in the Black Sea port of Odesa on Monday evening, killing 10 people, the regional governor said.').map(triple);
  assert.ok(t.some((x) => /^RUS 1[89]\d* UKR$/.test(x)) && !t.some((x) => / 11\d* /.test(x)), t.join('; '));
  assert.deepEqual(real("Brazil's Petrobras said on Friday it had struck oil in a deepwater well.").map(triple), []);
});

test('a bomb that exploded with no one named killed for an unidentified attacker (misparse: "exploded" under "hidden")', () => {
  const t = real('A bomb hidden in a parked motorcycle exploded next to a police checkpoint in northwestern Pakistan on Tuesday, killing four officers.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(t.some((x) => /^UAF 18\d* PAK$/.test(x)), t.join('; '));
  assert.deepEqual(real('Russian troops shelled the town, killing four civilians.').map(triple).filter((x) => / 18/.test(x)), []);
});

test('a threat aimed at no one answers the latest hostile act on the threatening side', () => {
  const t = real('India launched missile strikes on Pakistan on Wednesday. Islamabad vowed to retaliate at a time and place of its choosing.').map(triple);
  assert.ok(t.includes('PAK 138 IND'), t.join('; '));
});

test('acts named by a noun after a verb of beginning; an embassy staffer expelled; what could have been done was not', () => {
  assert.ok(real('Pakistan began the mass deportation of undocumented Afghans.').map(triple).includes('PAK 174 AFG'));
  assert.ok(real('Moldova expelled a Russian embassy staffer.').map(triple).includes('MDA 174 RUS'));
  assert.deepEqual(real('Colombia said the people aboard could have been detained rather than killed.').map(triple), []);
});

test('armed groups known by their acronyms keep their country', () => {
  const t = real('Britain imposed sanctions on four RSF commanders over atrocities in El Fasher.').map(triple);
  assert.ok(t.includes('GBR 163 SDN'), t.join('; '));
});

test('a headline passive without its "is" ("Yoon arrested", "impeached president Yoon arrested") is an arrest by the state', () => {
  const h = (title: string) => (runPipeline({ title, captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map(triple);
  assert.ok(h("South Korea's impeached president Yoon arrested in dawn operation").includes('KOR 173 KOR'));
  assert.ok(h('Five soldiers killed in ambush in Niger').every((x) => !x.startsWith('NER 18')));
});

test('investigators arrest; "…, investigators said" names the source, not a victim', () => {
  const t = real('SEOUL, South Korea (AP) — Anti-corruption investigators arrested impeached South Korean President Yoon Suk Yeol at his hilltop residence on Wednesday.').map(triple);
  assert.ok(t.includes('KOR 173 KOR'), t.join('; '));
  const v = real('Russia tortured Ukrainian prisoners, investigators said.').map((e) => `${e.source.country} ${e.cameo} ${e.target?.actor_code ?? '-'}`);
  assert.ok(!v.some((x) => x.endsWith('JUD')), v.join('; '));
});

test('"had been due to travel" is a plan, not a visit; a crowd of supporters in a story datelined in a country is of it', () => {
  const t = real('Prabowo, who had been due to travel to Beijing this week for a military parade, called off the trip to oversee the situation at home, his office said.').map(triple);
  assert.ok(!t.some((x) => / 04\d* CHN$/.test(x)), t.join('; '));
  const c = real("SEOUL, South Korea (AP) — Thousands of Yoon's supporters rallied near the residence in sub-zero temperatures.").map(triple);
  assert.ok(c.some((x) => /^KOR 14\d* /.test(x)), c.join('; '));
});

test('a fronted first name of a subject list is a subject; victims of an agentless killing after a told attack are its attacker\'s', () => {
  const t = real('Israel carried out an air strike on Doha on Tuesday. Hamas said five of its members had been killed along with a Qatari security officer. Saudi Arabia, the United Arab Emirates and Egypt all condemned the strike.').map(triple);
  for (const c of ['SAU', 'ARE', 'EGY']) assert.ok(t.includes(`${c} 111 ISR`), t.join('; '));
  assert.ok(t.some((x) => /^ISR 18\d* QAT$/.test(x)) && !t.some((x) => x.startsWith('null 18')), t.join('; '));
});

test('"She" after a minister named with a nationality is the minister; "praised both delegations" and "received the two ministers" act on the two parties', () => {
  assert.ok(real('Congolese Foreign Minister Therese Wagner criticised Rwanda. She urged Kigali to withdraw its soldiers.').map(triple).some((x) => /^COD 02\d* RWA$/.test(x)));
  const t = real('The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday. Secretary of State Marco Rubio praised both delegations.').map(triple);
  assert.ok(t.includes('USA 051 COD') && t.includes('USA 051 RWA'), t.join('; '));
});

test('"they" inside a direct quotation is not the article\'s last subject', () => {
  const t = real('Venezuela\'s government condemned the attack. "They are murdering fishermen and calling them terrorists," Interior Minister Diosdado Cabello said on state television.').map(triple);
  assert.ok(!t.some((x) => /^VEN 18\d* VEN$/.test(x)), t.join('; '));
});

test('dismissing a claim answers whoever made it; victims "across the country" and an official of no named country are the dateline\'s', () => {
  const t = real('DAR ES SALAAM, Tanzania (AP) — The main opposition party, Chadema, said on Thursday that about 700 people had been killed by security forces across the country. Government spokesman Gerson Msigwa dismissed the claim as grossly exaggerated.')
    .map((e) => `${e.source.country} ${e.cameo} ${e.target?.country ?? e.target?.actor_code ?? '-'}`);
  assert.ok(t.some((x) => /^TZA 016 /.test(x)) && t.some((x) => /^TZA (20|18)\d* TZA$/.test(x)), t.join('; '));
});

test('"saying …, and accusing Australia of …" accuses for the main clause\'s subject; "Papua New Guineans" are of Papua New Guinea', () => {
  const t = real('A Chinese foreign ministry spokesman criticised Canberra over the treaty, saying it reflected a Cold War mentality and accusing Australia of sowing division among Pacific island nations.').map(triple);
  assert.ok(t.some((x) => /^CHN 112\d* AUS$/.test(x)), t.join('; '));
  const m = runPipeline({ title: '', captions: [], body: 'Up to 10,000 Papua New Guineans will serve in the Australian Defence Force.', published: '2025-01-15', publishedSource: 'given' }).mentions.map((x) => x.text);
  assert.ok(m.includes('Papua New Guineans'), m.join('; '));
});

test('"Kyrgyz and Tajik border guards exchanged fire" is each side on the other; a bomb under "…, officials said" kills for an unidentified attacker', () => {
  const t = real('Kyrgyz and Tajik border guards exchanged fire along their disputed frontier on Friday.').map(triple);
  assert.ok(t.includes('KGZ 190 TJK') && t.includes('TJK 190 KGZ'), t.join('; '));
  const b = real('PESHAWAR, Pakistan (AP) — A bomb hidden in a parked motorcycle exploded next to a police checkpoint in northwestern Pakistan on Tuesday, killing four officers and wounding seven passers-by, officials said.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(b.some((x) => /^UAF 18\d* PAK$/.test(x)), b.join('; '));
});

test('verbs side by side share an object ("rammed and boarded two boats"); a hyphened participle is no verb ("Marshall Islands-flagged tanker")', () => {
  const t = real('MANILA, Philippines (Reuters) - Chinese coast guard personnel rammed and boarded two Philippine navy boats near Second Thomas Shoal on Monday, the Philippine military said.').map(triple);
  assert.ok(t.some((x) => /^CHN 1[789]\d* PHL$/.test(x)), t.join('; '));
  const h = (runPipeline({ title: 'Iran seizes Marshall Islands-flagged tanker in Gulf of Oman', captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map(triple);
  assert.ok(h.includes('IRN 171 MHL'), h.join('; '));
});

test('security forces shooting people at a protest repress (175); jihadists of no named group are unidentified attackers; an agency "airlifted tents" gives aid', () => {
  const t = real('MAPUTO, Mozambique (AP) — Mozambican security forces shot dead at least three people in the capital on Thursday during protests over disputed election results.').map(triple);
  assert.ok(t.some((x) => /^MOZ 175 MOZ$/.test(x)), t.join('; '));
  const j = real('BAMAKO, Mali (AP) — Suspected jihadists ambushed a fuel convoy escorted by Malian soldiers on Sunday, killing at least eight soldiers.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(j.some((x) => /^UAF 1[89]\d* MLI$/.test(x)), j.join('; '));
  const a = real('KABUL (Reuters) - The United Nations refugee agency airlifted tents, blankets and hygiene kits to eastern Afghanistan on Wednesday.').map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(a.some((x) => /^IGO\w* 07\d* AFG$/.test(x)), a.join('; '));
  assert.ok(real('Serbian riot police clashed with protesters outside parliament in Belgrade.').map(triple).some((x) => /^SRB 19\d* SRB$/.test(x)));
});

test('police sent to a state\'s own territory abroad mobilise (150); what a state "would consider" doing is not done', () => {
  const h = (runPipeline({ title: 'France sends hundreds of police reinforcements to New Caledonia as riots rage', captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map(triple);
  assert.ok(h.some((x) => /^FRA 15\d* /.test(x)) && !h.some((x) => / 07\d* /.test(x)), h.join('; '));
  assert.deepEqual(real('Denmark would consider summoning the top U.S. diplomat if the reports are confirmed, the foreign minister said.').map(triple), []);
});

test('a hyphened pair of names is both parties ("Israel-Hamas truce talks", "French-US proposal")', () => {
  const h = (title: string) => (runPipeline({ title, captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map(triple);
  const t = h('Egypt to host Israel-Hamas truce talks next week');
  assert.ok(t.includes('EGY 036 ISR') && t.includes('EGY 036 PSE'), t.join('; '));
  const r = h('Israel rejects French-US proposal for 21-day truce in Lebanon');
  assert.ok(r.some((x) => /^ISR 12\d* FRA$/.test(x)) && r.some((x) => /^ISR 12\d* USA$/.test(x)), r.join('; '));
});

test('"as police open fire on protesters": open/JJ retagged, the "as" phrase a clause with its subject', () => {
  const t = (runPipeline({ title: 'Eight killed as police open fire on protesters in Kenya', captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map(triple);
  assert.ok(t.includes('KEN 175 KEN'), t.join('; '));
});

test('a club signing a player makes no agreement between states', () => {
  const t = (runPipeline({ title: 'Saudi club Al-Hilal sign Brazilian forward in 90 million euro deal', captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map(triple);
  assert.deepEqual(t, []);
});

test('aid delivered in a place goes to its country; resuming deliveries is aid', () => {
  const t = (runPipeline({ title: 'WFP resumes food deliveries in northern Gaza', captions: [], body: '', published: '2025-01-15', publishedSource: 'given' }).events as EventOut[]).map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.country ?? '-'}`);
  assert.ok(t.some((x) => /^IGO\w* 07\d* PSE$/.test(x)), t.join('; '));
});

test('a list of acts after "after protesters …" keeps the protesters as their subject', () => {
  const t = real('DAR ES SALAAM, Tanzania (AP) — Tanzanian authorities imposed a curfew on the commercial capital and cut internet access nationwide on Wednesday after protesters tore down campaign posters of the president, set fire to a police station and clashed with security forces.').map((e) => `${e.source.name} ${e.cameo}`);
  assert.ok(t.some((x) => /^protesters 145/.test(x)) && !t.some((x) => / 19\d*$/.test(x)), t.join('; '));
});

test('a gerund clause is not its lemma\'s noun ("held for exercising their right" holds no exercise)', () => {
  const t = real('Amnesty International called on the authorities to free protesters held for exercising their right to assemble.').map((e) => e.cameo);
  assert.ok(!t.some((c) => c.startsWith('15')), t.join('; '));
});

test('"the military" read as an adjective is still the state\'s; a ceasefire declared with no party named is with the state\'s latest foe, else its own rebels', () => {
  const t = real('YANGON, April 3 (AFP) - France called on the military to halt all operations.').map(triple);
  assert.ok(t.some((x) => /^FRA 10\d* MMR$/.test(x)), t.join('; '));
  assert.ok(real('YANGON, April 3 (AFP) - Myanmar\'s junta declared a temporary ceasefire on Wednesday.').map(triple).includes('MMR 0871 MMR'));
  const i = real('Israel struck Gaza on Monday. Israel declared a ceasefire on Tuesday.').map(triple);
  assert.ok(i.includes('ISR 0871 PSE'), i.join('; '));
  assert.ok(!real('Armenian forces retreated from the villages after Azerbaijan\'s offensive.').map(triple).some((x) => /^ARM 08\d* ARM$/.test(x)));
});
