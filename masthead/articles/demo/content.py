"""Demo content for `masthead demo`: a fictional newsroom, written for Masthead."""

# The prose is typeset as readers see it: typographic apostrophes (U+2019) and quotation
# marks (U+201C/U+201D, with U+2018/U+2019 for quotes inside quotes) are meant, not mistakes.
# ruff: noqa: RUF001

from typing import Any

NEWSROOM_NAME = "The Northern Current"
TAGLINE = "Independent reporting on Russia and its neighbours, from Riga."

SECTIONS: list[dict[str, Any]] = [
    {
        "slug": "news",
        "title": "News",
        "intro": (
            "Politics, courts and society in Russia and its neighbours, reported from our newsroom "
            "in Riga and by correspondents on the ground."
        ),
    },
    {
        "slug": "business",
        "title": "Business",
        "intro": (
            "Sanctions, energy, banks and the household economy: how money moves across closed "
            "borders, and who ends up paying."
        ),
    },
    {
        "slug": "opinion",
        "title": "Opinion",
        "intro": (
            "Arguments from our editors and contributors. Opinion pieces reflect the views of "
            "their authors, not of the newsroom as a whole."
        ),
    },
    {
        "slug": "culture",
        "title": "Culture",
        "intro": (
            "Books, theatre, film and music made at home, in exile and in the uneasy spaces "
            "between the two."
        ),
    },
]

