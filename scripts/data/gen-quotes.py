# Writes scripts/data/quotes.jsonl: short news articles written by us (fictional people, real
# countries), each with the quotations a reader would mark and who said them. Aliases list the
# other names the speaker may fairly be given (surname, short form of an organisation).
import json
arts = []
def art(id, title, body, quotes, not_quotes=(), published="2024-05-10"):
    arts.append(dict(id=id, title=title, body=body.strip(), published=published,
                     quotes=[dict(kind=k, starts=s, speaker=sp, aliases=al) for (k, s, sp, al) in quotes],
                     not_quotes=list(not_quotes)))

art("q01", "Serbia and Kosovo Resume Talks in Brussels", """
Serbian Foreign Minister Lena Markovic said on Tuesday that Belgrade was ready to resume talks with Pristina without preconditions.
“We have waited long enough, and our citizens deserve an agreement that lasts,” Markovic told reporters in Brussels.
She added that the European Union had offered to host a new round of negotiations in June.
Kosovo’s prime minister, Arben Duka, said his government would attend but warned that “nothing will be signed under pressure.”
""", [
  ("indirect", "Belgrade was ready to resume talks", "Lena Markovic", ["Markovic"]),
  ("direct", "We have waited long enough", "Lena Markovic", ["Markovic"]),
  ("indirect", "the European Union had offered to host", "Lena Markovic", ["Markovic"]),
  ("indirect", "his government would attend", "Arben Duka", ["Duka"]),
  ("partial", "nothing will be signed under pressure", "Arben Duka", ["Duka"]),
])

art("q02", "Flooding Displaces Thousands in Bangladesh", """
Floods have forced more than 40,000 people from their homes in northern Bangladesh, according to the country’s disaster management ministry.
“The water is still rising in several districts and we expect more evacuations tonight,” said Rahim Chowdhury, a senior official at the ministry.
Aid agencies said supplies of clean water were running low in the worst-hit areas.
According to the United Nations children’s agency, at least 12,000 of those displaced are children.
""", [
  ("indirect", "Floods have forced more than 40,000 people", "disaster management ministry", ["the country’s disaster management ministry", "Disaster Management Ministry"]),
  ("direct", "The water is still rising", "Rahim Chowdhury", ["Chowdhury"]),
  ("indirect", "supplies of clean water were running low", "Aid agencies", []),
  ("indirect", "at least 12,000 of those displaced are children", "United Nations children’s agency", ["United Nations", "UNICEF", "the United Nations children’s agency"]),
])

art("q03", "Central Bank Holds Rates Steady", """
The Bank of Canada kept its benchmark interest rate unchanged on Wednesday, saying inflation had not yet slowed enough.
Governor Michel Tremblay told a news conference in Ottawa that the bank would “not hesitate to act” if prices rose again.
"We are not there yet. The last mile is always the hardest," Tremblay said.
Economists at the Royal Bank of Canada said they expected the first cut in September.
""", [
  ("partial", "not hesitate to act", "Michel Tremblay", ["Tremblay"]),
  ("direct", "We are not there yet", "Michel Tremblay", ["Tremblay"]),
  ("indirect", "they expected the first cut in September", "Economists at the Royal Bank of Canada", ["Royal Bank of Canada", "Economists"]),
])

art("q04", "Opposition Leader Detained in Tbilisi", """
Police in Georgia detained opposition leader Nika Beridze early on Sunday, his party said.
“This is a political arrest, pure and simple,” said Tamar Kapanadze, a spokeswoman for the United Georgia party.
“They came at dawn, without a warrant, and took him away in front of his children.”
The interior ministry said Beridze was being questioned over the organisation of an unauthorised rally and would be released within 48 hours.
Beridze has called the government’s new media law a “Russian-style gag.”
""", [
  ("indirect", "Police in Georgia detained opposition leader", "United Georgia", ["his party", "United Georgia party"]),
  ("direct", "This is a political arrest", "Tamar Kapanadze", ["Kapanadze"]),
  ("direct", "They came at dawn", "Tamar Kapanadze", ["Kapanadze"]),
  ("indirect", "Beridze was being questioned", "interior ministry", ["The interior ministry", "Interior Ministry", "Georgian Interior Ministry"]),
  ("partial", "Russian-style gag", "Nika Beridze", ["Beridze"]),
])

