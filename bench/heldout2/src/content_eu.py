# Pages in Latin, Cyrillic and Greek scripts (European languages, plus
# Vietnamese and Indonesian).  All sites, people, places and events are invented.

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


A(id="ru01-megamenu-native-classes", lang="ru", site="Заречный вестник",
  url="https://zarvestnik.ru/news/gorod/2024/05/14/rechnoj-tramvaj",
  title="В Заречье запустили речной трамвай от вокзала до Нижней набережной",
  author="Анна Белоусова", date="2024-05-14T09:30:00+03:00", date_text="14 мая 2024, 09:30",
  tests="Russian news portal: mega-menu, ticker, transliterated Russian class names (statya-tekst, chitayte-takzhe, kommentarii), inline 'Читайте также' links in the body, cards as <article>, comments",
  opts=dict(scheme="native", mega=20, ticker=True, trending=True, read_also=[3, 7], ads=[5], cards=6, comments=6, mostread=6),
  lead_caption="Первый рейс речного трамвая у Нижней набережной. Фото: пресс-служба мэрии",
  body="""
В Заречье открылась первая линия речного трамвая. Два небольших теплохода будут курсировать между речным вокзалом и Нижней набережной с шести утра до одиннадцати вечера, интервал движения — 20 минут.
Проезд стоит столько же, сколько в городском автобусе, — 45 рублей, к оплате принимаются транспортные карты и банковские карты. Для школьников и пенсионеров действуют льготы.
## Пять остановок за 25 минут
По пути теплоходы делают три промежуточные остановки: у Театральной площади, у парка «Дубки» и у нового жилого квартала на Песчаной косе. Весь маршрут занимает около 25 минут — примерно вдвое быстрее, чем на автобусе в час пик.
«Мы давно обсуждали, что река в Заречье почти не используется как транспорт, — сказал заместитель мэра по транспорту Виктор Лапин. — Сейчас по набережным проложены пешеходные и велосипедные дорожки, и речной трамвай хорошо дополняет эту систему».
Каждый теплоход вмещает 80 пассажиров, на борту есть места для велосипедов и детских колясок. Суда оборудованы гибридными двигателями и могут проходить часть пути на электротяге.
## Что дальше
Линия будет работать до середины октября, пока позволяет навигация. Если пассажиропоток окажется высоким, в следующем году мэрия планирует продлить маршрут до посёлка Лесной и добавить ещё одно судно.
Первые пассажиры отнеслись к новинке с интересом. «Еду на работу, а вокруг река и чайки — совсем другое настроение», — поделилась жительница Песчаной косы Марина Гусева.
Расписание рейсов опубликовано на сайте городского транспортного агентства и на всех причалах.
""")

A(id="ru02-cp1251-legacy", lang="ru", site="Новости Краснозёрска", tpl="legacy",
  url="http://www.krasnozyorsk-news.ru/2006/01/snegopad.html",
  title="Снегопад парализовал движение в городе", author="Редакция", date="2006-01-24T00:00:00+03:00", date_text="24.01.2006",
  encoding="cp1251", meta_charset="windows-1251", meta_style="http-equiv", ld="none",
  doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">',
  tests="2006 regional news site in windows-1251 bytes (http-equiv charset): table layout, paragraphs as text in <td> split by <br><br>, <font>, left link column, counter",
  opts=dict(p_style="br", br_in_td=True, tagline="Городская информационная служба", counter_label="Посетителей"),
  legacy_bottom='<br><font size="2"><b>Другие новости:</b><br><a href="2006/01/avtobus.html">Новый автобусный маршрут</a><br><a href="2006/01/teatr.html">Премьера в драмтеатре</a><br><a href="2006/01/hokkey.html">Хоккей: «Металлург» снова первый</a></font><br><br><font size="1"><a href="print.html">Версия для печати</a> | <a href="forum.html">Обсудить на форуме (14)</a></font>',
  body="""
Сильнейший за последние десять лет снегопад обрушился на Краснозёрск в ночь на понедельник. За сутки выпало больше полуметра снега, к утру многие улицы оказались непроезжими.
По словам начальника городского управления ЖКХ Николая Сорокина, на уборку вышли все 46 единиц техники, а также снегоуборочные машины, которые предоставили местные предприятия. Тем не менее расчистить второстепенные улицы удалось только к вечеру.
Автобусы в понедельник ходили с большими опозданиями, а на маршрутах в посёлок Заводской движение было полностью остановлено до полудня. Многие горожане добирались на работу пешком.
В школах города занятия не отменяли, однако родителям младших школьников разрешили оставить детей дома. В детских садах, по данным управления образования, пришла примерно половина воспитанников.
Синоптики обещают, что снег будет идти ещё два дня, но уже не такой сильный. Администрация просит владельцев автомобилей не оставлять машины на обочинах, чтобы не мешать работе техники.
""")

A(id="ru03-koi8r-legacy", lang="ru", site="Шахматный клуб «Ладья»", tpl="legacy",
  url="http://ladya.chess-club.ru/turnir2003.html",
  title="Итоги осеннего турнира 2003 года", author="Председатель клуба", date="2003-11-02T00:00:00+03:00", date_text="2 ноября 2003 г.",
  encoding="koi8_r", meta_charset="koi8-r", meta_style="http-equiv", ld="none",
  doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">',
  tests="KOI8-R bytes (characters outside KOI8-R as numeric references), <font>/<center> layout, table of results, bold pseudo-headings",
  opts=dict(p_style="font", tagline="Основан в 1987 году", counter_label="Вы посетитель номер", navextra=3),
  body="""
Осенний турнир клуба «Ладья» завершился в минувшее воскресенье. В этом году в нём приняли участие 24 шахматиста, в том числе шесть школьников из кружка при Доме творчества.
Турнир проводился по швейцарской системе в семь туров с контролем времени полтора часа на партию. Все партии игрались по субботам и воскресеньям в помещении клуба.
## Победители
Первое место с результатом 6 очков из 7 занял Геннадий Рыбаков. Он проиграл только одну партию, в пятом туре, и уверенно выиграл все остальные. На пол-очка от него отстал прошлогодний чемпион Аркадий Зуев.
Приятной неожиданностью стало третье место четырнадцатилетнего Павла Ершова, который обыграл двух кандидатов в мастера.
|! Место | Участник | Очки
| 1 | Рыбаков Г. | 6
| 2 | Зуев А. | 5,5
| 3 | Ершов П. | 5
## Благодарности
Клуб благодарит директора Дома творчества за предоставленное помещение и всех болельщиков, которые приходили поддержать участников. Следующий турнир состоится весной, запись начнётся в феврале.
""")

