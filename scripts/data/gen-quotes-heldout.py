# Writes scripts/data/quotes-heldout.jsonl: a second set of articles we wrote AFTER the quotes
# stage was tuned on quotes.jsonl; it is scored, never tuned on.
import json
arts = []
def art(id, title, body, quotes, not_quotes=(), published="2025-03-12"):
    arts.append(dict(id=id, title=title, body=body.strip(), published=published,
                     quotes=[dict(kind=k, starts=s, speaker=sp, aliases=al) for (k, s, sp, al) in quotes],
                     not_quotes=list(not_quotes)))

art("h01", "Port Workers End Strike After Pay Deal", """
Dock workers at the port of Antwerp returned to work on Tuesday after their union accepted a new pay offer.
Union secretary Jan Peeters said the agreement raised wages by 6 percent over two years.
“It is not everything we asked for, but it is a fair result,” Peeters said. “Our members can be proud.”
The port authority said cargo backlogs would be cleared by the end of the week.
""", [
  ("indirect", "the agreement raised wages", "Jan Peeters", ["Peeters"]),
  ("direct", "It is not everything we asked for", "Jan Peeters", ["Peeters"]),
  ("direct", "Our members can be proud", "Jan Peeters", ["Peeters"]),
  ("indirect", "cargo backlogs would be cleared", "port authority", ["The port authority"]),
])

art("h02", "Minister Resigns Over Procurement Scandal", """
Slovakia’s economy minister, Martin Kovac, resigned on Monday amid an investigation into the purchase of medical equipment.
In a letter to the prime minister, Kovac wrote that he was stepping down “to protect the integrity of the government.”
Prosecutors said they were examining contracts worth 40 million euros.
Prime Minister Eva Horvathova told parliament she had accepted the resignation.
Opposition lawmakers called for a full inquiry, saying the scandal reached “far beyond one ministry.”
""", [
  ("indirect", "he was stepping down", "Martin Kovac", ["Kovac"]),
  ("partial", "to protect the integrity of the government", "Martin Kovac", ["Kovac"]),
  ("indirect", "they were examining contracts", "Prosecutors", []),
  ("indirect", "she had accepted the resignation", "Eva Horvathova", ["Horvathova"]),
  ("indirect", "the scandal reached", "Opposition lawmakers", []),
  ("partial", "far beyond one ministry", "Opposition lawmakers", []),
])

art("h03", "Heat Wave Strains Power Grid in Pakistan", """
Temperatures above 48 degrees Celsius pushed Pakistan’s power grid to its limit on Sunday, officials said.
"Demand has never been this high," said Imran Baig, a spokesman for the national grid operator. "We are asking people to switch off air conditioners during peak hours."
Doctors at Jinnah Hospital in Karachi said they had treated more than 300 patients for heatstroke since Friday.
The meteorological department has warned that the heat will continue until next week.
""", [
  ("indirect", "Temperatures above 48 degrees Celsius", "officials", []),
  ("direct", "Demand has never been this high", "Imran Baig", ["Baig"]),
  ("direct", "We are asking people to switch off", "Imran Baig", ["Baig"]),
  ("indirect", "they had treated more than 300 patients", "Doctors at Jinnah Hospital in Karachi", ["Doctors", "Doctors at Jinnah Hospital"]),
  ("indirect", "the heat will continue", "meteorological department", ["The meteorological department"]),
])

art("h04", "Satellite Launch Fails", """
A rocket carrying a weather satellite exploded shortly after lift-off from the Tanegashima Space Center on Thursday, Japan’s space agency said.
JAXA president Hiroshi Yamada apologised at a news conference.
“We deeply regret that we could not meet the expectations of the public,” Yamada said, bowing.
He said engineers would examine data from the flight to determine the cause.
An official at the science ministry, who asked not to be named, said the failure could delay two other missions.
""", [
  ("indirect", "A rocket carrying a weather satellite exploded", "space agency", ["Japan’s space agency", "JAXA", "Japan"]),
  ("direct", "We deeply regret", "Hiroshi Yamada", ["Yamada"]),
  ("indirect", "engineers would examine data", "Hiroshi Yamada", ["Yamada"]),
  ("indirect", "the failure could delay two other missions", "science ministry", ["An official at the science ministry", "official"]),
])

art("h05", "Refugee Boat Capsizes Off Lampedusa", """
At least 19 people drowned when a boat carrying migrants capsized off the Italian island of Lampedusa, the coast guard said on Wednesday.
Survivors told aid workers that the boat had left Libya three days earlier with about 60 people on board.
“They were exhausted and in shock. Many had lost family members in the water,” said Chiara Lombardi of the charity Sea Rescue.
Italy’s interior minister, Marco Bellini, said the tragedy showed the need for a common European response.
""", [
  ("indirect", "At least 19 people drowned", "coast guard", ["the coast guard", "Italian coast guard"]),
  ("indirect", "the boat had left Libya", "Survivors", []),
  ("direct", "They were exhausted and in shock", "Chiara Lombardi", ["Lombardi"]),
  ("indirect", "the tragedy showed the need", "Marco Bellini", ["Bellini"]),
])

art("h06", "Chipmaker Posts Record Profit", """
Taiwanese chipmaker Formosa Silicon reported a record quarterly profit on Thursday, driven by demand for artificial intelligence chips.
Chief executive Wei-Lin Chang told analysts on a conference call that orders for the rest of the year were “stronger than we have ever seen.”
The company said it would spend $30 billion on new factories in Taiwan and Arizona.
Shares rose 4 percent in Taipei. “The numbers beat even the most optimistic forecasts,” said Daniel Hsu, an analyst at Pacific Securities.
""", [
  ("indirect", "orders for the rest of the year", "Wei-Lin Chang", ["Chang"]),
  ("partial", "stronger than we have ever seen", "Wei-Lin Chang", ["Chang"]),
  ("indirect", "it would spend $30 billion", "Formosa Silicon", ["The company"]),
  ("direct", "The numbers beat even", "Daniel Hsu", ["Hsu"]),
])

