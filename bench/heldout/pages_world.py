"""Pages in Russian, Japanese, Chinese, Korean, Arabic, Turkish, Vietnamese and
Indonesian. All sites, people and events are invented."""
from kit import Body, page, og, ld, links, teasers, esc, inl


@page("ru-divbr-biblioteka", "http://www.verhneozersk-news.ru/news/2024/02/15/biblioteka.html", "ru", enc="windows-1251",
      kind="Russian regional site in windows-1251: text as <br><br> inside a div (no <p>), counters, 'Читайте также', comment form")
def ru_divbr():
    b = Body()
    paras = ["После двух лет ремонта в Верхнеозёрске вновь открылась центральная городская библиотека имени Некрасова. На торжественную церемонию в четверг пришли больше двухсот жителей, многие из которых записались в библиотеку ещё в школьные годы.",
             "Здание на улице Ленина, построенное в 1958 году, нуждалось в капитальном ремонте уже давно. Протекала крыша, в читальном зале зимой температура опускалась до пятнадцати градусов, а проводка, по словам директора библиотеки Татьяны Белоусовой, «помнила ещё первых читателей».",
             "В ходе ремонта строители заменили кровлю, окна и инженерные сети, утеплили фасад и сделали пандус у главного входа. Внутри появились детская зона с мягкой мебелью, коворкинг на двадцать мест с бесплатным интернетом и небольшой зал для лекций и кинопоказов.",
             "«Мы хотели, чтобы библиотека стала местом, куда приходят не только за книгами, а просто провести время, — рассказала Татьяна Белоусова. — Уже в первый день у нас записались сорок новых читателей, половина из них — подростки».",
             "Ремонт обошёлся в 38 миллионов рублей, большая часть средств выделена из областного бюджета по программе модернизации муниципальных библиотек. Книжный фонд также пополнился: библиотека получила около трёх тысяч новых изданий.",
             "Библиотека работает со вторника по субботу с 10 до 19 часов. Запись бесплатная, при себе нужно иметь паспорт."]
    b.brtext(paras, sep="<br>\n<br>\n")
    title = "В Верхнеозёрске после ремонта открылась центральная библиотека"
    html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{title} - Новости Верхнеозёрска</title>
<meta name="keywords" content="Верхнеозёрск, новости, библиотека, ремонт">
<meta name="description" content="После двух лет ремонта в Верхнеозёрске вновь открылась центральная городская библиотека.">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Новости Верхнеозёрска">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><a href="/"><img src="/img/logo.gif" alt="Новости Верхнеозёрска" width="300" height="70"></a><div class="header-date">Четверг, 15 февраля 2024</div><div class="weather">Погода: -12&deg;C, снег</div></div>
<div id="topmenu"><a href="/">Главная</a> | <a href="/news/">Новости</a> | <a href="/city/">Город</a> | <a href="/incidents/">Происшествия</a> | <a href="/sport/">Спорт</a> | <a href="/afisha/">Афиша</a> | <a href="/board/">Объявления</a> | <a href="/contacts/">Контакты</a></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="left" valign="top" width="200">
<div class="block"><div class="block-title">Рубрики</div><ul>{links(["Власть", "Экономика", "ЖКХ", "Образование", "Культура", "Здоровье", "Транспорт"])}</ul></div>
<div class="block"><div class="block-title">Опрос</div><p>Как часто вы бываете в библиотеке?</p><form><input type="radio" name="q"> Каждую неделю<br><input type="radio" name="q"> Раз в месяц<br><input type="radio" name="q"> Очень редко<br><input type="submit" value="Голосовать"></form></div>
</td>
<td id="center" valign="top">
<div class="path"><a href="/">Главная</a> &raquo; <a href="/news/">Новости</a> &raquo; Культура</div>
<h1 class="news-title">{title}</h1>
<div class="news-date">15.02.2024 16:40 | Просмотров: 1248</div>
<div class="news-image"><img src="/upload/2024/02/biblioteka.jpg" width="450" alt=""><div class="img-sign">Фото: пресс-служба администрации</div></div>
<div class="news-text">
{b.html("")}
</div>
<div class="news-source">Источник: <a href="/">Новости Верхнеозёрска</a></div>
<div class="share">Поделиться: <a href="https://vk.com/share.php?url=">ВКонтакте</a> <a href="https://connect.ok.ru/offer?url=">Одноклассники</a> <a href="https://t.me/share/url?url=">Telegram</a></div>
<div class="read-also"><b>Читайте также:</b><ul>{teasers(["В городском парке установят новые фонари", "Школа №3 получила новый спортивный зал", "Мост через Озёрку закроют на ремонт летом", "В краеведческом музее открылась выставка старых фотографий"])}</ul></div>
<div class="comments"><div class="comments-title">Комментарии (3)</div>
<div class="comment"><b>Ольга</b> <span class="comment-date">15.02.2024 17:02</span><br>Наконец-то! Ходила туда ещё ребёнком, очень рада, что её не закрыли.</div>
<div class="comment"><b>Сергей П.</b> <span class="comment-date">15.02.2024 18:15</span><br>А парковку так и не сделали, машину поставить негде.</div>
<div class="comment"><b>читатель</b> <span class="comment-date">15.02.2024 20:31</span><br>Коворкинг это отлично, студентам будет где заниматься.</div>
<form class="comment-form"><b>Добавить комментарий</b><br>Имя: <input type="text" name="name"><br><textarea name="text" rows="5" cols="40"></textarea><br><input type="submit" value="Отправить"></form></div>
</td>
<td id="right" valign="top" width="240">
<div class="block"><div class="block-title">Последние новости</div><ul>{teasers(["На трассе Р-132 столкнулись два грузовика", "Горожан приглашают на Масленицу в парк", "Цены на проезд в автобусах вырастут с марта", "Хоккеисты «Озера» вышли в финал области", "В поликлинике заработала электронная очередь"])}</ul></div>
<div class="banner"><a href="/reklama/"><img src="/banners/240x400.gif" alt="Реклама"></a></div>
</td></tr></table>
<div id="footer">&copy; 2008-2024 Новости Верхнеозёрска. При использовании материалов ссылка на сайт обязательна.<br>Свидетельство о регистрации СМИ ЭЛ № ФС 77-12345.<br>
<!--LiveInternet counter--><a href="//www.liveinternet.ru/click" target="_blank"><img src="//counter.yadro.ru/hit?t44.6" alt="" width="31" height="31" border="0"></a><!--/LiveInternet-->
</div>
</div>
<!-- Yandex.Metrika counter --><script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym"); ym(12345678, "init", {{clickmap:true}});</script><!-- /Yandex.Metrika counter -->
</body>
</html>
'''
    return html, b.truth()


@page("ru-news-festival", "https://kamskiy-vestnik.ru/society/2024/01/22/ledovyj-festival-na-naberezhnoj", "ru",
      kind="modern Russian news site: Telegram subscribe promo and 'Читайте также' between paragraphs, embedded Telegram post, tags, recommendations")
def ru_news():
    b = Body()
    b.p("На набережной Камска в субботу открылся ледовый фестиваль «Зимняя сказка». В этом году мастера из девяти регионов вырезали более сорока скульптур, а центральной композицией стала шестиметровая копия старой пожарной каланчи, которая сто лет назад стояла на этом самом месте.")
    b.p("Работы над фигурами шли почти две недели. Лёд для них заготавливали на озере под Камском: из-за тёплого начала зимы сделать это удалось только в первых числах января, и организаторы всерьёз опасались, что фестиваль придётся перенести.")
    b.raw('<div class="promo-telegram"><a href="https://t.me/kamskiy_vestnik" target="_blank" rel="noopener">Подписывайтесь на «Камский вестник» в Telegram — там все главные новости города</a></div>')
    b.p("«Лёд получился отличный, прозрачный, без пузырей. С таким работать — одно удовольствие», — рассказал скульптор из Екатеринбурга Андрей Корнилов, который участвует в фестивале уже в пятый раз. Его композиция «Рыбаки» заняла первое место по итогам голосования жюри.")
    b.raw('<div class="read-also-inline"><span>Читайте также:</span> <a href="/society/2024/01/10/katok-v-centralnom-parke">В Центральном парке открылся бесплатный каток</a></div>')
    b.p("Для детей на набережной построили ледяную горку длиной двадцать пять метров и лабиринт. Вечером скульптуры подсвечиваются, а по выходным работает ярмарка с горячим чаем и выпечкой.")
    b.add('<div class="embed embed--telegram"><blockquote class="telegram-post" data-telegram-post="kamsk_admin/4521"><div class="telegram-post__text">Ледовый городок на набережной будет работать до 25 февраля, если позволит погода. Вход свободный. Просим родителей присматривать за детьми на горке!</div><div class="telegram-post__author">Администрация Камска</div></blockquote></div>',
          "Ледовый городок на набережной будет работать до 25 февраля, если позволит погода. Вход свободный. Просим родителей присматривать за детьми на горке!")
    b.p("В прошлом году фестиваль посетили около 60 тысяч человек. В этом году организаторы рассчитывают на больший поток: впервые туристические агентства Перми и Ижевска включили Камск в маршруты выходного дня.")
    title = "На набережной Камска открылся ледовый фестиваль"
    html = f'''<!DOCTYPE html>
