"""English pages of the held-out set. All sites, people and events are invented."""
from kit import Body, page, og, ld, links, teasers, esc, ga, inl

WP_CSS = """<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='plot14-style-css' href='/wp-content/themes/allotment/style.css?ver=1.3.1' media='all' />
<style id='global-styles-inline-css'>body{--wp--preset--color--black:#000;--wp--preset--color--sage:#8a9a5b}.has-sage-color{color:var(--wp--preset--color--sage)!important}</style>"""


@page("en-wp-garden", "https://plotfourteen.co.uk/2024/11/lifting-drying-storing-dahlias/", "en",
      kind="WordPress blog, Jetpack share/related, long comment list, sidebar widgets")
def en_wp_garden():
    b = Body()
    b.p("Every October somebody on our site asks whether they really need to dig their dahlias up, and every October I give the same unhelpful answer: it depends on your soil. Ours is heavy clay over a seam of chalk, it sits wet from November to March, and in the six years I have had plot 14 I have lost every single tuber I was lazy enough to leave in the ground. So I lift them. This is how I do it, with the usual caveat that I am an enthusiastic amateur and not a nursery.")
    b.h("When to lift")
    b.p("I wait until the first proper frost has blackened the foliage. That sounds brutal, but it does two useful things: it tells the plant the season is over, and it lets the tubers start to cure while they are still in the soil. Last year that was the 9th of November; the year before it was nearly December. If a frost never comes and the ground is getting waterlogged, I lift anyway by the middle of November.")
    b.p("Cut the stems down to about fifteen centimetres and leave them for a week. The stems are hollow and collect rain, so I cover the cut ends with a square of foil or tip the stump sideways to stop rot creeping down into the crown.")
    b.raw('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2024/11/dahlia-clumps-1024x683.jpg" alt="" class="wp-image-2390" /><figcaption class="wp-element-caption">Clumps drying upside down on the shed staging, with the labels still attached.</figcaption></figure>')
    b.h("Digging without slicing the clump")
    b.p("Start a good forty centimetres out from the stem and work in a circle with a fork rather than a spade. Tubers spread further than you think, and the necks that join them to the crown snap if you lever the whole thing out in one go. Loosen all the way round, then lift from underneath.")
    b.p("On clay the clump comes up as a solid lump of mud. Don't try to knock it off. I hose mine down gently on the path, which also lets me spot any soft or damaged tubers straight away and cut them off before they go into storage.")
    b.h("Drying")
    b.p("Turn the clumps upside down so water drains out of the stems, and leave them somewhere frost-free and airy for two to three weeks. Our shed is fine until about Christmas; after that they move into the garage, which stays a few degrees warmer.")
    b.raw('<blockquote class="wp-block-pullquote"><p>I have lost every single tuber I was lazy enough to leave in the ground.</p></blockquote>')
    b.h("Storing")
    b.p("I have tried vermiculite, sand, shredded paper and nothing at all. What works for me is this:")
    b.ul(["A shallow crate lined with a few sheets of newspaper",
          "Just-damp compost, damp enough to hold together when squeezed but never wet",
          "Labels tied to the stem, not the crate, because the crates get reshuffled",
          "A check once a month, throwing out anything that smells or squashes"], attrs='class="wp-block-list"')
    b.p("The two kinds that store worst for me are the big decoratives, which tend to shrivel, and anything with thin necks. The small pompons and the singles barely seem to notice the winter.")
    b.h("What I would do differently")
    b.p("Honestly: label better. Half of my spring \u201cmystery dahlias\u201d last year were the result of labels written in pencil that had rubbed off by February. A paint pen on a plastic tag solves it for a few pence.")
    b.p("If you garden on lighter, free-draining soil you may well get away with a thick mulch of straw or bark and leaving them where they are. Several people at the far end of our site do exactly that, and I am only slightly jealous.")
    body = b.html()
    title = "Lifting, drying and storing dahlias on a cold, wet allotment"
    comments = [
        ("Dev Malhotra", "November 3, 2024 at 8:14 pm", ["Really useful, thank you. I lost all of mine last winter by leaving them in. Do you split the clumps before storing or in spring?"]),
        ("Maggie", "November 3, 2024 at 9:02 pm", ["Spring, Dev! The eyes are much easier to see once they start to swell in March. Split in autumn and you are guessing."]),
        ("Lorna B", "November 4, 2024 at 7:40 am", ["I'm on sand in Suffolk and have left Bishop of Llandaff in for four winters now with just a bark mulch. Your clay sounds like a different sport altogether.", "The labelling tip is gold though. I still have a crate labelled 'red??'."]),
        ("Pete from plot 22", "November 4, 2024 at 12:15 pm", ["Saw you hosing them off on Sunday and wondered what you were up to. Might give it a go with mine. Do you dry them before or after washing?"]),
        ("Maggie", "November 4, 2024 at 6:31 pm", ["After, Pete. Wash, tip upside down, then leave them alone for a fortnight. And you still owe me a cabbage."]),
        ("Harriet", "November 6, 2024 at 10:09 am", ["Has anyone tried storing in the fridge? I have a spare one in the garage and wondered whether it would be too cold or too damp."]),
        ("Sam K", "November 8, 2024 at 4:47 pm", ["Tried the fridge two years ago. Too damp for me, half of them went mouldy by January. Compost in a crate like Maggie says has worked much better."]),
    ]
    clist = []
    for i, (who, when, paras) in enumerate(comments):
        cid = 5120 + i * 3
        clist.append(f'''<li id="comment-{cid}" class="comment {'even' if i % 2 == 0 else 'odd alt'} thread-{'even' if i % 2 == 0 else 'odd'} depth-1">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{cid}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' loading='lazy' /><b class="fn">{esc(who)}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="2024-11-0{3 + i // 2}">{when}</time></a></div></footer>
<div class="comment-content">{''.join('<p>%s</p>' % esc(p) for p in paras)}</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" data-commentid="{cid}" aria-label="Reply to {esc(who)}">Reply</a></div>
</article></li>''')
    clist = "\n".join(clist)
    related = [("Chitting potatoes: does it actually make a difference?", "In &quot;Vegetables&quot;"),
               ("Our first year with a polytunnel, month by month", "In &quot;Plot diary&quot;"),
               ("Sweet peas in root trainers, sown in October", "In &quot;Flowers&quot;")]
    rel = "\n".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-id="{1900 + i}"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/{t.lower().replace(" ", "-")[:30]}/">{esc(t)}</a></h4><p class="jp-relatedposts-post-excerpt"></p><p class="jp-relatedposts-post-context">{c}</p></div>' for i, (t, c) in enumerate(related))
    html = f'''<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} &#8211; Plot 14 Diaries</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Plot 14 Diaries &raquo; Feed" href="https://plotfourteen.co.uk/feed/" />
<link rel="alternate" type="application/rss+xml" title="Plot 14 Diaries &raquo; {esc(title)} Comments Feed" href="https://plotfourteen.co.uk/2024/11/lifting-drying-storing-dahlias/feed/" />
{WP_CSS}
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="https://plotfourteen.co.uk/wp-json/" />
<link rel="canonical" href="https://plotfourteen.co.uk/2024/11/lifting-drying-storing-dahlias/" />
<link rel='shortlink' href='https://wp.me/pQx1a-Cp' />
{og(title, "Every October somebody on our site asks whether they really need to dig their dahlias up.", "https://plotfourteen.co.uk/2024/11/lifting-drying-storing-dahlias/", "Plot 14 Diaries", "https://plotfourteen.co.uk/wp-content/uploads/2024/11/dahlia-clumps.jpg", locale="en_GB")}
<meta property="article:published_time" content="2024-11-02T17:20:11+00:00" />
<meta property="article:modified_time" content="2024-11-04T08:02:45+00:00" />
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body class="post-template-default single single-post postid-2381 single-format-standard wp-embed-responsive has-sidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<p class="site-title"><a href="https://plotfourteen.co.uk/" rel="home">Plot 14 Diaries</a></p>
<p class="site-description">Growing things badly, then slightly better</p>
</div>
<nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">
{links(["Home", "Plot diary", "Vegetables", "Flowers", "Fruit", "Seed swap", "About me", "Contact"], cls="menu-item menu-item-type-taxonomy")}
</ul></div>
</nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-2381" class="post-2381 post type-post status-publish format-standard has-post-thumbnail hentry category-flowers tag-dahlias tag-storage tag-winter">
<header class="entry-header">
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">
<span class="posted-on">Posted on <a href="https://plotfourteen.co.uk/2024/11/lifting-drying-storing-dahlias/" rel="bookmark"><time class="entry-date published" datetime="2024-11-02T17:20:11+00:00">November 2, 2024</time><time class="updated" datetime="2024-11-04T08:02:45+00:00">November 4, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://plotfourteen.co.uk/author/maggie/">Maggie Thorne</a></span></span>
</div>
</header>
<div class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2024/11/dahlias-header.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="?share=twitter" target="_blank"><span>Twitter</span></a></li>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=Lifting%20dahlias" target="_blank"><span>Email</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1843-2381' data-name='like-post-frame-1843-2381'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' style="display: block;">
<h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
{rel}
</div></div>
</div><!-- .entry-content -->
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/flowers/" rel="category tag">Flowers</a></span><span class="tags-links">Tagged <a href="/tag/dahlias/" rel="tag">dahlias</a>, <a href="/tag/storage/" rel="tag">storage</a>, <a href="/tag/winter/" rel="tag">winter</a></span><span class="comments-link"><a href="#comments">7 Comments</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts">
<h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-links"><div class="nav-previous"><a href="/2024/10/last-of-the-tomatoes/" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">The last of the tomatoes, and a green chutney that actually worked</span></a></div><div class="nav-next"><a href="/2024/11/leaf-mould-cages/" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">Building leaf mould cages out of pallet wood</span></a></div></div>
</nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">7 thoughts on &ldquo;<span>{esc(title)}</span>&rdquo;</h2>
<ol class="comment-list">
{clist}
</ol>
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form>
</div>
</div>
</main>
</div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{teasers(["Building leaf mould cages out of pallet wood", "Lifting, drying and storing dahlias on a cold, wet allotment", "The last of the tomatoes, and a green chutney that actually worked", "Why I gave up on growing celery (again)", "October on the plot: garlic in, beans out"])}
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
{links([("November 2024", "/2024/11/"), ("October 2024", "/2024/10/"), ("September 2024", "/2024/09/"), ("August 2024", "/2024/08/"), ("July 2024", "/2024/07/")])}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
{links(["Flowers", "Fruit", "Plot diary", "Seed swap", "Vegetables"], cls="cat-item")}
</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Theme: Allotment by Plot 14. &copy; 2024 Maggie Thorne.</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script src='/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.0' id='sharing-js-js'></script>
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/14.0.0/72x72/","ext":".png"}}</script>
</body>
</html>
'''
    return html, b.truth()


@page("en-ghost-runners", "https://blog.tallowlabs.dev/self-hosted-ci-runners-one-year-later/", "en",
      kind="Ghost blog (gh-content, kg-card), code block, subscribe CTA, read-next cards")
def en_ghost_runners():
    b = Body()
    b.p("A year ago we moved our continuous integration off a hosted service and onto four machines in a rack in the office cupboard. At the time it felt like a slightly reckless way to save money. Twelve months on, with the bills, the outages and the grumbling all written down, here is how it actually went.")
    b.h("Why we moved")
    b.p("The short version is minutes. Our test suite grew from eleven to thirty-four minutes over two years, mostly because of browser tests, and the team roughly doubled. By last spring we were paying more for CI than for our production database, and queue times at ten in the morning regularly passed a quarter of an hour.")
    b.p("We looked at bigger hosted runners first. They helped with the wall-clock time but made the bill worse, and they did nothing about the thing that annoyed people most: every job downloading the same two gigabytes of dependencies from scratch.")
    b.h("What we built")
    b.p("Nothing clever. Four second-hand workstations with 64 GB of memory each, a small switch, a UPS and a shelf. Each machine runs three runner processes in containers that are thrown away after every job, with a shared read-only cache of dependencies mounted in. The whole setup is about two hundred lines of configuration, the important part of which is this:")
    b.add('<div class="kg-card kg-code-card"><pre><code class="language-yaml">runner:\n  concurrency: 3\n  ephemeral: true\n  cache:\n    mount: /srv/depcache\n    readonly: true\n  labels: [linux, x64, big-memory]</code></pre><div class="kg-code-card-caption">runner.yml, trimmed</div></div>',
          "runner:", "concurrency: 3", "ephemeral: true", "cache:", "mount: /srv/depcache", "readonly: true", "labels: [linux, x64, big-memory]")
    b.p("The cache is rebuilt nightly by a separate job. If it is stale, builds still work; they are just slower, which turned out to be the right failure mode.")
    b.h("The numbers")
    b.p("Median pipeline time fell from 34 to 12 minutes. The hardware cost about what three months of our old bill did, and power adds a little under forty pounds a month. The part nobody budgeted for was people: we estimate roughly two days a month of someone's attention, mostly in the first quarter.")
    b.add('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#128161;</div><div class="kg-callout-text">If you only take one thing from this post: measure where your pipeline time goes before buying anything. Ours was 60% dependency installs.</div></div>',
          "If you only take one thing from this post: measure where your pipeline time goes before buying anything. Ours was 60% dependency installs.")
    b.h("What went wrong")
    b.ul(["A failed power supply took one machine out for a week in March. Nobody noticed for two days because the other three absorbed the load, which is either a success or a monitoring failure depending on who you ask.",
          "The office cleaner unplugged the switch to vacuum, twice.",
          "A kernel update broke the container networking on all four machines at once, because we had, of course, updated all four at once."])
    b.p("Each of these cost us an afternoon or so. None of them was as disruptive as the two multi-hour outages our hosted provider had the year before, but they were ours to fix, at whatever time they happened.")
    b.h("Would we do it again?")
    b.p("Yes, with one change: we would keep a small hosted fallback from day one, so that a bad morning in the cupboard never blocks a release. We added that in June and it has been used four times.")
    b.p("If your suite is short and your team is small, none of this is worth it. If you are spending real money on minutes and most of them go on downloading the same files over and over, a shelf of old workstations is a surprisingly boring and effective answer.")
    title = "Self-hosted CI runners, one year later"
    readnext = [("Why our staging environment is a single laptop", "We tried three ways of running staging. The cheapest one won, and it is not close."),
                ("Flaky tests are a product problem", "Quarantining a test is easy. Deciding who owns it is the hard part."),
                ("Notes from migrating 40 services to a monorepo", "What broke, what got better, and what we would do in a different order.")]
    cards = "\n".join(f'''<article class="gh-card post"><a class="gh-card-link" href="/{t.lower().replace(" ", "-")[:40]}/"><figure class="gh-card-image"><img src="/content/images/size/w600/2024/0{i+3}/cover.jpg" alt="{esc(t)}" loading="lazy"></figure><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">{esc(t)}</h3><p class="gh-card-excerpt is-body">{esc(s)}</p><footer class="gh-card-meta"><time class="gh-card-date" datetime="2024-0{i+3}-12">Mar 12, 2024</time><span class="gh-card-duration">5 min read</span></footer></div></a></article>''' for i, (t, s) in enumerate(readnext))
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3f2a1c9d0e">
<link rel="icon" href="https://blog.tallowlabs.dev/content/images/size/w256h256/2023/01/tallow-mark.png" type="image/png">
<link rel="canonical" href="https://blog.tallowlabs.dev/self-hosted-ci-runners-one-year-later/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="description" content="Four second-hand workstations, a shelf and a year of notes: what self-hosting our CI actually cost and saved.">
{og(title, "Four second-hand workstations, a shelf and a year of notes: what self-hosting our CI actually cost and saved.", "https://blog.tallowlabs.dev/self-hosted-ci-runners-one-year-later/", "Tallow Labs Engineering", "https://blog.tallowlabs.dev/content/images/2024/10/rack.jpg")}
<meta property="article:published_time" content="2024-10-21T09:30:00.000Z">
<meta property="article:tag" content="Infrastructure">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Ines Calloway">
{ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Tallow Labs Engineering", "url": "https://blog.tallowlabs.dev/"}, "author": {"@type": "Person", "name": "Ines Calloway"}, "headline": title, "url": "https://blog.tallowlabs.dev/self-hosted-ci-runners-one-year-later/", "datePublished": "2024-10-21T09:30:00.000Z", "keywords": "Infrastructure, CI", "description": "Four second-hand workstations, a shelf and a year of notes."})}
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.tallowlabs.dev/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{{border-radius:8px;padding:40px 4vw}}</style>
</head>
<body class="post-template tag-infrastructure is-head-left-logo has-sans-title has-serif-body">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.tallowlabs.dev">Tallow Labs Engineering</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="https://blog.tallowlabs.dev/">Home</a></li>
<li class="nav-infrastructure"><a href="/tag/infrastructure/">Infrastructure</a></li>
<li class="nav-frontend"><a href="/tag/frontend/">Frontend</a></li>
<li class="nav-hiring"><a href="https://tallowlabs.dev/jobs">We&#x27;re hiring</a></li>
</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-infrastructure featured">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/infrastructure/">Infrastructure</a></span></div>
<h1 class="article-title">{esc(title)}</h1>
<p class="article-excerpt">Four second-hand workstations, a shelf and a year of notes: what self-hosting our CI actually cost and saved.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ines/" class="author-avatar"><img class="author-profile-image" src="/content/images/2023/02/ines.jpg" alt="Ines Calloway"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Calloway</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-10-21">Oct 21, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2024/10/rack.jpg 300w, /content/images/size/w1000/2024/10/rack.jpg 1000w" src="/content/images/size/w2000/2024/10/rack.jpg" alt="Four workstations on a metal shelf"><figcaption>The whole CI fleet, on its shelf.</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{b.html()}
</section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="gh-section-title">Read next</h2><div class="post-feed">
{cards}
</div></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.tallowlabs.dev">Tallow Labs Engineering</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="https://tallowlabs.dev">tallowlabs.dev</a></li><li><a href="/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div></div>
<script src="/assets/built/source.js?v=3f2a1c9d0e"></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-medium-rowing", "https://medium.com/@corinnadaley/i-learned-to-row-at-41-7c1e0a9b2f44", "en",
      kind="Medium-like div soup with obfuscated class names, claps, 'More from' and 'Recommended' rails")
