# Pages in Arabic, Hebrew, Devanagari, Thai, Hangul, Japanese and Chinese
# scripts.  All sites, people, places and events are invented.

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


A(id="ar01-cp1256-legacy", lang="ar", site="جمعية الواحة الثقافية", tpl="legacy",
  url="http://www.alwaha-culture.org/news/maarad2008.htm",
  title="افتتاح معرض الكتاب السنوي في قاعة البلدية", author="المكتب الإعلامي", date="2008-11-20T00:00:00+03:00", date_text="2008/11/20",
  encoding="cp1256", meta_charset="windows-1256", meta_style="http-equiv", ld="none",
  tests="Arabic in windows-1256 bytes (http-equiv), right-to-left table layout with <p> paragraphs, nav column, counter",
  opts=dict(p_style="p", tagline="منذ عام 1985", counter_label="عدد الزوار"),
  body="""
افتتحت جمعية الواحة الثقافية مساء أمس معرضها السنوي للكتاب في قاعة البلدية، بمشاركة أكثر من أربعين دار نشر من داخل البلاد وخارجها.
ويضم المعرض هذا العام نحو خمسة عشر ألف عنوان في الأدب والتاريخ والعلوم وكتب الأطفال، إضافة إلى جناح خاص بالكتب المستعملة تباع بأسعار رمزية.
وقال رئيس الجمعية الأستاذ سالم العبيدي في كلمة الافتتاح إن المعرض أصبح موعدا ينتظره أهل المدينة كل عام، وإن الإقبال في السنوات الأخيرة شجع الجمعية على تمديد أيامه من خمسة إلى سبعة أيام.
ويتضمن برنامج المعرض ندوات يومية وأمسيات شعرية وورشا للأطفال في الرسم وكتابة القصة، إلى جانب حفل توقيع لعدد من الكتاب المحليين.
ويستمر المعرض حتى السادس والعشرين من الشهر الجاري، ويفتح أبوابه يوميا من الساعة العاشرة صباحا حتى التاسعة مساء.
""")

A(id="ar02-multi-article-native", lang="ar", site="الخليج اليوم",
  url="https://www.alkhaleej-alyawm.com/economy/2024/04/palm-farmers-smart-irrigation",
  title="مزارعو النخيل في الواحات يجربون الري الذكي لتوفير المياه", author="فاطمة الحربي", date="2024-04-08T11:00:00+04:00",
  tests="Arabic RTL news: the story plus 8 'more news' cards also marked up as <article>, transliterated Arabic class names, mega-menu, ticker, inline 'اقرأ أيضا' links",
  opts=dict(scheme="native", mega=18, ticker=True, trending=True, cards=8, read_also=[2, 5], ads=[4], mostread=6),
  lead_caption="مزارع يتفقد أجهزة الاستشعار في مزرعة نخيل.",
  body="""
بدأ عشرات من مزارعي النخيل في واحات المنطقة الشرقية تجربة نظام للري الذكي يعتمد على أجهزة استشعار تقيس رطوبة التربة، وترسل البيانات إلى هواتفهم لتحديد الوقت المناسب للسقي والكمية المطلوبة.
وتشرف على المشروع وزارة الزراعة بالتعاون مع إحدى الجامعات المحلية، ويشمل في مرحلته الأولى ستين مزرعة تضم أكثر من اثني عشر ألف نخلة.
وقال المهندس خالد الدوسري، مدير المشروع، إن النتائج الأولية تظهر انخفاضا في استهلاك المياه بنسبة تصل إلى خمسة وثلاثين في المئة، من دون أن يتأثر إنتاج التمور.
وأضاف أن كثيرا من المزارعين كانوا يسقون نخيلهم وفق جدول ثابت ورثوه عن آبائهم، بغض النظر عن حالة الطقس أو نوع التربة، ما يؤدي إلى هدر كميات كبيرة من المياه الجوفية.
ويقول المزارع عبد الله المري، الذي يملك مزرعة صغيرة تضم ثلاثمئة نخلة، إنه كان مترددا في البداية. "ظننت أن الأمر معقد، لكن الهاتف يخبرني متى أسقي، وأصبحت فاتورة الكهرباء للمضخة أقل بكثير".
ومن المتوقع أن يتوسع المشروع العام المقبل ليشمل خمسمئة مزرعة، على أن تتحمل الوزارة نصف تكلفة الأجهزة.
""")