art("q05", "Drought Threatens Harvest in Kenya", """
Kenya’s agriculture minister, Grace Wanjiru, warned on Thursday that the maize harvest could fall by a third this year.
Speaking in Nakuru, she said farmers in the Rift Valley had received less than half their usual rainfall since March.
“If the rains fail again in October, we will have to import food on a scale we have not seen in a decade,” Wanjiru said.
The World Food Programme said it was preparing to expand assistance to 1.5 million people.
""", [
  ("indirect", "the maize harvest could fall by a third", "Grace Wanjiru", ["Wanjiru"]),
  ("indirect", "farmers in the Rift Valley had received", "Grace Wanjiru", ["Wanjiru"]),
  ("direct", "If the rains fail again in October", "Grace Wanjiru", ["Wanjiru"]),
  ("indirect", "it was preparing to expand assistance", "World Food Programme", ["WFP", "The World Food Programme"]),
])

art("q06", "Shipping Attacks Raise Insurance Costs", """
Insurance premiums for ships crossing the Red Sea have tripled since January, industry executives said.
A spokesman for the shipping company Maersk said the firm would keep diverting vessels around Africa “for the foreseeable future.”
The attacks have been condemned by the United States and its allies, who said they threatened global trade.
“No commercial ship should have to choose between its crew’s safety and its schedule,” said Helen Ward, who heads a London-based insurers’ association.
""", [
  ("indirect", "Insurance premiums for ships crossing the Red Sea", "industry executives", []),
  ("indirect", "the firm would keep diverting vessels", "Maersk", ["A spokesman for the shipping company Maersk", "spokesman"]),
  ("partial", "for the foreseeable future", "Maersk", ["A spokesman for the shipping company Maersk", "spokesman"]),
  ("indirect", "they threatened global trade", "United States", ["The United States and its allies"]),
  ("direct", "No commercial ship should have to choose", "Helen Ward", ["Ward"]),
])

art("q07", "Hospital Strike Enters Second Week", """
Junior doctors in England extended their strike on Monday after talks with the government broke down.
"The offer on the table is a pay cut in real terms," said Dr. Priya Shah, who chairs the doctors’ committee of the British Medical Association.
The health secretary, Mark Ellison, told the BBC the offer was "fair and final" and urged doctors to return to work.
Hospital managers said thousands of operations had been postponed.
Shah said the union was willing to return to talks "at any hour of the day."
""", [
  ("direct", "The offer on the table is a pay cut", "Priya Shah", ["Shah", "Dr. Priya Shah"]),
  ("indirect", "the offer was", "Mark Ellison", ["Ellison"]),
  ("partial", "fair and final", "Mark Ellison", ["Ellison"]),
  ("indirect", "thousands of operations had been postponed", "Hospital managers", []),
  ("indirect", "the union was willing to return to talks", "Priya Shah", ["Shah", "Dr. Priya Shah"]),
  ("partial", "at any hour of the day", "Priya Shah", ["Shah", "Dr. Priya Shah"]),
])

art("q08", "Border Clash Kills Three Soldiers", """
Three Indian soldiers were killed in an exchange of fire along the Line of Control, the Indian army said on Saturday.
In a statement, the army said its troops had responded to “unprovoked firing” from across the border.
Pakistan’s military denied the account. Its spokesman, Maj. Gen. Asif Qureshi, said Indian forces had opened fire first and that Pakistani troops had acted in self-defence.
“We will respond to any aggression with full force,” Qureshi said.
""", [
  ("indirect", "Three Indian soldiers were killed", "Indian army", ["the Indian army", "Indian Army"]),
  ("indirect", "its troops had responded", "Indian army", ["the army", "Indian Army"]),
  ("partial", "unprovoked firing", "Indian army", ["the army", "Indian Army"]),
  ("indirect", "Indian forces had opened fire first", "Asif Qureshi", ["Qureshi", "Maj. Gen. Asif Qureshi"]),
  ("direct", "We will respond to any aggression", "Asif Qureshi", ["Qureshi"]),
])