def en_medium_rowing():
    b = Body()
    P = '<p id="{id}" class="pw-post-body-paragraph nh ni fq nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe fj bk" data-selectable-paragraph="">{{}}</p>'
    H = '<h2 id="{id}" class="of og fq be oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa pb pc bk" data-selectable-paragraph="">{{}}</h2>'
    ids = iter(["a1f0", "4c2e", "9b7d", "e310", "77aa", "0cde", "5f19", "b2b8", "c4e1", "d902", "13fa", "8e6c", "f0b3", "2a5d", "6d70", "91ce"])
    def p(t):
        b.p(t, P.format(id=next(ids)))
    def h(t):
        b.add(H.format(id=next(ids)).format(inl(t)), t)
    p("The first thing the coach said to me, before I had even touched an oar, was that I would fall in. Not might. Would. She said it kindly, the way you tell someone that a vaccination will sting, and then she handed me a buoyancy aid that smelled of river and somebody else's sunscreen.")
    p("I was forty-one. I had signed up for a ten-week beginners' course at a small club on the canal because my doctor had used the phrase \u201cmostly sedentary\u201d in a tone I did not enjoy, and because the club's leaflet had a photograph of a sunrise on it. I did not fall in on the first day. I fell in on the fourth.")
    h("Being bad at something, in public")
    p("Most adults arrange their lives so that they are rarely beginners. We get good at our jobs, we choose hobbies that flatter us, and we quietly stop doing things that make us look foolish. Rowing took that away in about ninety seconds. A racing shell is thirty centimetres wide. It does not care how senior you are.")
    p("What surprised me was not the difficulty. It was how quickly the embarrassment wore off once I accepted that everyone on the bank had, at some point, done exactly what I was doing. The teenagers from the junior squad had all fallen in. The woman who had rowed for her country in the nineties had fallen in. Being bad at it was simply the entry fee.")
    h("Small, boring progress")
    p("Nobody tells you that improvement in a technical sport is mostly invisible. For weeks my coach corrected the same three things: hands away before the body swings, legs down before the arms pull, don't rush the slide. I would get one right and lose the other two.")
    p("Then, somewhere in week seven, the boat ran on between strokes for the first time. For about half a second it felt like gliding. I have spent a lot of money on holidays that were less satisfying than that half-second.")
    h("What I tell friends now")
    p("Pick something where the beginners are visible and welcome. Go at a time of day when you have nothing to prove afterwards. And expect to be wet, literally or otherwise, more often than you would like.")
    p("I still row three mornings a week. I am still not very good. The sunrise on the leaflet turned out to be real, which is more than I can say for most leaflets.")
    title = "I learned to row at 41. Here\u2019s what the water taught me about being bad at things"
    more = [("The year I stopped checking my phone before breakfast", "It was not a digital detox. It was a small rule, and it stuck."),
            ("Notes on buying a secondhand bicycle as a grown-up", "A short guide for people who have not thought about gears since 1996."),
            ("What a choir taught me about listening at work", "Singing the wrong note loudly is still better than singing the right one too quietly."),
            ("On taking night classes in your forties", "Everyone in the room had a reason to be there. Most of them were better than mine.")]
    rec = [("Kieran Obi", "Why every team needs a person who asks the obvious question", "The quiet power of saying 'sorry, can you explain that again?' in a meeting of experts.", "7 min read"),
           ("Dr. Hana Weiss", "The science of habit is less tidy than the books suggest", "Twenty-one days, sixty-six days, it depends: what the research actually says about routines.", "11 min read"),
           ("Leon Marsh", "I ran every street in my town. Here is the map.", "Two years, 1,400 kilometres and one very patient dog.", "6 min read"),
           ("Priya Raman", "Stop optimising your mornings", "The productivity influencers have it backwards. Here is what worked for me instead.", "5 min read")]
    more_html = "\n".join(f'<div class="ab cp"><div class="rq l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@corinnadaley/{i}"><h2 class="bf gq jh ji jj jk jl jm jn jo jp jq jr js jt ju jv jw jx jy jz ka kb fj gu gv">{esc(t)}</h2><div class="rr l"><h3 class="bf b dv z gu rs gv gw rt gy ha bk">{esc(s)}</h3></div></a><div class="ru ab"><span class="bf b bg z bk">Oct {3 + i}</span><div class="ab q"><span class="pw-multi-vote-count l jk jl jm jn jo jp jq">{120 + 47 * i}</span></div></div></div></div>' for i, (t, s) in enumerate(more))
    rec_html = "\n".join(f'<article class="sz ta tb" data-testid="post-preview"><div class="l ae"><div class="ab ca"><div class="ab q"><a href="/@{a.split()[-1].lower()}"><p class="bf b du z dj hm dk dl dm dn do dp bk">{esc(a)}</p></a></div><div class="te l"><a href="/@{a.split()[-1].lower()}/p-{i}"><h2 class="bf gq nk ji fj jk nm fj jm jn jo jp jq jr js jt ju ti tj tk tl bk">{esc(t)}</h2><div class="tm l"><h3 class="bf b dv z hm tn dk dl to dn dp dj">{esc(s)}</h3></div></a></div><div class="ab q"><span class="bf b du z dj">{r}</span><span class="bf b du z dj">&middot;</span><span class="bf b du z dj">Sep {11 + i}, 2024</span></div></div></div></article>' for i, (a, t, s, r) in enumerate(rec))
    html = f'''<!doctype html><html lang="en"><head><title>{esc(title)} | by Corinna Daley | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" property="al:ios:app_store_id" content="828256236"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2024-10-02T07:41:12.084Z"/><meta data-rh="true" name="title" content="{esc(title)} | by Corinna Daley | Medium"/><meta data-rh="true" property="og:title" content="{esc(title)}"/><meta data-rh="true" property="al:android:url" content="medium://p/7c1e0a9b2f44"/><meta data-rh="true" name="description" content="The first thing the coach said to me, before I had even touched an oar, was that I would fall in."/><meta data-rh="true" property="og:description" content="The first thing the coach said to me, before I had even touched an oar, was that I would fall in."/><meta data-rh="true" property="og:url" content="https://medium.com/@corinnadaley/i-learned-to-row-at-41-7c1e0a9b2f44"/><meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*q3XbJvRqjQ1t5sQ.jpeg"/><meta data-rh="true" name="author" content="Corinna Daley"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="4 min read"/><link data-rh="true" rel="canonical" href="https://medium.com/@corinnadaley/i-learned-to-row-at-41-7c1e0a9b2f44"/><script data-rh="true" type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","image":["https://miro.medium.com/v2/resize:fit:1200/1*q3XbJvRqjQ1t5sQ.jpeg"],"url":"https://medium.com/@corinnadaley/i-learned-to-row-at-41-7c1e0a9b2f44","dateCreated":"2024-10-02T07:41:12.084Z","datePublished":"2024-10-02T07:41:12.084Z","headline":"{esc(title)}","name":"{esc(title)}","description":"The first thing the coach said to me...","identifier":"7c1e0a9b2f44","author":{{"@type":"Person","name":"Corinna Daley","url":"https://medium.com/@corinnadaley"}},"creator":["Corinna Daley"],"publisher":{{"@type":"Organization","name":"Medium","url":"https://medium.com/"}},"mainEntityOfPage":"https://medium.com/@corinnadaley/i-learned-to-row-at-41-7c1e0a9b2f44"}}</script><style type="text/css" data-fela-rehydration="514" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}*, *:before, *:after{{box-sizing:inherit}}body{{margin:0;padding:0;text-rendering:optimizeLegibility}}</style><style type="text/css" data-fela-rehydration="514" data-fela-type="RULE">.a{{font-family:medium-content-sans-serif-font}}.b{{font-weight:400}}.c{{background-color:rgba(255, 255, 255, 1)}}.l{{display:block}}.ab{{display:flex}}.nh{{color:rgba(36, 36, 36, 1)}}.ni{{word-break:break-word}}</style></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c"><div class="m n o p q r s t u v w x y z ab ac ad ae af ag ah ai"><div class="ab q ak al am an ao"><a data-testid="headerMediumLogo" href="/?source=post_page---top_nav_layout_nav" class="aq ar as at au av aw ax ay az ba bb"><svg viewBox="0 0 1043.63 592.71" class="h bc"><path d="M588.67 296.36c0 163.67"></path></svg></a><div class="ab q bd be"><div class="bf bg bh bi bj bk bl bm"><input role="combobox" placeholder="Search" class="az bn bo bp bq" value=""/></div></div></div><div class="h k w ff fg"><div class="ab q ak"><a class="au av aw ax ay az" href="/new-story">Write</a><a class="au av aw ax ay az" href="/m/signin">Sign up</a><a class="au av aw ax ay az" href="/m/signin">Sign in</a></div></div></div></div><div class="fh l"><div class="ab ca"><div class="ch bg fi fj fk fl"></div></div></div><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fs ft fu fv fw"></div><div class="fx fy fz ga gb"><div class="ab ca"><div class="ch bg fi fj fk fl"><div><h1 id="e1b0" class="pw-post-title gc gd ge be gf gg gh gi gj gk gl gm gn go gp gq gr gs gt gu gv gw gx gy gz ha hb hc hd bj" data-testid="storyTitle" data-selectable-paragraph="">{esc(title)}</h1><div class="he hf hg hh hi"><div class="speechify-ignore ab co"><div class="speechify-ignore bg l"><div class="hj hk hl hm hn ab"><div><div class="ab ho"><a href="/@corinnadaley"><div class="l hp hq by hr hs"><img alt="Corinna Daley" class="l ep by dd de cw" src="https://miro.medium.com/v2/resize:fill:88:88/1*cd.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="ht ab q"><div class="ab q hu"><div class="ab q"><div><div class="bl" aria-hidden="false"><p class="be b hv hw bj"><a class="af ag ah ai aj ak al am an ao ap aq ar hx" data-testid="authorName" href="/@corinnadaley">Corinna Daley</a></p></div></div></div><span class="hy hz" aria-hidden="true"><span class="be b bf z dy">&middot;</span></span><p class="be b hv hw dy"><button class="ia ib ah ai aj ak al am an ao ap aq ar ic id ie" disabled="">Follow</button></p></div></div></span></div></div><div class="l if"><span class="be b bf z dy"><div class="ab cn ig ih ii"><span class="be b bf z dy"><div class="ab ae"><span data-testid="storyReadTime">4 min read</span><div class="ij ik l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dy">&middot;</span></span></div><span data-testid="storyPublishDate">Oct 2, 2024</span></div></span></div></span></div></div></div><div class="ab co il im in io ip iq ir is it iu iv iw ix iy iz ja"><div class="h k w ff fg q"><div class="jp l"><div class="ab q jq jr"><div class="pw-multi-vote-icon ef jf js jt ju"><div><div class="bl" aria-hidden="false"><button data-testid="headerClapButton" class="jv ao jw jx jy jz jk ka kb kc kd"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282"></path></svg></button></div></div></div><div class="pw-multi-vote-count l ke kf kg kh ki kj kk"><p class="be b du z dy"><span class="kl">1.8K</span></p></div></div></div><div><div class="bl" aria-hidden="false"><button class="ao jw ko kp ab q eg kq kr" aria-label="responses"><p class="be b du z dy"><span class="pw-responses-count kn ko">42</span></p></button></div></div></div><div class="ab q kz la lb lc ld le lf lg lh li lj lk ll lm ln"><div class="lo k j i d"></div><div class="h k"><div><div class="bl" aria-hidden="false"><button aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af eg ah ai aj ak al lp an ao ap ic lq lr ls" disabled=""></button></div></div></div><div class="ep lt cm"><div class="l ae"><div class="ab ca"><div class="lu lv lw lx ly lz ch bg"><div class="ab"><div class="bl bg" aria-hidden="false"><div><div class="bl" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af eg ah ai aj ak al lp an ao ap ic ma mb lf mc md me mf mg s mh mi mj mk ml mm mn u mo mp mq"><div class="ab q"><p class="be b bf z dy"><span class="mr">Listen</span></p></div></button></div></div></div></div></div></div></div></div><div class="bl" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bl" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af eg ah ai aj ak al lp an ao ap ic ma mb lf mc md me mf mg s mh mi mj mk ml mm mn u mo mp mq"><div class="ab q"><p class="be b bf z dy"><span class="mr">Share</span></p></div></button></div></div></div></div></div></div></div></div><figure class="mv mw mx my mz na ms mt paragraph-image"><div role="button" tabindex="0" class="nb nc ed nd bg ne"><div class="ms mt mu"><picture><img alt="" class="bg lv nf c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*q3XbJvRqjQ1t5sQ.jpeg"/></picture></div></div><figcaption class="ng fe nh ms mt ni nj be b bf z dy" data-selectable-paragraph="">Early morning on the canal. Photo by the author.</figcaption></figure>{b.html("")}</div></div></div></div></section></div></div></article></div><div class="l"><footer class="pd pe pf pg ph ab q pi pj c"><div class="l ae"><div class="ab ca"><div class="ch bg fi fj fk fl"><div class="ab cp pk"><div class="pl l"><div class="ab q"><span class="pm">1.8K</span></div></div><div class="ab q"><a class="pn" href="/tag/rowing">Rowing</a><a class="pn" href="/tag/self-improvement">Self Improvement</a><a class="pn" href="/tag/midlife">Midlife</a><a class="pn" href="/tag/fitness">Fitness</a></div></div></div></div></div></footer><div class="po l"><div class="ab ca"><div class="ch bg fi fj fk fl"><div class="pp ab pq pr"><div class="ps pt pu"><a href="/@corinnadaley"><img alt="Corinna Daley" class="l ep by pv pw cw" src="https://miro.medium.com/v2/resize:fill:144:144/1*cd.jpeg" width="72" height="72"/></a></div><div class="l"><a href="/@corinnadaley"><h2 class="pw-author-name be px py pz qa qb qc qd qe qf qg bj"><span class="gn">Written by Corinna Daley</span></h2></a><div class="qh l"><span class="pw-follower-count be b bf z bj">2.3K Followers</span></div><p class="be b bf z bj">Writer, late starter, occasional rower. Essays about learning things badly and then a bit less badly.</p></div><button class="ia ib ah ai aj ak">Follow</button></div></div></div></div><div class="qi l"><div class="ab ca"><div class="ch bg fi fj fk fl"><h2 class="be px qj qk bj">More from Corinna Daley</h2>{more_html}<a class="qr" href="/@corinnadaley">See all from Corinna Daley</a></div></div></div><div class="qs l"><div class="ab ca"><div class="ch bg fi fj fk fl"><h2 class="be px qj qk bj">Recommended from Medium</h2>{rec_html}<a class="qr" href="/?source=read_next_recirc">See more recommendations</a></div></div></div></div><div class="qt qu l"><div class="ab ca"><div class="ch bg"><div class="ab q"><a class="af ag" href="https://help.medium.com/hc/en-us">Help</a><a class="af ag" href="https://medium.statuspage.io/">Status</a><a class="af ag" href="/about">About</a><a class="af ag" href="/jobs-at-medium">Careers</a><a class="af ag" href="/press">Press</a><a class="af ag" href="https://blog.medium.com">Blog</a><a class="af ag" href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a><a class="af ag" href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a><a class="af ag" href="https://speechify.com/medium">Text to speech</a><a class="af ag" href="/business">Teams</a></div></div></div></div></div></div><script>window.__BUILD_ID__="main-20241015-212117-a0b8c3d1e2"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script><script>window.__PRELOADED_STATE__ = {{"config":{{"nodeEnv":"production","version":"main-20241015"}},"session":{{"xsrf":""}}}}</script><script src="https://cdn-client.medium.com/lite/static/js/main.2b9d1f3a.js" async=""></script></body></html>
'''
    return html, b.truth()


@page("en-substack-buses", "https://hollinstreet.substack.com/p/the-new-bus-map-winners-and-losers", "en",
      kind="Substack-like newsletter post: subscribe widgets between paragraphs, comments preview")
def en_substack_buses():
    b = Body()
    SUB = '''<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://hollinstreet.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Hollin Street Bulletin is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'''
    b.p("The council published the final version of the new bus network on Tuesday, and after three drafts, two public consultations and one memorably angry meeting in the library, it is finally possible to say who gains and who loses. I spent most of Wednesday with the maps, the timetables and a large pot of coffee, so you don't have to.")
    b.p("The short version: if you live on one of the five new \u201cfrequent corridors\u201d, your bus is about to get much better. If you live on a quiet estate at the end of a long loop, it is probably getting worse, and the council is being less than honest about how much worse.")
    b.h("The frequent corridors", 3, 'class="header-anchor-post"')
    b.p("The heart of the plan is five routes that will run every ten minutes from seven in the morning until seven at night, and every twenty minutes in the evening. At the moment only one route in Carrowmore, the 4 along Mill Road, comes close to that. The new corridors are:")
    b.ul(["Mill Road to the hospital (the old 4, extended)",
          "Station to Westfield via Hollin Street",
          "Harbour to the university, replacing the 11 and 12",
          "The ring route, Northgate to Northgate clockwise",
          "Town centre to the retail park at Bryony Lane"])
    b.p("For a lot of people this is genuinely transformative. A ten-minute bus is one you stop checking the timetable for. Ridership on the Mill Road route went up by a third when it moved from every fifteen to every twelve minutes in 2019, and there is no reason to think the other corridors will behave differently.")
    b.raw(SUB)
    b.h("The loops", 3, 'class="header-anchor-post"')
    b.p("To pay for all that frequency, the council has cut most of the winding routes that serve the estates on the edge of town. The 22, which takes forty minutes to do a journey you could walk in twenty-five but stops outside nearly every front door in Harrowby, is being replaced by a shuttle every half hour that connects with the ring route.")
    b.p("The consultation document describes this as \u201cmaintaining coverage\u201d. For a fit commuter that is broadly true. For the older residents who make up a large share of the 22's passengers, a change of bus at a windy stop on Northgate roundabout is a real loss, and several of them told me so at length.")
    b.quote("I don't mind waiting for a bus. I mind standing on a roundabout in February waiting for a second one.")
    b.p("That was Maureen, who has lived in Harrowby for fifty-one years and has never owned a car. She is not against the plan. She would like a bench and a shelter, which the council says are \u201cunder review\u201d.")
    b.h("What happens next", 3, 'class="header-anchor-post"')
    b.p("The new network starts on the first Sunday of April. The council has promised a review after six months, and the transport committee chair told me on Thursday that the Harrowby shuttle is \u201cthe first thing we'll look at\u201d. I will hold them to that.")
    b.p("If you have a journey that gets worse under the new map, I would like to hear about it. Reply to this email or leave a comment below, and I will collect them for a follow-up before the committee meets in May.")
    b.raw('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://hollinstreet.substack.com/p/the-new-bus-map-winners-and-losers/comments&quot;,&quot;text&quot;:&quot;Leave a comment&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://hollinstreet.substack.com/p/the-new-bus-map-winners-and-losers/comments"><span>Leave a comment</span></a></p>')
    b.raw(SUB.replace("The Hollin Street Bulletin is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.", "Thanks for reading The Hollin Street Bulletin! Subscribe for free to receive new posts."))
    title = "The new bus map: winners and losers"
    comments = [("Tom Reddaway", "3 Mar", "Great write-up. The ring route is the bit I'm most excited about, it'll finally be possible to get from Northgate to the hospital without going through the centre."),
                ("Aileen M.", "3 Mar", "My mum is one of the 22 regulars. Nobody from the council has explained to her how the shuttle works and she is convinced she will be stranded. A printed leaflet through the door would go a long way."),
                ("J. Okafor", "4 Mar", "The Bryony Lane corridor makes sense on paper but the road is gridlocked every Saturday. Without a bus lane, ten minutes will be ten minutes in theory only."),
                ("Sarah", "4 Mar", "Thank you for actually reading the timetables. The council's summary was useless.")]
    ch = "\n".join(f'<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="#">{esc(n)}</a><a class="comment-timestamp" href="#">{d}</a></div><div class="comment-body"><p>{esc(t)}</p></div><div class="comment-actions"><a class="like-button">Like</a><a class="reply-button">Reply</a><a class="share-button">Share</a></div></div></div>' for n, d, t in comments)
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<link rel="preconnect" href="https://substackcdn.com">
<title data-rh="true">The new bus map: winners and losers - by Nadia Orme</title>
<meta data-rh="true" name="theme-color" content="#ffffff"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{title}"/><meta data-rh="true" name="twitter:title" content="{title}"/><meta data-rh="true" name="description" content="Five frequent corridors, a lot of cut loops, and a shuttle that nobody has explained to Harrowby."/><meta data-rh="true" property="og:description" content="Five frequent corridors, a lot of cut loops, and a shuttle that nobody has explained to Harrowby."/><meta data-rh="true" property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fbusmap.png"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/><meta data-rh="true" name="author" content="Nadia Orme"/><meta data-rh="true" property="article:author" content="https://substack.com/@nadiaorme"/>
<link data-rh="true" rel="canonical" href="https://hollinstreet.substack.com/p/the-new-bus-map-winners-and-losers"/>
{ld({"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://hollinstreet.substack.com/p/the-new-bus-map-winners-and-losers", "mainEntityOfPage": "https://hollinstreet.substack.com/p/the-new-bus-map-winners-and-losers", "headline": title, "description": "Five frequent corridors, a lot of cut loops, and a shuttle that nobody has explained to Harrowby.", "datePublished": "2024-03-02T15:03:11+00:00", "dateModified": "2024-03-02T15:03:11+00:00", "isAccessibleForFree": True, "author": [{"@type": "Person", "name": "Nadia Orme", "url": "https://substack.com/@nadiaorme"}], "publisher": {"@type": "Organization", "name": "The Hollin Street Bulletin", "url": "https://hollinstreet.substack.com"}})}
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.e1b8ca39c2a3b7c1e8d2.css" />
<style>.pencraft.pc-display-flex{{display:flex}}.frontend-pencraft-Text-module__size-11--qO0MN{{font-size:11px}}</style>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-spacer"></div>
<div class="main-menu" data-testid="navbar"><div class="topbar-content"><div class="navbar-title"><h1 class="navbar-title-link"><a href="/">The Hollin Street Bulletin</a></h1></div><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>
<div class="topbar-nav"><a class="nav-link" href="/">Home</a><a class="nav-link" href="/archive">Archive</a><a class="nav-link" href="/about">About</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset"><article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header"><h1 dir="auto" class="post-title published title-X77sOw">{title}</h1><h3 dir="auto" class="subtitle">Five frequent corridors, a lot of cut loops, and a shuttle that nobody has explained to Harrowby.</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.com/@nadiaorme" class="pencraft pc-reset">Nadia Orme</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Mar 02, 2024</div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><button class="post-ufi-button style-large has-label with-border"><div class="label">86</div></button></div><a class="post-ufi-button style-large post-ufi-comment-button has-label with-border" href="/p/the-new-bus-map-winners-and-losers/comments"><div class="label">23</div></a><div class="post-ufi-button style-large"><button class="post-ufi-button"><div class="label">Share</div></button></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{b.html()}
</div></div>
<div class="visibility-check"></div>
<div class="post-footer"><div class="post-ufi"><button class="post-ufi-button">86 Likes</button><button class="post-ufi-button">Share</button></div></div>
</article></div></div></div></div>
<div class="comments-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-page"><div class="comment-list">
{ch}
</div><a class="more-comments" href="/p/the-new-bus-map-winners-and-losers/comments">19 more comments...</a></div></div></div>
<div class="footer-wrap publication-footer"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">&copy; 2024 Nadia Orme</div><div class="footer-terms-blurb"><a href="https://substack.com/privacy">Privacy</a> &#8729; <a href="https://substack.com/tos">Terms</a> &#8729; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div></div><div class="footer-substack-cta"><a href="https://substack.com/signup" class="button primary">Start Writing</a><a href="https://substack.com/app" class="button">Get the app</a></div><div class="footer-slogan-blurb"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{{\\"isEU\\":false,\\"language\\":\\"en\\",\\"base_url\\":\\"https://hollinstreet.substack.com\\"}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.5d1a7f2c.js" charset="utf-8"></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-news-flood", "https://www.tristatedispatch.com/news/weather/flooding-closes-harlan-valley-rail-line-rcna18842", "en",
      kind="big-news template (article-body__content), inline RELATED links, ad slots, truncated JSON-LD articleBody, Most Popular rail")