A(id="he01-oped-bio-talkbacks", lang="he", site="קול העמק",
  url="https://www.kol-haemek.co.il/opinion/article/teachers-shortage-4410",
  title="המחסור במורים לא ייפתר בקורס מזורז של חצי שנה", author="ד\"ר נעמה ברק", date="2024-08-20T06:00:00+03:00",
  standfirst="משרד החינוך מציע להכשיר אלפי מורים בתוך חודשים ספורים. זה נשמע טוב בכותרות, אבל התלמידים הם שישלמו את המחיר.",
  tests="Hebrew RTL op-ed: long author bio box, 12 talkbacks (תגובות) longer than the column, mega-menu, most-read list",
  opts=dict(scheme="abbrev", mega=14, cards=4, comments=12, mostread=6, kicker="דעות"),
  bio="**ד\"ר נעמה ברק** היא חוקרת בתחום הכשרת מורים ומרצה במכללה האקדמית לחינוך בעמק. לפני כן עבדה במשך חמש עשרה שנה כמורה למתמטיקה וכרכזת שכבה בתיכון בצפון. היא חברה בפורום הארצי למדיניות חינוך ומחברת הספר \"הכיתה הריקה\" על נשירת מורים צעירים. הדעות המובעות במאמר הן של הכותבת בלבד.",
  body="""
בכל סוף קיץ חוזר אותו טקס: מנהלות בתי ספר מתקשרות בבהלה לכל מי שאי פעם לימד, כדי למלא משרות ריקות לפני הראשון בספטמבר. השנה, כך נמסר, חסרים אלפי מורים, בעיקר במתמטיקה, באנגלית ובחינוך המיוחד.
הפתרון שהציע משרד החינוך הוא קורס הסבה מזורז של חצי שנה, שבסופו יקבלו המשתתפים רישיון הוראה זמני. על הנייר זה נראה יעיל. בפועל, זה מתכון לנטישה.
המחקר בארץ ובעולם מראה שמורים שהוכשרו בחופזה עוזבים את המקצוע מהר הרבה יותר. הם נכנסים לכיתה בלי כלים להתמודד עם תלמידים מתקשים, עם הורים כועסים ועם עומס של ניירת, ורבים מהם מתייאשים כבר בשנה הראשונה.
הבעיה האמיתית איננה מספר המורים שנכנסים למערכת, אלא מספר המורים שיוצאים ממנה. כמעט אחד מכל חמישה מורים חדשים עוזב בתוך חמש שנים.
במקום קורס מזורז, כדאי להשקיע בליווי אמיתי של מורים בשנותיהם הראשונות: חונך צמוד, שעות פנויות להכנה ולמידה, וכיתות קטנות יותר בשנה הראשונה. זה יקר יותר בטווח הקצר, אבל זול בהרבה מהכשרה מחדש של אלפי מורים בכל שנה.
""")

A(id="hi01-amp", lang="hi", site="जनपथ समाचार", tpl="amp",
  url="https://amp.janpathsamachar.in/rajya/rajasthan/gaon-ka-talab-phir-se-bhara",
  title="बीस साल बाद फिर से भरा गांव का पुराना तालाब, ग्रामीणों ने खुद की खुदाई", author="सुनीता शर्मा", date="2024-08-12T09:00:00+05:30",
  lead_caption="तालाब के किनारे जमा हुए ग्रामीण।",
  tests="Hindi AMP page: amp-sidebar with section links, amp-img figures with captions, amp-ad, trending bar, 'ये भी पढ़ें' inline link, amp-carousel of related headlines",
  opts=dict(ads=[2], read_also=[4], trending=True),
  figures={3: "मानसून की पहली बारिश के बाद तालाब में पानी भरने लगा।"},
  body="""
राजस्थान के बाड़मेर जिले के एक छोटे से गांव में बीस साल से सूखा पड़ा तालाब इस मानसून में फिर से पानी से भर गया है। यह किसी सरकारी योजना से नहीं, बल्कि गांव के लोगों की अपनी मेहनत से संभव हुआ।
गांव के सरपंच रामेश्वर चौधरी ने बताया कि पिछले साल गर्मियों में ग्रामीणों ने मिलकर तालाब की खुदाई का फैसला किया था। हर परिवार ने हफ्ते में दो दिन श्रमदान किया और तीन महीने में तालाब से करीब चार हजार ट्रॉली मिट्टी निकाली गई।
खुदाई के साथ-साथ उन पुराने नालों को भी साफ किया गया, जिनसे बारिश का पानी पहाड़ी से बहकर तालाब तक आता था। समय के साथ ये नाले मिट्टी और झाड़ियों से बंद हो गए थे।
गांव की बुजुर्ग महिला कमला देवी कहती हैं, "जब मैं ब्याह कर आई थी, तब यह तालाब साल भर भरा रहता था। आज इसे फिर से भरा देखकर आंखों में आंसू आ गए।"
अब ग्रामीणों को उम्मीद है कि तालाब भरने से आसपास के कुओं का जलस्तर भी बढ़ेगा और पशुओं के लिए पानी की कमी दूर होगी।
""")