art("q09", "Election Commission Rejects Fraud Claims", """
Nigeria’s electoral commission on Friday rejected claims of widespread fraud in last month’s governorship elections.
Commission chairman Bola Adeyemi said the results had been verified at every polling unit.
The opposition All Progressives Alliance said it would challenge the results in court.
“We have evidence of ballot stuffing in at least 300 polling units,” the party’s spokesman, Chidi Okafor, told journalists in Abuja.
Adeyemi described the allegations as “baseless and irresponsible.”
""", [
  ("indirect", "the results had been verified", "Bola Adeyemi", ["Adeyemi"]),
  ("indirect", "it would challenge the results in court", "All Progressives Alliance", ["The opposition All Progressives Alliance"]),
  ("direct", "We have evidence of ballot stuffing", "Chidi Okafor", ["Okafor"]),
  ("partial", "baseless and irresponsible", "Bola Adeyemi", ["Adeyemi"]),
])

art("q10", "Wildfires Force Evacuations in Greece", """
Firefighters battled wildfires on the island of Evia for a third day on Thursday as strong winds fanned the flames.
“The next 24 hours are critical,” civil protection minister Nikos Papadakis said in a televised address.
“We are asking residents to follow the instructions of the authorities and leave when they are told to leave.
“Houses can be rebuilt. Lives cannot.”
Papadakis said more than 600 firefighters and 40 aircraft were involved.
""", [
  ("direct", "The next 24 hours are critical", "Nikos Papadakis", ["Papadakis"]),
  ("direct", "We are asking residents to follow", "Nikos Papadakis", ["Papadakis"]),
  ("direct", "Houses can be rebuilt", "Nikos Papadakis", ["Papadakis"]),
  ("indirect", "more than 600 firefighters and 40 aircraft", "Nikos Papadakis", ["Papadakis"]),
])

art("q11", "Tech Giant Faces EU Fine", """
The European Commission fined the search company Qorvex 1.2 billion euros on Wednesday for abusing its dominance in online advertising.
Competition commissioner Ingrid Solberg said the company had “systematically favoured its own services.”
Qorvex said it would appeal. “We disagree with the decision and will make our case in court,” a company spokesperson said.
Analysts said the fine was unlikely to dent the company’s profits.
""", [
  ("partial", "systematically favoured its own services", "Ingrid Solberg", ["Solberg"]),
  ("indirect", "it would appeal", "Qorvex", []),
  ("direct", "We disagree with the decision", "Qorvex", ["a company spokesperson"]),
  ("indirect", "the fine was unlikely to dent", "Analysts", []),
])

art("q12", "Ceasefire Talks Stall in Doha", """
Indirect talks on a ceasefire in Sudan stalled on Monday, mediators said, after the two sides failed to agree on the withdrawal of forces from the capital.
The army’s delegation was led by Gen. Omar Hassan, who told Al Jazeera that his side would not accept “any arrangement that rewards the rebellion.”
A negotiator for the Rapid Support Forces, Adam Musa, said the army had rejected every proposal put forward by the mediators.
Qatar’s foreign ministry said in a statement that the talks would resume after a short pause.
""", [
  ("indirect", "Indirect talks on a ceasefire in Sudan stalled", "mediators", []),
  ("indirect", "his side would not accept", "Omar Hassan", ["Hassan", "Gen. Omar Hassan"]),
  ("partial", "any arrangement that rewards the rebellion", "Omar Hassan", ["Hassan", "Gen. Omar Hassan"]),
  ("indirect", "the army had rejected every proposal", "Adam Musa", ["Musa"]),
  ("indirect", "the talks would resume after a short pause", "foreign ministry", ["Qatar’s foreign ministry", "Qatari Foreign Ministry", "Foreign Ministry", "Qatar"]),
])