A(id="uk01-cp1251-no-charset", lang="uk", site="Подільські новини",
  url="https://podilski-novyny.example.ua/news/2023/09/bibliobus",
  title="Бібліобус почав їздити селами громади", author="Ірина Коваль", date="2023-09-18T11:00:00+03:00",
  encoding="cp1251", meta_charset=None, meta_style=None, ld="none",
  tests="Ukrainian in windows-1251 bytes with no charset declaration anywhere (no meta, no BOM): detection needed",
  opts=dict(mega=0, cards=4, mostread=5, tags=True),
  body="""
Мешканці дев'яти сіл громади тепер можуть брати книжки, не виїжджаючи до районного центру. Бібліобус, придбаний за кошти обласної програми, вже здійснив перші поїздки.
Автобус має на борту близько двох тисяч книжок для дорослих і дітей, а також ноутбук і доступ до інтернету. У кожному селі він зупиняється на дві години біля школи або сільського клубу.
«У багатьох селах бібліотеки закрилися ще десять років тому, і люди просили нас щось придумати», — розповіла директорка центральної бібліотеки Галина Мельник.
Графік руху бібліобуса оприлюднено на сайті громади. Кожне село він відвідуватиме раз на два тижні, а взимку, якщо дозволить погода, — щотижня.
Перші читачі вже замовили книжки, яких немає в наявності: їх привезуть під час наступної поїздки.
""")

A(id="el01-iso8859-7-legacy", lang="el", site="Δήμος Καλαμίτσας - Ανακοινώσεις", tpl="legacy",
  url="http://www.kalamitsa.gr/anakoinoseis/2009/kolympi.htm",
  title="Δωρεάν μαθήματα κολύμβησης για παιδιά το καλοκαίρι", author="Γραφείο Τύπου", date="2009-06-01T00:00:00+03:00", date_text="01/06/2009",
  encoding="iso8859_7", meta_charset="iso-8859-7", meta_style="http-equiv", ld="none",
  tests="Greek in ISO-8859-7 bytes (dashes and curly quotes as numeric references), municipal table layout with <p> paragraphs in nested tables",
  opts=dict(p_style="p", tagline="Επίσημη ιστοσελίδα", counter_label="Επισκέπτες"),
  body="""
Ο Δήμος Καλαμίτσας ανακοινώνει ότι και φέτος θα πραγματοποιηθούν δωρεάν μαθήματα κολύμβησης για παιδιά ηλικίας από 6 έως 12 ετών, στη δημοτική πλαζ του Αγίου Νικολάου.
Τα μαθήματα θα ξεκινήσουν τη Δευτέρα 22 Ιουνίου και θα διαρκέσουν έως το τέλος Ιουλίου. Θα γίνονται καθημερινά, εκτός Σαββάτου και Κυριακής, από τις 10:00 έως τις 12:00, με πιστοποιημένους προπονητές και ναυαγοσώστη.
Οι γονείς που ενδιαφέρονται μπορούν να υποβάλουν αίτηση στο Γραφείο Αθλητισμού του Δημαρχείου έως τις 15 Ιουνίου. Μαζί με την αίτηση απαιτείται βεβαίωση υγείας από παιδίατρο.
Ο αριθμός των θέσεων είναι περιορισμένος και θα τηρηθεί σειρά προτεραιότητας. Για περισσότερες πληροφορίες οι ενδιαφερόμενοι μπορούν να επικοινωνούν με το Γραφείο Αθλητισμού τις εργάσιμες ημέρες και ώρες.
""")

A(id="el02-liveblog", lang="el", site="Ημερήσια Ενημέρωση", tpl="liveblog",
  url="https://www.imerisia-enimerosi.gr/live/dimotikes-ekloges-2023",
  title="Live: Η βραδιά των δημοτικών εκλογών λεπτό προς λεπτό", author="Συντακτική ομάδα", date="2023-10-08T19:00:00+03:00",
  tests="Greek election-night live blog: timestamped entries oldest first, key-events list, ad between entries",
  opts=dict(mega=10, ticker=True, newest_first=False, key_label="Τα σημαντικότερα"),
  intro="Ολοκληρώθηκε η ψηφοφορία για τις δημοτικές και περιφερειακές εκλογές. Παρακολουθήστε εδώ όλες τις εξελίξεις από την καταμέτρηση.",
  entries=[
      ("19:00", "Έκλεισαν οι κάλπες", "Στις 19:00 έκλεισαν οι κάλπες σε όλη τη χώρα. Η καταμέτρηση ξεκινά αμέσως στα εκλογικά τμήματα."),
      ("19:20", "", "Σύμφωνα με πρώτες εκτιμήσεις, η συμμετοχή κινήθηκε κάτω από το 50%, χαμηλότερα από τις προηγούμενες εκλογές."),
      ("19:45", "Πρώτα αποτελέσματα", "Με καταμετρημένο το 5% των ψήφων, στον δήμο της πρωτεύουσας προηγείται ο Κωνσταντίνος Αλεξίου με 34%, ενώ δεύτερη ακολουθεί η Ελένη Μαυρίδου με 29%."),
      ("20:30", "", "Σε ομιλία του στο εκλογικό κέντρο, ο κ. Αλεξίου ευχαρίστησε τους εθελοντές, αλλά δήλωσε ότι είναι νωρίς για συμπεράσματα.\nΗ κ. Μαυρίδου αναμένεται να μιλήσει αργότερα."),
      ("21:15", "Προς δεύτερο γύρο", "Με το 40% των ψήφων καταμετρημένο, φαίνεται ότι κανένας υποψήφιος δεν θα ξεπεράσει το 50%. Ο δεύτερος γύρος θα γίνει σε μία εβδομάδα."),
      ("22:00", "", "Στη Θεσσαλονίκη, ο νυν δήμαρχος εξασφαλίζει νέα θητεία από τον πρώτο γύρο με ποσοστό 52,4%."),
      ("23:10", "Δήλωση Μαυρίδου", "«Ο κόσμος ζήτησε αλλαγή και θα είμαστε εδώ την επόμενη Κυριακή», δήλωσε η Ελένη Μαυρίδου μιλώντας σε υποστηρικτές της."),
  ])

