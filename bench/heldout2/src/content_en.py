# English pages.  All sites, people, places and events are invented.

LEDGER = dict(site="The Harbour Ledger", lang="en")

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


A(id="en01-megamenu-cards", **LEDGER,
  url="https://www.harbourledger.com/news/local/2024/03/13/port-carrow-tidal-barrier-approved",
  title="Port Carrow approves £210m tidal barrier after decade of flooding rows",
  standfirst="Councillors vote 31–9 for a movable gate across the harbour mouth, but residents on the east bank say they have been left outside its protection.",
  author="Ellen Marsh", date="2024-03-13T22:40:00Z", date_text="13 March 2024, 10.40pm",
  lead_caption="An artist's impression of the barrier gates raised during a surge.", credit="Image: Carrow Borough Council",
  tests="commercial template: 264-link mega-menu, breaking ticker, trending bar, 8 'more stories' cards marked up as <article> with summaries, sidebar headline list with long summaries, newsletter box and ads inside the body, inline related link, author bio",
  opts=dict(mega=22, ticker=True, trending=True, cards=8, aside=6, aside_summaries=True, newsletter_at=4, ads=[2, 9],
            read_also=[7], kicker="Local news"),
  figures={5: "Waves break over the sea wall on Quay Street during the January storm."},
  bio="Ellen Marsh is the Ledger's environment correspondent. She has covered the coast for eleven years and lives in the old town.",
  body="""
Port Carrow's council has approved a £210 million movable tidal barrier across the mouth of the harbour, ending more than a decade of argument over how to protect the town from the storm surges that have flooded its lower streets four times since 2013.
The barrier, a pair of steel gates that will lie on the harbour bed and rise when forecasters predict a surge, was backed by 31 votes to nine on Wednesday night after a debate that ran past midnight.
Construction is expected to start in the spring of 2026 and take four years. The council will borrow about half of the cost, with the rest coming from a national flood defence fund and a levy on new waterfront developments.
## Who is protected
Engineers say the gates will shield about 2,400 homes and 300 businesses in the old town and along Quay Street from a surge up to 1.8 metres above the highest recorded tide.
But homes on the east bank, beyond the line of the barrier, will not be covered. Residents there have collected more than 1,100 signatures calling for a second, smaller wall along Ferry Road.
"We have been told for ten years that help is coming," said Maureen Addy, who chairs the East Bank Residents' Association. "Now it is coming for everyone except us."
> We cannot protect every street with one structure, but we can stop the sea from walking up Quay Street every winter.
Council leader Tom Brathwaite said a separate study of the east bank would report by the end of the year, and that the design left room for a later extension.
## Fishing fleet concerns
The town's fishing cooperative, which lands most of its catch at the inner harbour, has asked for guarantees that the gates will not be closed during the early morning tides its boats depend on.
Under the operating plan, the gates would close on average six times a year, each time for between three and five hours. Skippers will receive at least 24 hours' warning.
"Six times a year we can live with," said the cooperative's secretary, Iain Rusk. "Sixty would finish us."
A public exhibition of the final design opens at the Maritime Museum on Saturday.
""")

A(id="en02-infinite-scroll", **LEDGER,
  url="https://www.harbourledger.com/news/business/2024/03/14/fishing-cooperative-mooring-fees-ruling",
  title="Fishing cooperative wins fight over harbour mooring fees",
  author="Iqbal Rahman", date="2024-03-14T09:15:00Z", date_text="14 March 2024, 9.15am",
  tests="infinite scroll: a second, longer full story (own h1, byline, body) appended below the first; same mega-menu template as en01",
  opts=dict(mega=22, ticker=True, trending=True, cards=4, ads=[3]),
  second=dict(url="https://www.harbourledger.com/news/education/2024/03/14/school-bus-drivers-strike",
              title="School bus drivers to strike over split shifts", author="Nadia Crewe",
              body="""
Drivers who carry about 3,000 pupils to schools across the Carrow peninsula will walk out for three days next month in a dispute over split shifts and unpaid waiting time.
The union representing 64 drivers employed by Westway Coaches said members had voted by a large majority for action after talks broke down on Tuesday.
Drivers currently work a morning run and an afternoon run with an unpaid gap of up to five hours in between. Many live too far from the depot to go home, and say they spend the gap sitting in their cars.
"You are at work from seven until five and paid for five hours," said one driver, who asked not to be named. "Nobody would accept that in an office."
Westway said it had offered to pay for one hour of the gap and to provide a rest room at the depot, and that it was disappointed the union had rejected the offer.
The county council, which holds the contract, said it was drawing up emergency plans and would write to parents next week. Secondary pupils may be asked to learn from home on the strike days, while primary routes would be covered by taxis where possible.
Parents' groups said they sympathised with the drivers but were worried about pupils with exams in the same week.
The strike is due to begin on 15 April, the first day of the summer term.
"""),
  body="""
A fishing cooperative in Port Carrow has won its challenge against a steep rise in harbour mooring fees, after a tribunal ruled that the harbour trust had failed to consult boat owners properly.
The trust raised annual fees for boats under twelve metres from £1,150 to £1,900 last April, saying it needed the money to repair the inner harbour wall.
The Carrow Fishermen's Cooperative, which represents 38 boats, argued that the increase had been announced without the six-month consultation required by the trust's own rules.
The tribunal agreed, and ordered the trust to return the extra money paid over the past year, a total of about £28,000.
Iain Rusk, the cooperative's secretary, said the members were not against paying for repairs. "We use that wall more than anyone. We just want to be asked first."
The trust said it would start a new consultation next month and that the repair work would go ahead as planned.
""")