AUTHORS: list[dict[str, Any]] = [
    {
        "slug": "irina-kalnina",
        "name": "Irina Kalnina",
        "role": "Editor-in-chief",
        "bio": (
            "Irina Kalnina founded The Northern Current in Riga after two decades as a political "
            "reporter and editor. She writes about press freedom and the future of exile media."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "lev-arkhipenko",
        "name": "Lev Arkhipenko",
        "role": "Senior correspondent, courts and politics",
        "bio": (
            "Lev Arkhipenko has covered political trials for fifteen years. He left the country in "
            "2022 and now reports from Riga and Vilnius."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "sofia-brandt",
        "name": "Sofia Brandt",
        "role": "Economics editor",
        "bio": (
            "Sofia Brandt writes about sanctions, banking and the household economy. Before "
            "turning to journalism she worked as an analyst at a commercial bank."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "tomas-jurkans",
        "name": "Tomas Jurkans",
        "role": "Baltic correspondent",
        "bio": (
            "Tomas Jurkans is a Latvian reporter covering energy, security and politics across the "
            "Baltic states and Finland."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "vera-lisitsyna",
        "name": "Vera Lisitsyna",
        "role": "Culture editor",
        "bio": (
            "Vera Lisitsyna edits the culture section and writes about theatre, literature and "
            "film made in exile. She was previously a theatre critic in Moscow."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "nikolai-severny",
        "name": "Nikolai Severny",
        "role": "Correspondent",
        "bio": (
            "Nikolai Severny is the pen name of our correspondent inside the country, who writes "
            "under a pseudonym for their own safety. Their identity is known to our editors."
        ),
        "is_pseudonym": True,
    },
]

AGENCIES: list[dict[str, Any]] = [
    {
        "name": "AFP",
        "credit_line": "AFP contributed reporting.",
    },
    {
        "name": "Reuters",
        "credit_line": "Reuters contributed reporting.",
    },
]

ARTICLES: list[dict[str, Any]] = [
    {
        "section": "news",
        "slug": "regulator-widens-vpn-crackdown-mobile-outages",
        "headline": (
            "Regulator widens VPN crackdown as mobile users in three regions report outages"
        ),
        "standfirst": (
            "Users in Tatarstan, Bashkortostan and the Perm region say popular VPN services "
            "stopped working on mobile networks overnight, in what appears to be the broadest "
            "blocking test so far."
        ),
        "authors": ["nikolai-severny"],
        "days_ago": 0,
        "hour": 9,
        "tags": ["censorship", "vpn", "internet"],
        "scene": "metro",
        "caption": "A commuter checks her phone on a metro platform.",
        "credit": "Reuters",
        "agency": "Reuters",
        "updated_hours_later": 4,
        "paragraphs": [
            "Mobile internet users in at least three regions reported this morning that several "
            "widely used VPN services had stopped connecting, in what engineers and digital "
            "rights groups described as the most extensive blocking test the communications "
            "regulator has carried out so far. Complaints began to accumulate shortly after "
            "midnight local time and were concentrated among customers of the two largest mobile "
            "operators. Home broadband connections in the same cities appeared largely "
            "unaffected, according to readers who wrote to The Northern Current and to monitoring "
            "data shared by an independent network researcher.",
            "The regulator did not respond to a request for comment. In previous statements it "
            "has said that it restricts only services that fail to comply with national law, and "
            "that citizens remain free to use approved tools for business purposes. Lawyers who "
            "advise technology companies say that distinction has little practical meaning, "
            "because the list of approved services has never been published in full and changes "
            "without notice. Several of the services affected this week had been working reliably "
            "for more than a year, despite earlier rounds of blocking.",
            "Network specialists who examined traffic from the affected regions said the pattern "
            "was consistent with filtering equipment being configured to recognise specific "
            "protocols rather than individual addresses. That approach is more expensive to run, "
            "but also harder to get around by simply switching servers. “This looks less like a "
            "one-off and more like a rehearsal,” said an engineer at a regional internet "
            "provider, who asked not to be named because he was not authorised to speak to the "
            "press. He said operators had received new technical instructions late last week.",
            "Some VPN providers said they were rolling out updates designed to disguise their "
            "traffic as ordinary web browsing, and advised users to download them from mirror "
            "sites rather than app stores, where many services have already been removed. Digital "
            "rights groups urged readers to keep more than one tool installed and to update them "
            "regularly. This article was updated after two providers confirmed that partial "
            "service had been restored in one of the three regions, while the other two remained "
            "affected.",
        ],
    },
    {
        "section": "news",
        "slug": "pskov-court-sentences-regional-news-editor",
        "headline": (
            "Court in Pskov sentences regional news editor to six years over Telegram posts"
        ),
        "standfirst": (
            "Arseny Melekhin, who ran a small local news site for more than a decade, was "
            "convicted of spreading “false information” about the army. His lawyer says the case "
            "rested on reposts of other outlets’ reporting."
        ),
        "authors": ["lev-arkhipenko", "nikolai-severny"],
        "days_ago": 1,
        "hour": 14,
        "tags": ["courts", "censorship", "regions"],
        "scene": "courthouse",
        "caption": "Supporters wait outside the regional court building in Pskov.",
        "credit": "The Northern Current",
        "subheading": "A case built on reposts",
        "pull_quote": {
            "text": (
                "The prosecution never claimed that a single fact in those posts was untrue. They "
                "only claimed it was the wrong kind of fact."
            ),
            "attribution": "Galina Rudneva, defence lawyer",
        },
        "updated_hours_later": 3,
        "paragraphs": [
            "A court in the north-western city of Pskov has sentenced Arseny Melekhin, the editor "
            "of the local news site Okno Pskova, to six years in a penal colony for spreading "
            "what prosecutors called knowingly false information about the armed forces. "
            "Melekhin, 47, had pleaded not guilty. He has spent fourteen months in pre-trial "
            "detention, and the time served will be counted towards his sentence. The judge also "
            "barred him from working in journalism or running a website for four years after his "
            "release.",
            "Okno Pskova was a small operation with two full-time staff, best known for its "
            "coverage of municipal budgets, road repairs and the regional hospital system. Its "
            "readership rarely exceeded a few thousand people a day. Melekhin’s colleagues say he "
            "had avoided national politics for most of his career, and that the site’s audience "
            "grew only when it began publishing lists of local men who had been called up and had "
            "not come home, compiled from obituaries and from messages sent by relatives.",
            "According to the indictment, the charges related to nine posts published on the "
            "site’s Telegram channel over a period of three months. Seven of them were reposts of "
            "reporting by other outlets, including two that were later designated as foreign "
            "agents. Melekhin’s lawyer, Galina Rudneva, told the court that none of the posts "
            "contained claims that the prosecution had tried to disprove, and that the linguistic "
            "expert report used by investigators had been prepared by a specialist with no "
            "training in journalism or military affairs.",
            "In his final statement, read out in a courtroom where only a handful of supporters "
            "were allowed in, Melekhin said that he did not regret publishing the names of the "
            "dead. He thanked his readers and asked them to keep donating to the regional hospice "
            "rather than to his legal fund. Rudneva said after the hearing that the defence would "
            "appeal. Press freedom organisations said the case was one of at least a dozen "
            "brought against regional journalists this year.",
        ],
    },
    {
        "section": "news",
        "slug": "undersea-cable-damage-gulf-of-finland-baltic-patrols",
        "headline": (
            "Undersea cable damage in the Gulf of Finland prompts a new round of Baltic patrols"
        ),
        "standfirst": (
            "A data cable linking Finland and Estonia was found damaged for the second time in a "
            "year. Investigators are examining the movements of a cargo ship that crossed the area "
            "while its tracking transponder was switched off."
        ),
        "authors": ["tomas-jurkans"],
        "days_ago": 3,
        "hour": 16,
        "tags": ["baltic", "security", "estonia", "energy"],
        "scene": "patrol-boat",
        "caption": "A Finnish coast guard vessel on patrol in the Gulf of Finland.",
        "credit": "AFP",
        "agency": "AFP",
        "subheading": "A familiar pattern",
        "paragraphs": [
            "Finnish and Estonian authorities said they had opened a joint investigation after a "
            "data cable running across the floor of the Gulf of Finland was found damaged, "
            "disrupting part of the traffic between the two countries. Operators said the "
            "disruption had been contained by rerouting traffic through other links, and that "
            "ordinary users were unlikely to have noticed. It is the second incident of its kind "
            "in the area in twelve months. Navies from several countries around the Baltic Sea "
            "said they would increase patrols near critical undersea infrastructure.",
            "Investigators are examining the movements of a cargo vessel registered in a third "
            "country that crossed the route of the cable during the night in question. According "
            "to maritime tracking data, the ship’s transponder stopped transmitting for about "
            "five hours while it was in the area. Estonian officials declined to say whether the "
            "crew had been questioned. The shipping company that manages the vessel did not "
            "respond to requests for comment sent through its listed agent.",
            "The incident follows a pattern that has become familiar to security officials in the "
            "region: damage to a pipeline, power line or data cable, followed by weeks of "
            "investigation and rarely a firm public conclusion. Proving intent is difficult, "
            "experts say, because anchors can be dragged accidentally and ships of uncertain "
            "ownership can change flags and names within weeks. Several Baltic governments have "
            "called for tighter inspections of older tankers and cargo ships travelling to and "
            "from ports in the region.",
            "Energy officials are watching closely, because the same stretch of seabed also "
            "carries an electricity interconnector and a gas pipeline that became more important "
            "after the Baltic states disconnected from the old Soviet-era power grid. Both were "
            "reported to be operating normally. “Every incident forces us to look again at how "
            "much redundancy we really have,” a senior official at one grid operator said. The "
            "Finnish and Estonian governments are expected to brief their parliaments on the "
            "investigation next week.",
        ],
    },
    {
        "section": "news",
        "slug": "latvia-tightens-residence-rules-exiled-reporters-in-limbo",
        "headline": (
            "Latvia tightens residence rules for new arrivals, leaving some exiled reporters in "
            "limbo"
        ),
        "standfirst": (
            "New requirements for language tests and proof of income apply to renewals as well as "
            "first applications. Exile newsrooms in Riga say several staff members may have to "
            "leave the country."
        ),
        "authors": ["tomas-jurkans"],
        "days_ago": 4,
        "hour": 10,
        "tags": ["latvia", "exile media", "migration"],
        "scene": "office",
        "caption": "The migration office in central Riga.",
        "credit": "Tomas Jurkans / The Northern Current",
        # The correction is the update: it is dated the day it was made, 26 hours later.
        "updated_hours_later": 26,
        "correction": {
            "text": (
                "An earlier version of this article gave the wrong number of residence "
                "applications under review. It is about 1,400, not 4,100."
            ),
        },
        "paragraphs": [
            "Latvian lawmakers have approved changes to the rules governing residence permits for "
            "citizens of Russia and Belarus, introducing stricter language requirements and new "
            "proof of income for people renewing temporary permits as well as those applying for "
            "the first time. The government says the changes are needed to manage security risks "
            "and to ensure that newcomers integrate. Officials say about 1,400 applications "
            "currently under review will be assessed under the new rules, including a number from "
            "journalists who moved to Riga after 2022.",
            "For exile newsrooms, many of which relied on Latvia’s earlier willingness to issue "
            "humanitarian visas to reporters, the timing is difficult. Editors at three outlets "
            "told The Northern Current that several staff members might not meet the income "
            "threshold, because salaries in exile media are modest and often paid from foreign "
            "grants that are renewed annually. Others worry about the language test, which "
            "requires a level of Latvian that most newcomers have had little time to reach while "
            "working full time in another language.",
            "Government officials have said that journalists at risk of prosecution at home will "
            "be able to apply for exemptions, and that each case will be considered individually. "
            "But the criteria for those exemptions have not yet been published, and lawyers who "
            "advise exiled reporters say the process is likely to take months. One reporter, who "
            "has lived in Riga for nearly three years and asked not to be named while her "
            "application is pending, said she had begun to look at options in Germany and the "
            "Netherlands “just in case”.",
            "Latvian officials stress that the country remains home to one of the largest "
            "communities of independent media in exile in Europe, and that the new rules are not "
            "aimed at the press. Media freedom organisations have welcomed that assurance but "
            "asked for clear and public guidance. “Nobody is asking for special treatment,” said "
            "the head of one Riga-based newsroom. “We are asking to know the rules before we are "
            "judged by them.”",
        ],
    },
    {
        "section": "news",
        "slug": "governor-races-end-with-familiar-results-and-low-turnout",
        "headline": "Governor races end with familiar results and the lowest turnout in a decade",
        "standfirst": (
            "Incumbents backed by the ruling party won all eleven regional contests, according to "
            "preliminary figures. Observers point to three days of voting, online ballots and the "
            "near absence of genuine challengers."
        ),
        "authors": ["lev-arkhipenko"],
        "days_ago": 6,
        "hour": 11,
        "tags": ["elections", "regions"],
        "scene": "polling-station",
        "caption": "An almost empty polling station in a school gym on the final day of voting.",
        "credit": "The Northern Current",
        "subheading": "Three days and an app",
        "paragraphs": [
            "Candidates supported by the ruling party won every one of the eleven governor races "
            "held over the weekend, according to preliminary results published by the central "
            "election commission. In most regions the winner took more than seventy per cent of "
            "the vote. The figures contained few surprises. What stood out was turnout, which the "
            "commission put at just under thirty-eight per cent on average, the lowest figure for "
            "this type of election in ten years, even after three days of voting and the "
            "expansion of online ballots.",
            "In four regions, the only registered challengers were candidates from parties that "
            "routinely vote with the ruling majority in the national parliament. Two candidates "
            "who had described themselves as independents were refused registration after "
            "election officials ruled that too many of the signatures they had collected were "
            "invalid. One of them, a former municipal deputy from the Kaluga region, told The "
            "Northern Current that an acquaintance in the local administration had warned him his "
            "paperwork would be rejected “whatever it looks like”.",
            "Election monitors, most of whom now work remotely because observer groups have been "
            "labelled foreign agents, focused this year on the electronic voting system, which "
            "was available in nine of the eleven regions. They say the system makes independent "
            "verification nearly impossible, because observers have no access to the servers and "
            "cannot compare results with paper records. In several regions, employees of state "
            "companies and public sector workers described being asked to send screenshots to "
            "their managers confirming that they had voted online.",
            "Analysts cautioned against reading too much into the turnout figure. Low "
            "participation in regional elections is not new, and the authorities have little "
            "incentive to mobilise voters in contests whose outcome is never in doubt. Yet "
            "several noted that the gap between turnout in big cities and in smaller towns has "
            "widened, suggesting that the urban voters who once turned out in protest have "
            "largely stopped trying. “People are not boycotting,” said a political scientist in "
            "Yekaterinburg. “They are simply absent.”",
        ],
    },
    {
        "section": "news",
        "slug": "ministry-adds-journalists-and-bookshop-to-foreign-agents-list",
        "headline": (
            "Ministry adds four journalists and a bookshop to its growing foreign agents list"
        ),
        "standfirst": (
            "The weekly update to the register now brings it to well over a thousand names. Those "
            "added this week include a children’s author and a bookshop in St Petersburg that "
            "hosted readings by exiled writers."
        ),
        "authors": ["nikolai-severny"],
        "days_ago": 8,
        "hour": 19,
        "tags": ["foreign agents", "censorship", "books"],
        "scene": "bookshop",
        "caption": (
            "A bookshop in central St Petersburg, closed on the evening the list was updated."
        ),
        "credit": "The Northern Current",
        "paragraphs": [
            "The justice ministry has added four journalists, a children’s author, two human "
            "rights activists and an independent bookshop in St Petersburg to its register of "
            "foreign agents, in the latest of the weekly updates that have become a fixture of "
            "Friday evenings. The register now contains well over a thousand individuals and "
            "organisations. People designated as foreign agents must mark everything they publish "
            "with a lengthy disclaimer, submit regular financial reports and are barred from a "
            "growing list of activities, including teaching and organising public events.",
            "Three of the four journalists already live abroad and work for outlets that were "
            "themselves designated earlier. The fourth, a freelance contributor to regional "
            "publications, still lives in the country and told The Northern Current that she "
            "learned of the decision from a friend who sent her a screenshot. “I had no warning "
            "and I have no idea which of my articles they mean,” she said. The ministry, as is "
            "its practice, did not explain the grounds for any of the decisions beyond a general "
            "reference to foreign influence.",
            "The bookshop, a small independent store near the city centre, had hosted online "
            "readings with exiled writers and sold titles by authors who had already been "
            "labelled. Its owners said they would contest the decision in court, although such "
            "appeals have almost never succeeded. They said that several publishers had already "
            "asked them to return unsold stock, fearing that their own books could be associated "
            "with a foreign agent. The children’s author said in a short statement that she would "
            "continue to write “for anyone who still wants to read”.",
            "Lawyers say the practical consequences of the label have grown sharply since the law "
            "was first introduced. Designated individuals can no longer receive income from "
            "advertising, are barred from standing in elections and may lose access to some "
            "banking services. In recent months, prosecutors have also begun to open criminal "
            "cases against people who repeatedly fail to add the required disclaimer, an offence "
            "that can carry a prison sentence after a series of administrative fines.",
        ],
    },
    {
        "section": "news",
        "slug": "queues-at-narva-crossing-grow-as-estonia-extends-checks",
        "headline": (
            "Queues at the Narva crossing grow as Estonia extends checks on goods carried by "
            "travellers"
        ),
        "standfirst": (
            "People crossing on foot describe waits of up to ten hours after checks on personal "
            "belongings were tightened. Estonian officials say the measures enforce EU sanctions "
            "and are not aimed at ordinary travellers."
        ),
        "authors": ["tomas-jurkans"],
        "days_ago": 10,
        "hour": 8,
        "tags": ["estonia", "sanctions", "baltic"],
        "scene": "river-bridge",
        "caption": "Pedestrians cross the bridge between Narva and Ivangorod.",
        "credit": "Tomas Jurkans / The Northern Current",
        "embed": {
            "url": "https://www.openstreetmap.org/?mlat=59.37697&mlon=28.20306#map=15/59.37697/28.20306",
            "title": "Map: the pedestrian crossing on the Friendship Bridge",
            "caption": (
                "The bridge over the Narva river, where the queue forms on the Russian side."
            ),
        },
        "inline_image": {
            "scene": "border-queue",
            "caption": "Travellers wait with their bags at the Estonian customs post in Narva.",
            "credit": "Tomas Jurkans / The Northern Current",
        },
        "paragraphs": [
            "Waiting times at the border crossing in Narva, the main land route between Estonia "
            "and Russia, have grown sharply since new checks on personal goods came into force, "
            "travellers and local officials say. The crossing is currently open only to people on "
            "foot, who must carry their belongings across the bridge over the Narva river. On "
            "some days this month, the queue has stretched into the evening, with elderly "
            "travellers waiting in the cold for up to ten hours before reaching the customs desk.",
            "Estonian customs officials say the stricter checks are intended to enforce European "
            "Union sanctions, which prohibit carrying a long list of goods across the border, and "
            "to stop banned items from being moved in small quantities by people on foot. “We "
            "understand that it is hard for people, and we are adding staff at peak times,” a "
            "spokesperson for the tax and customs board said. Officials added that the pace of "
            "crossing also depends on procedures on the other side of the river, over which "
            "Estonia has no control.",
            "Many of those crossing are residents of Narva with relatives in Ivangorod, on the "
            "opposite bank, or pensioners who travel to collect pensions, visit doctors or tend "
            "family graves. Several said they had stopped making the trip except when absolutely "
            "necessary. “My mother lives fifteen minutes away on foot, and now a visit takes the "
            "whole day,” said a woman in her fifties who works in a Narva supermarket. Local "
            "councillors have asked the government in Tallinn to install heated waiting areas and "
            "to publish live queue information.",
            "The crossing has become a quiet barometer of relations between the two countries. "
            "Estonia has closed several smaller checkpoints in recent years, citing security "
            "concerns, and its government has said further closures cannot be ruled out if the "
            "situation at the border deteriorates. For people in Narva, a mostly Russian-speaking "
            "city that has become a symbol of Estonia’s eastern frontier, every change in the "
            "rules is felt immediately, and discussed at length in the city’s shops and at its "
            "bus stops.",
        ],
    },
    {
        "section": "news",
        "slug": "urals-mothers-petitioned-for-sons-return-then-went-quiet",
        "headline": (
            "Mothers of servicemen in the Urals petitioned for their sons’ return, then went quiet"
        ),
        "standfirst": (
            "A group of women in the Chelyabinsk region collected hundreds of signatures asking "
            "for a fixed term of service for mobilised men. Within weeks, their chat had been "
            "deleted and several members had been visited by police."
        ),
        "authors": ["nikolai-severny", "lev-arkhipenko"],
        "days_ago": 12,
        "hour": 13,
        "tags": ["army", "regions", "censorship"],
        "scene": "skyline",
        "caption": "Apartment blocks on the outskirts of Chelyabinsk.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Last autumn, a group of about forty women in the Chelyabinsk region began meeting in "
            "a cafe on the edge of the city to talk about their sons and husbands, men who had "
            "been mobilised more than two years earlier and had not been allowed home for longer "
            "than a short leave. They wrote a polite letter to the regional governor, collected "
            "more than six hundred signatures and asked for one thing: a fixed term of service, "
            "after which the men would be demobilised and replaced. For several weeks, they felt "
            "they were being heard.",
            "Local officials met two of the organisers and promised to pass the letter on. A "
            "regional television station briefly mentioned the petition. Then, according to four "
            "women who spoke to The Northern Current on condition that their names not be "
            "published, the tone changed. Members of the group received calls from local police "
            "asking about their contacts with journalists. Two were invited for what officers "
            "described as a preventive conversation. The chat in which the women had coordinated, "
            "which had more than two hundred participants, was deleted by its administrator.",
            "“Nobody threatened us directly,” said one of the women, whose son has served since "
            "the first wave of mobilisation. “They said that people like us were being used by "
            "foreign media, and that we were making things harder for our own men.” She said she "
            "still believed the letter had been reasonable, but that she had stopped attending "
            "meetings after her employer, a municipal school, asked her to sign a statement "
            "distancing herself from the initiative. Others said they feared their relatives at "
            "the front could face consequences.",
            "Similar initiatives have emerged and faded in several regions since the start of "
            "mobilisation. The authorities have tended to respond with a combination of small "
            "concessions and quiet pressure, avoiding open confrontation with the families of "
            "servicemen, a group the state relies on for public support. The regional "
            "administration in Chelyabinsk did not respond to written questions. The petition, "
            "according to the organisers, never received a formal reply.",
        ],
    },
    {
        "section": "news",
        "slug": "schools-ordered-to-move-parent-chats-to-state-messenger",
        "headline": (
            "Schools ordered to move parent chats to a state-backed messenger by the start of next "
            "term"
        ),
        "standfirst": (
            "The education ministry says the change will protect children’s data. Teachers say it "
            "will mean more paperwork, and parents worry that everything they write will be "
            "visible to officials."
        ),
        "authors": ["nikolai-severny"],
        "days_ago": 15,
        "hour": 12,
        "tags": ["censorship", "internet"],
        "scene": "classroom",
        "caption": "A primary school classroom in the Moscow region.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Schools across the country have been instructed to move all official communication "
            "with parents to a state-backed messaging service by the start of next term, "
            "according to a letter from the education ministry seen by The Northern Current. The "
            "letter tells head teachers that class chats on foreign messengers should be closed, "
            "and that teachers who continue to use them for school business may face disciplinary "
            "action. The ministry says the change is necessary to protect the personal data of "
            "pupils and their families from foreign platforms.",
            "Teachers interviewed for this article said they had received the instruction with a "
            "mixture of resignation and irritation. Many already use a state electronic diary "
            "system for grades and attendance, and say the new messenger duplicates much of its "
            "function. “I have thirty families in my class, and half of them will not install "
            "another app,” said a primary school teacher in the Moscow region. “So I will end up "
            "calling them one by one.” Several said they had been asked to report how many "
            "parents had joined each week.",
            "Parents’ concerns are different. Digital rights researchers note that the messenger "
            "is operated by a company closely tied to the state, and that its terms of service "
            "allow user data to be shared with the authorities on request. Some parents said they "
            "would join the school chats but limit what they write. “You learn to talk about "
            "homework and nothing else,” said a mother of two in Kazan. Others asked why a chat "
            "about a school trip needed to be visible to anyone outside the class.",
            "The instruction is part of a broader campaign to move citizens away from foreign "
            "platforms. Officials have slowed down access to some international services, and new "
            "rules require state employees to use domestic alternatives for work communication. "
            "Experts say the strategy relies less on outright bans than on gradually making the "
            "alternatives unavoidable in everyday life, from schools and clinics to housing "
            "associations and local government offices.",
        ],
    },
    {
        "section": "news",
        "slug": "prosecutors-label-riga-based-broadcaster-undesirable",
        "headline": (
            "Prosecutors label a Riga-based broadcaster “undesirable”, making donations a criminal "
            "risk"
        ),
        "standfirst": (
            "The designation means that anyone inside the country who shares the channel’s "
            "programmes or supports it financially could face prosecution. The broadcaster says it "
            "will keep working and has advised viewers on how to stay safe."
        ),
        "authors": ["lev-arkhipenko"],
        "days_ago": 19,
        "hour": 17,
        "tags": ["exile media", "foreign agents", "courts"],
        "scene": "studio",
        "caption": "The studio of an exiled broadcaster in Riga before the evening news programme.",
        "credit": "The Northern Current",
        "paragraphs": [
            "The prosecutor general’s office has declared Prostor TV, an independent television "
            "channel based in Riga, an undesirable organisation, a designation that makes taking "
            "part in its activities a criminal offence inside the country. The channel, which "
            "broadcasts news and discussion programmes online and employs about sixty people, "
            "most of them in Latvia, is the latest in a long line of exile media outlets to "
            "receive the label. It was designated as a foreign agent two years ago, and its "
            "website has been blocked since shortly after it launched.",
            "Under the law, people inside the country who share the channel’s broadcasts, give "
            "interviews to its journalists or donate to it can face administrative fines and, "
            "after a repeat offence, criminal charges carrying a sentence of several years in "
            "prison. Lawyers say the law has been applied unevenly, but that prosecutions for "
            "donations have become more common over the past year, often based on bank transfer "
            "records. The channel said it had stopped accepting payments from cards issued in the "
            "country as soon as the designation was announced.",
            "“Our audience is not a criminal organisation,” the channel’s editor-in-chief, Marat "
            "Ilyasov, said in a statement read out at the start of the evening news programme. He "
            "said Prostor TV would keep broadcasting and had published guidance for viewers on "
            "how to watch safely, including advice on VPNs and on clearing browsing histories. "
            "Staff members who spoke to The Northern Current said they had expected the decision "
            "for months, but that it still felt like a turning point, because it puts their "
            "sources at greater risk than themselves.",
            "More than two hundred foreign and international organisations are now on the "
            "undesirable list, including several media outlets based in the Baltic states. Press "
            "freedom groups said the steady expansion of the list showed that the authorities "
            "were seeking to sever the remaining links between exile media and their audiences at "
            "home. Audience figures for the designated outlets have not collapsed, according to "
            "their own data, but readers have become more cautious about commenting, subscribing "
            "and sharing.",
        ],
    },
    {
        "section": "business",
        "slug": "families-turn-to-couriers-and-crypto-as-banks-cut-off-remittances",
        "headline": "Families turn to couriers and crypto as banks cut off remittances from abroad",
        "standfirst": (
            "European banks have closed accounts and refused transfers to and from the country, "
            "leaving exiles who support relatives at home to rely on informal channels. The fees "
            "are high, and so are the risks."
        ),
        "authors": ["sofia-brandt"],
        "days_ago": 2,
        "hour": 7,
        "tags": ["banks", "sanctions", "exile", "economy"],
        "scene": "exchange-office",
        "caption": "A currency exchange office in central Riga.",
        "credit": "Sofia Brandt / The Northern Current",
        "agency": "Reuters",
        "subheading": "The courier economy",
        "pull_quote": {
            "text": (
                "Every month I send money home, and every month I learn a new way to do it, "
                "because the old one has stopped working."
            ),
            "attribution": "Olga, software tester in Riga",
        },
        "paragraphs": [
            "Every month, Olga, a software tester who moved to Riga three years ago, sends about "
            "three hundred euros to her mother in a small town in the Vologda region. The amount "
            "has not changed. The method has changed five times. First it was a bank transfer, "
            "until her Latvian bank told her it would no longer process payments to the country. "
            "Then it was a payment app, until it was withdrawn. Then it was a friend travelling "
            "home. Now it is a stablecoin, bought on an exchange and sold for roubles by a cousin "
            "in Moscow.",
            "Olga’s story is typical of a large and largely invisible flow of money between "
            "exiles and their families. Since 2022, most European banks have stopped processing "
            "payments to and from the country, citing sanctions compliance and the cost of "
            "checking each transaction. Some have gone further, closing accounts held by its "
            "citizens even when they have residence permits and local salaries. Regulators in the "
            "Baltic states have asked banks to assess customers individually, but bankers say the "
            "risk of a fine makes blanket caution the cheaper option.",
            "What has emerged in place of the banking system is a patchwork of informal services. "
            "Couriers advertise on Telegram, offering to carry cash across the border for a "
            "commission of between three and eight per cent. Exchange services promise to convert "
            "euros into roubles through accounts in third countries, most often in Central Asia "
            "or the Caucasus. Cryptocurrency exchanges, some of them operating without licences, "
            "handle a growing share of the traffic. Users say fees have risen steadily, and that "
            "fraud is common among newer services with no track record.",
            "The risks are not only financial. Lawyers warn that transfers to relatives are "
            "increasingly scrutinised by investigators at home, and that sending money to someone "
            "who later donates to a designated organisation could, in theory, expose both sides. "
            "So far there have been few such cases. For most families, the more immediate concern "
            "is cost. “My mother’s pension barely covers her bills,” Olga said. “If the fees go "
            "up again, I will have to send less, and she will notice.”",
        ],
    },
    {
        "section": "business",
        "slug": "central-bank-holds-key-rate-as-inflation-refuses-to-cool",
        "headline": "Central bank holds its key rate steady as inflation refuses to cool",
        "standfirst": (
            "Policymakers kept borrowing costs at a near-record level for a fourth meeting in a "
            "row, warning that labour shortages and military spending continue to push prices up "
            "faster than wages in much of the country."
        ),
        "authors": ["sofia-brandt"],
        "days_ago": 7,
        "hour": 15,
        "tags": ["economy", "banks", "inflation"],
        "scene": "supermarket",
        "caption": "A shopper compares prices in a supermarket in Novosibirsk.",
        "credit": "AFP",
        "agency": "AFP",
        "paragraphs": [
            "The central bank left its key interest rate unchanged at a near-record level at its "
            "latest meeting, the fourth consecutive decision to hold borrowing costs steady, and "
            "signalled that it was in no hurry to begin cutting. In a statement, the bank said "
            "that inflation had slowed only marginally over the past quarter and remained well "
            "above its target. It pointed to a tight labour market, strong consumer demand "
            "supported by state spending and rising costs for imported goods as the main reasons "
            "that price growth was proving stubborn.",
            "For businesses, the decision prolongs a period of very expensive credit. Companies "
            "outside the defence sector and the largest state corporations say they have "
            "postponed investment, because loans at current rates make most projects "
            "unprofitable. Several industry associations had lobbied publicly for a cut, arguing "
            "that high rates were choking civilian manufacturing. Some economists share that "
            "view, while others argue that easing too early would allow inflation to become "
            "entrenched, as it did in several earlier periods of rapid price growth.",
            "Households experience the problem differently. Official inflation figures have been "
            "questioned by economists for some time, and surveys consistently show that people "
            "believe prices are rising much faster than the official rate. Food, utilities and "
            "imported medicines are the most frequent complaints. In regions far from the big "
            "cities, wage growth has lagged behind, and pensioners, whose payments are indexed "
            "once a year, say the gap widens every month. Demand for small consumer loans and "
            "microfinance has grown accordingly.",
            "The bank’s next meeting is scheduled in six weeks. Analysts surveyed by financial "
            "news outlets expect the rate to remain unchanged at least until the end of the "
            "quarter. Much will depend on the budget, which has been running a deficit despite "
            "higher taxes, and on oil export revenues, which have been falling as discounts on "
            "the country’s crude have widened under sanctions pressure.",
        ],
    },
    {
        "section": "business",
        "slug": "oil-export-revenues-fall-for-third-month-as-discounts-widen",
        "headline": (
            "Oil export revenues fall for a third straight month as discounts on crude widen"
        ),
        "standfirst": (
            "Shipping data and budget figures suggest that sanctions on tankers and traders are "
            "starting to bite. But the industry has adapted before, and the budget still has "
            "reserves to draw on, at least for now."
        ),
        "authors": ["sofia-brandt", "tomas-jurkans"],
        "days_ago": 11,
        "hour": 18,
        "tags": ["energy", "sanctions", "economy", "baltic"],
        "scene": "tanker",
        "caption": "An oil tanker at anchor in the eastern Gulf of Finland.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Revenues from oil exports fell for the third month in a row, according to budget "
            "data published by the finance ministry, as the discount on the country’s crude "
            "relative to international benchmarks widened to its largest in more than a year. The "
            "decline has been driven less by volumes, which have remained relatively stable, than "
            "by price. Traders say buyers in Asia are demanding deeper discounts to compensate "
            "for the growing risk of dealing with tankers and intermediaries that may be added to "
            "Western sanctions lists.",
            "Much of the country’s seaborne crude leaves through ports on the Baltic Sea, passing "
            "through the Gulf of Finland and the Danish straits on vessels that are often old, "
            "poorly insured and registered in jurisdictions with little oversight. Baltic and "
            "Nordic governments have stepped up inspections of such ships, citing both sanctions "
            "enforcement and environmental risk. Shipping analysts say the combination of "
            "sanctions on individual vessels and stricter checks has pushed freight costs up and "
            "reduced the number of tankers willing to carry the cargo.",
            "It is too early to say that the pressure will last. The oil industry has repeatedly "
            "adapted to restrictions, building up its own fleet and finding new intermediaries "
            "within months. The budget also retains reserves in its sovereign wealth fund, "
            "although these have been drawn down considerably since 2022. Economists interviewed "
            "by The Northern Current said the more important question was whether the decline "
            "would continue into the next budget cycle, when spending commitments on defence are "
            "already set to rise.",
            "For the Baltic states, the issue is also one of safety. A serious accident involving "
            "an ageing tanker in the narrow, shallow waters of the Gulf of Finland would be an "
            "ecological disaster, officials in Tallinn and Helsinki have warned. Estonia has "
            "discussed new legal powers to inspect ships passing through its waters, a step that "
            "raises difficult questions under international maritime law and has drawn sharp "
            "criticism from Moscow.",
        ],
    },
    {
        "section": "business",
        "slug": "customs-data-show-car-parts-arriving-through-central-asia",
        "headline": (
            "Trade data suggest European car parts are still arriving by way of Central Asia"
        ),
        "standfirst": (
            "Public trade statistics point to a sharp rise in shipments of components that can no "
            "longer be exported directly. European officials say they are aware of the pattern and "
            "are preparing new measures."
        ),
        "authors": ["sofia-brandt"],
        "days_ago": 13,
        "hour": 16,
        "tags": ["sanctions", "economy"],
        "scene": "checkpoint",
        "caption": "Lorries wait at a freight terminal near the border with Kazakhstan.",
        "credit": "The Northern Current",
        "paragraphs": [
            "European exports of car parts and industrial components to several Central Asian "
            "countries have risen steeply since 2022, according to an analysis of publicly "
            "available trade statistics by The Northern Current, and the increase closely tracks "
            "those countries’ growing exports of similar goods to Russia. Researchers have "
            "documented the same pattern in other product categories. It suggests that a "
            "significant part of the trade is being re-exported rather than used locally, despite "
            "sanctions that prohibit the direct sale of such goods.",
            "The mechanics are not complicated. A distributor in a third country orders parts "
            "from a European supplier, declares them for domestic use, and sells them on to a "
            "buyer across the border, often through a chain of small trading companies that exist "
            "for only a few months. Because goods move within the regional customs union with few "
            "checks, there is little to stop the second step. European suppliers are required to "
            "perform due diligence, but enforcement varies widely from one member state to "
            "another.",
            "Officials in Brussels say they are aware of the figures and have raised the issue "
            "with governments in the region, several of which have promised closer monitoring. "
            "The European Union has also required exporters to include clauses prohibiting "
            "re-export in their contracts, and has begun sanctioning individual companies in "
            "third countries found to be involved in circumvention. Critics say the measures came "
            "too late and rely too heavily on the goodwill of exporters who have every commercial "
            "incentive to look away.",
            "At home, the trade has kept many vehicles on the road and allowed some assembly to "
            "continue, but at a price. Mechanics and dealers say that parts arriving by indirect "
            "routes cost between thirty and sixty per cent more than before the war, and that "
            "delivery times are longer and less predictable. Customers have responded by keeping "
            "older cars for longer and turning to cheaper Chinese brands, whose share of new car "
            "sales has risen sharply.",
        ],
    },
    {
        "section": "business",
        "slug": "rigas-port-looks-west-as-transit-from-the-east-dries-up",
        "headline": "Riga’s port looks west as the transit trade from the east dries up",
        "standfirst": (
            "Once a gateway for coal, fertiliser and oil products from the east, the port of Riga "
            "is trying to reinvent itself around timber, grain, military logistics and wind "
            "energy. Not everyone is convinced."
        ),
        "authors": ["tomas-jurkans"],
        "days_ago": 16,
        "hour": 10,
        "tags": ["baltic", "latvia", "economy", "energy"],
        "scene": "port",
        "caption": "Cranes at a container terminal on the Daugava river in Riga.",
        "credit": "Tomas Jurkans / The Northern Current",
        "subheading": "Wind, wood and soldiers",
        "paragraphs": [
            "For most of the past three decades, the port of Riga earned its living from the "
            "east. Trains brought coal, fertiliser and oil products across the border, and ships "
            "carried them on to Western Europe and beyond. Cargo volumes had already fallen well "
            "below their peak before 2022, when sanctions and Latvia’s own decisions cut off most "
            "of what remained of that trade. Along the Daugava river, some of the large terminals "
            "built for bulk cargo from the east now stand partly empty, their conveyor belts "
            "idle.",
            "Port managers say they are not waiting for the old business to come back. They point "
            "to growing exports of timber and wood pellets, grain shipments from the Baltic "
            "region, and a rising volume of container traffic tied to local manufacturing. “We "
            "spent thirty years as a corridor,” one executive said. “Now we have to become a "
            "destination.” The port has also begun marketing land near the river mouth to "
            "companies interested in assembling and servicing offshore wind turbines, which "
            "several Baltic governments have promised to build.",
            "Another new customer is the military. With more allied troops stationed in the "
            "Baltic states, ports in Riga, Liepaja and Ventspils have become part of NATO’s "
            "logistics network, handling equipment for exercises and rotations. The volumes are "
            "small compared with the old transit trade, and military cargo does not generate the "
            "same fees or employment. But officials argue that it strengthens the case for "
            "investment in infrastructure, including connections to Rail Baltica, the new "
            "European-gauge railway that is due to run through the city.",
            "Sceptics note that the transformation is slow and that many jobs have already "
            "disappeared. Dockworkers’ unions say hundreds of positions have been lost, and that "
            "retraining programmes have been modest. Some of the terminal operators that relied "
            "most heavily on eastern cargo have gone bankrupt or changed hands. “The plan makes "
            "sense on paper,” said an economist at a Riga university. “The question is whether "
            "the new business arrives before the old infrastructure becomes too expensive to "
            "maintain.”",
        ],
    },
    {
        "section": "business",
        "slug": "volga-factories-raise-wages-as-workers-grow-scarce",
        "headline": (
            "Factories in the Volga region raise wages again as skilled workers grow scarce"
        ),
        "standfirst": (
            "Defence orders, emigration and mobilisation have left manufacturers competing for a "
            "shrinking pool of labour. Wages are rising quickly, but so are prices, and smaller "
            "firms say they cannot keep up."
        ),
        "authors": ["nikolai-severny", "sofia-brandt"],
        "days_ago": 21,
        "hour": 9,
        "tags": ["economy", "regions", "army"],
        "scene": "factory-gate",
        "caption": "Workers leave a machine-building plant at the end of a shift in Samara.",
        "credit": "The Northern Current",
        "paragraphs": [
            "On the notice board outside a machine-building plant on the edge of Samara, the "
            "vacancies have been pinned up for months: turners, welders, electricians, crane "
            "operators. The salaries on offer are roughly double what the same jobs paid three "
            "years ago. “Two years ago we had a queue at the gate,” said a manager in the plant’s "
            "personnel department. “Now people leave after a week because a factory across the "
            "river offered them five thousand roubles more.” Similar notices can be found across "
            "the industrial towns of the Volga region.",
            "The labour shortage is one of the defining features of the wartime economy. Hundreds "
            "of thousands of working-age men have been mobilised or have signed military "
            "contracts, many others have left the country, and the workforce was already "
            "shrinking for demographic reasons. At the same time, plants with defence contracts "
            "are running extra shifts and can pay premiums that civilian manufacturers cannot "
            "match. Official unemployment is at a historic low, a figure the authorities present "
            "as a success but many employers describe as a constraint.",
            "Smaller companies say they are being squeezed from both sides. A furniture producer "
            "near Tolyatti said he had raised wages three times in a year and still lost a third "
            "of his staff, while the cost of credit has made it impossible to invest in machinery "
            "that would require fewer workers. Some firms have turned to migrant labour from "
            "Central Asia, but tighter migration rules and growing hostility towards migrants "
            "have made that harder too. “Everyone is hiring and nobody is building anything new,” "
            "he said.",
            "Economists say rising wages have supported consumer spending and helped the "
            "government argue that living standards are holding up. But they caution that wage "
            "growth driven by a shortage of workers rather than by rising productivity feeds "
            "inflation and cannot continue indefinitely. When defence spending eventually slows, "
            "they say, the regions most dependent on military orders could face a sharp and "
            "painful adjustment.",
        ],
    },
    {
        "section": "business",
        "slug": "how-exile-newsrooms-pay-the-bills",
        "headline": "How exile newsrooms pay the bills when advertising is off the table",
        "standfirst": (
            "Foreign grants still account for most of the money, but reader donations, memberships "
            "and paid newsletters are growing. Editors say the real challenge is reaching readers "
            "who are afraid to pay."
        ),
        "authors": ["sofia-brandt"],
        "days_ago": 24,
        "hour": 11,
        "tags": ["exile media", "economy"],
        "scene": "meeting",
        "caption": "Editors at a morning planning meeting in a Riga newsroom.",
        "credit": "The Northern Current",
        "subheading": "The problem with donations",
        "paragraphs": [
            "When independent newsrooms were forced to leave the country, they lost more than "
            "their offices. Advertisers at home could no longer work with outlets labelled "
            "foreign agents or undesirable, and international advertisers had little interest in "
            "an audience they could not sell to. Within a few months, a business model that had "
            "sustained some outlets for years had disappeared. Today, most exile media "
            "organisations depend on a mix of grants from foreign foundations and governments, "
            "reader donations, and a small but growing amount of revenue from other sources.",
            "Grants remain the largest source of income for most newsrooms interviewed for this "
            "article, in some cases accounting for more than eighty per cent of their budgets. "
            "They are also the least predictable. Funding is usually allocated for one or two "
            "years, often tied to specific projects, and priorities among donors shift with "
            "political events elsewhere in the world. Several editors said they spend a "
            "significant share of their time writing applications and reports rather than "
            "editing. “Every year we are a start-up again,” said the director of one outlet.",
            "Reader donations are a source of pride, because they show that the audience values "
            "the journalism, but they come with a paradox. The readers most likely to pay live "
            "inside the country, where supporting an undesirable organisation is a criminal "
            "offence and where international payment cards no longer work. Newsrooms have "
            "responded by closing domestic donation channels for safety reasons, even when that "
            "means losing money. Donations now come mostly from emigrants, a loyal but limited "
            "group, and from readers in other countries.",
            "Some outlets are experimenting with other models: paid newsletters, podcasts "
            "sponsored by foundations, research for international organisations, or content "
            "partnerships with European media. None has yet replaced grants. Media development "
            "experts say that exile newsrooms need to plan for a long stay, and that donors "
            "should commit to longer funding cycles. “Nobody expected this to last more than a "
            "year or two,” one editor said. “Now we are building institutions, and institutions "
            "need budgets that look further ahead than twelve months.”",
        ],
    },
    {
        "section": "opinion",
        "slug": "staying-home-on-election-day-was-also-a-vote",
        "headline": "A view from inside: in my town, staying home on election day was also a vote",
        "standfirst": (
            "Officials will call the regional elections a success, and on paper they were. But in "
            "the town where I live, the empty polling stations said more about what people think "
            "than any ballot could."
        ),
        "authors": ["nikolai-severny"],
        "days_ago": 1,
        "hour": 18,
        "tags": ["elections", "regions"],
        "scene": "polling-school",
        "caption": "A polling station in a provincial town on the last day of voting.",
        "credit": "The Northern Current",
        "paragraphs": [
            "The polling station nearest to my flat is in a school that my neighbours’ children "
            "attend. On the last day of voting I walked past it three times, in the morning, at "
            "lunchtime and in the early evening. Each time there were more election officials "
            "inside than voters. A police officer stood by the door reading his phone. A table "
            "near the entrance offered discounted cakes and a free blood pressure check, which "
            "was the most popular service on offer. Nobody I spoke to that week could name all "
            "the candidates.",
            "It would be easy to call this apathy, and officials who want to explain low turnout "
            "often do. I do not think it is apathy. The people in my town follow the news "
            "closely, through channels the authorities would prefer they did not use. They argue "
            "about prices, about the men from our district who have not come back, about whether "
            "the factory will close. What they have concluded, after many years, is that an "
            "election is not the place where any of this is decided. Staying home is not "
            "indifference. It is a judgement.",
            "That judgement has consequences, and not all of them are comforting. A population "
            "that has given up on elections is easier to govern, because it asks less of those in "
            "power. But it is also harder to mobilise, whether for a campaign, a war or a "
            "celebration, and the authorities know this. That is why employees of state companies "
            "are asked to send photographs of their ballots, and why the online voting app sends "
            "reminders every few hours. The state does not need our support so much as our "
            "visible participation.",
            "I do not know what my neighbours would do if they believed their vote could change "
            "something. Perhaps many would vote for the same people. But it is worth remembering, "
            "when the official figures are published, that behind a turnout of thirty-odd per "
            "cent are millions of people who made a quiet decision not to take part. In a country "
            "where most forms of public disagreement have become dangerous, absence is one of the "
            "few that remain.",
        ],
    },
    {
        "section": "opinion",
        "slug": "why-we-keep-publishing-for-readers-who-have-been-outlawed",
        "headline": "Why we keep publishing for readers in a country that has outlawed us",
        "standfirst": (
            "Our website is blocked, our donors risk prosecution and our reporters cannot go home. "
            "The reasons to continue are not sentimental. They are practical, and they concern the "
            "readers who are still there."
        ),
        "authors": ["irina-kalnina"],
        "days_ago": 5,
        "hour": 8,
        "tags": ["exile media", "censorship"],
        "scene": "newsroom",
        "caption": "The Northern Current newsroom in Riga late in the evening.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Every few months, someone asks me, usually kindly, whether it still makes sense to "
            "do what we do. Our website has been blocked at home since the week it launched. Our "
            "reporters have been labelled foreign agents, and reading us is now something people "
            "do carefully, behind a VPN, without leaving a trace. The person asking usually means "
            "well. They wonder whether our energy might be better spent writing for European "
            "audiences, or whether we are simply talking to ourselves in an increasingly small "
            "room in Riga.",
            "The honest answer is that the room is not small. Our audience inside the country "
            "fell when the blocking began, but it has not disappeared, and in some months it has "
            "grown. Readers write to us from regional capitals and from small towns we had never "
            "heard of. They send us documents, photographs of court notices and lists of the "
            "dead. They correct our mistakes. These are not people who need us to tell them what "
            "to think. They need us to tell them what happened, in places where nobody else will.",
            "There is also a practical argument. When independent reporting disappears, it is not "
            "replaced by silence but by rumour. A closed information space does not make people "
            "less curious; it makes them more dependent on whoever controls the channels that "
            "remain. Every verified account of a trial, a factory closure or a local protest is "
            "one more fact that cannot be erased. Those facts will matter later, to courts, to "
            "historians and to families who want to know what happened to their relatives.",
            "None of this places exile journalism above criticism. We are far from the places we "
            "write about, and we must work twice as hard to avoid the distortions that distance "
            "brings. We depend on correspondents who take risks we do not, and we owe them "
            "caution as well as gratitude. But the alternative to imperfect journalism from "
            "abroad is not better journalism at home. For now, it is no journalism at all. That "
            "is why we keep publishing, and why we intend to continue.",
        ],
    },
    {
        "section": "opinion",
        "slug": "trials-of-regional-reporters-are-not-about-the-reporters",
        "headline": "The trials of regional reporters are not really about the reporters",
        "standfirst": (
            "Jailing a local editor with a few thousand readers makes little sense as censorship. "
            "It makes perfect sense as a message to everyone else who is still deciding what to "
            "publish."
        ),
        "authors": ["lev-arkhipenko"],
        "days_ago": 9,
        "hour": 12,
        "tags": ["courts", "censorship", "regions"],
        "scene": "courtroom",
        "caption": "The defendants’ cage in a regional courtroom.",
        "credit": "The Northern Current",
        "paragraphs": [
            "I have sat through many political trials over the past fifteen years, and they have "
            "taught me to look less at the defendant than at the audience. When a court sentences "
            "the editor of a small regional news site to six years for a handful of reposts, the "
            "outcome is not really aimed at him. His readers numbered in the thousands. His site "
            "could have been blocked in an afternoon. If the goal were simply to silence him, the "
            "state had cheaper tools. The trial itself is the point, and its audience is everyone "
            "else.",
            "That audience includes the editor of the next small site in the next regional town, "
            "who reads about the verdict and decides not to publish the list of local men who "
            "died. It includes the municipal official who had been quietly helping reporters and "
            "now stops answering calls. It includes the readers who used to comment under their "
            "own names. The sentence is long precisely because it must be remembered. Each case "
            "is chosen, I suspect, less for the seriousness of what was published than for how "
            "clearly it works as a warning.",
            "This matters for how we respond. International condemnation of such verdicts is "
            "necessary, but it rarely reaches the people the trial was designed to frighten. What "
            "reaches them is whether the defendant’s work survives: whether his reporting is "
            "republished, whether colleagues continue to cover the hospital budgets and road "
            "repairs he covered, whether his name becomes a footnote or a reference point. Those "
            "who organise these trials are betting that the story ends with the sentence. It is "
            "our job to make sure it does not.",
            "There is a limit to what exile newsrooms can do. We cannot protect people who are "
            "still inside, and we must not ask them to take risks for our sake. But we can refuse "
            "to let the regional press disappear from view. We can keep publishing the work of "
            "those who have been silenced, credit them properly and tell their readers that what "
            "they did mattered. A warning only works if everyone agrees to heed it.",
        ],
    },
    {
        "section": "opinion",
        "slug": "sanctions-are-slower-than-promised-no-reason-to-abandon-them",
        "headline": (
            "Sanctions are working more slowly than promised. That is no reason to abandon them"
        ),
        "standfirst": (
            "The early predictions of economic collapse were wrong, and critics of sanctions have "
            "made the most of it. But the measures were never going to work overnight, and their "
            "costs are now showing where it matters."
        ),
        "authors": ["sofia-brandt"],
        "days_ago": 14,
        "hour": 9,
        "tags": ["sanctions", "economy"],
        "scene": "shopping-centre",
        "caption": "A shopping centre with empty units in the suburbs of St Petersburg.",
        "credit": "The Northern Current",
        "paragraphs": [
            "In the spring of 2022, some Western officials predicted that sanctions would cripple "
            "the Russian economy within months. The rouble would collapse, the banking system "
            "would seize up and the government would run out of money. None of that happened. The "
            "central bank stabilised the currency, oil revenues held up, and the economy grew, "
            "powered by military spending. Those who opposed sanctions from the start have used "
            "this failure of prediction to argue that the measures themselves have failed. That "
            "argument confuses a bad forecast with a bad policy.",
            "Sanctions on a large, resource-rich economy were never likely to produce a sudden "
            "collapse. What they can do is raise costs, slowly and cumulatively, and narrow the "
            "options available to the state. By that measure, the evidence is more encouraging "
            "than the headlines suggest. Oil is sold at a discount and shipped on increasingly "
            "expensive and risky routes. Imported components cost far more and arrive later. The "
            "sovereign wealth fund has been drawn down. Interest rates are throttling civilian "
            "investment. None of this is dramatic, and all of it adds up.",
            "The strongest criticism of sanctions is not that they do nothing, but that "
            "enforcement has been inconsistent. Trade through third countries has been tolerated "
            "for too long, and European companies have too often been allowed to treat due "
            "diligence as paperwork. Those are arguments for enforcing sanctions better, not for "
            "lifting them. Governments that want the measures to work should invest in customs "
            "investigations, cooperate more closely on shipping, and accept that serious "
            "enforcement sometimes means prosecuting their own exporters.",
            "There is also a cost that is rarely discussed: the effect on ordinary people, "
            "including those who oppose the war and those who have left. Blanket banking "
            "restrictions that stop exiles from sending money to their parents do nothing to "
            "weaken the state and a great deal to alienate potential allies. Well-designed "
            "sanctions should be targeted, patient and enforced. They will not end a war by "
            "themselves. But a policy does not have to be sufficient to be necessary.",
        ],
    },
    {
        "section": "opinion",
        "slug": "baltic-states-should-not-treat-exiles-only-as-a-security-risk",
        "headline": "The Baltic states should stop treating exiles only as a security risk",
        "standfirst": (
            "Vigilance towards a hostile neighbour is justified. But policies that lump together "
            "the regime’s opponents and its supporters weaken the region’s security rather than "
            "strengthen it."
        ),
        "authors": ["tomas-jurkans"],
        "days_ago": 18,
        "hour": 14,
        "tags": ["baltic", "migration", "exile media", "latvia"],
        "scene": "old-town",
        "caption": "The old town of Riga seen from across the Daugava river.",
        "credit": "The Northern Current",
        "paragraphs": [
            "As a Latvian, I understand why my country looks at its eastern neighbour with "
            "suspicion. Our history gives us reasons, and recent years have given us more. "
            "Espionage cases, sabotage attempts and constant disinformation are real, and the "
            "government is right to take them seriously. But over the past year I have watched "
            "with growing unease as the debate about security has narrowed into a debate about "
            "passports, in which the people who fled repression are treated with the same "
            "suspicion as those who still support it.",
            "The new residence rules are a case in point. A language test and an income threshold "
            "may sound neutral, but in practice they fall hardest on people who arrived recently "
            "and with little: journalists, activists, researchers and their families. These are "
            "among the most committed opponents of the regime anywhere in Europe. Many of them "
            "have helped Baltic institutions understand what is happening across the border. "
            "Forcing them to move on to Berlin or Amsterdam does not make Riga safer. It makes it "
            "less informed.",
            "There is a better approach, and it is not complicated. Screening should be "
            "individual and thorough, as it already is for many applicants. Exiled journalists "
            "and human rights defenders should have a clear, published route to residence, with "
            "the security services involved at the start rather than at the end. Language "
            "learning should be supported, not just demanded. And politicians should resist "
            "making speeches that blur the distinction between a nationality and a regime, "
            "because such speeches are quoted with delight by propagandists across the border.",
            "Security in the Baltic region depends on many things: armed forces, energy "
            "independence, resilient infrastructure and allies who keep their promises. It also "
            "depends on knowing our neighbour better than it knows us. The people who have left, "
            "and who still talk to those who stayed, are one of the best sources of that "
            "knowledge we have. We should treat them as partners in our security, with "
            "appropriate scrutiny, not as a problem to be managed out of the country.",
        ],
    },
    {
        "section": "opinion",
        "slug": "exiled-theatre-and-literature-must-stop-talking-to-themselves",
        "headline": "Exiled theatre and literature have to stop talking only to themselves",
        "standfirst": (
            "Plays, novels and festivals made abroad have found a devoted audience among "
            "emigrants. The harder and more necessary task is to reach the people around us, and "
            "those who remain at home."
        ),
        "authors": ["vera-lisitsyna"],
        "days_ago": 22,
        "hour": 20,
        "tags": ["theatre", "books", "exile"],
        "scene": "crowd",
        "caption": "Audience members leave a theatre in Riga after an evening performance.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Three years into the largest emigration of artists and writers in living memory, "
            "exile culture has become an industry of its own. There are theatre companies in "
            "Riga, Tbilisi and Berlin, publishing houses in Amsterdam and Tel Aviv, festivals, "
            "podcasts and book fairs. I spend most of my working evenings at their premieres and "
            "readings, and I am grateful that they exist. Many of them are very good. But I have "
            "begun to notice that I keep seeing the same faces in the audience, and hearing the "
            "same conversations in the interval.",
            "This is not surprising. Emigrants are hungry for work in their own language that "
            "speaks to their experience, and they are willing to pay for it. But an audience that "
            "shares every assumption with the artist is a comfortable audience, and comfort is "
            "bad for art. Too many exile productions now seem to be made for people who already "
            "agree: plays about the pain of leaving, novels about the guilt of those who stayed, "
            "all of it applauded warmly and forgotten by the following week.",
            "The more difficult task is to reach two other audiences. The first is the people in "
            "the cities where we now live, Latvians, Georgians, Germans, who often know little "
            "about us and may reasonably be wary of a culture that once arrived with the soldiers "
            "of an empire. The second is the people at home, who can still read, listen and "
            "watch, if cautiously. Both require work in translation, in every sense: subtitles "
            "and surtitles, yes, but also a willingness to ask what our stories mean to someone "
            "who does not share them.",
            "Some artists are already doing this. A few theatres in Riga perform with Latvian "
            "surtitles and invite local actors. Some publishers release books simultaneously in "
            "translation. Some musicians record in languages other than their own. These efforts "
            "are harder and often less rewarding financially, and they deserve more support from "
            "funders and more attention from critics, including me. Exile culture will be judged "
            "in the end not by how well it consoled us, but by whether anyone outside our circle "
            "found it worth hearing.",
        ],
    },
    {
        "section": "culture",
        "slug": "exiled-theatre-company-opens-play-about-those-who-stayed",
        "headline": (
            "In Riga, an exiled theatre company opens a play about the people who stayed behind"
        ),
        "standfirst": (
            "“The Waiting Room”, the first production by a company of actors who left Moscow in "
            "2022, is set in a provincial hospital corridor. It is funny, sad and unusually "
            "generous towards characters who did not leave."
        ),
        "authors": ["vera-lisitsyna"],
        "days_ago": 3,
        "hour": 21,
        "tags": ["theatre", "exile", "latvia"],
        "scene": "stage",
        "caption": "Actors rehearse “The Waiting Room” on a small stage in Riga.",
        "credit": "Vera Lisitsyna / The Northern Current",
        "subheading": "Surtitles and silences",
        "pull_quote": {
            "text": (
                "We did not want to make a play about how brave we were to leave. We wanted to "
                "make one about the people who had no such choice."
            ),
            "attribution": "Daniil Gorsky, director",
        },
        "paragraphs": [
            "The set for “The Waiting Room” is a hospital corridor in a provincial town: a row of "
            "plastic chairs, a flickering lamp, a door that never opens. Over two hours, a dozen "
            "characters pass through it. A pensioner waiting for test results. A young nurse who "
            "has not been paid for two months. A woman whose husband is somewhere at the front "
            "and who comes to the hospital every day because it is the only warm place where "
            "nobody asks her questions. Nobody in the play leaves the country, and nobody talks "
            "about leaving.",
            "The production is the first by the Corridor Theatre, a company formed in Riga by "
            "seven actors and a director who left Moscow in the months after the full-scale "
            "invasion. They rehearsed for more than a year in borrowed spaces, including a school "
            "gym and the back room of a bar, and paid for the production mostly through small "
            "donations and a grant from a Nordic cultural foundation. The premiere, in a "
            "two-hundred-seat hall in the city centre, sold out weeks in advance, and further "
            "performances have been added.",
            "The director, Daniil Gorsky, said the company had deliberately chosen a story set at "
            "home. Much of the script, developed collectively from interviews conducted remotely "
            "with people in several regions, is restrained and often very funny. The emotional "
            "weight lies in what the characters do not say, in long pauses that the actors hold "
            "with remarkable confidence. Latvian and English surtitles are projected above the "
            "stage, and several Latvian speakers in the audience said afterwards that the jokes "
            "had landed in translation too.",
            "Not every choice works. A dream sequence in the second half, in which the corridor "
            "fills with smoke and the characters recite fragments of news broadcasts, is "
            "heavy-handed and breaks the spell of what came before. But the final scene, in which "
            "the pensioner finally receives her results and simply sits down again to wait with "
            "the others, drew a long silence from the audience before the applause. The company "
            "hopes to take the production to Tallinn and Vilnius next season, and to publish the "
            "text online for readers at home.",
        ],
    },
    {
        "section": "culture",
        "slug": "review-the-winter-archive-family-silence",
        "headline": "Review: “The Winter Archive” maps a family’s silence across three generations",
        "standfirst": (
            "Marina Ostrovets’s second novel follows a granddaughter through her family’s papers, "
            "from a Siberian settlement to a Moscow flat. It is a quiet, patient book about what "
            "families choose not to remember."
        ),
        "authors": ["vera-lisitsyna"],
        "days_ago": 6,
        "hour": 17,
        "tags": ["books", "review", "exile"],
        "scene": "books",
        "caption": "“The Winter Archive” was published this month by an exile press in Riga.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Marina Ostrovets’s second novel begins with a cardboard box. Its narrator, Zhenya, a "
            "translator in her thirties, finds it in the wardrobe of her late grandmother’s flat: "
            "letters, ration cards, a school report, a photograph of a man whom nobody in the "
            "family has ever mentioned. Over the course of a winter she reads through it all, and "
            "the novel moves between her present, in a city she is planning to leave, and the "
            "lives of her grandmother and great-grandmother in a settlement in western Siberia "
            "where they were sent in the 1930s.",
            "Ostrovets, who left the country in 2022 and now lives in Riga, is not interested in "
            "revelation for its own sake. The secret at the centre of the book, when it arrives, "
            "is neither shocking nor unusual; it is the kind of thing that happened in millions "
            "of families. What interests her is the work of silence: how a grandmother decides "
            "what to tell her children, how a mother decides what to ask, and how each generation "
            "inherits the gaps left by the previous one and quietly adds its own.",
            "The writing is plain and precise, occasionally too plain. Some of the chapters set "
            "in the present feel underpowered compared with the historical sections, where "
            "Ostrovets’s research gives the prose a physical density: the smell of wet felt "
            "boots, the weight of a bucket of coal, the exact wording of an official form. The "
            "narrator’s voice, careful and a little dry, suits the material. The book was "
            "published simultaneously in Russian and in English translation, a choice that seems "
            "to echo its concern with who gets to read a family’s story.",
            "It would be easy to read “The Winter Archive” as an allegory of the present, and the "
            "novel invites that reading in its final pages, when Zhenya packs the box into her "
            "suitcase. But its strength lies in refusing easy parallels. It is a book about how "
            "people live with what they know and do not say, which is not only a historical "
            "subject. Readers who have recently had to decide what to tell their own families "
            "will recognise more than they might expect.",
        ],
    },
    {
        "section": "culture",
        "slug": "review-page-three-history-of-the-provincial-newspaper",
        "headline": (
            "Review: a history of the provincial newspaper, written by one of its last editors"
        ),
        "standfirst": (
            "In “Page Three”, a former regional editor traces the rise and slow hollowing out of "
            "local journalism over thirty years. It is partly a history, partly a memoir and "
            "partly a manual for whoever comes next."
        ),
        "authors": ["lev-arkhipenko"],
        "days_ago": 17,
        "hour": 15,
        "tags": ["books", "review", "exile media", "regions"],
        "scene": "newspapers",
        "caption": "Back issues of a regional newspaper stacked in a former editorial office.",
        "credit": "The Northern Current",
        "paragraphs": [
            "Every regional newspaper, writes Pyotr Sablin, had a page three. The front page "
            "belonged to the governor and the back page to the football results and the "
            "horoscope. Page three was where the editors put the stories that mattered to "
            "readers: the burst pipe, the closed maternity ward, the councillor who had quietly "
            "bought a plot of municipal land. Sablin edited a newspaper in a city on the Kama "
            "river for nineteen years, and his book is an affectionate, angry and detailed "
            "account of how that page was gradually emptied.",
            "The story he tells will be familiar to anyone who worked in the regional press. The "
            "optimism of the early 1990s, when dozens of new titles appeared in every region. The "
            "arrival of money from local businessmen who wanted influence. Then the slow takeover "
            "by regional administrations, which discovered that contracts for publishing official "
            "information were more effective than closing papers down. By the late 2010s, Sablin "
            "argues, most local newspapers had become departments of the governor’s press office, "
            "though they still carried their old names on the masthead.",
            "The strongest chapters are the most personal. Sablin writes candidly about his own "
            "compromises: the stories he did not run, the phone calls he did not return, the "
            "advertising contracts he accepted knowing what they would cost. He does not excuse "
            "himself, but he does explain, and the explanation is more useful than a confession. "
            "The final section, written in exile, turns to the small independent sites and "
            "Telegram channels that took over some of the newspapers’ work, and to the "
            "prosecutions that have followed.",
            "“Page Three” is uneven. Some chapters read like a collection of anecdotes, and "
            "readers unfamiliar with regional politics may get lost. But it is the best account I "
            "have read of how local journalism in the country was not so much destroyed as "
            "hollowed out. It ends with a short list of practical advice for young reporters, "
            "from how to read a municipal budget to how to store notes safely. It is not clear "
            "when they will be able to use it. Sablin seems confident that they will.",
        ],
    },
    {
        "section": "culture",
        "slug": "banned-folk-punk-band-fills-tallinn-club",
        "headline": (
            "Banned at home, a folk-punk band from the Urals fills a Tallinn club for the first "
            "time"
        ),
        "standfirst": (
            "Pozdny Poezd, whose concerts were cancelled across the country after they refused to "
            "drop an anti-war song, played their first sold-out show in Estonia. The audience was "
            "a mix of emigrants, locals and curious students."
        ),
        "authors": ["tomas-jurkans", "vera-lisitsyna"],
        "days_ago": 20,
        "hour": 22,
        "tags": ["music", "estonia", "censorship", "exile"],
        "scene": "concert",
        "caption": "Pozdny Poezd on stage at a club in Tallinn’s Kalamaja district.",
        "credit": "Tomas Jurkans / The Northern Current",
        "paragraphs": [
            "Half an hour before the doors opened, the queue outside a club in Tallinn’s Kalamaja "
            "district stretched around the corner. Inside, the five members of Pozdny Poezd, a "
            "folk-punk band from Yekaterinburg whose name means “late train”, were tuning a "
            "bayan, a battered electric guitar and a double bass borrowed from a local music "
            "school. It was the band’s first concert in Estonia, and it had sold out within two "
            "days. “Two years ago we played for a hundred people in basements,” the singer, "
            "Fyodor Lamin, said backstage.",
            "The band was a modest success at home, known for fast, bitter songs about provincial "
            "life that mixed traditional melodies with punk. That changed after it released a "
            "song based on a young conscript’s letters home. Within weeks, concerts were "
            "cancelled in several cities after venue owners received calls from local officials, "
            "and the band’s music disappeared from the main domestic streaming platforms. Its "
            "members left the country one by one over the following year, and now live in "
            "Tbilisi, Vilnius and Riga, meeting for rehearsals and short tours.",
            "The Tallinn audience was unusually mixed. There were emigrants who knew every word "
            "and sang along to the choruses, but also Estonian students who had discovered the "
            "band through social media and followed the lyrics in translations posted online. "
            "Between songs, Lamin spoke in Russian and then, haltingly, in English, and at one "
            "point attempted a sentence in Estonian that drew warm applause. Several local "
            "listeners said they had hesitated before buying tickets for a Russian-language "
            "concert, and were glad they had come.",
            "The band insists it is not a political project. Most of its songs are about love, "
            "drinking and the weather, Lamin said, and only a few are about the war. But he "
            "acknowledged that in the current climate there was no such thing as a neutral song. "
            "The band is planning a tour of Baltic and Polish cities in the spring and has "
            "started recording an album, partly funded by fans. Its members say they would like "
            "to play at home again one day, but do not expect to do so soon.",
        ],
    },
    {
        "section": "culture",
        "slug": "librarians-quietly-pull-books-as-banned-lists-grow",
        "headline": (
            "Librarians quietly pull books from shelves as lists of banned authors keep growing"
        ),
        "standfirst": (
            "No law requires most of the removals. Librarians in three regions describe informal "
            "instructions, anxious directors and a new habit of checking every new title against "
            "the foreign agents register."
        ),
        "authors": ["nikolai-severny"],
        "days_ago": 23,
        "hour": 11,
        "tags": ["books", "censorship", "foreign agents"],
        "scene": "library",
        "caption": "Shelves in the reading room of a municipal library.",
        "credit": "The Northern Current",
        "paragraphs": [
            "In the reading room of a municipal library in a city in central Russia, a shelf that "
            "used to hold contemporary fiction now has gaps. A librarian who has worked there for "
            "more than twenty years pointed them out to a correspondent for The Northern Current: "
            "a dozen spaces where novels by authors who have been designated as foreign agents, "
            "or who have publicly opposed the war, used to stand. The books have not been "
            "destroyed. They are in boxes in a storeroom, marked with a code that means, in the "
            "librarian’s words, “not for now”.",
            "No law requires libraries to remove books by foreign agents, although such books "
            "must now be sold in opaque wrapping and carry a warning, and some titles have been "
            "banned outright by courts. In practice, librarians in three regions say, the "
            "removals have gone much further. Instructions arrive by phone or in informal "
            "meetings, rarely in writing. Directors, worried about inspections and about "
            "complaints from activists who visit libraries looking for offending titles, prefer "
            "to remove too much rather than too little.",
            "“Nobody tells you to take a book off the shelf,” said a librarian in the Volga "
            "region. “They ask you whether you are sure it should be there. And after that "
            "question, you are never sure.” Several librarians said they now check every new "
            "acquisition against the foreign agents register and a list of banned materials that "
            "runs to thousands of entries. Some said they had removed books by authors who had "
            "merely been mentioned in news reports about the war, before any official "
            "designation.",
            "The librarians interviewed for this article asked not to be identified, and "
            "described their feelings in similar terms: embarrassment, tiredness and a "
            "determination to keep doing their jobs as well as they can. Some keep removed books "
            "available on request for readers they know. Others have stopped recommending "
            "anything published after 2022. “A library is supposed to be the place where you can "
            "read what you want,” one of them said. “Now it is the place where you learn what not "
            "to ask for.”",
        ],
    },
    {
        "section": "culture",
        "slug": "shift-change-documentary-factory-town-festival-prizes",
        "headline": (
            "A documentary about a closed factory town wins over festival juries but cannot be "
            "shown at home"
        ),
        "standfirst": (
            "“Shift Change” follows four workers in a northern town through the year after its "
            "paper mill closed. Completed by a director who had to finish it abroad, it has won "
            "prizes at three European festivals."
        ),
        "authors": ["vera-lisitsyna"],
        "days_ago": 25,
        "hour": 13,
        "tags": ["film", "censorship", "exile", "regions"],
        "scene": "factory",
        "caption": (
            "A still from “Shift Change”, filmed in a paper mill town in the Arkhangelsk region."
        ),
        "credit": "Courtesy of the filmmakers",
        "paragraphs": [
            "The first shot of “Shift Change” lasts nearly three minutes. A woman in a hard hat "
            "walks the length of a paper mill’s machine hall as the machines are switched off one "
            "by one, and the sound slowly drains out of the film. It is the last working day of a "
            "mill that has employed most of a small town in the Arkhangelsk region for more than "
            "sixty years. What follows is an intimate, unhurried portrait of four workers and "
            "their families over the year after the closure, as they look for work, argue, leave "
            "and return.",
            "The director, Alina Rebrova, began filming in her home region before the war, with a "
            "small crew and a modest grant from a domestic film fund. When the fund withdrew its "
            "support after she signed an open letter against the invasion, she continued to shoot "
            "on her own, and completed the editing in Vilnius, where she has lived since 2023. "
            "Her subjects, she said, knew she had left and chose to continue. Several of them "
            "were consulted on the final cut, and some names have been changed in the credits for "
            "their protection.",
            "The film has now won prizes at three European documentary festivals, with juries "
            "praising its patience and its refusal to turn its subjects into symbols. There is "
            "almost no mention of politics. Instead, the film shows how larger forces arrive in "
            "ordinary lives: a call-up notice delivered to a neighbour, a pension that no longer "
            "covers the heating bill, a son who signs a military contract because it is the "
            "best-paid job on offer. The restraint makes those moments hit harder.",
            "It is unlikely that “Shift Change” will be shown in cinemas at home, where "
            "distribution certificates have been refused to films by directors who have spoken "
            "out against the war. Rebrova said she hoped the film would find viewers through "
            "other channels, and that she had sent a copy to each of the people who appear in it. "
            "“The film belongs to them first,” she said. “If they are the only ones at home who "
            "see it, that is already something.”",
        ],
    },
    {
        "section": "culture",
        "slug": "saturday-school-in-riga-exiled-parents-teach-literature",
        "headline": (
            "At a Saturday school in Riga, exiled parents teach the literature they grew up with"
        ),
        "standfirst": (
            "Volunteer teachers run literature and history classes for the children of emigrant "
            "families. The organisers say they want the children to inherit the books, not the "
            "state that claims them."
        ),
        "authors": ["vera-lisitsyna"],
        "days_ago": 27,
        "hour": 10,
        "tags": ["books", "exile", "latvia"],
        "scene": "reading-class",
        "caption": "Children at a Saturday reading class in a rented classroom in Riga.",
        "credit": "Vera Lisitsyna / The Northern Current",
        "subheading": "Which books, and why",
        "paragraphs": [
            "On Saturday mornings, a rented classroom in a Riga secondary school fills with "
            "children aged between seven and fourteen, their parents, a large thermos of tea and "
            "several boxes of books. The Saturday school was founded two years ago by a group of "
            "emigrant parents who wanted their children, who attend Latvian schools during the "
            "week, to keep reading and writing in their first language. It now has about ninety "
            "pupils in six groups, taught by volunteers, most of them former teachers, "
            "translators and university lecturers.",
            "The organisers are aware that their project is sensitive. In Latvia, where the "
            "Russian language carries a heavy political history and where state schools have been "
            "moving to teaching only in Latvian, a school of this kind can be seen as a political "
            "statement. The founders say it is the opposite. All the children are also learning "
            "Latvian, and the school’s rules forbid teachers from discussing current politics in "
            "class. “We want them to be Latvian children who can also read Chekhov,” said one of "
            "the founders, a former philology lecturer.",
            "The curriculum was the subject of long debates among the parents. They agreed to "
            "keep the classics, from Pushkin’s fairy tales to Gogol and Tolstoy, but to teach "
            "them alongside Ukrainian, Latvian and other literature in translation, and to talk "
            "openly about how the classics have been used by the state for imperial purposes. For "
            "older pupils, the school has added a course on the history of censorship, built "
            "around banned and samizdat texts. Some parents were uneasy about that choice. Most, "
            "the organisers say, were grateful for it.",
            "For the children, the motivations of the adults matter less than the atmosphere, "
            "which is closer to a book club than a school. On the morning a correspondent "
            "visited, a group of ten-year-olds was staging a scene from a fairy tale, with a "
            "cardboard crown and a great deal of argument about who would play the wolf. “I like "
            "it because nobody gives marks,” said one of them. Her mother said that the school "
            "had become, for the parents too, one of the few places where they did not feel like "
            "strangers.",
        ],
    },
]