A(id="tr01-native-classes-mega", lang="tr", site="Ege Gündem",
  url="https://www.egegundem.com.tr/yasam/izmir-korfez-dalis-temizlik-1842211",
  title="Gönüllü dalgıçlar Körfez'in dibinden iki ton çöp çıkardı", author="Deniz Aydın", date="2024-06-05T14:20:00+03:00",
  tests="Turkish news: Turkish class names (haber-metni, ilgili-haberler, yorumlar), mega-menu, trending bar, inline 'İlginizi çekebilir' links, cards",
  opts=dict(scheme="native", mega=20, trending=True, ticker=True, read_also=[2, 6], cards=6, mostread=6, ads=[4]),
  lead_caption="Dalgıçlar çıkardıkları atıkları tekneye taşıyor.",
  body="""
İzmir'de 60 gönüllü dalgıç, Dünya Çevre Günü kapsamında Körfez'in Konak ve Karşıyaka kıyılarında dip temizliği yaptı. Dört saat süren çalışmada denizin dibinden yaklaşık iki ton atık çıkarıldı.
Çıkarılan atıklar arasında plastik şişeler, araç lastikleri, bisiklet parçaları, bir alışveriş arabası ve hatta eski bir televizyon da bulunuyordu.
Temizliği düzenleyen Ege Sualtı Derneği'nin başkanı Mert Karaca, her yıl aynı noktalarda çalışma yaptıklarını ve atık miktarının azalmadığını söyledi. "Denize atılan her şey bir gün bizim önümüze çıkıyor. Bu yıl çıkardığımız plastiklerin çoğu tek kullanımlık ambalajlardı" dedi.
Belediye ekipleri, kıyıya getirilen atıkları türlerine göre ayırarak geri dönüşüm tesislerine gönderdi.
Çalışmaya katılan üniversite öğrencisi Elif Şahin ise ilk kez böyle bir etkinliğe katıldığını belirterek, "Su altında bu kadar çok çöp göreceğimi tahmin etmiyordum. Artık çantamda her zaman bir bez torba taşıyacağım" diye konuştu.
Dernek, sonbaharda Urla ve Çeşme kıyılarında benzer bir temizlik yapmayı planlıyor.
""")

A(id="pl01-interview-native", lang="pl", site="Tygodnik Nadwiślański",
  url="https://tygodniknadwislanski.pl/kultura/wywiad-pszczelarz-z-dachu-opery",
  title="Pszczoły na dachu opery. „Miasto jest dla nich lepsze niż pole”", author="Rozmawiała Joanna Wróbel", date="2024-05-20T08:00:00+02:00",
  tests="Polish Q&A interview: bold questions, speaker-less answers, Polish class names (tresc-artykulu, zobacz-takze, komentarze), lead paragraph, photo credit, related list",
  opts=dict(scheme="native", mega=10, cards=4, aside=6, comments=0, newsletter_at=6),
  lead_caption="Tomasz Nowicki przy ulach na dachu opery. Fot. Archiwum prywatne",
  body="""
Od pięciu lat na dachu gmachu opery stoi sześć uli. Opiekuje się nimi Tomasz Nowicki, informatyk, który pszczelarstwa nauczył się od dziadka. Rozmawiamy o tym, dlaczego pszczołom dobrze się żyje w centrum miasta.
**Skąd pomysł, żeby postawić ule na dachu opery?**
Zaczęło się od żartu. Znajomy, który pracuje w dziale technicznym, powiedział, że na dachu jest mnóstwo miejsca i nikt tam nie chodzi. Napisałem do dyrekcji, spodziewając się odmowy. Po dwóch tygodniach zadzwonili, że się zgadzają.
**Czy pszczołom nie przeszkadza hałas i spaliny?**
Zdziwi się pani, ale w mieście mają często lepsze warunki niż na wsi. Na polach rośnie jedna roślina, a do tego są opryski. W mieście kwitną lipy, klony, akacje, kwiaty na balkonach i w parkach, od wiosny do jesieni. Pożytek jest bardzo różnorodny.
**A miód? Czy nadaje się do jedzenia?**
Oczywiście. Co roku oddajemy próbki do laboratorium i wyniki są bardzo dobre. Miód z dachu opery ma wyraźny smak lipy, ludzie go uwielbiają. Sprzedajemy go w sklepiku teatralnym, a dochód idzie na warsztaty dla dzieci.
**Czy zdarzyło się coś nieoczekiwanego?**
Raz rój wyleciał w czasie przedstawienia i osiadł na latarni przed wejściem. Widzowie wychodzący po spektaklu zobaczyli mnie na drabinie, w kapeluszu z siatką. Byli przekonani, że to część inscenizacji.
**Co by pan poradził komuś, kto chciałby zacząć?**
Najpierw roczny kurs i praktyka u doświadczonego pszczelarza. Pszczoły to nie hobby na weekend, wymagają uwagi przez cały sezon.
""")

A(id="cs01-wrong-meta-utf8", lang="cs", site="Jihočeský deník online",
  url="https://www.jihocesky-online.cz/zpravy/budejovice/nova-lavka-pres-malsi",
  title="Nová lávka přes Malši spojí sídliště s centrem", author="Petra Dvořáková", date="2024-04-03T10:15:00+02:00",
  encoding="utf-8", meta_charset="windows-1250",
  tests="WRONG meta charset: page declares windows-1250 but the bytes are UTF-8 (Czech diacritics); Czech class names (text-clanku, souvisejici, diskuse)",
  opts=dict(scheme="native", mega=12, cards=5, mostread=5, read_also=[3], comments=0),
  body="""
Obyvatelé sídliště Vltava se dočkají nové lávky pro pěší a cyklisty přes řeku Malši. Stavba za 86 milionů korun začne v červnu a hotovo má být za rok a půl.
Lávka bude dlouhá 120 metrů a široká pět metrů. Na obou březích na ni navážou cyklostezky, takže cesta ze sídliště do centra města se zkrátí zhruba o dva kilometry.
„Lidé ze sídliště dnes musí jezdit oklikou přes hlavní silnici, kde je velký provoz. Nová lávka jim nabídne rychlou a bezpečnou trasu,“ uvedl náměstek primátora pro dopravu Jiří Kolář.
Projekt vzešel z architektonické soutěže, do které se přihlásilo 14 týmů. Vítězný návrh počítá s lehkou ocelovou konstrukcí a osvětlením zabudovaným do zábradlí.
Část peněz pokryje dotace z evropských fondů, zbytek zaplatí město. Během stavby bude omezena plavba na řece a uzavřena část stezky podél levého břehu.
""")

A(id="hu01-tailwind", lang="hu", site="Alföldi Hírek",
  url="https://alfoldihirek.hu/helyi/2024/06/10/homokdomb-tanosveny",
  title="Új tanösvény mutatja be a homokbuckák élővilágát", author="Szabó Katalin", date="2024-06-10T07:45:00+02:00",
  tests="Hungarian post on a Tailwind-style site: utility-class soup everywhere, newsletter box inside the body, card grid",
  opts=dict(scheme="tailwind", mega=0, cards=4, newsletter_at=4, tags=True, ads=[6]),
  body="""
Négy kilométer hosszú tanösvényt adtak át a Kiskunsági homokbuckák között a hétvégén. Az útvonal mentén tizenkét tábla ismerteti a terület különleges növény- és állatvilágát.
A homokbuckás tájon olyan ritka fajok élnek, mint a homoki nőszirom, a tartós szegfű és a rákosi vipera. A táblák mellett kilátópont és pihenőhelyek is épültek.
„Sokan nem is tudják, hogy szinte a házuk mellett ilyen értékes természeti terület van” – mondta a nemzeti park munkatársa, Tóth Gergely, aki az ösvény tervezésében is részt vett.
Az útvonal gyalog és kerékpárral is bejárható, de a nemzeti park kéri a látogatókat, hogy ne térjenek le a kijelölt ösvényről, mert a homokos talaj és a növényzet nagyon sérülékeny.
Iskolai csoportok előzetes bejelentkezés után ingyenes vezetést is kérhetnek. Nyáron minden szombat reggel szakvezetett túrát indítanak.
""")