A(id="en03-liveblog", **LEDGER, tpl="liveblog",
  url="https://www.harbourledger.com/news/live/2024/03/16/storm-ione-live-updates",
  title="Storm Ione: live updates as gusts reach 90mph on the coast",
  author="Ledger live team", date="2024-03-16T06:00:00Z", date_text="16 March 2024",
  tests="live blog: timestamped entries newest first, key-events link list, ad between entries, per-entry share links, load-more button; intro and entry titles are article text",
  opts=dict(mega=22, ticker=True, newest_first=True),
  intro="Storm Ione is bringing severe gales and heavy rain to the coast. A red wind warning is in place until 6pm. Follow our updates below.",
  entries=[
      ("06:05", "Red warning in force", "The Met Office red warning for wind came into force at 6am and covers the whole of the Carrow coast until 6pm.\nPeople are being told not to travel unless their journey is essential."),
      ("06:40", "", "Carrow Bridge is closed to all traffic. Police say the diversion through Millbrook adds about 25 minutes."),
      ("07:15", "Schools closed", "All schools on the peninsula will stay closed today. The county council says it made the decision overnight after speaking to bus operators."),
      ("08:02", "", "A reader in Hollins sends this: \"The wind woke us at four. Two fence panels gone and the trampoline is in next door's garden.\""),
      ("08:30", "Gusts of 90mph recorded", "The weather station at Greyhaven Point recorded a gust of 91mph at 8.10am, the strongest there since 2014.\nForecasters expect the strongest winds between 10am and 2pm."),
      ("09:20", "", "Power cuts: the network operator says about 6,500 homes are without electricity, mostly in the villages north of the estuary. Engineers will not go up poles until the wind drops."),
      ("10:45", "Ferry services suspended", "All sailings to the islands are cancelled for the rest of the day. The operator says tomorrow's first crossing will be confirmed at 7pm."),
      ("11:30", "", "Firefighters were called to Quay Street, where part of a shop roof has come down onto the pavement. Nobody was hurt."),
      ("12:50", "What to do if a tree falls", "If a tree falls on a road, call the council's emergency line. If it brings down power lines, stay well away and call 105.\nDo not try to move fallen branches that are touching cables."),
      ("13:40", "", "The harbour master says the tide peaked at 12.55pm about 40cm below the level that flooded Quay Street in 2020. Sandbags held along the front."),
  ])

A(id="en04-amp", lang="en", site="Northfield Gazette", tpl="amp",
  url="https://amp.northfieldgazette.co.uk/2024/05/02/library-of-things-lends-drills-and-a-canoe",
  title="Village library now lends drills, sewing machines and a canoe",
  author="Ruth Okonedo", date="2024-05-02T08:00:00Z", date_text="2 May 2024",
  lead_caption="Volunteer Alan Pike checks a pressure washer back in at the library desk.",
  tests="AMP page: amp-sidebar menu, amp-img figures, amp-ad, amp-social-share, amp-accordion and amp-carousel related headlines, amp-analytics script",
  opts=dict(ads=[3], read_also=[6]),
  figures={5: "The canoe, donated by the rowing club, has been booked every weekend since April."},
  body="""
Borrowers at Eastwick library can now take home a hedge trimmer, a carpet cleaner or a two-person canoe as easily as a novel, after volunteers opened what they call a library of things in the old reading room.
The collection started with 40 items donated by residents and has grown to more than 160 in three months. Tools are lent for a week at a time, free of charge for anyone with a library card.
"Most people use a drill for about fifteen minutes in its whole life," said Sue Latham, who came up with the idea after clearing out her late father's shed. "It seemed mad that every house in the street owned one."
Each item is checked and cleaned when it comes back, and anything electrical is tested every six months by a retired electrician who volunteers on Thursday mornings.
The most popular items so far are the pressure washer, the wallpaper steamer and a set of camping chairs, which have been borrowed for almost every weekend since the scheme opened.
Some borrowers are using the library to try something before buying it. Others have started to donate things they no longer need, including a bread maker, a telescope and a pasta machine.
The county council, which runs the building, said it would watch the scheme closely and might extend it to two other branches next year.
Volunteers are still looking for a lawn aerator, a tile cutter and, they say, anyone willing to help fix broken items on Saturday afternoons.
""")

A(id="en05-spa-ldjson", lang="en", site="Brightline", tpl="spa",
  url="https://brightline.tech/news/smart-kettle-recall-faulty-base",
  title="Maker of app-controlled kettle recalls 40,000 units over faulty base",
  author="Dana Whitfield", date="2024-02-20T14:00:00Z", ld="full",
  tests="single-page app: empty #root shell with skeleton loaders and a nav, article only in JSON-LD articleBody, no noscript fallback",
  opts=dict(spa="ldjson", loading="Loading story…"),
  body="""
The company behind the Aurelle smart kettle is recalling about 40,000 units after reports that the power base can overheat when the kettle is left on it for long periods.
Aurelle Home said it had received 23 reports of bases becoming hot enough to scorch kitchen worktops, and two reports of minor burns. No fires have been reported.
The problem affects kettles sold between March and November last year with serial numbers beginning AK2. Owners can check the number on the underside of the base or in the settings page of the companion app.
Customers are being told to stop using affected kettles straight away and to unplug the base. The company will send a replacement base free of charge, along with a prepaid bag to return the old one.
In a statement, chief executive Paulo Brandt said a component supplied by a third party had failed to meet the company's own standards. "We are sorry for the worry this has caused," he said.
The kettle, which lets owners boil water from their phones and keep it at a set temperature, was one of the best-selling connected kitchen products of last year.
Consumer groups have urged the company to push a warning through the app, since many buyers may never see a recall notice in a shop.
""")

A(id="en06-spa-nextdata-noscript", lang="en", site="Civic Pulse", tpl="spa",
  url="https://www.civicpulse.org/investigations/bridge-inspections-late-audit",
  title="State audit finds one in five bridge inspections ran late",
  author="Marcus Tembo", date="2024-04-09T10:00:00Z", ld="description",
  tests="Next.js-style page: story as structured blocks in __NEXT_DATA__ JSON (with related headlines), full text only in a <noscript> fallback after the shell",
  opts=dict(spa="nextdata", noscript=True, loading="Please enable JavaScript to read this story."),
  body="""
One in five inspections of state-owned bridges over the past three years took place after the legal deadline, according to an audit published on Tuesday.
The state auditor's office reviewed records for 1,870 bridges and found that 402 had at least one inspection completed late. In 61 cases the delay was longer than six months.
## Staff shortages blamed
The transportation department told auditors that it had lost almost a third of its certified inspectors since 2019, many of them to private engineering firms offering higher pay.
The department now relies on contractors for about half of its inspections, but the audit found that contract work was often scheduled in batches, leaving some bridges waiting well past their due dates.
## No immediate danger, officials say
Officials stressed that none of the late inspections had found a bridge in critical condition. Six bridges were given lower weight limits after inspectors found corrosion in their supports.
The auditor recommended a new tracking system that would warn managers sixty days before an inspection falls due, and a review of inspector salaries.
The department said it accepted all eleven recommendations and had already hired fourteen new inspectors this year.
""")