A(id="hi02-trending-readalso", lang="hi", site="भारत दर्पण",
  url="https://www.bharatdarpan.com/state/rajasthan/jaipur-baori-restoration-1284410",
  title="जयपुर की 300 साल पुरानी बावड़ी का जीर्णोद्धार पूरा, पर्यटकों के लिए खुली", author="अमित व्यास", date="2024-02-06T14:30:00+05:30",
  tests="Hindi commercial news: mega-menu, breaking ticker, trending bar, three 'ये भी पढ़ें' inline link paragraphs, ads, cards and most-read list",
  opts=dict(scheme="abbrev", ad_continue=True, mega=20, ticker=True, trending=True, read_also=[1, 3, 5], ads=[2, 4], cards=6, mostread=8),
  lead_caption="जीर्णोद्धार के बाद बावड़ी की सीढ़ियां।",
  body="""
जयपुर के पुराने शहर में स्थित करीब 300 साल पुरानी बावड़ी का जीर्णोद्धार पूरा हो गया है। मंगलवार से इसे आम लोगों और पर्यटकों के लिए खोल दिया गया।
पुरातत्व विभाग के अनुसार, बावड़ी की दीवारों और सीढ़ियों की मरम्मत में पारंपरिक चूने के मसाले का इस्तेमाल किया गया, ताकि इसकी मूल बनावट बनी रहे। काम में करीब दो साल लगे।
बावड़ी से सदियों की जमा गाद और कचरा निकाला गया। सफाई के दौरान पुराने सिक्के, मिट्टी के बर्तन और एक नक्काशीदार पत्थर भी मिला, जिसे संग्रहालय में रखा जाएगा।
विभाग के अधीक्षक डॉ. राजेंद्र सिंह ने बताया कि शाम के समय बावड़ी में रोशनी की व्यवस्था की गई है और यहां सप्ताहांत पर लोक संगीत के कार्यक्रम भी होंगे।
प्रवेश शुल्क भारतीय पर्यटकों के लिए 20 रुपये और विदेशी पर्यटकों के लिए 100 रुपये रखा गया है। स्कूली बच्चों के लिए प्रवेश निःशुल्क होगा।
""")

A(id="th01-tis620-legacy", lang="th", site="ชมรมคนรักบ้านเกิด อำเภอบ้านโป่ง", tpl="legacy",
  url="http://www.banpong-club.or.th/news/ngan-wat-2007.html",
  title="ขอเชิญร่วมงานประจำปีวัดหนองกระทุ่ม", author="ฝ่ายประชาสัมพันธ์", date="2007-11-10T00:00:00+07:00", date_text="10 พ.ย. 2550",
  encoding="tis_620", meta_charset="tis-620", meta_style="http-equiv", ld="none",
  tests="Thai in TIS-620 bytes (http-equiv), 2007 table layout with text directly in <td> split by <br><br>, <font>, counter",
  opts=dict(p_style="br", br_in_td=True, tagline="เว็บไซต์ชุมชน", counter_label="ผู้เข้าชม"),
  body="""
ชมรมคนรักบ้านเกิดขอเชิญชวนพี่น้องชาวบ้านโป่งและผู้สนใจทุกท่าน ร่วมงานประจำปีวัดหนองกระทุ่ม ระหว่างวันที่ 23 ถึง 25 พฤศจิกายน 2550 ณ บริเวณลานวัด
ภายในงานมีการทำบุญตักบาตรในตอนเช้า การแสดงลิเกและดนตรีพื้นบ้านในตอนค่ำ รวมถึงการออกร้านจำหน่ายสินค้าโอทอปและอาหารพื้นเมืองจากหมู่บ้านต่างๆ ในอำเภอ
ในปีนี้ทางคณะกรรมการจัดงานได้เพิ่มการประกวดหุ่นฟางและการแข่งขันตำส้มตำ เพื่อให้เด็กและเยาวชนได้มีส่วนร่วมมากขึ้น ผู้ที่สนใจสมัครเข้าแข่งขันได้ที่ศาลาการเปรียญก่อนวันงาน
รายได้จากการจัดงานทั้งหมดจะนำไปใช้ในการซ่อมแซมหลังคาศาลาการเปรียญและจัดซื้ออุปกรณ์การเรียนให้กับโรงเรียนวัด
""")