A(id="sv01-debate-correction", lang="sv", site="Norrlandsposten",
  url="https://www.norrlandsposten.se/debatt/lat-byskolorna-leva",
  title="Låt byskolorna leva – de är bygdens hjärta", author="Karin Lundmark", date="2024-02-14T06:00:00+01:00",
  standfirst="DEBATT. Kommunens förslag att stänga fyra byskolor sparar lite pengar men kostar bygden mycket, skriver Karin Lundmark.",
  tests="Swedish debate article: 'Om skribenten' bio box (not article text), numbered list in the body, 'Rättelse' correction at the end (article text), comments",
  opts=dict(mega=10, cards=4, comments=6, kicker="Debatt"),
  kit="sv",
  bio="**Karin Lundmark** är förälder, lärare och ordförande i föreningen Levande byskolor i Åsele kommun. Hon har tidigare varit fritidspolitiker och suttit i barn- och utbildningsnämnden. Debattartiklar uttrycker skribentens egna åsikter.",
  body="""
Barn- och utbildningsnämnden föreslår att fyra byskolor i kommunen ska stängas från hösten. Eleverna ska i stället åka buss till centralorten, i vissa fall mer än en timme åt varje håll.
Nämnden räknar med att spara omkring sex miljoner kronor om året. Men kalkylen missar flera saker.
+ Skolskjutsarna blir både längre och dyrare, vilket äter upp en stor del av besparingen.
+ Familjer med små barn väljer bort byarna, och då minskar skatteunderlaget ännu mer.
+ Skolan är ofta den enda offentliga lokalen i byn, där föreningar, kör och pensionärer träffas på kvällarna.
Vi förstår att kommunens ekonomi är ansträngd. Men att stänga skolorna är ett beslut som inte går att ångra. När en byskola väl har stängt öppnar den aldrig igen.
Vi föreslår i stället att kommunen prövar en modell med gemensam rektor och delad personal mellan byskolorna, som flera kommuner i länet redan har gjort med gott resultat.
Ge byarna tre år att visa att det fungerar. Om det inte gör det kan beslutet fattas då, med bättre underlag än i dag.
Rättelse: I en tidigare version av artikeln stod det att fem skolor föreslås stängas. Det korrekta antalet är fyra.
""")

A(id="fi01-short-vs-comments", lang="fi", site="Järviseudun Sanomat",
  url="https://www.jarviseudunsanomat.fi/uutiset/koulubussi-vuoro-lakkautetaan",
  title="Iltapäivän linja-autovuoro Kurjenkylään lakkautetaan", author="Toimitus", date="2024-01-17T12:30:00+02:00",
  tests="very short Finnish news item (about 50 words) followed by 12 reader comments under Finnish class names (kommentit, kommentti), most-read list",
  opts=dict(scheme="native", mega=0, comments=12, mostread=6, tags=False, share=True),
  body="""
Iltapäivän linja-autovuoro keskustasta Kurjenkylään lakkautetaan helmikuun alusta. Kunnan mukaan vuoron matkustajamäärät ovat olleet viime vuosina hyvin pieniä.
Aamun ja illan vuorot jatkuvat ennallaan. Koululaisten kuljetukset hoidetaan jatkossa taksilla.
""")

A(id="ro01-listicle", lang="ro", site="Drumeții Românești",
  url="https://drumetii-romanesti.ro/ghid/7-sate-de-vizitat-in-apuseni",
  title="7 sate din Apuseni pe care merită să le vezi măcar o dată", author="Andreea Munteanu", date="2024-05-08T09:00:00+03:00",
  tests="Romanian listicle: numbered h2 items with photo+caption each, ads between items, card grid with summaries",
  opts=dict(scheme="cssmod", mega=8, cards=6, ads=[5, 11], newsletter_at=9),
  figures={2: "Casele din lemn din Gârda, acoperite cu șindrilă.", 4: "Drumul spre Rimetea, văzut de pe Piatra Secuiului.",
           6: "Ghețarul de la Scărișoara, vizitat vara.", 8: "Pajiștile de lângă Mărișel, în luna iunie.",
           10: "Moara de apă restaurată din Vadu Moților.", 12: "Biserica de lemn din Sohodol.", 14: "Apus de soare deasupra satului Ocoale."},
  body="""
Munții Apuseni ascund zeci de sate în care timpul pare să curgă mai încet. Am ales șapte dintre ele, ușor de ajuns cu mașina, în care poți dormi la localnici și mânca bucate făcute în casă.
## 1. Gârda de Sus
Satul este punctul de plecare pentru multe trasee spre peșteri și cascade. Casele vechi din lemn, cu acoperișuri înalte de șindrilă, au fost păstrate cu grijă de localnici.
## 2. Rimetea
Casele albe cu ferestre verzi și stânca uriașă care domină satul fac din Rimetea unul dintre cele mai fotografiate locuri din Transilvania.
## 3. Scărișoara
Aici se află unul dintre cei mai mari ghețari subterani din Europa. Chiar și în august, la intrarea în peșteră ai nevoie de o geacă groasă.
## 4. Mărișel
Pajiști întinse, case risipite pe dealuri și o liniște pe care rar o mai găsești. Vara, satul găzduiește o sărbătoare a fânului.
## 5. Vadu Moților
Satul are o moară de apă restaurată, care încă macină grâu în zilele de sărbătoare, și câteva pensiuni foarte primitoare.
## 6. Sohodol
Biserica de lemn din centrul satului are peste două sute de ani și picturi interioare bine păstrate.
## 7. Ocoale
Un sat mic, la capătul unui drum forestier, de unde pleacă poteca spre Cetățile Ponorului. Merită să rămâi o noapte pentru apusul de soare.
""")