A(id="en07-spa-state-blob", lang="en", site="The Meridian Review", tpl="spa",
  url="https://meridianreview.com/science/amateur-astronomers-blinking-star",
  title="Amateur astronomers in a church hall spot a star that dims every 41 days",
  author="Sofia Lindqvist", date="2024-01-28T16:30:00Z", ld="meta",
  tests="client-rendered page: story HTML escaped inside window.__INITIAL_STATE__ JavaScript object, no JSON-LD body, no noscript",
  opts=dict(spa="state", loading=""),
  body="""
A group of amateur astronomers who meet in a church hall on Tuesday evenings has found a star that dims by almost a tenth every 41 days, a pattern that professional astronomers say may be caused by an orbiting companion surrounded by dust.
The Fenwick Astronomical Society spotted the change while testing a new camera on a small telescope in a member's garden last spring.
"We thought the camera was faulty," said Gwen Archer, a retired maths teacher who leads the group's observing projects. "Then the same dip came back, exactly on time."
Members spent the summer checking the star on every clear night, and sent their measurements to a university observatory, which confirmed the pattern using archive data going back eight years.
The dips last about four days and are uneven, which suggests that whatever passes in front of the star is not a solid planet but something more ragged, such as a disc or cloud of dust.
The society's findings have been accepted for publication in a journal for variable star observers. Ms Archer said the group now plans to watch for the next dip with three telescopes at once.
""")

A(id="en08-paywall-teaser", lang="en", site="Capital Ledger Financial",
  url="https://www.capitalledgerfinancial.com/banking/2024/06/11/regional-lenders-merger",
  title="Two regional lenders agree merger to create sixth-largest mutual",
  author="Hannah Greer", date="2024-06-11T07:00:00Z",
  tests="hard paywall: only a two-paragraph teaser in the page, followed by a long subscription pitch with benefit list, plans and prices",
  opts=dict(mega=10, cards=4, share=True, tags=False, cookie=True),
  paywall_box="""<div class="paywall-prompt" id="piano-inline"><div class="paywall-fade"></div><h2>Subscribe to keep reading</h2>
<p>Get unlimited access to the analysis that moves markets. Join more than 90,000 finance professionals who rely on Capital Ledger Financial every day for exclusive reporting on banks, lenders and the people who run them.</p>
<ul><li>Unlimited articles on every device, including the full archive back to 1998</li><li>The Morning Ledger newsletter, with the numbers you need before markets open</li><li>Subscriber-only briefings with our editors every month</li><li>Downloadable data tables on lending, deposits and mortgage rates</li></ul>
<div class="plans"><div class="plan"><h3>Digital</h3><p>£1 for the first month, then £29 a month. Cancel anytime.</p><a href="/subscribe?plan=digital">Start now</a></div>
<div class="plan"><h3>Digital + Print</h3><p>£39 a month, with the weekend edition delivered to your door.</p><a href="/subscribe?plan=print">Start now</a></div></div>
<p>Already a subscriber? <a href="/login">Sign in</a>. Corporate access for your team? <a href="/corporate">Contact sales</a>.</p></div>""",
  body="""
Two of the country's oldest regional lenders, Pennant Building Society and the Wealdstone Mutual, have agreed to merge, creating the sixth-largest mutual by assets with about £19 billion in mortgages and 1.1 million members.
The combined society will keep both brands for at least three years and has promised no branch closures before 2027, according to a statement issued to members on Tuesday morning.
""")

A(id="en09-paywall-class-full", lang="en", site="The Lakeshore Courier",
  url="https://www.lakeshorecourier.com/investigations/2024/05/care-homes-night-staffing",
  title="Night shifts at three care homes ran with one nurse for 90 residents, records show",
  author="Jonah Pritchard and Amelia Dorsey", date="2024-05-19T05:00:00Z", paywall_ld=True, ld="meta",
  tests="metered paywall done the Google way: the whole story is in the HTML inside a div classed 'paywall' (JSON-LD hasPart cssSelector .paywall); the subscribe overlay is separate",
  opts=dict(mega=12, cards=6, aside=5, itemprop=True),
  paywall_box='<div class="meter-overlay" data-nosnippet><p>You have read 3 of your 4 free articles this month.</p><a href="/subscribe">Subscribe for $1 a week</a></div>',
  body="""
On at least 140 nights last year, a single registered nurse was responsible for about 90 residents across three floors at care homes run by Evergreen Living in the Lakeshore area, according to staffing records obtained by the Courier.
State guidance recommends at least one nurse for every 40 residents at night in homes that care for people with advanced dementia. All three homes have dementia units.
The records, covering January to December, were shared by two former employees and confirmed by a third. Evergreen did not dispute their accuracy.
## "You just run"
Former staff described nights spent hurrying between floors to hand out medication, answer alarms and deal with falls, often with only two care assistants on duty.
"You just run," said a nurse who worked at the company's Birchwood home for four years and asked not to be named because she still works in the industry. "You are never in the right place. Somebody is always waiting."
Relatives of three residents told the Courier that they had found their parents in wet bedding in the morning, or had been told of falls hours after they happened.
## Company response
In a written statement, Evergreen said that it had struggled to recruit nurses since 2021 like the rest of the sector, and that it used agency staff whenever possible to fill gaps.
The company said it had raised night pay by 12 percent in March and opened a training programme for care assistants who want to become nurses. It said residents' safety "has always been and remains our first priority".
State inspectors visited Birchwood in February and rated it as requiring improvement, citing staffing levels at night. Their report did not mention the other two homes, which have not been inspected since 2022.
## What happens next
A state senator who sits on the health committee said she would ask the inspection agency to visit all three homes within a month.
Families who want to share their experience of care homes in the area can contact the Courier's investigations team.
""")