def en_news_flood():
    b = Body()
    P = '<p class="article-body__paragraph">{}</p>'
    AD = lambda n: f'<div class="ad-container ad-container--inline" data-ad-slot="boxinline{n}"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-boxinline{n}" class="gpt-ad" style="min-height:250px"></div></div>'
    b.p("Floodwater from two days of heavy rain washed out a section of track in the Harlan Valley on Wednesday, closing the region's only passenger rail line for what officials said could be several weeks.", P)
    b.p("The washout, about half a mile south of the Dunmore Creek bridge, left a stretch of rail hanging over a gap roughly 40 feet long, according to photos released by Valley Regional Rail. No trains were on the line at the time, and no one was injured.", P)
    b.raw('<p class="article-body__paragraph related-inline"><strong>RELATED:</strong> <a href="/news/weather/harlan-valley-rain-totals-rcna18790">Harlan Valley sees wettest April day on record</a></p>')
    b.p("\u201cWe are looking at a full rebuild of the embankment, not a patch,\u201d said Denise Albright, the rail authority's chief operating officer, at a news conference in Dunmore. \u201cI would rather tell people three weeks now than promise them one and disappoint them.\u201d", P)
    b.raw(AD(1))
    b.p("About 4,200 people ride the line on a typical weekday, most of them commuting between the valley towns and the state capital. The authority said replacement buses would begin running Thursday morning from all nine stations, with trips expected to take 25 to 40 minutes longer than the train.", P)
    b.p("The National Weather Service recorded 5.8 inches of rain at Dunmore between Monday evening and Wednesday afternoon, more than the town usually gets in all of April. Dunmore Creek crested at nearly four feet above flood stage early Wednesday before beginning to fall.", P)
    b.raw('<div class="article-body__video"><div class="video-player" data-video-id="vid-40112"><div class="video-player__title">Watch: Drone footage shows washed-out track near Dunmore</div><div class="video-player__duration">01:12</div></div></div>')
    b.p("Several roads in the valley remained closed Wednesday night, including parts of Route 41 and County Road 9. The county emergency management office urged drivers not to go around barriers, noting that two cars had to be pulled from floodwater near Lisle on Tuesday.", P)
    b.raw('<p class="article-body__paragraph related-inline"><strong>READ MORE:</strong> <a href="/news/local/how-to-report-flood-damage-rcna18801">How to report flood damage to your county</a></p>')
    b.p("Engineers from the rail authority and a private contractor planned to begin assessing the embankment Thursday once the water drops further. Albright said the authority would also inspect two other sections of the line that were built on similar fill in the 1950s.", P)
    b.raw(AD(2))
    b.p("Valley Regional Rail said monthly pass holders would receive a credit for the days the line is closed. Updates will be posted on the authority's website and at stations.", P)
    title = "Flooding washes out track, closing Harlan Valley rail line for weeks"
    popular = ["State lawmakers approve budget after overnight session", "Dunmore High wins first girls basketball title since 1988",
               "Restaurant inspections: 4 places cited for violations this week", "Police identify driver in fatal Route 9 crash",
               "Harlan Valley sees wettest April day on record", "New owner plans to reopen shuttered Lisle paper mill",
               "Gas prices fall for third straight week across the region", "What's open and closed on Memorial Day"]
    pop = "\n".join(f'<li class="most-popular__item"><span class="most-popular__rank">{i + 1}</span><a class="most-popular__link" href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate(popular))
    more = [("Dunmore residents clean up after creek overflows", "Volunteers and crews worked through the night to clear mud from basements along Water Street."),
            ("Is your home in a flood zone? Check the new county maps", "Updated FEMA maps add hundreds of properties in the valley to high-risk areas."),
            ("Valley Regional Rail ridership tops pre-pandemic levels", "The line carried more passengers last year than in any year since 2008."),
            ("Weekend forecast: Drier air arrives, but rivers stay high", "Forecasters say the worst is over, but flood warnings remain for low-lying areas.")]
    mr = "\n".join(f'<div class="related-content-tease"><a href="/news/more/{i}"><h3 class="related-content-tease__headline">{esc(t)}</h3></a><p class="related-content-tease__dek">{esc(d)}</p></div>' for i, (t, d) in enumerate(more))
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Tri-State Dispatch</title>
<meta name="description" content="A washout near the Dunmore Creek bridge left a 40-foot gap under the tracks. Replacement buses start Thursday.">
<link rel="canonical" href="https://www.tristatedispatch.com/news/weather/flooding-closes-harlan-valley-rail-line-rcna18842">
<link rel="amphtml" href="https://www.tristatedispatch.com/news/amp/rcna18842">
{og(title, "A washout near the Dunmore Creek bridge left a 40-foot gap under the tracks. Replacement buses start Thursday.", "https://www.tristatedispatch.com/news/weather/flooding-closes-harlan-valley-rail-line-rcna18842", "Tri-State Dispatch", "https://media.tristatedispatch.com/i/washout-1200.jpg")}
<meta property="article:section" content="Weather">
<meta name="parsely-title" content="{esc(title)}">
{ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-04-17T23:41:00Z", "dateModified": "2024-04-18T02:10:00Z", "author": [{"@type": "Person", "name": "Marcus Teller"}], "publisher": {"@type": "NewsMediaOrganization", "name": "Tri-State Dispatch", "logo": {"@type": "ImageObject", "url": "https://www.tristatedispatch.com/logo.png"}}, "articleBody": "Floodwater from two days of heavy rain washed out a section of track in the Harlan Valley on Wednesday, closing the region's only passenger rail line for what officials said could be several weeks. The washout, about half a mile south of the Dunmore Creek bridge...", "articleSection": "Weather", "mainEntityOfPage": "https://www.tristatedispatch.com/news/weather/flooding-closes-harlan-valley-rail-line-rcna18842"})}
<link rel="stylesheet" href="/_next/static/css/4e1c0d2b9a.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.defineSlot('/4211/tsd/news',[300,250],'div-gpt-ad-boxinline1').addService(googletag.pubads());}});</script>
</head>
<body class="layout-article">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your Privacy</h2><p id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic. You can accept all cookies or manage your preferences. <a href="/privacy">Privacy Policy</a></p></div></div><div id="onetrust-button-group-parent"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div></div></div>
<div class="breaking-news-banner" data-testid="banner"><span class="breaking-news-banner__label">Breaking</span><a href="/news/politics/budget-vote">State lawmakers approve budget after overnight session</a></div>
<header class="site-header">
<div class="site-header__top"><a class="site-header__logo" href="/">Tri-State Dispatch</a><a class="site-header__subscribe" href="/subscribe">Subscribe for $1</a><a class="site-header__login" href="/account">Log in</a></div>
<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">
{links(["News", "Local", "Weather", "Politics", "Sports", "Business", "Opinion", "Obituaries", "Things to do", "Jobs", "Classifieds", "e-Edition"], cls="site-nav__item")}
</ul></nav>
</header>
<main class="article-layout">
<article class="article">
<header class="article-hero">
<div class="article-hero__eyebrow"><a href="/news/weather">Weather</a></div>
<h1 class="article-hero__headline">{esc(title)}</h1>
<div class="article-hero__dek">A washout near the Dunmore Creek bridge left a 40-foot gap under the tracks. Replacement buses start Thursday.</div>
<figure class="article-hero__media"><img src="https://media.tristatedispatch.com/i/washout-1200.jpg" alt="Rails suspended over a washed-out embankment"><figcaption class="article-hero__caption">A section of Valley Regional Rail track hangs over a washout south of Dunmore on Wednesday. <span class="article-hero__credit">Valley Regional Rail</span></figcaption></figure>
<div class="article-byline"><span class="article-byline__author">By <a href="/author/marcus-teller">Marcus Teller</a></span><time class="article-byline__date" datetime="2024-04-17T23:41:00Z">April 17, 2024, 7:41 PM EDT</time><span class="article-byline__updated">Updated April 18, 2024, 10:10 PM EDT</span></div>
<div class="share-bar" role="group" aria-label="Share"><a class="share-bar__facebook" href="#">Facebook</a><a class="share-bar__twitter" href="#">Twitter</a><a class="share-bar__email" href="#">Email</a><a class="share-bar__print" href="#">Print</a></div>
</header>
<div class="article-body">
<div class="article-body__content">
{b.html()}
</div>
<div class="article-body__footer"><div class="newsletter-signup"><h3 class="newsletter-signup__title">Get the Morning Dispatch</h3><p class="newsletter-signup__text">The day's top stories from across the Tri-State, delivered to your inbox every weekday morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<div class="article-tags"><span>Topics:</span> <a href="/tag/flooding">Flooding</a> <a href="/tag/valley-regional-rail">Valley Regional Rail</a> <a href="/tag/dunmore">Dunmore</a></div>
<div class="related-content"><h2 class="related-content__heading">More on the storm</h2>
{mr}
</div></div>
</div>
</article>
<aside class="article-rail">
<div class="ad-container ad-container--rail"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-rail1" class="gpt-ad"></div></div>
<section class="most-popular"><h2 class="most-popular__heading">Most Popular</h2><ol class="most-popular__list">
{pop}
</ol></section>
</aside>
</main>
<footer class="site-footer"><div class="site-footer__links">
{links(["About us", "Contact", "Advertise", "Careers", "Subscriber services", "Terms of use", "Privacy policy", "Do not sell my personal information", "Accessibility"])}
</div><p class="site-footer__copyright">&copy; 2024 Tri-State Dispatch Media LLC. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></footer>
<script src="/_next/static/chunks/main-8a1f.js" defer></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-news-lifeboat", "https://www.wbcnews.co.uk/news/uk-england-cornwall-61820443", "en",
      kind="public-broadcaster story-body template: crossheads, image copyright spans, 'More on this story', Top Stories/Features")
def en_news_lifeboat():
    b = Body()
    b.raw('<figure class="media-landscape has-caption full-width lead"><span class="image-and-copyright-container"><img class="js-image-replace" alt="New lifeboat arriving in harbour" src="https://ichef.wbcnews.co.uk/news/320/cpsprodpb/1A2B/production/_125001_lifeboat.jpg" width="976" height="549"><span class="off-screen">Image source, </span><span class="story-image-copyright">Porthlenna RNLI</span></span><figcaption class="media-caption"><span class="off-screen">Image caption, </span><span class="media-caption__text">The new boat was escorted into the harbour by the station\'s inshore lifeboat</span></figcaption></figure>')
    b.p("A Cornish lifeboat station has welcomed its first new all-weather boat in nearly 30 years.", '<p class="story-body__introduction">{}</p>')
    b.p("Hundreds of people lined the harbour wall at Porthlenna on Saturday to watch the Shannon-class lifeboat arrive after a two-day passage from the charity's base in Dorset.")
    b.p("The boat replaces a Tyne-class vessel that has been in service at the station since 1995 and has launched more than 900 times.")
    b.p("Coxswain Jory Penhallow said the crew were \"over the moon\" and had spent months training for the change.")
    b.h("'Faster and safer'", 2, 'class="story-body__crosshead"')
    b.p("The new lifeboat can reach 25 knots, about eight knots faster than its predecessor, and is driven by water jets rather than propellers, which allows it to operate in shallower water.")
    b.p("\"On a bad night that speed is the difference between getting to someone in 40 minutes and getting to them in an hour,\" Mr Penhallow said.")
    b.p("\"The crew seats are shock-absorbing too, which the older lads' backs are very grateful for.\"")
    b.raw('<figure class="media-landscape has-caption full-width"><span class="image-and-copyright-container"><img alt="Crowds on harbour wall" src="https://ichef.wbcnews.co.uk/news/624/cpsprodpb/3C4D/production/_125002_crowd.jpg"><span class="off-screen">Image source, </span><span class="story-image-copyright">Sam Treloar</span></span><figcaption class="media-caption"><span class="off-screen">Image caption, </span><span class="media-caption__text">Crowds gathered on the harbour wall to welcome the lifeboat</span></figcaption></figure>')
    b.p("The boat cost about \u00a32.4m and was paid for largely through a legacy left to the charity by a retired teacher from the town, along with local fundraising.")
    b.p("It has been named after her late husband, a fisherman who was himself rescued by the Porthlenna lifeboat in 1971.")
    b.h("Slipway work", 2, 'class="story-body__crosshead"')
    b.p("Because the new boat is heavier than the old one, the station's slipway had to be strengthened over the winter, and a new tractor and carriage will be used to launch it from the beach at low tide.")
    b.p("The old lifeboat will stay at the station for several weeks while the crew complete their final assessments, before going to the charity's relief fleet.")
    b.p("Porthlenna's volunteer crew were called out 61 times last year, the station's busiest year on record.")
    b.raw('<p><i>Follow WBC Cornwall on <a href="https://x.com/wbccornwall">X</a>, <a href="https://facebook.com/wbccornwall">Facebook</a> and <a href="https://instagram.com/wbccornwall">Instagram</a>. Send your story ideas to <a href="mailto:cornwall@wbcnews.co.uk">cornwall@wbcnews.co.uk</a>.</i></p>')
    title = "Porthlenna lifeboat station welcomes first new boat in 30 years"
    top = [("Ministers announce review of rural bus funding", "/news/uk-politics-61819001"), ("Heatwave warning issued for south-west", "/news/uk-61818220"),
           ("Striker's late goal sends Argyle top of the table", "/sport/football/61820100")]
    feat = [("The village that built its own broadband network", "/news/uk-england-devon-61790001"), ("Why are so many pubs closing on the coast?", "/news/business-61782113"),
            ("The fishermen learning to farm seaweed instead", "/news/science-environment-61766040"), ("In pictures: A summer of gig rowing", "/news/in-pictures-61801212")]
    html = f'''<!DOCTYPE html>
<html lang="en-GB" id="responsive-news">
<head prefix="og: http://ogp.me/ns#">
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} - WBC News</title>
<meta name="description" content="The Shannon-class boat replaces a Tyne-class vessel that has launched more than 900 times since 1995.">
<meta name="x-country" content="gb">
<meta name="x-audience" content="Domestic">
<meta name="CPS_AUDIENCE" content="Domestic">
<meta name="CPS_CHANGEQUEUEID" content="618204431">
<link rel="canonical" href="https://www.wbcnews.co.uk/news/uk-england-cornwall-61820443">
{og(title, "The Shannon-class boat replaces a Tyne-class vessel that has launched more than 900 times since 1995.", "https://www.wbcnews.co.uk/news/uk-england-cornwall-61820443", "WBC News", "https://ichef.wbcnews.co.uk/news/1024/branded_news/1A2B/production/_125001_lifeboat.jpg", locale="en_GB")}
<meta name="twitter:site" content="@WBCNews">
<meta property="article:author" content="https://www.facebook.com/wbcnews">
<meta property="article:section" content="Cornwall">
{ld({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": "https://www.wbcnews.co.uk/news/uk-england-cornwall-61820443", "publisher": {"@type": "NewsMediaOrganization", "name": "WBC News", "publishingPrinciples": "https://www.wbcnews.co.uk/news/help-41670342"}, "datePublished": "2024-06-15T14:02:11.000Z", "dateModified": "2024-06-15T14:02:11.000Z", "headline": title, "image": {"@type": "ImageObject", "width": 1024, "height": 576, "url": "https://ichef.wbcnews.co.uk/news/1024/branded_news/1A2B/production/_125001_lifeboat.jpg"}, "thumbnailUrl": "https://ichef.wbcnews.co.uk/news/1024/branded_news/1A2B/production/_125001_lifeboat.jpg", "author": {"@type": "NewsMediaOrganization", "name": "WBC News"}, "mainEntityOfPage": "https://www.wbcnews.co.uk/news/uk-england-cornwall-61820443"})}
<link rel="stylesheet" href="https://static.wbci.co.uk/news/1.312.0483/stylesheets/services/news/core.css">
<script>window.orb = window.orb || {{}}; orb.lang = "en-GB";</script>
</head>
<body class="wbc-news">
<div id="orb-banner"><div class="orb-cookie-banner" id="wbccookies"><div class="wbccookies-prompt"><h2 id="wbccookies-prompt-title">Let us know you agree to cookies</h2><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><ul class="wbccookies-buttons"><li><button id="wbccookies-accept-button">Yes, I agree</button></li><li><a id="wbccookies-settings-button" href="/usingthewbc/cookies/how-can-i-change-my-wbc-cookie-settings/">No, take me to settings</a></li></ul></div></div></div>
<header id="orb-header" class="orb-header" role="banner"><div class="orb-nav-pri"><a href="https://www.wbcnews.co.uk" id="homepage-link">WBC Homepage</a><ul id="orb-nav-links">{links(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize"])}</ul><a id="orb-search-button" href="/search">Search</a></div></header>
<div class="site-brand site-brand--height"><div class="navigation navigation--primary"><h2 class="navigation__heading off-screen">News Navigation</h2><ul class="navigation-wide-list" role="list">{links(["Home", "Coronavirus", "Climate", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Family & Education", "In Pictures", "Newsbeat", "WBC Verify"], cls="navigation-wide-list__item")}</ul></div>
<div class="secondary-navigation"><nav><a href="/news/england">England</a> <ul>{links(["Local News", "Regions", "Cornwall"])}</ul></nav></div></div>
<div id="site-container" role="main">
<div class="container-width-only"><div id="breaking-news-container" data-polling-url="/news/breaking-news/audience/domestic"></div></div>
<div class="container"><div class="container--primary-and-secondary-columns column-clearfix">
<div class="column--primary">
<div class="story-body">
<h1 class="story-body__h1">{esc(title)}</h1>
<div class="byline"><span class="byline__name">By Tamsin Roseveare</span><span class="byline__title">WBC News, Cornwall</span></div>
<div class="with-extracted-share-icons"><div class="date date--v2 relative-time" data-seconds="1718460131" data-datetime="15 June 2024">15 June 2024</div>
<div class="share-tools-module"><div class="share-tools-module__title">Share this with</div><ul class="share-tools__list"><li><a class="share-tools__link share-tools__link--email" href="#">Email</a></li><li><a class="share-tools__link share-tools__link--facebook" href="#">Facebook</a></li><li><a class="share-tools__link share-tools__link--messenger" href="#">Messenger</a></li><li><a class="share-tools__link share-tools__link--twitter" href="#">X</a></li><li><a class="share-tools__link share-tools__link--whatsapp" href="#">WhatsApp</a></li><li><a class="share-tools__link share-tools__link--linkedin" href="#">LinkedIn</a></li></ul><p class="share-tools-module__copy-url">Copy this link<input type="text" value="https://www.wbcnews.co.uk/news/uk-england-cornwall-61820443" readonly></p></div></div>
<div class="story-body__inner" property="articleBody">
{b.html()}
</div>
</div>
<div id="topic-tags"><div class="tags-container"><h2 class="tags-title">Related Topics</h2><ul class="tags-list">{links(["Porthlenna", "RNLI", "Lifeboats"], cls="tags-list__tags")}</ul></div></div>
<div class="story-more"><div class="group story-alsos more-on-this-story"><div class="group__header"><h2 class="group__title">More on this story</h2></div><div class="group__body"><ul class="units-list">
<li class="unit unit--regular"><a class="unit__link-wrapper" href="/news/uk-england-cornwall-59711120"><div class="unit__body"><div class="unit__header"><div class="unit__title"><span class="cta">Lifeboat crew rescue four from yacht in gale</span></div></div><div class="unit__meta"><div class="date date--v1">12 January 2022</div></div></div></a></li>
<li class="unit unit--regular"><a class="unit__link-wrapper" href="/news/uk-england-cornwall-58001212"><div class="unit__body"><div class="unit__header"><div class="unit__title"><span class="cta">Town raises &#163;200,000 for lifeboat slipway</span></div></div><div class="unit__meta"><div class="date date--v1">3 August 2021</div></div></div></a></li>
</ul></div></div>
<div class="group story-alsos more-on-this-story"><div class="group__header"><h2 class="group__title">Related Internet Links</h2></div><div class="group__body"><ul class="units-list"><li class="unit"><a href="https://rnli.example.org/find-my-nearest/lifeboat-stations/porthlenna">Porthlenna Lifeboat Station</a></li></ul><p class="disclaimer">The WBC is not responsible for the content of external sites.</p></div></div></div>
</div>
<div class="column--secondary" role="complementary">
<div class="container-top-stories"><h2 class="container-top-stories__title">Top Stories</h2>{"".join(f'<div class="top-story"><a class="top-story__link" href="{u}"><h3 class="top-story__title">{esc(t)}</h3></a><span class="date">4 hours ago</span></div>' for t, u in top)}</div>
<div class="container-features-and-analysis"><h2 class="container-features-and-analysis__title">Features</h2>{"".join(f'<div class="features-and-analysis__story"><a href="{u}"><span class="features-and-analysis__title">{esc(t)}</span></a></div>' for t, u in feat)}</div>
<div id="comp-most-popular" class="most-popular"><h2 class="most-popular__title">Most Read</h2><ol class="most-popular-list">{teasers(["Heatwave warning issued for south-west", "Man rescued after falling from cliff path", "Ministers announce review of rural bus funding", "Porthlenna lifeboat station welcomes first new boat in 30 years", "School closes after roof damage in storm"], '<li class="most-popular-list-item"><a href="{u}"><span class="most-popular-list-item__headline">{t}</span></a></li>')}</ol></div>
</div>
</div></div></div>
<footer id="orb-footer" class="orb-footer"><div class="orb-footer-inner"><ul id="orb-footer-links">{links(["Terms of Use", "About the WBC", "Privacy Policy", "Cookies", "Accessibility Help", "Parental Guidance", "Contact the WBC", "Get Personalised Newsletters", "Why you can trust the WBC"])}</ul><small>Copyright &copy; 2024 WBC. The WBC is not responsible for the content of external sites. <a href="/editorialguidelines/guidance/feeds-and-links" class="orb-hilight">Read about our approach to external linking.</a></small></div></footer>
<script src="https://static.wbci.co.uk/frameworks/requirejs/0.13.0/sharedmodules/require.js"></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-times-psalter", "https://www.metropolitantimes.com/2024/05/09/arts/harwell-museum-psalter-returned.html", "en",
      kind="big-paper template: StoryBodyCompanionColumn groups, Advertisement/SKIP ADVERTISEMENT between groups, print-edition line, author bio, paywall gateway")
def en_times_psalter():
    groups = [
        ["For more than a century, visitors to the Harwell Museum's manuscript gallery have paused in front of a small, water-stained book of psalms, its margins crowded with painted hares, snails and a knight losing a fight with a goose. On Thursday the museum announced that the book is going home.",
         "The Harwell said it would return the psalter, made around 1340, to the Benedictine abbey of Saint-Gildas-de-Mer on the Breton coast, from which it was taken during the upheavals of the 1790s. The decision follows a three-year review by the museum of how the book entered its collection in 1911.",
         "\u201cWe could not establish a single point in its history at which it changed hands legitimately,\u201d said Rosalind Achterberg, the museum's director, in an interview. \u201cOnce you accept that, the question is no longer whether to return it, but how.\u201d"],
        ["The abbey, which still houses a small community of monks, first wrote to the museum about the psalter in 1952. That letter received a polite reply and no further action. A second approach, by a historian at the University of Rennes in 2019, prompted the current review.",
         "Researchers traced the book through a Paris bookseller's catalogue of 1824, a private library in Bath and an auction in London in 1909, where it was bought by the industrialist whose collection later formed the core of the museum. At no stage, the review found, was there any record of the abbey having sold or given it away."],
        ["The return is the latest in a series of restitutions by museums in Europe and North America, most of which have involved objects taken during colonial rule. Religious manuscripts removed during the French Revolution have received less attention, partly because so many passed through legitimate sales in the decades that followed.",
         "Dom Yann Le Bihan, the abbey's archivist, said the monks had never stopped thinking of the book as theirs. \u201cIt was written here, for this choir, to be sung from,\u201d he said by telephone. \u201cWe will not put it in a glass case and forget about it.\u201d",
         "The abbey plans to display the psalter in a new climate-controlled room, and has agreed to lend it back to the Harwell for an exhibition on medieval marginal art scheduled for 2027. A high-resolution digital copy will remain available on the museum's website."],
        ["Not everyone at the museum was enthusiastic. Two trustees voted against the return, according to minutes seen by The Metropolitan Times, arguing that the review set a precedent that could affect hundreds of other objects acquired before the First World War.",
         "Ms. Achterberg said she understood the concern but did not share it. \u201cEach object has its own history,\u201d she said. \u201cWe are not making a rule. We are reading the evidence in front of us.\u201d",
         "The psalter is expected to leave for France in September."],
    ]
    b = Body()
    P = '<p class="css-at9mc1 evys1bk0">{}</p>'
    AD = '<div class="css-1gjdkr2 ad-wrapper" id="story-ad-{n}-wrapper"><div class="css-4dx6ok"><p class="css-1z5sw4a">Advertisement</p><a href="#after-story-ad-{n}" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div><div id="story-ad-{n}" class="ad story-ad-{n}-wrapper"></div><div id="after-story-ad-{n}" aria-hidden="true"></div></div>'
    for i, g in enumerate(groups):
        b.raw('<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-%d"><div class="css-1fanzo5">' % i)
        b.ps(g, P)
        b.raw('</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>')
        if i < len(groups) - 1:
            b.raw(AD.format(n=i + 1))
    title = "A Stolen Psalter Spent a Century in a Museum. Now It\u2019s Going Home."
    more = [("A Painter\u2019s Lost Notebooks Turn Up in a Garden Shed", "Forty sketchbooks, thought destroyed in a 1960s fire, had been in a relative\u2019s shed the whole time."),
            ("Museums Are Rethinking What \u2018Provenance\u2019 Means", "Curators say the questions they ask about old acquisitions have changed more in five years than in the previous fifty."),
            ("The Monks Who Still Sing From 800-Year-Old Books", "At a handful of abbeys, medieval manuscripts are not museum pieces but working tools."),
            ("Review: Marginal Monsters at the Kessler Library", "A small, delightful show of the doodles medieval scribes left in the margins.")]
    mh = "\n".join(f'<li class="css-18yolpw"><div class="css-1l4spti"><a href="/2024/0{i+2}/1{i}/arts/{i}.html"><h3 class="css-1j9dxys e1hr934v2">{esc(t)}</h3><p class="css-1echdzn e1hr934v5">{esc(s)}</p></a></div></li>' for i, (t, s) in enumerate(more))
    html = f'''<!DOCTYPE html>
<html lang="en" class=" nytapp-vi-article " xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charSet="utf-8"/>
<title>A Stolen Psalter Spent a Century in a Museum. Now It&#x27;s Going Home. - The Metropolitan Times</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"/><meta data-rh="true" name="description" content="The Harwell Museum will return a 14th-century book of psalms to the Breton abbey from which it was taken during the French Revolution."/><meta data-rh="true" property="og:url" content="https://www.metropolitantimes.com/2024/05/09/arts/harwell-museum-psalter-returned.html"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{esc(title)}"/><meta data-rh="true" property="og:image" content="https://static01.metropolitantimes.com/images/2024/05/09/arts/09psalter/09psalter-facebookJumbo.jpg"/><meta data-rh="true" property="og:description" content="The Harwell Museum will return a 14th-century book of psalms to the Breton abbey from which it was taken during the French Revolution."/><meta data-rh="true" name="byl" content="By Ella Brandt"/><meta data-rh="true" name="news_keywords" content="Museums,Restitution,Manuscripts,Art"/><meta data-rh="true" name="pdate" content="20240509"/><meta data-rh="true" property="article:section" content="Arts"/><meta data-rh="true" property="article:published_time" content="2024-05-09T09:00:11.000Z"/>
<link data-rh="true" rel="canonical" href="https://www.metropolitantimes.com/2024/05/09/arts/harwell-museum-psalter-returned.html"/>
<script data-rh="true" type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","description":"The Harwell Museum will return a 14th-century book of psalms to the Breton abbey from which it was taken during the French Revolution.","image":[{{"@context":"https://schema.org","@type":"ImageObject","url":"https://static01.metropolitantimes.com/images/2024/05/09/arts/09psalter/09psalter-superJumbo.jpg","height":1365,"width":2048}}],"mainEntityOfPage":"https://www.metropolitantimes.com/2024/05/09/arts/harwell-museum-psalter-returned.html","url":"https://www.metropolitantimes.com/2024/05/09/arts/harwell-museum-psalter-returned.html","inLanguage":"en","author":[{{"@context":"https://schema.org","@type":"Person","url":"https://www.metropolitantimes.com/by/ella-brandt","name":"Ella Brandt"}}],"dateModified":"2024-05-09T14:22:04.000Z","datePublished":"2024-05-09T09:00:11.000Z","headline":"A Stolen Psalter Spent a Century in a Museum. Now It\u2019s Going Home.","alternativeHeadline":"Harwell Museum to Return Psalter to Breton Abbey","publisher":{{"@id":"https://www.metropolitantimes.com/#publisher"}},"isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}},"isPartOf":{{"@type":["CreativeWork","Product"],"name":"The Metropolitan Times","productID":"metropolitantimes.com:basic"}}}}</script>
<style data-emotion-css="1r7ky0e 53u6y8 1fanzo5 at9mc1">.css-1r7ky0e{{margin:0 auto}}.css-53u6y8{{margin:0 auto;max-width:600px}}.css-at9mc1{{font-family:mt-imperial,georgia,serif;margin-bottom:0.9375rem}}</style>
<script>window.__preloadedData = {{"initialState":{{"Article":{{"sprinkledBody":null}}}},"config":{{"gqlUrlClient":"https://samizdat-graphql.metropolitantimes.com/graphql/v2"}}}};</script>
</head>
<body>
<div id="app"><div><div class="css-1bymuyk e1m0pzr40"><div id="gdpr-banner" class="css-1kp3m4t" role="region" aria-label="cookie notice"><p class="css-13o0c9t">We use cookies and similar technologies to recognize your repeat visits and preferences, as well as to measure the effectiveness of campaigns and analyze traffic. To learn more about cookies, including how to disable them, view our <a href="/privacy/cookie-policy">Cookie Policy</a>. By clicking &#x201C;I Accept&#x201D; or on any content on this site, you agree to the use of cookies unless you have disabled them.</p><button class="css-19x8yhm">I Accept</button></div></div>
<div class="css-1e1s8k7"><a class="css-1ly73wi e1gaytni0" href="#site-content">Skip to content</a><a class="css-1ly73wi e1gaytni0" href="#site-index">Skip to site index</a></div>
<header class="css-ahe4g0 e1m0pzr41"><section class="css-1uz5q8t"><div class="css-1cabtl7"><a data-testid="masthead-mobile-logo" href="/" class="css-nuvmzp">The Metropolitan Times</a></div><div class="css-1wqh3xp"><a href="/section/arts" class="css-1wr3we4 eaxe0e00">Arts</a></div><div class="css-6n7j50"><a class="css-1kj7lfb" href="/subscription?campaignId=7JFJX">Subscribe for $1/week</a><a class="css-1kj7lfb" href="/account/login">Log in</a></div></section>
<nav aria-label="Main" class="css-1vxc2sl" data-testid="mini-nav"><ul class="css-1vxc2sl">{links(["World", "U.S.", "Politics", "New York", "Business", "Opinion", "Tech", "Science", "Health", "Sports", "Arts", "Books", "Style", "Food", "Travel", "Magazine", "Real Estate", "Video"], cls="css-1d8a290")}</ul></nav></header>
<main id="site-content"><div class="css-1gyvwrz"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-d92fx5 e1h9rw200"><div class="css-1ycd8rl"><p class="css-c9vadp"><a href="/section/arts">Arts</a></p></div><h1 id="link-42a1" class="css-88wicj e1h9rw200" data-testid="headline">{esc(title)}</h1><p id="article-summary" class="css-79rysd e1wiw3jv0">The Harwell Museum will return a 14th-century book of psalms to the Breton abbey from which it was taken during the French Revolution.</p>
<div class="css-1g7m0tk"><figure class="sizeLarge" aria-label="media" role="group"><div class="css-1vf8f6d"><picture><img alt="A small illuminated book open to a page with painted hares in the margins." class="css-rq4mmj" src="https://static01.metropolitantimes.com/images/2024/05/09/arts/09psalter/09psalter-articleLarge.jpg"/></picture></div><figcaption class="css-8nl9n8 ewdxa0s0"><span class="css-jevhq3 e13ogyst0">The psalter, made around 1340, has been in the Harwell Museum since 1911.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1u46b97">Credit...</span><span>Harwell Museum</span></span></figcaption></figure></div>
<div class="css-hbc5ad"><div class="css-1baulvz"><p class="css-aknsld e1jsehar1">By <a href="/by/ella-brandt" class="css-n8ff4n e1jsehar0"><span class="css-1baulvz">Ella Brandt</span></a></p></div><ul class="css-1iqlb3k"><li><time class="css-1sbuyqj e16638kd3" datetime="2024-05-09T05:00:11-04:00">May 9, 2024</time></li></ul></div>
<div class="css-1bcaytr"><ul class="css-1w1y6b1" data-testid="share-tools"><li><button class="css-1ci0hhk" aria-label="Share full article">Share full article</button></li><li><button aria-label="Save article for reading later...">Save</button></li><li><span class="css-ye0e4m">218</span></li></ul></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
{b.html()}
</section>
<div class="bottom-of-article"><div class="css-1ebnwsw"><p class="css-1rw9j27">Ella Brandt writes about museums, archives and the art market. She is based in London. <a href="/by/ella-brandt">More about Ella Brandt</a></p></div><div class="css-1ubp8k9"><div class="css-1vm5oi9"><p>A version of this article appears in print on <time datetime="2024-05-10">May 10, 2024</time>, Section C, Page 1 of the New York edition with the headline: Psalter, Taken in 1790s, Will Return to Abbey. <a href="https://www.metropolitantimes.com/reprints">Order Reprints</a> | <a href="/todayspaper">Today&#x2019;s Paper</a> | <a href="/subscriptions">Subscribe</a></p></div></div></div>
<div id="gateway-content" class="css-gx5sib"><div class="css-1dv1kvn"><h2>Thank you for your patience while we verify access.</h2><p>Already a subscriber? <a href="/account/login">Log in</a>.</p><p>Want all of The Metropolitan Times? <a href="/subscription">Subscribe</a>.</p></div></div>
</article></div>
<div class="css-1l8buln"><h2 class="css-1qzbhj6">More in Arts</h2><ol class="css-11jjg">{mh}</ol></div>
<div class="css-1gy7xp2"><h2>Trending in The Times</h2><ol>{teasers(["How a Small Town Saved Its Last Cinema", "The Hidden Cost of Cheap Flights", "What We Know About the Bridge Collapse", "Your Thursday Briefing", "The 25 Best Novels of the Year So Far"], '<li><a href="{u}">{t}</a></li>')}</ol></div>
</main>
<nav id="site-index" class="css-1p3y1c" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-1gaur5o">Site Index</h2><div class="css-1pjlxv3"><h3>News</h3><ul>{links(["World", "U.S.", "Politics", "Election Results", "New York", "Education", "Sports", "Business", "Tech", "Science", "Weather", "The Great Read", "Obituaries", "Headway", "Visual Investigations", "The Magazine"])}</ul><h3>Arts</h3><ul>{links(["Book Review", "Best Sellers Book List", "Dance", "Movies", "Music", "Pop Culture", "Television", "Theater", "Visual Arts"])}</ul></div></nav>
<footer role="contentinfo" class="css-1e1s8k7"><div class="css-1ho5u4o"><ul>{links(["© 2024 The Metropolitan Times Company", "Contact Us", "Accessibility", "Work with us", "Advertise", "T Brand Studio", "Your Ad Choices", "Privacy Policy", "Terms of Service", "Terms of Sale", "Site Map", "Help", "Subscriptions"])}</ul></div></footer>
</div></div>
<script async src="/vi-assets/static-assets/main-2cd1dd0f8b.js"></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-old-table-1252", "http://www.wexburyhistory.org.uk/articles/engineshed.htm", "en", enc="windows-1252",
      kind="2003-era table layout, <font>, paragraphs as text + <br><br>, windows-1252 bytes, hit counter, webring")