# The first issue of The Weekly, ready for an editor to send from the admin.
FIRST_ISSUE = {
    "subject": "The Weekly: seven days of reporting you may have missed",
    "preheader": "Our editors’ picks from this week, from the courts to the kitchen table.",
    "intro": (
        "<p>Good morning. Our reporters spent this week on stories that rarely make the "
        "evening news at home: what happens in regional courtrooms, how families get money "
        "across closed borders, and how the economy feels from a shop counter. Below are the "
        "pieces our editors think you should not miss.</p>"
        "<p>Thank you for reading, and for forwarding this letter to someone who needs it.</p>"
    ),
}

# Demo readers (example.org never receives mail): the first issue goes to the outbox.
DEMO_READERS = ("anna.reader@example.org", "boris.reader@example.org", "vera.reader@example.org")

# The ask under every article (Settings → Reader contributions), in the newsroom's words.
ASK = {
    "heading": "A message from The Northern Current",
    "message": (
        "<p>We were labelled a “foreign agent” and then an “undesirable organisation”; our site "
        "is blocked at home and our reporters work from exile. We keep reporting because "
        "readers pay for it. Please support us monthly, starting from just $2. It takes a "
        "minute to set up, and every contribution makes an impact.</p>"
    ),
    "at_risk_note": (
        "Payments go through Stripe. Your bank statement shows “NC MEDIA OÜ”, not our name, "
        "and we never share who supports us."
    ),
}

# Demo supporters (example.org never receives mail) and what they gave: (frequency, amount
# in cents, currency, months ago it started, months ago it ended or None).
DEMO_SUPPORT = (
    ("monthly", 500, "usd", 5, None),
    ("monthly", 1000, "eur", 4, None),
    ("monthly", 200, "usd", 4, 1),
    ("annual", 6000, "usd", 3, None),
    ("once", 2500, "eur", 2, None),
    ("monthly", 500, "gbp", 2, None),
    ("once", 5000, "usd", 1, None),
    ("monthly", 2000, "usd", 1, None),
    ("annual", 10000, "eur", 0, None),
    ("once", 1000, "usd", 0, None),
)