A(id="th02-listicle", lang="th", site="กินเที่ยวทั่วไทย",
  url="https://www.kintiewthaithai.com/travel/6-talad-nam-nai-krungthep",
  title="6 ตลาดน้ำใกล้กรุงเทพฯ ไปเช้าเย็นกลับได้สบาย", author="ทีมงานกินเที่ยว", date="2024-03-15T08:00:00+07:00",
  tests="Thai listicle: numbered h2 items each with an image and caption, ads between items, newsletter box, related cards",
  opts=dict(scheme="cssmod", mega=10, cards=6, ads=[5, 11], newsletter_at=8, trending=True),
  figures={2: "เรือขายก๋วยเตี๋ยวที่ตลาดน้ำตลิ่งชัน", 4: "บ้านไม้ริมคลองที่ตลาดน้ำขวัญเรียม", 6: "ขนมไทยโบราณที่ตลาดน้ำบางน้ำผึ้ง",
           8: "ตลาดน้ำอัมพวายามเย็น", 10: "ร้านกาแฟริมน้ำที่ตลาดน้ำวัดลำพญา", 12: "เรือพายที่ตลาดน้ำดำเนินสะดวกในตอนเช้า"},
  body="""
ถ้าอยากพักจากความวุ่นวายของเมืองสักวัน ตลาดน้ำคือคำตอบที่ง่ายที่สุด เราเลือกหกแห่งที่เดินทางไปกลับได้ภายในวันเดียว มีของกินอร่อย และยังคงบรรยากาศริมคลองแบบดั้งเดิมไว้
## 1. ตลาดน้ำตลิ่งชัน
อยู่ไม่ไกลจากใจกลางเมือง เปิดเฉพาะวันเสาร์และอาทิตย์ มีอาหารทะเลย่างและก๋วยเตี๋ยวเรือให้เลือกมากมาย นั่งกินบนแพริมน้ำได้อย่างสบาย
## 2. ตลาดน้ำขวัญเรียม
ตลาดริมคลองแสนแสบที่เดินเล่นได้เพลิน มีบ้านไม้เก่าและร้านค้าของชุมชน เหมาะกับครอบครัวที่มีเด็กเล็ก
## 3. ตลาดน้ำบางน้ำผึ้ง
อยู่ในพื้นที่บางกระเจ้าซึ่งมีต้นไม้ร่มรื่น ขนมไทยและน้ำผึ้งจากชาวบ้านคือของที่ไม่ควรพลาด แนะนำให้เช่าจักรยานปั่นรอบชุมชน
## 4. ตลาดน้ำอัมพวา
คึกคักที่สุดในช่วงเย็น หลังอาหารค่ำสามารถนั่งเรือชมหิ่งห้อยได้ ควรไปถึงก่อนบ่ายสามโมงเพื่อหาที่จอดรถ
## 5. ตลาดน้ำวัดลำพญา
บรรยากาศสงบ มีร้านอาหารพื้นบ้านราคาไม่แพง และยังให้อาหารปลาที่ท่าน้ำหน้าวัดได้ด้วย
## 6. ตลาดน้ำดำเนินสะดวก
ตลาดน้ำที่มีชื่อเสียงที่สุดของประเทศ ควรไปให้ถึงก่อนแปดโมงเช้า เพราะหลังจากนั้นนักท่องเที่ยวจะเริ่มหนาแน่น
""")

A(id="ko01-euckr-portal", lang="ko", site="한빛일보",
  url="http://www.hanbitilbo.co.kr/news/articleView.html?idxno=284117",
  title="전통시장 야시장 매주 금요일 열린다…청년 상인 30팀 참여", author="박지훈", date="2023-06-02T10:12:00+09:00",
  encoding="euc_kr", meta_charset="euc-kr", meta_style="http-equiv", ld="none",
  tests="Korean regional news in EUC-KR bytes (http-equiv): reporter e-mail and copyright line after the body, ranking list, related articles, photo caption",
  opts=dict(mega=12, mostread=10, cards=5, ads=[2], tags=False),
  lead_caption="지난달 시범 운영 당시 야시장을 찾은 시민들. /한빛일보 DB",
  extra_inserts={6: '<p class="reporter-info">박지훈 기자 jhpark@hanbitilbo.co.kr</p><p class="copyright">&lt;저작권자 &copy; 한빛일보 무단전재 및 재배포 금지&gt;</p>'},
  body="""
중앙전통시장에서 이달부터 매주 금요일 저녁 야시장이 열린다. 시는 시장 상인회와 함께 오는 9일부터 10월 말까지 매주 금요일 오후 6시부터 11시까지 야시장을 운영한다고 2일 밝혔다.
야시장에는 공개 모집을 거쳐 선발된 청년 상인 30팀이 참여해 떡갈비, 전, 수제 맥주 등 먹거리와 액세서리, 공예품 등을 판매한다. 기존 점포들도 영업시간을 연장해 야시장에 함께한다.
지난달 두 차례 시범 운영에는 하루 평균 4천여 명이 찾았다. 시는 방문객이 늘어날 것에 대비해 시장 인근 공영주차장을 무료로 개방하고 안전 요원을 배치할 계획이다.
시장 상인회 김영순 회장은 "낮에는 손님이 줄어 걱정이 많았는데 야시장 덕분에 젊은 손님들이 다시 시장을 찾고 있다"고 말했다.
시 관계자는 "야시장이 지역 명소로 자리 잡을 수 있도록 공연과 체험 행사도 함께 마련하겠다"고 했다.
""")