A(id="pt01-paywall-teaser", lang="pt", site="Correio do Planalto",
  url="https://www.correiodoplanalto.com.br/cidades/2024/04/ciclovia-eixo-norte",
  title="Ciclovia do Eixo Norte terá 14 km e ligará cinco bairros", author="Rafael Moura", date="2024-04-17T06:30:00-03:00",
  tests="Brazilian Portuguese story cut by a paywall after three paragraphs; subscription box ('Assine') longer than the teaser, cards with summaries",
  opts=dict(mega=14, cards=6, ticker=True, tags=False),
  paywall_box="""<div class="barreira-assinante"><h3>Continue lendo com acesso ilimitado</h3>
<p>Esta reportagem é exclusiva para assinantes. Assine o Correio do Planalto e tenha acesso a todo o conteúdo do site, ao aplicativo, à edição digital e às newsletters exclusivas com as principais notícias da cidade, de política e de economia.</p>
<ul><li>Acesso ilimitado ao site e ao aplicativo</li><li>Edição digital completa todos os dias</li><li>Newsletters exclusivas para assinantes</li><li>Descontos em eventos e parceiros do Clube do Assinante</li></ul>
<p><strong>R$ 1,90 no primeiro mês</strong>, depois R$ 29,90 por mês. Cancele quando quiser.</p><a href="/assine">Assine agora</a> <a href="/login">Já sou assinante</a></div>""",
  body="""
A prefeitura apresentou nesta terça-feira o projeto da ciclovia do Eixo Norte, que terá 14 quilômetros e vai ligar cinco bairros da zona norte ao centro da cidade. As obras devem começar em agosto.
O traçado acompanha o canteiro central da avenida e terá iluminação própria, bicicletários nas estações de ônibus e travessias elevadas nos principais cruzamentos.
Segundo a secretária de Mobilidade, Luciana Prado, cerca de 40 mil pessoas vivem a menos de um quilômetro do trajeto. "É uma região com muitos trabalhadores que já usam a bicicleta, mas hoje disputam espaço com caminhões e ônibus", afirmou.
""")

A(id="es01-wrong-meta-cp1252", lang="es", site="Diario del Cierzo",
  url="https://www.diariodelcierzo.es/local/reabre-mercado-central-reforma",
  title="Reabre el Mercado Central tras dos años de reforma", author="Marta Aznar", date="2024-03-02T10:00:00+01:00",
  encoding="cp1252", meta_charset="utf-8",
  tests="WRONG meta charset: page declares UTF-8 but the bytes are windows-1252 (Spanish accents, ñ, ¿¡, curly quotes)",
  opts=dict(scheme="cssmod", mega=12, cards=5, mostread=5, ads=[3]),
  body="""
El Mercado Central volvió a abrir sus puertas este sábado, dos años después de que comenzaran las obras de reforma del edificio, uno de los ejemplos más conocidos de la arquitectura de hierro de la ciudad.
La reforma ha costado 11,4 millones de euros y ha permitido sustituir la cubierta, recuperar las vidrieras originales y renovar por completo las instalaciones de agua, luz y frío de los puestos.
De los 62 puestos del mercado, 54 ya están ocupados. Junto a las fruterías, carnicerías y pescaderías de siempre, se han instalado una panadería ecológica, dos puestos de comida para llevar y una pequeña librería.
“Teníamos miedo de perder a los clientes durante las obras, pero mucha gente ha vuelto hoy solo para vernos”, contaba Begoña Lahoz, que regenta una pescadería desde hace treinta años.
¿Y los precios? Los comerciantes aseguran que no han subido por la reforma, aunque el alquiler de los puestos se revisará el año que viene.
El mercado abrirá de lunes a sábado de ocho de la mañana a tres de la tarde, y los viernes también por la tarde. ¡Por fin!, resumía una clienta a la salida.
""")

A(id="es02-liveblog-football", lang="es", site="Marcador Total", tpl="liveblog",
  url="https://www.marcadortotal.es/futbol/directo/rayo-tormes-atletico-montes",
  title="Rayo Tormes 2-1 Atlético Montes: resultado y goles, en directo", author="Redacción deportiva", date="2024-04-21T18:30:00+02:00",
  tests="Spanish minute-by-minute football live blog: entries headed by match minutes, newest first, key events list, ads",
  opts=dict(mega=16, ticker=True, trending=True, newest_first=True, key_label="Lo más destacado"),
  intro="Sigue en directo el partido de la jornada 31 entre el Rayo Tormes y el Atlético Montes en el estadio de La Vega.",
  entries=[
      ("1'", "", "¡Comienza el partido! Saca el Atlético Montes."),
      ("12'", "¡Gol del Rayo Tormes!", "Centro de Iker Salas desde la derecha y cabezazo de Moussa Diarra al segundo palo. 1-0."),
      ("27'", "", "Tarjeta amarilla para Rubén Cano por una entrada por detrás en el centro del campo."),
      ("41'", "¡Empata el Atlético Montes!", "Contraataque rapidísimo y Álex Varela bate al portero por bajo. 1-1."),
      ("45'", "Descanso", "Final de la primera parte en La Vega. Partido muy abierto y con ocasiones en ambas porterías."),
      ("63'", "", "Doble cambio en el Rayo Tormes: entran Quique Ferrer y Nahuel Ortiz."),
      ("78'", "¡Gol del Rayo Tormes!", "Nahuel Ortiz recoge un rechace en la frontal y la mete por la escuadra. Golazo. 2-1."),
      ("90+4'", "Final del partido", "¡Se acabó! El Rayo Tormes gana 2-1 y se coloca a un punto de los puestos europeos."),
  ])

A(id="fr01-tribune-bio-note", lang="fr", site="Le Courrier de l'Estuaire",
  url="https://www.courrier-estuaire.fr/idees/tribune-rendre-les-cours-d-ecole-aux-enfants",
  title="« Rendons les cours d'école aux enfants, pas au bitume »", author="Claire Duvernoy", date="2024-03-11T07:00:00+01:00",
  standfirst="TRIBUNE. Une paysagiste plaide pour que chaque commune transforme au moins une cour d'école en jardin d'ici à 2030.",
  tests="French op-ed (tribune): long author bio paragraph in a bio box, 'Note de la rédaction' at the end (article text), newsletter mid-body, comments",
  opts=dict(mega=14, cards=4, comments=5, newsletter_at=4, kicker="Tribune") ,
  bio="**Claire Duvernoy** est paysagiste et urbaniste. Diplômée de l'École nationale supérieure de paysage, elle a conçu une vingtaine de cours d'école végétalisées dans l'ouest de la France. Elle enseigne à l'université de Nantes et a publié en 2022 « La ville à hauteur d'enfant » (éditions du Pré vert). Elle préside l'association Cours Buissonnières, qui accompagne les communes dans la transformation des espaces scolaires. Cette tribune n'engage que son autrice.",
  body="""
Chaque été, les cours d'école deviennent les endroits les plus chauds de nos villes. Le bitume y dépasse facilement les cinquante degrés, et les enfants se réfugient à l'ombre des préaux, quand il y en a.
Pourtant, des solutions existent et ont fait leurs preuves. Plusieurs dizaines de communes ont déjà remplacé une partie de l'enrobé par de la terre, des copeaux, des arbres et des potagers. Les résultats sont remarquables : la température baisse de plusieurs degrés, les conflits entre élèves diminuent et les enseignants utilisent la cour comme une classe en plein air.
On objecte souvent le coût. Il est réel, mais moins élevé qu'on ne le croit, surtout si l'on associe les parents et les élèves aux travaux. Une cour végétalisée coûte à peine plus cher qu'une réfection classique, et bien moins cher qu'une climatisation.
On objecte aussi la boue, les genoux écorchés, les chaussures sales. Les enfants, eux, ne s'en plaignent jamais.
Je propose donc un objectif simple : que chaque commune de France transforme au moins une cour d'école d'ici à 2030. L'État pourrait y consacrer une petite partie du fonds vert, et les départements accompagner les plus petites communes.
Nos enfants passent près de mille heures par an dans ces cours. Offrons-leur autre chose qu'un parking sans voitures.
Note de la rédaction : une version précédente de cette tribune indiquait que le bitume atteignait soixante degrés. Le chiffre a été corrigé.
""")