art("q13", "Mayor Unveils Housing Plan", """
Mayor Sofia Reyes on Tuesday unveiled a plan to build 20,000 affordable homes over the next decade.
"Every family in this city deserves a safe place to live," Reyes said at a news conference. "That is not a slogan. It is a promise."
Critics on the city council called the plan "unrealistic," noting that the city had built fewer than 3,000 such homes in the past five years.
Councilman Derek Hall said he would vote against the budget unless the plan included rent controls.
""", [
  ("direct", "Every family in this city deserves", "Sofia Reyes", ["Reyes", "Mayor Sofia Reyes"]),
  ("direct", "That is not a slogan", "Sofia Reyes", ["Reyes", "Mayor Sofia Reyes"]),
  ("partial", "unrealistic", "Critics on the city council", ["Critics"]),
  ("indirect", "he would vote against the budget", "Derek Hall", ["Hall"]),
])

art("q14", "Iran Denies Role in Drone Attack", """
Iran on Sunday denied any involvement in a drone attack on an oil facility in Saudi Arabia.
Foreign ministry spokesman Reza Karimi said the accusations were “baseless” and aimed at undermining regional diplomacy.
Saudi officials said the drones had been launched from the north and that debris recovered at the site pointed to Iranian-made components.
The United States said it was “deeply concerned” and was in touch with its partners in the region.
""", [
  ("indirect", "the accusations were", "Reza Karimi", ["Karimi"]),
  ("partial", "baseless", "Reza Karimi", ["Karimi"]),
  ("indirect", "the drones had been launched from the north", "Saudi officials", []),
  ("indirect", "it was", "United States", ["The United States"]),
  ("partial", "deeply concerned", "United States", ["The United States"]),
])

art("q15", "Rail Strike Disrupts Commuters in France", """
Rail workers in France walked out on Thursday, halting most regional trains, the national rail operator SNCF said.
Union leader Claire Fontaine told France Info radio that the strike would continue until the government withdrew its pension proposals.
"We did not choose this fight. The government chose it for us," she said.
Transport Minister Paul Girard said the strike was "irresponsible" and called on unions to return to negotiations.
Commuters in Paris said they had waited for hours on crowded platforms.
""", [
  ("indirect", "Rail workers in France walked out", "SNCF", ["the national rail operator SNCF"]),
  ("indirect", "the strike would continue", "Claire Fontaine", ["Fontaine"]),
  ("direct", "We did not choose this fight", "Claire Fontaine", ["Fontaine"]),
  ("indirect", "the strike was", "Paul Girard", ["Girard"]),
  ("partial", "irresponsible", "Paul Girard", ["Girard"]),
  ("indirect", "they had waited for hours", "Commuters in Paris", ["Commuters"]),
])

art("q16", "Researchers Report Coral Bleaching", """
More than half of the Great Barrier Reef has been affected by bleaching this year, scientists at the Australian Institute of Marine Science said on Friday.
“What we are seeing is unprecedented in its extent,” said marine biologist Anna Clarke, who led the survey.
She said warmer ocean temperatures were the main cause.
The environment minister, Tom Baird, was quoted as saying that the government would increase funding for reef protection.
""", [
  ("indirect", "More than half of the Great Barrier Reef", "Australian Institute of Marine Science", ["scientists at the Australian Institute of Marine Science", "scientists"]),
  ("direct", "What we are seeing is unprecedented", "Anna Clarke", ["Clarke"]),
  ("indirect", "warmer ocean temperatures were the main cause", "Anna Clarke", ["Clarke"]),
  ("indirect", "the government would increase funding", "Tom Baird", ["Baird"]),
])

art("q17", "Protesters Clash With Police in Nairobi", """
Police fired tear gas at protesters in Nairobi on Tuesday as demonstrations against new taxes entered a second week.
Witnesses said officers chased demonstrators through the city centre and arrested dozens.
“We are not criminals. We are young people who cannot afford to eat,” one protester, 24-year-old student Brian Otieno, told The Associated Press.
The police chief, Japheth Kiprono, said officers had acted with restraint and accused “paid agitators” of looting shops.
Organisers of the so-called “Gen Z march” said they would return on Thursday.
""", [
  ("indirect", "officers chased demonstrators", "Witnesses", []),
  ("direct", "We are not criminals", "Brian Otieno", ["Otieno"]),
  ("indirect", "officers had acted with restraint", "Japheth Kiprono", ["Kiprono"]),
  ("partial", "paid agitators", "Japheth Kiprono", ["Kiprono"]),
  ("indirect", "they would return on Thursday", "Organisers of the so-called “Gen Z march”", ["Organisers"]),
], not_quotes=["Gen Z march"])