A(id="ko02-spa-ldjson-noscript", lang="ko", site="테크온",
  url="https://techon.kr/article/2024/01/robot-delivery-apartment",
  title="아파트 단지 안까지 들어오는 배달 로봇, 석 달 써보니", author="이수민", date="2024-01-22T07:00:00+09:00", ld="full",
  tests="Korean single-page app: empty app shell, article in JSON-LD articleBody and again in a <noscript> block placed before the shell",
  opts=dict(spa="ldjson", noscript=True, noscript_first=True, loading="기사를 불러오는 중입니다…"),
  body="""
서울 외곽의 한 대규모 아파트 단지에서 배달 로봇 시범 서비스가 시작된 지 석 달이 지났다. 주민들은 편리하다는 반응과 함께 아직 불편한 점도 많다고 말한다.
이 단지에서는 로봇 여섯 대가 정문에 있는 배달 거점에서 각 동 현관 앞까지 음식과 택배를 옮긴다. 주민이 앱으로 도착 알림을 받고 내려가 비밀번호를 입력하면 적재함이 열린다.
운영사에 따르면 하루 평균 이용 건수는 약 320건으로, 첫 달보다 두 배 가까이 늘었다. 배달 기사가 단지 안을 오가지 않아도 돼 배달 시간이 평균 7분 줄었다는 분석도 나왔다.
다만 눈이 많이 온 날에는 로봇이 경사로를 오르지 못해 운행이 중단됐고, 엘리베이터를 탈 수 없어 집 앞이 아닌 현관까지만 배달된다는 점은 한계로 지적된다.
운영사는 올해 안에 엘리베이터와 연동하는 기능을 시험하고, 다른 단지 두 곳으로 서비스를 넓힐 계획이다.
""")

A(id="ja01-eucjp-late-meta-blog", lang="ja", site="しまなみ散歩日記",
  url="http://shimanami-sanpo.example.jp/blog/2010/03/last-train.html",
  title="ローカル線の最終運行日に乗ってきました", author="しまなみ散歩人", date="2010-03-31T21:00:00+09:00", date_text="2010年03月31日",
  encoding="euc_jp", meta_charset="EUC-JP", meta_style="late", big_head_script=True, ld="none",
  tests="Japanese personal blog in EUC-JP bytes whose charset meta comes after a 3 KB inline script (beyond the first 1024 bytes); <br>-separated text, blog archive sidebar, trackback/comment links",
  opts=dict(p_style="br", scheme="semantic", mega=0, aside=8, cards=0, tags=True, share=False, cookie=False),
  extra_inserts={8: '<div class="entry-footer">カテゴリ: <a href="/cat/tetsudo">鉄道</a> | <a href="#comments">コメント (3)</a> | <a href="#tb">トラックバック (0)</a></div>'},
  body="""
今日は、地元のローカル線が最後の運行を迎える日でした。仕事を休んで、朝一番の列車から最終列車まで乗ってきました。
朝の始発駅には、まだ暗いうちから大勢の人が集まっていました。カメラを構えた人、横断幕を持った地元の人、小さな子どもを連れた家族。普段は一両編成でほとんど空いている列車が、この日は三両編成でも満員でした。
沿線の駅では、どこでも住民の方が手を振って見送っていました。ある駅では、小学生たちが手作りの旗を持って「ありがとう」と声をそろえていて、思わず涙が出そうになりました。
運転士さんは、最後の駅に着くたびに丁寧に頭を下げていました。四十年近くこの路線を走ってきたそうです。
最終列車が終点に着いたのは夜の九時過ぎ。ホームには千人以上が集まり、拍手がしばらく鳴りやみませんでした。
明日からはバスに代わります。便利になる部分もあるのかもしれませんが、あの窓から見えた海の景色は、もう見られないと思うと寂しいです。
写真はまた後日、まとめてアップします。
""")

A(id="ja02-infinite-news", lang="ja", site="瀬戸内ニュース",
  url="https://www.setouchi-news.jp/article/20240415-0001",
  title="廃校を改装した宿泊施設がオープン　島の活性化に期待", author="山本 彩", date="2024-04-15T11:30:00+09:00",
  tests="Japanese news with a second article appended below by infinite scroll, mega-menu, ranking, related-article cards, 'あわせて読みたい' inline link",
  opts=dict(scheme="abbrev", mega=14, ticker=True, cards=5, mostread=6, read_also=[3], ads=[2]),
  lead_caption="教室を改装した客室。黒板はそのまま残されている。",
  second=dict(url="https://www.setouchi-news.jp/article/20240415-0002", title="港の朝市、再開から一年　来場者は倍増", author="中村 健",
              body="""
港の朝市が再開してから一年がたった。毎週日曜日の朝に開かれ、地元の漁師や農家が新鮮な魚や野菜を販売している。
運営する漁協によると、来場者は当初の一日約五百人から、最近では千人を超える日もあるという。
名物は、その日にとれた魚を使った海鮮汁。毎回、開始から一時間ほどで売り切れる人気ぶりだ。
"""),
  body="""
瀬戸内海に浮かぶ島で、七年前に閉校した小学校を改装した宿泊施設が十五日、オープンした。教室を客室に、体育館を多目的ホールに生まれ変わらせ、島の新たな交流拠点として期待されている。
施設は木造二階建ての旧校舎を活用し、客室は全部で十二室。黒板や木の床、廊下の手洗い場など、学校だった頃の雰囲気をできるだけ残した。給食室だった場所は食堂になり、島でとれた魚や野菜を使った料理を提供する。
運営するのは、島出身の若者らが設立した会社。代表の藤田翔太さんは「卒業生が帰ってきたときに、懐かしいと思える場所にしたかった」と話す。
島の人口はこの二十年で半分以下に減り、現在は約八百人。施設では、宿泊客が地元の漁師や農家の仕事を体験できるプログラムも用意している。
オープン初日には、かつての卒業生や地域の住民らが集まり、テープカットを行った。
""")