A(id="en10-listicle", lang="en", site="Wander Notes",
  url="https://wandernotes.travel/ideas/eight-slow-train-journeys",
  title="Eight slow train journeys worth the extra hours",
  author="Felix Armitage", date="2024-04-22T11:00:00Z",
  tests="listicle: numbered h2 items each with a photo and long caption, ads between items, affiliate box, newsletter box",
  opts=dict(scheme="cssmod", ad_continue=True, mega=0, cards=6, ads=[4, 10, 16], newsletter_at=13),
  figures={2: "The line climbs through beech forest for most of the first hour.",
           5: "The viaduct at Cold Ash, seen from the rear carriage.",
           8: "Passengers wave from the open platform of the last coach.",
           11: "Salt flats stretch to the horizon on the southern leg.",
           14: "Snow sheds protect the track for the final twelve kilometres.",
           17: "The restaurant car still serves soup in real china bowls.",
           20: "Fishing boats moored below the station at Arnholm.",
           23: "The night train pulls out of the capital just after ten."},
  body="""
Fast trains get you there. Slow trains show you where you are. These are eight journeys where the timetable is the least important part of the trip, all of them possible without booking months ahead.
## 1. The Highmoor branch line
Two carriages, one driver and eleven request stops: the Highmoor line takes almost three hours to cover ninety kilometres, and nobody on board seems to mind.
Tell the guard where you want to get off, and sit on the left for the best views of the reservoir.
## 2. The Cold Ash viaduct
The route is best known for its stone viaduct, thirty-one arches high above the river, but the real pleasure is the hour of farmland that follows, where the train slows to walking pace through the orchards.
## 3. The Valeport coastal run
Trains on this stretch run so close to the sea that spray hits the windows on windy days. The service stops at every fishing village along the bay.
## 4. The Southern salt line
A four-hour trip across flat, white country that looks like nowhere else on the network. Bring water and a book; there is no trolley service.
## 5. The Glasfell mountain railway
The steepest line still worked by ordinary trains climbs through a string of snow sheds and tunnels before arriving at a station with one café and a view of three valleys.
## 6. The Lakes express that isn't
Despite the name, this service takes longer than the bus. It does, however, have a restaurant car where the soup is made on board every morning.
## 7. Arnholm to the islands
The last twenty minutes of this line follow the harbour wall, and the station is a short walk from the ferry. Time it right and you can be on an island for lunch.
## 8. The night train south
Eleven hours, six-berth compartments and a dawn arrival among the vineyards. Book a lower bunk if you want to watch the sun come up.
""")

A(id="en11-photo-essay", lang="en", site="Field & Frame",
  url="https://fieldandframe.photo/essays/greyhaven-salt-makers",
  title="The last salt makers of Greyhaven marsh",
  author="Photographs and text by Tomasz Wren", date="2024-02-03T09:00:00Z",
  tests="photo essay: a dozen large figures with long captions (not article text) around a few short text sections",
  opts=dict(mega=0, share_bottom=True, cards=3, tags=True),
  lead_caption="Dawn over the evaporation pans at Greyhaven. The marsh has produced salt for at least six hundred years, and for most of that time every pan along this shore was worked by a family from the village.",
  figures={1: "Rob Haskins, 71, rakes crystals towards the edge of the pan. He started working the marsh with his grandfather at the age of nine and has missed only two summers since.",
           2: "Brine is moved between pans by hand-cut channels. The sluices are opened and closed with wooden boards that are replaced every few years by the same carpenter in the village.",
           3: "The drying shed, built in 1911, still has its original timber racks. On hot days the salt is dry enough to bag within a week of harvest.",
           5: "Haskins's granddaughter Mia helps on weekends. She is studying marine biology and says she has not decided whether she will take over the pans.",
           6: "Flaky crystals form on the surface of the brine on still afternoons and are skimmed off with a fine net before they sink.",
           7: "Bags are weighed and labelled by hand at the kitchen table. Most of the salt is sold to restaurants and a handful of shops along the coast.",
           8: "A storm in the autumn breached the outer bank for the first time in thirty years, flooding four of the pans with seawater and silt."},
  body="""
At the edge of Greyhaven marsh, where the grazing land gives way to mud and sky, one family still makes salt the way it has been made here for six centuries: by letting the sun and wind do most of the work.
Rob Haskins works eleven shallow clay pans, each about the size of a tennis court. In spring he floods them with seawater at high tide and then waits.
"People think it is a lot of work," he says. "It is mostly watching the weather."
By midsummer the brine is thick enough for crystals to form. Harvest days begin before sunrise, before the wind can blow sand into the pans.
Last autumn a storm broke through the outer bank. Repairs took the whole winter, and Haskins does not know how many more he can afford.
""")

A(id="en12-video-description", lang="en", site="Kestrel News", tpl="video",
  url="https://video.kestrelnews.com/watch/inside-the-volcano-observatory",
  title="Watch: inside the observatory listening to a restless volcano",
  author="Kestrel News Video", date="2024-03-30T12:00:00Z",
  tests="video page: the only article text is a two-paragraph description under the player; long 'up next' playlist with titles and durations, comments, mega-menu",
  opts=dict(mega=14, comments=9, views="48,210 views"),
  playlist=["Why this glacier is moving three times faster", "Drone footage: the new island after the eruption", "How seismometers hear a volcano breathe",
            "The town that lives under an ash cloud", "Explained: what a lava tube is", "Flood barrier tested for the first time",
            "Time-lapse: a year of a melting ice shelf", "Meet the divers mapping a drowned forest", "The bird that came back from extinction",
            "Inside a storm chaser's van", "Why your tap water tastes different in summer", "The world's quietest room"],
  body="""
Scientists at the Mount Orrin observatory have recorded more than 3,000 small earthquakes beneath the volcano since January. Our science team spent a night with the monitoring staff as they watched the signals come in and explained what they can and cannot tell about a possible eruption.
The volcano last erupted in 1957. Officials say there is no immediate threat to nearby towns, but the alert level has been raised to yellow and hiking routes on the upper slopes are closed.
""")