A(id="fr02-ldjson-truncated", lang="fr", site="Actu Montagne",
  url="https://www.actu-montagne.fr/savoie/refuge-reouverture-apres-incendie",
  title="Le refuge du Grand Clos rouvre ses portes deux ans après l'incendie", author="Julien Perrier", date="2024-06-21T09:00:00+02:00",
  ld="truncated",
  tests="JSON-LD articleBody present but truncated to ~240 characters with an ellipsis while the HTML carries the full story; hashed classes, author bio and comments",
  opts=dict(scheme="hashed", semantic_tags=True, mega=12, cards=4, mostread=5, ads=[3], comments=5),
  bio="Julien Perrier est journaliste à Actu Montagne depuis 2015. Alpiniste amateur, il couvre la vie des refuges, les secours en montagne et l'économie des stations de Savoie.",
  body="""
Le refuge du Grand Clos, détruit par un incendie en septembre 2022, accueille de nouveau les randonneurs depuis ce vendredi. Reconstruit en bois et en pierre, il peut héberger trente-deux personnes.
L'incendie, provoqué par un court-circuit dans le local technique, n'avait fait aucune victime, mais il avait entièrement détruit le bâtiment construit en 1968.
Le nouveau refuge a été pensé pour consommer le moins d'énergie possible : panneaux solaires, toilettes sèches et récupération de l'eau de pluie. Le chantier, difficile à cause de l'altitude, a duré deux saisons.
« Les matériaux ont été montés par hélicoptère, et les ouvriers dormaient sur place pendant la semaine », raconte la gardienne, Sophie Mollard, qui tient le refuge depuis quinze ans.
Le refuge est ouvert jusqu'à la mi-septembre. La réservation est fortement conseillée, surtout les week-ends de juillet et d'août.
""")

A(id="de01-infinite-native", lang="de", site="Weserland Nachrichten",
  url="https://www.weserland-nachrichten.de/lokales/hameln/faehre-wieder-in-betrieb-4471203",
  title="Weserfähre Grohnde nach Hochwasserschäden wieder in Betrieb", author="Jens Brockmann", date="2024-04-26T13:40:00+02:00",
  tests="German regional news: German class names (artikel-text, verwandte-artikel, kommentare), 'Lesen Sie auch' inline links, a longer second story appended by infinite scroll, mega-menu",
  opts=dict(scheme="native", mega=18, ticker=True, read_also=[2], ads=[4], cards=4),
  second=dict(url="https://www.weserland-nachrichten.de/lokales/hameln/freibad-saison-startet-4471240",
              title="Freibäder starten früher in die Saison", author="Sabine Oltmanns",
              body="""
Die Freibäder im Landkreis öffnen in diesem Jahr bereits am 1. Mai und damit zwei Wochen früher als bisher. Das hat der Kreistag in seiner jüngsten Sitzung beschlossen.
Grund sind die warmen Frühjahre der vergangenen Jahre. Schon im April hätten viele Familien nach Bademöglichkeiten gefragt, sagte die zuständige Dezernentin.
Die Eintrittspreise bleiben stabil: Erwachsene zahlen weiterhin vier Euro, Kinder und Jugendliche zwei Euro. Neu ist eine Saisonkarte für Familien zum Preis von 120 Euro.
Allerdings fehlen in mehreren Bädern noch Rettungsschwimmer. Der Landkreis sucht deshalb Aushilfen, die am Wochenende und in den Ferien einspringen können. Interessierte können sich bei den Bädern direkt melden.
Im Freibad Hameln-Süd wird zudem bis Ende Mai noch an der neuen Rutsche gearbeitet. Sie soll pünktlich zu Pfingsten freigegeben werden.
Die Betreiber bitten die Badegäste, in der ersten Woche mit kühlerem Wasser zu rechnen, da die Solaranlagen erst langsam auf Temperatur kommen.
Der Landkreis will nach der Saison auswerten, ob der frühe Start sich gelohnt hat.
"""),
  body="""
Nach fast viermonatiger Pause pendelt die Weserfähre zwischen Grohnde und Kirchohsen wieder. Das Hochwasser im Winter hatte den Anleger auf der Kirchohsener Seite schwer beschädigt.
Die Reparatur kostete rund 180.000 Euro, die sich der Landkreis und die beiden Gemeinden teilen. Unter anderem mussten die Rampe erneuert und die Führungsseile ausgetauscht werden.
„Wir sind froh, dass es endlich wieder losgeht“, sagte Fährmann Uwe Hartkopf am Freitagmorgen bei der ersten Überfahrt. Viele Stammkunden, vor allem Radfahrer und Pendler, hätten in den vergangenen Monaten Umwege von bis zu zwanzig Kilometern in Kauf nehmen müssen.
Die Fähre verkehrt täglich von 6 bis 20 Uhr, an Wochenenden ab 8 Uhr. Eine Überfahrt kostet für Fußgänger einen Euro, für Autos drei Euro.
""")

A(id="de02-legacy-cp1252-as-latin1", lang="de", site="TSV Eichenau 1908 e.V. - Abteilung Tischtennis", tpl="legacy",
  url="http://www.tsv-eichenau-tt.de/berichte/saison0708.html",
  title="Saisonbericht 2007/08: Aufstieg in die Bezirksklasse!", author="Abteilungsleiter", date="2008-05-04T00:00:00+02:00", date_text="04.05.2008",
  encoding="cp1252", meta_charset="iso-8859-1", meta_style="charset", ld="none",
  tests="club page declaring ISO-8859-1 but using windows-1252-only bytes („“ – €), nested tables, text directly in <td> with <br><br>, <font>",
  opts=dict(p_style="br", br_in_td=True, tagline="Tischtennis seit 1952", counter_label="Besucher seit 2001", author_in_title=True),
  legacy_bottom='<br><font size="2"><a href="saison0607.html">&laquo; Saison 2006/07</a> &nbsp; <a href="index.html">Zur&uuml;ck</a> &nbsp; <a href="gaestebuch.html">G&auml;stebuch</a></font>',
  body="""
Es ist geschafft: Unsere erste Herrenmannschaft steigt nach einer fast perfekten Saison in die Bezirksklasse auf! Mit 34:2 Punkten und nur einer einzigen Niederlage holten wir uns souverän den Meistertitel in der Kreisliga.
Entscheidend war das Heimspiel gegen den Tabellenzweiten aus Puchheim im März, das wir nach über drei Stunden mit 9:7 gewannen. Den letzten Punkt holte das Doppel Huber/Karaca im fünften Satz – die Halle stand Kopf!
Ein großer Dank geht an alle Spieler, die in dieser Saison ausgeholfen haben, vor allem an Markus „Maggi“ Lechner, der trotz Schichtdienst bei jedem Spiel dabei war.
Die Aufstiegsfeier findet am Samstag, 17. Mai, ab 19 Uhr im Sportheim statt. Für Essen ist gesorgt, der Unkostenbeitrag beträgt 5 € pro Person.
Das Training in der Sommerpause geht wie gewohnt dienstags und freitags ab 18.30 Uhr weiter. Neue Spielerinnen und Spieler sind jederzeit willkommen!
""")

