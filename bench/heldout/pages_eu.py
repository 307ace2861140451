"""European-language pages of the held-out set (fr, de, es, it, pt, nl, pl, cs).
All sites, people and events are invented."""
from kit import Body, page, og, ld, links, teasers, esc, inl


@page("fr-news-paywall", "https://www.courrier-atlantique.fr/societe/article/2024/03/12/a-plouvenec-la-mairie-teste-la-semaine-de-quatre-jours_6211.html", "fr",
      kind="French national-paper template: article__paragraph, 'Lire aussi' inline links, truncated article with paywall prompt")
def fr_news_paywall():
    b = Body()
    P = '<p class="article__paragraph ">{}</p>'
    LIRE = '<section class="article__siblings"><p class="article__siblings-title">Lire aussi | <a class="js-article-read-also" href="{u}">{t}</a></p></section>'
    t1 = "Le lundi matin, à la mairie de Plouvénec, les bureaux sont désormais fermés. Depuis le 1er janvier, les 46 agents de cette commune du Finistère de 5 800 habitants expérimentent la semaine de quatre jours, sans baisse de salaire et sans réduction du temps de travail : les 35 heures sont réparties sur quatre journées de 8 h 45."
    b.add(P.format(inl(t1).replace("1er janvier", "1<sup>er</sup> janvier")), t1)
    b.p("« On ne l’a pas fait pour être à la mode, assure le maire (divers gauche), Yannick Le Goff. On avait du mal à recruter, surtout aux services techniques, et on voyait partir des jeunes vers les communes voisines ou vers le privé. Il fallait proposer quelque chose. »", P)
    b.p("Les services n’ont pas tous adopté le même rythme. L’accueil de la mairie reste ouvert cinq jours sur cinq grâce à un roulement entre les agents, tandis que les équipes des espaces verts et de la voirie travaillent du mardi au vendredi. Pour la crèche et la restauration scolaire, où la présence quotidienne est indispensable, la commune a renoncé à l’expérience.", P)
    b.raw(LIRE.format(u="/economie/article/2023/11/02/semaine-de-quatre-jours-ce-que-disent-les-premieres-etudes_5980.html", t="Semaine de quatre jours : ce que disent les premières études"))
    b.h("Des journées plus longues", 2, 'class="article__sub-title"')
    b.p("Deux mois et demi après le lancement, le bilan provisoire est contrasté. Selon un questionnaire interne consulté par *Le Courrier atlantique*, 78 % des agents se disent satisfaits, mais près d’un tiers évoquent une fatigue accrue en fin de semaine. « Le jeudi soir, on le sent passer », reconnaît Morgane, agente d’entretien depuis onze ans.", P)
    title = "A Plouvénec, la mairie teste la semaine de quatre jours"
    html = f'''<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Depuis janvier, les 46 agents de cette commune du Finistère travaillent 35 heures en quatre jours. Un premier bilan contrasté.">
<link rel="canonical" href="https://www.courrier-atlantique.fr/societe/article/2024/03/12/a-plouvenec-la-mairie-teste-la-semaine-de-quatre-jours_6211.html">
{og(title, "Depuis janvier, les 46 agents de cette commune du Finistère travaillent 35 heures en quatre jours.", "https://www.courrier-atlantique.fr/societe/article/2024/03/12/a-plouvenec-la-mairie-teste-la-semaine-de-quatre-jours_6211.html", "Le Courrier atlantique", "https://img.courrier-atlantique.fr/2024/03/12/mairie-plouvenec.jpg", locale="fr_FR")}
<meta property="article:section" content="Société">
<meta property="article:content_tier" content="locked">
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-03-12T06:00:12+01:00", "author": [{"@type": "Person", "name": "Gwenaëlle Tanguy"}], "publisher": {"@type": "Organization", "name": "Le Courrier atlantique"}, "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".article__content--restricted"}})}
<link rel="stylesheet" href="/bucket/css/article.4c2d1.css">
<script>window.lmd={{context:{{page:{{type:"article",section:"societe",restricted:true}}}}}};</script>
</head>
<body class="article-page">
<div id="gdpr-consent" class="gdpr-lmd-wall"><div class="gdpr-lmd-wall__content"><h2>Le Courrier atlantique et ses partenaires utilisent des cookies</h2><p>Nous utilisons des cookies et des technologies similaires pour mesurer l’audience, personnaliser les contenus et les publicités. Vous pouvez accepter, refuser ou paramétrer ces traceurs.</p><button class="gdpr-lmd-button gdpr-lmd-button--main">Accepter et continuer</button><button class="gdpr-lmd-button">Refuser</button><a href="/confidentialite">Paramétrer les cookies</a></div></div>
<header class="Header"><div class="Header__top"><a class="Header__logo" href="/">Le Courrier atlantique</a><a class="Header__subscribe" href="/abonnement">S’abonner</a><a class="Header__login" href="/connexion">Se connecter</a></div>
<nav class="Nav"><ul class="Nav__list">{links(["Actualités", "International", "Politique", "Société", "Économie", "Planète", "Sciences", "Sport", "Culture", "Débats", "M le mag", "Podcasts"], cls="Nav__item")}</ul></nav></header>
<main id="habillagepub" class="article article--content">
<section class="zone zone--article">
<header class="article__header"><ul class="breadcrumb"><li><a href="/societe/">Société</a></li><li><a href="/travail/">Travail</a></li></ul>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__desc">Depuis janvier, les 46 agents de cette commune du Finistère travaillent 35 heures en quatre jours. Un premier bilan contrasté, entre satisfaction et fatigue.</p>
<section class="meta meta__publisher"><span class="meta__author meta__author--page"><a class="article__author-link" href="/signataires/gwenaelle-tanguy/">Gwenaëlle Tanguy</a> (Plouvénec (Finistère), envoyée spéciale)</span><span class="meta__date meta__date--header">Publié le 12 mars 2024 à 06h00, modifié le 12 mars 2024 à 10h12</span><span class="meta__reading-time">Lecture 4 min.</span></section>
<section class="meta__social"><button class="meta__social-btn">Partager</button><button class="meta__social-btn">Offrir cet article</button><button class="meta__social-btn">Ajouter à vos sélections</button></section></header>
<figure class="article__media"><img src="https://img.courrier-atlantique.fr/2024/03/12/mairie-plouvenec.jpg" alt=""><figcaption class="article__legend">A la mairie de Plouvénec (Finistère), le 7 mars 2024. <span class="article__credit">LOÏC HERVÉ POUR « LE COURRIER ATLANTIQUE »</span></figcaption></figure>
<article class="article__content old__article-content-single">
{b.html()}
</article>
<section class="paywall js-paywall paywall--mosaic"><div class="paywall__inner"><p class="paywall__message">Il vous reste 71.34% de cet article à lire. La suite est réservée aux abonnés.</p><p class="paywall__offer">Offre spéciale : 1 € le premier mois, sans engagement</p><a class="paywall__btn" href="/abonnement?origin=paywall">S’abonner</a><p class="paywall__login">Déjà abonné ? <a href="/connexion">Se connecter</a></p></div></section>
<section class="article__content--restricted" aria-hidden="true" hidden></section>
<section class="article__reactions"><h3>Contributions</h3><p>Bienvenue dans l’espace des contributions. Pour contribuer, vous devez être abonné.</p><a href="/abonnement">S’abonner</a></section>
</section>
<aside class="aside__iso"><section class="services"><h3 class="services__title">Services</h3><ul>{links(["Cours d’anglais", "Mots croisés", "Sudoku", "Codes promo", "Mots fléchés", "Jardinage"])}</ul></section>
<section class="aside__most-read"><h3>Les plus lus</h3><ol>{teasers(["Réforme des retraites : ce qui change au 1er avril", "Tempête Ciara : 120 000 foyers privés d’électricité en Bretagne", "Le prix de l’immobilier baisse dans 8 grandes villes sur 10", "« J’ai quitté Paris pour un village de 300 habitants »", "Baccalauréat 2024 : le calendrier des épreuves"])}</ol></section></aside>
</main>
<section class="newsletter-inline"><h3>Newsletter « La Matinale »</h3><p>Chaque matin, retrouvez notre sélection de 20 articles à ne pas manquer</p><a href="/newsletters">S’inscrire</a></section>
<footer class="Footer"><ul class="Footer__list">{links(["Le Courrier atlantique", "Nous contacter", "Mentions légales", "Charte du groupe", "Politique de confidentialité", "Gestion des cookies", "Conditions générales", "Aide (FAQ)", "Journal numérique"])}</ul><p>Le Courrier atlantique – Tous droits réservés. Reproduction interdite.</p></footer>
<script src="/bucket/js/article.4c2d1.js" async></script>
</body>
</html>
'''
    return html, b.truth()


@page("fr-wp-rando", "https://carnetsdelison.fr/randonnee-mont-aigoual-trois-jours/", "fr",
      kind="French WordPress travel blog (Astra theme): table of contents plugin, Gutenberg blocks, étapes table, YARPP related, Mailpoet box, comments")
def fr_wp_rando():
    b = Body()
    b.p("Cela faisait deux ans que ce tour du mont Aigoual traînait dans ma liste d’envies. En juin dernier, avec Hugo et une météo enfin clémente, nous avons bouclé nos sacs pour trois jours de marche entre hêtraies, crêtes et vallées encaissées. Voici notre itinéraire, nos bonnes adresses et les quelques erreurs à ne pas reproduire.")
    b.raw('<div id="ez-toc-container" class="ez-toc-v2_0_62 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Sommaire</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">Afficher</a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1"><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-1" href="#Jour_1_de_Valleraugue_a_lObservatoire">Jour 1 : de Valleraugue à l’observatoire</a></li><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-2" href="#Jour_2">Jour 2 : les crêtes jusqu’à Camprieu</a></li><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-3" href="#Jour_3">Jour 3 : retour par les gorges</a></li><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-4" href="#Infos_pratiques">Infos pratiques</a></li></ul></nav></div>')
    b.h('Jour 1 : de Valleraugue à l’observatoire', 2, 'class="wp-block-heading"')
    b.p("La première étape est de loin la plus exigeante : près de 1 200 mètres de dénivelé positif par le sentier des 4 000 marches, qui grimpe sans répit depuis le village. Partis à 8 heures, nous avons atteint le sommet vers 14 h 30, les jambes en coton mais ravis. La vue depuis la tour de l’observatoire, par temps clair, porte jusqu’aux Alpes d’un côté et à la Méditerranée de l’autre.")
    b.raw('<figure class="wp-block-image size-large"><img decoding="async" src="https://carnetsdelison.fr/wp-content/uploads/2024/07/aigoual-sommet-1024x683.jpg" alt="" class="wp-image-4410"/><figcaption class="wp-element-caption">L’observatoire météorologique au sommet, dernier de France encore habité</figcaption></figure>')
    b.h("Jour 2 : les crêtes jusqu’à Camprieu", 2, 'class="wp-block-heading"')
    b.p("Une journée plus douce, presque entièrement en balcon. Le GR longe les crêtes avant de plonger dans une forêt de hêtres magnifique, puis rejoint le plateau. Nous avons fait une pause à l’abîme de Bramabiau, où la rivière disparaît sous terre avant de ressortir par une cascade spectaculaire.")
    b.quote("Le vent soufflait si fort sur la crête que nous avons mangé nos sandwichs accroupis derrière un rocher, en riant comme des enfants.", attrs='class="wp-block-quote"')
    b.h("Jour 3 : retour par les gorges", 2, 'class="wp-block-heading"')
    b.p("Pour le retour, nous avons choisi de descendre par les gorges du Bonheur, un nom qui n’est pas usurpé. Attention toutefois : après une nuit de pluie, certains passages rocheux deviennent glissants, et il faut traverser le ruisseau à gué à deux reprises.")
    b.h("Infos pratiques", 2, 'class="wp-block-heading"')
    b.table([["Étape", "Distance", "Dénivelé +", "Durée"],
             ["Valleraugue – Aigoual", "11 km", "1 190 m", "6 h"],
             ["Aigoual – Camprieu", "16 km", "320 m", "5 h"],
             ["Camprieu – Valleraugue", "19 km", "410 m", "6 h 30"]], attrs='class="has-fixed-layout"')
    b.ul(["Hébergement : gîte d’étape à l’observatoire (réservation indispensable en été) et chambre d’hôtes à Camprieu",
          "Carte : IGN Top 25 n° 2641 OT",
          "Eau : peu de sources fiables sur les crêtes, prévoir deux litres par personne",
          "Meilleure période : de mi-mai à début octobre"], attrs='class="wp-block-list"')
    b.p("Si vous avez des questions sur cet itinéraire, n’hésitez pas à me les poser en commentaire, je réponds à tout le monde !")
    title = "Randonnée autour du mont Aigoual : notre boucle de 3 jours"
    rel = [("Le tour du lac de Salagou à vélo", "juin 2024"), ("Que mettre dans son sac pour un trek de 3 jours ?", "mai 2024"),
           ("Week-end dans les gorges du Tarn : nos bonnes adresses", "avril 2024"), ("Randonner avec un chien : mes conseils", "mars 2024")]
    yr = "\n".join(f'<li><a href="/{i}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a> <small>({d})</small></li>' for i, (t, d) in enumerate(rel))
    comments = [("Claire", "Merci pour ce récit ! Nous partons en août avec nos deux ados, pensez-vous que la première étape soit faisable pour des jeunes de 12 et 14 ans ?"),
                ("Lison", "Bonjour Claire, oui sans problème s’ils ont un peu l’habitude de marcher. Partez tôt pour éviter la chaleur dans la montée !"),
                ("Marc D.", "Superbe boucle, faite l’an dernier dans l’autre sens. Le gîte de Camprieu est effectivement top, et leur tarte aux myrtilles aussi.")]
    cm = "\n".join(f'<li class="comment byuser depth-1" id="comment-{88 + i}"><article class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img class="avatar" src="/avatar.png" alt=""></div><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">{esc(n)}</b></cite></div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-{88 + i}"><time>12 juillet 2024 à {10 + i}:15</time></a></span></div></header></div><section class="ast-comment-content comment"><p>{esc(t)}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a class="comment-reply-link" href="#">Répondre</a></span></div></section></article></li>' for i, (n, t) in enumerate(comments))
    html = f'''<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} - Les carnets de Lison</title>
<meta name="description" content="Notre boucle de trois jours autour du mont Aigoual dans les Cévennes : itinéraire, étapes, hébergements et conseils pratiques." />
<link rel="canonical" href="https://carnetsdelison.fr/randonnee-mont-aigoual-trois-jours/" />
{og(title, "Notre boucle de trois jours autour du mont Aigoual dans les Cévennes : itinéraire, étapes, hébergements et conseils pratiques.", "https://carnetsdelison.fr/randonnee-mont-aigoual-trois-jours/", "Les carnets de Lison", "https://carnetsdelison.fr/wp-content/uploads/2024/07/aigoual.jpg", locale="fr_FR")}
<meta property="article:published_time" content="2024-07-08T07:30:00+00:00" />
<meta name="author" content="Lison" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"BlogPosting","headline":"{esc(title)}","datePublished":"2024-07-08T07:30:00+00:00","author":{{"name":"Lison"}},"inLanguage":"fr-FR"}}]}}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://carnetsdelison.fr/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='https://carnetsdelison.fr/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.62' media='all' />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-4398 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Aller au contenu">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://carnetsdelison.fr/" class="custom-logo-link" rel="home"><img width="200" height="60" src="/wp-content/uploads/2022/02/logo-lison.png" class="custom-logo" alt="Les carnets de Lison" /></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://carnetsdelison.fr/" rel="home" itemprop="url">Les carnets de Lison</a></span><p class="site-description" itemprop="description">Randonnées, voyages lents et petites escapades</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Navigation du site"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{links(["Accueil", "Randonnées", "France", "Europe", "Conseils", "À propos", "Contact"], cls="menu-item menu-item-type-taxonomy")}</ul></div></nav></div></div></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4398 post type-post status-publish format-standard has-post-thumbnail hentry category-randonnees category-france tag-cevennes tag-gard ast-article-single" id="post-4398" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header ">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="https://carnetsdelison.fr/wp-content/uploads/2024/07/aigoual.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" /></div>
<h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="Voir tous les articles de Lison" href="/author/lison/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Lison</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">8 juillet 2024</span></span> / <span class="comments-link"><a href="#comments">3 commentaires</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
{b.html()}
<div class="mailpoet_form_popup_overlay"></div><div id="mailpoet_form_2" class="mailpoet_form mailpoet_form_shortcode"><form class="mailpoet_form"><div class="mailpoet_paragraph"><h3>Envie de nouvelles idées de balades ?</h3><p>Recevez mes nouveaux récits une fois par mois, sans spam, promis.</p></div><div class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[form_field_email]" placeholder="Votre adresse e-mail *"></div><div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Je m’abonne !"></div></form></div>
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'><h3>Articles similaires :</h3><ol>{yr}</ol></div>
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Articles"><h2 class="screen-reader-text">Navigation de l’article</h2><div class="nav-links"><div class="nav-previous"><a href="/tour-lac-salagou-velo/" rel="prev"><span class="ast-left-arrow">&larr;</span> Article précédent</a></div><div class="nav-next"><a href="/sac-trek-3-jours/" rel="next">Article suivant <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 réflexions au sujet de “{esc(title)}”</h3></div><ol class="ast-comment-list">{cm}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec <span class="required">*</span></p><textarea id="comment" name="comment" placeholder="Saisissez votre commentaire ici..."></textarea><input name="submit" type="submit" class="submit" value="Laisser un commentaire »"></form></div></div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="text-2" class="widget widget_text"><h2 class="widget-title">Bonjour, moi c’est Lison !</h2><div class="textwidget"><p>Montpelliéraine, amoureuse des sentiers et des voyages à petit rythme. Ici je partage mes randonnées, mes itinéraires et mes bons plans.</p></div></aside><aside id="categories-3" class="widget widget_categories"><h2 class="widget-title">Catégories</h2><ul>{links(["Conseils", "Europe", "France", "Randonnées", "Vélo"], cls="cat-item")}</ul></aside><aside id="instagram-2" class="widget null-instagram-feed"><h2 class="widget-title">Sur Instagram</h2><p class="clear"><a href="https://instagram.com/carnetsdelison" rel="me" target="_blank">Suivez-moi !</a></p></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"><div class="ast-builder-grid-row-container-inner"><div class="ast-footer-copyright"><p>Copyright &copy; 2024 Les carnets de Lison | <a href="/mentions-legales/">Mentions légales</a> | <a href="/politique-de-confidentialite/">Politique de confidentialité</a></p></div></div></div></footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement aux cookies</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>
<script src='https://carnetsdelison.fr/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
</body>
</html>
'''
    return html, b.truth()


@page("fr-spip-latin1", "http://www.quartier-tanneurs.org/spip.php?article214", "fr", enc="iso-8859-1",
      kind="SPIP association site in ISO-8859-1: chapo + texte, 'Dans la même rubrique', forum replies, no-JS era layout")
