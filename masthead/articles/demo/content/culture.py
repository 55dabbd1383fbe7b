"""The demo's Culture articles (see the package's docstring)."""

# The prose is typeset as readers see it: typographic apostrophes (U+2019) and quotation
# marks (U+201C/U+201D, with U+2018/U+2019 for quotes inside quotes) are meant, not mistakes.
# ruff: noqa: RUF001

from typing import Any

ARTICLES: list[dict[str, Any]] = [
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