<html lang="ru" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{title} — Камский вестник</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Мастера из девяти регионов вырезали более сорока скульптур. Фестиваль продлится до конца февраля.">
<link rel="canonical" href="https://kamskiy-vestnik.ru/society/2024/01/22/ledovyj-festival-na-naberezhnoj">
{og(title, "Мастера из девяти регионов вырезали более сорока скульптур.", "https://kamskiy-vestnik.ru/society/2024/01/22/ledovyj-festival-na-naberezhnoj", "Камский вестник", "https://kamskiy-vestnik.ru/media/festival.jpg", locale="ru_RU")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-01-22T11:30:00+05:00", "author": {"@type": "Person", "name": "Дарья Лапина"}, "publisher": {"@type": "Organization", "name": "Камский вестник"}})}
<link rel="stylesheet" href="/static/main.css?v=41">
<script async src="https://yandex.ru/ads/system/context.js"></script>
</head>
<body>
<div class="cookie-alert"><p>Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>.</p><button>Принять</button></div>
<header class="site-header"><a class="logo" href="/">Камский вестник</a><nav class="main-nav"><ul>{links(["Новости", "Общество", "Экономика", "Происшествия", "Спорт", "Культура", "Мнения", "Фото", "Видео"])}</ul></nav></header>
<div class="layout">
<main class="article-page">
<article class="article">
<div class="article__rubric"><a href="/society/">Общество</a></div>
<h1 class="article__title">{title}</h1>
<div class="article__lead">Мастера из девяти регионов вырезали более сорока скульптур. Фестиваль продлится до конца февраля.</div>
<div class="article__meta"><span class="article__author">Дарья Лапина</span> <time datetime="2024-01-22T11:30">22 января 2024, 11:30</time> <span class="article__views">3 412</span></div>
<figure class="article__image"><img src="/media/festival.jpg" alt=""><figcaption>Центральная композиция фестиваля. Фото: Игорь Мальцев / «Камский вестник»</figcaption></figure>
<div class="article__body">
{b.html()}
</div>
<div class="article__tags"><a href="/tags/festival">#фестиваль</a> <a href="/tags/naberezhnaya">#набережная</a> <a href="/tags/zima">#зима</a></div>
<div class="article__share"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a> <a href="#">Одноклассники</a></div>
<div class="article__error">Нашли ошибку? Выделите её и нажмите Ctrl+Enter</div>
</article>
<section class="recommendations"><h2>Рекомендуем</h2><div class="recommendations__list">{"".join(f'<div class="rec-card"><a href="/r/{i}"><img src="/media/r{i}.jpg" alt=""><span class="rec-card__title">{esc(t)}</span></a></div>' for i, t in enumerate(["В Центральном парке открылся бесплатный каток", "Крещенские купания: где окунуться в Камске", "Синоптики обещают морозы до минус тридцати", "Из-за снегопада изменились маршруты автобусов"]))}</div></section>
<div class="yandex-rtb" id="yandex_rtb_R-A-123456-7"></div>
</main>
<aside class="sidebar"><div class="sidebar__block"><h3>Главное</h3><ul>{teasers(["Мэрия утвердила план ремонта дорог на 2024 год", "В Камске открылся новый детский сад на 220 мест", "Пожар на складе тушили четыре часа", "Камские пловцы привезли пять медалей с первенства"])}</ul></div></aside>
</div>
<footer class="site-footer"><p>© 2015–2024 «Камский вестник». Сетевое издание зарегистрировано Роскомнадзором. 18+</p><ul>{links(["О редакции", "Реклама", "Контакты", "Политика конфиденциальности"])}</ul></footer>
</body>
</html>
'''
    return html, b.truth()


@page("ja-old-sentou-sjis", "http://www.geocity-town.jp/furoya_tanbou/diary/matsunoyu.html", "ja", enc="shift_jis",
      kind="old Japanese personal site in Shift_JIS: table layout, <font>, paragraphs as <br><br>, counter, guestbook link")
def ja_old():
    b = Body()
    paras = ["先週の日曜日、子どもの頃から通っていた「松の湯」が、とうとう最後の営業日を迎えました。",
             "松の湯は昭和三十四年創業。私が初めて行ったのは小学生のときで、父に連れられて、番台のおばあちゃんにキャラメルをもらったのをよく覚えています。富士山ではなく、なぜか瀬戸内海の島が描かれたペンキ絵が名物で、常連さんの間では「あの島はどこなのか」という話題が何十年も続いていました。",
             "最終日は開店の午後三時前から長い行列ができていました。近所のお年寄りから、わざわざ遠くから来たという若い人たちまで、みんなで順番に湯船につかって、ゆっくりと名残を惜しんでいました。三代目の店主の田村さんは、いつもと変わらない様子で番台に座り、一人ひとりに「長い間ありがとうございました」と声をかけていました。",
             "閉店の理由は、ボイラーの老朽化と燃料費の値上がり、そして利用者の減少だそうです。田村さんによると、一番多かった頃は一日に五百人近くが来ていたのに、最近は八十人ほどだったとのこと。「続けたい気持ちはあったけれど、もう限界でした」と寂しそうに話していました。",
             "例のペンキ絵の島については、最後に田村さんが教えてくれました。先代が若い頃に新婚旅行で行った島を、絵師さんに頼んで描いてもらったのだそうです。長年の謎が、最後の日に解けました。",
             "この町から銭湯がまた一つ消えてしまいました。残っているのは駅の向こうの「富士見湯」だけです。皆さんも、お近くの銭湯がまだあるうちに、ぜひ足を運んでみてください。"]
    b.brtext(paras, sep="<br>\n<br>\n")
    title = "松の湯、最後の日"
    html = f'''<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<META NAME="keywords" CONTENT="銭湯,松の湯,閉店,日記">
<TITLE>ぶらり銭湯探訪 - {title}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#333333" LINK="#0000CC" VLINK="#663399">
<CENTER>
<TABLE WIDTH="720" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD COLSPAN="2" BGCOLOR="#336699" ALIGN="CENTER"><FONT COLOR="#FFFFFF" SIZE="5"><B>ぶらり銭湯探訪</B></FONT><BR><FONT COLOR="#FFFFFF" SIZE="2">〜町の銭湯をめぐる日記〜</FONT></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="TOP" BGCOLOR="#E8EEF4">
<FONT SIZE="2">
<BR>■<A HREF="../index.html">トップ</A><BR>
■<A HREF="index.html">銭湯日記</A><BR>
■<A HREF="../list.html">訪問した銭湯一覧</A><BR>
■<A HREF="../map.html">銭湯マップ</A><BR>
■<A HREF="../profile.html">プロフィール</A><BR>
■<A HREF="../link.html">リンク</A><BR>
■<A HREF="http://bbs.geocity-town.jp/furoya/">掲示板</A><BR>
<BR>
あなたは<BR><IMG SRC="http://counter.geocity-town.jp/cgi-bin/count.cgi?id=furoya" ALT="カウンター"><BR>人目のお客様です<BR>
</FONT>
</TD>
<TD WIDTH="570" VALIGN="TOP">
<TABLE WIDTH="100%" CELLPADDING="12"><TR><TD>
<FONT SIZE="2"><A HREF="index.html">銭湯日記</A> &gt; {title}</FONT><BR><BR>
<FONT SIZE="4" COLOR="#336699"><B>{title}</B></FONT><BR>
<FONT SIZE="2" COLOR="#666666">2009年3月15日（日）</FONT>
<HR SIZE="1" COLOR="#CCCCCC">
<CENTER><IMG SRC="img/matsunoyu.jpg" WIDTH="400" HEIGHT="300" ALT="松の湯"><BR><FONT SIZE="2">最終日の松の湯。のれんが外される直前です。</FONT></CENTER><BR>
<FONT SIZE="3">
{b.html("")}
</FONT>
<HR SIZE="1" COLOR="#CCCCCC">
<FONT SIZE="2">
<A HREF="fujimiyu.html">&lt;&lt; 前の日記</A>　｜　<A HREF="index.html">日記の目次</A>　｜　<A HREF="takenoyu.html">次の日記 &gt;&gt;</A><BR><BR>
感想などは<A HREF="http://bbs.geocity-town.jp/furoya/">掲示板</A>へどうぞ。
</FONT>
</TD></TR></TABLE>
</TD>
</TR>
<TR><TD COLSPAN="2" BGCOLOR="#336699" ALIGN="CENTER"><FONT COLOR="#FFFFFF" SIZE="1">Copyright (C) 2002-2009 ぶらり銭湯探訪 All Rights Reserved.<BR>このサイトの文章・画像の無断転載を禁じます。</FONT></TD></TR>
</TABLE>
</CENTER>
</BODY>
</HTML>
'''
    return html, b.truth()


@page("ja-news-tetsudo", "https://www.minato-shimbun.jp/article/20240611-OYT1T50112/", "ja",
      kind="modern Japanese news: short paragraphs, 関連記事 inline, SNS share, ranking rail with many headlines, premium promo")
def ja_news():
    b = Body()
    b.ps(["北浜電鉄は１０日、沿線の人口減少で利用者が落ち込んでいる山之辺線に、来年春から新型の電気式気動車を導入すると発表した。導入は２両編成の４本で、現在走っている車両の半数以上を置き換える。",
          "新型車両はディーゼルエンジンで発電した電気でモーターを動かす方式で、従来の車両に比べて燃料の消費量を約２割減らせるという。車内には車いすスペースと大型の荷物置き場を設け、沿線の観光地を訪れる旅行者の利用も見込む。",
          "山之辺線は全長約４２キロ。１日の平均利用者数は、ピークだった１９９０年代の約３分の１にあたる２１００人ほどにまで減っている。同社は昨年、沿線の自治体と利用促進の協議会をつくり、駅の無人化や運行本数の見直しを進めてきた。"])
    b.raw('<div class="article-related-inline"><p class="title">関連記事</p><ul><li><a href="/article/20231102-OYT1T50088/">北浜電鉄、山之辺線の存続へ協議会設立　沿線５市町と</a></li></ul></div>')
    b.ps(["記者会見した同社の中村浩二社長は「鉄道は地域の大切な足であり、観光の入り口でもある。新しい車両をきっかけに、多くの人に乗ってもらいたい」と話した。",
          "新型車両の導入費用は約２４億円で、国と県、沿線自治体が一部を補助する。同社は車両の外観デザインを一般から募集する方針で、７月にも詳細を発表する。"])
    title = "山之辺線に新型車両、来春導入へ　燃料消費２割減"
    html = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{title} : 地域 : ニュース : みなと新聞オンライン</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="北浜電鉄は１０日、山之辺線に来年春から新型の電気式気動車を導入すると発表した。">
<link rel="canonical" href="https://www.minato-shimbun.jp/article/20240611-OYT1T50112/">
{og(title, "北浜電鉄は１０日、山之辺線に来年春から新型の電気式気動車を導入すると発表した。", "https://www.minato-shimbun.jp/article/20240611-OYT1T50112/", "みなと新聞オンライン", "https://www.minato-shimbun.jp/media/2024/06/train.jpg", locale="ja_JP")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-06-11T05:00:00+09:00", "publisher": {"@type": "Organization", "name": "みなと新聞社"}, "isAccessibleForFree": True})}
<link rel="stylesheet" href="/assets/css/article.css?20240601">
</head>
<body class="p-article">
<div class="c-consent" id="consent"><p>当サイトでは、サービス向上のためにCookieを利用しています。「同意する」をクリックすると、Cookieの利用に同意したものとみなします。詳しくは<a href="/policy/cookie/">Cookieポリシー</a>をご覧ください。</p><button>同意する</button></div>
<header class="l-header"><div class="l-header__logo"><a href="/">みなと新聞オンライン</a></div><ul class="l-header__menu">{links(["ニュース", "地域", "経済", "スポーツ", "くらし", "エンタメ", "社説", "動画", "会員登録"], cls="l-header__item")}</ul><a class="l-header__login" href="/login/">ログイン</a></header>
<div class="l-contents">
<main class="l-main">
<div class="c-breadcrumb"><a href="/">トップ</a> &gt; <a href="/news/">ニュース</a> &gt; <a href="/local/">地域</a></div>
<article class="p-article__wrap">
<h1 class="p-article__title">{title}</h1>
<div class="p-article__date"><time datetime="2024-06-11T05:00">2024/06/11 05:00</time></div>
<ul class="c-sns-share"><li class="c-sns-share__x"><a href="#">ポスト</a></li><li class="c-sns-share__fb"><a href="#">シェア</a></li><li class="c-sns-share__line"><a href="#">LINEで送る</a></li><li class="c-sns-share__bookmark"><a href="#">保存</a></li></ul>
<figure class="p-article__photo"><img src="/media/2024/06/train.jpg" alt=""><figcaption>新型車両のイメージ（北浜電鉄提供）</figcaption></figure>
<div class="p-article__body">
{b.html()}
</div>
<div class="p-article__premium-promo"><p>みなと新聞オンラインの会員になると、地域のニュースや特集記事がすべて読めます。</p><a href="/subscribe/">今すぐ登録（初月無料）</a></div>
<div class="p-article__tags"><a href="/tag/railway/">鉄道</a><a href="/tag/kitahama/">北浜電鉄</a></div>
</article>
<section class="p-related"><h2 class="c-heading">あわせて読みたい</h2><ul>{teasers(["北浜電鉄、山之辺線の存続へ協議会設立　沿線５市町と", "ローカル線の観光列車、乗車率９割超え　地元食材の弁当が人気", "駅舎を図書館に　無人駅の活用広がる", "バス路線の再編案まとまる　来年４月から"])}</ul></section>
</main>
<aside class="l-side"><section class="c-ranking"><h2 class="c-heading">アクセスランキング</h2><ol>{teasers(["梅雨入り、平年より３日遅く　気象台発表", "市役所新庁舎、２０２７年完成へ　設計案を公表", "高校野球県大会の組み合わせ決まる", "人気ラーメン店が移転オープン　行列２００メートル", "山之辺線に新型車両、来春導入へ　燃料消費２割減", "花火大会、今年は規模を縮小して開催", "県内の空き家、過去最多の５万戸に", "港の朝市、３０周年で記念イベント", "小学校の統合案に保護者から反対意見", "路線価、３年連続で上昇"])}</ol></section><div class="c-ad"><span>広告</span></div></aside>
</div>
<footer class="l-footer"><ul>{links(["会社案内", "お問い合わせ", "利用規約", "個人情報保護方針", "著作権について", "広告掲載"])}</ul><p>みなと新聞オンラインに掲載の記事・写真・図表などの無断転載を禁止します。著作権はみなと新聞社またはその情報提供者に属します。</p><p>Copyright &copy; The Minato Shimbun.</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("zh-divbr-gongjiao-gbk", "http://news.qingxi-online.com.cn/system/2023/11/08/030412876.shtml", "zh", enc="gbk",
      kind="Chinese portal in GBK: text as full-width-indented lines separated by <br><br> in a div, editor line, dense link lists")
def zh_divbr():
    b = Body()
    paras = ["本网讯（记者 李晓燕）11月7日上午，青溪市首条城乡公交环线——1路环线正式开通运营。该线路全长约48公里，串联起市区、高铁站和沿线6个乡镇的23个行政村，沿途设站点61个，全程票价2元。",
             "据市交通运输局相关负责人介绍，过去沿线不少村庄只有早晚两班客车，村民进城看病、买东西很不方便。新线路开通后，发车间隔为30分钟，首班车6时，末班车19时，基本满足群众日常出行需要。",
             "当天上午，记者在梅岭镇站看到，不少村民早早就在站台等候。今年68岁的王大爷说：“以前去市医院要先走到镇上，再转两趟车，现在家门口就能坐车，一个多小时就到了，太方便了。”",
             "据了解，此次投入运营的16辆公交车均为新能源纯电动车，车内配备了空调、监控和老年人专座。为方便乘客，线路同步接入了“青溪出行”手机应用，市民可实时查询车辆到站信息，并可使用手机扫码乘车。",
             "下一步，青溪市将根据客流情况优化线路和班次，并计划于明年再开通两条城乡公交线路，力争实现全市行政村公交通达率百分之百。"]
    b.brtext(["\u3000\u3000" + p for p in paras], sep="<br>\n<br>\n")
    b.lines[-len(paras):] = paras
    title = "青溪市首条城乡公交环线开通 串联6个乡镇23个村"
    nav = " | ".join(f'<a href="http://www.qingxi-online.com.cn/{i}/">{t}</a>' for i, t in enumerate(["首页", "新闻", "青溪", "国内", "国际", "财经", "房产", "汽车", "教育", "健康", "旅游", "论坛", "视频"]))
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}_青溪新闻_青溪在线</title>
<meta name="keywords" content="青溪,公交,城乡公交,环线" />
<meta name="description" content="11月7日上午，青溪市首条城乡公交环线——1路环线正式开通运营。" />
<link href="http://www.qingxi-online.com.cn/css/news_content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.qingxi-online.com.cn/js/jquery.js"></script>
</head>
<body>
<div class="topbar"><div class="w980"><span class="fl">欢迎访问青溪在线！</span><span class="fr"><a href="http://passport.qingxi-online.com.cn/login">登录</a> | <a href="http://passport.qingxi-online.com.cn/reg">注册</a> | <a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';">设为首页</a> | <a href="javascript:void(0)">加入收藏</a></span></div></div>
<div class="header w980"><a href="http://www.qingxi-online.com.cn/"><img src="http://www.qingxi-online.com.cn/images/logo.gif" alt="青溪在线" /></a><div class="ad_top"><a href="http://ad.qingxi-online.com.cn/c?id=41"><img src="http://ad.qingxi-online.com.cn/img/banner_640x60.jpg" alt="" /></a></div></div>
<div class="nav w980">{nav}</div>
<div class="w980 main">
<div class="left_box">
<div class="position">您当前的位置 ：<a href="http://www.qingxi-online.com.cn/">青溪在线</a> &gt; <a href="http://news.qingxi-online.com.cn/">新闻中心</a> &gt; <a href="http://news.qingxi-online.com.cn/qingxi/">青溪新闻</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">2023-11-08 08:32:15　来源：青溪日报　作者：李晓燕　<span>【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div>
<div class="content" id="content">
<div align="center"><img src="http://img.qingxi-online.com.cn/2023/11/08/bus.jpg" border="0" /></div>
<div align="center"><font color="#666666">新开通的1路环线公交车停靠在梅岭镇站。记者 张伟 摄</font></div>
<br>
{b.html("")}
</div>
<div class="editor">（责任编辑：陈静）</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关新闻</h3><ul>{teasers(["我市新增20辆新能源公交车投入运营", "高铁站至市区快速公交线路调整通知", "梅岭镇乡村振兴示范带建设进展顺利", "青溪出行APP新增扫码乘车功能", "我市农村公路建设三年行动计划发布", "冬季公交运营时刻表调整"])}</ul></div>
<div class="statement">声明：凡注明来源“青溪在线”的作品，版权均属青溪在线所有，未经授权不得转载、摘编或利用其它方式使用上述作品。</div>
</div>
</div>
<div class="right_box">
<div class="box"><h3>今日热点</h3><ul>{teasers(["青溪一中举行秋季运动会", "市区部分路段今起实行单向通行", "青溪特产橘子迎来丰收季", "市图书馆新馆预计明年开放", "我市启动冬季供暖准备工作", "青溪至省城高速公路完成扩建", "市民广场周末将举办美食节", "全市中小学开展消防安全演练"])}</ul></div>
<div class="box"><h3>图片新闻</h3><ul><li><a href="#"><img src="http://img.qingxi-online.com.cn/pic1.jpg" /><br />秋色正浓</a></li><li><a href="#"><img src="http://img.qingxi-online.com.cn/pic2.jpg" /><br />古村新貌</a></li></ul></div>
<div class="ad_right"><img src="http://ad.qingxi-online.com.cn/img/250x250.jpg" alt="广告" /></div>
</div>
</div>
<div class="footer w980"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">网站地图</a> | <a href="#">版权声明</a></p><p>青溪在线 版权所有 Copyright &copy; 2003-2023 All Rights Reserved</p><p>互联网新闻信息服务许可证：33120230001　<a href="http://beian.miit.gov.cn">浙ICP备12345678号</a></p></div>
<script type="text/javascript">var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?abcdef0123456789";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</body>
</html>
'''
    return html, b.truth()


@page("zh-news-guzhen", "https://www.dongnan-ribao.cn/culture/2024-05/17/content_8812345.html", "zh",
      kind="modern Chinese news: <p> with full-width indentation, editor/source lines, '相关阅读' and long '热点推荐' lists, QR share")
def zh_news():
    b = Body()
    paras = ["经过近三年的保护性修缮，有着六百多年历史的桐溪古镇于5月16日重新向游客开放。修缮后的古镇保留了原有的街巷格局和明清建筑风貌，同时完善了排水、消防和游客服务设施。",
             "桐溪古镇位于两条河流交汇处，历史上是重要的水陆码头，现存明清古建筑一百二十余处。由于年久失修，部分老宅出现梁柱腐朽、屋面漏雨等问题，2021年起，当地启动了古镇整体保护修缮工程。",
             "“修缮的原则是‘修旧如旧’，能保留的构件尽量保留，必须更换的也要用传统材料和工艺。”项目负责人、古建筑专家周建国介绍，施工中共修复老宅八十六栋，更换腐朽木构件三千余件，所用青砖、小瓦大多从周边拆除的老房子中回收而来。",
             "值得一提的是，修缮过程中并没有把原住民迁出。目前仍有约四百户居民生活在古镇内，不少人家在自家老宅里开起了茶馆、手工作坊和民宿。“房子修好了，住着更舒服，游客来了还能增加点收入。”在古镇经营竹编作坊的村民刘大姐说。",
             "据介绍，为避免过度商业化，古镇对新开商铺实行业态准入管理，优先引入非遗手工艺、传统小吃等项目，并限制同类商铺的数量。节假日期间，古镇还将实行游客预约和限流措施。"]
    b.ps(["\u3000\u3000" + p for p in paras])
    b.lines[-len(paras):] = paras
    title = "修缮近三年 六百年桐溪古镇重新开放"
    hot = ["全省高考报名人数创历史新高", "夏季用电高峰来临 电网负荷持续攀升", "多地出台政策支持新能源汽车下乡", "端午假期出行预测发布", "省博物馆推出夜间开放活动",
           "新一轮城市更新项目清单公布", "今年首个台风生成 或影响东南沿海", "乡村旅游持续升温 民宿预订量大增", "全国首条跨海高铁进入联调联试", "非遗传承人走进校园"]
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_文化_东南日报网</title>
<meta name="keywords" content="桐溪古镇,古建筑,修缮,文旅">
<meta name="description" content="经过近三年的保护性修缮，有着六百多年历史的桐溪古镇于5月16日重新向游客开放。">
<meta name="author" content="东南日报">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/content.css">
</head>
<body>
<div class="top-nav"><div class="wrap"><a href="/">东南日报网</a><ul>{links(["首页", "时政", "经济", "社会", "文化", "教育", "体育", "图片", "视频", "专题"])}</ul></div></div>
<div class="wrap main">
<div class="main-left">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/culture/">文化</a> &gt; 正文</div>
<div class="article-box">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span class="time">2024-05-17 07:45</span><span class="source">来源：东南日报</span><span class="author">记者：吴晓梅 通讯员：方宁</span></div>
<div class="article-content" id="detail">
<p style="text-align:center"><img src="/images/2024-05/17/guzhen.jpg" alt="桐溪古镇"></p>
<p style="text-align:center;color:#666">修缮后的桐溪古镇老街。 记者 高峰 摄</p>
{b.html()}
</div>
<div class="article-editor">责任编辑：孙丽</div>
<div class="article-share">分享到：<a class="share-wx" href="#">微信</a><a class="share-wb" href="#">微博</a><div class="qrcode"><img src="/qr/8812345.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>
<div class="correction"><a href="/jiucuo/">【纠错】</a></div>
</div>
<div class="xgyd"><h3>相关阅读</h3><ul>{teasers(["古建筑修缮技艺培训班开班", "我省公布第三批历史文化名镇名单", "古镇旅游如何避免“千镇一面”", "老街改造让居民生活更美好"])}</ul></div>
</div>
<div class="main-right">
<div class="rdtj"><h3>热点推荐</h3><ul>{teasers(hot)}</ul></div>
<div class="tpxw"><h3>图片新闻</h3><ul><li><a href="#"><img src="/p/1.jpg" alt=""><span>初夏荷花开</span></a></li><li><a href="#"><img src="/p/2.jpg" alt=""><span>麦收时节</span></a></li></ul></div>
</div>
</div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a></p><p>东南日报网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 2024 by www.dongnan-ribao.cn. all rights reserved</p></div>
</body>
</html>
'''
    return html, b.truth()


@page("ko-news-cheongnyeonmol", "https://news.haesol-ilbo.co.kr/article/2024031210442", "ko",
      kind="Korean news: body text as <br><br> inside article div, reporter e-mail and copyright line inside the same div, many ranking lists")
def ko_news():
    b = Body()
    paras = ["해솔시 중앙전통시장 2층에 청년 상인들이 운영하는 '청년몰'이 문을 연 지 1년 만에 입점 점포가 두 배로 늘었다.",
             "해솔시는 지난해 3월 빈 점포로 방치돼 있던 시장 2층을 리모델링해 청년몰을 조성했다. 처음 8개였던 점포는 현재 17개로 늘었고, 수제 디저트와 공방, 반찬가게, 꽃집 등 업종도 다양해졌다. 주말이면 젊은 방문객이 몰리면서 1층 기존 상인들의 매출도 함께 오르는 효과를 보고 있다.",
             "시장 상인회에 따르면 청년몰 개장 이후 시장을 찾는 20~30대 방문객은 이전보다 40% 가까이 증가했다. 40년째 시장에서 떡집을 운영하는 김순자(67) 씨는 \"예전에는 손님이 대부분 어르신이었는데 요즘은 젊은 사람들이 사진도 찍고 떡도 사 간다\"며 \"시장에 활기가 돌아 좋다\"고 말했다.",
             "청년 상인들은 임대료 부담이 적은 점을 가장 큰 장점으로 꼽는다. 시는 입점 후 2년 동안 임대료의 80%를 지원하고, 창업 교육과 마케팅 컨설팅도 제공한다. 수제 잼 가게를 운영하는 이하늘(29) 씨는 \"혼자 가게를 열었다면 엄두도 못 냈을 것\"이라며 \"옆 가게 사장님들과 함께 행사를 기획하는 것도 큰 힘이 된다\"고 했다.",
             "다만 과제도 남아 있다. 지난 1년 사이 3개 점포가 매출 부진으로 문을 닫았고, 평일 낮에는 여전히 방문객이 적다. 시는 올해 하반기부터 평일 야시장과 체험 프로그램을 운영해 방문객을 늘린다는 계획이다."]
    b.brtext(paras, sep="<br><br>\n")
    b.raw("박지훈 기자 jhpark@haesol-ilbo.co.kr<br><br>\n&lt;저작권자 &copy; 해솔일보, 무단 전재 및 재배포 금지&gt;")
    title = "전통시장 2층 청년몰, 1년 만에 점포 두 배로"
    html = f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - 해솔일보</title>
<meta name="description" content="해솔시 중앙전통시장 2층에 청년 상인들이 운영하는 청년몰이 문을 연 지 1년 만에 입점 점포가 두 배로 늘었다.">
<link rel="canonical" href="https://news.haesol-ilbo.co.kr/article/2024031210442">
{og(title, "해솔시 중앙전통시장 2층 청년몰이 문을 연 지 1년 만에 입점 점포가 두 배로 늘었다.", "https://news.haesol-ilbo.co.kr/article/2024031210442", "해솔일보", "https://cdn.haesol-ilbo.co.kr/news/photo/202403/10442_1.jpg", locale="ko_KR")}
<meta property="article:published_time" content="2024-03-12T10:44:00+09:00">
<link rel="stylesheet" href="/css/article.css?v=20240301">
</head>
<body>
<div id="user-wrap">
<header id="user-header"><div class="header-top"><a class="logo" href="/">해솔일보</a><ul class="gnb">{links(["전체기사", "정치", "경제", "사회", "지역", "문화", "스포츠", "오피니언", "포토"], cls="gnb-item")}</ul><div class="util"><a href="/member/login">로그인</a> <a href="/member/join">회원가입</a></div></div></header>
<div id="user-container"><div class="user-content">
<section class="article-view">
<header class="article-view-header"><div class="breadcrumbs"><a href="/">홈</a> &gt; <a href="/news/local">지역</a></div><h1 class="heading">{title}</h1><h2 class="subheading">시 임대료 80% 지원…기존 상인 매출도 동반 상승<br>평일 방문객 적어 야시장 등 추진</h2>
<ul class="infomation"><li><i class="icon-user"></i> 박지훈 기자</li><li><i class="icon-clock"></i> 승인 2024.03.12 10:44</li><li>댓글 2</li></ul>
<div class="article-utils"><button class="btn-share">공유</button><button class="btn-font">글씨키우기</button><button class="btn-print">인쇄</button></div></header>
<div class="article-body" id="article-view-content-div" itemprop="articleBody">
<figure class="photo-layout"><img src="https://cdn.haesol-ilbo.co.kr/news/photo/202403/10442_1.jpg" alt=""><figcaption>해솔시 중앙전통시장 2층 청년몰을 찾은 방문객들. 사진=해솔시 제공</figcaption></figure>
{b.html("")}
</div>
<div class="article-copy">저작권자 &copy; 해솔일보 무단전재 및 재배포 금지</div>
<div class="writer-info"><div class="profile"><strong>박지훈 기자</strong><p>다른기사 보기</p></div></div>
<div class="tag-group"><a href="/tags/청년몰">#청년몰</a> <a href="/tags/전통시장">#전통시장</a> <a href="/tags/해솔시">#해솔시</a></div>
</section>
<section class="comment-area"><h3>댓글 2</h3><div class="comment-item"><span class="nick">시장단골</span><p>주말에 가봤는데 정말 사람 많더라고요. 평일에도 잘 됐으면 좋겠네요.</p></div><div class="comment-item"><span class="nick">해솔시민</span><p>임대료 지원 끝나고도 버틸 수 있을지가 관건이겠죠.</p></div></section>
</div>
<aside class="user-aside"><section class="auto-article"><h3>많이 본 뉴스</h3><ol>{teasers(["해솔시 버스 노선 개편안 확정…4월부터 시행", "벚꽃축제 일정 발표…올해는 일주일 앞당겨", "해솔대 신입생 충원율 소폭 상승", "도심 공원 야간 조명 교체 완료", "시청 앞 광장 주말 차 없는 거리 운영", "해솔FC 개막전 승리…홈 관중 1만명"])}</ol></section><section class="auto-article"><h3>포토뉴스</h3><ul>{teasers(["봄맞이 대청소", "매화 활짝", "어시장 새벽 풍경"])}</ul></section></aside>
</div>
<footer id="user-footer"><ul class="footer-menu">{links(["회사소개", "광고문의", "제휴문의", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부"])}</ul><address>해솔일보 | 해솔시 중앙로 100 | 대표전화 031-555-0100 | 등록번호 경기 아00123 | 발행인·편집인 최민수</address><p class="copyright">Copyright &copy; 2024 해솔일보. All rights reserved.</p></footer>
</div>
</body>
</html>
'''
    return html, b.truth()


@page("ar-news-maktaba", "https://www.alwaha-news.com/local/2024/04/08/mobile-library-villages", "ar",
      kind="Arabic RTL news: dir=rtl, 'اقرأ أيضا' inline links, ad slots, share bar, most-read list, newsletter box")
def ar_news():
    b = Body()
    b.p("انطلقت صباح الأحد أول حافلة مكتبة متنقلة في محافظة الواحة، في مبادرة تهدف إلى إيصال الكتب إلى القرى البعيدة التي لا تتوفر فيها مكتبات عامة. وتحمل الحافلة أكثر من ثلاثة آلاف كتاب للأطفال والكبار، إلى جانب ركن صغير للقراءة مزود بمقاعد وإضاءة.")
    b.p("وستزور الحافلة اثنتي عشرة قرية بشكل دوري، بمعدل زيارة كل أسبوعين لكل قرية، حيث يمكن للسكان استعارة الكتب مجانا وإعادتها في الزيارة التالية. كما ستنظم خلال جولاتها ورشا للقراءة والرسم لطلاب المدارس الابتدائية.")
    b.raw('<div class="read-also"><span class="read-also__label">اقرأ أيضا:</span> <a href="/local/2024/03/21/new-schools-south">افتتاح ثلاث مدارس جديدة في قرى الجنوب</a></div>')
    b.p("وقالت مديرة المكتبة العامة في الواحة، سلمى العبيدي، إن الفكرة جاءت بعد دراسة أظهرت أن نحو ثلثي الأطفال في القرى الجنوبية لم يزوروا مكتبة في حياتهم. وأضافت: \"الكتاب يجب أن يذهب إلى الناس إذا كان الناس لا يستطيعون الذهاب إليه\".")
    b.raw('<div class="ad-slot ad-slot--inarticle"><span>إعلان</span><div id="div-gpt-ad-inarticle-1"></div></div>')
    b.p("وتم تمويل المشروع بالشراكة بين بلدية المحافظة وعدد من الجمعيات الأهلية، فيما تبرعت دور نشر محلية بجزء كبير من الكتب. ويعمل على الحافلة موظفان من المكتبة العامة، إلى جانب متطوعين من طلاب الجامعة.")
    b.p("وفي قرية العين الصغرى، أولى محطات الحافلة، تجمع عشرات الأطفال منذ الساعات الأولى من الصباح. وقال أحد أولياء الأمور إن أقرب مكتبة تبعد عن القرية أكثر من أربعين كيلومترا، وإن أبناءه كانوا يعتمدون على الكتب المدرسية فقط.")
    b.p("وتعتزم البلدية إضافة حافلة ثانية العام المقبل في حال نجاح التجربة، لتشمل الجولات قرى المنطقة الشرقية أيضا.")
    title = "مكتبة متنقلة تجوب قرى الجنوب لإيصال الكتب إلى الأطفال"
    html = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{title} | أخبار الواحة</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="انطلقت أول حافلة مكتبة متنقلة في محافظة الواحة تحمل أكثر من ثلاثة آلاف كتاب.">
<link rel="canonical" href="https://www.alwaha-news.com/local/2024/04/08/mobile-library-villages">
{og(title, "انطلقت أول حافلة مكتبة متنقلة في محافظة الواحة تحمل أكثر من ثلاثة آلاف كتاب.", "https://www.alwaha-news.com/local/2024/04/08/mobile-library-villages", "أخبار الواحة", "https://www.alwaha-news.com/img/library-bus.jpg", locale="ar_AR")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-04-08T09:15:00+03:00", "author": {"@type": "Person", "name": "ريم الحسن"}, "publisher": {"@type": "Organization", "name": "أخبار الواحة"}, "inLanguage": "ar"})}
<link rel="stylesheet" href="/assets/css/rtl.min.css">
</head>
<body class="rtl single-article">
<div class="cookies-notice"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.</p><button>موافق</button></div>
<header class="site-header"><a class="logo" href="/">أخبار الواحة</a><nav class="main-menu"><ul>{links(["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "صحة", "منوعات", "فيديو"])}</ul></nav><div class="header-date">الاثنين 8 أبريل 2024</div></header>
<main class="content-area">
<article class="post">
<div class="post-category"><a href="/local">محليات</a></div>
<h1 class="post-title">{title}</h1>
<div class="post-meta"><span class="post-author">ريم الحسن</span> <span class="post-date">08 أبريل 2024 - 09:15 ص</span></div>
<div class="post-share"><a href="#" class="share-facebook">فيسبوك</a><a href="#" class="share-x">إكس</a><a href="#" class="share-whatsapp">واتساب</a><a href="#" class="share-telegram">تيليجرام</a></div>
<figure class="post-thumbnail"><img src="/img/library-bus.jpg" alt=""><figcaption>أطفال يتصفحون الكتب داخل الحافلة في قرية العين الصغرى</figcaption></figure>
<div class="post-content">
{b.html()}
</div>
<div class="post-tags"><span>الوسوم:</span> <a href="/tag/libraries">مكتبات</a> <a href="/tag/education">تعليم</a> <a href="/tag/villages">القرى</a></div>
</article>
<section class="related-posts"><h3>أخبار ذات صلة</h3><ul>{teasers(["افتتاح ثلاث مدارس جديدة في قرى الجنوب", "مهرجان القراءة للأطفال ينطلق الشهر المقبل", "البلدية تطلق برنامجا لتأهيل الطرق الريفية", "جامعة الواحة تفتح باب التطوع لطلابها"])}</ul></section>
<div class="newsletter"><h3>النشرة البريدية</h3><p>اشترك ليصلك أهم الأخبار يوميا على بريدك الإلكتروني</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>
</main>
<aside class="sidebar"><div class="widget most-read"><h3>الأكثر قراءة</h3><ol>{teasers(["ارتفاع درجات الحرارة بداية من الأربعاء", "إغلاق مؤقت لطريق الساحل بسبب أعمال الصيانة", "فريق الواحة يتأهل إلى نصف نهائي الكأس", "افتتاح سوق رمضاني في وسط المدينة", "وزارة الصحة تطلق حملة تطعيم جديدة"])}</ol></div><div class="widget ad"><span>إعلان</span></div></aside>
<footer class="site-footer"><ul>{links(["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"])}</ul><p>جميع الحقوق محفوظة © أخبار الواحة 2024</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("tr-haber-cinar-reklam", "https://www.egekiyisigazetesi.com.tr/yasam/yesilovada-600-yillik-cinar-koruma-altina-alindi-h48213.html", "tr",
      kind="Turkish news split into paragraph blocks by ad slots (every one or two paragraphs), Turkish class names (haber-metni, reklam-alani, ilgili-haberler, yorumlar)")
def tr_news():
    b = Body()
    AD = '<div class="reklam-alani reklam-alani--icerik"><span class="reklam-alani__etiket">Reklam</span><div id="div-gpt-ad-icerik-{n}" style="min-height:250px"></div></div>'
    blocks = [
        ["Yeşilova ilçesinin Çınarlı Mahallesi'nde bulunan ve yaşının 600'ü aştığı tahmin edilen dev çınar ağacı, Kültür Varlıklarını Koruma Bölge Kurulu kararıyla anıt ağaç olarak tescil edildi."],
        ["Gövde çevresi 11 metreyi, yüksekliği ise 28 metreyi bulan ağaç, yüzyıllardır mahalle meydanının ortasında duruyor. Ağacın gölgesinde kurulan kahvehane ve hafta sonları burada toplanan pazar, mahallelinin gündelik hayatının bir parçası haline gelmiş durumda.",
         "Tescil başvurusunu iki yıl önce mahalle muhtarı Hasan Doğan yaptı. Doğan, ağacın çevresinde yapılmak istenen yol genişletme çalışmasının kökleri zarar görebileceği için endişe yarattığını söyledi."],
        ["\"Bu ağaç dedelerimizin dedelerinden kalma. Altında düğünler yapıldı, bayramlaşıldı, çocuklar büyüdü. Ona bir şey olsa mahallenin ruhu gider\" diyen Doğan, kararın mahallede büyük sevinçle karşılandığını ifade etti."],
        ["Anıt ağaç statüsüyle birlikte, ağacın çevresinde kök bölgesine zarar verecek her türlü kazı ve inşaat çalışması izne bağlanacak. Orman Bölge Müdürlüğü ekipleri de ağacın sağlık durumunu düzenli olarak kontrol edecek.",
         "Uzmanların yaptığı ilk incelemede ağacın genel olarak sağlıklı olduğu, ancak gövdedeki bir kovuğun zamanla büyüyebileceği tespit edildi. Kovuğun, ağaca zarar vermeyecek özel bir dolgu malzemesiyle kapatılması planlanıyor."],
        ["Yeşilova Belediyesi ise ağacın çevresini düzenleyerek ziyaretçiler için bilgilendirme tabelası yerleştireceğini açıkladı. Belediye, yol genişletme projesini de ağacı etkilemeyecek şekilde yeniden çizeceğini duyurdu."],
    ]
    for i, blk in enumerate(blocks):
        b.raw('<div class="haber-metni__parca">')
        b.ps(blk)
        b.raw('</div>')
        if i < len(blocks) - 1:
            b.raw(AD.format(n=i + 1))
    title = "Yeşilova'da 600 yıllık çınar koruma altına alındı"
    html = f'''<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>{title} - Yaşam Haberleri | Ege Kıyısı Gazetesi</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Yaşının 600'ü aştığı tahmin edilen dev çınar ağacı anıt ağaç olarak tescil edildi.">
<link rel="canonical" href="https://www.egekiyisigazetesi.com.tr/yasam/yesilovada-600-yillik-cinar-koruma-altina-alindi-h48213.html">
{og(title, "Yaşının 600'ü aştığı tahmin edilen dev çınar ağacı anıt ağaç olarak tescil edildi.", "https://www.egekiyisigazetesi.com.tr/yasam/yesilovada-600-yillik-cinar-koruma-altina-alindi-h48213.html", "Ege Kıyısı Gazetesi", "https://www.egekiyisigazetesi.com.tr/uploads/cinar.jpg", locale="tr_TR")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-07-03T14:20:00+03:00", "author": {"@type": "Person", "name": "Elif Kaya"}, "publisher": {"@type": "Organization", "name": "Ege Kıyısı Gazetesi"}})}
<link rel="stylesheet" href="/tema/css/haber-detay.css?v=17">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234567890"></script>
</head>
<body>
<div class="cerez-uyarisi"><p>Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için <a href="/cerez-politikasi">Çerez Politikası</a> sayfamızı inceleyebilirsiniz.</p><button>Kabul Et</button></div>
<div class="ust-reklam reklam-alani"><span class="reklam-alani__etiket">Reklam</span></div>
<header class="site-ust"><a class="logo" href="/">Ege Kıyısı Gazetesi</a><nav class="ana-menu"><ul>{links(["Gündem", "Yaşam", "Ekonomi", "Spor", "Magazin", "Sağlık", "Eğitim", "Yazarlar", "Foto Galeri", "Video"], cls="ana-menu__oge")}</ul></nav><div class="son-dakika"><span>SON DAKİKA</span> <a href="/gundem/h48220.html">Kıyı yolunda trafik düzenlemesi başladı</a></div></header>
<main class="haber-detay">
<div class="haber-detay__kategori"><a href="/yasam">Yaşam</a></div>
<h1 class="haber-detay__baslik">{title}</h1>
<h2 class="haber-detay__spot">Yaşının 600'ü aştığı tahmin edilen dev çınar ağacı, Koruma Kurulu kararıyla anıt ağaç olarak tescil edildi.</h2>
<div class="haber-detay__bilgi"><span class="muhabir">Elif Kaya</span> <span class="tarih">03.07.2024 14:20</span> <span class="guncelleme">Güncelleme: 03.07.2024 15:02</span></div>
<div class="paylas"><a href="#" class="paylas__facebook">Facebook'ta Paylaş</a><a href="#" class="paylas__x">X'te Paylaş</a><a href="#" class="paylas__whatsapp">WhatsApp</a></div>
<figure class="haber-detay__gorsel"><img src="/uploads/cinar.jpg" alt=""><figcaption>Çınarlı Mahallesi'ndeki anıt ağaç. (Fotoğraf: Ege Kıyısı)</figcaption></figure>
<div class="haber-metni">
{b.html()}
</div>
<div class="etiketler"><span>Etiketler:</span> <a href="/etiket/cinar">çınar</a> <a href="/etiket/yesilova">Yeşilova</a> <a href="/etiket/anit-agac">anıt ağaç</a></div>
<section class="ilgili-haberler"><h3 class="ilgili-haberler__baslik">İlgili Haberler</h3><ul>{teasers(["Ege'nin anıt ağaçları fotoğraf sergisinde", "Yeşilova'da yol genişletme çalışması başlıyor", "Orman yangınlarına karşı gönüllü ekipler eğitim aldı", "Tarihi kahvehane restore ediliyor"])}</ul></section>
<section class="yorumlar" id="yorumlar"><h3>Yorumlar (2)</h3><div class="yorum"><strong>Mehmet Y.</strong><p>Çok güzel bir karar, çocukluğumuz o ağacın altında geçti.</p></div><div class="yorum"><strong>Ayşe</strong><p>Keşke diğer eski ağaçlar için de aynısı yapılsa.</p></div><form><textarea placeholder="Yorumunuzu yazın"></textarea><button>Gönder</button></form></section>
</main>
<aside class="yan-sutun"><div class="cok-okunanlar"><h3>Çok Okunanlar</h3><ol>{teasers(["Kıyı yolunda trafik düzenlemesi başladı", "Zeytin hasadı için işçi kayıtları açıldı", "Sahil belediyesinden plaj uyarısı", "Lise öğrencileri robot yarışmasında birinci oldu", "Kuraklık alarmı: Baraj doluluk oranı düştü"])}</ol></div><div class="reklam-alani reklam-alani--yan"><span class="reklam-alani__etiket">Reklam</span></div></aside>
<footer class="site-alt"><ul>{links(["Künye", "İletişim", "Reklam", "Gizlilik Politikası", "KVKK Aydınlatma Metni"])}</ul><p>Copyright © 2024 Ege Kıyısı Gazetesi. Tüm hakları saklıdır. İzinsiz kullanılamaz.</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("vi-tin-lang-gom", "https://vnbaomoi.vn/thoi-su/lang-gom-phu-lang-mo-lop-day-nghe-mien-phi-4781234.html", "vi",
      kind="Vietnamese news (fck_detail-style): p.Normal paragraphs, right-aligned author paragraph and 'Xem thêm' inside the body, heavy sidebars")
def vi_news():
    b = Body()
    P = '<p class="Normal">{}</p>'
    b.ps(["Làng gốm Phú Lãng vừa mở lớp dạy nghề làm gốm miễn phí cho thanh niên trong xã, với mong muốn giữ lại nghề truyền thống đã có hơn 700 năm tuổi đang đứng trước nguy cơ mai một.",
          "Lớp học đầu tiên gồm 24 học viên, phần lớn là thanh niên từ 18 đến 25 tuổi, sẽ kéo dài ba tháng. Học viên được các nghệ nhân lớn tuổi trong làng hướng dẫn từ khâu chọn đất, nhào đất, tạo hình trên bàn xoay đến trang trí và nung sản phẩm trong lò củi.",
          "Ông Nguyễn Văn Thịnh, 71 tuổi, một trong những nghệ nhân đứng lớp, cho biết làng hiện chỉ còn khoảng 30 hộ theo nghề, giảm hơn một nửa so với hai mươi năm trước. \"Người trẻ đi làm công nhân ở khu công nghiệp hết, không ai chịu ngồi bên bàn xoay cả ngày. Nếu không dạy bây giờ thì vài năm nữa sẽ không còn ai biết làm\", ông nói."], P)
    b.raw('<div class="box_brief_info"><p class="Normal"><strong>Xem thêm:</strong> <a href="/du-lich/phu-lang-diem-den-moi-cua-du-khach-4770011.html">Phú Lãng - điểm đến mới của du khách yêu gốm</a></p></div>')
    b.ps(["Kinh phí tổ chức lớp học do Hội Nông dân xã phối hợp với một doanh nghiệp du lịch trong tỉnh hỗ trợ. Sau khóa học, những học viên có tay nghề tốt sẽ được giới thiệu làm việc tại các xưởng gốm trong làng hoặc được hỗ trợ vốn để mở xưởng riêng.",
          "Chị Trần Thị Hoa, 22 tuổi, một học viên, chia sẻ: \"Từ nhỏ em đã nhìn bà và mẹ làm gốm nhưng chưa bao giờ thực sự học. Giờ có lớp, em muốn thử, biết đâu sau này có thể bán sản phẩm cho khách du lịch\".",
          "Những năm gần đây, Phú Lãng bắt đầu thu hút khách du lịch đến tham quan và trải nghiệm làm gốm. Chính quyền địa phương kỳ vọng việc kết hợp du lịch với nghề truyền thống sẽ giúp người làm gốm có thêm thu nhập ổn định."], P)
    b.raw('<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>')
    title = "Làng gốm Phú Lãng mở lớp dạy nghề miễn phí cho thanh niên"
    html = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} - Báo Mới VN</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Làng gốm Phú Lãng vừa mở lớp dạy nghề làm gốm miễn phí cho thanh niên trong xã.">
<link rel="canonical" href="https://vnbaomoi.vn/thoi-su/lang-gom-phu-lang-mo-lop-day-nghe-mien-phi-4781234.html">
{og(title, "Làng gốm Phú Lãng vừa mở lớp dạy nghề làm gốm miễn phí cho thanh niên trong xã.", "https://vnbaomoi.vn/thoi-su/lang-gom-phu-lang-mo-lop-day-nghe-mien-phi-4781234.html", "Báo Mới VN", locale="vi_VN")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-10-05T07:00:00+07:00", "author": {"@type": "Person", "name": "Minh Anh"}, "publisher": {"@type": "Organization", "name": "Báo Mới VN"}})}
<link rel="stylesheet" href="/css/v3/detail.css">
</head>
<body>
<header class="section top-header"><div class="container"><a class="logo" href="/">Báo Mới VN</a><nav class="main-nav"><ul class="parent">{links(["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Số hóa"])}</ul></nav></div></header>
<section class="section page-detail top-detail"><div class="container">
<div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul><span class="date">Thứ bảy, 5/10/2024, 07:00 (GMT+7)</span></div>
<h1 class="title-detail">{title}</h1>
<p class="description">Bắc Ninh - Trước nguy cơ nghề gốm mai một, làng Phú Lãng mở lớp dạy nghề miễn phí cho 24 thanh niên, do các nghệ nhân lớn tuổi trực tiếp hướng dẫn.</p>
<figure class="tplCaption"><img src="/images/2024/10/05/gom-phu-lang.jpg" alt=""><figcaption><p class="Image">Nghệ nhân hướng dẫn học viên tạo hình trên bàn xoay. Ảnh: <em>Minh Anh</em></p></figcaption></figure>
<article class="fck_detail">
{b.html()}
</article>
<div class="footer-content"><div class="social_share"><a href="#">Chia sẻ Facebook</a> <a href="#">Chia sẻ Twitter</a> <a href="#">Sao chép liên kết</a></div><div class="tags"><a href="/tag/lang-gom">Làng gốm</a> <a href="/tag/phu-lang">Phú Lãng</a> <a href="/tag/nghe-truyen-thong">Nghề truyền thống</a></div></div>
<div class="box-tinlienquanv2"><h3>Tin liên quan</h3><ul>{teasers(["Phú Lãng - điểm đến mới của du khách yêu gốm", "Nghệ nhân 80 tuổi giữ lửa lò gốm cổ", "Làng nghề truyền thống tìm hướng đi mới", "Gốm Việt được trưng bày tại triển lãm quốc tế"])}</ul></div>
<div class="box_comment_vne"><h3>Ý kiến (2)</h3><div class="comment_item"><p class="full_content"><b>Hoàng Long</b> Rất ý nghĩa, mong các bạn trẻ theo được nghề.</p></div><div class="comment_item"><p class="full_content"><b>Thu Hà</b> Đã đến Phú Lãng một lần, gốm ở đây rất đẹp và mộc mạc.</p></div></div>
</div>
<div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3><ul>{teasers(["Giá xăng giảm lần thứ ba liên tiếp", "Miền Bắc đón không khí lạnh đầu mùa", "Hà Nội thí điểm phố đi bộ mới", "Học sinh được nghỉ học do bão", "Thủ tục cấp căn cước mới thay đổi thế nào"])}</ul></div><div class="banner-ads"><span>Quảng cáo</span></div></div>
</div></section>
<footer class="footer"><div class="container"><p>Báo Mới VN - Báo tiếng Việt nhiều người xem nhất</p><p>Giấy phép số 123/GP-BTTTT. Tổng biên tập: Nguyễn Văn A. © Copyright 1997-2024 Báo Mới VN, All rights reserved.</p><ul>{links(["Liên hệ", "Quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật", "RSS"])}</ul></div></footer>
</body>
</html>
'''
    return html, b.truth()


@page("id-berita-bacajuga", "https://www.kabarnusantara.co.id/regional/2024/08/21/desa-wisata-sumberjati-raih-penghargaan-nasional", "id",
      kind="Indonesian news: 'Baca juga:' link paragraphs inside the text, ADVERTISEMENT labels, paging links, 'Simak berita lainnya di Google News'")
def id_news():
    b = Body()
    BACA = '<p><strong>Baca juga: <a href="{u}">{t}</a></strong></p>'
    b.p("**SUMBERJATI, KABARNUSANTARA.CO.ID** - Desa Wisata Sumberjati di lereng Gunung Arjuno meraih penghargaan sebagai desa wisata terbaik kategori pengembangan ekonomi kreatif tingkat nasional tahun ini. Penghargaan diserahkan di Jakarta pada Selasa (20/8/2024).")
    b.p("Kepala Desa Sumberjati, Suparno, mengatakan penghargaan itu merupakan hasil kerja keras warga selama lima tahun terakhir. Menurut dia, desa yang dulu hanya dikenal sebagai penghasil sayur kini menjadi tujuan wisata dengan ratusan pengunjung setiap akhir pekan.")
    b.raw(BACA.format(u="/regional/2024/07/30/kunjungan-wisata-jatim-naik", t="Kunjungan Wisatawan ke Desa Wisata di Jawa Timur Naik 30 Persen"))
    b.p("\"Dulu anak-anak muda di sini banyak yang merantau ke kota. Sekarang sebagian sudah pulang karena bisa bekerja di desa sendiri, jadi pemandu, membuka warung, atau mengelola homestay,\" kata Suparno saat dihubungi, Rabu (21/8/2024).")
    b.raw('<div class="ads-inarticle"><span class="ads-label">ADVERTISEMENT</span><div id="div-gpt-ad-inarticle"></div><span class="ads-label">SCROLL TO CONTINUE WITH CONTENT</span></div>')
    b.p("Sumberjati menawarkan sejumlah paket wisata, mulai dari memetik sayur dan buah di kebun warga, belajar membuat keripik tempe, hingga menginap di rumah penduduk. Desa ini juga memiliki kelompok kerajinan bambu yang produknya sudah dijual ke beberapa kota besar.")
    b.p("Dinas Pariwisata kabupaten mencatat jumlah kunjungan ke Sumberjati sepanjang tahun lalu mencapai 38.000 orang, naik hampir dua kali lipat dibanding tahun sebelumnya. Pendapatan dari sektor wisata dikelola oleh badan usaha milik desa dan sebagian digunakan untuk memperbaiki jalan serta fasilitas umum.")
    b.raw(BACA.format(u="/regional/2024/06/11/bumdes-kelola-wisata", t="BUMDes Diminta Transparan Kelola Pendapatan Wisata"))
    b.p("Meski demikian, Suparno mengakui masih ada pekerjaan rumah, terutama soal pengelolaan sampah dan akses jalan menuju desa yang sempit. Pemerintah desa berencana membangun tempat pengolahan sampah terpadu tahun depan dengan dana dari hadiah penghargaan tersebut.")
    title = "Desa Wisata Sumberjati Raih Penghargaan Nasional"
    html = f'''<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title} - Kabar Nusantara</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Desa Wisata Sumberjati meraih penghargaan desa wisata terbaik kategori pengembangan ekonomi kreatif.">
<link rel="canonical" href="https://www.kabarnusantara.co.id/regional/2024/08/21/desa-wisata-sumberjati-raih-penghargaan-nasional">
{og(title, "Desa Wisata Sumberjati meraih penghargaan desa wisata terbaik.", "https://www.kabarnusantara.co.id/regional/2024/08/21/desa-wisata-sumberjati-raih-penghargaan-nasional", "Kabar Nusantara", locale="id_ID")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-08-21T13:05:00+07:00", "author": {"@type": "Person", "name": "Rizky Pratama"}, "editor": {"@type": "Person", "name": "Dewi Lestari"}, "publisher": {"@type": "Organization", "name": "Kabar Nusantara"}})}
<link rel="stylesheet" href="/assets/css/read.css?v=9">
</head>
<body class="read-page">
<header class="header"><a class="header__logo" href="/">Kabar Nusantara</a><nav class="header__nav"><ul>{links(["News", "Regional", "Ekonomi", "Bola", "Tekno", "Otomotif", "Lifestyle", "Travel", "Video", "Indeks"])}</ul></nav></header>
<main class="read">
<div class="read__breadcrumb"><a href="/">Home</a> / <a href="/regional">Regional</a></div>
<h1 class="read__title">{title}</h1>
<div class="read__info"><div class="read__author">Penulis <a href="/penulis/rizky">Rizky Pratama</a> | Editor <a href="/editor/dewi">Dewi Lestari</a></div><div class="read__time">Kabar Nusantara - 21/08/2024, 13:05 WIB</div></div>
<div class="read__share"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke WhatsApp</a> <a href="#">Salin tautan</a></div>
<div class="photo"><img src="/img/2024/08/sumberjati.jpg" alt=""><div class="photo__caption">Wisatawan memetik sayur di kebun warga Desa Sumberjati. (KABARNUSANTARA.CO.ID/RIZKY PRATAMA)</div></div>
<div class="read__content"><div class="clearfix">
{b.html()}
</div></div>
<div class="paging"><span class="paging__title">Halaman:</span> <a class="paging__link paging__link--active" href="#">1</a> <a class="paging__link" href="?page=all">Tampilkan semua</a></div>
<div class="gnews"><a href="https://news.google.com/publications/kabarnusantara">Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kabar Nusantara di Google News.</a></div>
<div class="tag"><a href="/tag/desa-wisata">desa wisata</a> <a href="/tag/jawa-timur">Jawa Timur</a> <a href="/tag/penghargaan">penghargaan</a></div>
<section class="related"><h3>Berita Terkait</h3><ul>{teasers(["Kunjungan Wisatawan ke Desa Wisata di Jawa Timur Naik 30 Persen", "BUMDes Diminta Transparan Kelola Pendapatan Wisata", "Festival Kopi Lereng Arjuno Digelar Bulan Depan", "Homestay di Desa Wisata Wajib Punya Sertifikat"])}</ul></section>
</main>
<aside class="sidebar"><div class="most"><h3>Terpopuler</h3><ol>{teasers(["Harga Cabai di Pasar Tradisional Mulai Turun", "Jadwal Kereta Tambahan Libur Panjang", "Banjir Rob Genangi Permukiman Pesisir", "Timnas U-19 Lolos ke Final", "Cara Cek Penerima Bantuan Sosial"])}</ol></div></aside>
<footer class="footer"><ul>{links(["Tentang Kami", "Pedoman Media Siber", "Kebijakan Data Pribadi", "Kontak", "Karir"])}</ul><p>Copyright 2008 - 2024 PT. Kabar Nusantara Digital. All Rights Reserved.</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("ja-ameblo-pan", "https://ameblo-style.jp/komugi-no-hibi/entry-12834567890.html", "ja",
      kind="Japanese hosted-blog entry: text as short lines with <br> and empty lines, hashtags, like/reblog buttons, related-blog rail")
def ja_blog():
    b = Body()
    paras = ["こんにちは、こむぎです。",
             "今日は久しぶりに、近所のパン屋さん「ひだまりベーカリー」に行ってきました。",
             "このお店、もともとは駅前の小さなお店だったんですが、去年の秋に川沿いの古い民家を改装して移転したんです。",
             "店内には大きな木のテーブルがあって、買ったパンをその場で食べられるようになっていました。窓から川が見えて、とても気持ちのいい空間です。",
             "今日買ったのは、看板商品の天然酵母の食パンと、季節限定のいちごのデニッシュ、それから娘が大好きなクリームパン。",
             "食パンは外がパリッとしていて、中はもちもち。何もつけなくても小麦の甘みがしっかり感じられて、家族であっという間に半分食べてしまいました。",
             "店主の奥さんとお話ししたら、移転してからお客さんが増えて、朝の焼き上がりの時間は行列ができることもあるそうです。おすすめは平日の午後とのことでした。",
             "次はカレーパンを狙って、また行こうと思います。"]
    parts = []
    for t in paras:
        parts.append(inl(t) + "<br>")
        parts.append("<br>")
    b.add("\n".join(parts), *paras)
    b.raw('<br><a href="https://ameblo-style.jp/hashtag/パン屋">#パン屋</a> <a href="https://ameblo-style.jp/hashtag/天然酵母">#天然酵母</a> <a href="https://ameblo-style.jp/hashtag/食パン">#食パン</a>')
    title = "川沿いのパン屋さんへ"
    html = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{title}｜こむぎの日々</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="こんにちは、こむぎです。今日は久しぶりに、近所のパン屋さん「ひだまりベーカリー」に行ってきました。">
<link rel="canonical" href="https://ameblo-style.jp/komugi-no-hibi/entry-12834567890.html">
{og(title, "今日は久しぶりに、近所のパン屋さんに行ってきました。", "https://ameblo-style.jp/komugi-no-hibi/entry-12834567890.html", "こむぎの日々", locale="ja_JP")}
<link rel="stylesheet" href="https://stat.ameblo-style.jp/blog/css/skin_v2.css">
<script>window.INIT_DATA={{"entryState":{{"entryId":12834567890,"blogId":10098765,"theme":"パン"}}}};</script>
</head>
<body>
<div id="app">
<header class="skin-blogHeader"><div class="skin-blogTitle"><h1><a href="https://ameblo-style.jp/komugi-no-hibi/">こむぎの日々</a></h1><p class="skin-blogSubTitle">小さな町のパンと暮らしの記録</p></div><nav class="skin-blogNav"><ul><li><a href="https://ameblo-style.jp/komugi-no-hibi/">ブログトップ</a></li><li><a href="https://ameblo-style.jp/komugi-no-hibi/entrylist.html">記事一覧</a></li><li><a href="https://ameblo-style.jp/komugi-no-hibi/imagelist.html">画像一覧</a></li></ul></nav></header>
<div class="skin-blogBody"><div class="skin-blogMain">
<article class="skin-entry" data-uranus-component="entry">
<div class="skin-entryHead"><h2 class="skin-entryTitle"><a href="https://ameblo-style.jp/komugi-no-hibi/entry-12834567890.html">{title}</a></h2><p class="skin-entryPubdate"><time datetime="2024-02-18">2024-02-18 15:32:10</time></p><p class="skin-entryThemes">テーマ：<a href="https://ameblo-style.jp/komugi-no-hibi/theme-10112233.html">パン屋めぐり</a></p></div>
<div class="skin-entryBody _2p4UmVmr" data-uranus-component="entryBody" id="entryBody">
<div><img src="https://stat.ameblo-style.jp/user_images/20240218/15/komugi/pan01.jpg" width="400" alt=""></div>
{b.html()}
</div>
<div class="skin-entryFoot"><div class="js-entryFootButtons"><button class="skin-iineButton" data-uranus-component="iine">いいね！<span class="skin-iineCount">38</span></button><a class="skin-commentButton" href="https://ameblo-style.jp/komugi-no-hibi/entry-12834567890.html#comment">コメント(4)</a><button class="skin-reblogButton">リブログ(0)</button></div>
<div class="skin-shareButtons"><a href="#">ポストする</a> <a href="#">シェアする</a> <a href="#">LINEで送る</a></div>
<div class="skin-followButton"><a href="https://ameblo-style.jp/komugi-no-hibi/follow">フォローする</a></div></div>
</article>
<div class="skin-entryNav"><a class="skin-prevEntry" href="entry-12831234567.html">&lt; 前の記事　娘と作る簡単ピザ</a> <a class="skin-nextEntry" href="entry-12836789012.html">次の記事　雪の日の朝ごはん &gt;</a></div>
<section class="skin-recommend"><h3>関連ブログ</h3><ul>{teasers(["人気のパン屋さんに朝から並んでみた", "天然酵母パンを家で焼いてみました", "パン好き必見！おすすめの食パンの食べ方", "週末のパン屋めぐり日記", "新しくできたベーカリーカフェ"])}</ul></section>
</div>
<aside class="skin-blogSub"><div class="skin-profile"><h3>プロフィール</h3><p>こむぎ</p><p>パンとコーヒーが好きな二児の母です。町のパン屋さんを紹介しています。</p><a href="https://ameblo-style.jp/komugi-no-hibi/profile.html">プロフィール詳細</a></div><div class="skin-ranking"><h3>人気記事</h3><ol>{teasers(["町のパン屋さんベスト５", "クリームパン食べ比べ", "朝ごはんはパン派？ごはん派？"])}</ol></div><div class="skin-archive"><h3>月別</h3><ul>{links([("2024年2月(6)", "/archive-202402.html"), ("2024年1月(9)", "/archive-202401.html"), ("2023年12月(11)", "/archive-202312.html")])}</ul></div></aside>
</div>
<footer class="skin-blogFooter"><p>Powered by Ameblo-style</p><ul>{links(["ヘルプ", "利用規約", "プライバシーポリシー", "ブログを書く"])}</ul><p>&copy; CyberBlog Co., Ltd.</p></footer>
</div>
</body>
</html>
'''
    return html, b.truth()