art("q18", "Volcano Eruption Prompts Flight Cancellations", """
An eruption of Mount Karang in Indonesia sent a column of ash five kilometres into the sky on Saturday, the country’s volcanology agency said.
Airlines cancelled dozens of flights to and from Bali.
“The ash cloud is moving south-west, and we are monitoring it every hour,” agency head Bambang Santoso said.
According to Santoso, there had been no casualties, but about 3,000 villagers had been evacuated.
""", [
  ("indirect", "An eruption of Mount Karang", "volcanology agency", ["the country’s volcanology agency"]),
  ("direct", "The ash cloud is moving south-west", "Bambang Santoso", ["Santoso"]),
  ("indirect", "there had been no casualties", "Bambang Santoso", ["Santoso"]),
])

art("q19", "Trade Deal Signed After Years of Talks", """
Chile and South Korea signed an upgraded trade agreement in Seoul on Monday after six years of negotiations.
Chilean President Andrea Vidal called the deal “a bridge between two Pacific economies.”
South Korean Trade Minister Kim Min-jun said the agreement would cut tariffs on 97 percent of goods.
"This is good news for our farmers and for our carmakers," Kim said.
Business groups in both countries welcomed the deal, but farmers’ unions in Chile said they had not been consulted.
""", [
  ("partial", "a bridge between two Pacific economies", "Andrea Vidal", ["Vidal"]),
  ("indirect", "the agreement would cut tariffs", "Kim Min-jun", ["Kim"]),
  ("direct", "This is good news for our farmers", "Kim Min-jun", ["Kim"]),
  ("indirect", "they had not been consulted", "farmers’ unions in Chile", ["farmers’ unions"]),
])

art("q20", "Court Orders Release of Journalist", """
A court in Guatemala City ordered the release of journalist Carlos Mejia on Wednesday after nearly a year in detention.
Mejia’s lawyer, Lucia Ramos, said the judge had found no evidence to support the money-laundering charges.
“Carlos should never have spent a single day in prison,” Ramos said outside the courthouse.
The attorney general’s office said it would study the ruling before deciding whether to appeal.
Press freedom groups had described the case as “a warning to every journalist in the country.”
""", [
  ("indirect", "the judge had found no evidence", "Lucia Ramos", ["Ramos"]),
  ("direct", "Carlos should never have spent", "Lucia Ramos", ["Ramos"]),
  ("indirect", "it would study the ruling", "attorney general’s office", ["The attorney general’s office"]),
  ("partial", "a warning to every journalist", "Press freedom groups", []),
])

art("q21", "Ministers Pledge More Aid for Ukraine", """
Defence ministers from more than 40 countries pledged new air defence systems for Ukraine at a meeting in Ramstein, Germany, on Friday.
U.S. Defense Secretary James Porter said the new deliveries would arrive “within weeks, not months.”
Ukrainian Defence Minister Oleksandr Hrytsenko thanked the allies but said Kyiv needed more.
“Every day of delay is measured in lives,” he told reporters after the meeting.
""", [
  ("indirect", "the new deliveries would arrive", "James Porter", ["Porter"]),
  ("partial", "within weeks, not months", "James Porter", ["Porter"]),
  ("indirect", "Kyiv needed more", "Oleksandr Hrytsenko", ["Hrytsenko"]),
  ("direct", "Every day of delay is measured in lives", "Oleksandr Hrytsenko", ["Hrytsenko"]),
])

with open('/work/main/scripts/data/quotes.jsonl', 'w') as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + '\n')
print(len(arts), sum(len(a['quotes']) for a in arts))