def en_old_table():
    b = Body()
    paras = [
        "When the Midland & Western Railway reached Wexbury in 1868, the company built a small engine shed on the marshy ground east of the station \u2014 \u201ca temporary structure,\u201d according to the directors\u2019 minutes, \u201cto be replaced when traffic warrants.\u201d It stood for ninety-four years.",
        "The first shed was a timber building with two roads, each long enough for a single tank engine. A coal stage, a water tank on brick piers and a turntable of 42 feet completed the layout. The turntable was too short for the larger engines that arrived after 1900, which is why several older residents remember locomotives running tender-first all the way to Marlham.",
        "In 1912 the timber shed was replaced by the brick building most of us remember, with three roads and a small office for the foreman. The bricks came from Pellow\u2019s yard at Clayhithe, and a few of them, stamped with a P, can still be found in garden walls along Station Road.",
        "At its busiest, in the late 1930s, the shed was home to eleven engines and employed around sixty men: drivers, firemen, cleaners, fitters and a boilersmith. Our member Mr. Harold Dent, whose father was a fitter there, recalls that the cleaners started at fourteen and were \u201cblack from the knees up by nine in the morning.\u201d",
        "The Second World War brought extra traffic from the airfield at Kelby, and the shed worked around the clock. A bomb fell in the goods yard in October 1940 but did not explode; it was removed by an army team while, as Mr. Dent\u2019s father put it, \u201cthe rest of us stood a long way off and pretended to be busy.\u201d",
        "After nationalisation the shed came under the Marlham district, and the arrival of diesel railcars in 1958 left little work for steam. The last engine left on 4th June 1962. The building was used as a store by a builders\u2019 merchant until 1979 and demolished in 1981 to make way for the industrial estate.",
        "The Society would be glad to hear from anyone with photographs of the shed, particularly of the interior, of which we have only two. Please contact the Secretary at the address on our home page.",
    ]
    b.brtext(paras)
    body = b.html()
    title = "The Wexbury Engine Shed - A Short History"
    nav = "".join(f'<tr><td><font face="Verdana, Arial" size="2"><a href="{u}">{t}</a></font></td></tr>\n' for t, u in [
        ("Home", "../index.htm"), ("About the Society", "../about.htm"), ("Meetings 2003", "../meetings.htm"), ("Articles", "index.htm"),
        ("Photo Archive", "../photos/index.htm"), ("Publications", "../publications.htm"), ("Membership", "../join.htm"), ("Links", "../links.htm"), ("Guestbook", "../guestbook.htm")])
    html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="Wexbury, history, railway, engine shed, Midland and Western">
<meta name="description" content="Wexbury and District Historical Society - articles">
<title>{title}</title>
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#FFFFF0" text="#000000" link="#663300" vlink="#996633" topmargin="0" leftmargin="0">
<table border="0" width="760" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#663300"><img src="../images/banner.jpg" width="760" height="90" alt="Wexbury and District Historical Society"></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#F5E6C8">
<table border="0" width="100%" cellpadding="4">
{nav}</table>
<p align="center"><font face="Verdana" size="1">Visitors since March 2001:<br><img src="http://counter.freehostingz.net/c.cgi?id=wexhist&amp;style=odometer" alt="counter"><br>2,814</font></p>
<p align="center"><a href="http://www.ukhistoryring.org.uk/next?id=wexbury"><img src="../images/ring.gif" border="0" alt="UK Local History Webring"></a><br><font size="1" face="Verdana">[ <a href="http://www.ukhistoryring.org.uk/prev?id=wexbury">Prev</a> | <a href="http://www.ukhistoryring.org.uk/random">Random</a> | <a href="http://www.ukhistoryring.org.uk/next?id=wexbury">Next</a> ]</font></p>
</td>
<td width="600" valign="top">
<table border="0" width="100%" cellpadding="12"><tr><td>
<font face="Georgia, Times New Roman" size="2"><a href="index.htm">Articles</a> &gt; Engine Shed</font>
<p><font face="Georgia, Times New Roman" size="5" color="#663300"><b>The Wexbury Engine Shed</b></font><br>
<font face="Georgia, Times New Roman" size="2"><i>by Arthur Penfold</i></font></p>
<p align="center"><img src="../photos/shed1955.jpg" width="400" height="260" border="1" alt="The shed in 1955"><br><font size="1" face="Verdana">The shed in 1955, with a railcar outside. (Photo: Dent collection)</font></p>
<font face="Georgia, Times New Roman" size="3">
{body}
</font>
<p><font face="Verdana" size="1"><i>This article first appeared in the Society\u2019s Newsletter No. 38, Spring 1998.</i></font></p>
<hr size="1" color="#996633">
<p align="center"><font face="Verdana" size="1"><a href="#top">Back to top</a> | <a href="index.htm">More articles</a> | <a href="../index.htm">Home</a></font></p>
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#663300" align="center"><font face="Verdana" size="1" color="#FFFFFF">\u00a9 2003 Wexbury &amp; District Historical Society. Registered Charity No. 1012345.<br>Page last updated 14/09/2003. Best viewed at 800x600 in Internet Explorer 5 or above.</font></td></tr>
</table>
</body>
</html>
'''
    return html, b.truth()


@page("en-review-headphones", "https://www.gearbench.net/reviews/audio/sundial-aero-2-review", "en",
      kind="product review: rating box, affiliate disclosure, price widget, specs table, pros/cons, related reviews")
def en_review_headphones():
    b = Body()
    b.p("The original Sundial Aero was one of those products that got the difficult things right and the easy things wrong. Its noise cancelling was excellent, its sound was warm and detailed, and its headband squeezed like a vice after about forty minutes. The Aero 2 fixes the headband. Whether it is worth \u00a3279 depends on how much you care about everything else staying the same.")
    b.h("Design and comfort")
    b.p("The new headband is wider and noticeably softer, and the clamping force has been reduced. I wore the Aero 2 for a full transatlantic flight, a bit over seven hours, and took them off only to eat. With the first model I would not have lasted past the safety briefing.")
    b.p("The ear cups now fold flat as well as inward, so the case is slimmer. The controls are physical buttons again, after Sundial's brief and unloved experiment with touch panels, and I could operate all of them with gloves on.")
    b.h("Sound and noise cancelling")
    b.p("Sound is very close to the original: a slightly lifted bass, a clear midrange and treble that stays smooth even at high volume. Acoustic recordings and voices are where these headphones shine. If you like an aggressive, punchy sound, the app's equaliser can get you some of the way, but these are not bass cannons.")
    b.p("Noise cancelling is marginally better on low, constant sounds such as engine drone, and about the same on voices and clatter. In an open-plan office it removed the hum of the air conditioning entirely and turned nearby conversations into a faint murmur.")
    b.h("Battery and connectivity")
    b.p("Sundial claims 38 hours with cancelling on. In my tests, at moderate volume, I got a little under 35, which is still excellent. A ten-minute charge gives around five hours. Multipoint pairing works reliably between a laptop and a phone, and switching took about two seconds.")
    b.h("Specifications")
    b.table([["Driver", "40 mm dynamic"],
             ["Battery life", "38 hours (ANC on), 52 hours (ANC off)"],
             ["Charging", "USB-C, 10 minutes for 5 hours"],
             ["Bluetooth", "5.3, multipoint, AAC and LDAC"],
             ["Weight", "254 g"],
             ["Colours", "Black, Sand, Slate Blue"]], attrs='class="specs-table"', head=False)
    b.h("Should you buy them?")
    b.p("If you own the original and it never bothered you, there is little reason to upgrade. If comfort was your complaint, or you are buying your first pair of serious noise-cancelling headphones, the Aero 2 is among the best you can get at this price.")
    b.ul(["Much more comfortable headband", "Excellent battery life", "Physical buttons that work with gloves", "Natural, detailed sound"], attrs='class="pros"')
    b.ul(["Expensive at launch", "Sound barely changed from the first model", "No wear sensor to pause playback"], attrs='class="cons"')
    title = "Sundial Aero 2 review: the comfort upgrade the original needed"
    shops = [("Amazon", "\u00a3249.00", "Free delivery"), ("Currys", "\u00a3279.00", "Click & collect"), ("John Lewis", "\u00a3279.00", "2 year guarantee"), ("Sundial", "\u00a3279.00", "Direct")]
    pw = "\n".join(f'<li class="price-widget__row"><span class="price-widget__retailer">{r}</span><span class="price-widget__price">{p}</span><span class="price-widget__note">{n}</span><a class="price-widget__cta" rel="sponsored nofollow" href="https://go.gearbench.net/r?m={r}">View Deal</a></li>' for r, p, n in shops)
    also = [("Brightline Pro review: the best budget noise-cancelling headphones", "8/10"), ("Halden Studio One review: beautiful, heavy, brilliant", "9/10"),
            ("Best noise-cancelling headphones 2024: tested and ranked", ""), ("Sundial Pods 3 review: small, clever, a bit quiet", "7/10"),
            ("Best headphones for running: 9 pairs that stay put", "")]
    al = "\n".join(f'<div class="card card--review"><a href="/reviews/{i}"><img src="/img/{i}.jpg" alt=""><span class="card__title">{esc(t)}</span>{f"<span class=card__score>{s}</span>" if s else ""}</a></div>' for i, (t, s) in enumerate(also))
    html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} | GearBench</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="The Aero 2 keeps the excellent sound and noise cancelling of the original and finally fixes the headband.">
<link rel="canonical" href="https://www.gearbench.net/reviews/audio/sundial-aero-2-review">
{og(title, "The Aero 2 keeps the excellent sound and noise cancelling of the original and finally fixes the headband.", "https://www.gearbench.net/reviews/audio/sundial-aero-2-review", "GearBench", "https://www.gearbench.net/img/aero2-hero.jpg")}
{ld({"@context": "https://schema.org", "@type": "Review", "name": title, "author": {"@type": "Person", "name": "Rhys Okonjo"}, "datePublished": "2024-09-30", "reviewRating": {"@type": "Rating", "ratingValue": "4.5", "bestRating": "5"}, "itemReviewed": {"@type": "Product", "name": "Sundial Aero 2", "brand": {"@type": "Brand", "name": "Sundial"}, "offers": {"@type": "AggregateOffer", "lowPrice": "249.00", "highPrice": "279.00", "priceCurrency": "GBP"}}, "reviewBody": "The Aero 2 fixes the headband. Whether it is worth the price depends on how much you care about everything else staying the same."})}
<link rel="stylesheet" href="/static/css/app.7f3a.css">
<script>var _gb={{pageType:"review",vertical:"audio",product:"sundial-aero-2"}};</script>
</head>
<body class="page-review">
<div class="consent-overlay" id="sp_message_container_1042"><div class="consent-box"><p>GearBench and our partners store and/or access information on a device, such as cookies, and process personal data. You may click to consent to our and our partners' processing as described above.</p><button>Accept all</button><button>Manage options</button></div></div>
<header class="masthead"><a class="masthead__logo" href="/">GearBench</a><nav class="masthead__nav"><ul>{links(["Reviews", "Best", "Deals", "Audio", "Phones", "Laptops", "Smart home", "Cameras", "How to"])}</ul></nav><a class="masthead__newsletter" href="/newsletter">Newsletter</a></header>
<main class="review">
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/reviews">Reviews</a> / <a href="/reviews/audio">Audio</a></nav>
<header class="review__header"><h1 class="review__title">{esc(title)}</h1><p class="review__standfirst">The Aero 2 keeps the excellent sound and noise cancelling of the original and finally fixes the headband.</p>
<div class="review__byline">By <a href="/author/rhys-okonjo">Rhys Okonjo</a> published <time datetime="2024-09-30">30 September 2024</time></div>
<p class="affiliate-disclosure">When you purchase through links on our site, we may earn an affiliate commission. <a href="/how-we-test">Here\u2019s how it works</a>.</p></header>
<figure class="review__hero"><img src="/img/aero2-hero.jpg" alt="Sundial Aero 2 headphones"><figcaption>(Image credit: GearBench)</figcaption></figure>
<aside class="verdict-box"><div class="verdict-box__score">4.5 out of 5</div><h2 class="verdict-box__title">Our verdict</h2><p class="verdict-box__text">The most comfortable pair of noise-cancelling headphones we have tested this year, with class-leading battery life, if not much new in the sound department.</p></aside>
<div class="price-widget" data-widget="hawk"><h3 class="price-widget__title">Today's best Sundial Aero 2 deals</h3><ul class="price-widget__list">{pw}</ul><p class="price-widget__note">We check over 250 million products every day for the best prices</p></div>
<div class="review__body text-copy" id="article-body">
{b.html()}
</div>
<div class="author-box"><img src="/img/authors/rhys.jpg" alt=""><p><strong>Rhys Okonjo</strong> is GearBench's audio editor. He has reviewed headphones and speakers for eleven years and owns too many cables.</p></div>
<section class="also-like"><h2>You might also like</h2>{al}</section>
</main>
<footer class="site-footer"><div class="site-footer__newsletter"><h3>Get the best tech deals in your inbox</h3><form><input type="email" placeholder="Your email"><button>Sign me up</button></form><p>By submitting your information you agree to the Terms &amp; Conditions and Privacy Policy and are aged 16 or over.</p></div><ul>{links(["About us", "Contact", "How we test", "Affiliate policy", "Privacy", "Cookies", "Terms"])}</ul><p>GearBench is part of Harbourline Media Ltd, an international media group. &copy; Harbourline Media Ltd 2024. Registered in England and Wales. Company number 08123456.</p></footer>
<script src="/static/js/app.7f3a.js" defer></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-press-release", "https://www.newswirehub.com/news-releases/vellum-robotics-launches-orchard-harvest-assistant-302241187.html", "en",
      kind="press-release wire page: dateline, bullet list, About section, media contact, 'also from this source' lists")
def en_press_release():
    b = Body()
    P = '<p>{}</p>'
    b.p("BOSTON, Oct. 8, 2024 /NewswireHub/ -- Vellum Robotics, Inc., a developer of autonomous machines for specialty agriculture, today announced the commercial launch of Pomona, a harvest-assist robot for apple and pear orchards. Following two seasons of field trials in Washington State and New York, Pomona will be available to growers in the United States from January 2025.")
    b.p("Pomona works alongside picking crews rather than replacing them. The robot follows pickers down the row, carrying bins and moving them to the headland when full, and uses a camera array to count and size fruit as it is placed in the bin. Growers receive a daily yield map of every row harvested.")
    b.p("\"Labor is the single biggest constraint our customers talk about, but they are very clear that they do not want a robot that tries to pick fruit,\" said Dr. Amara Lindqvist, chief executive officer of Vellum Robotics. \"What they want is for their best pickers to spend their time picking. Pomona takes away the walking, the lifting and the paperwork.\"")
    b.p("In trials at eleven orchards during the 2023 and 2024 seasons, crews working with Pomona harvested an average of 23 percent more fruit per hour than crews using conventional bin trailers. Bruising, measured at the packing house, fell by 8 percent.")
    b.p("Key features of Pomona include:")
    b.ul(["Autonomous row following with obstacle detection, rated for slopes of up to 15 degrees",
          "Capacity for two standard 20-bushel bins",
          "Fruit counting and sizing accurate to within 3 percent of packing-house figures",
          "Ten hours of operation on a single charge, with swappable battery packs",
          "Integration with common orchard management software through an open API"])
    b.p("\"We were skeptical, honestly,\" said Miguel Santander, operations manager at Columbia Bend Orchards in Wenatchee, Washington, one of the trial sites. \"By the second week the crew were arguing over who got to work with the robot.\"")
    b.p("Pomona will be offered on a seasonal lease starting at $2,400 per machine per month, including maintenance and software updates. Vellum Robotics will demonstrate the system at the Great Lakes Fruit Expo in Grand Rapids, Michigan, in December.")
    b.p("About Vellum Robotics", '<p><b>{}</b></p>')
    b.p("Vellum Robotics, Inc. designs autonomous machines that help growers of specialty crops do more with the people they have. Founded in 2019 and based in Boston, the company has raised $41 million from agricultural and technology investors. For more information, visit www.vellumrobotics.com.")
    title = "Vellum Robotics Launches Pomona, a Harvest-Assist Robot for Apple and Pear Orchards"
    html = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Vellum Robotics, Inc., a developer of autonomous machines for specialty agriculture, today announced the commercial launch of Pomona, a harvest-assist robot...">
<meta name="keywords" content="Vellum Robotics, agriculture, robotics, orchards">
<meta name="author" content="Vellum Robotics, Inc.">
<link rel="canonical" href="https://www.newswirehub.com/news-releases/vellum-robotics-launches-orchard-harvest-assistant-302241187.html">
{og(title, "Vellum Robotics, Inc. today announced the commercial launch of Pomona, a harvest-assist robot.", "https://www.newswirehub.com/news-releases/vellum-robotics-launches-orchard-harvest-assistant-302241187.html", "NewswireHub")}
<meta name="dc.date.issued" content="2024-10-08">
<link rel="stylesheet" href="/assets/css/release.min.css">
<script>var nwh = {{ releaseId: "302241187", industry: ["AGR", "CPR", "ROB"] }};</script>
</head>
<body class="release-page">
<div class="cookie-bar" id="cookie-bar"><p>This website uses cookies. By continuing to use this site you consent to our use of cookies as described in our <a href="/privacy">privacy policy</a>.</p><button>Close</button></div>
<header class="nwh-header"><div class="nwh-header__brand"><a href="/">NewswireHub</a></div>
<nav class="nwh-header__nav"><ul>{links(["News", "Products", "Resources", "Journalists", "Contact", "Send a Release"])}</ul></nav>
<div class="nwh-header__search"><input type="search" placeholder="Search"><button>Search</button></div></header>
<nav class="nwh-subnav"><ul>{links(["All News Releases", "Business & Money", "Science & Tech", "Lifestyle & Health", "Policy & Public Interest", "People & Culture"])}</ul></nav>
<main class="release">
<header class="release-header">
<h1>{esc(title)}</h1>
<p class="subtitle"><i>Orchard robot carries bins, counts fruit and maps yield, working alongside picking crews</i></p>
<div class="release-meta"><span class="news-provided">News provided by</span> <a href="/news/vellum-robotics/" class="company-link">Vellum Robotics, Inc.</a> <span class="release-date">Oct 08, 2024, 09:00 ET</span></div>
<div class="social-share"><span>Share this article</span><a class="share-fb" href="#">Facebook</a><a class="share-x" href="#">X</a><a class="share-li" href="#">LinkedIn</a><a class="share-email" href="#">Email</a></div>
</header>
<section class="release-body container">
<div class="row"><div class="col-lg-10 col-lg-offset-1">
{b.html()}
</div></div>
</section>
<section class="release-contact"><p>Media Contact:<br>Jordan Pryce<br>Lindenwood Communications for Vellum Robotics<br>jordan.pryce@lindenwoodpr.com<br>+1 617-555-0143</p><p>SOURCE Vellum Robotics, Inc.</p></section>
<section class="also-from-source"><h3>Also from this source</h3><ul>
<li><a href="/news-releases/vellum-robotics-raises-25-million-series-b-301987002.html"><span class="date">Mar 14, 2024</span> Vellum Robotics Raises $25 Million Series B to Scale Orchard Automation</a></li>
<li><a href="/news-releases/vellum-robotics-names-new-cto-301612220.html"><span class="date">Sep 02, 2023</span> Vellum Robotics Names Former Tractor Industry Executive as Chief Technology Officer</a></li>
</ul></section>
<section class="explore"><h3>Explore</h3><p>More news releases in similar topics</p><ul>{links(["Agriculture", "Robotics", "Computer & Electronics", "Product Launches", "Artificial Intelligence"])}</ul></section>
</main>
<aside class="sidebar"><div class="sidebar__cta"><h3>Distribute your news to thousands of newsrooms</h3><p>Reach journalists, investors and customers with the industry's most trusted newswire.</p><a href="/get-started">Get started</a></div>
<div class="sidebar__latest"><h3>Latest releases</h3><ul>{teasers(["Fernhill Foods Expands Plant-Based Line to 3,000 Stores", "Ardent Solar Completes 200 MW Project in Nevada", "Quarry Health Reports Third Quarter Results", "Brightwater Schools Partner With Local Libraries on Summer Reading", "Kestrel Air Adds Nonstop Service to Halifax"])}</ul></div></aside>
<footer class="nwh-footer"><div class="nwh-footer__cols"><div><h4>Contact</h4><p>888-555-0199 from 8 AM - 10 PM ET</p></div><div><h4>Global Sites</h4><ul>{links(["Asia", "Brazil", "Canada", "Europe", "India", "Mexico", "United Kingdom"])}</ul></div><div><h4>For Journalists</h4><ul>{links(["Register", "Media Inquiries", "RSS Feeds"])}</ul></div></div><p class="copyright">&copy; 2024 NewswireHub, Inc. All Rights Reserved.</p><ul class="legal">{links(["Terms of Use", "Privacy Policy", "Information Security Policy", "Site Map", "Cookie Settings"])}</ul></footer>
</body>
</html>
'''
    return html, b.truth()