A(id="zh01-big5-forum-news", lang="zh-tw", kit="zh-tw", site="港都生活網",
  url="http://www.gangdu-life.com.tw/news/2009/05/ferry.htm",
  title="渡輪新航線啟航　旗津往返只要十分鐘", author="陳怡君", date="2009-05-18T00:00:00+08:00",
  encoding="big5", meta_charset="big5",
  tests="Traditional Chinese in Big5 bytes (meta charset), old portal template with simple nav, reader replies (回應), most-read list",
  opts=dict(mega=0, comments=8, mostread=6, cards=0, tags=True, share=True),
  body="""
港都新的渡輪航線今天正式啟航，從市區碼頭到旗津只要大約十分鐘，比過去的航線縮短了將近一半的時間。市政府表示，新航線每十五分鐘一班，從早上六點開到晚上十一點。
新航線使用兩艘全新的雙體渡輪，每艘可以載客兩百人，並設有自行車專用區。票價維持每人十五元，持學生證可以享有半價優惠。
許多通勤族表示，過去每天早上都要排隊很久才能上船，新航線開通之後方便很多。住在旗津的王先生說：「以前上班要提早半小時出門，現在可以多睡一會兒了。」
交通局也提醒民眾，週末和假日遊客較多，建議多利用電子票證，避免在售票口排隊。
""")

A(id="zh02-portal-short-huge-links", lang="zh", site="神州资讯网",
  url="https://news.shenzhouzixun.com.cn/local/2024/06/18/gongyuan-yejian-kaifang.html",
  title="市区五座公园夏季延长开放至晚上十点", author="本网记者 刘洋", date="2024-06-18T09:00:00+08:00",
  tests="Simplified Chinese portal: a three-sentence story lost among a 420-link mega-menu, hot-topic bar, long headline lists with summaries, card grid, pinyin class names (zhengwen, xiangguan-xinwen)",
  opts=dict(scheme="native", mega=30, ticker=True, trending=True, aside=8, aside_summaries=True, cards=8, card_summaries=True, mostread=10, tags=True),
  body="""
记者从市园林局获悉，为方便市民夏季夜间休闲，自6月20日起至8月31日，市区人民公园、滨江公园等五座公园的开放时间将延长至晚上十点。
延长开放期间，公园将增加夜间照明和巡逻人员，并开放部分卫生间和饮水点。
园林部门提醒市民文明游园，夜间注意安全，不要在湖边嬉水。
""")


def discuz_portal(art, ctx, g):
    """A Discuz!-style Chinese portal article page (GBK era)."""
    kit, esc = ctx["kit"], g.esc
    nav = "".join('<li><a href="portal.php?mod=list&amp;catid=%d">%s</a></li>' % (i + 1, esc(s)) for i, s in enumerate(kit["sections"]))
    body = g.render_blocks(ctx, art["blocks"], "indent")
    first = g.inline_text(art["blocks"][0][1])
    related = "".join('<li>&bull; <a href="article-%d-1.html">%s</a></li>' % (3000 + i, esc(h)) for i, h in enumerate(kit["headlines"]))
    cmts = [("老街坊", "终于要修了，小时候天天在这条街上跑，希望别拆得面目全非。"),
            ("hxw1987", "支持！但是施工期间摊位搬到哪里去？希望有关部门考虑一下小商户。"),
            ("游客", "去年去过一次，房子确实很旧了，有的墙都裂了。"),
            ("县城小李", "保留老字号最重要，别弄成千篇一律的仿古街。"),
            ("路过", "顶一下")]
    cm = "".join('<dl id="comment_%d_li" class="ptm pbm bbda cl"><dt class="mbm"><a href="space-uid-%d.html" class="xi2 xw1">%s</a> '
                 '<span class="xg1 xw0">2012-4-5 1%d:2%d</span></dt><dd>%s</dd></dl>' % (i, 100 + i, esc(n), i, i, esc(t)) for i, (n, t) in enumerate(cmts))
    hot = "".join('<li><em>%d</em><a href="article-%d-1.html">%s</a></li>' % (i + 1, 4000 + i, esc(h)) for i, h in enumerate(reversed(kit["headlines"])))
    return ('<body id="nv_portal" class="pg_view">'
            '<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="#">设为首页</a><a href="#">收藏本站</a></div>'
            '<div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> <a href="member.php?mod=register">立即注册</a></div></div></div>'
            '<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./"><img src="static/image/common/logo.png" alt="%s"></a></h2></div>'
            '<div id="nv"><ul>%s</ul></div><div id="scbar" class="cl"><input type="text" name="srchtxt" value="请输入搜索内容"><button>搜索</button></div></div></div>'
            '<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">首页</a> <em>&rsaquo;</em> '
            '<a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="portal.php?mod=list&amp;catid=2">本地新闻</a> <em>&rsaquo;</em> 查看内容</div></div>'
            '<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">'
            '<div class="h hm"><h1 class="ph">%s</h1><p class="xg1">%s<span class="pipe">|</span> 发布者: <a href="space-uid-1.html">%s</a>'
            '<span class="pipe">|</span> 查看: <em id="_viewnum">3821</em><span class="pipe">|</span> 评论: 5<span class="pipe">|</span>来自: 县融媒体中心</p></div>'
            '<div class="s"><div><strong>摘要</strong>: %s...</div></div>'
            '<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content"><font size="3">%s</font></td></tr></table>'
            '<div class="o cl ptm pbm"><a href="#" id="a_favorite">收藏</a> <a href="#" id="a_share">分享</a> <a href="#" id="a_invite">邀请</a></div></div>'
            '<div class="pren pbm cl"><em>上一篇：</em><a href="article-2988-1.html">%s</a><br><em>下一篇：</em><a href="article-2990-1.html">%s</a></div>'
            '<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">%s</ul></div></div>'
            '<div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div><div id="comment_ul" class="bm_c">%s</div></div>'
            '</div></div><div class="sd pph"><div class="bm"><div class="bm_h"><h2>热门文章</h2></div><div class="bm_c"><ul class="xl xl1 cl">%s</ul></div></div></div></div></div>'
            '<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="#">联系我们</a><span class="pipe">|</span><a href="#">手机版</a>'
            '<span class="pipe">|</span><a href="#">小黑屋</a></p><p class="xs0">GMT+8, 2012-4-6 08:15</p></div>'
            '<div id="frt"><p>Powered by <strong><a href="#">Discuz!</a></strong> <em>X2.5</em></p><p class="xs0">&copy; 2001-2012 <a href="#">Comsenz Inc.</a></p></div></div></body>') % (
        esc(art["site"]), nav, esc(art["title"]), art["date"][:10], esc(art["author"]), esc(first[:60]), body,
        esc(kit["headlines"][1]), esc(kit["headlines"][2]), related, cm, hot)