def fr_spip_latin1():
    b = Body()
    b.p("Samedi 15 juin, le jardin partagé de la rue des Tanneurs a soufflé ses dix bougies. Retour sur une décennie de bêches, de fêtes et de tomates, et sur ce qui attend le jardin pour les dix prochaines années.", '<div class="chapo"><p>{}</p></div>')
    b.raw('<div class="texte">')
    b.p("Ils étaient plus d'une centaine, samedi après-midi, à se presser entre les carrés de légumes pour l'anniversaire du jardin. Au programme : visite guidée par les jardiniers, atelier de semis pour les enfants, exposition de photos et, pour finir, un grand repas partagé sous les tilleuls, préparé en partie avec les récoltes du jour.")
    b.p("Le jardin est né en 2014 sur une friche qui servait jusque-là de dépôt sauvage. À l'époque, une poignée d'habitants avait convaincu la mairie de leur confier le terrain plutôt que d'y construire un parking. « On nous donnait six mois », se souvient Josiane Ferrand, l'une des fondatrices. « Dix ans plus tard, on a une liste d'attente de quarante familles. »")
    b.h("Vingt-huit parcelles et un compost collectif", 3, 'class="spip"')
    b.p("Aujourd'hui, le jardin compte vingt-huit parcelles individuelles, un espace commun cultivé par tous, une mare, deux ruches et un composteur collectif qui reçoit chaque semaine les déchets verts d'une soixantaine de foyers du quartier. Les jardiniers se retrouvent le premier samedi de chaque mois pour les travaux collectifs.")
    b.p("Les règles sont simples : pas de produits chimiques, une permanence à assurer chaque trimestre et l'obligation d'ouvrir le jardin au public le mercredi et le dimanche après-midi.")
    b.h("Les projets", 3, 'class="spip"')
    b.p("Pour les prochaines années, l'association souhaite installer un récupérateur d'eau de pluie sur le toit du local voisin, aménager une parcelle accessible aux personnes à mobilité réduite et développer les ateliers avec l'école Jules-Ferry, dont les élèves viennent déjà jardiner deux fois par mois.")
    b.p("Les personnes intéressées par une parcelle peuvent s'inscrire sur la liste d'attente lors des permanences, le mercredi de 17 h à 19 h au jardin.")
    b.raw('</div>')
    title = "Le jardin partagé fête ses dix ans"
    forum = [("Gilles", "C'était une très belle fête, merci à toute l'équipe. Et bravo pour la tarte aux courgettes !"),
             ("Nadia B.", "Est-ce que la liste d'attente est longue pour une parcelle ? Nous venons d'emménager rue Pasteur."),
             ("L'équipe du jardin", "Bonjour Nadia, il faut compter environ deux ans en ce moment, mais venez nous voir un mercredi : l'espace commun est ouvert à tous !")]
    fm = "\n".join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><strong class="forum-titre"><a href="#forum{310 + i}" name="forum{310 + i}">{esc(n)}</a></strong><small>{17 + i} juin 2024, {9 + i}:{20 + i}</small></div><div class="forum-texte"><p>{esc(t)}</p><p class="repondre"><a href="spip.php?page=forum&amp;id_article=214&amp;id_forum={310 + i}">Répondre à ce message</a></p></div></div></li>' for i, (n, t) in enumerate(forum))
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
<title>{title} - Association Quartier des Tanneurs</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<meta name="description" content="Samedi 15 juin, le jardin partagé de la rue des Tanneurs a soufflé ses dix bougies." />
<meta name="generator" content="SPIP 2.1.12 [17732]" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="squelettes/habillage.css" type="text/css" />
<link rel="stylesheet" href="prive/spip_style.css" type="text/css" media="all" />
<script src="prive/javascript/jquery.js" type="text/javascript"></script>
</head>
<body class="page_article">
<div class="page">
<div id="entete"><a rel="start home" href="http://www.quartier-tanneurs.org/" title="Accueil" class="accueil"><img class="spip_logos" alt="" src="IMG/siteon0.png" width="120" height="90" /><span id="nom_site_spip">Association Quartier des Tanneurs</span></a><p id="slogan_site_spip">Vivre ensemble entre la rivière et la gare</p></div>
<div id="navigation"><div class="rubriques"><h2 class="structure">Rubriques</h2><ul>{links([("Agenda", "spip.php?rubrique1"), ("Le jardin partagé", "spip.php?rubrique3"), ("Vie du quartier", "spip.php?rubrique2"), ("Ateliers", "spip.php?rubrique5"), ("Adhérer", "spip.php?article2"), ("Contact", "spip.php?article3")])}</ul></div>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="spip.php?page=recherche" method="get"><div><input type="hidden" name="page" value="recherche" /><label for="recherche">Rechercher :</label><input type="text" class="text" size="10" name="recherche" id="recherche" /></div></form></div></div>
<div id="conteneur"><div id="contenu">
<div class="ariane"><a href="http://www.quartier-tanneurs.org/">Accueil</a> &gt; <a href="spip.php?rubrique3">Le jardin partagé</a> &gt; <strong class="on">{title}</strong></div>
<div class="cartouche"><h1 class="titre">{title}</h1><p class="info-publi">samedi 22 juin 2024, par <span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur4">Martine Roux</a></span></p></div>
<span class="spip_documents spip_documents_center"><img src="IMG/jpg/anniversaire_jardin.jpg" width="500" height="333" alt="" /><span class="spip_doc_titre">Le repas partagé sous les tilleuls</span></span>
{b.html()}
<div class="notes"><h2 class="pas_surlignable">Notes</h2><p><span class="spip_note_ref">[<a href="#nh1" id="nb1" class="spip_note" title="Notes 1">1</a>] </span>Photos : Karim Haddad.</p></div>
<div class="forum"><h2 class="forum-repondre"><a href="spip.php?page=forum&amp;id_article=214">Répondre à cet article</a></h2><ul class="forum">{fm}</ul></div>
</div>
<div id="navigation2"><h2 class="menu-titre">Dans la même rubrique</h2><ul>{links([("Bourse aux plants : samedi 27 avril", "spip.php?article209"), ("Compte rendu de l'assemblée générale du jardin", "spip.php?article203"), ("Nouvelle ruche au jardin : les abeilles sont arrivées", "spip.php?article198"), ("Atelier taille des fruitiers", "spip.php?article191"), ("Fête des voisins au jardin", "spip.php?article186")])}</ul>
<h2 class="menu-titre">Agenda</h2><ul><li><a href="spip.php?article216">6 juillet : ciné en plein air</a></li><li><a href="spip.php?article215">13 juillet : pique-nique républicain</a></li></ul></div>
</div>
<div id="pied"><a href="spip.php?page=plan">Plan du site</a> | <a href="spip.php?article4">Mentions légales</a> | <a href="ecrire/">Se connecter</a> | <a href="spip.php?page=backend" title="Syndiquer tout le site">RSS&nbsp;2.0</a><br />Association Quartier des Tanneurs, 12 rue des Tanneurs &ndash; Site réalisé avec <a href="http://www.spip.net/" title="Site réalisé avec SPIP">SPIP</a></div>
</div>
</body>
</html>
'''
    return html, b.truth()


@page("de-drupal-hochschule", "https://www.th-lindenau.de/aktuelles/meldungen/mikroplastik-in-der-argen", "de",
      kind="Drupal 7 university news node: field-name-body/field-item, teaser field, contact field, views blocks, sidebar regions")
def de_drupal():
    b = Body()
    b.p("Wie viel Mikroplastik gelangt über die kleinen Zuflüsse in den Bodensee? Dieser Frage geht ein Team der Fakultät Umwelttechnik seit dem vergangenen Frühjahr an der Argen nach. Jetzt liegen die ersten Ergebnisse vor, und sie überraschen selbst die Beteiligten.")
    b.p("An drei Messstellen zwischen Wangen und der Mündung bei Langenargen haben die Forschenden über zwölf Monate hinweg alle zwei Wochen Wasserproben genommen und die darin enthaltenen Kunststoffpartikel gezählt und bestimmt. Im Mittel fanden sie 14 Partikel pro Kubikmeter Wasser, nach Starkregen jedoch zeitweise mehr als das Zehnfache.")
    b.p("„Die Spitzen nach Regenereignissen sind der eigentliche Befund“, sagt Projektleiterin Prof. Dr. Katrin Wehrle. „Ein großer Teil der Fracht gelangt offenbar in wenigen Tagen im Jahr in den Fluss, vor allem über Straßenabläufe und Mischwasserentlastungen.“")
    b.h("Reifenabrieb und Folienreste", 3)
    b.p("Den größten Anteil der gefundenen Partikel machten Fasern aus Textilien aus, gefolgt von Fragmenten aus Polyethylen, die vermutlich von landwirtschaftlichen Folien stammen. Reifenabrieb, der als eine der wichtigsten Quellen von Mikroplastik gilt, lässt sich mit der verwendeten Methode nur eingeschränkt nachweisen. Das Team arbeitet deshalb gemeinsam mit einem Partnerlabor an einem ergänzenden Verfahren.")
    b.p("An dem Projekt sind neben vier wissenschaftlichen Mitarbeitenden auch Studierende aus dem Bachelorstudiengang Umwelttechnik beteiligt, die die Probennahme im Rahmen von Abschlussarbeiten unterstützen.")
    b.h("Wie es weitergeht", 3)
    b.p("In der zweiten Projektphase sollen bis Ende 2025 zwei weitere Zuflüsse untersucht werden. Ziel ist es, ein einfaches Modell zu entwickeln, mit dem Kommunen abschätzen können, an welchen Stellen Rückhaltemaßnahmen am meisten bewirken. Das Vorhaben wird vom Land mit rund 380.000 Euro gefördert.")
    title = "Mikroplastik in der Argen: Regen bringt den größten Teil"
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:og="http://ogp.me/ns#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="https://www.th-lindenau.de/aktuelles/meldungen/mikroplastik-in-der-argen" />
<link rel="shortlink" href="https://www.th-lindenau.de/node/8841" />
<meta name="description" content="Ein Forschungsteam der TH Lindenau hat ein Jahr lang Mikroplastik in der Argen gemessen. Nach Starkregen steigt die Belastung stark an." />
{og(title, "Ein Forschungsteam der TH Lindenau hat ein Jahr lang Mikroplastik in der Argen gemessen.", "https://www.th-lindenau.de/aktuelles/meldungen/mikroplastik-in-der-argen", "Technische Hochschule Lindenau", locale="de_DE", twitter=False)}
<title>{title} | Technische Hochschule Lindenau</title>
<style type="text/css" media="all">@import url("https://www.th-lindenau.de/modules/system/system.base.css?s2k4x1");@import url("https://www.th-lindenau.de/sites/all/themes/thl/css/style.css?s2k4x1");</style>
<script type="text/javascript" src="https://www.th-lindenau.de/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"thl","theme_token":"Zk2x"}}}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-8841 node-type-news i18n-de">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Direkt zum Inhalt</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Startseite" rel="home" id="logo"><img src="https://www.th-lindenau.de/sites/all/themes/thl/logo.png" alt="Startseite" /></a>
<div class="region region-header"><div id="block-locale-language" class="block block-locale"><div class="content"><ul class="language-switcher-locale-url"><li class="de first active"><a href="/aktuelles/meldungen/mikroplastik-in-der-argen" class="language-link active" xml:lang="de">Deutsch</a></li><li class="en last"><a href="/en/news" class="language-link" xml:lang="en">English</a></li></ul></div></div>
<div id="block-search-form" class="block block-search"><div class="content"><form action="/suche" method="post" id="search-block-form"><div><div class="container-inline"><h2 class="element-invisible">Suchformular</h2><input title="Geben Sie die Begriffe ein, nach denen Sie suchen." type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" value="Suche" class="form-submit" /></div></div></form></div></div></div>
</div></div>
<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix">{links(["Studium", "Forschung", "Hochschule", "Weiterbildung", "International", "Wirtschaft", "Aktuelles"], cls="menu-")}</ul></div></div>
<div id="breadcrumb"><h2 class="element-invisible">Sie sind hier</h2><div class="breadcrumb"><a href="/">Startseite</a> › <a href="/aktuelles">Aktuelles</a> › <a href="/aktuelles/meldungen">Meldungen</a></div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{title}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-8841" class="node node-news node-promoted clearfix" about="/aktuelles/meldungen/mikroplastik-in-der-argen" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{title}" class="rdf-meta element-hidden"></span>
<div class="submitted"><span property="dc:date dc:created" content="2024-05-21T10:15:00+02:00" datatype="xsd:dateTime">21.05.2024</span></div>
<div class="content">
<div class="field field-name-field-bild field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="https://www.th-lindenau.de/sites/default/files/styles/news_gross/public/argen_probe.jpg" width="780" height="440" alt="Probennahme an der Argen" /><div class="bildunterschrift">Studierende bei der Probennahme an der Argen bei Wangen. Foto: TH Lindenau / J. Maier</div></div></div></div>
<div class="field field-name-field-teaser field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>Ein Forschungsteam der TH Lindenau hat ein Jahr lang Mikroplastik in der Argen gemessen. Nach Starkregen steigt die Belastung stark an.</strong></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{b.html()}
</div></div></div>
<div class="field field-name-field-kontakt field-type-text-long field-label-above"><div class="field-label">Kontakt:&nbsp;</div><div class="field-items"><div class="field-item even"><p>Prof. Dr. Katrin Wehrle<br />Fakultät Umwelttechnik<br />Telefon: 07521 555-4120<br />E-Mail: katrin.wehrle@th-lindenau.de</p></div></div></div>
<div class="field field-name-field-schlagworte field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Schlagworte:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/schlagworte/forschung" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Forschung</a></div><div class="field-item odd"><a href="/schlagworte/umwelttechnik">Umwelttechnik</a></div><div class="field-item even"><a href="/schlagworte/bodensee">Bodensee</a></div></div></div>
</div>
<ul class="links inline"><li class="print_html first"><a href="/print/8841" title="Druckfreundliche Version dieser Seite anzeigen." class="print-page" rel="nofollow">Druckversion</a></li><li class="print_mail last"><a href="/printmail/8841" title="Einen Link zu dieser Seite per E-Mail versenden." class="print-mail" rel="nofollow">Seite versenden</a></li></ul>
</div>
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-meldungen-block-1" class="block block-views"><h2>Weitere Meldungen</h2><div class="content"><div class="view view-meldungen view-id-meldungen view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>
{teasers([("Neuer Masterstudiengang Energiesysteme startet im Wintersemester", "12.05.2024"), ("Hochschulteam gewinnt Preis für Lastenrad-Konzept", "03.05.2024"), ("Tag der offenen Tür: Über 2.000 Besucherinnen und Besucher", "27.04.2024"), ("Forschungsprojekt zu Holzbau in Kooperation mit regionalen Betrieben", "15.04.2024")], '<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{u}">{t}</a></span></div><div class="views-field views-field-created"><span class="field-content">{s}</span></div></li>')}
</ul></div></div><div class="more-link"><a href="/aktuelles/meldungen">Alle Meldungen</a></div></div></div></div>
<div id="block-block-12" class="block block-block"><h2>Pressekontakt</h2><div class="content"><p>Hochschulkommunikation<br />Telefon: 07521 555-1000<br /><a href="mailto:presse@th-lindenau.de">presse@th-lindenau.de</a></p></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu">{links(["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt", "Anfahrt", "Stellenangebote"], cls="leaf")}</ul></div></div><div id="block-block-3" class="block block-block"><div class="content"><p>&copy; 2024 Technische Hochschule Lindenau</p></div></div></div></div></div>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen. Mit der weiteren Nutzung stimmen Sie der Verwendung von Cookies zu.</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, ich stimme zu</button><button type="button" class="find-more-button eu-cookie-compliance-more-button">Mehr Informationen</button></div></div></div>
</body>
</html>
'''
    return html, b.truth()


@page("de-forum-waermepumpe", "https://www.haustechnik-forum.de/viewtopic.php?t=58214", "de",
      kind="phpBB3 (prosilver) thread: first post is the article (text + <br>, list), signature, replies with quotes, forum chrome")
def de_forum():
    b = Body()
    paras1 = ["Hallo zusammen,",
              "ich brauche mal eure Einschätzung, weil ich langsam nicht mehr weiter weiß. Wir haben im letzten Herbst in unserem Haus von 1962 (Einfamilienhaus, ca. 145 m², Dach 2015 gedämmt, Fenster von 2009, Fassade ungedämmt) die alte Ölheizung durch eine Luft-Wasser-Wärmepumpe mit 9 kW ersetzt. Heizkörper sind überwiegend die alten Rippenheizkörper, im Bad und in der Küche wurden größere Flachheizkörper eingebaut.",
              "Der Heizungsbauer hat damals gesagt, mit 50 Grad Vorlauf würden wir gut hinkommen. In der Praxis sieht es so aus:"]
    b.brtext(paras1)
    b.ul(["Bei Außentemperaturen um 0 Grad braucht die Anlage 55 bis 58 Grad Vorlauf, damit es im Wohnzimmer 21 Grad wird",
          "Stromverbrauch von Oktober bis Februar: knapp 5.900 kWh, die JAZ liegt laut Anzeige bei 2,6",
          "Der Heizstab ist laut Protokoll an 11 Tagen angesprungen, obwohl es nie kälter als -8 Grad war"])
    paras2 = ["Nachbarn mit ähnlichem Haus kommen angeblich mit der Hälfte aus, aber die haben auch eine Fußbodenheizung nachgerüstet, das ist bei uns erstmal nicht drin.",
              "Meine Fragen: Ist das für so einen Altbau einfach normal, oder ist da etwas falsch eingestellt? Hydraulischer Abgleich wurde laut Rechnung gemacht, aber ehrlich gesagt hat nie jemand an den Ventilen gedreht, das sind noch die alten ohne Voreinstellung. Würde es etwas bringen, die zwei kleinsten Heizkörper im Wohnzimmer gegen größere zu tauschen? Und kann ich irgendwie herausfinden, welche Räume die Vorlauftemperatur \"nach oben ziehen\"?",
              "Heizkurve steht aktuell auf Steilheit 0,9, Fußpunkt 30 Grad. Raumtemperaturen tagsüber 21 Grad, nachts keine Absenkung.",
              "Danke schon mal für jede Idee!"]
    b.brtext(paras2)
    replies = [
        ("Heizungsfuchs", "Moderator", "Das klingt ziemlich typisch für einen Altbau, bei dem nur die Wärmeerzeugung getauscht wurde. Die JAZ von 2,6 ist nicht katastrophal, aber da geht mit Sicherheit mehr.<br><br>Erster Schritt: Mach eine Raum-für-Raum-Liste mit Heizkörpergröße und gewünschter Temperatur. Dann siehst du sofort, welcher Raum der Engpass ist. Meistens sind es ein oder zwei Räume, die die ganze Anlage auf hohe Vorlauftemperaturen zwingen."),
        ("k_baumann", "", "<blockquote><div><cite>Heizungsfuchs hat geschrieben:</cite>Meistens sind es ein oder zwei Räume, die die ganze Anlage auf hohe Vorlauftemperaturen zwingen.</div></blockquote>Genau so war es bei uns. Wohnzimmer mit großer Fensterfront, viel zu kleiner Heizkörper. Nach dem Tausch gegen einen Typ 33 konnten wir die Kurve um fast 7 Grad absenken."),
        ("WP-Neuling2023", "", "Und bitte den Heizstab im Menü sperren bzw. erst ab -12 Grad freigeben. Bei vielen Geräten steht der ab Werk viel zu großzügig. 11 Tage Heizstab bei -8 Grad sind mehrere hundert kWh."),
        ("Thermo_Tobi", "", "Ventile mit Voreinstellung nachrüsten kostet nicht die Welt und ist die Grundlage für einen echten Abgleich. Ohne das ist der \"hydraulische Abgleich\" auf der Rechnung leider oft nur ein Stück Papier."),
    ]
    rp = "\n".join(f'<div id="p{812300 + i}" class="post has-profile {"bg1" if i % 2 else "bg2"}"><div class="inner"><dl class="postprofile" id="profile{812300 + i}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u={4000 + i}" class="username">{u}</a></dt><dd class="profile-rank">{r or "Mitglied"}</dd><dd class="profile-posts"><strong>Beiträge:</strong> <a href="./search.php?author_id={4000 + i}&amp;sr=posts">{120 * (i + 1)}</a></dd><dd class="profile-joined"><strong>Registriert:</strong> Mär 2019</dd></dl><div class="postbody"><div id="post_content{812300 + i}"><h3><a href="#p{812300 + i}">Re: Wärmepumpe im Altbau: Vorlauf zu hoch, Verbrauch enorm</a></h3><p class="author"><a class="unread" href="./viewtopic.php?p={812300 + i}#p{812300 + i}" title="Beitrag"><span class="imageset icon_post_target">Beitrag</span></a><span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u={4000 + i}" class="username">{u}</a></strong> &raquo; </span>Mo 4. Mär 2024, {14 + i}:0{i}</p><div class="content">{t}</div></div></div><div class="back2top"><a href="#top" class="top" title="Nach oben">Nach oben</a></div></div></div><hr class="divider" />' for i, (u, r, t) in enumerate(replies))
    title = "Wärmepumpe im Altbau: Vorlauf zu hoch, Verbrauch enorm"
    html = f'''<!DOCTYPE html>
<html dir="ltr" lang="de">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} - Haustechnik-Forum.de</title>
<link rel="alternate" type="application/atom+xml" title="Feed - Haustechnik-Forum.de" href="/feed.php">
<link rel="canonical" href="https://www.haustechnik-forum.de/viewtopic.php?t=58214">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=128" rel="stylesheet">
<link href="./styles/prosilver/theme/de/stylesheet.css?assets_version=128" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Foren-Übersicht"><span class="site_logo"></span></a><h1>Haustechnik-Forum.de</h1><p>Heizung, Sanitär, Lüftung und Solar &ndash; Fragen und Antworten von Fachleuten und Selbermachern</p><p class="skiplink"><a href="#start_here">Zum Inhalt</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Suche nach Wörtern" class="inputbox search tiny" size="20" value="" placeholder="Suche…" /><button class="button button-search" type="submit" title="Suche"><span class="sr-only">Suche</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Schnellzugriff</span></a></li><li><a href="/app.php/help/faq" rel="help" title="Häufig gestellte Fragen" role="menuitem"><span>FAQ</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Anmelden" accesskey="x" role="menuitem"><span>Anmelden</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Registrieren</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./index.php" itemtype="https://schema.org/Thing" itemscope itemprop="item" accesskey="h"><span itemprop="name">Foren-Übersicht</span></a></span><span class="crumb"><a href="./viewforum.php?f=3"><span>Heizung</span></a></span><span class="crumb"><a href="./viewforum.php?f=17"><span>Wärmepumpen</span></a></span></li></ul></div></div>
</div>
<a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=58214">{title}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=58214" class="button" title="Antwort erstellen"><span>Antworten</span></a><div class="pagination">5 Beiträge &bull; Seite <strong>1</strong> von <strong>1</strong></div></div>
<div id="p812299" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile812299"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=5521" class="username">altbau_andi</a></dt><dd class="profile-rank">Neues Mitglied</dd><dd class="profile-posts"><strong>Beiträge:</strong> 3</dd><dd class="profile-joined"><strong>Registriert:</strong> Feb 2024</dd><dd class="profile-custom-field profile-wohnort"><strong>Wohnort:</strong> Raum Kassel</dd></dl>
<div class="postbody"><div id="post_content812299">
<h3 class="first"><a href="#p812299">{title}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p=812299#p812299" title="Beitrag"><span class="imageset icon_post_target">Beitrag</span></a><span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5521" class="username">altbau_andi</a></strong> &raquo; </span>So 3. Mär 2024, 21:47</p>
<div class="content">{b.html("")}</div>
<div id="sig812299" class="signature">LWWP 9 kW, Baujahr Haus 1962, 145 m&sup2;, Rippenheizkörper. Heizkurve 0,9 / 30 &deg;C</div>
</div></div>
<div class="back2top"><a href="#top" class="top" title="Nach oben">Nach oben</a></div>
</div></div>
<hr class="divider" />
{rp}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=58214" class="button"><span>Antworten</span></a><div class="pagination">5 Beiträge &bull; Seite <strong>1</strong> von <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=17" class="left-box arrow-left" accesskey="r"><span>Zurück zu „Wärmepumpen“</span></a></p></div>
<div class="stat-block online-list"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 14 Gäste</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>Foren-Übersicht</span></a></span></li><li class="rightside">Alle Zeiten sind <span title="Europa/Berlin">UTC+01:00</span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Alle Cookies löschen</a></li><li class="rightside"><a href="./memberlist.php?mode=team">Das Team</a></li><li class="rightside"><a href="/impressum">Impressum</a></li><li class="rightside"><a href="./ucp.php?mode=privacy">Datenschutz</a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p><p class="footer-row"><span class="footer-copyright">Deutsche Übersetzung durch <a href="https://www.phpbb.de/">phpBB.de</a></span></p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=128"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=128"></script>
</body>
</html>
'''
    return html, b.truth()


@page("de-interview-imkerin", "https://www.nordstadt-anzeiger.de/lokales/interview-stadtbienen-imkerin-100.html", "de",
      kind="German regional paper, Q&A interview (bold questions), German class names (artikel-text, werbung, weitere-artikel, kommentare), 'Zur Person' box")