A(id="it01-photo-gallery", lang="it", site="Il Giornale del Lago",
  url="https://www.giornaledellago.it/cultura/fotogallery-ultima-filanda",
  title="L'ultima filanda del lago: viaggio tra telai e bobine", author="Testo e foto di Marco Bellini", date="2024-02-25T10:00:00+01:00",
  tests="Italian photo gallery essay: ten figures with long captions around short text, thumbnails strip, 'Leggi anche' cards",
  opts=dict(scheme="abbrev", mega=12, cards=6, tags=True, share_bottom=True),
  lead_caption="Il cortile della filanda Rinaldi all'alba, quando arrivano i primi operai. L'edificio risale al 1874 ed è stato ampliato due volte nel corso del Novecento.",
  figures={1: "Giulia Rinaldi, 58 anni, controlla la tensione dei fili su uno dei telai storici. Ha iniziato a lavorare qui a diciassette anni, come sua madre e sua nonna prima di lei.",
           2: "Le bobine di seta grezza arrivano dal Piemonte e vengono lavate e asciugate nel locale al piano terra, dove un tempo si allevavano i bachi.",
           3: "Un dettaglio del telaio Jacquard del 1921, ancora perfettamente funzionante. I cartoni forati che guidano il disegno sono conservati in un archivio di legno.",
           5: "Il reparto di tessitura nel pomeriggio. Oggi lavorano nella filanda undici persone, contro le trecento degli anni Cinquanta.",
           6: "Le stoffe finite vengono piegate e controllate a mano, una per una, prima di essere spedite ai laboratori di moda di Milano e di Parigi."},
  body="""
Sulla riva orientale del lago, in un edificio di mattoni rossi che un tempo dava lavoro a trecento persone, la filanda Rinaldi continua a tessere seta come centocinquant'anni fa.
Oggi i dipendenti sono undici. Lavorano su telai costruiti tra la fine dell'Ottocento e gli anni Trenta, riparati pezzo per pezzo da un meccanico in pensione che viene due volte alla settimana.
«Non siamo un museo», dice Giulia Rinaldi, che guida l'azienda insieme al fratello. «Ogni metro che esce da qui viene venduto. Ma senza pazienza questo lavoro non si fa».
I clienti sono soprattutto piccoli laboratori di alta moda, che cercano tessuti impossibili da ottenere con le macchine moderne.
Il futuro resta incerto: trovare giovani disposti a imparare il mestiere è sempre più difficile.
""")

A(id="nl01-video-page", lang="nl", site="Omroep Rivierenland", tpl="video",
  url="https://www.omroeprivierenland.nl/video/bevers-terug-in-de-uiterwaarden",
  title="Bevers zijn terug in de uiterwaarden bij Tiel", author="Omroep Rivierenland", date="2024-03-12T17:00:00+01:00",
  tests="Dutch video page: the article is only the short description under the player; mega-menu, long playlist, comments",
  opts=dict(mega=10, comments=5, views="12.408 keer bekeken"),
  kit="nl",
  playlist=["Boer bouwt zonnepark op oude kleiput", "Veerpont vaart weer na reparatie", "Kerkklok na honderd jaar terug in toren",
            "Schaatsers op de ondergelopen weilanden", "Bakkerij bestaat 150 jaar", "Dijkwerkers vinden oude munten",
            "Kinderen planten duizend bomen", "Ooievaars broeden vroeger dan ooit", "De laatste steenfabriek aan de Waal"],
  body="""
Voor het eerst in meer dan honderd jaar leven er weer bevers in de uiterwaarden bij Tiel. Boswachter Marloes van Dijk liet onze verslaggever de burcht en de afgeknaagde wilgen zien en vertelt hoe de dieren hier terecht zijn gekomen.
Volgens Staatsbosbeheer gaat het om een familie van vier dieren. Wandelaars wordt gevraagd op de paden te blijven en honden aan de lijn te houden.
""")

A(id="vi01-comments", lang="vi", site="Tin Nhanh Sông Hồng",
  url="https://tinnhanhsonghong.vn/thoi-su/mo-rong-duong-vanh-dai-phia-dong-4719352.html",
  title="Mở rộng đường vành đai phía đông lên sáu làn xe", author="Nguyễn Thanh Hải", date="2024-05-27T08:10:00+07:00",
  tests="Vietnamese news (heavy diacritics): 16 reader comments, mega-menu, inline 'Xem thêm' links, most-read list, tag list",
  opts=dict(scheme="abbrev", mega=12, ticker=True, comments=16, mostread=8, read_also=[3], cards=4, ads=[2]),
  lead_caption="Đoạn đường vành đai thường xuyên ùn tắc vào giờ cao điểm.",
  body="""
Thành phố vừa phê duyệt dự án mở rộng 7,2 km đường vành đai phía đông từ bốn lên sáu làn xe, với tổng vốn đầu tư khoảng 2.800 tỷ đồng. Công trình dự kiến khởi công vào quý IV năm nay và hoàn thành sau hai năm.
Theo Sở Giao thông Vận tải, đây là tuyến đường thường xuyên ùn tắc nhất khu vực phía đông, đặc biệt vào giờ cao điểm sáng và chiều. Mỗi ngày có khoảng 90.000 lượt xe lưu thông qua tuyến này.
Ngoài việc mở rộng mặt đường, dự án còn xây dựng hai cầu vượt tại các nút giao lớn, làm mới hệ thống chiếu sáng và trồng cây xanh dọc dải phân cách.
Khoảng 1.200 hộ dân bị ảnh hưởng bởi dự án. Chính quyền các quận cho biết sẽ công khai phương án bồi thường và tái định cư trước khi giải phóng mặt bằng.
Ông Trần Văn Phúc, người dân sống gần nút giao Cầu Mới, cho biết ông ủng hộ dự án nhưng mong việc thi công được thực hiện nhanh chóng. "Đường đã kẹt nhiều năm rồi, chỉ mong đừng kéo dài như những công trình trước", ông nói.
""")