@page("en-liveblog-marathon", "https://www.eastmerecourier.co.uk/sport/live/eastmere-marathon-2024-live-updates", "en",
      kind="live blog: key points, timestamped entries with per-entry share/author, embedded post, ads between entries")
def en_liveblog():
    b = Body()
    b.raw('<div class="key-points"><h2 class="key-points__title">Key points</h2>')
    b.ul(["Kenyan runner Faith Cherono wins the women's race in a course record of 2:24:51",
          "Local favourite Owen Pryde finishes third in the men's race after leading until 35km",
          "Around 14,000 runners started in Eastmere Park in warm conditions",
          "Roads in the city centre reopen from 4pm"], attrs='class="key-points__list"')
    b.raw('</div>')
    entries = [
        ("15:42", "Jo Lacey", "That's all from us", ["Thank you for following our live coverage of the 2024 Eastmere Marathon. Full reports, results and photos from the finish line are on the sport pages, and we will have a gallery of runners from every mile by this evening.", "Congratulations to everyone who took part, and to the volunteers who handed out more than 90,000 cups of water."], None),
        ("14:58", "Jo Lacey", "Roads reopening", ["The council says Bridge Street and the Quayside will reopen at 4pm as planned. The park roads stay closed until 7pm while the finish area is taken down."], None),
        ("13:20", "Sam Adeyemi", "Medical tents busy in the heat", ["Temperatures passed 22C shortly after midday, and St Agnes Ambulance says its tents at miles 18 and 24 have been busier than usual, mostly with cramp and dehydration. Organisers added two extra water stations on Friday after the forecast changed."], ("Eastmere Marathon", "@EastmereMara", "Extra water at mile 21 and mile 25 today. Please take it even if you don't feel thirsty, and walk if you need to. Nobody minds.")),
        ("12:11", "Sam Adeyemi", "Pryde holds on for third", ["What a run from Owen Pryde. The Eastmere Harriers man led from 20km to 35km, was caught by the two Ethiopians on the climb up Castle Hill and still held on for third in 2:12:40, a personal best by more than a minute.", "\"I thought I could steal it,\" he said, lying on the grass at the finish. \"Castle Hill had other ideas. I'll take third in my home town any day.\""], None),
        ("11:37", "Jo Lacey", "Course record for Cherono", ["Faith Cherono wins the women's race in 2:24:51, taking more than ninety seconds off the course record set in 2019. She ran the second half alone and looked comfortable all the way along the river."], None),
    ]
    for t, who, head, paras, tweet in entries:
        b.raw(f'<article class="live-post" id="post-{t.replace(":", "")}"><header class="live-post__header"><time class="live-post__time" datetime="2024-09-22T{t}:00+01:00">{t}</time><span class="live-post__author">Posted by {who}</span></header>')
        b.h(head, 3, 'class="live-post__title"')
        b.ps(paras)
        if tweet:
            name, handle, text = tweet
            b.add(f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">{esc(text)}</p>&mdash; {name} ({handle}) <a href="https://twitter.com/EastmereMara/status/1837812204">September 22, 2024</a></blockquote>', text)
        b.raw(f'<footer class="live-post__footer"><button class="live-post__share" aria-label="Share this post">Share</button><a class="live-post__link" href="#post-{t.replace(":", "")}">Copy link</a></footer></article>')
        if t in ("14:58", "12:11"):
            b.raw('<div class="ad-slot ad-slot--mpu" data-slot="live-mpu"><span class="ad-slot__label">Advertisement</span></div>')
    title = "Eastmere Marathon 2024 live: Cherono breaks course record as Pryde takes third"
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Eastmere Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Live updates from the 2024 Eastmere Marathon, with results, reaction and road closures.">
<link rel="canonical" href="https://www.eastmerecourier.co.uk/sport/live/eastmere-marathon-2024-live-updates">
{og(title, "Live updates from the 2024 Eastmere Marathon, with results, reaction and road closures.", "https://www.eastmerecourier.co.uk/sport/live/eastmere-marathon-2024-live-updates", "Eastmere Courier", "https://www.eastmerecourier.co.uk/img/marathon-start.jpg")}
{ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title, "coverageStartTime": "2024-09-22T08:00:00+01:00", "coverageEndTime": "2024-09-22T15:42:00+01:00", "url": "https://www.eastmerecourier.co.uk/sport/live/eastmere-marathon-2024-live-updates", "publisher": {"@type": "Organization", "name": "Eastmere Courier"}, "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": "2024-09-22T%s:00+01:00" % t} for t, _, h, _, _ in entries]})}
<link rel="stylesheet" href="/static/courier.css">
</head>
<body class="liveblog">
<div id="consent-banner" class="consent"><p>We value your privacy. We and our 312 partners use cookies to store and access personal data such as browsing data for purposes such as serving and personalising content and advertising.</p><button>I Accept</button><button>Show Purposes</button></div>
<header class="header"><a class="header__logo" href="/">Eastmere Courier</a>
<nav class="header__nav"><ul>{links(["News", "Sport", "Eastmere Town FC", "What's On", "Business", "Property", "Jobs", "Announcements", "Puzzles"])}</ul></nav></header>
<div class="ticker"><span>Latest</span> <a href="/news/1">Man charged after Castle Street break-in</a> <a href="/news/2">Plans for 300 homes at Lower Fen approved</a></div>
<main class="live-page">
<header class="live-header"><span class="live-badge">LIVE</span><h1 class="live-header__title">{esc(title)}</h1><p class="live-header__standfirst">Follow all the action from the streets of Eastmere, from the start in the park to the finish on the Quayside.</p><p class="live-header__byline">Jo Lacey and Sam Adeyemi <span class="live-header__updated">Last updated: 15:42, 22 September 2024</span></p>
<div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">WhatsApp</a></div></header>
<div class="live-body">
{b.html()}
<button class="live-body__more">Show more updates</button>
</div>
</main>
<aside class="rail"><div class="rail__ad"><span>Advertisement</span></div><section class="rail__most-read"><h2>Most read</h2><ol>{teasers(["Eastmere Town sign striker on loan", "Road closures for Sunday's marathon", "New cafe opens in former bank on Market Square", "Five things to do in Eastmere this weekend", "Council confirms bin collection changes"])}</ol></section></aside>
<footer class="footer"><ul>{links(["Contact us", "Advertise", "Terms and conditions", "Privacy notice", "Cookie policy", "Complaints", "Archive"])}</ul><p>&copy; 2024 Eastmere Courier Ltd. All rights reserved. Registered in England No. 0045521.</p></footer>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-brief-comments", "https://www.pinecrestherald.com/news/local/kellerman-bridge-to-close-for-six-weeks/article_5a1e2c7e.html", "en",
      kind="three-paragraph news brief followed by a long reader-response thread")