def de_interview():
    b = Body()
    Q = '<p class="artikel-text__absatz"><strong>{}</strong></p>'
    A = '<p class="artikel-text__absatz">{}</p>'
    qa = [
        ("Frau Oberländer, auf Ihrem Balkon im vierten Stock stehen drei Bienenvölker. Was sagen die Nachbarn?",
         ["Inzwischen fragen sie eher, wann es wieder Honig gibt. Am Anfang gab es natürlich Sorgen, vor allem wegen der Kinder im Haus. Aber Honigbienen sind friedlich, solange man nicht direkt vor dem Flugloch herumfuchtelt. In vier Jahren ist niemand gestochen worden, außer mir selbst."]),
        ("Finden Bienen in der Stadt überhaupt genug Nahrung?",
         ["Oft sogar mehr als auf dem Land. Zwischen den Hinterhöfen, Parks, Friedhöfen und Straßenbäumen blüht von März bis Oktober fast immer etwas. Auf dem Land sieht man dagegen große Flächen, auf denen nach der Rapsblüte wochenlang gar nichts mehr blüht. Meine Völker tragen im Sommer vor allem Linde und Robinie ein, im Herbst Efeu."]),
        ("Trotzdem warnen Naturschützer vor zu vielen Bienenstöcken in der Stadt. Zu Recht?",
         ["Ja, das muss man ernst nehmen. Honigbienen konkurrieren mit Wildbienen um dieselben Blüten, und die Wildbienen sind das eigentliche Sorgenkind. Es gibt in Deutschland über 500 Arten, viele davon gefährdet. Wer wirklich etwas für Insekten tun will, sollte nicht unbedingt ein Bienenvolk anschaffen, sondern lieber heimische Blumen pflanzen und Nistplätze schaffen.",
          "Ich sage das auch allen, die bei mir einen Kurs machen. Manche sind dann enttäuscht."]),
        ("Was raten Sie jemandem, der trotzdem anfangen möchte?",
         ["Erst einmal ein Jahr bei einem erfahrenen Imker mitlaufen, bevor man eigene Völker kauft. Und sich ehrlich fragen, ob man im Sommer alle neun Tage Zeit für die Kontrolle hat. Ein Bienenvolk ist kein Deko-Objekt. Wenn man es vernachlässigt, schwärmt es aus oder wird krank und steckt im schlimmsten Fall die Völker in der Nachbarschaft an."]),
        ("Wie viel Honig ernten Sie im Jahr?",
         ["In einem guten Jahr etwa 25 Kilo pro Volk. Das meiste verschenke ich an die Nachbarn. Das hat sich als die beste Versicherung gegen Beschwerden erwiesen."]),
    ]
    for q, answers in qa:
        b.p(q, Q)
        b.ps(answers, A)
        if q.startswith("Trotzdem"):
            b.raw('<div class="werbung werbung--mitte" data-werbeplatz="content_2"><span class="werbung__hinweis">Anzeige</span><div id="ad-content-2"></div></div>')
    title = "„Bienen in der Stadt haben es oft besser als auf dem Land“"
    html = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stadtimkerin im Interview: „Bienen in der Stadt haben es oft besser“ | Nordstadt-Anzeiger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Marlene Oberländer hält drei Bienenvölker auf ihrem Balkon. Ein Gespräch über Nachbarn, Wildbienen und die Frage, wer überhaupt imkern sollte.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.nordstadt-anzeiger.de/lokales/interview-stadtbienen-imkerin-100.html">
{og(title, "Marlene Oberländer hält drei Bienenvölker auf ihrem Balkon.", "https://www.nordstadt-anzeiger.de/lokales/interview-stadtbienen-imkerin-100.html", "Nordstadt-Anzeiger", "https://www.nordstadt-anzeiger.de/bilder/imkerin.jpg", locale="de_DE")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-06-01T08:00:00+02:00", "author": {"@type": "Person", "name": "Jonas Reuter"}, "publisher": {"@type": "Organization", "name": "Nordstadt-Anzeiger"}, "isAccessibleForFree": True})}
<link rel="stylesheet" href="/assets/css/na-2024.min.css">
<script>window.naConfig = {{ressort: "lokales", seitentyp: "artikel", werbung: true}};</script>
</head>
<body class="seite seite--artikel">
<div class="einwilligung" id="cmp-dialog" role="dialog"><div class="einwilligung__inhalt"><h2>Wir brauchen Ihre Zustimmung</h2><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Einwilligung jederzeit widerrufen.</p><button class="einwilligung__button">Alle akzeptieren</button><button class="einwilligung__button einwilligung__button--sekundaer">Einstellungen</button></div></div>
<header class="kopfbereich"><a class="kopfbereich__logo" href="/">Nordstadt-Anzeiger</a><nav class="hauptnavigation"><ul class="hauptnavigation__liste">{links(["Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Freizeit", "Blaulicht", "Traueranzeigen", "E-Paper"], cls="hauptnavigation__eintrag")}</ul></nav><a class="kopfbereich__abo" href="/abo">Abo</a></header>
<main class="inhalt">
<div class="brotkrumen"><a href="/">Startseite</a> › <a href="/lokales/">Lokales</a></div>
<article class="artikel">
<header class="artikel-kopf"><p class="artikel-kopf__dachzeile">Interview mit einer Stadtimkerin</p><h1 class="artikel-kopf__titel">{title}</h1><p class="artikel-kopf__vorspann">Marlene Oberländer hält drei Bienenvölker auf ihrem Balkon in der Nordstadt. Ein Gespräch über Nachbarn, Wildbienen und die Frage, wer überhaupt imkern sollte.</p><div class="artikel-kopf__autor">Von <a href="/autoren/jonas-reuter">Jonas Reuter</a> | <time datetime="2024-06-01T08:00">01.06.2024, 08:00 Uhr</time></div>
<div class="teilen-leiste"><a class="teilen-leiste__link teilen-leiste__link--whatsapp" href="#">WhatsApp</a><a class="teilen-leiste__link teilen-leiste__link--facebook" href="#">Facebook</a><a class="teilen-leiste__link teilen-leiste__link--mail" href="#">E-Mail</a><button class="teilen-leiste__merken">Merken</button></div></header>
<figure class="artikel-bild"><img src="/bilder/imkerin.jpg" alt="Frau mit Imkerschleier auf einem Balkon"><figcaption class="artikel-bild__unterschrift">Marlene Oberländer bei der Kontrolle ihrer Völker. <span class="artikel-bild__quelle">Foto: Nordstadt-Anzeiger/Lea Sommer</span></figcaption></figure>
<div class="artikel-text">
{b.html()}
</div>
<aside class="zur-person"><h3 class="zur-person__titel">Zur Person</h3><p>Marlene Oberländer, 47, ist Grundschullehrerin und imkert seit 2020. Sie gibt Einführungskurse beim Imkerverein Nordstadt.</p></aside>
<div class="artikel-schlagworte"><span>Schlagworte:</span> <a href="/thema/bienen">Bienen</a> <a href="/thema/nordstadt">Nordstadt</a> <a href="/thema/natur">Natur</a></div>
</article>
<section class="weitere-artikel"><h2 class="weitere-artikel__titel">Das könnte Sie auch interessieren</h2><ul class="weitere-artikel__liste">{teasers([("Blühstreifen am Stadtrand: Die Bilanz nach zwei Jahren", "Die Stadt hat 4,5 Kilometer Blühstreifen angelegt. Naturschützer sind zufrieden, Landwirte weniger."), ("Imkerverein sucht Nachwuchs", "Beim Tag der offenen Tür am Lehrbienenstand können Interessierte in die Völker schauen."), ("Wildbienen-Hotel: So bauen Sie es richtig", "Viele gekaufte Nisthilfen sind nutzlos. Worauf es ankommt."), ("Honig aus dem Supermarkt: Was die Siegel bedeuten", "Ein Überblick über die wichtigsten Kennzeichnungen.")], '<li class="weitere-artikel__eintrag"><a href="{u}"><span class="weitere-artikel__ueberschrift">{t}</span><span class="weitere-artikel__anriss">{s}</span></a></li>')}</ul></section>
<section class="kommentare" id="kommentare"><h2 class="kommentare__titel">Kommentare (2)</h2><div class="kommentar"><span class="kommentar__autor">Gartenfreund_NS</span><p class="kommentar__text">Schönes Interview, endlich mal jemand, der auch die Wildbienen erwähnt.</p></div><div class="kommentar"><span class="kommentar__autor">H. Brandes</span><p class="kommentar__text">Wir haben auch zwei Völker im Schrebergarten, kann ich nur empfehlen. Der Verein hilft gern.</p></div><p class="kommentare__hinweis">Um kommentieren zu können, müssen Sie angemeldet sein.</p></section>
</main>
<aside class="seitenleiste"><div class="werbung werbung--sky"><span class="werbung__hinweis">Anzeige</span></div><section class="meistgelesen"><h2>Meistgelesen</h2><ol>{teasers(["Baustelle auf der Hafenstraße dauert länger", "Neues Café im alten Bahnhof eröffnet", "Polizei sucht Zeugen nach Unfall an der Kreuzung Lindenallee", "Stadtfest: Das ist das Programm", "Schwimmbad öffnet früher als geplant"])}</ol></section></aside>
<footer class="fussbereich"><ul>{links(["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Abo-Service", "Cookie-Einstellungen"])}</ul><p>&copy; Nordstadt-Anzeiger GmbH &amp; Co. KG 2024. Alle Rechte vorbehalten.</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("es-galeria-temporal", "https://www.diariodelestrecho.es/provincia/fotos-temporal-puerto-albar_200_1184.html", "es",
      kind="photo gallery article: two intro paragraphs, twelve slides whose captions outweigh the text, Spanish class names")
def es_galeria():
    b = Body()
    b.p("El temporal de levante que azota desde el domingo el litoral de la provincia dejó este martes rachas de viento de hasta 104 kilómetros por hora en Puerto Albar, donde el oleaje arrancó parte del paseo marítimo y obligó a cerrar al tráfico la avenida de la Playa durante toda la mañana.")
    b.p("Los servicios de emergencia atendieron más de 60 incidencias, la mayoría por caída de árboles, toldos y señales, sin que hubiera que lamentar heridos. La Agencia Estatal de Meteorología mantiene el aviso naranja hasta el jueves, cuando se espera que el viento comience a amainar.")
    captions = [
        "Las olas rompen contra el espigón del puerto pesquero a primera hora de la mañana del martes.",
        "Operarios municipales retiran los restos de la barandilla del paseo marítimo, arrancada por el oleaje durante la noche.",
        "Un vecino observa el mar desde la playa de la Caleta, donde el agua llegó hasta la puerta de los chiringuitos.",
        "La Policía Local corta el acceso a la avenida de la Playa, cerrada al tráfico hasta pasadas las dos de la tarde.",
        "Varios barcos de la flota artesanal permanecen amarrados en el puerto; la cofradía suspendió la actividad hasta el viernes.",
        "Un árbol caído sobre un coche aparcado en la calle Real, una de las 60 incidencias atendidas por los bomberos.",
        "La arena levantada por el viento cubre parcialmente el carril bici junto a la playa de Poniente.",
        "Turistas fotografían el temporal desde el mirador del castillo, uno de los pocos puntos abiertos al público.",
        "Los surfistas aprovecharon las olas en la playa de los Lances pese a las recomendaciones de Protección Civil.",
        "Trabajadores de un restaurante del paseo colocan sacos de arena ante la puerta del local.",
        "El ferri a Tánger permaneció amarrado todo el día; la naviera prevé reanudar las salidas el jueves.",
        "Atardecer sobre el puerto, con el viento aún soplando con fuerza y el cielo despejado.",
    ]
    slides = "\n".join(f'<div class="diapositiva" data-indice="{i + 1}"><figure class="diapositiva__figura"><img class="diapositiva__imagen" src="https://static.diariodelestrecho.es/clip/temporal-{i + 1:02d}.jpg" alt="" loading="lazy"><figcaption class="pie-de-foto"><span class="pie-de-foto__contador">{i + 1} / {len(captions)}</span><p class="pie-de-foto__texto">{esc(c)}</p><span class="pie-de-foto__autor">Foto: Rocío Galindo</span></figcaption></figure></div>' + ('\n<div class="publicidad publicidad--galeria"><span class="publicidad__etiqueta">Publicidad</span><div id="div-gpt-galeria-%d"></div></div>' % i if i in (3, 7) else "") for i, c in enumerate(captions))
    title = "FOTOS | Las imágenes del temporal de levante en Puerto Albar"
    html = f'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Diario del Estrecho</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Rachas de más de 100 km/h, el paseo marítimo dañado y más de 60 incidencias: así ha vivido Puerto Albar el temporal.">
<link rel="canonical" href="https://www.diariodelestrecho.es/provincia/fotos-temporal-puerto-albar_200_1184.html">
{og(title, "Rachas de más de 100 km/h, el paseo marítimo dañado y más de 60 incidencias.", "https://www.diariodelestrecho.es/provincia/fotos-temporal-puerto-albar_200_1184.html", "Diario del Estrecho", "https://static.diariodelestrecho.es/clip/temporal-01.jpg", locale="es_ES")}
{ld({"@context": "https://schema.org", "@type": "ImageGallery", "headline": title, "datePublished": "2024-02-13T17:45:00+01:00", "author": {"@type": "Person", "name": "Rocío Galindo"}, "publisher": {"@type": "NewsMediaOrganization", "name": "Diario del Estrecho"}})}
<link rel="stylesheet" href="/css/galeria.v3.css">
</head>
<body class="pagina-galeria">
<div id="didomi-host"><div class="didomi-popup-container"><div class="didomi-popup-notice-text">Con tu consentimiento, nosotros y nuestros socios usamos cookies o tecnologías similares para almacenar, acceder y procesar datos personales como tu visita en este sitio web.</div><button id="didomi-notice-agree-button">Aceptar y cerrar</button><button id="didomi-notice-learn-more-button">Más información</button></div></div>
<header class="cabecera"><a class="cabecera__logo" href="/">Diario del Estrecho</a><nav class="menu-principal"><ul>{links(["Portada", "Provincia", "Andalucía", "España", "Deportes", "Cádiz CF", "Economía", "Cultura", "Opinión", "Fotos", "Vídeos"], cls="menu-principal__item")}</ul></nav></header>
<main class="contenido-galeria">
<div class="cabecera-noticia"><span class="antetitulo">Temporal</span><h1 class="titular">{esc(title)}</h1><p class="entradilla">Rachas de más de 100 km/h, el paseo marítimo dañado y más de 60 incidencias: así ha vivido Puerto Albar el temporal</p><div class="firma"><span class="firma__autor">Rocío Galindo</span><time class="firma__fecha" datetime="2024-02-13T17:45">13/02/2024 - 17:45</time></div>
<div class="compartir"><a class="compartir__facebook" href="#">Facebook</a><a class="compartir__twitter" href="#">Twitter</a><a class="compartir__whatsapp" href="#">WhatsApp</a><a class="compartir__email" href="#">Email</a></div></div>
<div class="cuerpo-galeria">
{b.html()}
</div>
<div class="galeria-fotos" id="galeria">
{slides}
</div>
<section class="noticias-relacionadas"><h2>Noticias relacionadas</h2><ul>{teasers(["Aviso naranja por viento de levante en el litoral hasta el jueves", "El Ayuntamiento cifra en 300.000 euros los daños del paseo marítimo", "La cofradía de pescadores pide ayudas por los días sin faenar"])}</ul></section>
</main>
<aside class="lo-mas-visto"><h2>Lo más visto</h2><ol>{teasers(["Detenido un hombre tras una persecución en la autovía", "Abre el nuevo mercado de abastos tras dos años de obras", "El Cádiz CF anuncia su tercer fichaje de invierno", "Horario de las cabalgatas de Carnaval", "Cortes de agua previstos para esta semana"])}</ol></aside>
<footer class="pie"><ul>{links(["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto", "Publicidad", "Quiénes somos"])}</ul><p>© Diario del Estrecho S.L. 2024. Todos los derechos reservados.</p></footer>
<script src="/js/galeria.v3.js" defer></script>
</body>
</html>
'''
    return html, b.truth()


@page("es-noticia-cooperativa", "https://www.lavozdelasierra.com/comarca/noticia/cooperativa-olivarera-molino-solar-20240118.html", "es",
      kind="Spanish regional news with Spanish class names (cuerpo-noticia, publicidad, noticias-relacionadas, comentarios), inline 'Te puede interesar'")
def es_cooperativa():
    b = Body()
    P = '<p class="parrafo">{}</p>'
    b.p("La cooperativa olivarera Nuestra Señora de la Vega, de Villaseca del Río, ha puesto en marcha la primera almazara de la comarca que funciona casi por completo con energía solar. La instalación, de 1.400 paneles colocados sobre las naves y sobre una antigua balsa de alpechín, cubrirá alrededor del 85 por ciento del consumo eléctrico de la campaña.", P)
    b.p("El proyecto ha supuesto una inversión de 1,2 millones de euros, de los que algo más de la mitad procede de fondos europeos de recuperación. El resto lo han aportado los propios socios, unos 640 agricultores de Villaseca y de los pueblos vecinos, que aprobaron la obra en asamblea hace dos años por amplia mayoría.", P)
    b.raw('<div class="te-puede-interesar"><span class="te-puede-interesar__titulo">Te puede interesar</span><a href="/comarca/noticia/precio-aceite-origen-baja-20240110.html">El precio del aceite en origen baja por primera vez en dos años</a></div>')
    b.p("«Moler aceituna consume muchísima electricidad, y con los precios de los últimos años la factura se había convertido en un problema serio», explica el presidente de la cooperativa, Antonio Ruiz. «Ahora producimos nuestra propia energía justo en los meses en los que más la necesitamos, aunque en diciembre y enero haya menos horas de sol».", P)
    b.raw('<div class="publicidad publicidad--roba" id="roba-1"><span class="publicidad__texto">Publicidad</span></div>')
    b.p("Para los días nublados y el turno de noche, la almazara sigue conectada a la red. La cooperativa estudia ahora instalar baterías que permitan guardar el excedente del mediodía, una segunda fase que dependerá de nuevas ayudas.", P)
    b.p("La campaña 2023-2024 está siendo, además, mejor de lo esperado. La entidad prevé moler unos 18 millones de kilos de aceituna, casi el doble que el año pasado, cuando la sequía redujo la cosecha a mínimos históricos en toda la comarca.", P)
    title = "Una cooperativa de la Sierra muele su aceituna con energía solar"
    html = f'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8">
<title>{title} | La Voz de la Sierra</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="La almazara de Villaseca del Río cubrirá el 85% de su consumo con 1.400 paneles solares.">
<link rel="canonical" href="https://www.lavozdelasierra.com/comarca/noticia/cooperativa-olivarera-molino-solar-20240118.html">
{og(title, "La almazara de Villaseca del Río cubrirá el 85% de su consumo con 1.400 paneles solares.", "https://www.lavozdelasierra.com/comarca/noticia/cooperativa-olivarera-molino-solar-20240118.html", "La Voz de la Sierra", locale="es_ES")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-01-18T09:12:00+01:00", "author": {"@type": "Person", "name": "Pilar Moreno"}, "publisher": {"@type": "Organization", "name": "La Voz de la Sierra"}, "articleSection": "Comarca"})}
<link rel="stylesheet" href="/estilos/principal.css?v=88">
</head>
<body class="noticia">
<div class="aviso-cookies" id="aviso-cookies"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. <a href="/politica-cookies">Más información</a></p><button class="aviso-cookies__aceptar">Aceptar</button></div>
<header class="cabecera-sitio"><div class="cabecera-sitio__fecha">Jueves, 18 de enero de 2024</div><a class="cabecera-sitio__logo" href="/">La Voz de la Sierra</a><nav class="navegacion-principal"><ul>{links(["Portada", "Comarca", "Provincia", "Campo", "Deportes", "Sociedad", "Cultura", "Opinión", "Necrológicas", "Hemeroteca"])}</ul></nav></header>
<div class="contenedor"><div class="columna-principal">
<article class="noticia-completa">
<div class="noticia-cabecera"><span class="seccion"><a href="/comarca/">Comarca</a></span><h1 class="noticia-titular">{title}</h1><h2 class="noticia-subtitulo">La almazara de Villaseca del Río cubrirá el 85% de su consumo con 1.400 paneles instalados sobre sus naves</h2><div class="noticia-autor">Pilar Moreno <span class="noticia-fecha">18/01/2024 09:12</span></div>
<ul class="redes-compartir"><li><a href="#" class="compartir-facebook">Compartir en Facebook</a></li><li><a href="#" class="compartir-twitter">Compartir en Twitter</a></li><li><a href="#" class="compartir-whatsapp">Compartir en WhatsApp</a></li></ul></div>
<div class="noticia-foto"><img src="/fotos/2024/01/almazara-paneles.jpg" alt="Paneles solares sobre la almazara"><p class="noticia-foto__pie">Vista aérea de los paneles sobre las naves de la cooperativa. / LVS</p></div>
<div class="cuerpo-noticia">
{b.html()}
</div>
<div class="etiquetas"><span>Etiquetas:</span> <a href="/tag/aceite">Aceite</a> <a href="/tag/energia-solar">Energía solar</a> <a href="/tag/villaseca-del-rio">Villaseca del Río</a></div>
</article>
<section class="noticias-relacionadas"><h3 class="noticias-relacionadas__titulo">Noticias relacionadas</h3><ul>{teasers(["El precio del aceite en origen baja por primera vez en dos años", "La Junta abre la convocatoria de ayudas para modernizar almazaras", "Los olivareros de la comarca piden más agua para el regadío"])}</ul></section>
<section class="comentarios" id="comentarios"><h3>Comentarios</h3><div class="comentario"><span class="comentario__autor">Manolo</span><span class="comentario__fecha">18/01/2024 11:40</span><p>Muy buena iniciativa, ojalá cunda el ejemplo en otras cooperativas.</p></div><div class="comentario"><span class="comentario__autor">Un socio</span><span class="comentario__fecha">18/01/2024 13:02</span><p>A ver si con el ahorro nos suben algo el precio de liquidación a los agricultores.</p></div><form class="comentarios__formulario"><textarea placeholder="Escribe tu comentario"></textarea><button>Enviar</button></form></section>
</div>
<aside class="columna-lateral"><div class="publicidad publicidad--lateral"><span class="publicidad__texto">Publicidad</span></div><div class="lo-mas-leido"><h3>Lo más leído</h3><ol>{teasers(["Cortada la carretera de la sierra por obras hasta marzo", "La feria del queso reúne a 40 productores", "Fallece a los 92 años el antiguo alcalde de Villaseca", "El instituto estrena ciclo de FP de energías renovables"])}</ol></div></aside>
</div>
<footer class="pie-sitio"><p>La Voz de la Sierra - Periódico digital de la comarca. © 2024 Editorial Serrana S.L.</p><ul>{links(["Aviso legal", "Privacidad", "Cookies", "Contacto", "Publicidad"])}</ul></footer>
</body>
</html>
'''
    return html, b.truth()


@page("es-ar-listicle-librerias", "https://www.ciudadportena.com.ar/cultura/librerias-de-viejo-buenos-aires-recorrido-nid14032024/", "es",
      kind="Argentine listicle: numbered h2 items with images and captions, ads and 'Seguí leyendo' between items, address lines")
def es_listicle():
    b = Body()
    b.p("Entre pilas que llegan al techo, olor a papel viejo y libreros que recuerdan dónde está cada ejemplar, las librerías de usados siguen siendo uno de los grandes placeres de Buenos Aires. Recorrimos decenas y elegimos seis que, por su fondo, su historia o su atmósfera, merecen una visita sin apuro.")
    items = [
        ("1. El Ancla, en San Telmo", ["Fundada en 1958 por un marinero gallego que se instaló en la ciudad después de la guerra, El Ancla conserva sus estanterías de madera originales y una sección de literatura de viajes que no tiene rival. Su dueña actual, nieta del fundador, organiza lecturas los jueves por la tarde."], "Dirección: Defensa 1120, San Telmo."),
        ("2. Papel Prensa, en Almagro", ["Especializada en revistas antiguas, desde historietas de los años cuarenta hasta números sueltos de publicaciones culturales que ya nadie recuerda. Es el lugar al que acuden coleccionistas y también diseñadores en busca de tipografías de otra época."], "Dirección: Bulnes 845, Almagro."),
        ("3. La Ojeada, en Palermo", ["Más pequeña y ordenada que las demás, tiene una selección cuidada de poesía y ensayo a precios razonables. El librero, Julián Ibarra, responde consultas por correo y suele conseguir en pocos días títulos agotados hace décadas."], "Dirección: Gurruchaga 1490, Palermo."),
        ("4. Los Tres Hermanos, en Avenida de Mayo", ["Un clásico que ocupa dos plantas de un edificio de 1910. En el subsuelo hay mesas de saldos donde todo cuesta lo mismo, y es habitual encontrar primeras ediciones entre novelas de bolsillo sin valor alguno."], "Dirección: Avenida de Mayo 1366, Monserrat."),
        ("5. Mar de Fondo, en Boedo", ["Abrió hace apenas cinco años, pero ya es un punto de encuentro del barrio. Además de libros usados vende vinilos y tiene un patio con café donde se puede leer antes de comprar."], "Dirección: Boedo 912, Boedo."),
        ("6. Biblos, en Villa Crespo", ["Su fuerte son los libros de historia argentina y latinoamericana, con una sección de folletos y documentos políticos del siglo XX que atrae a investigadores de todo el país."], "Dirección: Corrientes 5210, Villa Crespo."),
    ]
    for i, (h, paras, addr) in enumerate(items):
        b.h(h, 2, 'class="heading"')
        b.raw(f'<figure class="image-wrapper"><img src="https://cdn.ciudadportena.com.ar/libreria-{i + 1}.jpg" alt="" loading="lazy"><figcaption class="image-caption">{esc(h[3:])}: una de las paradas del recorrido.<span class="image-credit">Foto: Tomás Ferreyra</span></figcaption></figure>')
        b.ps(paras, '<p class="paragraph">{}</p>')
        b.p(addr, '<p class="paragraph"><em>{}</em></p>')
        if i in (1, 3):
            b.raw('<div class="ad-wrapper"><div class="ad-label">PUBLICIDAD</div><div id="ad-inread-%d" class="ad-slot"></div></div>' % i)
        if i == 2:
            b.raw('<p class="paragraph related-link"><strong>Seguí leyendo:</strong> <a href="/cultura/feria-del-libro-2024-programa-nid01032024/">Feria del Libro 2024: todo lo que hay que saber</a></p>')
    b.p("Un consejo final: casi todas aceptan ofertas si uno se lleva varios ejemplares, y muchas compran bibliotecas enteras, así que vale la pena volver cada tanto. Lo que hoy no está, puede aparecer la semana próxima.", '<p class="paragraph">{}</p>')
    title = "Seis librerías de viejo en Buenos Aires que vale la pena recorrer"
    html = f'''<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<title>{title} - Ciudad Porteña</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Del mítico El Ancla en San Telmo a Biblos en Villa Crespo: un recorrido por seis librerías de usados.">
<link rel="canonical" href="https://www.ciudadportena.com.ar/cultura/librerias-de-viejo-buenos-aires-recorrido-nid14032024/">
{og(title, "Un recorrido por seis librerías de usados.", "https://www.ciudadportena.com.ar/cultura/librerias-de-viejo-buenos-aires-recorrido-nid14032024/", "Ciudad Porteña", locale="es_AR")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-03-14T00:01:00-03:00", "author": {"@type": "Person", "name": "Valeria Sosa"}, "publisher": {"@type": "Organization", "name": "Ciudad Porteña"}})}
<script>var Fusion=Fusion||{{}};Fusion.arcSite="ciudadportena";Fusion.contextPath="/pf";Fusion.deployment="312";</script>
<link rel="stylesheet" href="/pf/resources/dist/ciudadportena/css/style.css?d=312">
</head>
<body>
<div id="fusion-app" class="layout-article">
<div class="cookies-banner"><p>Utilizamos cookies para mejorar tu experiencia. Al continuar navegando aceptás nuestra <a href="/politica-de-privacidad">política de privacidad</a>.</p><button>Entendido</button></div>
<header class="header-nav"><div class="header-nav__logo"><a href="/">Ciudad Porteña</a></div><nav class="header-nav__sections"><ul>{links(["Últimas noticias", "Ciudad", "Política", "Economía", "Cultura", "Gastronomía", "Espectáculos", "Deportes", "Clima"])}</ul></nav><a class="header-nav__suscribite" href="/suscripciones">Suscribite</a></header>
<main class="article-layout">
<div class="article-header"><p class="overline"><a href="/cultura/">Cultura</a></p><h1 class="headline">{title}</h1><h2 class="subheadline">Del mítico El Ancla en San Telmo a Biblos en Villa Crespo, un recorrido por los rincones donde todavía se encuentran tesoros.</h2><div class="byline">Por <a href="/autor/valeria-sosa/">Valeria Sosa</a><time datetime="2024-03-14">14 de marzo de 2024</time></div>
<div class="share-bar"><button>Compartir</button><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div></div>
<div class="article-body">
{b.html()}
</div>
<div class="newsletter-box"><h3>Newsletter Cultura</h3><p>Recibí cada viernes la agenda cultural de la semana.</p><form><input type="email" placeholder="Tu email"><button>Suscribirme</button></form></div>
<section class="related-articles"><h3>Más notas de Cultura</h3>{"".join(f'<div class="related-item"><a href="/cultura/{i}/"><span class="related-item__title">{esc(t)}</span></a></div>' for i, t in enumerate(["Feria del Libro 2024: todo lo que hay que saber", "Los cafés notables que sobreviven en el centro", "Cómo es la nueva biblioteca del barrio de Flores", "Diez novelas argentinas para leer este otoño"]))}</section>
</main>
<footer class="footer"><p>Ciudad Porteña. Todos los derechos reservados. Propiedad intelectual en trámite.</p><ul>{links(["Términos y condiciones", "Política de privacidad", "Contacto", "Staff"])}</ul></footer>
</div>
<script src="/pf/dist/engine/react.js?d=312" defer></script>
</body>
</html>
'''
    return html, b.truth()


@page("it-ricetta-torta-mele", "https://www.lacucinadizialuisa.it/torta-di-mele-della-nonna-soffice/", "it",
      kind="Italian food blog recipe: long intro, 'Salta alla ricetta' button, WP Recipe Maker card (ingredients/steps/notes), ratings, Pinterest, comments")
def it_recipe():
    b = Body()
    b.p("Ci sono ricette che non hanno bisogno di presentazioni, e la torta di mele della nonna è una di queste. In casa nostra si preparava ogni domenica d'autunno, con le mele renette del frutteto dello zio Gianni, e il profumo che usciva dal forno riempiva tutta la scala del palazzo.")
    b.p("Questa è la versione che faccio da anni: un impasto morbido e umido, tante mele tagliate a fettine sottili, una spolverata di zucchero di canna in superficie che in cottura diventa una crosticina leggermente caramellata. Niente burro, solo olio di semi, e per questo si conserva morbida per tre o quattro giorni sotto una campana di vetro.")
    b.raw('<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="2451" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal wprm-recipe-jump-inline-button wprm-recipe-link-inline-button wprm-color-accent">Salta alla ricetta</a> <a href="https://www.lacucinadizialuisa.it/wprm_print/2451" class="wprm-recipe-print wprm-recipe-link wprm-print-recipe-shortcode">Stampa la ricetta</a></div>')
    b.h("Quali mele usare", 2, 'class="wp-block-heading"')
    b.p("Le mele renette sono perfette perché restano compatte in cottura e hanno un buon equilibrio tra dolce e acidulo. In alternativa vanno benissimo le Golden o le Fuji. Evitate le mele molto farinose, che tendono a sfaldarsi e a rilasciare troppa acqua nell'impasto.")
    b.raw('<figure class="wp-block-image size-full"><img src="/wp-content/uploads/2023/10/torta-mele-fetta.jpg" alt="fetta di torta di mele" /><figcaption class="wp-element-caption">Una fetta di torta ancora tiepida</figcaption></figure>')
    b.raw('<div class="adthrive-ad adthrive-content adthrive-content-1" data-google-query-id="CK3q"><div id="google_ads_iframe_content_1"></div></div>')
    b.raw('<div id="recipe"></div><div id="wprm-recipe-container-2451" class="wprm-recipe-container" data-recipe-id="2451" data-servings="8"><div class="wprm-recipe wprm-recipe-template-zialuisa">')
    b.raw('<h2 class="wprm-recipe-name wprm-block-text-bold">Torta di mele della nonna</h2><div class="wprm-recipe-rating wprm-recipe-rating-recipe-2451"><span class="wprm-rating-star wprm-rating-star-full"></span><span class="wprm-rating-star wprm-rating-star-full"></span><span class="wprm-rating-star wprm-rating-star-full"></span><span class="wprm-rating-star wprm-rating-star-full"></span><span class="wprm-rating-star wprm-rating-star-full"></span><div class="wprm-recipe-rating-details wprm-block-text-normal"><span class="wprm-recipe-rating-average">4.91</span> da <span class="wprm-recipe-rating-count">112</span> voti</div></div>')
    b.raw('<div class="wprm-recipe-times-container wprm-recipe-block-container"><div class="wprm-recipe-block-container wprm-recipe-time-container wprm-recipe-prep-time-container"><span class="wprm-recipe-details-label">Preparazione</span> <span class="wprm-recipe-time">20 minuti</span></div><div class="wprm-recipe-block-container wprm-recipe-cook-time-container"><span class="wprm-recipe-details-label">Cottura</span> <span class="wprm-recipe-time">50 minuti</span></div><div class="wprm-recipe-block-container wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Porzioni</span> <span class="wprm-recipe-servings">8</span> persone</div></div>')
    b.h("Ingredienti", 3, 'class="wprm-recipe-header wprm-recipe-ingredients-header"')
    ings = [("3", "", "mele renette"), ("3", "", "uova"), ("180", "g", "zucchero"), ("250", "g", "farina 00"), ("100", "ml", "olio di semi di girasole"),
            ("120", "ml", "latte intero"), ("1", "bustina", "lievito per dolci"), ("1", "", "limone (scorza grattugiata e succo)"), ("2", "cucchiai", "zucchero di canna")]
    lis = "".join(f'<li class="wprm-recipe-ingredient" data-uid="{i}"><span class="wprm-recipe-ingredient-amount">{a}</span>&#32;<span class="wprm-recipe-ingredient-unit">{u}</span>&#32;<span class="wprm-recipe-ingredient-name">{esc(n)}</span></li>' for i, (a, u, n) in enumerate(ings))
    b.add(f'<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">{lis}</ul></div>', *[" ".join(x for x in t if x) for t in ings])
    b.h("Procedimento", 3, 'class="wprm-recipe-header wprm-recipe-instructions-header"')
    steps = ["Sbucciate le mele, eliminate il torsolo e tagliatele a fettine sottili. Mettetele in una ciotola con il succo di limone perché non anneriscano.",
             "In una ciotola capiente montate le uova con lo zucchero per almeno cinque minuti, finché il composto sarà chiaro e spumoso.",
             "Aggiungete a filo l'olio e il latte, continuando a mescolare, poi la scorza di limone grattugiata.",
             "Incorporate la farina setacciata con il lievito, poco alla volta, mescolando dal basso verso l'alto per non smontare il composto.",
             "Unite all'impasto circa due terzi delle mele, versate tutto in una tortiera da 24 cm imburrata e infarinata e disponete sopra le fettine rimaste.",
             "Cospargete con lo zucchero di canna e cuocete in forno statico preriscaldato a 180 gradi per circa 50 minuti. Fate sempre la prova stecchino prima di sfornare."]
    lis = "".join(f'<li id="wprm-recipe-2451-step-0-{i}" class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;"><span style="display: block;">{esc(s)}</span></div></li>' for i, s in enumerate(steps))
    b.add(f'<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">{lis}</ul></div>', *steps)
    b.h("Note", 3, 'class="wprm-recipe-header wprm-recipe-notes-header"')
    b.add('<div class="wprm-recipe-notes-container wprm-block-text-normal"><div class="wprm-recipe-notes"><span style="display: block;">La torta si conserva fino a quattro giorni sotto una campana di vetro. Potete aggiungere all\'impasto una manciata di uvetta ammollata nel rum.</span></div></div>',
          "La torta si conserva fino a quattro giorni sotto una campana di vetro. Potete aggiungere all'impasto una manciata di uvetta ammollata nel rum.")
    b.raw('<div class="wprm-call-to-action wprm-call-to-action-simple" style="color: #ffffff;background-color: #b55a3c;margin: 0px;padding-top: 10px;padding-bottom: 10px;"><span class="wprm-call-to-action-icon"></span> <span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header">Hai provato questa ricetta?</span><span class="wprm-call-to-action-text">Tagga <a href="https://www.instagram.com/lacucinadizialuisa" target="_blank">@lacucinadizialuisa</a> o usa l\'hashtag #zialuisa!</span></span></div>')
    b.raw('</div></div>')
    title = "Torta di mele della nonna, soffice e profumata"
    comments = [("Paola", "Fatta ieri sera, buonissima e sofficissima! Ho usato le Golden perché non trovavo le renette. Grazie Luisa!"),
                ("Zia Luisa", "Grazie a te Paola, sono felice che sia piaciuta!"),
                ("Francesco", "Si può sostituire il latte con latte di avena? Mia figlia è intollerante al lattosio."),
                ("Zia Luisa", "Certo Francesco, va benissimo il latte vegetale, anche di riso o di mandorla."),
                ("Marta R.", "La rifaccio ogni settimana da quando l'ho scoperta. La mia famiglia non ne ha mai abbastanza.")]
    cm = "\n".join(f'<li class="comment depth-1" id="comment-{900 + i}"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">{esc(n)}</cite></div><div class="comment-meta commentmetadata"><a href="#comment-{900 + i}">{14 + i} ottobre 2023 alle {9 + i}:05</a></div><p>{esc(t)}</p><div class="reply"><a class="comment-reply-link" href="#">Rispondi</a></div></div></li>' for i, (n, t) in enumerate(comments))
    html = f'''<!DOCTYPE html>
<html lang="it-IT">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - La cucina di Zia Luisa</title>
<meta name="description" content="La torta di mele della nonna: soffice, senza burro, con tante mele e una crosticina di zucchero di canna. Ricetta facile passo passo." />
<link rel="canonical" href="https://www.lacucinadizialuisa.it/torta-di-mele-della-nonna-soffice/" />
{og(title, "La torta di mele della nonna: soffice, senza burro, con tante mele.", "https://www.lacucinadizialuisa.it/torta-di-mele-della-nonna-soffice/", "La cucina di Zia Luisa", "https://www.lacucinadizialuisa.it/wp-content/uploads/2023/10/torta-mele.jpg", locale="it_IT")}
<script type="application/ld+json">{{"@context":"https://schema.org/","@type":"Recipe","name":"Torta di mele della nonna","author":{{"@type":"Person","name":"Zia Luisa"}},"description":"Torta di mele soffice senza burro","datePublished":"2023-10-12T08:00:00+00:00","recipeYield":["8"],"prepTime":"PT20M","cookTime":"PT50M","recipeIngredient":{str([" ".join(x for x in t if x) for t in ings]).replace("'", '"')},"recipeInstructions":[{",".join('{"@type":"HowToStep","text":"%s"}' % s.replace('"', '') for s in steps)}],"aggregateRating":{{"@type":"AggregateRating","ratingValue":"4.91","ratingCount":"112"}},"recipeCategory":["Dolci"],"recipeCuisine":["Italiana"]}}</script>
<link rel='stylesheet' id='wprm-public-css' href='https://www.lacucinadizialuisa.it/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.1.0' media='all' />
<link rel='stylesheet' id='kadence-global-css' href='https://www.lacucinadizialuisa.it/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.51' media='all' />
</head>
<body class="post-template-default single single-post postid-2440 single-format-standard wp-custom-logo footer-on-bottom hide-focus-outline link-style-standard content-title-style-normal content-width-narrow content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Vai al contenuto</a>
<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://www.lacucinadizialuisa.it/" rel="home"><img src="/wp-content/uploads/logo-zialuisa.png" class="custom-logo" alt="La cucina di Zia Luisa" /></a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Navigazione Principale"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">{links(["Antipasti", "Primi", "Secondi", "Dolci", "Lievitati", "Conserve", "Chi sono"], cls="menu-item")}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-2440" class="entry content-bg single-entry post-2440 post type-post status-publish format-standard has-post-thumbnail hentry category-dolci tag-autunno tag-mele">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/dolci/" rel="tag">Dolci</a></span></div><h1 class="entry-title">{title}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Di</span><span class="author vcard"><a class="url fn n" href="/author/zialuisa/">Zia Luisa</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2023-10-12T08:00:00+02:00">12 Ottobre 2023</time></span></div></header>
<div class="entry-content single-content">
{b.html()}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Tag post:</span><a href="/tag/autunno/" title="autunno" class="tag-link tag-item-autunno" rel="tag"><span class="tag-hash">#</span>autunno</a><a href="/tag/mele/" title="mele" class="tag-link tag-item-mele" rel="tag"><span class="tag-hash">#</span>mele</a></span></div></footer>
</div>
</article>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Potrebbe piacerti anche</h2><div class="entry-related-carousel kadence-slide-init splide">{"".join(f'<article class="entry content-bg loop-entry post type-post"><a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="/{i}/"><div class="post-thumbnail-inner"><img src="/rel{i}.jpg" alt=""></div></a><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="/{i}/" rel="bookmark">{esc(t)}</a></h3></header></div></article>' for i, t in enumerate(["Crostata di marmellata della nonna", "Ciambellone soffice all'arancia", "Strudel di mele facile", "Biscotti da inzuppo al limone"]))}</div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">5 commenti su “{title}”</h2><ol class="comment-list">{cm}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Lascia un commento <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annulla risposta</a></small></h3><form id="commentform" class="comment-form"><p class="comment-notes">Il tuo indirizzo email non sarà pubblicato.</p><div class="comment-form-wprm-rating"><label>Valutazione ricetta</label></div><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Invia commento"></form></div></div>
</div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap"><section id="block-3" class="widget widget_block"><h2>Ciao, sono Luisa!</h2><p>Cucino da quando ero bambina nella cucina di mia nonna in Romagna. Qui trovi le ricette di famiglia, semplici e genuine.</p></section><section id="block-5" class="widget widget_block"><h2>Ricette più amate</h2><ul>{teasers(["Tagliatelle al ragù come in Romagna", "Piadina fatta in casa", "Ciambella romagnola", "Passatelli in brodo"])}</ul></section></div></aside>
</div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2024 La cucina di Zia Luisa - P.IVA 01234567890 - <a href="/privacy-policy/">Privacy Policy</a> - <a href="/cookie-policy/">Cookie Policy</a></p></div></div></div></div></div></div></div></div></div></div></footer>
</div>
<div id="iubenda-cs-banner" class="iubenda-cs-default iubenda-cs-bottom" role="alertdialog" aria-labelledby="iubenda-cs-title" aria-describedby="iubenda-cs-paragraph"><div class="iubenda-cs-container"><div class="iubenda-cs-content"><div class="iubenda-banner-content" role="document"><div id="iubenda-cs-title">Informativa</div><div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.</p></div></div><div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn iubenda-cs-btn-primary">Rifiuta</button><button class="iubenda-cs-accept-btn iubenda-cs-btn-primary">Accetta</button></div></div></div></div>
<script src='https://www.lacucinadizialuisa.it/wp-content/plugins/wp-recipe-maker/dist/public-modern.js?ver=9.1.0' id='wprm-public-js'></script>
</body>
</html>
'''
    return html, b.truth()


@page("it-notizia-fontana", "https://www.gazzettadellavaldera.it/cronaca/2024/05/montesecco-torna-a-zampillare-la-fontana-dei-delfini-4412", "it",
      kind="Italian local news with Italian class names (corpo-articolo, pubblicita, articoli-correlati, leggi-anche, condividi)")
def it_fontana():
    b = Body()
    b.p("Dopo quasi tre anni di silenzio, la fontana dei Delfini in piazza Garibaldi è tornata a zampillare. Sabato mattina, davanti a qualche centinaio di persone, il sindaco Luca Bertini ha aperto simbolicamente la valvola che riporta l'acqua nelle quattro vasche del monumento, chiuso nel 2021 per le infiltrazioni che minacciavano le cantine dei palazzi vicini.")
    b.p("Il restauro, costato circa 310mila euro tra fondi comunali e un contributo della Fondazione Cassa di Risparmio, è durato quattordici mesi. I tecnici hanno rifatto completamente l'impianto idraulico, sostituendo le vecchie tubature in piombo, e hanno installato un sistema a ricircolo che riduce il consumo d'acqua di oltre il novanta per cento.")
    b.raw('<div class="leggi-anche"><span class="leggi-anche__etichetta">Leggi anche</span> <a href="/cronaca/2024/03/montesecco-piazza-garibaldi-nuova-pavimentazione-4188">Piazza Garibaldi, via ai lavori per la nuova pavimentazione</a></div>')
    b.p("Anche la parte scultorea ha richiesto un lungo lavoro. I quattro delfini in marmo, scolpiti nel 1786 da una bottega di Carrara, erano coperti da incrostazioni calcaree e in due casi presentavano fratture alle code. «Abbiamo consolidato il marmo con tecniche poco invasive e abbiamo scelto di non ricostruire le parti mancanti», spiega la restauratrice Giulia Fantozzi. «Chi guarda da vicino vedrà i segni del tempo, ed è giusto così».")
    b.raw('<div class="pubblicita pubblicita--articolo" id="pubblicita-centrale"><span class="pubblicita__etichetta">Pubblicità</span><div id="div-gpt-ad-centrale"></div></div>')
    b.p("Per l'occasione la piazza è stata animata dalla banda cittadina e da un piccolo mercato di prodotti locali. Molti anziani si sono fermati a lungo davanti alla fontana: per generazioni di montesecchesi era il punto di ritrovo delle sere d'estate, e più di uno ha ricordato i bagni proibiti nelle vasche da ragazzi.")
    b.p("Il Comune ha annunciato che nei prossimi mesi verrà installata anche una nuova illuminazione notturna. Fino ad allora la fontana resterà accesa dalle 8 alle 23.")
    title = "Montesecco, torna a zampillare la fontana dei Delfini dopo tre anni"
    html = f'''<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>{title} - Gazzetta della Valdera</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Conclusi i lavori di restauro: nuovo impianto a ricircolo e marmi consolidati. Festa in piazza Garibaldi.">
<link rel="canonical" href="https://www.gazzettadellavaldera.it/cronaca/2024/05/montesecco-torna-a-zampillare-la-fontana-dei-delfini-4412">
{og(title, "Conclusi i lavori di restauro: nuovo impianto a ricircolo e marmi consolidati.", "https://www.gazzettadellavaldera.it/cronaca/2024/05/montesecco-torna-a-zampillare-la-fontana-dei-delfini-4412", "Gazzetta della Valdera", locale="it_IT")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-05-19T12:30:00+02:00", "author": {"@type": "Person", "name": "Redazione"}, "publisher": {"@type": "Organization", "name": "Gazzetta della Valdera"}})}
<link rel="stylesheet" href="/static/css/gazzetta.css?v=2024.4">
</head>
<body class="pagina-articolo">
<div class="banner-cookie" id="banner-cookie"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo questo banner acconsenti all'uso dei cookie. <a href="/privacy">Informativa estesa</a></p><button class="banner-cookie__accetta">Accetto</button><button class="banner-cookie__rifiuta">Rifiuto</button></div>
<header class="testata"><div class="testata__data">Domenica 19 maggio 2024</div><a class="testata__logo" href="/">Gazzetta della Valdera</a><nav class="menu-principale"><ul>{links(["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura e spettacoli", "Eventi", "Necrologi", "Lettere al direttore"], cls="menu-principale__voce")}</ul></nav></header>
<div class="contenitore">
<main class="colonna-sinistra">
<article class="articolo">
<div class="intestazione-articolo"><p class="occhiello">Montesecco</p><h1 class="titolo-articolo">{title}</h1><p class="sommario">Conclusi i lavori di restauro: nuovo impianto a ricircolo e marmi consolidati. Sabato la festa in piazza Garibaldi con la banda e il mercato</p><div class="autore-data"><span class="autore">di Redazione</span> <span class="data">19 maggio 2024 12:30</span></div>
<div class="condividi"><a class="condividi__facebook" href="#">Condividi su Facebook</a><a class="condividi__whatsapp" href="#">WhatsApp</a><a class="condividi__email" href="#">Invia per email</a><a class="condividi__stampa" href="#">Stampa</a></div></div>
<div class="immagine-principale"><img src="/foto/2024/05/fontana-delfini.jpg" alt="La fontana dei Delfini"><p class="didascalia">La fontana dei Delfini dopo il restauro (foto Comune di Montesecco)</p></div>
<div class="corpo-articolo">
{b.html()}
</div>
<div class="argomenti"><span>Argomenti:</span> <a href="/tag/montesecco">Montesecco</a> <a href="/tag/restauro">restauro</a></div>
</article>
<section class="articoli-correlati"><h3 class="articoli-correlati__titolo">Articoli correlati</h3><ul>{teasers([("Piazza Garibaldi, via ai lavori per la nuova pavimentazione", "I cantieri dureranno fino a settembre, modificata la viabilità del centro."), ("Fontane storiche, la Fondazione finanzia tre restauri in Valdera", "Stanziati 600mila euro per monumenti a Montesecco, Ponsacco e Lari."), ("Montesecco, il mercato del sabato torna in piazza", "Dopo i lavori gli ambulanti potranno rientrare nel centro storico.")], '<li><a href="{u}"><strong>{t}</strong></a><p>{s}</p></li>')}</ul></section>
</main>
<aside class="colonna-destra"><div class="pubblicita pubblicita--laterale"><span class="pubblicita__etichetta">Pubblicità</span></div><div class="ultime-notizie"><h3>Ultime notizie</h3><ul>{teasers(["Pontedera, incidente sulla Tosco-Romagnola: due feriti", "Calcio, la Ponsacchese vince il derby", "Lari, torna la sagra delle ciliegie", "Maltempo, allerta gialla per temporali", "Scuola, nuove iscrizioni in calo in tutta la Valdera"])}</ul></div></aside>
</div>
<footer class="piede-pagina"><p>Gazzetta della Valdera - Testata giornalistica registrata presso il Tribunale di Pisa n. 12/2011. Direttore responsabile: Marco Lenzi.</p><ul>{links(["Chi siamo", "Contatti", "Pubblicità", "Privacy", "Cookie policy"])}</ul><p>&copy; 2024 Edizioni Valdera srl - P.IVA 01987654321</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("pt-blogger-serra", "https://caminhantesdodouro.blogspot.com/2024/04/serra-da-estrela-covao-dametade.html", "pt",
      kind="Blogger (classic widgets): post-body with one <div> per paragraph and <div><br></div> spacers, tr-caption tables, BlogArchive sidebar, comments")
def pt_blogger():
    b = Body()
    paras = ["No passado sábado fomos, finalmente, fazer o percurso entre a Torre e o Covão d'Ametade, que há tanto tempo andava na lista. Éramos seis, incluindo a Beatriz, que fez a sua primeira caminhada de montanha a sério, e o tempo, depois de uma semana de chuva, resolveu portar-se bem.",
             "Deixámos um carro no Covão e subimos no outro até à Torre, onde às nove da manhã ainda havia neve nas bermas e um vento gelado que nos fez vestir tudo o que tínhamos na mochila. A partir daí é quase sempre a descer, mas não se deixem enganar: o trilho é de pedra solta em muitos troços e os joelhos sentem cada metro.",
             "A primeira parte, até ao Cântaro Magro, tem vistas absolutamente incríveis sobre o vale glaciar do Zêzere. Parámos várias vezes só para olhar. A Beatriz, que no início dizia que não ia conseguir, foi sempre à frente a tirar fotografias.",
             "Depois do Cântaro o caminho entra numa zona de blocos de granito onde é preciso usar as mãos em alguns passos. Nada de difícil, mas convém ir com calma, sobretudo se a pedra estiver molhada. Foi aqui que perdemos o trilho durante uns dez minutos, porque as marcas estavam tapadas pela neve.",
             "Chegámos ao Covão d'Ametade por volta das duas da tarde, com fome e muito satisfeitos. O sítio é lindíssimo, com os vidoeiros ainda sem folhas e o rio a correr cheio da água do degelo. Almoçámos nas mesas de piquenique e ainda houve quem tivesse coragem de meter os pés na água, que estava geladíssima.",
             "Dicas para quem quiser fazer: levem bastões, roupa para o frio mesmo na primavera e água suficiente, porque não há onde a arranjar pelo caminho. No total foram cerca de 9 quilómetros e 5 horas, com muitas paragens. Para a próxima queremos voltar no outono, com as cores das folhas."]
    parts = []
    for i, t in enumerate(paras):
        parts.append("<div>%s</div>\n<div><br /></div>" % inl(t))
        if i == 1:
            parts.append('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_torre/s1600/torre.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="300" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_torre/s400/torre.jpg" width="400" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">Ainda havia neve junto à Torre</td></tr></tbody></table>\n<div><br /></div>')
        if i == 3:
            parts.append('<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_cantaro/s1600/cantaro.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="300" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_cantaro/s400/cantaro.jpg" width="400" /></a></div>\n<div><br /></div>')
    b.add("\n".join(parts), *paras)
    title = "Serra da Estrela: da Torre ao Covão d'Ametade"
    comments = [("Rui Pinto", "Que bela caminhada! Fiz esse percurso em 2019 e também me perdi naquela zona dos blocos, as marcas são mesmo más ali."),
                ("Ana M.", "Adorei as fotografias. Acham que é possível fazer com crianças de 10 anos?"),
                ("Caminhantes do Douro", "Olá Ana! Com crianças habituadas a caminhar sim, mas talvez seja melhor esperar pelo verão, sem neve. Boas caminhadas!")]
    cm = "\n".join(f'<li class="comment" id="c{700 + i}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/{800 + i}" rel="nofollow">{esc(n)}</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c{700 + i}">{22 + i} de abril de 2024 às {18 + i}:1{i}</a></span></div><p class="comment-content">{esc(t)}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{700 + i}">Responder</a><span class="item-control blog-admin pid-1"><a target="_self" href="https://www.blogger.com/comment/delete/{700 + i}">Eliminar</a></span></span></div><div class="comment-replies"></div><div class="comment-replybox-single" id="c{700 + i}-ce"></div></li>' for i, (n, t) in enumerate(comments))
    html = f'''<!DOCTYPE html>
<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://caminhantesdodouro.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://caminhantesdodouro.blogspot.com/2024/04/serra-da-estrela-covao-dametade.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Caminhantes do Douro - Atom" href="https://caminhantesdodouro.blogspot.com/feeds/posts/default" />
<meta content='https://caminhantesdodouro.blogspot.com/2024/04/serra-da-estrela-covao-dametade.html' property='og:url'/>
<meta content="{esc(title)}" property='og:title'/>
<meta content='No passado sábado fomos, finalmente, fazer o percurso entre a Torre e o Covão d&#39;Ametade...' property='og:description'/>
<title>Caminhantes do Douro: {esc(title)}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Josh Peterson  URL: www.noaesthetic.com */
body {{ font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #222222; background: #e8e4d8; }}
.post-body {{ line-height: 1.4; position: relative; }}
--></style>
<script type='text/javascript'>(function(){{var a=window;a._gaq=a._gaq||[];}})();</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><iframe allowTransparency='true' class='blogger-iframe-colorize blogger-search-iframe' frameborder='0' height='30px' id='navbar-iframe' scrolling='no' src='https://www.blogger.com/navbar.g?targetBlogID=5123&amp;blogName=Caminhantes+do+Douro' title='Blogger Navigation and Search' width='100%'></iframe></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='main-inner'><div class='header section' id='header' name='Cabeçalho'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://caminhantesdodouro.blogspot.com/'>Caminhantes do Douro</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Um grupo de amigos do Porto, uma mochila e muitos quilómetros de trilhos por Portugal.</span></p></div></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Em várias colunas'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li class='selected'><a href='https://caminhantesdodouro.blogspot.com/'>Início</a></li><li><a href='https://caminhantesdodouro.blogspot.com/p/percursos.html'>Percursos</a></li><li><a href='https://caminhantesdodouro.blogspot.com/p/quem-somos.html'>Quem somos</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-2'>
<div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Principal'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>sábado, 20 de abril de 2024</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh_torre/s400/torre.jpg' itemprop='image_url'/>
<meta content='5123' itemprop='blogId'/>
<a name='7788123'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-7788123' itemprop='description articleBody'>
<div dir="ltr" style="text-align: left;" trbidi="on">
{b.html()}
</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Publicada por <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/0123' rel='author' title='author profile'><span itemprop='name'>Teresa Magalhães</span></a></span></span> <span class='post-timestamp'>à(s) <a class='timestamp-link' href='https://caminhantesdodouro.blogspot.com/2024/04/serra-da-estrela-covao-dametade.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2024-04-20T21:14:00+01:00'>21:14</abbr></a></span> <span class='post-comment-link'></span></div>
<div class='post-footer-line post-footer-line-2'><div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=5123&amp;postID=7788123&amp;target=email' target='_blank' title='Enviar a mensagem por email'><span class='share-button-link-text'>Enviar a mensagem por email</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=5123&amp;postID=7788123&amp;target=blog' target='_blank' title='Dê a sua opinião!'><span class='share-button-link-text'>Dê a sua opinião!</span></a><a class='goog-inline-block share-button sb-twitter' href='#' title='Partilhar no X'><span class='share-button-link-text'>Partilhar no X</span></a><a class='goog-inline-block share-button sb-facebook' href='#' title='Partilhar no Facebook'><span class='share-button-link-text'>Partilhar no Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='#' title='Partilhar no Pinterest'><span class='share-button-link-text'>Partilhar no Pinterest</span></a></div></div>
<div class='post-footer-line post-footer-line-3'><span class='post-labels'>Etiquetas: <a href='https://caminhantesdodouro.blogspot.com/search/label/Montanha' rel='tag'>Montanha</a>, <a href='https://caminhantesdodouro.blogspot.com/search/label/Serra%20da%20Estrela' rel='tag'>Serra da Estrela</a></span></div></div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>3 comentários:</h4><div class='comments-content'><div id='comment-holder'><div class="comment-thread toplevel-thread"><ol id="top-ra">{cm}</ol></div></div></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/5123/7788123' onclick=''>Enviar um comentário</a></p></div>
</div></div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://caminhantesdodouro.blogspot.com/2024/05/gerês-trilho-da-preguiça.html' id='Blog1_blog-pager-newer-link' title='Mensagem mais recente'>Mensagem mais recente</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://caminhantesdodouro.blogspot.com/2024/03/passadicos-do-paiva-inverno.html' id='Blog1_blog-pager-older-link' title='Mensagem antiga'>Mensagem antiga</a></span><a class='home-link' href='https://caminhantesdodouro.blogspot.com/'>Página inicial</a></div>
<div class='post-feeds'><div class='feed-links'>Subscrever: <a class='feed-link' href='https://caminhantesdodouro.blogspot.com/feeds/7788123/comments/default' target='_blank' type='application/atom+xml'>Enviar feedback (Atom)</a></div></div>
</div></div>
</div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Acerca de mim</h2><div class='widget-content'><a href='https://www.blogger.com/profile/0123'><img alt='A minha fotografia' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/profile.jpg' width='80'/></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0123' rel='author'>Teresa Magalhães</a></dt><dd class='profile-textblock'>Professora de Geografia, caminhante aos fins de semana.</dd></dl><a class='profile-link' href='https://www.blogger.com/profile/0123' rel='author'>Ver o meu perfil completo</a></div></div>
<div class='widget Followers' data-version='1' id='Followers1'><h2 class='title'>Seguidores</h2><div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><span>Seguidores (48)</span></div></div></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Arquivo do blogue</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='https://caminhantesdodouro.blogspot.com/2024/'>2024</a> <span class='post-count' dir='ltr'>(7)</span><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://caminhantesdodouro.blogspot.com/2024/04/'>abril</a> <span class='post-count' dir='ltr'>(2)</span><ul class='posts'><li><a href='https://caminhantesdodouro.blogspot.com/2024/04/serra-da-estrela-covao-dametade.html'>Serra da Estrela: da Torre ao Covão d'Ametade</a></li><li><a href='https://caminhantesdodouro.blogspot.com/2024/04/trilho-dos-moinhos-sever.html'>Trilho dos Moinhos, em Sever do Vouga</a></li></ul></li><li class='archivedate collapsed'><a class='post-count-link' href='https://caminhantesdodouro.blogspot.com/2024/03/'>março</a> <span class='post-count' dir='ltr'>(3)</span></li></ul></li><li class='archivedate collapsed'><a class='post-count-link' href='https://caminhantesdodouro.blogspot.com/2023/'>2023</a> <span class='post-count' dir='ltr'>(19)</span></li></ul></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Etiquetas</h2><div class='widget-content list-label-widget-content'><ul><li><a dir='ltr' href='/search/label/Douro'>Douro</a><span dir='ltr'>(12)</span></li><li><a dir='ltr' href='/search/label/Gerês'>Gerês</a><span dir='ltr'>(8)</span></li><li><a dir='ltr' href='/search/label/Montanha'>Montanha</a><span dir='ltr'>(9)</span></li><li><a dir='ltr' href='/search/label/Serra%20da%20Estrela'>Serra da Estrela</a><span dir='ltr'>(3)</span></li></ul></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-3' name='Rodapé'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema Simples. Imagens de temas por <a href='http://www.istockphoto.com/portfolio/luoman' target='_blank'>luoman</a>. Com tecnologia do <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975415574-widgets.js"></script>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">Este site utiliza cookies do Google para fornecer os seus serviços e analisar o tráfego. O seu endereço IP e user agent são partilhados com o Google, juntamente com métricas de desempenho e segurança.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies">Saber mais</a><a id="cookieChoiceDismiss" class="cookie-choices-button">Ok</a></span></div></div>
</body>
</html>
'''
    return html, b.truth()


@page("pt-br-feira-relacionadas", "https://www.portalcampinaverde.com.br/cidade/noticia/2024/08/feira-de-organicos-muda-para-a-praca-da-matriz.ghtml", "pt",
      kind="Brazilian portal: four-paragraph story, related-stories block with summaries longer than the story, Portuguese class names")
def pt_related():
    b = Body()
    P = '<p class="conteudo-texto__paragrafo">{}</p>'
    b.p("A Feira de Orgânicos de Campina Verde, que há nove anos ocupava o estacionamento do ginásio municipal, vai mudar de endereço a partir do próximo sábado (17). As barracas passam a ser montadas na Praça da Matriz, no Centro, sempre das 6h às 12h.", P)
    b.p("Segundo a Secretaria de Agricultura, a mudança atende a um pedido antigo dos feirantes, que reclamavam da falta de sombra e da distância do ponto de ônibus. A nova área tem espaço para 40 barracas, dez a mais do que o local anterior, e as vagas extras serão distribuídas entre produtores da agricultura familiar cadastrados no município.", P)
    b.raw('<div class="publicidade publicidade--meio"><span>Publicidade</span><div id="banner-meio-materia"></div></div>')
    b.p("\"Muita gente deixava de vir porque no ginásio era sol na cabeça a manhã inteira. Na praça tem árvore, tem banco, o pessoal vai poder tomar um café e ficar mais\", disse a produtora Cida Fernandes, que vende hortaliças e ovos caipiras na feira desde a primeira edição.", P)
    b.p("A prefeitura informou que o trânsito na Rua Sete de Setembro, ao lado da praça, será interditado aos sábados durante o horário da feira. Os ônibus das linhas 102 e 115 terão o ponto transferido para a Avenida Brasil.", P)
    rel = [("Prefeitura anuncia reforma completa da Praça da Matriz até o fim do ano", "Obra inclui nova iluminação, troca do piso e revitalização do coreto; investimento estimado é de R$ 1,8 milhão, com recursos do estado e do município."),
           ("Agricultores familiares de Campina Verde recebem novos equipamentos", "Secretaria entregou dois tratores, uma roçadeira e kits de irrigação para associações rurais do município nesta semana."),
           ("Preço do tomate dispara e pesa no bolso do consumidor", "Levantamento feito em cinco supermercados da cidade mostra alta de até 40% no último mês; produtores culpam a estiagem."),
           ("Mercado Municipal terá horário estendido aos domingos", "A partir de setembro, os boxes poderão funcionar até as 14h; comerciantes aprovaram a mudança em assembleia."),
           ("Campina Verde registra menor índice de chuvas em 20 anos", "Dados da estação meteorológica mostram que julho teve apenas 3 milímetros de precipitação; Defesa Civil orienta economia de água."),
           ("Festival gastronômico reúne 25 restaurantes no Centro", "Evento acontece no fim de semana com pratos a preço fixo e apresentações musicais gratuitas na praça."),
           ("Linha 102 de ônibus terá novo itinerário a partir de segunda", "Mudança atende bairros da zona norte que estavam sem atendimento desde o início do ano."),
           ("Escolas municipais vão servir alimentos da agricultura familiar", "Contrato prevê a compra de 80 toneladas de hortaliças e frutas de produtores locais para a merenda escolar."),
           ("Horta comunitária do bairro Jardim das Flores completa um ano", "Projeto tocado por moradores já produz verduras para 60 famílias e recebe visitas de escolas da região."),
           ("Produtores de queijo artesanal ganham selo de inspeção municipal", "Com a certificação, seis queijarias poderão vender seus produtos em mercados e feiras de toda a cidade."),
           ("Câmara aprova projeto que cria Dia do Feirante em Campina Verde", "Data será comemorada anualmente em 25 de agosto, com homenagens a trabalhadores das feiras livres."),
           ("Veja a programação completa do aniversário da cidade", "Shows, desfile cívico e feira de artesanato fazem parte das comemorações dos 148 anos do município.")]
    rl = "\n".join(f'<div class="feed-post bstn-item-shape type-materia"><div class="feed-post-body"><div class="feed-post-body-title"><div class="_evt"><h2><a href="https://www.portalcampinaverde.com.br/cidade/noticia/2024/08/{i}.ghtml" class="feed-post-link">{esc(t)}</a></h2></div></div><div class="feed-post-body-resumo"><p>{esc(s)}</p></div><div class="feed-post-metadata"><span class="feed-post-datetime">Há {i + 1} dias</span><span class="feed-post-metadata-section"> Cidade </span></div></div></div>' for i, (t, s) in enumerate(rel))
    title = "Feira de Orgânicos muda para a Praça da Matriz a partir deste sábado"
    html = f'''<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>{title} | Campina Verde | Portal Campina Verde</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Feira passa a funcionar no Centro, das 6h às 12h, com espaço para 40 barracas.">
<link rel="canonical" href="https://www.portalcampinaverde.com.br/cidade/noticia/2024/08/feira-de-organicos-muda-para-a-praca-da-matriz.ghtml">
{og(title, "Feira passa a funcionar no Centro, das 6h às 12h, com espaço para 40 barracas.", "https://www.portalcampinaverde.com.br/cidade/noticia/2024/08/feira-de-organicos-muda-para-a-praca-da-matriz.ghtml", "Portal Campina Verde", locale="pt_BR")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-08-14T10:02:00-03:00", "author": [{"@type": "Person", "name": "Redação Portal CV"}], "publisher": {"@type": "Organization", "name": "Portal Campina Verde"}})}
<link rel="stylesheet" href="/static/css/materia.min.css">
</head>
<body class="pagina-materia">
<div class="aviso-cookies"><p>Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa <a href="/privacidade">Política de Privacidade</a> e, ao continuar navegando, você concorda com estas condições.</p><button>Prosseguir</button></div>
<header class="cabecalho"><a class="cabecalho__logo" href="/">Portal Campina Verde</a><nav class="menu"><ul>{links(["Cidade", "Região", "Política", "Polícia", "Esporte", "Agro", "Empregos", "Entretenimento", "Previsão do tempo"])}</ul></nav></header>
<main class="materia">
<div class="materia-cabecalho"><p class="materia-chapeu">Campina Verde</p><h1 class="materia-titulo">{title}</h1><h2 class="materia-subtitulo">Feira passa a funcionar no Centro, das 6h às 12h, com espaço para 40 barracas.</h2><p class="materia-autor">Por Redação Portal CV</p><p class="materia-data"><time datetime="2024-08-14T10:02:00-03:00">14/08/2024 10h02</time> Atualizado há 2 dias</p>
<div class="compartilhar"><a href="#">Compartilhar no Facebook</a><a href="#">Compartilhar no WhatsApp</a><a href="#">Compartilhar no X</a></div></div>
<div class="materia-foto"><img src="/fotos/2024/08/feira.jpg" alt=""><p class="materia-foto__legenda">Feirantes montam barracas no estacionamento do ginásio, antigo endereço da feira — Foto: Arquivo/Portal CV</p></div>
<article class="materia-conteudo">
{b.html()}
</article>
<div class="veja-tambem"><h3 class="veja-tambem__titulo">Veja também</h3>
{rl}
</div>
</main>
<aside class="mais-lidas"><h3>Mais lidas</h3><ol>{teasers(["Acidente na BR deixa duas pessoas feridas", "Concurso da prefeitura tem inscrições abertas", "Frente fria deve derrubar temperaturas no fim de semana", "Time da cidade vence e sobe na tabela"])}</ol></aside>
<footer class="rodape"><p>© Copyright 2000-2024 Portal Campina Verde. Todos os direitos reservados.</p><ul>{links(["Quem somos", "Anuncie", "Fale conosco", "Política de privacidade", "Termos de uso"])}</ul></footer>
</body>
</html>
'''
    return html, b.truth()


@page("nl-gemeente-werkzaamheden", "https://www.wolderwijk.nl/nieuws/werkzaamheden-stationsweg-afsluiting-juni-juli", "nl",
      kind="Dutch municipality notice: skip links, 'U bent hier' breadcrumb, rich-text with lists, 'Was deze informatie nuttig?' form, 'Zie ook' sidebar")
def nl_gemeente():
    b = Body()
    b.p("Van maandag 3 juni tot en met vrijdag 12 juli vervangt de gemeente de riolering en het wegdek van de Stationsweg, tussen de Kerkstraat en de rotonde bij het station. De weg is in deze periode afgesloten voor al het verkeer. Fietsers en voetgangers kunnen er wel langs, via een tijdelijk pad aan de oostkant.")
    b.h("Waarom deze werkzaamheden?", 2)
    b.p("De riolering onder de Stationsweg is ruim zestig jaar oud en aan vervanging toe. Tegelijk leggen we een apart buizenstelsel aan voor regenwater. Bij hevige buien loopt het water dan niet meer in het riool, maar naar de nieuwe wadi in het Stationspark. Zo hebben bewoners minder last van water op straat en in kelders.")
    b.h("Omleidingen", 2)
    b.ul(["Autoverkeer richting het centrum wordt omgeleid via de Molenweg en de Burgemeester Smitlaan.",
          "Buslijn 14 rijdt niet over de Stationsweg. De haltes Kerkstraat en Stationsweg vervallen tijdelijk; gebruik halte Molenweg.",
          "Het station blijft bereikbaar via de Spoorlaan. De fietsenstalling is gewoon open."])
    b.h("Bereikbaarheid voor bewoners en ondernemers", 2)
    b.p("Woningen en bedrijven aan de Stationsweg blijven te voet bereikbaar. Bewoners kunnen hun auto in deze periode gratis parkeren op het parkeerterrein aan de Spoorlaan; de ontheffing ontvangt u per post. Hulpdiensten kunnen altijd bij alle woningen komen.")
    b.p("Afval wordt op de gewone dagen opgehaald. Zet uw container op de hoek van de Kerkstraat, de aannemer zorgt ervoor dat deze wordt geleegd.")
    b.h("Vragen?", 2)
    b.p("Heeft u vragen over de werkzaamheden? Neem contact op met de omgevingsmanager van aannemer Van Dijk Infra, mevrouw S. Hoekstra, via telefoonnummer 0522 555 210. Of bel de gemeente via 14 0522.")
    title = "Werkzaamheden Stationsweg: weg afgesloten van 3 juni tot en met 12 juli"
    html = f'''<!DOCTYPE html>
<html lang="nl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Gemeente Wolderwijk</title>
<meta name="description" content="De gemeente vervangt de riolering en het wegdek van de Stationsweg. De weg is afgesloten voor verkeer.">
<meta name="DCTERMS.creator" content="Gemeente Wolderwijk">
<meta name="DCTERMS.language" content="nl">
<meta name="DCTERMS.modified" content="2024-05-21">
<link rel="canonical" href="https://www.wolderwijk.nl/nieuws/werkzaamheden-stationsweg-afsluiting-juni-juli">
{og(title, "De gemeente vervangt de riolering en het wegdek van de Stationsweg.", "https://www.wolderwijk.nl/nieuws/werkzaamheden-stationsweg-afsluiting-juni-juli", "Gemeente Wolderwijk", locale="nl_NL", twitter=False)}
<link rel="stylesheet" href="/static/css/gemeente.min.css?v=5.2">
<script src="/static/js/readspeaker.js" defer></script>
</head>
<body>
<div class="skiplinks"><a href="#main" class="skiplink">Direct naar de inhoud</a><a href="#zoeken" class="skiplink">Direct naar zoeken</a></div>
<div class="cookiemelding" role="region" aria-label="Cookiemelding"><div class="cookiemelding__tekst"><p>Wij gebruiken alleen functionele en analytische cookies die geen persoonsgegevens opslaan. Lees meer in onze <a href="/privacy">privacyverklaring</a>.</p></div><button class="cookiemelding__knop">Sluiten</button></div>
<header class="header"><div class="header__logo"><a href="/"><img src="/static/img/logo-wolderwijk.svg" alt="Logo gemeente Wolderwijk, naar de homepage"></a></div>
<form id="zoeken" class="header__zoeken" action="/zoeken" role="search"><label for="q" class="sr-only">Zoeken</label><input id="q" name="q" type="search" placeholder="Waar bent u naar op zoek?"><button type="submit">Zoeken</button></form>
<nav class="hoofdnavigatie" aria-label="Hoofdmenu"><ul>{links(["Inwoners", "Ondernemers", "Bestuur en organisatie", "Nieuws", "Contact"], cls="hoofdnavigatie__item")}</ul></nav></header>
<div class="broodkruimel"><span class="broodkruimel__label">U bent hier:</span><ol><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li><li aria-current="page">Werkzaamheden Stationsweg</li></ol></div>
<main id="main" class="pagina">
<div class="pagina__inhoud">
<h1>{title}</h1>
<p class="nieuwsdatum">Nieuwsbericht | 21-05-2024</p>
<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" title="Laat de tekst voorlezen met ReadSpeaker" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=1234&amp;lang=nl_nl&amp;readid=content"><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lees voor</span></span></span></a></div>
<figure class="afbeelding"><img src="/media/stationsweg.jpg" alt="De Stationsweg gezien vanaf de Kerkstraat"><figcaption>De Stationsweg gezien vanaf de Kerkstraat.</figcaption></figure>
<div id="content" class="rich-text">
{b.html()}
</div>
<div class="delen"><h2 class="delen__titel">Deel deze pagina</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">E-mail</a></li></ul></div>
<div class="laatst-gewijzigd">Laatst gewijzigd: 21 mei 2024</div>
<section class="feedback" aria-labelledby="feedback-titel"><h2 id="feedback-titel">Was deze informatie nuttig?</h2><form class="feedback__formulier"><button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button></form><p>Wij gebruiken uw reactie om onze website te verbeteren. U krijgt geen antwoord op uw reactie. Heeft u een vraag? Neem dan <a href="/contact">contact</a> met ons op.</p></section>
</div>
<aside class="pagina__zijbalk"><section class="zie-ook"><h2>Zie ook</h2><ul>{links([("Overzicht werkzaamheden in de gemeente", "/werkzaamheden"), ("Melding openbare ruimte doen", "/melding"), ("Parkeren in het centrum", "/parkeren"), ("Klimaatadaptatie: Wolderwijk klaar voor de regen", "/klimaat")])}</ul></section>
<section class="contactblok"><h2>Contact</h2><p>Bel 14 0522<br>maandag tot en met vrijdag van 8.30 tot 17.00 uur</p><p><a href="/contact">Alle contactmogelijkheden</a></p></section></aside>
</main>
<footer class="footer"><div class="footer__kolommen"><div><h2>Contact</h2><p>Gemeente Wolderwijk<br>Raadhuisplein 1<br>7940 AA Wolderwijk</p></div><div><h2>Volg ons</h2><ul>{links(["Facebook", "Instagram", "LinkedIn", "X"])}</ul></div><div><h2>Over deze website</h2><ul>{links(["Privacyverklaring", "Cookies", "Toegankelijkheid", "Proclaimer", "Kwetsbaarheid melden"])}</ul></div></div></footer>
</body>
</html>
'''
    return html, b.truth()


@page("nl-nieuws-dijkwerker", "https://www.dagbladvanhetnoorden-oost.nl/regio/dijkwerker-met-pensioen-na-44-jaar~a7812c40/", "nl",
      kind="Dutch regional news: Dutch class names (artikel-tekst, advertentie, gerelateerd, lees-ook), reader comments")
def nl_nieuws():
    b = Body()
    P = '<p class="artikel-tekst__alinea">{}</p>'
    b.p("Vierenveertig jaar lang liep Geert Bosma elke week een stuk van de zeedijk bij Noordpolderzijl af. Zomer en winter, bij zon en bij storm. Vrijdag was zijn laatste werkdag bij het waterschap, en zijn collega's hadden op de dijk een erehaag van schapen geregeld.", P)
    b.p("„Nou ja, de schapen stonden er toevallig,” zegt Bosma lachend. „Maar het was een mooi gebaar.”", P)
    b.p("Bosma begon in 1980 als dijkwerker, in een tijd dat er nog met de schop gewerkt werd en verslagen in een schrift werden bijgehouden. Nu loopt hij met een tablet waarop hij elke scheur, elk gat van een muskusrat en elke natte plek direct doorgeeft. „Het gereedschap is veranderd, het kijken niet. Een dijk moet je leren lezen.”", P)
    b.raw('<aside class="lees-ook"><span class="lees-ook__label">Lees ook</span><a href="/regio/waterschap-versterkt-zeedijk-over-12-kilometer~a7700b11/">Waterschap versterkt zeedijk over twaalf kilometer</a></aside>')
    b.h("Stormnacht", 2, 'class="artikel-tekst__tussenkop"')
    b.p("De nacht die hij nooit vergeet is die van januari 1995, toen het water in de rivieren zo hoog stond dat in het zuiden van het land hele dorpen werden geëvacueerd. „Hier was het de zee niet, maar we hebben wel twee nachten doorgewerkt om een kwelplek bij het gemaal in de gaten te houden. Je slaapt dan niet, je kijkt alleen maar.”", P)
    b.raw('<div class="advertentie advertentie--artikel"><span class="advertentie__label">Advertentie</span><div id="ad-artikel-1"></div></div>')
    b.p("Wat hij het meest gaat missen? Bosma hoeft er niet lang over na te denken. „De ochtenden. Om zes uur op de dijk, de wadden aan de ene kant en het land aan de andere. Daar word je nooit op uitgekeken.”", P)
    b.p("Helemaal weg van de dijk gaat hij niet. Bosma heeft zich aangemeld als vrijwilliger bij de dijkwacht, die bij extreem hoog water wordt opgeroepen. „Dan mogen ze me bellen. Ik weet waar ik moet kijken.”", P)
    title = "Dijkwerker Geert (65) neemt afscheid na 44 jaar: ‘Een dijk moet je leren lezen’"
    html = f'''<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Regio | Dagblad van het Noorden-Oost</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Vierenveertig jaar lang liep Geert Bosma elke week een stuk van de zeedijk af. Vrijdag was zijn laatste werkdag.">
<link rel="canonical" href="https://www.dagbladvanhetnoorden-oost.nl/regio/dijkwerker-met-pensioen-na-44-jaar~a7812c40/">
{og(title, "Vierenveertig jaar lang liep Geert Bosma elke week een stuk van de zeedijk af.", "https://www.dagbladvanhetnoorden-oost.nl/regio/dijkwerker-met-pensioen-na-44-jaar~a7812c40/", "Dagblad van het Noorden-Oost", locale="nl_NL")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-09-28T06:00:00+02:00", "author": {"@type": "Person", "name": "Femke Wiersma"}, "publisher": {"@type": "Organization", "name": "Dagblad van het Noorden-Oost"}})}
<link rel="stylesheet" href="/assets/css/dno.css">
</head>
<body class="artikelpagina">
<div id="privacy-gate" class="privacy-gate"><div class="privacy-gate__inhoud"><h2>Wij vragen je toestemming</h2><p>Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te bieden, advertenties te tonen die aansluiten bij je interesses en het gebruik van onze website te meten.</p><button class="privacy-gate__akkoord">Akkoord</button><button class="privacy-gate__instellingen">Instellingen aanpassen</button></div></div>
<header class="kop"><a class="kop__logo" href="/">Dagblad van het Noorden-Oost</a><nav class="navigatie"><ul>{links(["Nieuws", "Regio", "Sport", "Economie", "Cultuur", "Puzzels", "Podcasts", "Abonneren"], cls="navigatie__item")}</ul></nav><a class="kop__inloggen" href="/inloggen">Inloggen</a></header>
<main class="inhoud">
<article class="artikel">
<header class="artikel-kop"><span class="artikel-kop__rubriek">Regio</span><h1 class="artikel-kop__titel">{esc(title)}</h1><p class="artikel-kop__intro">Vierenveertig jaar lang liep hij elke week een stuk zeedijk af. Vrijdag nam dijkwerker Geert Bosma afscheid van het waterschap.</p><div class="artikel-kop__meta"><span class="auteur">Femke Wiersma</span><time datetime="2024-09-28T06:00">28 sep. 2024, 06:00</time></div>
<div class="deelknoppen"><button class="deelknoppen__knop">Delen</button><a class="deelknoppen__whatsapp" href="#">WhatsApp</a><a class="deelknoppen__facebook" href="#">Facebook</a></div></header>
<figure class="artikel-beeld"><img src="/beeld/dijkwerker.jpg" alt=""><figcaption class="artikel-beeld__onderschrift">Geert Bosma op de zeedijk bij Noordpolderzijl. <span class="artikel-beeld__fotograaf">Foto: Jan Zijlstra</span></figcaption></figure>
<div class="artikel-tekst">
{b.html()}
</div>
</article>
<section class="gerelateerd"><h2 class="gerelateerd__titel">Meer uit de regio</h2><ul class="gerelateerd__lijst">{teasers(["Waterschap versterkt zeedijk over twaalf kilometer", "Muskusrattenvangers vangen minder ratten dan ooit", "Wadloopcentrum verwacht recordseizoen", "Gemaal De Drie Delfzijlen honderd jaar oud", "Boeren en natuurorganisaties eens over kweldergebied"], '<li class="gerelateerd__item"><a href="{u}">{t}</a></li>')}</ul></section>
<section class="reacties" id="reacties"><h2>Reacties (3)</h2><div class="reactie"><strong>Hennie</strong><p>Mooi stuk! Geert heeft mijn vader nog opgeleid in de jaren tachtig.</p></div><div class="reactie"><strong>J. de Vries</strong><p>Respect voor deze man. Veel succes bij de dijkwacht!</p></div><div class="reactie"><strong>Noordpolder</strong><p>Altijd een praatje als je hem op de dijk tegenkwam. Gaan we missen.</p></div></section>
</main>
<footer class="voet"><ul>{links(["Over ons", "Contact", "Adverteren", "Privacy", "Cookieverklaring", "Algemene voorwaarden"])}</ul><p>&copy; 2024 Mediahuis Noord-Oost B.V.</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("pl-wiki-jezioro", "https://pl.wikiencyklopedia.org/wiki/Jezioro_Miedzianka", "pl",
      kind="MediaWiki (Vector) article: infobox, TOC, [edytuj] section links, reference markers, Przypisy/Bibliografia, navbox, categories")
def pl_wiki():
    b = Body()
    REF = '<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">&#91;{n}&#93;</a></sup>'
    def p(t, refs=()):
        h = inl(t)
        for pos, n in refs:
            h = h.replace(pos, pos + REF.format(n=n), 1)
        b.add("<p>%s</p>" % h, t)
    def h2(t, anchor):
        b.add(f'<h2><span class="mw-headline" id="{anchor}">{esc(t)}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Jezioro_Miedzianka&amp;action=edit&amp;section=1" title="Edytuj sekcję: {esc(t)}"><span>edytuj</span></a><span class="mw-editsection-divider"> | </span><a href="/w/index.php?title=Jezioro_Miedzianka&amp;action=edit&amp;section=1"><span>edytuj kod</span></a><span class="mw-editsection-bracket">]</span></span></h2>', t)
    infobox = '''<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">Jezioro Miedzianka</th></tr><tr><td colspan="2" class="infobox-image"><a href="/wiki/Plik:Miedzianka_lato.jpg" class="mw-file-description"><img alt="" src="//upload.wikiencyklopedia.org/thumb/miedzianka.jpg/260px-miedzianka.jpg" width="260" height="173" class="mw-file-element"></a><div class="infobox-caption">Jezioro Miedzianka latem</div></td></tr><tr><th scope="row" class="infobox-label">Państwo</th><td class="infobox-data">Polska</td></tr><tr><th scope="row" class="infobox-label">Województwo</th><td class="infobox-data">warmińsko-mazurskie</td></tr><tr><th scope="row" class="infobox-label">Powierzchnia</th><td class="infobox-data">214,6 ha</td></tr><tr><th scope="row" class="infobox-label">Głębokość maks.</th><td class="infobox-data">31,2 m</td></tr><tr><th scope="row" class="infobox-label">Wysokość lustra</th><td class="infobox-data">128,4 m n.p.m.</td></tr></tbody></table>'''
    b.raw(infobox)
    p("**Jezioro Miedzianka** – jezioro rynnowe na Pojezierzu Iławskim, w gminie Ostrowite Małe, w powiecie iławskim województwa warmińsko-mazurskiego. Należy do dorzecza Drwęcy i jest jednym z najgłębszych jezior w tej części pojezierza.", [("pojezierza.", 1)])
    b.raw('<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="pl" dir="ltr"><h2 id="mw-toc-heading">Spis treści</h2></div><ul><li class="toclevel-1 tocsection-1"><a href="#Położenie_i_charakterystyka"><span class="tocnumber">1</span> <span class="toctext">Położenie i charakterystyka</span></a></li><li class="toclevel-1 tocsection-2"><a href="#Historia"><span class="tocnumber">2</span> <span class="toctext">Historia</span></a></li><li class="toclevel-1 tocsection-3"><a href="#Przyroda"><span class="tocnumber">3</span> <span class="toctext">Przyroda</span></a></li><li class="toclevel-1 tocsection-4"><a href="#Turystyka"><span class="tocnumber">4</span> <span class="toctext">Turystyka</span></a></li><li class="toclevel-1 tocsection-5"><a href="#Przypisy"><span class="tocnumber">5</span> <span class="toctext">Przypisy</span></a></li><li class="toclevel-1 tocsection-6"><a href="#Bibliografia"><span class="tocnumber">6</span> <span class="toctext">Bibliografia</span></a></li></ul></div>')
    h2("Położenie i charakterystyka", "Położenie_i_charakterystyka")
    p("Jezioro ma wydłużony kształt i rozciąga się na długości około 4,8 km z północy na południe, przy szerokości nieprzekraczającej 700 m. Brzegi są w większości wysokie i strome, porośnięte lasem mieszanym; jedynie w części południowej przechodzą w podmokłe łąki. Do jeziora uchodzą dwa niewielkie cieki, a wypływa z niego struga Miedzianka, uchodząca po kilku kilometrach do Drwęcy.", [("Drwęcy.", 2)])
    p("Ze względu na dużą głębokość i niewielką powierzchnię w stosunku do objętości wody jezioro należy do zbiorników o stabilnej stratyfikacji termicznej. Latem w głębszych partiach utrzymuje się warstwa zimnej wody o temperaturze 5–6 °C.")
    h2("Historia", "Historia")
    p("Nazwa jeziora pojawia się w dokumentach krzyżackich z XIV wieku jako *Kopperse*. Według miejscowej tradycji pochodzi od miedzianego zabarwienia wody o zachodzie słońca, choć część badaczy wiąże ją z dawnym wydobyciem rudy darniowej w okolicy.", [("okolicy.", 3)])
    p("W okresie międzywojennym nad północnym brzegiem działał ośrodek wypoczynkowy dla urzędników z Grudziądza, a po II wojnie światowej teren przejęło państwowe gospodarstwo rybackie. Od lat 90. XX wieku jezioro jest dzierżawione przez prywatne gospodarstwo rybackie.")
    h2("Przyroda", "Przyroda")
    p("W jeziorze występuje między innymi sielawa, sieja, węgorz, szczupak i sandacz. Obecność sielawy świadczy o dobrej jakości wody; w badaniach monitoringowych jezioro zaliczano do II klasy czystości.", [("czystości.", 4)])
    p("Na południowym krańcu jeziora znajduje się użytek ekologiczny obejmujący fragment torfowiska przejściowego, na którym rosną m.in.:")
    b.ul(["rosiczka okrągłolistna", "bagno zwyczajne", "żurawina błotna", "turzyca bagienna"])
    h2("Turystyka", "Turystyka")
    p("Nad jeziorem znajdują się dwa ośrodki wypoczynkowe i pole namiotowe. Wokół jeziora wytyczono szlak pieszy o długości około 12 km. Akwen jest popularny wśród nurków ze względu na przejrzystość wody, sięgającą w okresie wiosennym nawet 6 m.")
    b.raw('<h2><span class="mw-headline" id="Przypisy">Przypisy</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edytuj</a><span class="mw-editsection-bracket">]</span></span></h2><div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">↑</a></b></span> <span class="reference-text">Jańczak J. (red.): <i>Atlas jezior Polski</i>. T. 3. Poznań: Bogucki Wydawnictwo Naukowe, 1999.</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">↑</a></b></span> <span class="reference-text">Państwowy rejestr nazw geograficznych.</span></li><li id="cite_note-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-3">↑</a></b></span> <span class="reference-text">Nowak T.: <i>Nazwy wodne dorzecza Drwęcy</i>. Toruń 2004, s. 211.</span></li><li id="cite_note-4"><span class="mw-cite-backlink"><b><a href="#cite_ref-4">↑</a></b></span> <span class="reference-text">Wojewódzki Inspektorat Ochrony Środowiska w Olsztynie: <i>Raport o stanie środowiska</i>, 2016.</span></li></ol></div>')
    b.raw('<h2><span class="mw-headline" id="Bibliografia">Bibliografia</span></h2><ul><li>Kondracki J.: <i>Geografia regionalna Polski</i>. Warszawa: Wydawnictwo Naukowe PWN, 2002.</li></ul>')
    b.raw('<div role="navigation" class="navbox" aria-labelledby="Jeziora_Pojezierza_Iławskiego"><table class="navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Jeziora_Pojezierza_Iławskiego">Jeziora Pojezierza Iławskiego</div></th></tr><tr><td class="navbox-list navbox-odd"><div><ul><li><a href="/wiki/Jeziorak">Jeziorak</a></li><li><a href="/wiki/Jezioro_Dauby">Dauby</a></li><li><a href="/wiki/Jezioro_Gil_Wielki">Gil Wielki</a></li><li><a href="/wiki/Jezioro_Miedzianka" class="mw-selflink selflink">Miedzianka</a></li><li><a href="/wiki/Jezioro_Szeląg_Wielki">Szeląg Wielki</a></li><li><a href="/wiki/Jezioro_Witoszewskie">Witoszewskie</a></li></ul></div></td></tr></tbody></table></div>')
    title = "Jezioro Miedzianka"
    html = f'''<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-sticky-header-disabled" lang="pl" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{title} – Wikiencyklopedia, wolna encyklopedia</title>
<script>(function(){{var className="client-js";var cookie=document.cookie.match(/(?:^|; )plwikimwclientpreferences=([^;]+)/);}}());</script>
<script>RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":[",\\t."," \\t,"],"wgCanonicalNamespace":"","wgPageName":"Jezioro_Miedzianka","wgTitle":"Jezioro Miedzianka","wgCurRevisionId":71234567,"wgArticleId":998877,"wgIsArticle":true,"wgUserLanguage":"pl","wgContentLanguage":"pl"}};</script>
<link rel="stylesheet" href="/w/load.php?lang=pl&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.0-wmf.5">
<meta name="referrer" content="origin">
<meta property="og:title" content="{title} – Wikiencyklopedia, wolna encyklopedia">
<meta property="og:type" content="website">
<link rel="canonical" href="https://pl.wikiencyklopedia.org/wiki/Jezioro_Miedzianka">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.pl">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Jezioro_Miedzianka rootpage-Jezioro_Miedzianka skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Przejdź do zawartości</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Witryna"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Menu główne"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label">Menu główne</label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Nawigacja</div><div class="vector-menu-content"><ul class="vector-menu-content-list">{links([("Strona główna", "/wiki/Strona_główna"), ("Losuj artykuł", "/wiki/Specjalna:Losowa_strona"), ("Kategorie artykułów", "/wiki/Kategorie"), ("Najlepsze artykuły", "/wiki/Najlepsze"), ("Częste pytania (FAQ)", "/wiki/FAQ")], cls="mw-list-item")}</ul></div></div><div id="p-interaction" class="vector-menu mw-portlet"><div class="vector-menu-heading">Dla czytelników</div><div class="vector-menu-content"><ul class="vector-menu-content-list">{links([("O Wikiencyklopedii", "/wiki/O_nas"), ("Kontakt", "/wiki/Kontakt"), ("Wspomóż", "https://donate.wikiencyklopedia.org")], cls="mw-list-item")}</ul></div></div></div></div></nav><a href="/wiki/Strona_główna" class="mw-logo"><span class="mw-logo-container">Wikiencyklopedia Wolna encyklopedia</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><form action="/w/index.php" id="searchform" class="vector-search-box-form"><input class="cdx-text-input__input" type="search" name="search" placeholder="Przeszukaj Wikiencyklopedię" aria-label="Przeszukaj Wikiencyklopedię"><button class="cdx-button cdx-search-input__end-button">Szukaj</button></form></div><nav class="vector-user-links" aria-label="Narzędzia osobiste"><ul>{links([("Utwórz konto", "/w/index.php?title=Specjalna:Utwórz_konto"), ("Zaloguj się", "/w/index.php?title=Specjalna:Zaloguj")], cls="mw-list-item")}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-main-menu-container"></div>
<div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{title}</span></h1><div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">3 języki</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Przestrzenie nazw"><ul>{links([("Artykuł", "/wiki/Jezioro_Miedzianka"), ("Dyskusja", "/wiki/Dyskusja:Jezioro_Miedzianka")], cls="vector-tab-noicon mw-list-item")}</ul></nav></div><div id="right-navigation"><nav aria-label="Widoki"><ul>{links([("Czytaj", "/wiki/Jezioro_Miedzianka"), ("Edytuj", "/w/index.php?title=Jezioro_Miedzianka&veaction=edit"), ("Edytuj kod źródłowy", "/w/index.php?title=Jezioro_Miedzianka&action=edit"), ("Wyświetl historię", "/w/index.php?title=Jezioro_Miedzianka&action=history")], cls="vector-tab-noicon mw-list-item")}</ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">Z Wikiencyklopedii, wolnej encyklopedii</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="pl" dir="ltr">
<div class="mw-geo-coordinates"><span class="geo-dms" title="Mapy, zdjęcia satelitarne i inne informacje dotyczące miejsca o współrzędnych 53°31′N 19°36′E">53°31′N 19°36′E</span></div>
{b.html()}
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Pomoc:Kategorie" title="Pomoc:Kategorie">Kategorie</a>: <ul><li><a href="/wiki/Kategoria:Jeziora_na_Pojezierzu_Iławskim">Jeziora na Pojezierzu Iławskim</a></li><li><a href="/wiki/Kategoria:Jeziora_w_powiecie_iławskim">Jeziora w powiecie iławskim</a></li><li><a href="/wiki/Kategoria:Jeziora_polodowcowe">Jeziora polodowcowe</a></li></ul></div></div>
</div>
</main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> Tę stronę ostatnio edytowano 2 lut 2024, 14:22.</li><li id="footer-info-copyright">Tekst udostępniany na licencji <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.pl">Creative Commons: uznanie autorstwa, na tych samych warunkach</a>, z możliwością obowiązywania dodatkowych ograniczeń. Zobacz szczegółowe informacje o <a href="/wiki/Warunki_korzystania">warunkach korzystania</a>.</li></ul><ul id="footer-places">{links([("Polityka prywatności", "/wiki/Polityka_prywatności"), ("O Wikiencyklopedii", "/wiki/O_nas"), ("Korzystasz z informacji zawartych w Wikiencyklopedii wyłącznie na własną odpowiedzialność", "/wiki/Informacje_prawne"), ("Kodeks postępowania", "/wiki/Kodeks"), ("Dla deweloperów", "/wiki/Dev"), ("Statystyki", "/wiki/Statystyki"), ("Oświadczenie o plikach cookie", "/wiki/Cookies"), ("Wersja mobilna", "/mobile")])}</ul></footer></div>
</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":142}});}});</script>
</body>
</html>
'''
    return html, b.truth()


@page("pl-forum-rower", "http://www.forum-rowerowe.pl/showthread.php?t=31877", "pl", enc="iso-8859-2",
      kind="vBulletin 3 thread in ISO-8859-2: table layout, post_message divs with <br>, signature, replies, 'Podobne wątki'")
def pl_forum():
    b = Body()
    paras = ["Cześć wszystkim,",
             "po kilku miesiącach dłubania w garażu skończyłem wreszcie renowację Rometa Wigry 3 z 1986 roku, który przez ponad dwadzieścia lat stał u teściów w stodole. Obiecałem na forum relację, więc proszę bardzo, może komuś się przyda.",
             "Stan wyjściowy był, delikatnie mówiąc, kiepski: rama cała w rdzy powierzchniowej, opony popękane, łańcuch zapieczony na amen, a z oryginalnych naklejek zostały tylko strzępy na widelcu. Na szczęście rama nie była pęknięta ani pogięta, a to przy składakach z tamtych lat wcale nie jest oczywiste.",
             "Co zrobiłem po kolei:"]
    b.brtext(paras)
    b.ol(["Rozebrałem wszystko do ostatniej śrubki i zrobiłem zdjęcia każdego etapu, bo inaczej nie złożyłbym tego z powrotem.",
          "Ramę i błotniki oddałem do piaskowania i malowania proszkowego. Kolor wybrałem jak najbliższy oryginalnej czerwieni, wyszło około 250 zł.",
          "Piasty rozebrałem, wyczyściłem i nasmarowałem, łożyska kulkowe wymieniłem na nowe. Obręcze po odrdzewieniu dało się uratować.",
          "Nowe opony, dętki, linki hamulcowe, łańcuch i chwyty kupiłem w zwykłym sklepie rowerowym, wszystko w standardowych rozmiarach.",
          "Naklejki zamówiłem u gościa z allegro, który robi repliki na podstawie oryginalnych wzorów."])
    paras2 = ["Najwięcej problemów było z zawiasem ramy. Sworzeń był tak zapieczony, że dopiero po trzech dniach moczenia w odrdzewiaczu i grzaniu opalarką dało się go wybić. Jeśli ktoś będzie robił to samo, to radzę uzbroić się w cierpliwość i nie walić młotkiem od razu, bo łatwo uszkodzić ucho ramy.",
              "Całość kosztowała mnie około 700 zł, nie licząc własnej roboty. Wiem, że za te pieniądze można kupić używany rower w lepszym stanie, ale nie o to chodziło. Na tym Wigrach jeździłem jako dzieciak po wsi i chciałem, żeby teraz jeździł mój syn.",
              "Zdjęcia przed i po wrzucam poniżej. Jeśli macie pytania, to piszcie."]
    b.brtext(paras2)
    replies = [("marek_szprycha", "Piękna robota! Też mam Wigry 3 po ojcu, leży w piwnicy. Możesz podać namiar na tego od naklejek?"),
               ("Zbyszek1970", "Gratuluję cierpliwości. Z tym sworzniem to święta prawda, ja swojego w końcu musiałem rozwiercić."),
               ("Ania_K", "Kolor wyszedł super. Ile kosztowało samo piaskowanie?"),
               ("tomek_wigry", "Dzięki! Naklejki: wyślę na PW. Piaskowanie z malowaniem razem 250 zł, osobno nie pytałem.")]
    rp = "\n".join(f'''<table class="tborder" id="post{2210400 + i}" cellpadding="6" cellspacing="0" border="0" width="100%" align="center"><tr><td class="thead"><div class="normal" style="float:right">&nbsp;#<a href="showpost.php?p={2210400 + i}&amp;postcount={i + 2}" target="new" rel="nofollow" id="postcount{2210400 + i}" name="{i + 2}"><strong>{i + 2}</strong></a>&nbsp;</div><div class="normal"><a name="post{2210400 + i}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Stary" border="0" /></a>{12 + i}-03-2024, 1{i}:4{i}</div></td></tr><tr><td class="alt2" style="padding:0px"><table cellpadding="0" cellspacing="6" border="0" width="100%"><tr><td class="alt2"><div id="postmenu_{2210400 + i}"><a class="bigusername" href="member.php?u={9100 + i}">{u}</a></div><div class="smallfont">Użytkownik</div></td></tr></table></td></tr><tr><td class="alt1" id="td_post_{2210400 + i}"><div id="post_message_{2210400 + i}">{esc(t)}</div></td></tr></table>''' for i, (u, t) in enumerate(replies))
    title = "Renowacja Romet Wigry 3 (1986) - relacja"
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2" />
<meta name="generator" content="vBulletin 3.8.7" />
<meta name="keywords" content="Renowacja, Romet, Wigry, rower, forum rowerowe" />
<meta name="description" content="Renowacja Romet Wigry 3 (1986) - relacja Rowery klasyczne i PRL" />
<style type="text/css" id="vbulletin_css">
body {{ background: #E1E4F2; color: #000000; font: 10pt verdana, geneva, lucida, 'lucida grande', arial, helvetica, sans-serif; margin: 5px 10px 10px 10px; padding: 0px; }}
.tborder {{ background: #D1D1E1; color: #000000; border: 1px solid #0B198C; }}
.alt1, .alt1Active {{ background: #F5F5FF; color: #000000; }}
</style>
<script type="text/javascript" src="clientscript/yui/yahoo-dom-event/yahoo-dom-event.js?v=387"></script>
<script type="text/javascript"><!--
var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var vb_disable_ajax = parseInt("0", 10);
// --></script>
<title>{title} - Forum Rowerowe</title>
</head>
<body>
<a name="top"></a>
<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center"><tr><td align="left"><a href="index.php"><img src="images/misc/forum_logo.gif" border="0" alt="Forum Rowerowe" /></a></td><td align="right" id="header_right_cell">&nbsp;<a href="http://www.sklep-rowerowy-przyklad.pl"><img src="banery/baner_468x60.gif" alt="Reklama" /></a></td></tr></table>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="alt1" width="100%"><table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom"><td><span class="navbar"><a href="index.php" accesskey="1">Forum Rowerowe</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=4">Technika</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=22">Rowery klasyczne i PRL</a></span></td></tr><tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><strong>{title}</strong></td></tr></table></td><td class="alt2" nowrap="nowrap" style="padding:0px"><form action="login.php?do=login" method="post"><table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont"><label for="navbar_username">Użytkownik</label></td><td><input type="text" class="bginput" style="font-size: 11px" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="Użytkownik" /></td><td class="smallfont" nowrap="nowrap"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" tabindex="103" id="cb_cookieuser_navbar" accesskey="c" />Zapamiętaj?</label></td></tr><tr><td class="smallfont"><label for="navbar_password">Hasło</label></td><td><input type="password" class="bginput" style="font-size: 11px" name="vb_login_password" id="navbar_password" size="10" tabindex="102" /></td><td><input type="submit" class="button" value="Zaloguj" tabindex="104" /></td></tr></table></form></td></tr></table>
<br />
<div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" cellspacing="0" border="0" width="100%" align="center"><tr align="center"><td class="vbmenu_control"><a href="register.php" rel="nofollow">Rejestracja</a></td><td class="vbmenu_control"><a href="faq.php" accesskey="5">FAQ</a></td><td class="vbmenu_control"><a href="memberlist.php">Użytkownicy</a></td><td class="vbmenu_control"><a href="calendar.php">Kalendarz</a></td><td class="vbmenu_control"><a href="search.php?do=getdaily" accesskey="2">Dzisiejsze posty</a></td><td class="vbmenu_control"><a href="search.php" accesskey="4">Szukaj</a></td></tr></table></div>
<br />
<div id="posts">
<table class="tborder" id="post2210399" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="thead"><div class="normal" style="float:right">&nbsp;#<a href="showpost.php?p=2210399&amp;postcount=1" target="new" rel="nofollow" id="postcount2210399" name="1"><strong>1</strong></a>&nbsp;</div><div class="normal"><a name="post2210399"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Stary" border="0" /></a>11-03-2024, 21:05</div></td></tr>
<tr><td class="alt2" style="padding:0px"><table cellpadding="0" cellspacing="6" border="0" width="100%"><tr><td class="alt2"><div id="postmenu_2210399"><a class="bigusername" href="member.php?u=8877">tomek_wigry</a></div><div class="smallfont">Zarejestrowany</div><div class="smallfont">&nbsp;<br /><div>Dołączył: Jun 2011</div><div>Miasto: Łomża</div><div>Posty: 418</div></div></td></tr></table></td></tr>
<tr><td class="alt1" id="td_post_2210399">
<div class="smallfont"><img class="inlineimg" src="images/icons/icon1.gif" alt="Default" border="0" /> <strong>{title}</strong></div>
<hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" />
<div id="post_message_2210399">{b.html("")}</div>
<div>__________________<br />Romet Wigry 3 (1986), Romet Jubilat (1979), Kross Trans Pacific (2015)</div>
</td></tr>
<tr><td class="alt2" align="right"><a href="newreply.php?do=newreply&amp;p=2210399" rel="nofollow"><img src="images/buttons/quote.gif" alt="Odpowiedz z cytatem" border="0" /></a></td></tr>
</table>
{rp}
</div>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><thead><tr><td class="tcat" colspan="5">Podobne wątki</td></tr></thead><tbody><tr class="thead" align="center"><td class="thead" nowrap="nowrap">Wątek</td><td class="thead" nowrap="nowrap">Autor wątku</td><td class="thead" nowrap="nowrap">Forum</td><td class="thead" nowrap="nowrap">Odpowiedzi</td><td class="thead" nowrap="nowrap">Ostatni post</td></tr>
<tr><td class="alt1" align="left"><a href="showthread.php?t=29911">Romet Wigry 2 - jaki lakier?</a></td><td class="alt2">kolarz77</td><td class="alt1">Rowery klasyczne i PRL</td><td class="alt2">6</td><td class="alt1">02-12-2023</td></tr>
<tr><td class="alt1" align="left"><a href="showthread.php?t=28450">Zapieczony zawias w składaku - pomocy</a></td><td class="alt2">Wojtas</td><td class="alt1">Rowery klasyczne i PRL</td><td class="alt2">11</td><td class="alt1">17-08-2023</td></tr>
<tr><td class="alt1" align="left"><a href="showthread.php?t=27012">Gdzie kupić naklejki do Rometa?</a></td><td class="alt2">bartek_b</td><td class="alt1">Rowery klasyczne i PRL</td><td class="alt2">9</td><td class="alt1">05-04-2023</td></tr>
</tbody></table>
<br />
<div class="smallfont" align="center">Wszystkie czasy w strefie GMT +1. Teraz jest 22:14.</div>
<div align="center"><div class="smallfont" align="center">Powered by vBulletin&reg; Version 3.8.7<br />Copyright &copy;2000 - 2024, vBulletin Solutions, Inc.</div><div class="smallfont" align="center"><a href="sendmessage.php" rel="nofollow" accesskey="9">Kontakt</a> - <a href="http://www.forum-rowerowe.pl">Forum Rowerowe</a> - <a href="archive/index.php">Archiwum</a> - <a href="#top" onclick="self.scrollTo(0, 0); return false;">Do góry</a></div></div>
</body>
</html>
'''
    return html, b.truth()


@page("cs-zpravy-1250", "https://www.jiznimoravskylistek.cz/zpravy/zpravy-region/vinari-z-podlusi-otevrou-sklepy-o-svatomartinskem-vikendu.html", "cs", enc="windows-1250",
      kind="Czech regional news served in windows-1250: Czech class names (clanek-text, reklama, souvisejici-clanky, diskuse), inline 'Čtěte také'")
def cs_news():
    b = Body()
    b.p("Více než třicet vinařů z obcí na Podluží otevře o nadcházejícím svatomartinském víkendu své sklepy veřejnosti. Návštěvníci ochutnají první letošní mladá vína, která podle tradice nesmějí přijít na trh dříve než 11. listopadu v jedenáct hodin a jedenáct minut.")
    b.p("Akce se koná už potřetí a pořadatelé letos očekávají rekordní zájem. „Loni přijelo kolem čtyř tisíc lidí, některé sklepy praskaly ve švech. Proto jsme letos přidali kyvadlovou dopravu mezi obcemi a prodloužili otevírací dobu do desáté večer,“ řekl předseda místního vinařského spolku Jaroslav Hrabal.")
    b.raw('<p class="ctete-take"><strong>Čtěte také:</strong> <a href="/zpravy/zpravy-region/letosni-sber-hroznu-skoncil-o-dva-tydny-drive.html">Letošní sběr hroznů skončil o dva týdny dříve než obvykle</a></p>')
    b.p("Letošní ročník bude podle vinařů výjimečný. Teplé a suché léto přineslo sice menší úrodu, hrozny ale dozrály do vysoké cukernatosti. „Mladá vína jsou ovocná, svěží a mají příjemnou kyselinku. Hlavně bílá jsou letos opravdu povedená,“ doplnil Hrabal.")
    b.raw('<div class="reklama reklama--clanek"><span class="reklama__popisek">Reklama</span><div id="reklama-clanek-1"></div></div>')
    b.p("Vstupenka v ceně 450 korun zahrnuje degustační skleničku, katalog vín a neomezenou ochutnávku ve všech zapojených sklepech. Kromě vína nabídnou pořadatelé i svatomartinskou husu, kterou budou připravovat místní restaurace, a cimbálovou muziku.")
    b.p("Řidičům pořadatelé doporučují nechat auto doma a využít vlakové spojení nebo kyvadlové autobusy, které budou jezdit každých dvacet minut z nádraží.")
    title = "Vinaři z Podluží otevřou sklepy o svatomartinském víkendu"
    html = f'''<!DOCTYPE html>
<html lang="cs">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>{title} | Jihomoravský lístek</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Více než třicet vinařů otevře sklepy, návštěvníci ochutnají první mladá vína.">
<link rel="canonical" href="https://www.jiznimoravskylistek.cz/zpravy/zpravy-region/vinari-z-podlusi-otevrou-sklepy-o-svatomartinskem-vikendu.html">
{og(title, "Více než třicet vinařů otevře sklepy, návštěvníci ochutnají první mladá vína.", "https://www.jiznimoravskylistek.cz/zpravy/zpravy-region/vinari-z-podlusi-otevrou-sklepy-o-svatomartinskem-vikendu.html", "Jihomoravský lístek", locale="cs_CZ")}
<link rel="stylesheet" href="/css/listek.css">
</head>
<body>
<div class="souhlas-cookies"><p>Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie. Používáním tohoto webu s tím souhlasíte.</p><button>Rozumím</button><a href="/cookies">Další informace</a></div>
<div class="hlavicka"><a class="hlavicka__logo" href="/">Jihomoravský lístek</a><ul class="menu">{links(["Zprávy", "Region", "Sport", "Kultura", "Krimi", "Počasí", "Inzerce"])}</ul></div>
<div class="obsah">
<div class="levy-sloupec">
<div class="drobeckova-navigace"><a href="/">Úvod</a> &raquo; <a href="/zpravy/">Zprávy</a> &raquo; <a href="/zpravy/zpravy-region/">Region</a></div>
<h1 class="clanek-nadpis">{title}</h1>
<div class="clanek-info"><span class="autor">Petra Vaňková</span> | <span class="datum">7. 11. 2024 14:20</span></div>
<p class="clanek-perex">Více než třicet vinařů otevře sklepy, návštěvníci ochutnají první letošní mladá vína.</p>
<div class="sdilet"><a href="#">Sdílet na Facebooku</a> <a href="#">Sdílet na X</a> <a href="#">Poslat e-mailem</a></div>
<div class="clanek-foto"><img src="/foto/2024/11/sklepy.jpg" alt=""><p class="popisek">Vinné sklepy v Prušánkách. Foto: archiv JML</p></div>
<div class="clanek-text">
{b.html()}
</div>
<div class="stitky">Štítky: <a href="/stitek/vino">víno</a>, <a href="/stitek/podluzi">Podluží</a>, <a href="/stitek/svaty-martin">svatý Martin</a></div>
<div class="souvisejici-clanky"><h3>Související články</h3><ul>{teasers(["Letošní sběr hroznů skončil o dva týdny dříve než obvykle", "Na Podluží vznikne nová cyklostezka mezi vinohrady", "Vinařský spolek ocenil nejlepší rulandské šedé", "Svatomartinská husa: kde ji letos ochutnat"])}</ul></div>
<div class="diskuse"><h3>Diskuse (4 příspěvky)</h3><p><a href="/diskuse/clanek-88412">Vstoupit do diskuse</a></p></div>
</div>
<div class="pravy-sloupec"><div class="reklama reklama--sloupec"><span class="reklama__popisek">Reklama</span></div><div class="nejctenejsi"><h3>Nejčtenější</h3><ol>{teasers(["Nehoda na D2 zablokovala provoz na tři hodiny", "Hodonín otevřel nový bazén", "Policie pátrá po pohřešované seniorce", "V Mikulově začne oprava náměstí"])}</ol></div></div>
</div>
<div class="paticka"><p>&copy; 2024 Jihomoravský lístek s.r.o. Všechna práva vyhrazena. Jakékoliv užití obsahu je bez písemného souhlasu zakázáno.</p><ul>{links(["O nás", "Kontakty", "Reklama", "Ochrana osobních údajů"])}</ul></div>
</body>
</html>
'''
    return html, b.truth()


@page("sv-nyheter-farja", "https://www.skargardsposten.se/nyheter/farjelinjen-till-lillholmen-far-ny-elfarja-2024-03-27", "sv",
      kind="Swedish local news with Swedish class names (brodtext, annons, las-ocksa, relaterat), premium teaser box, tip box")
def sv_news():
    b = Body()
    P = '<p class="brodtext">{}</p>'
    b.p("Vägfärjan mellan Norrviken och Lillholmen ska ersättas av en ny eldriven färja. Trafikverket har tecknat avtal med ett varv i Västsverige, och enligt planen ska den nya färjan sättas i trafik hösten 2026.", P)
    b.p("Dagens färja, Lillholmen III, byggdes 1979 och går på diesel. Den tar 24 bilar och har under de senaste åren drabbats av flera längre driftstopp, senast i januari då färjan låg stilla i nio dagar på grund av ett motorfel. Under stoppet fick de omkring 400 fastboende på ön förlita sig på en mindre passagerarbåt.", P)
    b.raw('<div class="las-ocksa"><span class="las-ocksa__rubrik">Läs också:</span> <a href="/nyheter/farjan-stod-still-i-nio-dagar-oborna-ilskna-2024-01-19">Färjan stod still i nio dagar – öborna ilskna</a></div>')
    b.p("Den nya färjan blir något större och får plats med 30 bilar. Batterierna laddas vid färjeläget i Norrviken under de korta uppehållen mellan turerna, och Trafikverket räknar med att utsläppen av koldioxid minskar med omkring 900 ton per år.", P)
    b.raw('<div class="annons annons--artikel"><span class="annons__etikett">Annons</span><div id="annons-artikel-1"></div></div>')
    b.p("– Det här är något vi har väntat på länge. Färjan är vår landsväg, och när den inte fungerar stannar allt, säger Karin Lundqvist, ordförande i Lillholmens byalag.", P)
    b.p("Hon hoppas att den nya färjan också ska kunna gå tätare under sommaren, när antalet besökare på ön mångdubblas. Något beslut om utökad turlista har ännu inte fattats, men Trafikverket säger att frågan ska utredas.", P)
    title = "Färjelinjen till Lillholmen får ny elfärja"
    html = f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} | Skärgårdsposten</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Den 45 år gamla dieselfärjan ersätts av en eldriven färja hösten 2026.">
<link rel="canonical" href="https://www.skargardsposten.se/nyheter/farjelinjen-till-lillholmen-far-ny-elfarja-2024-03-27">
{og(title, "Den 45 år gamla dieselfärjan ersätts av en eldriven färja hösten 2026.", "https://www.skargardsposten.se/nyheter/farjelinjen-till-lillholmen-far-ny-elfarja-2024-03-27", "Skärgårdsposten", locale="sv_SE")}
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-03-27T06:30:00+01:00", "author": {"@type": "Person", "name": "Oskar Berglund"}, "publisher": {"@type": "Organization", "name": "Skärgårdsposten"}})}
<link rel="stylesheet" href="/static/sp.css?v=88">
</head>
<body>
<div class="samtycke" role="dialog"><h2>Vi värnar om din integritet</h2><p>Vi och våra partner använder cookies för att anpassa innehåll och annonser och för att analysera trafiken.</p><button>Godkänn alla</button><button>Inställningar</button></div>
<header class="sidhuvud"><a class="sidhuvud__logga" href="/">Skärgårdsposten</a><nav class="huvudmeny"><ul>{links(["Nyheter", "Sport", "Kultur & nöje", "Åsikter", "Familj", "E-tidning", "Kundservice"])}</ul></nav><a class="sidhuvud__logga-in" href="/logga-in">Logga in</a></header>
<main class="artikelsida">
<article class="artikel">
<div class="artikel__etikett">Nyheter</div>
<h1 class="artikel__rubrik">{title}</h1>
<p class="artikel__ingress">Den 45 år gamla dieselfärjan till Lillholmen ersätts av en eldriven färja. Den nya färjan ska börja trafikera leden hösten 2026.</p>
<div class="artikel__byline"><span class="artikel__skribent">Oskar Berglund</span><time datetime="2024-03-27T06:30">27 mars 2024 06:30</time></div>
<div class="dela"><a href="#">Dela på Facebook</a><a href="#">Dela via mejl</a><button>Kopiera länk</button></div>
<figure class="artikel__bild"><img src="/bilder/farja.jpg" alt=""><figcaption>Lillholmen III vid färjeläget i Norrviken. Foto: Oskar Berglund</figcaption></figure>
<div class="artikel__text">
{b.html()}
</div>
<div class="tipsa"><h3>Tipsa oss!</h3><p>Har du en nyhet eller något du tycker vi borde skriva om? Mejla <a href="mailto:tips@skargardsposten.se">tips@skargardsposten.se</a></p></div>
</article>
<section class="relaterat"><h2>Mer om färjetrafiken</h2><ul>{teasers(["Färjan stod still i nio dagar – öborna ilskna", "Ny turlista för skärgårdsbåtarna i sommar", "Trafikverket: Fler färjor ska bli eldrivna", "Bryggan på Lillholmen renoveras"])}</ul></section>
<div class="premium-puff"><h3>Läs Skärgårdsposten digitalt</h3><p>Första månaden för 1 krona. Ingen bindningstid.</p><a href="/prenumerera">Prenumerera</a></div>
</main>
<aside class="mest-last"><h2>Mest läst</h2><ol>{teasers(["Stormen fällde träd över vägen", "Nytt kafé öppnar i gamla tullhuset", "Hamnen byggs ut – här är planerna", "Skolan på ön blir kvar ett år till"])}</ol></aside>
<footer class="sidfot"><p>Ansvarig utgivare: Lena Holm. Skärgårdsposten AB.</p><ul>{links(["Om oss", "Kontakt", "Annonsera", "Integritetspolicy", "Cookies"])}</ul></footer>
</body>
</html>
'''
    return html, b.truth()


_EL_ID = [0]


def _el(widget, inner):
    """One Elementor widget wrapper."""
    _EL_ID[0] += 1
    i = "%07x" % (0x3a1b2c0 + _EL_ID[0] * 7919)
    return (f'<div class="elementor-element elementor-element-{i} elementor-widget elementor-widget-{widget}" data-id="{i}" '
            f'data-element_type="widget" data-widget_type="{widget}.default"><div class="elementor-widget-container">{inner}</div></div>')


def _section(columns):
    _EL_ID[0] += 1
    i = "%07x" % (0x5d6e7f0 + _EL_ID[0] * 104729)
    cols = "".join(f'<div class="elementor-column elementor-col-{100 // len(columns)} elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">{c}</div></div>' for c in columns)
    return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{i} elementor-section-boxed elementor-section-height-default" '
            f'data-id="{i}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">{cols}</div></section>')


@page("de-elementor-verein", "https://www.tsv-birkenfeld-tal.de/rueckblick-75-jahre-tsv/", "de",
      kind="club site built with Elementor: text-editor widgets in separate sections, heading/image/button/gallery/icon-list/posts widgets between them")
def de_elementor():
    _EL_ID[0] = 0
    b = Body()
    def text(paras):
        inner = Body()
        inner.ps(paras)
        b.add(_el("text-editor", inner.html("")), *inner.lines)
    def heading(t):
        b.add(_el("heading", '<h2 class="elementor-heading-title elementor-size-default">%s</h2>' % inl(t)), t)
    b.raw(_section([_el("heading", '<h1 class="elementor-heading-title elementor-size-xl">Rückblick: 75 Jahre TSV Birkenfeld</h1>') + _el("post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-1 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">16. Juli 2024</span></li><li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Vorstand</span></li></ul>')]))
    b.raw('<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">')
    text(["Was für ein Wochenende! Drei Tage lang hat der TSV Birkenfeld vom 12. bis 14. Juli sein 75-jähriges Bestehen gefeiert, und gefühlt war das halbe Dorf dabei. Vom Jugendturnier am Freitagnachmittag über den Festabend in der Mehrzweckhalle bis zum Frühschoppen am Sonntag war das Festgelände fast durchgehend voll.",
          "Gegründet wurde der Verein im Frühjahr 1949 von zwölf jungen Männern, die auf einer Kuhweide hinter der Kirche Fußball spielten. Heute zählt der TSV rund 640 Mitglieder in sechs Abteilungen, von der Gymnastik über Tischtennis bis zum Wandern."])
    b.raw('</div></div><div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">')
    b.raw(_el("image", '<img width="800" height="533" src="https://www.tsv-birkenfeld-tal.de/wp-content/uploads/2024/07/festzelt-800x533.jpg" class="attachment-large size-large" alt="Festzelt" /><p class="widget-image-caption wp-caption-text">Volles Haus beim Festabend am Samstag</p>'))
    b.raw('</div></div></div></section>')
    b.raw('<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">')
    heading("Der Festabend")
    text(["Höhepunkt war der Festabend am Samstag mit rund 400 Gästen. Bürgermeisterin Sabine Köhler würdigte in ihrer Rede das Ehrenamt im Verein: „Ohne die vielen Stunden, die hier jede Woche unentgeltlich geleistet werden, gäbe es in Birkenfeld kein Kinderturnen, keine Seniorengymnastik und keinen Sportplatz, auf den wir so stolz sind.“",
          "Besonders bewegend war die Ehrung von Gründungsmitglied Karl Wiedemann, der mit 94 Jahren extra aus dem Pflegeheim angereist war. Er erzählte von den ersten Spielen, für die die Mannschaft mit dem Traktor zu Auswärtsspielen gefahren ist, und erntete dafür minutenlangen Applaus."])
    b.raw(_el("button", '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/mitglied-werden/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Jetzt Mitglied werden</span></span></a></div>'))
    heading("Jugendturnier und Frühschoppen")
    text(["Beim Jugendturnier am Freitag traten zwölf Mannschaften aus der Region gegeneinander an. Den Turniersieg holte sich die E-Jugend der SG Tannbach, unsere eigene E-Jugend belegte einen starken dritten Platz.",
          "Am Sonntag klang das Fest mit Frühschoppen, Blasmusik und einem Festgottesdienst auf dem Sportplatz aus. Der Erlös des Wochenendes kommt der Sanierung der Umkleidekabinen zugute, die im kommenden Jahr beginnen soll.",
          "Ein großes Dankeschön an alle Helferinnen und Helfer, Sponsoren und Gäste, die dieses Jubiläum möglich gemacht haben!"])
    b.raw('</div></div></div></section>')
    b.raw(_section([_el("image-gallery", '<div class="elementor-image-gallery"><div id="gallery-1" class="gallery galleryid-812 gallery-columns-4 gallery-size-thumbnail">' + "".join(f'<figure class="gallery-item"><div class="gallery-icon landscape"><a data-elementor-open-lightbox="yes" href="/wp-content/uploads/2024/07/fest-{n}.jpg"><img width="150" height="150" src="/wp-content/uploads/2024/07/fest-{n}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" /></a></div><figcaption class="wp-caption-text gallery-caption">{c}</figcaption></figure>' for n, c in enumerate(["Jugendturnier", "Ehrung Karl Wiedemann", "Blasmusik beim Frühschoppen", "Helferteam"])) + '</div></div>')]))
    b.raw(_section([_el("heading", '<h3 class="elementor-heading-title elementor-size-default">Weitere Neuigkeiten</h3>') + _el("posts", '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">' + "".join(f'<article class="elementor-post elementor-grid-item post-{900 + i} post type-post status-publish format-standard"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{i}/">{esc(t)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{d}</span></div><div class="elementor-post__excerpt"><p>{esc(s)}</p></div><a class="elementor-post__read-more" href="/{i}/">Weiterlesen »</a></div></article>' for i, (t, d, s) in enumerate([("Neue Trainingszeiten ab September", "2. Juli 2024", "Nach den Sommerferien ändern sich die Hallenzeiten für Tischtennis und Gymnastik."), ("Wanderabteilung: Tour auf den Feldberg", "24. Juni 2024", "Bei bestem Wetter waren 28 Wanderinnen und Wanderer unterwegs."), ("Kinderturnen sucht Übungsleitung", "10. Juni 2024", "Für die Gruppe der Vier- bis Sechsjährigen suchen wir ab Herbst Verstärkung.")])) + '</div>')]))
    b.raw(_section([_el("icon-list", '<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">TSV Birkenfeld 1949 e.V.</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Sportplatzweg 4, 75217 Birkenfeld-Tal</span></li><li class="elementor-icon-list-item"><a href="mailto:info@tsv-birkenfeld-tal.de"><span class="elementor-icon-list-text">info@tsv-birkenfeld-tal.de</span></a></li></ul>')]))
    title = "Rückblick: 75 Jahre TSV Birkenfeld"
    html = f'''<!doctype html>
<html lang="de">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title} &#8211; TSV Birkenfeld 1949 e.V.</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="https://www.tsv-birkenfeld-tal.de/rueckblick-75-jahre-tsv/" />
{og(title, "Drei Tage lang hat der TSV Birkenfeld sein 75-jähriges Bestehen gefeiert.", "https://www.tsv-birkenfeld-tal.de/rueckblick-75-jahre-tsv/", "TSV Birkenfeld 1949 e.V.", locale="de_DE")}
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.tsv-birkenfeld-tal.de/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3' media='all' />
<link rel='stylesheet' id='elementor-post-812-css' href='https://www.tsv-birkenfeld-tal.de/wp-content/uploads/elementor/css/post-812.css?ver=1721130000' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='https://www.tsv-birkenfeld-tal.de/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="post-template-default single single-post postid-812 single-format-standard elementor-default elementor-kit-5 elementor-page elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt wechseln</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header" data-elementor-post-type="elementor_library">
{_section([_el("theme-site-logo", '<a href="https://www.tsv-birkenfeld-tal.de"><img width="180" height="80" src="/wp-content/uploads/2022/01/tsv-logo.png" alt="TSV Birkenfeld" /></a>'), _el("nav-menu", '<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-hauptmenue" class="elementor-nav-menu">' + links(["Start", "Aktuelles", "Fußball", "Tischtennis", "Gymnastik", "Wandern", "Verein", "Kontakt"], cls="menu-item") + '</ul></nav>')])}
</div>
<main id="content" class="site-main post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-aktuelles">
<div class="page-content">
<div data-elementor-type="wp-post" data-elementor-id="812" class="elementor elementor-812" data-elementor-post-type="post">
{b.html()}
</div>
</div>
</main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
{_section([_el("text-editor", '<p>© 2024 TSV Birkenfeld 1949 e.V. · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p>'), _el("social-icons", '<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://facebook.com/tsvbirkenfeld"><span class="elementor-screen-only">Facebook</span></a></span><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/tsvbirkenfeld"><span class="elementor-screen-only">Instagram</span></a></span></div>')])}
</div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="GDPR Cookie Banner"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten.</p><p>Sie können mehr darüber erfahren, welche Cookies wir verwenden, oder sie in den <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">Einstellungen</button> deaktivieren.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Akzeptieren">Akzeptieren</button></div></div></div></div>
<script src='https://www.tsv-birkenfeld-tal.de/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3' id='elementor-frontend-js'></script>
</body>
</html>
'''
    return html, b.truth()


@page("fr-wix-sophrologie", "https://www.sophro-clairedeloire.fr/post/5-exercices-de-respiration-pour-mieux-dormir", "fr",
      kind="Wix blog post: data-hook attributes, obfuscated class names, rich-content-viewer paragraphs with spans, recent-posts and comments widgets")
def fr_wix():
    b = Body()
    P = '<p class="MW5IWV _1-9Rz oTjBPn" dir="auto"><span class="b8fzC5">{}</span></p>'
    H = '<h2 class="H3vOVf _2-9Rz" dir="auto" id="viewer-{i}"><span class="b8fzC5"><span style="font-weight:700">{t}</span></span></h2>'
    b.p("Vous vous tournez et vous retournez dans votre lit, les pensées de la journée tournent en boucle et le sommeil ne vient pas ? Vous n'êtes pas seul : près d'un adulte sur trois déclare avoir des difficultés à s'endormir au moins une fois par semaine. La bonne nouvelle, c'est que la respiration est un outil simple, gratuit et toujours disponible pour aider le corps à passer en mode repos.", P)
    b.p("Voici les cinq exercices que je propose le plus souvent en séance. Choisissez-en un ou deux, pratiquez-les chaque soir pendant une semaine, et observez ce qui change.", P)
    items = [("1. La respiration abdominale", "Allongé sur le dos, posez une main sur le ventre et l'autre sur la poitrine. Inspirez par le nez en laissant le ventre se gonfler, sans que la poitrine ne bouge, puis expirez lentement par la bouche. Dix respirations suffisent pour sentir les épaules se relâcher."),
             ("2. La cohérence cardiaque", "Inspirez pendant cinq secondes, expirez pendant cinq secondes, pendant cinq minutes. Ce rythme de six respirations par minute aide à réguler le système nerveux. Au début, une application ou une vidéo peut vous aider à garder le tempo."),
             ("3. L'expiration prolongée", "Inspirez sur quatre temps, puis expirez sur huit temps, comme si vous souffliez doucement dans une paille. Allonger l'expiration envoie au corps un signal de sécurité et ralentit naturellement le cœur."),
             ("4. Le balayage respiré", "À chaque expiration, portez votre attention sur une partie du corps, en partant des pieds pour remonter jusqu'au visage, et imaginez que cette zone se détend et devient lourde. Beaucoup de personnes s'endorment avant d'arriver aux épaules."),
             ("5. Le soupir de soulagement", "Inspirez profondément par le nez, puis relâchez tout l'air par la bouche en un long soupir audible. Répétez trois fois. C'est l'exercice idéal quand on se réveille au milieu de la nuit avec des pensées envahissantes.")]
    for i, (h, t) in enumerate(items):
        b.add(H.format(i=1000 + i, t=esc(h)), h)
        b.p(t, P)
        if i == 2:
            b.raw('<div class="_3vlD7" data-hook="figure-IMAGE"><div class="_1Vu8V"><img src="https://static.wixstatic.com/media/a1b2c3_respiration~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/respiration.jpg" alt=""></div><figcaption class="_2D_8F" data-hook="imageViewerCaption">Un coin calme et une lumière douce aident à installer le rituel du soir.</figcaption></div>')
    b.p("Ces exercices ne remplacent pas un avis médical : si vos troubles du sommeil durent depuis plusieurs semaines, parlez-en à votre médecin. Et si vous souhaitez être accompagné, je reçois en cabinet à Saumur et en visio.", P)
    title = "5 exercices de respiration pour mieux dormir"
    comments = [("Sylvie M.", "Merci pour cet article ! La cohérence cardiaque m'aide beaucoup depuis quelques mois."), ("Julien", "J'ai testé l'expiration prolongée hier soir, je me suis endormi bien plus vite que d'habitude.")]
    html = f'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png" type="image/png"/>
<title>{title}</title>
<meta name="description" content="Cinq exercices simples de respiration, à pratiquer chaque soir pour s'endormir plus facilement."/>
<link rel="canonical" href="https://www.sophro-clairedeloire.fr/post/5-exercices-de-respiration-pour-mieux-dormir"/>
<meta property="og:title" content="{title}"/>
<meta property="og:url" content="https://www.sophro-clairedeloire.fr/post/5-exercices-de-respiration-pour-mieux-dormir"/>
<meta property="og:site_name" content="Claire de Loire Sophrologie"/>
<meta property="og:type" content="article"/>
<meta property="article:author" content="Claire Morin"/>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{{"@type":"WebPage","@id":"https://www.sophro-clairedeloire.fr/post/5-exercices-de-respiration-pour-mieux-dormir"}},"headline":"{title}","datePublished":"2024-01-23T07:00:00.000Z","author":{{"@type":"Person","name":"Claire Morin"}},"publisher":{{"@type":"Organization","name":"Claire de Loire Sophrologie"}}}}</script>
<script>window.viewerModel = {{"site":{{"metaSiteId":"7e2f","siteId":"c1d2","externalBaseUrl":"https://www.sophro-clairedeloire.fr","isResponsive":false}},"language":{{"userLanguage":"fr","siteLanguage":"fr"}},"requestUrl":"https://www.sophro-clairedeloire.fr/post/5-exercices-de-respiration-pour-mieux-dormir"}};</script>
<style id="css_masterPage">#SITE_HEADER{{--bg:var(--color_11);}}.font_8{{font:normal normal normal 17px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div><div class="xU8fqS-screenWidthBackground"></div><div class="xU8fqS-inlineContent"><div id="comp-kd8x1a2b" class="KaEeLN comp-kd8x1a2b wixui-rich-text" data-testid="richTextElement"><p class="font_2 wixui-rich-text__text"><a href="https://www.sophro-clairedeloire.fr" target="_self" class="wixui-rich-text__text">Claire de Loire Sophrologie</a></p></div>
<nav id="comp-kd8x3c4d" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">{links([("Accueil", "/"), ("La sophrologie", "/la-sophrologie"), ("Séances", "/seances"), ("Tarifs", "/tarifs"), ("Blog", "/blog"), ("Contact", "/contact")], cls="StylableHorizontalMenu3372578893__menuItem")}</ul></nav>
<div id="comp-kd8x5e6f" class="comp-kd8x5e6f wixui-button"><a data-testid="linkElement" href="https://www.sophro-clairedeloire.fr/prendre-rendez-vous" class="uUxqWY"><span class="w4Vxx6">Prendre rendez-vous</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="m7p3q" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerm7p3q" class="Containerm7p3q SPY_vo"><div data-mesh-id="Containerm7p3qinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerm7p3qinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kd9a7b8c" class="comp-kd9a7b8c"><div class="bddHmZ"><div data-hook="post-page" class="T1LLbp Ijs4fw"><section data-hook="post-container" class="zKEw4S"><div class="M2-PfR"><article class="blog-post-page-font _9fIlP">
<div class="_8pyXb"><div data-hook="post-header" class="mlFdC"><div class="_7fzSX" data-hook="user-info"><span class="tQ0Q1A user-name" data-hook="user-name">Claire Morin</span><ul class="_4dO9b" data-hook="post-metadata"><li><span class="post-metadata__date time-ago" data-hook="time-ago">23 janv.</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">3 min de lecture</span></li></ul></div></div>
<h1 class="eWAcDJ blog-post-title-font blog-post-title-color blog-text-color post-title blog-hover-container-element-color" data-hook="post-title"><span class="post-title__text blog-post-title-font">{title}</span></h1>
<div class="OUq7N6" data-hook="post-description"><div class="YedaJD" data-id="content-viewer"><div class="_1zf7a rich-content-viewer" data-id="rich-content-viewer" dir="ltr" style="--rce-text-color:#2b2b2b">
{b.html()}
</div></div></div>
<div class="gCAXBm" data-hook="post-footer"><div class="_2ZYbP" data-hook="share-buttons"><button aria-label="Partager via Facebook" class="share-button"></button><button aria-label="Partager via X" class="share-button"></button><button aria-label="Partager via LinkedIn" class="share-button"></button><button aria-label="Partager via lien" class="share-button"></button></div><div data-hook="post-categories-list"><a href="/blog/categories/sommeil" class="_4zCv2">Sommeil</a></div><div class="_2X5hd" data-hook="post-main-actions-desktop"><span data-hook="views-count">142 vues</span><span data-hook="comment-count">2 commentaires</span><button data-hook="like-button" aria-label="Post non marqué comme aimé">14</button></div></div>
</div></article></div></section>
<section data-hook="recent-posts" class="_0uyoAr"><div class="_6jPxQ"><h2 class="_1e4pZ" data-hook="recent-posts-title">Posts récents</h2><a href="/blog" data-hook="see-all">Voir tout</a></div><div class="_7W8Yr" data-hook="post-list">{"".join(f'<div data-hook="post-list-item" class="_1p8ZM"><div class="_2tHqN"><h3 class="_3m6Zc" data-hook="post-title"><a href="/post/{i}">{esc(t)}</a></h3><div data-hook="post-description"><p class="_4yZvT">{esc(s)}</p></div><div class="_5aH2n"><span data-hook="views-count">{60 + 13 * i} vues</span><span>0 commentaire</span></div></div></div>' for i, (t, s) in enumerate([("Sophrologie et examens : se préparer sereinement", "Trois séances pour apprendre à gérer le stress avant le bac ou les partiels."), ("Qu'est-ce qu'une séance de sophrologie ?", "Déroulement, durée, exercices : tout ce qu'il faut savoir avant un premier rendez-vous."), ("Gérer le stress au travail en 10 minutes par jour", "Des pratiques courtes à glisser entre deux réunions.")]))}</div></section>
<section data-hook="comments-root" class="_3b7jT"><h2 data-hook="comments-title">Commentaires</h2>{"".join(f'<div data-hook="comment" class="_7dW1a"><div class="_3rPqS"><span data-hook="author-name">{esc(n)}</span><span data-hook="time-ago">il y a {3 + i} jours</span></div><div data-hook="comment-content" class="rich-content-viewer"><p class="MW5IWV" dir="auto"><span>{esc(t)}</span></p></div><button data-hook="reply-button">Répondre</button></div>' for i, (n, t) in enumerate(comments))}<div data-hook="comment-box"><button>Écrire un commentaire...</button></div></section>
</div></div></div>
</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="xU8fqS-inlineContent"><div id="comp-kd8y9z0a" class="KaEeLN wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Claire Morin · Sophrologue certifiée RNCP · 12 rue Dacier, 49400 Saumur · 06 12 34 56 78</p><p class="font_9 wixui-rich-text__text">© 2024 Claire de Loire Sophrologie. Créé avec Wix.com</p><p class="font_9 wixui-rich-text__text"><a href="/mentions-legales">Mentions légales</a></p></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner-root"><div data-hook="consent-banner-root" class="_2ONnZ"><div class="_3Dp0-"><p data-hook="consent-banner-text" class="_1K1h6">Ce site utilise des cookies. En continuant votre navigation, vous acceptez leur utilisation. <a href="/politique-de-cookies">Politique de cookies</a></p></div><div class="_2Lq2p"><button data-hook="consent-banner-decline-button" class="_3iqcr">Refuser</button><button data-hook="consent-banner-apply-button" class="_2mQGH">Accepter</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.2b1ad3c4.bundle.min.js" async></script>
</body>
</html>
'''
    return html, b.truth()


@page("pt-divi-veterinaria", "https://www.clinicavetbomjesus.com.br/blog/calor-como-proteger-seu-cachorro/", "pt",
      kind="WordPress with the Divi builder: et_pb_text modules inside sections/rows/columns, CTA module, Divi sidebar widgets (et_pb_widget), post nav, comments")
def pt_divi():
    b = Body()
    n = [0]
    def text(paras, heading=None):
        inner = Body()
        if heading:
            inner.h(heading, 2)
        inner.ps(paras)
        i = n[0]
        n[0] += 1
        b.add(f'<div class="et_pb_module et_pb_text et_pb_text_{i}  et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{inner.html("")}</div></div>', *inner.lines)
    b.raw('<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough et-last-child">')
    text(["Com a chegada do verão e as temperaturas passando dos 35 graus em boa parte do estado, o número de cães atendidos com sinais de insolação aqui na clínica praticamente dobra. A boa notícia é que quase todos esses casos podem ser evitados com alguns cuidados simples no dia a dia.",
          "Diferente de nós, os cachorros quase não transpiram. Eles eliminam o calor principalmente pela respiração ofegante e pelas almofadinhas das patas, o que é bem menos eficiente. Por isso, um passeio que para nós parece tranquilo pode ser perigoso para eles."])
    text(["Evite passear entre 10h e 16h. Prefira o começo da manhã ou o fim da tarde, quando o asfalto já esfriou. Um teste simples: coloque o dorso da mão no chão por cinco segundos. Se estiver quente demais para você, está quente demais para as patas dele.",
          "Deixe sempre água fresca à vontade, em mais de um ponto da casa, e troque ao longo do dia. Em dias muito quentes, algumas pedras de gelo no pote ajudam. Garanta também um lugar com sombra e ventilação, principalmente para cães que ficam no quintal."], heading="Cuidados no dia a dia")
    b.raw('</div></div></div>')
    b.raw('<div class="et_pb_section et_pb_section_1 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1 et-last-child"><div class="et_pb_module et_pb_promo et_pb_promo_0 et_pb_text_align_center et_pb_bg_layout_dark"><div class="et_pb_promo_description"><h2 class="et_pb_module_header">Seu pet está com a vacinação em dia?</h2><div><p>Agende uma consulta de check-up de verão com nossa equipe.</p></div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="https://wa.me/5531999990000">Agendar pelo WhatsApp</a></div></div></div></div></div>')
    b.raw('<div class="et_pb_section et_pb_section_2 et_section_regular"><div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_2 et-last-child">')
    text(["Raças de focinho curto, como buldogue, pug e shih-tzu, cães idosos, filhotes, animais acima do peso e cães com problemas cardíacos precisam de atenção redobrada. Nesses casos, até um passeio curto no calor pode causar falta de ar."], heading="Quem corre mais risco")
    text(["Respiração muito acelerada, língua muito vermelha ou arroxeada, salivação excessiva, fraqueza, vômito e desorientação são sinais de alerta. Se notar algum deles, leve o cão para a sombra, molhe o corpo com água em temperatura ambiente, nunca gelada, e procure atendimento veterinário imediatamente.",
          "Nunca, em hipótese alguma, deixe o cachorro dentro do carro, nem por poucos minutos e nem com a janela aberta. Em dez minutos a temperatura dentro de um carro fechado pode passar dos 50 graus."], heading="Sinais de insolação")
    b.raw('</div></div></div>')
    title = "Calor: como proteger seu cachorro nos dias mais quentes"
    html = f'''<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://www.clinicavetbomjesus.com.br/xmlrpc.php" />
<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>{title} | Clínica Veterinária Bom Jesus</title>
<meta name="description" content="Dicas da nossa equipe para evitar insolação e queimaduras nas patas durante o verão." />
<link rel="canonical" href="https://www.clinicavetbomjesus.com.br/blog/calor-como-proteger-seu-cachorro/" />
{og(title, "Dicas da nossa equipe para evitar insolação e queimaduras nas patas durante o verão.", "https://www.clinicavetbomjesus.com.br/blog/calor-como-proteger-seu-cachorro/", "Clínica Veterinária Bom Jesus", locale="pt_BR")}
<link rel='stylesheet' id='divi-style-css' href='https://www.clinicavetbomjesus.com.br/wp-content/themes/Divi/style.min.css?ver=4.24.0' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
<style id="et-builder-module-design-1877-cached-inline-styles">.et_pb_section_1.et_pb_section{{background-color:#2b7a78!important}}.et_pb_text_0{{font-size:17px}}</style>
</head>
<body class="post-template-default single single-post postid-1877 single-format-standard et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_smooth_scroll et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(31) 3333-0000</span><a href="mailto:contato@clinicavetbomjesus.com.br"><span id="et-info-email">contato@clinicavetbomjesus.com.br</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="https://www.clinicavetbomjesus.com.br/"><img src="/wp-content/uploads/2021/03/logo-bomjesus.png" width="250" height="80" alt="Clínica Veterinária Bom Jesus" id="logo" data-height-percentage="54" /></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{links(["Início", "Serviços", "Equipe", "Blog", "Emergência 24h", "Contato"], cls="menu-item")}</ul></nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Selecionar página</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>
<div id="et-main-area">
<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-1877" class="et_pb_post post-1877 post type-post status-publish format-standard has-post-thumbnail hentry category-dicas">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{title}</h1><p class="post-meta"> por <span class="author vcard"><a href="/author/dra-marina/" title="Posts de Dra. Marina Lopes" rel="author">Dra. Marina Lopes</a></span> | <span class="published">jan 9, 2024</span> | <a href="/category/dicas/" rel="category tag">Dicas</a></p><img src="/wp-content/uploads/2024/01/cachorro-calor-1080x675.jpg" alt="" class="" width="1080" height="675" /></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
{b.html()}
</div></div></div>
<div class="et_post_meta_wrapper"><div class="et_pb_post_nav"><span class="nav-previous"><a href="/blog/vacinas-essenciais-filhotes/" rel="prev"><span class="meta-nav">&larr;</span> Vacinas essenciais para filhotes</a></span><span class="nav-next"><a href="/blog/castracao-mitos-e-verdades/" rel="next">Castração: mitos e verdades <span class="meta-nav">&rarr;</span></a></span></div>
<section id="comment-wrap"><h1 id="comments" class="page_title">2 Comentários</h1><ol class="commentlist clearfix"><li class="comment even thread-even depth-1" id="li-comment-41"><article id="comment-41" class="comment-body clearfix"><div class="comment_avatar"><img alt="" src="/avatar.png" class="avatar avatar-80 photo" height="80" width="80" /></div><div class="comment_postinfo"><span class="fn">Renata</span><span class="comment_date">em 10 de janeiro de 2024 às 08:12</span></div><div class="comment_area"><div class="comment-content clearfix"><p>Não sabia desse teste da mão no asfalto, muito útil! Meu pug sofre demais no calor.</p><span class="reply-container"><a rel="nofollow" class="comment-reply-link" href="#">Responder</a></span></div></div></article></li><li class="comment odd alt thread-odd depth-1" id="li-comment-42"><article id="comment-42" class="comment-body clearfix"><div class="comment_postinfo"><span class="fn">Paulo H.</span><span class="comment_date">em 11 de janeiro de 2024 às 19:40</span></div><div class="comment_area"><div class="comment-content clearfix"><p>Ótimas dicas. Vocês atendem emergência no fim de semana?</p></div></div></article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Enviar Comentário</span></h3><form id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comentário</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><button name="submit" type="submit" id="et_pb_submit" class="submit">Enviar Comentário</button></p></form></div></section></div>
</article>
</div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><div><label class="screen-reader-text" for="s">Pesquisar por:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Pesquisar" /></div></form></div><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Posts recentes</h4><ul>{teasers(["Castração: mitos e verdades", "Vacinas essenciais para filhotes", "Como escovar os dentes do seu gato", "Carrapatos: prevenção o ano todo", "Quando levar o pet ao dermatologista"])}</ul></div><div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categorias</h4><ul>{links(["Dicas", "Gatos", "Cães", "Novidades da clínica"], cls="cat-item")}</ul></div></div>
</div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="text-3" class="fwidget et_pb_widget widget_text"><h4 class="title">Endereço</h4><div class="textwidget"><p>Rua dos Inconfidentes, 410 – Bom Jesus, Belo Horizonte – MG</p></div></div></div><div class="footer-widget"><div id="text-4" class="fwidget et_pb_widget widget_text"><h4 class="title">Horário</h4><div class="textwidget"><p>Seg a sex: 8h às 20h. Sáb: 8h às 14h. Emergência 24h.</p></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook"><a href="#" class="icon"><span>Facebook</span></a></li><li class="et-social-icon et-social-instagram"><a href="#" class="icon"><span>Instagram</span></a></li></ul><div id="footer-info">Desenvolvido por <a href="https://www.elegantthemes.com">Elegant Themes</a> | Com tecnologia <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer>
</div>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Este site usa cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.<a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">ACEITAR</a></span></div>
<script type='text/javascript' src='https://www.clinicavetbomjesus.com.br/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.0' id='divi-custom-script-js'></script>
</body>
</html>
'''
    return html, b.truth()


@page("es-wpbakery-miradores", "https://www.casarural-elalmendro.es/blog/ruta-de-los-miradores-de-la-sierra/", "es",
      kind="rural-hotel blog built with WPBakery: vc_row/wpb_column/wpb_text_column blocks, single-image, separator and button elements, booking widget")
def es_wpbakery():
    b = Body()
    def text(paras, heading=None):
        inner = Body()
        if heading:
            inner.h(heading, 3)
        inner.ps(paras)
        b.add(f'<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">{inner.html("")}</div></div>', *inner.lines)
    def row(*cols):
        b.raw('<div class="vc_row wpb_row vc_row-fluid">')
        for w, fn in cols:
            b.raw(f'<div class="wpb_column vc_column_container vc_col-sm-{w}"><div class="vc_column-inner"><div class="wpb_wrapper">')
            fn()
            b.raw('</div></div></div>')
        b.raw('</div>')
    img = lambda name, cap: (lambda: b.raw(f'<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey"><img width="600" height="400" src="/wp-content/uploads/2023/09/{name}.jpg" class="vc_single_image-img attachment-large" alt="" /></div><figcaption class="vc_figure-caption">{esc(cap)}</figcaption></figure></div>'))
    row((12, lambda: text(["Si hay algo que nuestros huéspedes nos preguntan nada más llegar es dónde ver la mejor puesta de sol. La respuesta corta es: en casi cualquier sitio de la sierra. La larga es esta ruta, que hacemos a menudo con amigos y que recorre en coche y a pie cinco miradores en una sola tarde."])))
    row((8, lambda: text(["Nuestra primera parada está a solo diez minutos de la casa. Desde el aparcamiento se sube por un sendero corto y bien marcado hasta una antigua era de trillar, desde donde se ve todo el valle del río con los pueblos blancos salpicando las laderas. Por la mañana es también un buen lugar para ver buitres leonados."], heading="1. Mirador de la Era Alta")),
        (4, img("mirador-era", "Vistas del valle desde la Era Alta")))
    row((12, lambda: text(["Siguiendo la carretera hacia el puerto, una curva cerrada esconde un pequeño balcón natural sobre un barranco. No hay cartel, así que fíjense en el cuentakilómetros: está justo después del kilómetro 14. Es el mirador más impresionante de la ruta y el menos conocido.",
                           "Tras el puerto, se llega al castillo del Almendral, del que solo quedan la torre y parte de la muralla. Desde sus almenas se domina la llanura hasta el horizonte, y al atardecer la piedra adquiere un color dorado precioso."], heading="2. El Balcón del Barranco y 3. el castillo")))
    b.raw('<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 vc_sep_pos_align_center vc_separator_no_text vc_sep_color_grey"><span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line"></span></span><span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>')
    row((12, lambda: text(["Las dos últimas paradas requieren caminar algo más. El sendero a la Peña del Águila sale de la ermita y sube durante unos cuarenta minutos por un pinar. Arriba, una roca plana sirve de asiento perfecto para esperar la puesta de sol. Lleven linterna para la bajada.",
                           "Si les queda energía, el último mirador, junto al vértice geodésico, está a otros veinte minutos por la cresta. Desde allí, en los días claros, se distinguen las cumbres nevadas de la cordillera a más de cien kilómetros."], heading="4. Peña del Águila y 5. el vértice")))
    row((12, lambda: b.raw('<div class="vc_btn3-container vc_btn3-center"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-shape-rounded vc_btn3-style-modern vc_btn3-color-green" href="/reservas/" title="">Reserva tu escapada en El Almendro</a></div>')))
    row((12, lambda: text(["Consejo final: lleven agua, algo de abrigo aunque sea verano y la cámara cargada. Y si quieren, al volver les tendremos preparada una cena casera en el patio."])))
    title = "La ruta de los miradores: cinco paradas para ver atardecer en la sierra"
    html = f'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Casa Rural El Almendro</title>
<meta name="description" content="Cinco miradores en una tarde: nuestra ruta favorita para ver la puesta de sol desde la casa rural.">
<link rel="canonical" href="https://www.casarural-elalmendro.es/blog/ruta-de-los-miradores-de-la-sierra/">
{og(title, "Cinco miradores en una tarde: nuestra ruta favorita para ver la puesta de sol.", "https://www.casarural-elalmendro.es/blog/ruta-de-los-miradores-de-la-sierra/", "Casa Rural El Almendro", locale="es_ES")}
<link rel='stylesheet' id='js_composer_front-css' href='https://www.casarural-elalmendro.es/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.5' type='text/css' media='all' />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
</head>
<body class="post-template-default single single-post postid-640 single-format-standard wpb-js-composer js-comp-ver-7.5 vc_responsive">
<div id="wrapper">
<header id="header" class="site-header"><div class="header-top"><span class="header-phone">Reservas: 953 00 00 00</span><span class="header-lang"><a href="/">ES</a> | <a href="/en/">EN</a></span></div><div class="header-main"><a class="site-logo" href="/">Casa Rural El Almendro</a><nav class="main-menu"><ul>{links(["Inicio", "La casa", "Habitaciones", "Actividades", "Blog", "Ofertas", "Contacto"], cls="menu-item")}</ul></nav><a class="btn-reservar" href="/reservas/">Reservar</a></div></header>
<div id="page-title" class="page-title-single"><h1 class="entry-title">{title}</h1><div class="post-meta"><span class="date">14 septiembre, 2023</span> <span class="cat"><a href="/blog/categoria/rutas/">Rutas</a></span></div></div>
<div id="main" class="container"><div class="row"><div id="content" class="col-md-8">
<article id="post-640" class="post-640 post type-post status-publish format-standard hentry category-rutas">
<div class="post-content">
{b.html()}
</div>
<div class="post-share"><span>Compartir:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Pinterest</a></div>
</article>
<div class="post-navigation"><a class="prev" href="/blog/que-hacer-en-otono/">&laquo; Qué hacer en otoño en la sierra</a> <a class="next" href="/blog/receta-migas/">Nuestra receta de migas &raquo;</a></div>
</div>
<aside id="sidebar" class="col-md-4"><div class="booking-box"><h3>Reserva directa</h3><p>Mejor precio garantizado reservando en nuestra web</p><form><label>Llegada</label><input type="date"><label>Salida</label><input type="date"><label>Huéspedes</label><select><option>2</option><option>3</option><option>4</option></select><button>Comprobar disponibilidad</button></form></div><div class="widget widget_recent_entries"><h3 class="widget-title">Entradas recientes</h3><ul>{teasers(["Qué hacer en otoño en la sierra", "Nuestra receta de migas", "Observación de estrellas desde la casa", "Cinco pueblos que no te puedes perder"])}</ul></div><div class="widget widget_text"><h3 class="widget-title">Opiniones</h3><div class="textwidget"><p>&laquo;Un lugar precioso y unos anfitriones encantadores. Volveremos.&raquo; &ndash; Marta, Madrid</p></div></div></aside>
</div></div>
<footer id="footer"><div class="footer-widgets"><div class="col"><h4>Casa Rural El Almendro</h4><p>Camino del Molino s/n, Sierra de Segura (Jaén)</p><p>Registro de Turismo de Andalucía CR/JA/00123</p></div><div class="col"><h4>Síguenos</h4><a href="#">Instagram</a> <a href="#">Facebook</a></div></div><div class="copyright">&copy; 2024 Casa Rural El Almendro · <a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Privacidad</a> · <a href="/cookies/">Cookies</a></div></footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Utilizamos cookies para asegurar que damos la mejor experiencia al usuario en nuestra web. Si sigues utilizando este sitio asumiremos que estás de acuerdo.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Estoy de acuerdo</a></span></div></div>
<script type='text/javascript' src='https://www.casarural-elalmendro.es/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=7.5' id='wpb_composer_front_js-js'></script>
</body>
</html>
'''
    return html, b.truth()


@page("it-joomla-sagra", "https://www.prolocovalfredda.it/eventi/412-sagra-della-castagna-2024-il-programma.html", "it",
      kind="Joomla 3 (Protostar-like) article: item-page with itemprop=articleBody, article-info dl, pagenav, moduletable sidebars, schedule as lists")
def it_joomla():
    b = Body()
    b.p("Torna anche quest'anno, per la sua trentaseiesima edizione, la Sagra della Castagna di Valfredda, in programma nel centro storico sabato 19 e domenica 20 ottobre. Due giorni di festa tra caldarroste, prodotti tipici, musica e tradizioni, organizzati dalla Pro Loco con la collaborazione del Comune e delle associazioni del paese.")
    b.p("Come ogni anno, il cuore della manifestazione saranno gli stand gastronomici allestiti sotto i portici di via Roma, dove i volontari prepareranno caldarroste, polenta di castagne, tagliatelle al sugo di funghi e il tradizionale castagnaccio. Non mancheranno le bancarelle dei produttori locali di miele, formaggi e marroni.")
    b.h("Il programma", 3)
    b.p("**Sabato 19 ottobre**")
    b.ul(["ore 15.00 – apertura degli stand e del mercatino dei prodotti tipici",
          "ore 16.30 – laboratorio per bambini \"Dal riccio alla farina\"",
          "ore 19.00 – cena in piazza con menù della castagna",
          "ore 21.00 – serata danzante con l'orchestra Liscio Fredda"])
    b.p("**Domenica 20 ottobre**")
    b.ul(["ore 9.30 – camminata tra i castagneti secolari (partenza dalla chiesa, percorso di 6 km)",
          "ore 12.00 – apertura degli stand gastronomici",
          "ore 15.00 – sfilata dei carri e gara della battitura delle castagne",
          "ore 18.00 – premiazione e chiusura della sagra"])
    b.p("In caso di maltempo la cena del sabato si terrà nella palestra comunale. Per la camminata di domenica è consigliata l'iscrizione presso la sede della Pro Loco entro venerdì 18 ottobre. Durante la manifestazione il centro storico sarà chiuso al traffico; parcheggi gratuiti saranno disponibili nell'area del campo sportivo, con servizio navetta.")
    title = "Sagra della Castagna 2024: il programma"
    html = f'''<!DOCTYPE html>
<html lang="it-it" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="https://www.prolocovalfredda.it/eventi/412-sagra-della-castagna-2024-il-programma.html" />
<meta name="keywords" content="sagra, castagna, Valfredda, pro loco, eventi" />
<meta name="author" content="Pro Loco" />
<meta name="description" content="Torna la Sagra della Castagna di Valfredda: il programma completo di sabato 19 e domenica 20 ottobre." />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title} - Pro Loco Valfredda</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?7f1c2a" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?7f1c2a"></script>
<script src="/media/system/js/caption.js?7f1c2a"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="Pro Loco Valfredda">Pro Loco Valfredda</span> <div class="site-description">Associazione turistica dal 1972</div></a><div class="header-search pull-right"><div class="search"><form action="/eventi.html" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Cerca...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Cerca..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Attiva/disattiva navigazione</span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{links([("Home", "/"), ("Chi siamo", "/chi-siamo.html"), ("Eventi", "/eventi.html"), ("Il paese", "/il-paese.html"), ("Dove dormire", "/dove-dormire.html"), ("Contatti", "/contatti.html")], cls="item-1")}</ul></div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Sei qui: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Home</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/eventi.html" class="pathway"><span itemprop="name">Eventi</span></a></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="it-IT" />
<div class="page-header"><h2 itemprop="headline">{title}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu"><li class="print-icon"><a href="/eventi/412-sagra?tmpl=component&amp;print=1" title="Stampa articolo" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>Stampa</a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component" title="Invia via email questo link ad un amico"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Dettagli</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Scritto da <span itemprop="name">Pro Loco</span></dd><dd class="category-name">Categoria: <a href="/eventi.html" itemprop="genre">Eventi</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2024-09-30T10:00:00+02:00" itemprop="datePublished">Pubblicato: 30 Settembre 2024</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1532" />Visite: 1532</dd></dl>
<div class="pull-left item-image"><img class="caption" src="/images/eventi/sagra2024.jpg" alt="Locandina sagra" itemprop="image" title="La locandina dell'edizione 2024" /></div>
<div itemprop="articleBody">
{b.html()}
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Gita sociale a Mantova" aria-label="Articolo precedente: Gita sociale a Mantova" href="/eventi/405-gita-sociale-a-mantova.html" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Indietro</span></a></li><li class="next"><a class="hasTooltip" title="Mercatino di Natale" aria-label="Articolo successivo: Mercatino di Natale" href="/eventi/415-mercatino-di-natale.html" rel="next"><span aria-hidden="true">Avanti</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Prossimi eventi</h3><ul class="category-module mod-list">{teasers(["Sagra della Castagna 2024: il programma", "Mercatino di Natale", "Concerto di Santa Cecilia", "Presepe vivente 2024"])}</ul></div>
<div class="well "><h3 class="page-header">Ultime notizie</h3><ul class="latestnews mod-list">{teasers(["Rinnovato il direttivo della Pro Loco", "Gita sociale a Mantova: le foto", "Aperte le iscrizioni per il 2025", "Grazie ai volontari della festa d'estate"])}</ul></div>
<div class="well "><h3 class="page-header">Seguici</h3><div class="custom"><p><a href="https://www.facebook.com/prolocovalfredda">Facebook</a> · <a href="https://www.instagram.com/prolocovalfredda">Instagram</a></p></div></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><div class="custom"><p>Pro Loco Valfredda APS - Piazza del Municipio 1 - C.F. 91012345678 - <a href="/privacy.html">Privacy</a> - <a href="/cookie-policy.html">Cookie policy</a></p></div><p class="pull-right"><a href="#top" id="back-top">Torna su</a></p><p>&copy; 2024 Pro Loco Valfredda</p></div></footer>
</body>
</html>
'''
    return html, b.truth()