A(id="en13-interview", lang="en", site="Stagecraft Monthly",
  url="https://stagecraftmonthly.com/interviews/priya-halvorsen-set-designer",
  title="'A set should feel like it was there before the actors arrived'",
  standfirst="Priya Halvorsen has designed more than sixty productions. She talks about cardboard models, tiny budgets and the stage she would never build again.",
  author="Interview by Owen Castell", date="2024-01-15T10:00:00Z",
  tests="Q&A interview: bold question paragraphs and speaker-labelled answers, pull quote, standfirst, related interviews list",
  opts=dict(mega=0, aside=6, cards=3, scheme="semantic"),
  lead_caption="Halvorsen in her studio, surrounded by models for past productions.",
  body="""
Priya Halvorsen's workshop is a converted dairy at the end of a farm track, and almost every surface is covered with small cardboard rooms. Some are no bigger than a shoebox; one, for a production of an opera she designed last year, takes up most of a table.
**How do you begin a new production?**
**Halvorsen:** With the script and a pencil, never with a computer. I read the play three times. The first time I just enjoy it. The second time I write down every object anyone touches. The third time I try to work out where the light comes from.
**Why models, when most designers work on screen now?**
**Halvorsen:** Because directors understand a model in five seconds. You can put your eye down at the level of the front row and see what an audience will see. On a screen everyone nods, and then on the first day in the theatre they say, oh, I didn't realise the staircase was that big.
**What was the hardest set you ever built?**
**Halvorsen:** A revolving house for a touring production. It had to fit in one lorry, go up in six hours and work in twelve different theatres, some of them with stages that sloped. By the end of the tour we knew every bolt by name. I would never build it again, and I am very proud of it.
> A set should feel like it was there before the actors arrived, and like it will still be there after they leave.
**What advice would you give someone starting out?**
**Halvorsen:** Go and work backstage, on anything, for as long as you can. Learn how things are carried, stored and repaired. A beautiful design that takes four people to move is a bad design.
**What are you working on now?**
**Halvorsen:** A small play about two sisters clearing out their mother's flat. The whole set is boxes. It is the most difficult thing I have done in years, because every box has to look like it belongs to someone.
""")

A(id="en14-oped-bio-correction", lang="en", site="The Daily Lantern",
  url="https://www.dailylantern.com/opinion/2024/02/27/four-day-school-week-false-economy",
  title="A four-day school week is a false economy",
  standfirst="Saving on buses and heating is tempting. The cost lands on working parents and the children who need school most.",
  author="Dr Miriam Osei", date="2024-02-27T06:00:00Z",
  tests="op-ed: long author bio box (not article text), 'views are the author's own' line, editor's correction at the end (article text), opinion kicker, comments",
  opts=dict(mega=12, cards=4, comments=8, kicker="Opinion"),
  bio="**Dr Miriam Osei** is a senior lecturer in education policy at Hollins University and a former secondary school head teacher. She has advised two parliamentary committees on school funding and is the author of *Small Schools, Big Questions* (2021). She is a governor of a primary school in the north of the county and a trustee of the Rural Schools Trust. She writes a monthly column for the Lantern. The views expressed in this article are the author's own and do not necessarily reflect those of her employer or of the Daily Lantern. Follow her on social media @mirosei_edu.",
  body="""
When a school district is told to cut two million from its budget, a four-day week can look like a gift. Close on Fridays and you save on buses, heating, cleaning and catering, all without sacking a single teacher.
Three districts in our county are now considering exactly that. Before they decide, they should look closely at who pays.
The savings are real but smaller than they first appear. Studies of districts that have made the switch elsewhere put them at between one and three percent of total spending, because the biggest cost, staff salaries, barely changes.
The costs, meanwhile, are moved rather than removed. Someone has to look after a nine-year-old on a Friday. Parents who can afford childcare will pay for it; parents who cannot will rely on grandparents, older siblings or, too often, nobody at all.
And the longer school days needed to keep the same teaching hours are hardest on the youngest children and on those who already struggle to concentrate.
There are better ways to save money. Districts could share transport contracts, as several in the south of the county already do. They could join up their purchasing of energy, which would save more than closing on Fridays.
A four-day week is an easy decision to announce and a hard one to reverse. Our districts should think again before they make it.
**Correction, 28 February 2024:** An earlier version of this article said that four districts in the county were considering a four-day week. The correct number is three.
""")

A(id="en15-footnotes", lang="en", site="Long Division Quarterly",
  url="https://longdivisionquarterly.org/issue-14/the-switchboard-operators-of-aldwick",
  title="The switchboard operators of Aldwick",
  author="Carys Penhallow", date="2023-11-30T09:00:00Z", footnotes=True,
  tests="long-form essay with superscript footnote markers and a Notes section (notes are article text), table of contents sidebar, issue navigation",
  opts=dict(mega=0, aside=4, cards=0, tags=False, share=False, scheme="semantic"),
  body="""
For nearly twenty years, every telephone call into or out of the small market town of Aldwick passed through the hands of six women sitting in a room above the post office.
They knew who was ill, who was courting and who owed money to whom. They also knew, the town's older residents still say, exactly when not to listen.
The Aldwick exchange opened in 1921 with forty subscribers, most of them shopkeepers, two doctors and the police station.[1] By 1938 it served more than four hundred lines and employed six operators working in shifts around the clock.
## A trusted position
The job was well paid by local standards and much sought after. Applicants had to be unmarried, between seventeen and twenty-five, and able to pass a test of spelling, arithmetic and clear speech.[2]
Operators were forbidden to discuss any call they connected. In practice, as one former operator told a local historian in 1979, "we heard everything and said nothing, and that was the whole skill of it."[3]
During the great snow of 1933, when the town was cut off for nine days, the exchange became a kind of emergency headquarters. Operators passed messages between the doctor, the farms and the council, and slept on camp beds beside the switchboard.[4]
## The end of the exchange
Automatic equipment reached Aldwick in 1940, and the room above the post office fell silent within a week. Four of the six operators found work at the larger exchange in the county town. The other two married the same summer.
Today the building is a café. The only trace of the switchboard is a row of screw holes in the floorboards, which the owner shows to anyone who asks.[5]
## Notes
+ Aldwick Exchange subscriber list, 1921, county archive, box 14.
+ Post Office staff instructions, 1924 edition, section 3.
+ Recorded interview with Edith Carne, Aldwick Local History Society, 1979.
+ Minutes of Aldwick Urban District Council, February 1933.
+ Conversation with the author, March 2023.
""")

