"""The demo's Business articles (see the package's docstring)."""

# The prose is typeset as readers see it: typographic apostrophes (U+2019) and quotation
# marks (U+201C/U+201D, with U+2018/U+2019 for quotes inside quotes) are meant, not mistakes.
# ruff: noqa: RUF001

from typing import Any

ARTICLES: list[dict[str, Any]] = [
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
]