art("h07", "Peace Talks Open in Addis Ababa", """
Representatives of the government of South Sudan and two rebel groups opened talks in Addis Ababa on Monday under African Union mediation.
AU envoy Fatima Diallo said both sides had committed to a ceasefire for the duration of the negotiations.
“We have no illusions. The road is long,” she told reporters. “But today the parties chose to talk instead of fight.”
A rebel spokesman, Peter Lual, said his movement would insist on a new constitution.
The government delegation declined to comment.
""", [
  ("indirect", "both sides had committed to a ceasefire", "Fatima Diallo", ["Diallo"]),
  ("direct", "We have no illusions", "Fatima Diallo", ["Diallo"]),
  ("direct", "But today the parties chose to talk", "Fatima Diallo", ["Diallo"]),
  ("indirect", "his movement would insist", "Peter Lual", ["Lual"]),
])

art("h08", "Museum Returns Looted Bronzes", """
The Horniman-style Westbury Museum in London handed back 12 bronze sculptures to Nigeria on Friday in a ceremony attended by diplomats from both countries.
The museum’s director, Sarah Whitfield, said the objects had been taken by force in 1897 and “should never have left Benin City.”
Nigeria’s culture minister, Hannatu Musa, called the return “an act of justice long overdue.”
Some British politicians have criticised the decision. Conservative lawmaker Giles Hartley said museums were “emptying their galleries to follow a fashion.”
""", [
  ("indirect", "the objects had been taken by force", "Sarah Whitfield", ["Whitfield"]),
  ("partial", "should never have left Benin City", "Sarah Whitfield", ["Whitfield"]),
  ("partial", "an act of justice long overdue", "Hannatu Musa", ["Musa"]),
  ("indirect", "museums were", "Giles Hartley", ["Hartley"]),
  ("partial", "emptying their galleries", "Giles Hartley", ["Hartley"]),
])

art("h09", "Earthquake Shakes Central Chile", """
A magnitude 6.8 earthquake struck central Chile late Saturday, damaging buildings in several towns, according to the national seismological centre.
Interior Minister Rodrigo Fuentes said two people had died and about 40 had been injured.
“The houses built after 2010 held up well. The older adobe houses did not,” Fuentes said in an interview with Radio Cooperativa.
Residents of Talca said they spent the night outdoors, fearing aftershocks.
""", [
  ("indirect", "A magnitude 6.8 earthquake struck central Chile", "national seismological centre", ["the national seismological centre"]),
  ("indirect", "two people had died", "Rodrigo Fuentes", ["Fuentes"]),
  ("direct", "The houses built after 2010", "Rodrigo Fuentes", ["Fuentes"]),
  ("indirect", "they spent the night outdoors", "Residents of Talca", ["Residents"]),
])

art("h10", "Airline Grounds Fleet After Engine Fault", """
Budget airline SkyBaltic grounded its entire fleet of 22 aircraft on Tuesday after inspectors found cracks in an engine part.
"Safety comes first, and we will not fly until every engine has been checked," the airline's chief executive, Andris Ozols, said in a video message.
About 15,000 passengers were affected, the company said.
Latvia's aviation regulator said the inspections were expected to take at least four days.
""", [
  ("direct", "Safety comes first", "Andris Ozols", ["Ozols"]),
  ("indirect", "About 15,000 passengers were affected", "SkyBaltic", ["the company"]),
  ("indirect", "the inspections were expected", "aviation regulator", ["Latvia's aviation regulator", "Latvia"]),
])

art("h11", "Teachers Protest Budget Cuts", """
Thousands of teachers marched through Buenos Aires on Wednesday to protest cuts to the education budget.
“You cannot build a country by closing schools,” union leader Marta Gimenez told the crowd outside the Congress building.
The education ministry said in a statement that the cuts were temporary and that salaries would be protected.
Gimenez said the union would call a national strike if the cuts were not reversed by May.
""", [
  ("direct", "You cannot build a country by closing schools", "Marta Gimenez", ["Gimenez"]),
  ("indirect", "the cuts were temporary", "education ministry", ["The education ministry", "Education Ministry"]),
  ("indirect", "the union would call a national strike", "Marta Gimenez", ["Gimenez"]),
])

art("h12", "Drone Strike Hits Fuel Depot", """
A drone struck a fuel depot in the Russian region of Belgorod overnight, starting a large fire, the regional governor, Vyacheslav Morozov, said on Telegram.
Morozov said no one had been hurt.
Russia’s defence ministry said air defences had shot down 14 Ukrainian drones over several regions.
Ukraine does not usually comment on strikes inside Russia, but a source in Ukraine’s security service told The Associated Press that the depot supplied Russian forces.
""", [
  ("indirect", "A drone struck a fuel depot", "Vyacheslav Morozov", ["Morozov"]),
  ("indirect", "no one had been hurt", "Vyacheslav Morozov", ["Morozov"]),
  ("indirect", "air defences had shot down", "defence ministry", ["Russia’s defence ministry", "Russian Defence Ministry", "Defence Ministry", "Russia"]),
  ("indirect", "the depot supplied Russian forces", "security service", ["a source in Ukraine’s security service", "Ukraine’s security service", "Ukraine"]),
])

with open('/work/main/scripts/data/quotes-heldout.jsonl', 'w') as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + '\n')
print(len(arts), sum(len(a['quotes']) for a in arts))