A(id="en16-short-vs-comments", lang="en", site="Ridgeback Local",
  url="https://ridgebacklocal.news/2024/03/mill-lane-closed-three-weeks",
  title="Mill Lane closed for three weeks from Monday",
  author="Newsdesk", date="2024-03-08T15:20:00Z",
  tests="very short article (about 70 words) above a 25-comment thread whose text is ten times longer",
  opts=dict(scheme="cssmod", mega=0, comments=25, mostread=5, tags=False),
  body="""
Mill Lane will be closed between the railway bridge and the Swan roundabout for three weeks from Monday while a water main is replaced.
Traffic will be diverted via Station Road and Hollins Hill. Buses 4 and 4A will not serve the Mill Lane stops during the work.
The water company says residents' access will be maintained at all times, and that most of the work will be done during the day.
""")

A(id="en17-short-vs-headline-summaries", lang="en", site="Metro Wire",
  url="https://metrowire.news/local/power-restored-substation-fault",
  title="Power restored to 4,000 homes after substation fault",
  author="Metro Wire staff", date="2024-03-21T19:05:00Z",
  tests="very short story (two paragraphs) next to a headline list and card grid whose summaries are each longer than the story",
  opts=dict(mega=8, ticker=True, aside=8, aside_summaries=True, cards=6, card_summaries=True, tags=False, share=False),
  body="""
Electricity has been restored to about 4,000 homes in Eastfield and Coldharbour after a fault at a substation cut supplies for almost five hours on Thursday afternoon.
The network operator said a failed transformer was to blame and that customers who lost power for more than three hours could claim compensation through its website.
""")

A(id="en18-legacy-tables-latin1", lang="en", site="Millbrook Amateur Radio Society", tpl="legacy",
  url="http://www.millbrook-ars.org.uk/news/fieldday99.htm",
  title="Field Day 1999 - Club Report", author="G4XMB", date="1999-07-12T00:00:00Z", date_text="Posted 12/07/99",
  encoding="latin-1", meta_charset="iso-8859-1", meta_style="http-equiv", ld="none",
  doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
  tests="1999 table layout in ISO-8859-1 bytes: nested tables, <font>/<center>, paragraphs as text in <td> separated by <br><br>, bold pseudo-headings, nav column of links, visitor counter",
  opts=dict(p_style="font", br_in_td=True, tagline="Founded 1962 - Affiliated to the RSGB", counter_label="You are visitor number"),
  legacy_bottom='<p><font size="1"><a href="fieldday98.htm">&lt;&lt; Field Day 1998</a> | <a href="index.htm">Back to news</a> | <a href="guestbook.htm">Sign our guestbook!</a></font></p>',
  figures={4: "The HF tent at dawn on Sunday - note the damp mast!"},
  body="""
Well, what a weekend! Fourteen members and three visitors made it up to Beacon Hill for this year's National Field Day, and despite the weather doing its best to blow us off the hill we finished with our best score since 1994.
## Setting up
The advance party arrived at 9am on Saturday with the trailer, both tents and the 12m mast. Thanks again to Dave G3PQR for the loan of his Land Rover, without which the trailer would still be stuck at the bottom of the farm track.
The mast was up by 11.30 and the dipoles for 80m and 40m were strung out along the hedge line by lunchtime. Contact began at 3pm sharp.
## The contest
Conditions on 20m were excellent on Saturday evening with plenty of stations from across Europe and a short opening to North America around midnight. Sunday morning was harder going, and the generator gave up at 6am, costing us almost an hour.
Final tally: 1,146 contacts in 24 hours, 62 multipliers, claimed score 71,052 points. The log has been sent to the contest manager and results should appear in the autumn.
## Thanks
A big thank you to everyone who helped, especially Margaret for the bacon rolls (£1.50 each, all proceeds to the club funds) and to the farmer, Mr Ellery, for the use of his field once again.
Next meeting: Tuesday 20th July at the Scout hut, 8pm. Talk on antenna matching by Bill G0TKE. All welcome.
""")

A(id="en19-hashed-deepnest", lang="en", site="Pulse Daily",
  url="https://pulsedaily.com/health/long-commutes-shorter-sleep-study",
  title="Long commutes linked to shorter sleep, study of 12,000 workers finds",
  author="Grace Nakamura", date="2024-02-12T08:30:00Z",
  tests="CSS-in-JS site: every class a hash (css-1a2b3c), no semantic tags at all, article body wrapped in 36 nested divs, card grid, most-read list, author bio and 14 comments with nothing but hashed classes to tell them apart",
  opts=dict(scheme="hashed", semantic_tags=False, deep=36, mega=10, cards=6, mostread=5, ads=[3], trending=True, comments=14),
  bio="Grace Nakamura is Pulse Daily's health reporter. She previously worked as a nurse in an intensive care unit for six years and writes about sleep, work and public health.",
  body="""
People who spend more than an hour each way getting to work sleep on average 23 minutes less a night than those with short commutes, according to a study of more than 12,000 office and factory workers.
Researchers at the Institute for Working Life followed the participants for two years using wrist monitors, and found that the link held even after taking into account age, income, shift patterns and the number of children at home.
The effect was strongest for people who drive. Those who travel by train slept slightly longer, which the authors suggest may be because some passengers nap on the way.
"A long commute does not just take time away from the evening," said the study's lead author, Dr Kofi Mensah. "It pushes everything later, including the moment people finally switch off the light."
The researchers found that workers who were allowed to work from home two days a week gained back about half of the lost sleep on those days.
They say employers could help by allowing later start times for staff who live far away, and that town planners should consider sleep when they decide where to build housing and offices.
The study was published in the journal Occupational Health Review.
""")

