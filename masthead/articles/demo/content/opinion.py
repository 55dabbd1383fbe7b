"""The demo's Opinion articles (see the package's docstring)."""

# The prose is typeset as readers see it: typographic apostrophes (U+2019) and quotation
# marks (U+201C/U+201D, with U+2018/U+2019 for quotes inside quotes) are meant, not mistakes.
# ruff: noqa: RUF001

from typing import Any

ARTICLES: list[dict[str, Any]] = [
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
]