def en_brief_comments():
    b = Body()
    b.p("The Kellerman Street bridge over Pine Creek will close to all traffic for six weeks starting Monday, March 11, while crews replace its deck joints and repave the approach, the city's public works department said Tuesday.")
    b.p("Drivers will be detoured via Ninth Avenue and the Old Mill Road bridge. A temporary footbridge will keep pedestrians and cyclists connected, though it will close on two weekends during lifting work. Buses on Route 6 will use the detour and skip the Kellerman and Creekside stops.")
    b.p("The $1.9 million project is funded mainly by a state bridge maintenance grant. Public works director Alan Rusk said the joints, installed in 1987, had been patched \u201cmore times than anyone wants to count.\u201d")
    comments = [
        ("creekside_carol", "2 days ago", "Six weeks during school drop-off season. Ninth Avenue is already backed up to the lights every morning. Did anyone at the city actually drive the detour at 8am before picking it?"),
        ("Mike T.", "2 days ago", "It has to be done sometime. Those joints bang every time a truck goes over, you can hear it from Elm Street. I'd rather six weeks now than a closure for a year after something fails."),
        ("creekside_carol", "2 days ago", "Nobody is saying don't fix it Mike. I'm saying do it in July when schools are out."),
        ("RJ Holloway", "2 days ago", "Summer is paving season, every crew in the state is booked. Contractors charge more too. Not defending the city but there are reasons."),
        ("pinecrest_dad", "2 days ago", "Will the footbridge be accessible for wheelchairs and strollers? The article doesn't say. My mother uses a walker and that bridge is her route to the pharmacy."),
        ("Herald reader", "2 days ago", "Called public works this morning, they said yes the footbridge has ramps on both ends, but it will be closed the weekends of March 23 and April 6."),
        ("pinecrest_dad", "1 day ago", "Thank you, that's really helpful."),
        ("Donna Feld", "1 day ago", "Route 6 skipping the Creekside stop is a bigger deal than people think. That stop serves the senior apartments. Is there a shuttle? The bus company's website says nothing."),
        ("Tom Beacham", "1 day ago", "Old Mill Road bridge has a weight limit. Where are the trucks going to go? Through downtown? Great."),
        ("Mike T.", "1 day ago", "Trucks are supposed to go out to the bypass. Whether they will is another matter."),
        ("grumpy_in_ward3", "1 day ago", "$1.9 million for joints and some asphalt. I'm in the wrong business."),
        ("RJ Holloway", "1 day ago", "Bridge expansion joints aren't cheap, and most of that is the traffic management and the temporary footbridge. Look at what the county paid for the Route 40 joints a few years back, it was more than this."),
        ("grumpy_in_ward3", "1 day ago", "Still seems like a lot. Where's the breakdown?"),
        ("Lena Ortiz", "1 day ago", "The project documents are on the city website under council agenda packets for February 20. Page 114 has the cost estimate. About $640k is the joints themselves."),
        ("creekside_carol", "1 day ago", "Lena you're a hero, I did not know those were online."),
        ("Pat Quinlan", "20 hours ago", "I remember when they put those joints in. My father was on the crew. He said at the time they were the cheapest option the city could find and wouldn't last twenty years. They lasted thirty-seven. Not bad."),
        ("Donna Feld", "18 hours ago", "Update: the transit office told me Route 6 riders can call for the paratransit van at no charge during the closure if they're registered. Not great but something."),
        ("Sue Brannigan", "12 hours ago", "Can we also talk about the fact that there is no crosswalk at Ninth and Mill where all the detoured traffic will be going past the playground? Someone is going to get hurt."),
        ("Tom Beacham", "10 hours ago", "Agreed Sue. Email the ward councilor, they did put a temporary crossing guard at Ninth during the water main work in 2021."),
        ("anonymous_2231", "6 hours ago", "Comments like these are why nothing ever gets fixed in this town. Everyone wants the work done but nobody wants to be inconvenienced."),
    ]
    th = "\n".join(f'<li class="response" id="r{i}"><div class="response__meta"><img class="response__avatar" src="/avatars/{i % 7}.png" alt=""><span class="response__user">{esc(u)}</span><span class="response__time">{d}</span></div><div class="response__body"><p>{esc(t)}</p></div><div class="response__actions"><button>Reply</button><button>Like</button><button>Report</button></div></li>' for i, (u, d, t) in enumerate(comments))
    title = "Kellerman Street bridge to close for six weeks of repairs"
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Local News | pinecrestherald.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The Kellerman Street bridge over Pine Creek will close to all traffic for six weeks starting Monday, March 11.">
<link rel="canonical" href="https://www.pinecrestherald.com/news/local/kellerman-bridge-to-close-for-six-weeks/article_5a1e2c7e.html">
{og(title, "The Kellerman Street bridge over Pine Creek will close to all traffic for six weeks starting Monday, March 11.", "https://www.pinecrestherald.com/news/local/kellerman-bridge-to-close-for-six-weeks/article_5a1e2c7e.html", "Pinecrest Herald")}
{ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-03-05T16:30:00-05:00", "author": {"@type": "Person", "name": "Staff report"}, "publisher": {"@type": "Organization", "name": "Pinecrest Herald"}, "commentCount": 20})}
<link rel="stylesheet" href="/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.css">
</head>
<body class="asset-article">
<div id="site-top-nav"><a class="logo" href="/">Pinecrest Herald</a><ul class="nav navbar-nav">{links(["News", "Local", "Schools", "Sports", "Obituaries", "Opinion", "Lifestyles", "Classifieds", "e-Edition", "Contests"])}</ul><a class="btn btn-subscribe" href="/subscribe">Subscribe</a></div>
<div id="main-page-container"><div class="row"><div class="col-md-8">
<div class="asset-masthead"><ul class="list-inline asset-breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/local/">Local</a></li></ul><h1 class="headline"><span class="asset-headline">{esc(title)}</span></h1>
<ul class="list-inline asset-byline"><li class="asset-author">Staff report</li><li><time datetime="2024-03-05T16:30:00-05:00">Mar 5, 2024</time></li></ul>
<div class="share-container"><ul class="list-inline"><li><a class="tnt-facebook" href="#">Facebook</a></li><li><a class="tnt-twitter" href="#">Twitter</a></li><li><a class="tnt-email" href="#">Email</a></li><li><a class="tnt-print" href="#">Print</a></li><li><a class="tnt-comment" href="#comments">20 comments</a></li></ul></div></div>
<div class="asset-body"><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
{b.html()}
</div></div>
<div class="asset-tags"><a href="/search/?k=%22bridge%22">Bridge</a> <a href="/search/?k=%22public+works%22">Public Works</a> <a href="/search/?k=%22traffic%22">Traffic</a></div>
<div class="card-panel"><div class="card-headline">Sign up for Herald Headlines</div><p>Get the day's local news delivered to your inbox each morning.</p><form><input type="email"><button>Sign up!</button></form></div>
<section id="comments" class="reader-responses"><h3 class="reader-responses__title">Conversation (20)</h3><p class="reader-responses__rules">Keep it clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. Don't threaten. Be truthful. Be nice. Be proactive. Share with us.</p>
<ol class="responses">
{th}
</ol></section>
</div>
<div class="col-md-4"><div class="tnt-ads-container"><div id="tncms-region-ads-rail">Advertisement</div></div>
<div class="trending"><h3>Trending</h3><ol>{teasers(["Pinecrest teacher named state finalist", "Police: two arrested after Elm Street pursuit", "Obituary: Margaret 'Peg' Dolan, 91", "New brewery gets approval for former firehouse", "High school wrestlers head to state"])}</ol></div></div>
</div></div>
<footer id="site-footer"><ul>{links(["Contact Us", "Advertise", "Place an Obituary", "Submit News", "Terms of Use", "Privacy Policy"])}</ul><p>&copy; Copyright 2024 Pinecrest Herald, 120 Main St. Pinecrest | Powered by BLOX Content Management System.</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("en-nextjs-blades", "https://www.gridline.news/climate/old-wind-turbine-blades-footbridges", "en",
      kind="Next.js site: hashed CSS-module class names, __NEXT_DATA__ with the story, inline newsletter module, <article> teaser cards")
def en_nextjs_blades():
    paras = [
        ("p", "Wind turbine blades are built to survive decades of storms, which makes them very hard to get rid of. Made from layers of glass fibre and resin, sometimes around a core of balsa wood, they cannot be melted down like steel towers or copper cables. For years, most of the blades taken down in Europe were cut up and buried."),
        ("p", "A company in the north of Scotland thinks it has a better use for them: footbridges."),
        ("p", "Spanwell, founded in 2021 by two former offshore engineers, cuts decommissioned blades into sections, tests them for internal damage and uses them as the main beams of small pedestrian and cycle bridges. Its first permanent bridge, a 14-metre crossing over a burn near Thurso, opened in August."),
        ("h", "Stronger than it needs to be"),
        ("p", "The idea is not entirely new. Researchers in Ireland and the United States have built prototype bridges and bike shelters from old blades since the late 2010s. What Spanwell says it has added is a way of certifying them."),
        ("p", "\u201cEvery blade has a history, and some of them have been hit by lightning or had a repair nobody wrote down,\u201d said Catriona Mair, the company's co-founder and chief engineer. \u201cWe scan each section with ultrasound, the same way you would check an aircraft part, and we only use the bits that come back clean.\u201d"),
        ("p", "A blade section that has spent twenty years flexing in North Sea winds is, it turns out, massively over-engineered for a footbridge. Mair said the beams in the Thurso bridge were loaded to four times their design load during testing without measurable deflection."),
        ("h", "The scale of the problem"),
        ("p", "The industry body WindEurope has estimated that around 25,000 tonnes of blades will reach the end of their lives in Europe every year by the middle of this decade, rising sharply after 2030 as the first large offshore farms are repowered. Several countries, including Germany and the Netherlands, have banned sending them to landfill."),
        ("p", "Footbridges will not absorb more than a sliver of that. Spanwell's entire order book, eleven bridges for councils and estates in Scotland and northern England, will use about 40 blades. The company is also testing blade sections as noise barriers alongside roads and as roof beams for agricultural buildings, which could take far more material."),
        ("p", "Not everyone is convinced that reuse on this scale is more than a niche. Dr. Peter Halvorsen, who studies composite recycling at a Norwegian university, said chemical recycling that recovers the fibres would ultimately be needed. \u201cBridges are a lovely story,\u201d he said. \u201cBut you cannot build 25,000 tonnes of bridges a year.\u201d"),
        ("p", "Mair does not disagree. \u201cWe are not claiming to solve the whole thing,\u201d she said. \u201cWe are saying that for some of these blades, the best thing to do is to not destroy them at all.\u201d"),
    ]
    b = Body()
    for i, (k, t) in enumerate(paras):
        if k == "h":
            b.add('<h2 class="RichText_heading__Qm2Lx">%s</h2>' % inl(t), t)
        else:
            b.p(t, '<p class="Paragraph_paragraph__aB1cD">{}</p>')
        if i == 5:
            b.raw('<div class="NewsletterInline_wrapper__Vt7yP"><div class="NewsletterInline_inner__c2RrD"><p class="NewsletterInline_kicker__lLx0s">Gridline Weekly</p><p class="NewsletterInline_text__9pQ2e">The climate stories that matter, explained in five minutes every Friday.</p><form class="NewsletterInline_form__3nWzX"><input class="NewsletterInline_input__Hh1aK" type="email" placeholder="you@example.com"><button class="Button_primary__7JkLm">Subscribe</button></form><p class="NewsletterInline_legal__Zx0pq">By signing up you agree to our Terms and Privacy Policy.</p></div></div>')
        if i == 9:
            b.raw('<figure class="Figure_figure__Ue8kQ"><img class="Figure_img__p1Q4z" src="/_next/image?url=%2Fuploads%2Fbarrier.jpg&amp;w=1080&amp;q=75" alt="Blade sections stacked in a yard"><figcaption class="Figure_caption__Fv0aL">Blade sections waiting for ultrasound testing at Spanwell\u2019s yard near Wick. <span class="Figure_credit__Rr9sT">Photo: Gridline / Ewan Rae</span></figcaption></figure>')
    title = "Old wind turbine blades are hard to recycle. This company turns them into bridges."
    import json as _json
    nd = {"props": {"pageProps": {"article": {"id": "c7d1e0", "slug": "old-wind-turbine-blades-footbridges", "title": title, "dek": "A Scottish startup certifies decommissioned blades as beams for footbridges.", "author": {"name": "Lucy Farrant"}, "publishedAt": "2024-10-14T06:00:00Z", "body": [{"type": "paragraph" if k == "p" else "heading", "text": t} for k, t in paras]}, "recommended": [{"title": "Why your heat pump installer is booked until spring"}, {"title": "The town that runs on a river"}]}, "__N_SSP": True}, "page": "/[section]/[slug]", "query": {"section": "climate", "slug": "old-wind-turbine-blades-footbridges"}, "buildId": "k3Jd8s0aQ1", "isFallback": False, "gssp": True, "scriptLoader": []}
    rec = [("Why your heat pump installer is booked until spring", "Demand has doubled in two years. The number of trained installers has not.", "Energy"),
           ("The town that runs on a river", "A hydro scheme built by volunteers now powers 600 homes in mid-Wales.", "Communities"),
           ("Can old EV batteries keep the lights on?", "Second-life battery storage is growing fast, but the economics are fragile.", "Energy"),
           ("Peatland restoration is working. Slowly.", "Ten years of data from the Flow Country show water tables rising.", "Nature")]
    rc = "\n".join(f'<article class="Card_card__kP2wQ"><a class="Card_link__0sXcV" href="/{s.lower()}/{i}"><div class="Card_image__nM4tR"><img src="/uploads/rec{i}.jpg" alt=""></div><p class="Card_section__a8YhG">{s}</p><h3 class="Card_title__Lq1zE">{esc(t)}</h3><p class="Card_dek__Wb5cN">{esc(d)}</p></a></article>' for i, (t, d, s) in enumerate(rec))
    html = f'''<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(title)} | Gridline</title><meta name="description" content="A Scottish startup certifies decommissioned blades as beams for footbridges."/><link rel="canonical" href="https://www.gridline.news/climate/old-wind-turbine-blades-footbridges"/>{og(title, "A Scottish startup certifies decommissioned blades as beams for footbridges.", "https://www.gridline.news/climate/old-wind-turbine-blades-footbridges", "Gridline", "https://www.gridline.news/uploads/bridge-hero.jpg")}<meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/1c8e2f0a7b3d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/1c8e2f0a7b3d.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-0c7baedefba6b077.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-4e2b8d31.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__x1Y2z"><div class="CookieBanner_banner__Tq8Xw" role="dialog"><p class="CookieBanner_text__Jf4Kd">We use cookies to understand how you use Gridline and to improve your experience. <a href="/privacy">Learn more</a></p><button class="Button_primary__7JkLm">OK</button><button class="Button_secondary__2LmNb">Reject non-essential</button></div><header class="Header_header__hZ3aP"><a class="Header_logo__Y7dfE" href="/">Gridline</a><nav class="Header_nav__kR0cS"><a class="Header_navLink__1NpQx" href="/climate">Climate</a><a class="Header_navLink__1NpQx" href="/energy">Energy</a><a class="Header_navLink__1NpQx" href="/transport">Transport</a><a class="Header_navLink__1NpQx" href="/nature">Nature</a><a class="Header_navLink__1NpQx" href="/explainers">Explainers</a><a class="Header_navLink__1NpQx" href="/podcast">Podcast</a></nav><a class="Button_primary__7JkLm Header_cta__e5VbU" href="/support">Support us</a></header><main class="Layout_main__Gh2Nn"><div class="ArticlePage_container__L0qPz"><div class="ArticleHeader_header__rT4jq"><p class="ArticleHeader_section__Pp1Mx"><a href="/climate">Climate</a></p><h1 class="ArticleHeader_title__0aWcR">{esc(title)}</h1><p class="ArticleHeader_dek__Vq9sE">A Scottish startup certifies decommissioned blades as beams for footbridges.</p><div class="Byline_byline__uY6dT"><span class="Byline_author__f2KsL">By <a href="/authors/lucy-farrant">Lucy Farrant</a></span><time class="Byline_date__JxQ0n" dateTime="2024-10-14T06:00:00Z">October 14, 2024</time></div><div class="ShareButtons_share__W3tVb"><button aria-label="Share on X" class="ShareButtons_button__8HqZs">X</button><button aria-label="Share on LinkedIn" class="ShareButtons_button__8HqZs">LinkedIn</button><button aria-label="Copy link" class="ShareButtons_button__8HqZs">Copy link</button></div></div><figure class="Figure_figure__Ue8kQ Figure_hero__bN1aS"><img class="Figure_img__p1Q4z" src="/_next/image?url=%2Fuploads%2Fbridge-hero.jpg&amp;w=1920&amp;q=75" alt="A footbridge over a small river"><figcaption class="Figure_caption__Fv0aL">The 14-metre Spanwell bridge near Thurso. <span class="Figure_credit__Rr9sT">Photo: Spanwell</span></figcaption></figure><div class="ArticlePage_body__c9Wx2"><div class="RichText_richText__3rTgQ">{b.html("")}</div><div class="ArticlePage_support__n6UeQ"><h3 class="SupportBox_title__Hx1Ks">Gridline is free to read because readers support it.</h3><p class="SupportBox_text__lB6dE">We don't run a paywall. If you value independent climate journalism, become a member for \u00a35 a month.</p><a class="Button_primary__7JkLm" href="/support">Become a member</a></div><div class="Tags_tags__Rf5Xe"><a class="Tags_tag__Oa2Lm" href="/tags/wind">Wind</a><a class="Tags_tag__Oa2Lm" href="/tags/recycling">Recycling</a><a class="Tags_tag__Oa2Lm" href="/tags/scotland">Scotland</a></div></div></div><section class="Recommended_section__9cDqT"><h2 class="Recommended_title__Kv3Zo">Read next</h2><div class="Recommended_grid__Bm4Ye">{rc}</div></section></main><footer class="Footer_footer__pX7aN"><div class="Footer_cols__eD0Nq"><a href="/about">About</a><a href="/team">Team</a><a href="/ethics">Ethics policy</a><a href="/contact">Contact</a><a href="/privacy">Privacy</a><a href="/jobs">Jobs</a></div><p class="Footer_copy__tY1Hb">\u00a9 2024 Gridline Media CIC. Registered in Scotland SC712345.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{_json.dumps(nd, ensure_ascii=False)}</script></body></html>
'''
    return html, b.truth()


@page("en-amp-robotics", "https://www.lakeshoretribune.com/amp/news/education/fenwick-high-robotics-world-championship", "en",
      kind="AMP page: amp-sidebar nav, amp-consent, amp-ad between paragraphs, amp-social-share, amp-img")
def en_amp_robotics():
    b = Body()
    AD = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/lakeshore/amp/news" data-multi-size="320x50"><div fallback>Advertisement</div></amp-ad>'
    texts = [
        "A robot named Gerald, built from aluminium extrusions, a salvaged wheelchair motor and about four hundred zip ties, is heading to Houston.",
        "Fenwick High School's robotics team, the Ironclad Owls, qualified for the FIRST Robotics world championship on Sunday after finishing second of 48 teams at the regional event in Milwaukee. It is the first time a team from the school has reached the championship in its 14-year history.",
        "The 26 students spent six weeks designing and building Gerald to play this year's game, which involves collecting foam rings and launching them into goals while defending against robots from the opposing alliance.",
        "\"Gerald is not the fastest robot and he is definitely not the prettiest,\" said team captain Aaliyah Brooks, a senior who plans to study mechanical engineering. \"But he almost never breaks, and in the playoffs that matters more than anything.\"",
        "Mentor and physics teacher Dan Kowalczyk said the team's reliability came from testing. Students drove the robot for more than 30 hours before the regional, replacing parts that showed wear and rewriting the code that controls its launcher three times.",
        "The trip to Houston in April will cost about $28,000 for travel, lodging and the entry fee. The team has raised roughly half through sponsors, including two local machine shops, and has started an online fundraiser for the rest.",
        "\"Whatever happens there, these kids have already done something nobody at this school has done before,\" Kowalczyk said. \"Now we just have to get Gerald on a plane.\"",
    ]
    for i, t in enumerate(texts):
        b.p(t)
        if i in (1, 4):
            b.raw(AD)
    title = "Fenwick High robotics team heads to world championship for first time"
    html = f'''<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(title)}</title>
<link rel="canonical" href="https://www.lakeshoretribune.com/news/education/fenwick-high-robotics-world-championship">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{ld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.lakeshoretribune.com/news/education/fenwick-high-robotics-world-championship", "headline": title, "datePublished": "2024-03-18T07:15:00-05:00", "author": {"@type": "Person", "name": "Renee Duvall"}, "publisher": {"@type": "Organization", "name": "Lakeshore Tribune", "logo": {"@type": "ImageObject", "url": "https://www.lakeshoretribune.com/logo-amp.png", "width": 600, "height": 60}}, "image": ["https://www.lakeshoretribune.com/img/gerald.jpg"]})}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif}}.hdr{{background:#0b3d5c;color:#fff}}.story p{{font-size:18px;line-height:1.5}}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"lt-consent","consentRequired":"remote","checkConsentHref":"https://www.lakeshoretribune.com/amp-consent","promptUI":"consent-ui"}}</script><div id="consent-ui" class="consent-ui"><p>We use cookies to personalize content and ads and to analyze our traffic.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="sidebar-nav">{links(["Home", "News", "Education", "Sports", "Business", "Opinion", "Obituaries", "Weather", "Subscribe"])}</ul></amp-sidebar>
<header class="hdr"><button on="tap:sidebar.toggle" class="hamburger">&#9776;</button><a href="https://www.lakeshoretribune.com/"><amp-img src="/logo-white.png" width="200" height="30" alt="Lakeshore Tribune"></amp-img></a></header>
<article class="story">
<p class="kicker">Education</p>
<h1>{esc(title)}</h1>
<p class="byline">By Renee Duvall | <time datetime="2024-03-18T07:15:00-05:00">March 18, 2024</time></p>
<div class="social"><amp-social-share type="facebook" width="40" height="40" data-param-app_id="1234"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>
<figure><amp-img src="/img/gerald.jpg" width="1200" height="800" layout="responsive" alt="Students with their robot"></amp-img><figcaption>Members of the Ironclad Owls with Gerald at the Milwaukee regional. (Courtesy of Fenwick High School)</figcaption></figure>
{b.html()}
<p class="view-full"><a href="https://www.lakeshoretribune.com/news/education/fenwick-high-robotics-world-championship">View the full article and comments on lakeshoretribune.com</a></p>
</article>
<section class="related"><h2>More from Education</h2><ul>{teasers(["School board delays vote on new start times", "Lakeshore teachers reach tentative contract deal", "Spelling bee champion heads to nationals", "District to add 40 new bus drivers this fall"])}</ul></section>
<footer class="ftr"><p>&copy; 2024 Lakeshore Tribune. All rights reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-LT123","config":{{"G-LT123":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
'''
    return html, b.truth()


@page("en-magazine-bakery", "https://www.longhandmag.com/features/the-night-shift-at-orrell-street-bakery", "en",
      kind="magazine longform: drop cap span, pull quotes, section breaks, mid-story ads, italic author bio, teaser cards as <article>")
def en_magazine_bakery():
    b = Body()
    PQ = '<aside class="pull-quote"><blockquote><p>{}</p></blockquote></aside>'
    b.add('<p class="has-drop-cap"><span class="dropcap">A</span>t ten past midnight the only light on Orrell Street comes from the bakery. Inside, Tomasz Wierzba is elbow-deep in a trough of rye dough that weighs more than he does, and the radio is playing a phone-in about parking fines to nobody in particular.',
          "At ten past midnight the only light on Orrell Street comes from the bakery. Inside, Tomasz Wierzba is elbow-deep in a trough of rye dough that weighs more than he does, and the radio is playing a phone-in about parking fines to nobody in particular.")
    b.p("He has worked nights here for nineteen years. The bakery supplies four cafés, two school kitchens, a care home and a queue of early customers that forms outside at half past six regardless of the weather. Between midnight and dawn, three people make roughly 1,400 loaves, 600 rolls and, on Fridays, a quantity of doughnuts that nobody will tell me precisely.")
    b.p("\u201cPeople think it's romantic,\u201d Tomasz says, not looking up. \u201cThe smell, the quiet, the bread. It is quite romantic. For about the first week.\u201d")
    b.raw(PQ.format("It is quite romantic. For about the first week."))
    b.h("The order of things")
    b.p("A bakery at night runs on a sequence that does not forgive lateness. The rye goes first, because it needs the longest. Then the white tin loaves, then the rolls, then the sweet things, which must be out of the oven before the first van leaves at five. If the sourdough starter is sluggish because the building is cold, everything shifts, and somebody has to decide what gets made and what does not.")
    b.p("That somebody is usually Marion Ashby, who has been the bakery's night manager since 2011 and who keeps the sequence on a whiteboard in handwriting so neat it looks printed. She started as a Saturday girl on the counter when she was fifteen and has, by her own account, \u201cnever really left the building.\u201d")
    b.raw('<div class="ad-unit ad-unit--midarticle"><p class="ad-unit__label">Advertisement</p><div id="gam-mid-1"></div></div>')
    b.raw('<figure class="wp-caption"><img src="/images/bakery-ovens.jpg" alt=""><figcaption>The deck ovens are lit at 11:30pm and not switched off until the afternoon. <span class="credit">Photograph: Jude Amankwah for Longhand</span></figcaption></figure>')
    b.p("The ovens themselves are a pair of deck ovens installed in 1984, each the size of a small car. They have names, Big Jean and Little Jean, after the owner's mother and aunt, who ran the shop in the seventies. Big Jean runs hot on the left side. Every baker who has worked here learns to rotate the trays at the halfway point or accept that one end of every batch will be darker than the other.")
    b.raw('<hr class="section-break" />')
    b.h("Who works nights")
    b.p("The night shift has always drawn a particular kind of person. Tomasz came from a bakery in Gda\u0144sk and liked the quiet. Marion has three children and likes being home for the school run. The third baker, a twenty-three-year-old called Kyle Osei, is saving for a deposit on a flat and says the night premium \u201cmakes the maths work.\u201d")
    b.p("All three talk about the same thing when asked what they like about it: the moment, somewhere around four, when the first racks come out and the shop fills with steam. \u201cYou've been making something all night and you couldn't see it,\u201d Kyle says. \u201cThen suddenly it's there.\u201d")
    b.raw(PQ.format("You've been making something all night and you couldn't see it. Then suddenly it's there."))
    b.p("The difficulties are less poetic: broken sleep, missed weddings, a social life arranged around other people's lunchtimes. Marion says she has not seen the end of a film in a cinema since 2009.")
    b.raw('<div class="ad-unit ad-unit--midarticle"><p class="ad-unit__label">Advertisement</p><div id="gam-mid-2"></div></div>')
    b.h("Dawn")
    b.p("By quarter past six the vans are gone, the floor is being mopped and the queue outside has grown to eleven people. The first customer, a retired postman, buys the same thing every day: one small rye, sliced, and a custard tart he insists is for his wife.")
    b.p("Tomasz is already in his coat. He will sleep until two, pick up his daughter from school and be back here before midnight. I ask whether he ever thinks about switching to days.")
    b.p("\u201cDays?\u201d he says, as if I had suggested he take up skydiving. \u201cDuring the day there are customers.\u201d")
    b.raw('<p class="author-note"><em>Nell Hartigan is a writer based in Leeds. Her book about small shops, </em>Open Till Late<em>, is out next spring.</em></p>')
    title = "The night shift at Orrell Street Bakery"
    cards = [("Features", "The last cobbler on the high street", "Fifty years of heels, soles and small talk in a shop the size of a wardrobe."),
             ("Food", "In praise of the works canteen", "Britain's surviving staff canteens are cheap, nourishing and quietly disappearing."),
             ("Features", "The lock-keeper who has never taken a day off", "Three decades on the Aire and Calder, in all weathers, for the love of boats."),
             ("Essays", "What the milkman knew", "A childhood in a street where one man knew everybody's business, and kept it.")]
    cc = "\n".join(f'<article class="card"><a href="/features/{i}"><img src="/images/card{i}.jpg" alt=""><span class="card__cat">{c}</span><h3 class="card__title">{esc(t)}</h3><p class="card__standfirst">{esc(s)}</p></a></article>' for i, (c, t, s) in enumerate(cards))
    html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Longhand</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Between midnight and dawn, three people make 1,400 loaves in a Leeds bakery. A night on the shift.">
<link rel="canonical" href="https://www.longhandmag.com/features/the-night-shift-at-orrell-street-bakery">
{og(title, "Between midnight and dawn, three people make 1,400 loaves in a Leeds bakery. A night on the shift.", "https://www.longhandmag.com/features/the-night-shift-at-orrell-street-bakery", "Longhand", "https://www.longhandmag.com/images/bakery-hero.jpg", locale="en_GB")}
<meta property="article:published_time" content="2024-02-10T08:00:00+00:00">
<meta name="author" content="Nell Hartigan">
<link rel="stylesheet" href="/assets/longhand.min.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="single single-feature">
<div class="cmp-banner" id="cmp"><div class="cmp-banner__text">Longhand uses cookies to keep the lights on. Essential cookies make the site work; others help us understand what you read and show you ads. <a href="/cookies">Read more</a></div><div class="cmp-banner__buttons"><button>Accept all</button><button>Essential only</button></div></div>
<header class="site-header"><div class="site-header__inner"><a class="site-logo" href="/">Longhand</a><nav class="primary-menu"><ul>{links(["Features", "Essays", "Food", "Places", "Photography", "Print edition", "Shop"])}</ul></nav><a class="subscribe-button" href="/subscribe">Subscribe to the print edition</a></div></header>
<main id="main">
<div class="feature-header"><p class="feature-header__cat"><a href="/features">Features</a></p><h1 class="feature-header__title">{esc(title)}</h1><p class="feature-header__standfirst">Between midnight and dawn, three people make 1,400 loaves in a Leeds bakery. Nell Hartigan spends a night on the shift.</p><p class="feature-header__meta">Words by <a href="/contributors/nell-hartigan">Nell Hartigan</a> &middot; Photographs by Jude Amankwah &middot; <time datetime="2024-02-10">10 February 2024</time> &middot; 9 min read</p></div>
<figure class="feature-hero"><img src="/images/bakery-hero.jpg" alt="A baker shaping loaves at night"><figcaption>Tomasz Wierzba shaping rye loaves shortly after midnight.</figcaption></figure>
<div class="post-layout">
<div class="post-share"><a href="#" class="post-share__link">Share</a><a href="#" class="post-share__link">Tweet</a><a href="#" class="post-share__link">Email</a></div>
<div class="post-content">
{b.html()}
</div>
<div class="post-tags"><a href="/tag/food">Food</a><a href="/tag/work">Work</a><a href="/tag/leeds">Leeds</a></div>
</div>
<section class="more-features"><h2 class="more-features__title">More from Longhand</h2><div class="more-features__grid">{cc}</div></section>
<section class="print-promo"><h2>Longhand in print</h2><p>Four issues a year, 160 pages each, no adverts. Subscribe from \u00a332 and get the winter issue free.</p><a href="/subscribe">Subscribe</a></section>
</main>
<footer class="site-footer"><p>Longhand is an independent magazine about everyday life and work in the north of England.</p><ul>{links(["About", "Contributors", "Pitch us", "Stockists", "Privacy", "Terms"])}</ul><p>&copy; Longhand Publishing Ltd 2024</p></footer>
</body>
</html>
'''
    return html, b.truth()


@page("en-wp-newspaper-theater", "https://www.cobbcountyvoice.com/2024/04/mill-valley-high-stages-original-musical/", "en",
      kind="WordPress 'Newspaper' theme (td-post-content): inline ad blocks, ALSO READ box, author box, related-article block, comments")
def en_wp_newspaper():
    b = Body()
    b.p("For most high school theater programs, the spring musical means a licensed show with a script, a score and a cast recording the students can learn from. At Mill Valley High School this year, there was no recording to learn from, because the show did not exist until November.")
    b.p("\u201cThe Lighthouse Keeper's Daughters,\u201d which opens Friday in the school auditorium, was written entirely by students: book, lyrics and music. It is the first original musical in the school's 62-year history, and the cast and crew of 54 have been rehearsing it since February.")
    b.raw('<div class="td-a-rec td-a-rec-id-content_inline tdi_88 td_block_template_1"><div class="td-all-devices"><a href="https://ads.cobbcountyvoice.com/click?c=112"><img src="/wp-content/uploads/2024/01/bank-ad-300x250.jpg" alt="" width="300" height="250"></a></div></div>')
    b.p("The story follows three sisters who keep a lighthouse on the Georgia coast in the 1890s after their father falls ill, and the storm that tests them. Senior Jada Whitfield wrote the book and most of the lyrics over the summer, after reading about a real lighthouse family in a library book.")
    b.p("Junior Marcus Lee, who has played piano since he was five, composed the 14 songs. He said he wrote most of them late at night on the family's upright piano, recording voice memos on his phone so he wouldn't forget the melodies by morning.")
    b.raw('<div class="td_block_wrap tdb_single_related td_block_template_8 td-pb-border-top"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>ALSO READ</span></h4></div><div class="td_block_inner"><div class="td_module_wrap"><h3 class="entry-title td-module-title"><a href="/2024/03/mill-valley-band-earns-superior-rating/">Mill Valley band earns superior rating at state festival</a></h3></div></div></div>')
    b.p("Theater director Karen Oduya said she agreed to the project \u201cwith equal parts excitement and terror.\u201d Writing a show meant no one had a reference for what it should sound like, she said, and several songs were rewritten in the middle of rehearsals.")
    b.p("\u201cThe second act finale changed three weeks ago,\u201d Oduya said. \u201cThe kids came to me and said it wasn't working, and they were right. They rewrote it over a weekend.\u201d")
    b.p("Performances are at 7 p.m. Friday and Saturday and 2 p.m. Sunday. Tickets are $10 for adults and $5 for students and seniors, available at the door or on the school's website.")
    b.raw('<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Advertisement -</span><div id="ad-content-bottom"></div></div>')
    title = "Mill Valley High stages its first student-written musical"
    comments = [("Theresa G.", "April 10, 2024 At 6:12 pm", "So proud of these kids! My daughter is on the lighting crew and has been talking about nothing else for months."),
                ("Ron Whitaker", "April 10, 2024 At 9:40 pm", "Saw the dress rehearsal. The second act finale is a showstopper, whatever it was before."),
                ("Mill Valley alum '98", "April 11, 2024 At 7:03 am", "We did Oklahoma! three years in a row when I was there. This is amazing.")]
    cm = "\n".join(f'<li class="comment" id="li-comment-{i}"><article><footer><img class="avatar" src="/avatar{i}.png"><cite>{esc(n)}</cite><a class="comment-link" href="#comment-{i}"><time>{d}</time></a></footer><div class="comment-content"><p>{esc(t)}</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' for i, (n, d, t) in enumerate(comments))
    rel = [("Cobb County schools announce 2024-25 calendar", "Schools"), ("Mill Valley band earns superior rating at state festival", "Schools"), ("Library's summer reading program adds teen track", "Community"),
           ("Mill Valley softball clinches region title", "Sports"), ("Spring arts festival returns to downtown square", "Things to do"), ("Board approves new career academy", "Schools")]
    rl = "\n".join(f'<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="/2024/{i}/" rel="bookmark" class="td-image-wrap" title="{esc(t)}"><img class="entry-thumb" src="/wp-content/uploads/rel{i}-218x150.jpg" alt="" width="218" height="150"></a></div><a href="/category/{c.lower()}/" class="td-post-category">{c}</a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="/2024/{i}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3></div></div>' for i, (t, c) in enumerate(rel))
    html = f'''<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->
<head>
<title>{esc(title)} - Cobb County Voice</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="https://www.cobbcountyvoice.com/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="description" content="The Lighthouse Keeper&#039;s Daughters was written entirely by students: book, lyrics and music." />
<link rel="canonical" href="https://www.cobbcountyvoice.com/2024/04/mill-valley-high-stages-original-musical/" />
{og(title, "The Lighthouse Keeper's Daughters was written entirely by students: book, lyrics and music.", "https://www.cobbcountyvoice.com/2024/04/mill-valley-high-stages-original-musical/", "Cobb County Voice", "https://www.cobbcountyvoice.com/wp-content/uploads/2024/04/musical.jpg", locale="en_US")}
<meta property="article:published_time" content="2024-04-10T14:05:33+00:00" />
<meta name="author" content="Dana Whitlock" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://www.cobbcountyvoice.com/2024/04/mill-valley-high-stages-original-musical/#article","isPartOf":{{"@id":"https://www.cobbcountyvoice.com/2024/04/mill-valley-high-stages-original-musical/"}},"author":{{"name":"Dana Whitlock","@id":"https://www.cobbcountyvoice.com/#/schema/person/4a1b"}},"headline":"{esc(title)}","datePublished":"2024-04-10T14:05:33+00:00","wordCount":402,"commentCount":3,"articleSection":["Schools"],"inLanguage":"en-US"}},{{"@type":"WebPage","@id":"https://www.cobbcountyvoice.com/2024/04/mill-valley-high-stages-original-musical/","name":"{esc(title)} - Cobb County Voice"}},{{"@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Home","item":"https://www.cobbcountyvoice.com/"}},{{"@type":"ListItem","position":2,"name":"{esc(title)}"}}]}}]}}</script>
<link rel='stylesheet' id='td-theme-css' href='https://www.cobbcountyvoice.com/wp-content/themes/Newspaper/style.css?ver=12.6.2' type='text/css' media='all' />
<script type="text/javascript">var tdBlocksArray = []; var tdLocalCache = {{}}; var td_ajax_url="https://www.cobbcountyvoice.com/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.2";</script>
</head>
<body class="post-template-default single single-post postid-48812 single-format-standard td-standard-pack global-block-template-8 tdb_template_412 tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="td-mobile-main-menu">{links(["Home", "News", "Schools", "Sports", "Business", "Community", "Opinion", "Obituaries", "Contact"], cls="menu-item")}</ul></div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap"><div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row"><div class="tdb-header-align"><div class="td_block_wrap tdb_header_logo"><a class="tdb-logo-a" href="https://www.cobbcountyvoice.com/"><span class="tdb-logo-text-title">Cobb County Voice</span><span class="tdb-logo-text-tagline">Local news for Mill Valley, Ackerly and Dunning</span></a></div>
<div class="td_block_wrap tdb_header_menu"><div id="tdi_14" class="td_block_inner td-fix-index"><ul id="menu-main-menu-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible">{links(["Home", "News", "Schools", "Sports", "Business", "Community", "Opinion", "Obituaries", "Contact"], cls="menu-item tdb-menu-item-button tdb-normal-menu")}</ul></div></div>
<div class="td_block_wrap tdb_header_date"><div class="tdb-head-date-txt">Wednesday, April 10, 2024</div></div></div></div></div></div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="48812"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article id="template-id-412" class="post-412 tdb_templates type-tdb_templates status-publish post" itemscope itemtype="https://schema.org/Article">
<div class="td_block_wrap tdb_breadcrumbs"><div class="tdb-block-inner td-fix-index"><span><a title="" class="tdb-entry-crumb" href="https://www.cobbcountyvoice.com/">Home</a></span> <i class="tdb-bread-sep td-icon-right"></i> <span><a title="View all posts in Schools" class="tdb-entry-crumb" href="/category/schools/">Schools</a></span></div></div>
<div class="td_block_wrap tdb_title"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{esc(title)}</h1></div></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-block-inner td-fix-index"><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="/author/dana/">Dana Whitlock</a></div></div></div>
<div class="td_block_wrap tdb_single_date"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="2024-04-10T14:05:33+00:00">April 10, 2024</time></div></div>
<div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-pinterest" href="#"><div class="td-social-but-text">Pinterest</div></a><a class="td-social-sharing-button td-social-whatsapp" href="#"><div class="td-social-but-text">WhatsApp</div></a></div></div>
<div class="td_block_wrap tdb_single_featured_image"><div class="tdb-block-inner td-fix-index"><img width="696" height="464" class="entry-thumb" src="/wp-content/uploads/2024/04/musical-696x464.jpg" alt="Students rehearsing on stage" /><figcaption class="tdb-caption-text">Cast members rehearse a scene from &#8220;The Lighthouse Keeper&#8217;s Daughters.&#8221; (Photo by Dana Whitlock)</figcaption></div></div>
<div class="td_block_wrap tdb_single_content tdi_87 td-pb-border-top td_block_template_8 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
{b.html()}
</div></div>
<div class="td_block_wrap tdb_single_tags"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="/tag/mill-valley-high/">Mill Valley High</a></li><li><a href="/tag/theater/">theater</a></li></ul></div></div>
<div class="td_block_wrap tdb_single_author_box"><div class="tdb-author-box"><div class="tdb-author-photo"><img src="/avatar-dana.jpg" alt="Dana Whitlock"></div><div class="tdb-author-info"><a href="/author/dana/" class="tdb-author-name">Dana Whitlock</a><div class="tdb-author-descr">Dana Whitlock covers schools and education for the Cobb County Voice. Reach her at dana@cobbcountyvoice.com.</div></div></div></div>
<div class="td_block_wrap tdb_single_related td_with_ajax_pagination td-pb-border-top td_block_template_8"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>RELATED ARTICLES</span></h4></div><div class="td_block_inner tdb-block-inner td-fix-index">{rl}</div></div>
<div class="td_block_wrap tdb_single_comments"><div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_8"><h4 class="td-comments-title block-title"><span>3 COMMENTS</span></h4></div><ol class="comment-list td-comments-list">{cm}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><form id="commentform"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment"></textarea></div><input class="submit" type="submit" value="Post Comment"></form></div></div></div>
</article></div></div></div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap"><div class="tdc_zone"><div class="td_block_wrap tdb_footer_about"><div class="tdb-footer-about-text">The Cobb County Voice is an independent, locally owned news site covering Mill Valley, Ackerly and Dunning since 2016.</div></div><div class="td_block_wrap td_block_list_menu"><ul class="menu">{links(["About us", "Advertise", "Submit a news tip", "Privacy policy", "Contact us"])}</ul></div><div class="tdb-footer-copy">&copy; Cobb County Voice 2024. All rights reserved.</div></div></div></div>
</div>
<script type='text/javascript' src='https://www.cobbcountyvoice.com/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.2' id='td-site-min-js'></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-forum-zigbee", "https://community.homenode.io/t/zigbee-sensors-keep-dropping-after-router-swap/48213", "en",
      kind="Discourse-style forum thread; the first post is the article, replies and suggested topics are not")