A(id="en20-tailwind", lang="en", site="Stackline", 
  url="https://stackline.dev/blog/moving-three-billion-rows",
  title="How we moved three billion rows without taking the site down",
  author="Rosa Quintero", date="2024-03-05T17:00:00Z",
  tests="Tailwind-style utility class soup on every element, no semantic class names, table inside post, newsletter box, card grid",
  opts=dict(scheme="tailwind", semantic_tags=True, mega=0, cards=3, newsletter_at=9, tags=True),
  body="""
Last autumn our main database hit a wall. The largest table had grown past three billion rows, backups took eleven hours, and adding a column meant scheduling a weekend of downtime. We decided to move everything to a new cluster without stopping the site. It took four months.
## Step one: write to both
For the first six weeks every write went to both the old and the new database. Reads still came from the old one. This let us compare the two continuously and fix the bugs in our copying code before anyone depended on it.
## Step two: backfill in small pieces
We copied historical data in chunks of fifty thousand rows, ordered by primary key, with a pause between chunks whenever replication lag went above two seconds. The whole backfill took nineteen days.
## Step three: move the reads
We moved reads over one service at a time, starting with the least important. Each move sat behind a switch that could send traffic back to the old database within a minute.
|! Phase | Duration | Incidents
| Dual writes | 6 weeks | 2
| Backfill | 19 days | 0
| Read migration | 5 weeks | 1
| Cleanup | 2 weeks | 0
## What we would do differently
We underestimated how many small scripts talked to the database directly. We found the last of them three days after we thought we had finished, when a monthly report failed. Next time we will log every client that connects for a month before we start.
""")

A(id="en21-hidden-junk-scripts", lang="en", site="Coastline Herald",
  url="https://www.coastlineherald.com/travel/ferry-winter-timetable-cut",
  title="Ferry timetable cut to four sailings a day over winter",
  author="Bethan Lloyd", date="2023-10-03T12:00:00Z",
  tests="hidden junk inside the body (display:none, aria-hidden, hidden attribute, visibility:hidden), inline <script>/<style> between paragraphs, iframe embed with fallback text",
  opts=dict(mega=8, hidden_junk=[1, 3, 5, 6, 8], scripts_at=[2, 4, 7], iframes_at=[6], cards=4),
  body="""
The ferry between Kelham and the Sound islands will run only four times a day from November to March, down from seven, after the operator said winter demand no longer covered the cost of the extra crossings.
The first sailing from Kelham will leave at 7.15am and the last return crossing at 5.30pm. Islanders who work evening shifts on the mainland say the change will make their jobs impossible.
"I finish at ten," said Carla Menzies, a nurse at Kelham General. "The last boat home is at half five. What am I supposed to do, sleep in the car park?"
The operator, Sound Ferries, said it had looked at passenger numbers for the past three winters and found that the late sailings often carried fewer than ten people.
It has offered to run an extra late crossing on Fridays and Saturdays, and said it would review the timetable in January.
The islands' community council has asked the regional transport authority to step in, arguing that the ferry is a lifeline service that should not be judged on passenger numbers alone.
A public meeting will be held at the Sound Village Hall on 12 October.
The operator's chief executive is expected to attend.
""")

A(id="en22-unclosed-p-longpara", lang="en", site="The Quiet Reader",
  url="https://thequietreader.net/reviews/the-orchard-year-helen-moray",
  title="Review: The Orchard Year by Helen Moray",
  author="Lionel Shaw", date="2024-01-09T07:00:00Z",
  tests="unclosed <p> tags throughout, one 450-word single paragraph, star rating and book details box, reader reviews",
  opts=dict(p_style="unclosed", mega=0, cards=4, comments=6, tags=True),
  body="""
Helen Moray's third novel takes place over a single year on a failing apple farm, and it is the quietest book I have read in a long time. It is also one of the best.
The story, such as it is, follows Ada Thorne, who returns to the family orchard after her father's stroke intending to stay a fortnight and sell up, and who is still there, pruning in the frost, eleven months later. Not much happens in the ordinary sense. A storm takes down the oldest tree in February. A buyer comes to look at the land in May and leaves without making an offer. Ada's brother, who has not spoken to her in eight years, arrives for the harvest and stays for three weeks, and the two of them pick apples side by side for most of that time without ever quite having the conversation they both know they need to have. What Moray does with this material is remarkable. She writes about work, the physical business of grafting and spraying and mending fences, with a precision that makes it absorbing rather than dull, and she lets the seasons carry the emotional weight that a lesser writer would have given to dialogue. Ada's grief for the father she is losing slowly, and for the childhood she half remembers, comes through in the way she handles the trees he planted, in the notebooks of his she finds in the shed, in the names he gave to varieties that no one else grows any more. There is a chapter in the middle of the book, set over a single night of frost when Ada and an elderly neighbour light smudge pots between the rows to save the blossom, that I have now read four times; it is tense and funny and in the end very moving, and it says more about the two of them than any amount of explanation could have done. The prose is plain and exact, with hardly an adjective out of place, and Moray has a gift for the small comic detail: the neighbour's dog that eats windfalls until it is sick, the estate agent who cannot stop talking about a farm shop, the brother's hopeless attempts to cook. If the book has a weakness it is that the ending, which I will not give away, feels a little too neat after so much careful uncertainty. But that is a small complaint about a novel that is otherwise patient, generous and true.
It is published by Fallowfield Press at £16.99.
""")

A(id="en23-no-classes-blog", lang="en", site="Tick Tock Tinkering",
  url="http://ticktocktinkering.blogspot.example/2024/02/bringing-1920s-mantel-clock-back.html",
  title="Bringing a 1920s mantel clock back to life",
  author="Jan Okafor", date="2024-02-18T20:00:00Z",
  tests="personal blog with no class or id attributes at all and only <div> wrappers (no semantic tags): nav list, blog archive sidebar, comments",
  opts=dict(scheme="none", semantic_tags=False, mega=0, aside=8, comments=10, tags=True, share=False, cookie=False),
  body="""
A few weeks ago my neighbour knocked on the door holding a dusty oak mantel clock that had belonged to her grandmother. It had not ticked since the nineteen-eighties. Could I have a look? Of course I could.
The case was in decent shape apart from a cracked glass over the dial. The movement was another matter: thick with old oil that had turned to something like varnish, and with one bent tooth on the escape wheel.
I took the movement out, photographed it from every side (always do this, you will forget where things go) and let it down carefully, since a fully wound mainspring can do real damage to fingers.
Everything went into the cleaning solution for twenty minutes, then a rinse, then a long dry in front of the radiator. The difference was startling. The brass came up bright and I could finally read the maker's mark.
Straightening the escape wheel tooth took most of an evening and a magnifying lamp. After that it was a matter of new bushings for two worn pivot holes, a little oil in the right places and none in the wrong ones.
It has now been running for nine days and is losing about forty seconds a day, which I will adjust this weekend. My neighbour came round to hear it strike and had to sit down for a minute. Her grandmother, she said, used to wind it every Sunday after church.
""")

