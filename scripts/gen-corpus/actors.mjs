// Actors for the benchmark corpus: real countries and capitals (facts), invented officials.
// Names are built from syllable-like pools per region so no real person is named.

/** [name, demonym, capital, region, needs "the"] */
export const COUNTRIES = [
  ['United States', 'American', 'Washington', 'en', true],
  ['Russia', 'Russian', 'Moscow', 'slav', false],
  ['China', 'Chinese', 'Beijing', 'zh', false],
  ['Ukraine', 'Ukrainian', 'Kyiv', 'slav', false],
  ['Iran', 'Iranian', 'Tehran', 'fa', false],
  ['Iraq', 'Iraqi', 'Baghdad', 'ar', false],
  ['Israel', 'Israeli', 'Jerusalem', 'he', false],
  ['Syria', 'Syrian', 'Damascus', 'ar', false],
  ['Turkey', 'Turkish', 'Ankara', 'tr', false],
  ['Saudi Arabia', 'Saudi', 'Riyadh', 'ar', false],
  ['Egypt', 'Egyptian', 'Cairo', 'ar', false],
  ['Jordan', 'Jordanian', 'Amman', 'ar', false],
  ['Lebanon', 'Lebanese', 'Beirut', 'ar', false],
  ['Qatar', 'Qatari', 'Doha', 'ar', false],
  ['North Korea', 'North Korean', 'Pyongyang', 'ko', false],
  ['South Korea', 'South Korean', 'Seoul', 'ko', false],
  ['Japan', 'Japanese', 'Tokyo', 'ja', false],
  ['India', 'Indian', 'New Delhi', 'in', false],
  ['Pakistan', 'Pakistani', 'Islamabad', 'in', false],
  ['Afghanistan', 'Afghan', 'Kabul', 'fa', false],
  ['Germany', 'German', 'Berlin', 'eu', false],
  ['France', 'French', 'Paris', 'eu', false],
  ['United Kingdom', 'British', 'London', 'en', true],
  ['Italy', 'Italian', 'Rome', 'eu', false],
  ['Spain', 'Spanish', 'Madrid', 'lat', false],
  ['Poland', 'Polish', 'Warsaw', 'slav', false],
  ['Hungary', 'Hungarian', 'Budapest', 'eu', false],
  ['Serbia', 'Serbian', 'Belgrade', 'slav', false],
  ['Greece', 'Greek', 'Athens', 'eu', false],
  ['Brazil', 'Brazilian', 'Brasilia', 'lat', false],
  ['Mexico', 'Mexican', 'Mexico City', 'lat', false],
  ['Venezuela', 'Venezuelan', 'Caracas', 'lat', false],
  ['Colombia', 'Colombian', 'Bogota', 'lat', false],
  ['Argentina', 'Argentine', 'Buenos Aires', 'lat', false],
  ['Nigeria', 'Nigerian', 'Abuja', 'af', false],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa', 'af', false],
  ['Kenya', 'Kenyan', 'Nairobi', 'af', false],
  ['Sudan', 'Sudanese', 'Khartoum', 'ar', false],
  ['South Africa', 'South African', 'Pretoria', 'af', false],
  ['Vietnam', 'Vietnamese', 'Hanoi', 'zh', false],
  ['Philippines', 'Filipino', 'Manila', 'lat', true],
  ['Indonesia', 'Indonesian', 'Jakarta', 'in', false],
  ['Taiwan', 'Taiwanese', 'Taipei', 'zh', false],
  ['Canada', 'Canadian', 'Ottawa', 'en', false],
  ['Australia', 'Australian', 'Canberra', 'en', false],
];