def en_forum_zigbee():
    b = Body()
    b.p("Hi all, long-time lurker, first post. I've been going round in circles on this for two weeks and I'm hoping someone can spot what I'm missing.")
    b.p("**Setup:** HomeNode 2024.9 on a mini PC, a USB Zigbee coordinator on a 1 m extension cable, 31 devices in total. About 12 of those are mains-powered plugs and bulbs that act as routers, the rest are battery door and temperature sensors.")
    b.p("**What changed:** my ISP replaced our old broadband router with a new Wi-Fi 6 one. Since then, battery sensors drop off the network one by one over a day or two. They show as unavailable, and the only way to get them back is to re-pair them. Mains devices seem fine.")
    b.p("Things I've already tried:")
    b.ol(["Changed the Wi-Fi channel on the new router to 1, and then to 11. No difference.",
          "Moved the coordinator further away from the router, about 3 m now.",
          "Checked the Zigbee channel. It's 15, which should sit between Wi-Fi channels 1 and 6.",
          "Replaced batteries in four of the sensors, in case it was a coincidence. Still dropping."])
    b.p("The network map shows most sensors routing through the same two smart plugs in the hallway. One of those plugs is literally next to the new router, on the same shelf. Could that be it? The old router lived in a cupboard and the plug was on the other side of the room.")
    b.p("Logs show lots of lines like this just before a device goes unavailable:")
    b.add("<pre><code>zigbee.core: [0x5A3F] delivery failed, NWK_NO_ROUTE (retry 3/3)\nzigbee.core: [0x5A3F] marking device unavailable</code></pre>",
          "zigbee.core: [0x5A3F] delivery failed, NWK_NO_ROUTE (retry 3/3)", "zigbee.core: [0x5A3F] marking device unavailable")
    b.p("Any ideas gratefully received. Happy to post more logs if that helps.")
    replies = [
        ("tinkerbeth", "Regular", "Almost certainly the plug on the shelf. A new Wi-Fi 6 router can be a lot louder on 2.4 GHz than the old one, and a router-capable plug sitting right next to it will have a terrible time hearing anything. Move the plug, or the router, and give the mesh a few hours to rebuild."),
        ("dmitri_k", "", "+1 to tinkerbeth. Also, channel 15 overlaps more with Wi-Fi channel 1 than people think. If you can, try Zigbee 25 with Wi-Fi on 1 or 6. You'll have to re-pair everything though, so maybe move the plug first."),
        ("paulm", "", "Check whether the new router has a 'smart connect' or auto channel option turned on. Mine kept hopping channels at night and each hop knocked a few sensors off."),
        ("rowan_g", "Original poster", "Update: moved the hallway plug to the other side of the room last night and disabled auto channel. Not a single drop in 20 hours, and the map looks much healthier. Thank you all! Will report back after a week."),
        ("tinkerbeth", "Regular", "Great news. Mark one of the replies as the solution so others can find it."),
    ]
    rp = "\n".join(f'<article class="boxed onscreen-post" data-post-id="{201 + i}" id="post_{i + 2}"><div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" data-user-card="{u}"><img alt="" width="48" height="48" src="/user_avatar/community.homenode.io/{u}/48/{i}_2.png" class="avatar"></a></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{u}" data-user-card="{u}">{u}</a></span>{f"<span class=user-title>{t}</span>" if t else ""}</div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/48213/{i + 2}"><span class="relative-date">{i + 2}d</span></a></div></div></div><div class="regular contents"><div class="cooked"><p>{esc(x)}</p></div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat toggle-like like" title="like this post"></button><button class="widget-button btn-flat share" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article>' for i, (u, t, x) in enumerate(replies))
    title = "Zigbee sensors keep dropping after router swap"
    html = f'''<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Zigbee - HomeNode Community</title>
<meta name="description" content="Hi all, long-time lurker, first post. I&#39;ve been going round in circles on this for two weeks and I&#39;m hoping someone can spot what I&#39;m missing.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4c1d2e">
<link rel="icon" type="image/png" href="https://community.homenode.io/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://community.homenode.io/t/zigbee-sensors-keep-dropping-after-router-swap/48213" />
<meta property="og:site_name" content="HomeNode Community" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="https://community.homenode.io/t/zigbee-sensors-keep-dropping-after-router-swap/48213" />
<meta property="article:published_time" content="2024-10-03T19:22:41+00:00" />
<meta property="article:section" content="Zigbee" />
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"{esc(title)}","author":{{"@type":"Person","name":"rowan_g"}},"datePublished":"2024-10-03T19:22:41Z","interactionStatistic":{{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":5}}}}</script>
<link href="/stylesheets/desktop_theme_6_a1b2c3.css?__ws=community.homenode.io" media="all" rel="stylesheet" data-target="desktop_theme" />
<link rel="preload" href="/assets/start-discourse-a8e1f.js" as="script">
</head>
<body class="crawler ">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="HomeNode Community" id="site-logo"></a></div><div class="panel"><a class="btn btn-primary sign-up-button" href="/signup">Sign Up</a><a class="btn login-button" href="/login">Log In</a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/zigbee-sensors-keep-dropping-after-router-swap/48213">{esc(title)}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/integrations/7" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">Integrations</span></span></a></span><span itemprop="itemListElement"><a href="/c/integrations/zigbee/21" class="badge-wrapper bullet"><span class="category-name">Zigbee</span></a></span></div><div class="list-tags"><a href="/tag/zigbee" class="discourse-tag">zigbee</a>, <a href="/tag/wifi" class="discourse-tag">wifi</a></div></div>
<div class="post-stream">
<article class="boxed onscreen-post" data-post-id="200" id="post_1"><div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" data-user-card="rowan_g"><img alt="" width="48" height="48" src="/user_avatar/community.homenode.io/rowan_g/48/77_2.png" class="avatar"></a></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username new-user"><a href="/u/rowan_g" data-user-card="rowan_g">rowan_g</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/48213/1"><span title="Oct 3, 2024 7:22 pm" class="relative-date">Oct 3</span></a></div></div></div><div class="regular contents"><div class="cooked">
{b.html()}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat toggle-like like" title="like this post"></button><button class="widget-button btn-flat share" title="copy a link to this post to clipboard"></button></div></nav></section></div></div></div></article>
{rp}
</div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
<tr><td><a href="/t/zigbee-bulbs-flicker-when-dimmed/47102">Zigbee bulbs flicker when dimmed below 10%</a></td><td>8</td><td>612</td><td>Sep 21</td></tr>
<tr><td><a href="/t/coordinator-firmware-update-bricked-stick/46931">Coordinator firmware update bricked my stick, any way back?</a></td><td>14</td><td>1.2k</td><td>Sep 14</td></tr>
<tr><td><a href="/t/best-zigbee-channel-with-mesh-wifi/45580">Best Zigbee channel with mesh Wi-Fi?</a></td><td>22</td><td>3.4k</td><td>Aug 30</td></tr>
<tr><td><a href="/t/door-sensor-battery-drain/44810">Door sensor battery drains in two weeks</a></td><td>6</td><td>540</td><td>Aug 2</td></tr>
</tbody></table></div></div></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li><span itemprop="name"><a href="/guidelines" itemprop="url">FAQ/Guidelines </a></span></li><li><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li><li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body>
</html>
'''
    return html, b.truth()


@page("en-gov-guidance", "https://www.ashbourne-vale.gov.uk/licensing/temporary-event-notices", "en",
      kind="GOV.UK-style council guidance: contents list, govspeak sections, callouts, feedback form, related-content sidebar")
def en_gov_guidance():
    b = Body()
    b.p("You need a temporary event notice (TEN) if you want to sell alcohol, provide entertainment or sell hot food and drink between 11pm and 5am at an event in Ashbourne Vale that is not covered by a premises licence.")
    b.p("Examples include a beer tent at a village fete, a wedding reception in a community hall or a late-night charity music event.")
    b.h("Who can apply", 2, 'id="who-can-apply"')
    b.p("Anyone aged 18 or over can give a temporary event notice. You do not need to hold a personal licence, but if you do, you can give more notices each year.")
    b.ul(["personal licence holders can give up to 50 notices a year",
          "anyone else can give up to 5 notices a year",
          "a single premises can have up to 15 notices, covering no more than 21 days in total, each year"])
    b.h("Limits on your event", 2, 'id="limits"')
    b.p("Your event must:")
    b.ul(["have fewer than 500 people at any one time, including staff and performers",
          "last no longer than 168 hours (7 days)"])
    b.p("If your event will be bigger or longer than this, you need to apply for a premises licence instead.")
    b.h("When to apply", 2, 'id="when-to-apply"')
    b.p("You must give notice at least 10 working days before the event. This does not include the day you give notice or the day of the event.")
    b.add('<div role="note" aria-label="Information" class="application-notice info-notice"><p>If you apply between 5 and 9 working days before the event, this is a late notice. You can only give 10 late notices a year, and if the police or environmental health object, your event cannot go ahead.</p></div>',
          "If you apply between 5 and 9 working days before the event, this is a late notice. You can only give 10 late notices a year, and if the police or environmental health object, your event cannot go ahead.")
    b.h("How to apply", 2, 'id="how-to-apply"')
    b.p("Apply online and pay the fee of \u00a321. You must also send a copy of the notice to Ashbourne Vale Police and to the council's environmental health team on the same day. If you apply online through this website, we send the copies for you.")
    b.h("After you apply", 2, 'id="after-you-apply"')
    b.p("The police and environmental health have 3 working days to object. If nobody objects, you will get an acknowledgement and your event can go ahead. You must keep a copy of the notice at the event, and show it to a police or council officer if asked.")
    b.p("If there is an objection, the licensing sub-committee will hold a hearing at least 24 hours before the event starts, unless everyone agrees that a hearing is not needed.")
    title = "Temporary event notices"
    html = f'''<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>{title} - Ashbourne Vale District Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<link rel="canonical" href="https://www.ashbourne-vale.gov.uk/licensing/temporary-event-notices">
<meta name="description" content="How to give a temporary event notice for a one-off event with alcohol, entertainment or late-night refreshment in Ashbourne Vale.">
<meta property="og:site_name" content="Ashbourne Vale District Council">
<meta property="og:title" content="{title}">
<meta name="govuk:format" content="detailed_guide">
<link href="/assets/frontend/application-7a8c2.css" rel="stylesheet">
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on Ashbourne Vale"><div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on Ashbourne Vale"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Ashbourne Vale</h2><div tabindex="-1" class="govuk-cookie-banner__content gem-c-cookie-banner__confirmation"><p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We'd like to set additional cookies to understand how you use the site and improve our services.</p></div></div></div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button><button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage">Ashbourne Vale District Council</a></div><div class="govuk-header__content"><nav aria-label="Menu" class="govuk-header__navigation"><ul id="navigation" class="govuk-header__navigation-list">{links(["Bins and recycling", "Council tax", "Planning", "Licensing", "Housing", "Parking", "Jobs", "Contact us"], cls="govuk-header__navigation-item")}</ul></nav></div></div></header>
<div class="govuk-width-container">
<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link" href="/feedback">give your feedback</a>.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/licensing">Licensing</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/licensing/alcohol-and-entertainment">Alcohol and entertainment</a></li></ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-title govuk-!-margin-top-8 govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-title__context">Guidance</span><h1 class="gem-c-title__text govuk-heading-xl">{title}</h1></div>
<p class="gem-c-lead-paragraph">How to give notice for a one-off event with alcohol, entertainment or late-night refreshment.</p>
<div class="gem-c-metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/licensing">Licensing team</a></dd><dt class="gem-c-metadata__term">Last updated:</dt><dd class="gem-c-metadata__definition">2 July 2024</dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link" href="#who-can-apply">Who can apply</a></li>
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link" href="#limits">Limits on your event</a></li>
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link" href="#when-to-apply">When to apply</a></li>
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link" href="#how-to-apply">How to apply</a></li>
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link" href="#after-you-apply">After you apply</a></li>
</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
{b.html()}
</div></div>
<a href="/apply/temporary-event-notice" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">Start now<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
</div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2><nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">{links([("Apply for a premises licence", "/licensing/premises-licence"), ("Personal licences", "/licensing/personal-licence"), ("Street party and road closure applications", "/roads/street-parties"), ("Licensing register and public notices", "/licensing/register")], cls="gem-c-related-navigation__link")}</ul></nav></aside></div>
</div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1"><div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions"><div class="gem-c-feedback__prompt-question-answer"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list"><li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li><li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div></div><div class="gem-c-feedback__prompt-questions"><button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></div></div>
</main>
</div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">{links(["Accessibility statement", "Cookies", "Privacy notice", "Contact the council", "Freedom of information", "Terms and conditions"], cls="govuk-footer__inline-list-item")}</ul><span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/">&copy; Ashbourne Vale District Council</a></div></div></div></footer>
<script src="/assets/frontend/application-7a8c2.js" type="module"></script>
</body>
</html>
'''
    return html, b.truth()