A(id="en24-embeds-table", lang="en", site="Scoreboard Daily",
  url="https://scoreboarddaily.com/athletics/carrow-coast-marathon-2024-results",
  title="Rain, records and a photo finish at the Carrow Coast Marathon",
  author="Declan Moore", date="2024-04-14T18:45:00Z",
  tests="sports report with a results table and two embedded social posts (blockquote.twitter-tweet + widget script) that are part of the story",
  opts=dict(scheme="cssmod", mega=14, ticker=True, cards=6, ads=[5], tags=True),
  body="""
Amara Kiptoo won the Carrow Coast Marathon by less than a second on Sunday, out-leaning Helga Brandvold on the line after the two had run side by side for the final three kilometres in heavy rain.
Kiptoo's time of 2:24:51 broke the women's course record by 38 seconds. In the men's race, Tobias Wren won his second title in three years, pulling clear of the leaders after the climb at Greyhaven Point.
More than 9,000 runners started the race, the largest field in its history. Organisers said the rain had thinned the crowds along the seafront but not the noise.
@ Carrow Coast Marathon | CarrowMarathon | What a finish! Kiptoo and Brandvold could not be separated until the very last stride. New course record in the women's race!
Brandvold, running her first marathon, said she had no regrets. "I didn't think I would be anywhere near the front. I will be back next year."
## Top finishers
|! Position | Women | Time | Men | Time
| 1 | Amara Kiptoo | 2:24:51 | Tobias Wren | 2:11:07
| 2 | Helga Brandvold | 2:24:52 | Samuel Otieno | 2:11:40
| 3 | Lucía Ferrer | 2:27:15 | Arjun Mehta | 2:12:02
The wheelchair races were won by Connor Blake and Isabelle Roux, both in course record times.
@ Isabelle Roux | izzyroux_racing | Wet, windy and one of the best days of my life. Thank you Carrow for cheering in that weather!
Race director Paula Evans said next year's event would take place on 13 April.
""")

A(id="en25-ids-only", lang="en", site="Valley Tribune",
  url="https://www.valleytribune.com/education/school-board-keeps-library-books",
  title="School board votes to keep library books after packed meeting",
  author="Lucas Ferreira", date="2024-03-19T23:10:00Z",
  tests="no class attributes, only opaque short ids (h1, b7, c12...) on divs; no semantic tags; comments and card grid",
  opts=dict(scheme="ids", semantic_tags=False, mega=9, cards=4, comments=7, mostread=5),
  body="""
The Wellsford school board voted 5–2 on Tuesday night to keep eleven challenged books on the shelves of its high school library, after a meeting that drew more than 300 people and lasted almost five hours.
The books had been challenged by a group of parents who said they contained material unsuitable for younger students. A review committee of teachers, librarians and parents had recommended keeping all eleven.
Speakers were given three minutes each. Students made up nearly a third of those who spoke, almost all of them in favour of keeping the books.
"Nobody is forcing anyone to read anything," said Maya Collins, a senior. "But some of us need to find these books."
Board member Richard Haines, who voted against, said parents deserved more say over what their children could borrow. He proposed a system allowing parents to restrict their own children's borrowing, which the board agreed to consider next month.
The district's superintendent said the review process had worked as intended and that she would publish the committee's full report on the district website this week.
""")

A(id="en26-cssmodules-split-body", lang="en", site="The National Courier",
  url="https://www.nationalcourier.co.uk/news/health/ambulance-handover-delays-winter-2024",
  title="Ambulance crews lose 1.2m hours waiting outside hospitals in a single winter",
  author="Priti Lal", date="2024-03-28T05:00:00Z",
  tests="CSS-modules class names (ArticleBody_root__a1b2c), story NOT in <article> while a top rail of 5 <article> cards with summaries precedes it, body split into three sibling chunks with ads and 'story continues below' labels between them, related-story card with a long summary inside the body, 10 comments marked up as <article>",
  opts=dict(scheme="cssmod", semantic_tags=False, mega=20, ticker=True, trending=True, cards_top=5, split=[3, 7], inline_cards=[5],
            comments=10, comment_tag="article", cards=4, mostread=6, ad_continue=True),
  body="""
Ambulance crews in England spent more than 1.2 million hours waiting outside emergency departments this winter, unable to hand their patients over to hospital staff, according to figures compiled by the National Courier from every ambulance service.
That is the equivalent of about 130 ambulances standing idle every hour of every day between December and February.
The longest single wait recorded was 27 hours, outside a hospital in the Midlands. In one region, almost one in five handovers took longer than an hour, against a target of fifteen minutes.
Paramedics say the delays have a direct effect on patients still waiting at home. "Every hour we spend in a corridor is an hour we are not answering a 999 call," said one paramedic in the north-west, who asked not to be named.
The figures show that the delays were worst in the week after Christmas, when a sharp rise in flu admissions coincided with staff sickness and a shortage of beds for patients ready to leave hospital.
Hospitals cannot take new patients from ambulances if there is nowhere to put them, and beds are often occupied by people who are medically fit to go home but are waiting for care to be arranged.
Health leaders have called for more investment in community care, arguing that the problem at the front door of hospitals is caused by the lack of space at the back door.
The Department of Health said it had opened 5,000 extra beds this winter and was investing in virtual wards that allow patients to be monitored at home.
Ambulance services have been told to release crews within 45 minutes if a hospital cannot accept a patient, a rule introduced last year. Several trusts say the rule is difficult to follow when emergency departments are already full.
""")