A(id="id01-baca-juga-pagination", lang="id", site="Warta Nusantara",
  url="https://www.wartanusantara.co.id/regional/petani-kopi-gayo-panen-raya-2024",
  title="Petani Kopi di Dataran Tinggi Gayo Sambut Panen Raya dengan Harga Tinggi", author="Rizky Ramadhan", date="2024-05-30T10:25:00+07:00",
  tests="Indonesian news: four 'Baca juga:' inline link paragraphs inside the body, ads between paragraphs, 'Halaman 1 2 3' pagination (only page 1 is present), cards",
  opts=dict(scheme="abbrev", ad_continue=True, mega=14, ticker=True, trending=True, read_also=[1, 3, 5, 7], ads=[2, 6], cards=6, mostread=6),
  extra_inserts={9: '<div class="pagination"><span>Halaman</span> <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Selanjutnya</a> <a href="?page=all">Tampilkan semua</a></div>'},
  body="""
Petani kopi di dataran tinggi Gayo, Aceh, mulai memasuki masa panen raya dengan senyum lebar. Harga biji kopi merah di tingkat petani saat ini mencapai Rp 14.000 per kilogram, tertinggi dalam lima tahun terakhir.
Menurut Ketua Koperasi Petani Kopi Bukit Ijo, Teuku Ismail, kenaikan harga dipicu oleh permintaan ekspor yang tinggi dan berkurangnya pasokan dari negara produsen lain.
"Tahun lalu harganya hanya sekitar Rp 9.000. Sekarang petani bisa menabung dan memperbaiki kebun," kata Ismail saat ditemui di gudang koperasi, Kamis (30/5/2024).
Meski begitu, sebagian petani mengeluhkan hasil panen yang sedikit menurun akibat curah hujan tinggi pada awal tahun, yang membuat banyak bunga kopi gugur.
Pemerintah kabupaten berencana memberikan bantuan bibit dan pelatihan pengolahan pascapanen agar kualitas kopi Gayo tetap terjaga dan harganya bisa bersaing di pasar internasional.
Sebagian besar hasil panen tahun ini sudah dipesan oleh pembeli dari Eropa dan Amerika Serikat.
Koperasi juga mulai mengembangkan kopi sangrai dengan merek sendiri untuk dijual di kafe-kafe di Banda Aceh dan Medan.
Ismail berharap generasi muda mau kembali ke kebun, karena banyak anak petani yang memilih bekerja di kota.
""")

A(id="es03-single-p-br", lang="es", site="Noticias del Bajío",
  url="https://www.noticiasdelbajio.mx/leon/2024/05/06/rescatan-antigua-estacion-de-tren",
  title="Rescatan la antigua estación de tren para convertirla en biblioteca", author="Redacción", date="2024-05-06T12:00:00-06:00",
  tests="Mexican news with the whole story inside ONE <p>, paragraphs separated only by <br><br>; abbreviated class names (art-txt, rl-in), 'Lee también' links inside the same <p>",
  opts=dict(scheme="abbrev", p_style="onep", mega=14, ticker=True, cards=6, mostread=6, read_also=[2, 5]),
  body="""
La antigua estación de ferrocarril de la colonia Obregón, abandonada desde hace más de veinte años, será restaurada para convertirse en una biblioteca pública con sala de lectura infantil, ludoteca y un pequeño museo del tren.
El proyecto, presentado este lunes por el gobierno municipal, tendrá una inversión de 38 millones de pesos y se espera que las obras terminen a finales del próximo año.
La directora de Obras Públicas, Laura Garnica, explicó que se conservarán los muros de cantera, los techos de lámina original y el reloj de la fachada, que será reparado por un taller especializado.
Los vecinos de la colonia celebraron la noticia. "Aquí jugábamos de niños cuando todavía pasaba el tren de pasajeros. Verla caerse a pedazos daba tristeza", comentó don Ernesto Villalobos, de 74 años.
Además de la biblioteca, el proyecto contempla un parque lineal a lo largo de las antiguas vías, con ciclovía, andadores y áreas verdes.
El municipio abrirá en junio una consulta para que los vecinos propongan el nombre de la nueva biblioteca.
""")

A(id="pt02-blog-comments-as-article", lang="pt", kit="pt-pt", site="Massa Madre & Companhia",
  url="https://massamadreecompanhia.pt/2024/01/pao-de-centeio-da-avo/",
  title="O pão de centeio da minha avó (finalmente!)", author="Inês Carvalho", date="2024-01-21T19:00:00+00:00",
  tests="WordPress-style Portuguese blog: short post, then 9 long reader comments each marked up as <article> with Portuguese class names (comentario), comment form, blogroll sidebar",
  opts=dict(scheme="native", mega=0, comments=9, comment_tag="article", aside=6, tags=True, share=True, cookie=True),
  body="""
Durante anos tentei reproduzir o pão de centeio que a minha avó cozia no forno de lenha, lá na aldeia, e durante anos falhei. Saía sempre demasiado denso, ou demasiado ácido, ou as duas coisas ao mesmo tempo.
Este inverno, depois de conversar com a minha tia, percebi finalmente o segredo: a avó misturava um pouco de farinha de trigo na massa e deixava-a levedar a noite inteira junto à lareira, num alguidar tapado com uma manta.
Fiz a experiência três fins de semana seguidos e, à terceira, o cheiro que saiu do forno levou-me direitinha à cozinha dela. A côdea estaladiça, o miolo húmido e aquele sabor ligeiramente azedo. Era isto.
Na próxima semana escrevo a receita completa, com as quantidades e os tempos, para quem quiser experimentar em casa.
""")


A(id="ru04-declared-utf8-bytes-cp1251", lang="ru", site="Вечерний Тобольск",
  url="https://vechernij-tobolsk.example.ru/news/2019/10/muzej-otkrytie.html",
  title="В бывшем купеческом доме открылся музей сибирских ремёсел", author="Елена Шадрина", date="2019-10-04T16:00:00+05:00",
  encoding="cp1251", meta_charset="utf-8",
  tests="WRONG meta charset, non-Latin: page declares UTF-8 but the bytes are windows-1251 (a windows-1252 fallback turns every Cyrillic letter into Latin mojibake)",
  opts=dict(mega=10, cards=4, mostread=5, read_also=[3]),
  body="""
В Тобольске открылся музей сибирских ремёсел. Под экспозицию отдали двухэтажный купеческий дом на улице Мира, который больше десяти лет стоял пустым и постепенно разрушался.
Реставрация заняла три года. Мастера восстановили резные наличники, изразцовые печи и деревянную лестницу, а в подвале оборудовали хранилище для самых ценных экспонатов.
В коллекции музея — более двух тысяч предметов: берестяные короба, резная кость, кованые изделия, вышитые полотенца и инструменты ремесленников XIX века. Многие вещи передали сами горожане.
«Почти в каждой семье хранится что-нибудь, сделанное руками прадедов. Мы хотели, чтобы эти вещи увидели все», — рассказала директор музея Ольга Пермякова.
По выходным в музее будут работать мастерские, где можно попробовать себя в резьбе по кости и плетении из бересты. Для школьников вход бесплатный.
""")