@page("en-hugo-minimal", "https://notes.hallam-wren.net/posts/why-i-still-use-a-paper-notebook/", "en",
      kind="minimal static-site (Hugo) blog: bare <main> with unclassed <p>, date line, reply-by-email line and an 'Other posts' list inside <main>")
def en_hugo_minimal():
    b = Body()
    b.p("Every few years I try to replace my paper notebook with something digital. I have tried plain text files, two outliners, a note app with a graph view that I never once looked at, and a tablet with a stylus that cost more than my first car. Each time I come back to a cheap A5 notebook and a pen. I have finally stopped feeling guilty about it.")
    b.p("The reason is not nostalgia. It is that a paper notebook is bad at exactly the things I do not want it to do.")
    b.p("It cannot notify me. It cannot be searched, which means I have to rewrite anything important, and rewriting is where most of my actual thinking happens. It has no tags, so I cannot spend an evening designing a tagging system instead of working. It runs out, so every ninety pages or so I am forced to go back through it and decide what to carry forward.")
    b.p("That last part is the one I would miss most. When a notebook is full I spend half an hour with it and a fresh one. Unfinished tasks get copied over or crossed out. Ideas that still seem interesting get a line in the new book. Everything else stays behind, which is a small, regular act of letting go that no app has ever made me do.")
    b.p("There are obvious costs. I have lost a notebook on a train, with three weeks of notes in it. I cannot share a page with a colleague without photographing it. And my handwriting, after about four in the afternoon, is mostly decorative.")
    b.p("For shared things, I use shared tools. The team's plans live where the team can see them. But the notebook is not for the team. It is where I work out what I think before I tell anyone, and for that, the fewer features the better.")
    title = "Why I still use a paper notebook"
    html = f'''<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Hallam Wren</title>
<meta name="description" content="Every few years I try to replace my paper notebook with something digital.">
<link rel="canonical" href="https://notes.hallam-wren.net/posts/why-i-still-use-a-paper-notebook/">
<link rel="alternate" type="application/rss+xml" href="https://notes.hallam-wren.net/index.xml" title="Hallam Wren">
<link rel="webmention" href="https://webmention.io/notes.hallam-wren.net/webmention">
<meta name="generator" content="Hugo 0.121.1">
<style>body{{max-width:38em;margin:2em auto;font:18px/1.55 Georgia,serif;color:#222}}nav a{{margin-right:1em}}footer{{font-size:.8em;color:#777}}</style>
</head>
<body>
<header>
<a href="/">Hallam Wren</a>
<nav><a href="/posts/">Posts</a><a href="/now/">Now</a><a href="/about/">About</a><a href="/index.xml">RSS</a></nav>
</header>
<main>
<h1>{title}</h1>
<p><time datetime="2024-01-14">14 January 2024</time> &middot; 3 minutes</p>
{b.html()}
<hr>
<p>Reply by <a href="mailto:hello@hallam-wren.net?subject=Re: {title}">email</a>, or send a webmention.</p>
<h3>Other posts</h3>
<ul>
<li><a href="/posts/a-year-of-cycling-to-work/">A year of cycling to work, in numbers</a> &middot; Dec 2023</li>
<li><a href="/posts/on-saying-no-to-meetings/">On saying no to meetings without being a jerk</a> &middot; Nov 2023</li>
<li><a href="/posts/the-best-cheap-fountain-pens/">The best cheap fountain pens, according to me</a> &middot; Oct 2023</li>
<li><a href="/posts/reading-in-2023/">What I read in 2023</a> &middot; Oct 2023</li>
</ul>
</main>
<footer>
<p>&copy; 2024 Hallam Wren &middot; Built with Hugo &middot; <a href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a></p>
</footer>
</body>
</html>
'''
    return html, b.truth()


@page("en-tailwind-devblog", "https://www.parcelhound.io/blog/how-we-cut-label-printing-errors", "en",
      kind="startup blog built with utility CSS (Tailwind): no semantic class names except 'prose'; CTA box, related grid and footer in utility classes")
def en_tailwind():
    b = Body()
    b.p("Six months ago, about one in every 140 shipping labels printed through Parcelhound came out wrong. Not catastrophically wrong, usually: a truncated street name, a barcode that a handheld scanner could not read on the first try, a postcode split across two lines. But at the volumes our customers ship, one in 140 meant thousands of parcels a week that someone in a warehouse had to stop and look at.")
    b.p("Today that number is one in roughly 2,300. This post is about how we got there, and about the two assumptions we had to give up along the way.")
    b.h("Assumption one: the printers are fine")
    b.p("Our first instinct was to blame the data. Addresses are messy, and we had plenty of evidence of customers pasting entire emails into the address field. So we spent the first month building better validation, and it helped a little. Then one of our support engineers, Tomás, spent a day in a customer's warehouse and came back with a box of misprinted labels and a theory.")
    b.p("Most of the bad labels were not bad data at all. They came from thermal printers running firmware that handled our label template differently from the printers we tested on. A font that fit perfectly on our office printer was rendered two pixels wider on theirs, just enough to push long street names over the edge.")
    b.h("Assumption two: one template fits everyone")
    b.p("We had a single label template for each carrier, carefully designed to meet that carrier's specification. The specification, it turns out, describes what the label must contain. It says nothing about the dozens of printer models our customers actually own.")
    b.p("We now render labels to a bitmap on our servers for every printer profile we know about, and we test each template against the twelve most common printer models in our customer base every night. When a new firmware version appears, a customer's first print job tells us, and the template adjusts before the second.")
    b.h("What changed for customers")
    b.ul(["Label errors fell from about 0.7% to 0.04% of all labels printed",
          "Average time to print a batch of 500 labels dropped from 4 minutes to under 90 seconds, because we no longer re-render on the printer",
          "Support tickets about labels went from our second most common category to our ninth"])
    b.p("None of this was clever. It came from someone going to a warehouse and looking at the labels that went wrong, which we should have done in the first week rather than the fifth.")
    title = "How we cut label printing errors by 94%"
    html = f'''<!DOCTYPE html>
<html lang="en" class="h-full scroll-smooth antialiased">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Parcelhound Blog</title>
<meta name="description" content="One in 140 shipping labels used to print wrong. Here is how we got it to one in 2,300.">
<link rel="canonical" href="https://www.parcelhound.io/blog/how-we-cut-label-printing-errors">
{og(title, "One in 140 shipping labels used to print wrong. Here is how we got it to one in 2,300.", "https://www.parcelhound.io/blog/how-we-cut-label-printing-errors", "Parcelhound", "https://www.parcelhound.io/og/label-errors.png")}
<link rel="stylesheet" href="/_astro/index.C8x2Lf0q.css">
<script type="module" src="/_astro/hoisted.B1vD0e7k.js"></script>
</head>
<body class="flex h-full flex-col bg-white text-slate-700">
<div class="fixed inset-x-0 bottom-0 z-50 p-4 sm:p-6"><div class="mx-auto max-w-xl rounded-lg bg-slate-900 p-4 text-sm text-slate-200 shadow-lg"><p>We use a few cookies to understand how people use our site. No ads, no tracking across sites.</p><div class="mt-3 flex gap-3"><button class="rounded bg-white px-3 py-1.5 font-semibold text-slate-900">Accept</button><button class="rounded px-3 py-1.5 text-slate-300 hover:text-white">Decline</button></div></div></div>
<header class="border-b border-slate-200"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-4"><a href="/" class="flex items-center gap-2 text-lg font-bold text-slate-900"><img src="/logo.svg" class="h-7 w-7" alt="">Parcelhound</a><div class="hidden gap-8 text-sm font-medium md:flex"><a href="/product" class="hover:text-indigo-600">Product</a><a href="/pricing" class="hover:text-indigo-600">Pricing</a><a href="/integrations" class="hover:text-indigo-600">Integrations</a><a href="/customers" class="hover:text-indigo-600">Customers</a><a href="/blog" class="text-indigo-600">Blog</a><a href="/docs" class="hover:text-indigo-600">Docs</a></div><div class="flex items-center gap-4"><a href="https://app.parcelhound.io/login" class="text-sm font-medium">Log in</a><a href="https://app.parcelhound.io/signup" class="rounded-full bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500">Start free trial</a></div></div></header>
<div class="flex-auto">
<div class="mx-auto max-w-3xl px-4 pt-16 sm:pt-24">
<a href="/blog" class="text-sm font-semibold text-indigo-600">&larr; All posts</a>
<div class="mt-8 flex items-center gap-x-4 text-xs"><time datetime="2024-09-17" class="text-slate-500">Sep 17, 2024</time><a href="/blog/category/engineering" class="relative z-10 rounded-full bg-slate-50 px-3 py-1.5 font-medium text-slate-600 hover:bg-slate-100">Engineering</a></div>
<h1 class="mt-4 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">{title}</h1>
<div class="mt-6 flex items-center gap-x-3"><img src="/team/priya.jpg" alt="" class="h-10 w-10 rounded-full bg-slate-50"><div class="text-sm leading-6"><p class="font-semibold text-slate-900">Priya Nandakumar</p><p class="text-slate-600">Head of Engineering</p></div></div>
<img src="/blog/label-errors-hero.jpg" alt="" class="mt-10 aspect-[16/9] w-full rounded-2xl bg-slate-100 object-cover">
<div class="prose prose-lg prose-slate mt-10 max-w-none prose-a:text-indigo-600">
{b.html()}
</div>
<div class="mt-16 rounded-2xl bg-indigo-50 p-8"><h2 class="text-xl font-semibold text-slate-900">Ship smarter with Parcelhound</h2><p class="mt-2 text-slate-600">Print labels for 40+ carriers from one screen, with rates compared automatically. Free for your first 200 shipments.</p><a href="https://app.parcelhound.io/signup" class="mt-4 inline-block rounded-full bg-indigo-600 px-5 py-2.5 text-sm font-semibold text-white">Start your free trial</a></div>
<div class="mt-10 flex gap-4 border-t border-slate-200 pt-6 text-sm"><span class="text-slate-500">Share this post</span><a href="#" class="text-slate-500 hover:text-slate-900">X</a><a href="#" class="text-slate-500 hover:text-slate-900">LinkedIn</a><a href="#" class="text-slate-500 hover:text-slate-900">Copy link</a></div>
</div>
<div class="mx-auto mt-24 max-w-6xl px-4"><h2 class="text-2xl font-bold tracking-tight text-slate-900">Keep reading</h2><div class="mt-8 grid gap-8 md:grid-cols-3">
{"".join(f'<div class="flex flex-col items-start"><img src="/blog/{i}.jpg" alt="" class="aspect-[16/9] w-full rounded-2xl bg-slate-100 object-cover"><div class="mt-6 flex items-center gap-x-4 text-xs"><time class="text-slate-500">{d}</time><span class="rounded-full bg-slate-50 px-3 py-1.5 font-medium text-slate-600">{c}</span></div><h3 class="mt-3 text-lg font-semibold leading-6 text-slate-900"><a href="/blog/{i}">{esc(t)}</a></h3><p class="mt-3 line-clamp-3 text-sm leading-6 text-slate-600">{esc(s)}</p></div>' for i, (t, s, c, d) in enumerate([("Why we rewrote our rate engine in Go", "Our rate comparison used to take two seconds per order. After the rewrite it takes forty milliseconds. Here is what we learned about caching carrier tariffs.", "Engineering", "Aug 29, 2024"), ("Peak season checklist for small warehouses", "Twelve things to sort out before November, from label stock to returns policies, based on what went wrong for our customers last year.", "Guides", "Aug 12, 2024"), ("Parcelhound now supports returns labels", "Customers can now generate a returns label from the order page, with carrier choice and prepaid options built in.", "Product", "Jul 30, 2024")]))}
</div></div>
<div class="mx-auto mt-24 max-w-6xl px-4"><div class="rounded-3xl bg-slate-900 px-6 py-12 sm:px-12"><h2 class="text-2xl font-bold text-white">Get shipping tips in your inbox</h2><p class="mt-2 text-slate-300">One email a month. Practical advice from people who ship for a living.</p><form class="mt-6 flex max-w-md gap-x-4"><input type="email" required class="min-w-0 flex-auto rounded-md bg-white/5 px-3.5 py-2 text-white" placeholder="Enter your email"><button type="submit" class="rounded-md bg-indigo-500 px-3.5 py-2.5 text-sm font-semibold text-white">Subscribe</button></form></div></div>
</div>
<footer class="mt-32 bg-slate-50"><div class="mx-auto max-w-6xl px-4 py-16"><div class="grid grid-cols-2 gap-8 md:grid-cols-4"><div><h3 class="text-sm font-semibold text-slate-900">Product</h3><ul class="mt-4 space-y-3 text-sm">{links(["Label printing", "Rate comparison", "Returns", "Tracking page", "Pricing"])}</ul></div><div><h3 class="text-sm font-semibold text-slate-900">Integrations</h3><ul class="mt-4 space-y-3 text-sm">{links(["Shopify", "WooCommerce", "Amazon", "eBay", "API"])}</ul></div><div><h3 class="text-sm font-semibold text-slate-900">Company</h3><ul class="mt-4 space-y-3 text-sm">{links(["About", "Careers", "Blog", "Press", "Contact"])}</ul></div><div><h3 class="text-sm font-semibold text-slate-900">Legal</h3><ul class="mt-4 space-y-3 text-sm">{links(["Privacy", "Terms", "DPA", "Security"])}</ul></div></div><p class="mt-12 border-t border-slate-200 pt-8 text-xs text-slate-500">&copy; 2024 Parcelhound Ltd. Registered in England and Wales, no. 12345678.</p></div></footer>
</body>
</html>
'''
    return html, b.truth()


@page("en-squarespace-kiln", "https://www.saltmarshpottery.co.uk/journal/the-first-wood-firing-of-the-year", "en",
      kind="Squarespace journal post: sqs-block html/image/newsletter blocks inside sqs-layout rows, BlogItem pagination, 'Older/Newer' titles")
def en_squarespace():
    b = Body()
    def block(paras):
        b.raw('<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_%d"><div class="sqs-block-content"><div class="sqs-html-content">' % len(b.parts))
        for kind, t in paras:
            if kind == "h":
                b.h(t, 3)
            else:
                b.p(t, '<p class="" style="white-space:pre-wrap;">{}</p>')
        b.raw('</div></div></div>')
    def image(cap):
        b.raw(f'<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/kiln-{len(b.parts)}.jpg" alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">{esc(cap)}</p></div></figcaption></figure></div></div></div>')
    block([("p", "We lit the big kiln on Friday morning at half past five, and by Sunday lunchtime we had fed it roughly two tonnes of larch and ash offcuts from the sawmill down the road. This was the first wood firing of the year, and the first with our new chimney, so there was more nervous pacing than usual."),
           ("p", "For anyone new here: we fire the anagama three or four times a year. It holds around three hundred pieces, takes two full days to pack and about fifty-five hours to fire, and it needs someone stoking it every few minutes the entire time. We do it in shifts, with friends, neighbours and a rota of very patient volunteers.")])
    image("Packing the front chamber on Thursday evening.")
    block([("h", "The new chimney"),
           ("p", "The old chimney had been cracking for two seasons and was drawing unevenly, which meant the back of the kiln always ran cooler than the front. Over the winter Dan rebuilt it two metres taller, with a damper we can actually reach without a ladder."),
           ("p", "The difference was obvious within a few hours. We reached temperature at the back almost six hours earlier than last autumn, and the ash deposits are far more even across the chamber. A few of the pieces on the back shelf have the kind of glassy green run that, until now, we only ever got right next to the firebox.")])
    b.raw('<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description"><p>Be the first to hear about kiln openings and new work in the shop.</p></div></div><div class="newsletter-form-body"><input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape">Sign Up</button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>')
    block([("h", "Unpacking"),
           ("p", "We opened the door on Thursday, after four days of cooling. There were losses, as there always are: a handful of mugs fused to their shelf, and a large jar that cracked on the way down. But most of the work came out beautifully, and some of it is among the best we have made."),
           ("p", "The kiln opening sale is on Saturday the 11th from ten until four at the studio. There will be tea, cake and a lot of pots. Anything left afterwards will go into the online shop the following week.")])
    title = "The first wood firing of the year"
    html = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- saltmarsh-pottery -->
<base href="">
<meta charset="utf-8" />
<title>{title} &mdash; Saltmarsh Pottery</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="canonical" href="https://www.saltmarshpottery.co.uk/journal/the-first-wood-firing-of-the-year"/>
<meta property="og:site_name" content="Saltmarsh Pottery"/>
<meta property="og:title" content="{title} &mdash; Saltmarsh Pottery"/>
<meta property="og:url" content="https://www.saltmarshpottery.co.uk/journal/the-first-wood-firing-of-the-year"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="We lit the big kiln on Friday morning at half past five..."/>
<meta itemprop="name" content="{title} — Saltmarsh Pottery"/>
<meta itemprop="author" content="Saltmarsh Pottery"/>
<meta itemprop="datePublished" content="2024-05-02T09:12:40+0100"/>
<meta itemprop="headline" content="{title}"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>
<script>Static.SQUARESPACE_CONTEXT = {{"facebookAppId":"314192535267336","rollups":{{}},"pageType":50,"website":{{"id":"5f1a","identifier":"saltmarsh-pottery","siteTitle":"Saltmarsh Pottery","language":"en-GB"}},"collection":{{"title":"Journal","typeName":"blog"}},"item":{{"title":"{title}"}}}};</script>
<script type="application/ld+json">{{"url":"https://www.saltmarshpottery.co.uk","name":"Saltmarsh Pottery","@context":"http://schema.org","@type":"WebSite"}}</script>
<script type="application/ld+json">{{"url":"https://www.saltmarshpottery.co.uk/journal/the-first-wood-firing-of-the-year","name":"{title}","datePublished":"2024-05-02T09:12:40+0100","headline":"{title}","author":{{"@type":"Person","name":"Saltmarsh Pottery"}},"@context":"http://schema.org","@type":"BlogPosting"}}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1a/24/site.css"/>
</head>
<body id="item-6633a" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-narrow tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name tweak-blog-item-show-author-bio header-overlay-alignment-center view-item collection-type-blog-basic-grid collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Saltmarsh Pottery</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/shop" data-animation-role="header-element">Shop</a></div><div class="header-nav-item header-nav-item--collection"><a href="/classes" data-animation-role="header-element">Classes</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" data-animation-role="header-element" aria-current="true">Journal</a></div><div class="header-nav-item header-nav-item--collection"><a href="/about" data-animation-role="header-element">About</a></div><div class="header-nav-item header-nav-item--collection"><a href="/visit" data-animation-role="header-element">Visit</a></div></nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">0</div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="6633a">
<section data-test="page-section" data-section-theme="" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid" data-section-id="6633b"><div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry hentry author-saltmarsh-pottery post-type-text article-index-1 category-kiln-log" data-item-id="6633c" id="article-6633c">
<div class="blog-item-wrapper"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=Kiln+log" class="blog-categories">Kiln log</a></span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-05-02">2 May</time></div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{title}</h1></div><div class="blog-item-author-date-wrapper"><div class="blog-item-author-profile-wrapper"><span class="blog-author-name">Saltmarsh Pottery</span></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1714637560000" id="item-6633c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{b.html()}
</div></div></div></div></div>
<div class="blog-item-author-bio"><p>Saltmarsh Pottery is a small studio on the Essex coast run by Ruth and Dan Aldous, making wood-fired tableware since 2012.</p></div>
<div class="blog-meta-item blog-meta-item--tags"><a href="/journal/tag/anagama">anagama</a>, <a href="/journal/tag/wood+firing">wood firing</a></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6633c"></div></div>
</div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/journal/new-glazes-for-spring" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">New glazes for spring</h2></a><a href="/journal/visiting-the-clay-pit" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">A day at the clay pit</h2></a></section>
</article>
</div></div></div></section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h4>Visit</h4><p class="">Saltmarsh Pottery, The Old Boathouse, Creek Lane, Tollesbury</p><p class="">Open Thursday to Saturday, 10am to 4pm</p></div></div></div></div><div class="col sqs-col-4 span-4"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list"><a href="https://instagram.com/saltmarshpottery" class="sqs-svg-icon--wrapper instagram-unauth"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></nav></div></div></div><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="">&copy; Saltmarsh Pottery 2024</p><p class=""><a href="/privacy">Privacy</a> &middot; <a href="/terms">Shop terms</a></p></div></div></div></div></div></div></div></div></section></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>
'''
    return html, b.truth()
