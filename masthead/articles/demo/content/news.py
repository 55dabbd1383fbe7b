"""The demo's News articles (see the package's docstring)."""

# The prose is typeset as readers see it: typographic apostrophes (U+2019) and quotation
# marks (U+201C/U+201D, with U+2018/U+2019 for quotes inside quotes) are meant, not mistakes.
# ruff: noqa: RUF001

from typing import Any

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
]