export const IGOS = [
  'the United Nations', 'the European Union', 'the African Union', 'NATO', 'the International Atomic Energy Agency',
  'the World Health Organization', 'the International Criminal Court', 'the Arab League', 'the World Bank',
  'the International Monetary Fund', 'the Association of Southeast Asian Nations', 'the Red Cross',
];
export const NGOS = ['Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'Save the Children'];

const FIRST = {
  en: ['James', 'Laura', 'Daniel', 'Megan', 'Robert', 'Helen', 'Thomas', 'Claire', 'Peter', 'Andrea'],
  slav: ['Andrei', 'Oleg', 'Irina', 'Dmitri', 'Yulia', 'Bogdan', 'Natalia', 'Viktor', 'Marta', 'Pavel'],
  zh: ['Wei', 'Lian', 'Jun', 'Mei', 'Tao', 'Hong', 'Bao', 'Xin', 'Ming', 'Ping'],
  fa: ['Reza', 'Dariush', 'Farid', 'Shirin', 'Kamran', 'Nasrin', 'Bahram', 'Parisa', 'Omid', 'Laleh'],
  ar: ['Khalid', 'Samir', 'Layla', 'Tariq', 'Nadia', 'Yusuf', 'Rania', 'Faisal', 'Hana', 'Majid'],
  he: ['Avi', 'Noa', 'Eitan', 'Tamar', 'Yoav', 'Shira', 'Gideon', 'Maya', 'Ronen', 'Dalia'],
  tr: ['Emre', 'Selin', 'Kerem', 'Aylin', 'Murat', 'Deniz', 'Burak', 'Elif', 'Cem', 'Ozlem'],
  ko: ['Min-jun', 'Ji-woo', 'Seo-yeon', 'Hyun-woo', 'Eun-ji', 'Dong-hyun', 'Soo-ah', 'Jae-sung'],
  ja: ['Haruto', 'Yui', 'Kenji', 'Aiko', 'Takeshi', 'Naomi', 'Hiroshi', 'Emi'],
  in: ['Arjun', 'Priya', 'Rahul', 'Anjali', 'Vikram', 'Sunita', 'Imran', 'Farah', 'Dewi', 'Budi'],
  eu: ['Klaus', 'Sophie', 'Matthias', 'Elena', 'Luca', 'Anneke', 'Stefan', 'Giulia', 'Henrik', 'Zsofia'],
  lat: ['Carlos', 'Lucia', 'Mateo', 'Valentina', 'Diego', 'Camila', 'Javier', 'Isabel', 'Rafael', 'Ines'],
  af: ['Chidi', 'Amara', 'Tendai', 'Zanele', 'Kwame', 'Abebe', 'Wanjiru', 'Sipho', 'Ngozi', 'Dawit'],
};
const LAST = {
  en: ['Hartley', 'Whitcombe', 'Brennan', 'Ashford', 'Calloway', 'Pemberton', 'Radcliffe', 'Thornbury'],
  slav: ['Velikov', 'Sorokina', 'Dobrenko', 'Marchuk', 'Zaretsky', 'Kovalenko', 'Orlovsky', 'Lisenko'],
  zh: ['Zhao', 'Qian', 'Sun', 'Fang', 'Guo', 'Tang', 'Luo', 'Xu'],
  fa: ['Karimzadeh', 'Tehrani', 'Moradi', 'Farahani', 'Jafari', 'Abbasian', 'Rostami', 'Shirazi'],
  ar: ['Al-Hakim', 'Haddad', 'Mansour', 'Al-Rashid', 'Khoury', 'Nasser', 'Al-Tamimi', 'Saleh'],
  he: ['Ben-Ari', 'Levinson', 'Shapira', 'Amsalem', 'Dror', 'Katzir', 'Harel', 'Golan'],
  tr: ['Yilmazer', 'Demirtas', 'Kaplanoglu', 'Aksoy', 'Ozturan', 'Celikkan', 'Erdem', 'Sahin'],
  ko: ['Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han', 'Seo', 'Oh'],
  ja: ['Tanabe', 'Moriyama', 'Ishida', 'Kobayashi', 'Nakahara', 'Fujimoto', 'Okada', 'Sakurai'],
  in: ['Mehta', 'Raghavan', 'Chaudhry', 'Iyer', 'Qureshi', 'Malhotra', 'Santoso', 'Wibowo'],
  eu: ['Brandt', 'Lefevre', 'Moretti', 'Schaefer', 'Van Doorn', 'Lindqvist', 'Novak', 'Dubois'],
  lat: ['Herrera', 'Castillo', 'Mendoza', 'Alvarado', 'Quintero', 'Salazar', 'Ferreira', 'Navarro'],
  af: ['Okonkwo', 'Mensah', 'Mwangi', 'Tesfaye', 'Dlamini', 'Adeyemi', 'Banda', 'Kiprono'],
};

/** Role title → CAMEO-ish sector, used only for variety in phrasing. */
export const ROLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Interior Minister',
  'Finance Minister', 'Trade Minister', 'Deputy Foreign Minister', 'Energy Minister',
  'National Security Adviser', 'army chief of staff', 'navy commander', 'speaker of parliament',
  'opposition leader', 'chief prosecutor', 'government spokesperson', 'Foreign Ministry spokesperson',
];

export function personFor(rng, region) {
  return `${rng.pick(FIRST[region])} ${rng.pick(LAST[region])}`;
}

export function surname(full) {
  // First names are one word in our pools, so the rest is the family name ("Van Doorn").
  return full.slice(full.indexOf(' ') + 1);
}

/** A country with a stable cast of officials for one article. */
export function castFor(rng, c) {
  const [name, demonym, capital, region, the] = c;
  const officials = new Map();
  return {
    name, demonym, capital, region,
    ref: the ? `the ${name}` : name,
    Ref: the ? `The ${name}` : name,
    official(role) {
      if (!officials.has(role)) officials.set(role, personFor(rng, region));
      return officials.get(role);
    },
  };
}