A(id="zh03-gbk-discuz-portal", lang="zh", site="青溪县信息港", tpl="raw", raw=discuz_portal,
  url="http://www.qingxi-info.cn/article-2989-1.html",
  title="老街改造方案公布 百年老字号将原址保留", author="admin", date="2012-04-05T09:30:00+08:00",
  encoding="gbk", meta_charset="gbk", ld="none",
  tests="Discuz!-style county portal in GBK bytes: paragraphs as &nbsp;-indented text with <br /> inside <td id=article_content><font>, a 摘要 summary repeating the lead, prev/next links, related list, comment <dl> list, hot list",
  body="""
县住建局日前公布了老街改造方案。根据方案，老街将在保留原有街巷格局的基础上，对沿街建筑进行加固和修缮，同时改造地下管网，增设消防设施。
老街全长约六百米，现有沿街店铺一百二十余家，其中有十多家是经营了几十年甚至上百年的老字号。方案明确，这些老字号将全部原址保留，施工期间由政府协调临时经营场所。
县住建局相关负责人介绍，改造将分两期进行，第一期从今年五月开始，预计年底完成，第二期明年实施。施工期间，老街将分段封闭，不会全部停业。
不少居民对改造表示欢迎。在老街经营杂货铺四十多年的陈大爷说：“房子太旧了，一下雨就漏，早就盼着修一修。只要不让我们搬走，怎么修都行。”
据了解，改造完成后，老街还将恢复传统的庙会和灯会，打造成为展示县城历史文化的窗口。
""")

A(id="zh04-mobile-expand-hidden", lang="zh", site="掌上头条",
  url="https://m.zhangshangtoutiao.com/a/20240522/gu-zhen-ye-you.html",
  title="古镇推出夜游新线路 乘船赏灯听评弹", author="王婷", date="2024-05-22T20:10:00+08:00",
  tests="Chinese mobile page: only two paragraphs visible, the rest of the story in a display:none + aria-hidden block behind a 展开全文 button (article text); app-download banners, hot list with summaries",
  opts=dict(scheme="native", mega=0, collapse_after=2, expand_label="展开全文", aside=6, aside_summaries=True, cards=6, ticker=False, share=True),
  extra_inserts={},
  head_extra='<meta name="applicable-device" content="mobile">',
  body_prefix_note="",
  body="""
记者22日从古镇景区管理处获悉，古镇夜游新线路将于本周六正式推出。游客可以乘坐手摇船，沿古镇主河道游览，欣赏两岸灯光，并在茶馆聆听评弹表演。
新线路全长约两公里，途经五座古桥和三处历史街区，单程约四十分钟。夜游船每晚七点至十点运营，每二十分钟一班，每船限乘八人。
景区管理处负责人介绍，此次夜游线路对沿河两岸的灯光进行了重新设计，采用暖色调的灯笼和投影，尽量还原古镇传统的夜景风貌，避免过于花哨的效果。
除了乘船游览，游客还可以在沿途的三个码头上岸，参观夜间开放的老宅和手工作坊，品尝当地的传统小吃。
为了减少对居民生活的影响，夜游船统一使用电动船，航行时不播放音乐，十点以后停止运营。
据悉，夜游船票价为每人六十元，当地居民凭身份证可享受半价优惠。游客可通过景区官方小程序提前预约。
""")

A(id="hi03-fuel-price-table", lang="hi", site="खबर एक्सप्रेस",
  url="https://www.khabarexpress.in/business/petrol-diesel-price-today-12-june-2024",
  title="पेट्रोल-डीजल के नए दाम जारी, जानें अपने शहर में आज का रेट", author="बिजनेस डेस्क", date="2024-06-12T06:15:00+05:30",
  tests="Hindi price-list article whose main content is a 16-row table (table text is article text) between two short paragraphs; abbreviated class names, mega-menu, ticker, 'ये भी पढ़ें' links, cards",
  opts=dict(scheme="abbrev", mega=20, ticker=True, trending=True, read_also=[2, 20], ads=[1, 21], cards=6, mostread=8),
  body="""
सरकारी तेल कंपनियों ने बुधवार सुबह पेट्रोल और डीजल के नए दाम जारी कर दिए हैं। आज भी देश के ज्यादातर बड़े शहरों में कीमतें स्थिर बनी हुई हैं, हालांकि कुछ राज्यों में स्थानीय करों के कारण मामूली बदलाव हुआ है।
तेल कंपनियां हर दिन सुबह छह बजे ईंधन की कीमतों की समीक्षा करती हैं। नीचे दी गई तालिका में प्रमुख शहरों के आज के दाम देखें।
|! शहर | पेट्रोल (रुपये प्रति लीटर) | डीजल (रुपये प्रति लीटर)
| दिल्ली | 94.72 | 87.62
| मुंबई | 103.44 | 89.97
| कोलकाता | 103.94 | 90.76
| चेन्नई | 100.75 | 92.34
| बेंगलुरु | 102.86 | 88.94
| हैदराबाद | 107.41 | 95.65
| जयपुर | 104.88 | 90.36
| लखनऊ | 94.65 | 87.76
| पटना | 105.18 | 92.04
| भोपाल | 106.47 | 91.84
| चंडीगढ़ | 94.24 | 82.40
| अहमदाबाद | 94.44 | 90.11
| पुणे | 104.19 | 90.72
| रांची | 97.86 | 92.62
| देहरादून | 93.32 | 88.18
| गुवाहाटी | 98.20 | 90.38
आप अपने शहर के ताजा दाम एसएमएस के जरिए भी जान सकते हैं। इसके लिए तेल कंपनी का कोड और अपने शहर का डीलर कोड लिखकर कंपनी के नंबर पर भेजना होगा।
""")

A(id="ko03-text-in-div-br", lang="ko", site="누리뉴스",
  url="https://www.nurinews.co.kr/article/20240611/life/0042817",
  title="도심 속 폐철길, 1.2㎞ 숲길로 다시 태어났다", author="정하늘", date="2024-06-11T14:05:00+09:00",
  tests="Korean portal-style article: text directly inside a <div> separated by <br><br> (no <p>), photo with caption inside the body, reporter e-mail and copyright lines at the end, abbreviated class names, ranking list, comments",
  opts=dict(scheme="abbrev", p_style="br", mega=12, ticker=True, mostread=10, cards=6, comments=6, ads=[3]),
  figures={2: "11일 개방한 숲길을 시민들이 걷고 있다. /누리뉴스"},
  extra_inserts={7: '<br><span class="byline_r">정하늘 기자 sky@nurinews.co.kr</span><br><span class="cprt">ⓒ 누리뉴스, 무단전재 및 재배포 금지</span>'},
  body="""
20년 넘게 방치됐던 도심 속 폐철길이 시민들을 위한 숲길로 새롭게 태어났다.
시는 옛 화물 철도 1.2㎞ 구간을 정비해 만든 '철길 숲길'을 11일 개방했다고 밝혔다. 철로 일부는 그대로 남겨 옛 모습을 살렸고, 주변에는 느티나무와 벚나무 등 3천여 그루의 나무를 심었다.
숲길 중간에는 옛 간이역 건물을 고쳐 만든 작은 도서관과 카페가 들어섰다. 산책로 곳곳에는 의자와 그늘막이 설치됐고, 밤에도 안전하게 걸을 수 있도록 조명을 달았다.
이 철길은 1990년대 후반 화물 운송이 끊긴 뒤 쓰레기가 쌓이고 잡초가 무성해 주민들의 민원이 끊이지 않던 곳이다.
인근 주민 최영자 씨는 "예전에는 밤에 지나가기도 무서웠는데, 이제는 아이들과 매일 저녁 산책을 나온다"고 말했다.
시는 내년까지 나머지 800m 구간도 숲길로 조성해 인근 하천 산책로와 연결할 계획이다.
""")
