/*
 * chrome.c - recognise the site furniture that comes along when a whole web
 * page is selected and copied: skip links, share bars, advertisement labels,
 * "Related articles" boxes, cookie notices, copyright footers, breadcrumbs.
 *
 * A candidate line is folded (ASCII lower case, runs of space collapsed,
 * trailing punctuation and arrows cut) into a small stack buffer and looked
 * up in three short tables: whole-line phrases, line prefixes, and phrases
 * that open an end-of-article box (everything after them is chrome too).
 * Only short lines are folded, so the cost per line is bounded.
 */
#include "text_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

/* Whole lines that are chrome. Folded form. */
static const char *const chrome_lines[] = {
    "skip to main content",
    "skip to content",
    "skip to main navigation",
    "skip to navigation",
    "skip navigation",
    "jump to content",
    "jump to navigation",
    "skip to footer",
    "advertisement",
    /* a recipe blog's buttons */
    "jump to recipe",
    "jump to video",
    "print recipe",
    "pin recipe",
    "save recipe",
    "rate this recipe",
    "rate recipe",
    "advertisements",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "paid post",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share this page",
    "share article",
    "share story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share on linkedin",
    "share via email",
    "share on whatsapp",
    "tweet",
    "tweet this",
    "email",
    "e-mail",
    "print",
    "print this page",
    "facebook",
    "twitter",
    "x (twitter)",
    "x (formerly twitter)",
    "linkedin",
    "report this article",
    "report this post",
    "report this story",
    "content reported",
    "pinterest",
    "reddit",
    "whatsapp",
    "instagram",
    "youtube",
    "tiktok",
    "threads",
    "bluesky",
    "mastodon",
    "copy link",
    "copy link to clipboard",
    "link copied",
    "menu",
    "main menu",
    "open menu",
    "close menu",
    "toggle navigation",
    "toggle menu",
    "navigation",
    "search",
    "close",
    "home",
    "back to top",
    "scroll to top",
    "subscribe",
    "subscribe now",
    "sign in",
    "log in",
    "login",
    "log out",
    "sign up",
    "register",
    "my account",
    "donate",
    "donate now",
    "newsletter",
    "listen to this article",
    "listen",
    "save",
    "save article",
    "bookmark",
    "follow",
    "follow author",
    "follow the author",
    "loading",
    "you are here",
    "story continues below advertisement",
    "continue reading below",
    "story continues below",
    "story continues after advertisement",
    "article continues after advertisement",
    "content continues below",
    "article continues below",
    "article continues below advertisement",
    "scroll to continue with content",
    "continue reading",
    "read more",
    "read now",
    "read the full story",
    "keep reading",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "cookie policy",
    "cookie settings",
    "manage cookies",
    "accept",
    "accept all",
    "accept all cookies",
    "reject all",
    "accept cookies",
    "got it",
    "tags",
    "topics",
    "filed under",
    "categories",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "view image",
    "view images",
    "view larger image",
    "enlarge image",
    "image",
    "contact us",
    "about us",
    "site map",
    "sitemap",
    "rss",
    "feedback",
    "skip advertisement",
    "supported by",
    "share full article",
    "give this article",
    "gift article",
    "gift this article",
    "comment",
    "comment on this story",
    "member-only story",
    "open in app",
    "show more",
    "reply",
    "reuse this content",
    "is this page useful?",
    "was this page helpful?",
    "text to speech",
    "go to permalink",
    "permalink",
    "press enter to search",
    "type to search",
    "sections",
    "all sections",
    "more",
    "more options",
    "surprise me",
    "view comments",
    "view all",
    "see all",
    "load more",
    "show less",
    "expand",
    "collapse",
    "full screen",
    "fullscreen",
    "autoplay",
    "skip ad",
    "resize text",
    "print article",
    "view photos",
    "buy photo",
    "photo",
    "video",
    "continue reading the main story",
    /* Links between posts, share services, a blog's like button. */
    "next story",
    "previous story",
    "older article",
    "newer article",
    "older post",
    "newer post",
    "older posts",
    "newer posts",
    "older entries",
    "newer entries",
    "older stories",
    "newer stories",
    "pocket",
    "flipboard",
    "sms",
    "telegram",
    "messenger",
    "reblog",
    "pin it",
    "pin",
    "like this",
    "like loading",
    "read the rest",
    "jump to search",
    "jump to navigation jump to search",
    "jump to: navigation, search",
    /* German, French, Spanish: the same buttons and labels. */
    "zum inhalt springen",
    "weiter lesen", /* "read more" under a teaser */
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leer m\xc3\xa1s",
    "seguir leyendo",
    "zum inhalt",
    "men\xc3\xbc",
    "suche",
    "anmelden",
    "abonnieren",
    "startseite",
    "teilen",
    "artikel teilen",
    "artikel anh\xc3\xb6ren",
    "anzeige",
    "werbung",
    "weiterempfehlen",
    "impressum",
    "datenschutz",
    "kontakt",
    "aller au contenu",
    "partager",
    "publicit\xc3\xa9",
    "rechercher",
    "se connecter",
    "s'abonner",
    "accueil",
    "mentions l\xc3\xa9gales",
    "\xc3\xa9"
    "couter cet article",
    "ir al contenido",
    "compartir",
    "publicidad",
    "buscar",
    "article r\xc3\xa9serv\xc3\xa9 aux abonn\xc3\xa9s",
    "r\xc3\xa9serv\xc3\xa9 aux abonn\xc3\xa9s",
    "offrir l'article",
    "partager cet article",
    "artikel verschenken",
    "nur f\xc3\xbcr abonnenten",
    "exclusivo para suscriptores",
    "iniciar sesi\xc3\xb3n",
    "suscr\xc3\xad"
    "bete",
    "inicio",
    "aviso legal",
};

/* A link to the page's file with its format and size, as a report's
 * page offers it: "Download the full report (PDF, 2.4 MB)", "Download
 * (PDF)". A sentence telling how to download stays: the link names the
 * format in brackets. */
static bool
download_link(const char *f, size_t n, size_t words)
{
    static const char *const kinds[] = {"(pdf", "(docx", "(doc", "(epub", "(xlsx", "(zip"};
    if (words > 12 || strncmp(f, "download", 8) != 0 || f[n - 1] != ')')
        return false;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        const char *p = strstr(f, kinds[i]);
        size_t k = strlen(kinds[i]);
        if (p && (p[k] == ')' || p[k] == ',' || p[k] == ' '))
            return true;
    }
    return false;
}

/* The site owner's registration in its footer: "Clean Rivers is a
 * registered charity no. 1123456", "Registered charity number 20456".
 * The number closes the line, right after "no." or "number": a sentence
 * about a registration ("company number 08123456 was dissolved in
 * 2019") goes on past it. The registration stands alone or under its
 * owner's name ("X is a ..."): a sentence whose verb comes before it
 * ("The registry lists the firm under company number 08123456.") is
 * the text's own. */
static bool
registration_line(const char *f, size_t n, size_t words)
{
    static const char *const keys[] = {"registered charity", "charity number", "charity no",
                                       "company number", "registered in england"};
    const char *key = NULL;
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        const char *p = strstr(f, keys[i]);
        if (p && (!key || p < key))
            key = p;
    }
    if (words > 12 || !key)
        return false;
    size_t pre = (size_t)(key - f), owner = 0;
    if (pre >= 6 && !strncmp(key - 6, " is a ", 6))
        owner = pre - 6;
    else if (pre >= 4 && !strncmp(key - 4, " is ", 4))
        owner = pre - 4;
    else if (pre >= 2 && !strncmp(key - 2, ", ", 2))
        owner = pre - 2;
    else if (pre)
        return false;
    /* (the owner's name is a few words, none a verb of a sentence) */
    size_t owner_words = owner ? 1 : 0;
    for (size_t i = 0; i < owner; i++)
        owner_words += f[i] == ' ';
    if (owner_words > 5)
        return false;
    size_t e = n;
    if (e && f[e - 1] == '.')
        e--;
    size_t d = e;
    while (d > 0 && f[d - 1] >= '0' && f[d - 1] <= '9')
        d--;
    if (e - d < 5 || d < 4 || f[d - 1] != ' ')
        return false;
    return !strncmp(f + d - 4, "no. ", 4) || !strncmp(f + d - 4, " no ", 4) ||
           (d >= 7 && !strncmp(f + d - 7, "number ", 7));
}

/* A magazine's note that the piece ran in print under another headline:
 * "This article appears in the March 2021 print edition with the
 * headline ...", "A version of this article appears in print on ...".
 * "print" comes within three words of the opening, and the headline or
 * the issue is named: a sentence about the paper's archive has more
 * words between. */
static bool
print_edition_note(const char *f, size_t words)
{
    static const char *const opens[] = {"this article appears in ", "this article appeared in ",
                                        "a version of this article appears in ",
                                        "published in the print edition "};
    if (words > 40 || (!strstr(f, "headline") && !strstr(f, "issue")))
        return false;
    for (size_t i = 0; i < sizeof opens / sizeof *opens; i++) {
        size_t k = strlen(opens[i]);
        if (strncmp(f, opens[i], k) != 0)
            continue;
        if (!strncmp(opens[i], "published", 9))
            return true;
        const char *p = f + k;
        for (size_t w = 0; w <= 3 && *p; w++) {
            if (!strncmp(p, "print ", 6) &&
                (!strncmp(p + 6, "edition", 7) || !strncmp(p + 6, "on ", 3)))
                return true;
            const char *sp = strchr(p, ' ');
            if (!sp)
                break;
            p = sp + 1;
        }
    }
    return false;
}

/* A help link beside a counter or a widget ("367 Shares / What's
 * This?"), whole lines. Folded form. */
static const char *const help_links[] = {"what's this?", "what\xe2\x80\x99s this?"};

/* Lines that open an end-of-article box: drop them and what follows. */
static const char *const cut_lines[] = {
    "suggested topics", "related articles", "related", "related stories", "related story",
    "related posts", "related content", "related reading", "related links",
    "other topics that may interest you", "you may also like", "you might also like",
    "you may be interested in", "recommended", "recommended for you", "recommended reading",
    "more stories", "more articles", "more on this topic", "read next", "up next",
    "what to read next", "most popular", "most read", "trending", "trending now", "popular posts",
    "comments", "leave a comment", "leave a reply", "join the conversation", "post a comment",
    "show comments", "view comments", "latest news", "latest stories", "related topics",
    "more on this story", "explore more on these topics", "about the author", "related news",
    "related coverage", "more news",
    "post navigation", /* over the previous and the next posts' titles */
    /* The label of a link to the previous or next post, alone on its
     * line over that post's title. */
    "previous article", "next article", "article pr\303\251c\303\251dent", "article suivant",
    "vorheriger artikel", "n\303\244chster artikel", "art\303\255culo anterior",
    "art\303\255culo siguiente", "laisser un commentaire", "laisser une r\xc3\xa9ponse",
    "einen kommentar hinterlassen", "deja un comentario", "deja una respuesta",
    "sur le m\xc3\xaame sujet", "weitere artikel", "m\xc3\xa1s informaci\xc3\xb3n",
    "noticias relacionadas",
    /* End matter of encyclopedia pages (en, de, fr, es). */
    "see also", "references", "external links", "further reading", "siehe auch", "einzelnachweise",
    "weblinks", "voir aussi",
    "r\xc3\xa9"
    "f\xc3\xa9rences",
    "notes et r\xc3\xa9"
    "f\xc3\xa9rences",
    "liens externes",
    "v\xc3\xa9"
    "ase tambi\xc3\xa9n",
    "referencias", "enlaces externos", "kommentare", "commentaires", "comentarios",
    "mehr zum thema", "lire aussi", "\xc3\xa0 lire aussi", "te puede interesar",
    /* Japanese, Chinese and Korean "Related articles". */
    "\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b", /* 関連記事 */
    "\xe7\x9b\xb8\xe5\x85\xb3\xe6\x96\x87\xe7\xab\xa0", /* 相关文章 */
    "\xe7\x9b\xb8\xe9\x97\x9c\xe6\x96\x87\xe7\xab\xa0", /* 相關文章 */
    "\xea\xb4\x80\xeb\xa0\xa8\xea\xb8\xb0\xec\x82\xac", /* 관련기사 */
};

/* Prefixes of chrome lines (short lines only). */
static const char *const chrome_prefixes[] = {
    "share this ",
    "share on ",
    "follow us",
    "follow me on ",
    "sign up for",
    "subscribe to",
    "tagged:",
    "tagged with",
    "filed under",
    "topics:",
    "related topics:",
    "categories:",
    "posted in ",
    "advertisement",
    "read more:",
    "read more about",
    "see also:",
    "related:",
    "click here to",
    "sponsored by",
    "listen to this",
    "copyright",
    "(c) ",
    "all rights reserved",
    "this article was originally published",
    "image credit",
    "photo credit",
    "min read",
    "thanks for reading",
    "thank you for reading",
    "sign up to receive",
    "get the latest",
    "download our app",
    "support our work",
    "comments (", /* a counter ("Comments (none posted)"), not the comments */
    "image source,",
    "image caption,",
    "media caption,",
    "video caption,",
    "credit...",
    "credit: ",
    "photograph: ",
    "photo: ",
    "image: ",
    "foto: ",
    "bild: ",
    "reporting from ",
    "(photo: ",
    "(photo by ",
    "(photo credit: ",
    "(image: ",
    "(credit: ",
    "(photograph: ",
    "illustration by ",
    "photo illustration by ",
    "photo-illustration by ",
    "photograph by ",
    "photographs by ",
    "photo by ",
    "photos by ",
    "this article was featured",
    "previous post",
    "next post",
    "previous article",
    "next article",
    "lesezeit",
    "skip to ",
    "enter your ",
    "press enter to ",
    "click to ",
    "continue reading the main story",
    "temps de lecture",
    "tiempo de lectura",
    "report a problem",
    "lire aussi",
    "\xc3\xa0 lire aussi",
    "lesen sie auch",
    "lea tambi\xc3\xa9n",
    /* A blog's disclosure of its shop links, in its header or over its text. */
    "this post may contain affiliate links",
    "this post contains affiliate links",
    "this article may contain affiliate links",
    "this article contains affiliate links",
    "this page may contain affiliate links",
    /* Review credits under health and science bylines. */
    "reviewed by ",
    "medically reviewed by ",
    "fact checked by ",
    "fact-checked by ",
    /* An encyclopedia's notes on other pages of the same name. */
    "for other uses, see ",
    "not to be confused with ",
    /* Caption labels that screen readers get and a copy keeps. */
    "media caption ",
    "image caption ",
    "video caption ",
};

/* Buttons only beside other buttons ("Weiterempfehlen Drucken"): alone,
 * "Drucken" heads a how-to's step. */
static const char *const row_buttons[] = {"drucken"};

/* Prefixes that open an end-of-article box. */
static const char *const cut_prefixes[] = {
    "more from ", "more stories from ", "more stories by ", "more by ",          "more in ",
    "more on ",   "you may also like",  "related articles", "other topics that", "leave a reply",
};

#define FOLD_MAX 320

/* Fold s into out (at most FOLD_MAX-1 bytes); returns the length, or
 * (size_t)-1 when the line is too long to be furniture. */
static size_t
fold(const char *s, size_t len, char *out)
{
    size_t n = 0;
    bool space = false;
    /* A mark set before a label as decoration ("// Press enter to search"). */
    size_t from = 0;
    while (from < len && from < 4 && (s[from] == '/' || s[from] == '*' || s[from] == '~'))
        from++;
    if (from && (from == len || s[from] != ' '))
        from = 0;
    /* Japanese pages set a mark before a box's label, with no space:
     * "\xe3\x83\xbb" (a middle dot), "\xe2\x96\xa0", "\xe2\x97\x8f", "\xe2\x97\x86",
     * "\xe2\x96\xbc". */
    static const char *const marks[] = {"\xe3\x83\xbb", "\xe2\x96\xa0", "\xe2\x97\x8f",
                                        "\xe2\x97\x86", "\xe2\x96\xbc"};
    for (size_t m = 0; !from && len > 3 && m < sizeof marks / sizeof *marks; m++)
        if (memcmp(s, marks[m], 3) == 0)
            from = 3;
    for (size_t i = from; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            space = n > 0;
            continue;
        }
        if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
            space = n > 0; /* no-break space */
            i++;
            continue;
        }
        if (n + 2 >= FOLD_MAX)
            return (size_t)-1;
        if (space)
            out[n++] = ' ';
        space = false;
        /* Latin-1 capitals fold too ("À lire aussi", "Übersicht"): the
         * tables are written in lower case. */
        if (c == 0xC3 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
            (unsigned char)s[i + 1] <= 0x9E && (unsigned char)s[i + 1] != 0x97) {
            out[n++] = (char)c;
            out[n++] = (char)(s[++i] + 0x20);
            continue;
        }
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    /* Cut trailing punctuation and arrows: ":", ".", "…", ">", "»", "→", "›". */
    for (;;) {
        while (n && (out[n - 1] == ' ' || out[n - 1] == ':' || out[n - 1] == '.' ||
                     out[n - 1] == '>' || out[n - 1] == '|' || out[n - 1] == '!' ||
                     (out[n - 1] == '/' && n >= 2 && out[n - 2] == ' ')))
            n--;
        if (n >= 2 && (unsigned char)out[n - 2] == 0xC2 && (unsigned char)out[n - 1] == 0xBB) {
            n -= 2;
            continue;
        }
        if (n >= 3 && (unsigned char)out[n - 3] == 0xE2 &&
            (((unsigned char)out[n - 2] == 0x80 &&
              ((unsigned char)out[n - 1] == 0xA6 || (unsigned char)out[n - 1] == 0xBA)) ||
             ((unsigned char)out[n - 2] == 0x86 && (unsigned char)out[n - 1] == 0x92))) {
            n -= 3;
            continue;
        }
        break;
    }
    out[n] = '\0';
    return n;
}

/* The first byte is compared inline: most lines differ there, and the
 * library call costs more than the comparison. */
static bool
in_table(const char *s, const char *const *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i][0] == s[0] && strcmp(s, t[i]) == 0)
            return true;
    return false;
}

/* A link back to the list the article was filed in: "Back to all
 * news", "Retour vers toutes les actualit\xc3\xa9s". "Back to top" is a
 * button between sections. In English what follows is one of the
 * lists a site keeps ("Back to all the old places" heads an essay's
 * section); in the others, a label of one or two words. */
static bool
back_to_list(const char *f)
{
    static const char *const lists[] = {
        "news",     "posts",  "articles",    "stories",        "recipes",   "blog posts",
        "blogs",    "events", "episodes",    "projects",       "insights",  "updates",
        "reviews",  "videos", "podcasts",    "press releases", "resources", "guides",
        "products", "jobs",   "case studies"};
    static const char *const others[] = {"retour vers toutes ", "retour \xc3\xa0 toutes ",
                                         "zur\303\274ck zu allen ", "volver a todas "};
    /* The list's page, or the site's first page ("zur\303\274ck zur
     * Startseite"): the whole line is the link. Not "Back to Home" nor
     * "Volver al inicio": an essay's section may be headed so. */
    static const char *const homes[] = {"zur\303\274ck zur \303\274bersicht",
                                        "zur\303\274ck zur startseite",
                                        "back to homepage",
                                        "back to the homepage",
                                        "retour \303\240 l'accueil",
                                        "retour \303\240 la page d'accueil",
                                        "volver a la portada"};
    if (in_table(f, homes, sizeof homes / sizeof *homes))
        return true;
    if (!strncmp(f, "back to all ", 12))
        return in_table(f + 12, lists, sizeof lists / sizeof *lists);
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        size_t k = strlen(others[i]);
        if (strncmp(f, others[i], k))
            continue;
        const char *sp = strchr(f + k, ' ');
        return f[k] && (!sp || !strchr(sp + 1, ' '));
    }
    return false;
}

static bool
has_prefix(const char *s, const char *const *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i][0] == s[0] && strncmp(s, t[i], strlen(t[i])) == 0)
            return true;
    return false;
}

/* A post's tags under their label: "Tags: harbour, storms", "Schlagworte:
 * Hafen, Sturm". The label opening a sentence ("Stichworte: Notieren Sie
 * sich jeden Tag, ...", "Etiquetas: si compras ...") is the text's: the
 * rest ends as a sentence does, or runs on past eight words without a
 * comma. */
static bool
tag_list(const char *s, size_t len, const char *f, size_t n, size_t words)
{
    static const char *const labels[] = {
        "tags:", "labels:",
        /* The same label where German, French and Spanish sites print it. */
        "schlagworte:", "schlagw\xc3\xb6rter:", "stichworte:", "stichw\xc3\xb6rter:",
        "mots-cl\xc3\xa9s :", "mots-cl\xc3\xa9s:", "etiquetas:"};
    size_t k = 0;
    for (size_t i = 0; i < sizeof labels / sizeof *labels && !k; i++)
        if (!strncmp(f, labels[i], strlen(labels[i])))
            k = strlen(labels[i]);
    if (!k)
        return false;
    size_t label_words = 1 + (f[k - 2] == ' ');
    size_t rest = words > label_words ? words - label_words : 0;
    /* The fold cut the closing punctuation: read it from the line. */
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
        len--;
    char last = len ? s[len - 1] : 0;
    if (rest >= 4 && (last == '.' || last == '!' || last == '?'))
        return false;
    return rest <= 8 || memchr(f + k, ',', n - k) != NULL;
}

/* A cookie or consent banner, which can run to a few sentences. */
static bool
is_cookie_notice(const char *s, size_t len)
{
    if (len > 1000)
        return false;
    char low[1001];
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[len] = '\0';
    if (!strstr(low, "cookie"))
        return false;
    /* "We're using cookies to improve your experience. Click Here to find
     * out more." names no site: the use of cookies with a browsing word
     * tells ("the bakery is using cookies shaped like boats" does not). */
    bool using = strstr(low, "using cookies") || strstr(low, "uses cookies");
    bool browsing = strstr(low, "experience") || strstr(low, "click") ||
                    strstr(low, "learn more") || strstr(low, "find out more") ||
                    strstr(low, "privacy");
    return (using && browsing) || strstr(low, "we use") || strstr(low, "this site") ||
           strstr(low, "this website") ||
           strstr(low, "our site") || strstr(low, "our website") ||
           strstr(low, "by continuing") || strstr(low, "consent") || strstr(low, "accept");
}

/* A notice that the site's terms changed, which a consent banner shows
 * without naming cookies: "Our Terms of Service and Privacy Policy have
 * changed.", "By continuing to use this site, you are agreeing to the new
 * Privacy Policy". The policy's name with the site's own voice ("our",
 * "this site") and the change or the reader's assent; a news story about
 * a policy quotes its company, not "our". */
static bool
is_policy_notice(const char *s, size_t len)
{
    if (len > 300)
        return false;
    char low[301];
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[len] = '\0';
    if (!strstr(low, "privacy policy") && !strstr(low, "terms of service") &&
        !strstr(low, "terms of use"))
        return false;
    bool ours = !strncmp(low, "our ", 4) || strstr(low, "this site") || strstr(low, "this website");
    bool change = strstr(low, "have changed") || strstr(low, "has changed") ||
                  strstr(low, "have been updated") || strstr(low, "has been updated") ||
                  strstr(low, "have updated") || strstr(low, "by continuing") ||
                  strstr(low, "you are agreeing") || strstr(low, "you agree");
    return ours && change;
}

/* low holds the phrase w with no letter right before or after it. */
static bool
has_phrase(const char *low, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = strstr(low, w); p; p = strstr(p + 1, w)) {
        bool before = p > low && p[-1] >= 'a' && p[-1] <= 'z';
        bool after = p[n] >= 'a' && p[n] <= 'z';
        if (!before && !after)
            return true;
    }
    return false;
}

/* A notice that the reader's browser falls short of the site: "Thank
 * you for visiting example.org. You are using a browser version with
 * limited support for CSS. ...", "You are using an outdated browser.
 * Please upgrade your browser to improve your experience on this
 * site." It opens speaking to the reader ("you are using", "your
 * browser", "thank you for visiting"), names the shortfall as a phrase
 * ("outdated browser", "not supported") and the site as its own ("this
 * site", "our website"), and asks the reader to act ("please upgrade",
 * "for the best experience"). A how-to's or a forum's sentence on
 * updating a browser opens otherwise, names the reader's site ("your
 * site") or asks nothing. */
static bool
is_browser_notice(const char *s, size_t len)
{
    if (len > 600)
        return false;
    char low[601];
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[len] = '\0';
    bool thanks = !strncmp(low, "thank you for visiting ", 23);
    if (!thanks && strncmp(low, "you are using ", 14) && strncmp(low, "your browser ", 13))
        return false;
    static const char *const lacks[] = {
        "outdated browser", "out of date",          "out-of-date",         "browser version",
        "limited support",  "not supported",        "no longer supported", "unsupported browser",
        "older browser",    "upgrade your browser", "update your browser",
    };
    bool lack = false;
    for (size_t i = 0; !lack && i < sizeof lacks / sizeof *lacks; i++)
        lack = has_phrase(low, lacks[i]);
    bool site = thanks || has_phrase(low, "this site") || has_phrase(low, "this website") ||
                has_phrase(low, "our site") || has_phrase(low, "our website");
    /* ... and asks the reader to act, as a notice does: a sentence of
       the text that says the same ("Your browser may be out of date; to
       check, open this site", "... the message tells customers") asks
       nothing */
    static const char *const calls[] = {
        "please",          "upgrade",      "best experience", "better experience",
        "your experience", "we recommend", "switch to",       "update your browser"};
    bool call = false;
    for (size_t i = 0; !call && i < sizeof calls / sizeof *calls; i++)
        call = has_phrase(low, calls[i]);
    return has_phrase(low, "browser") && lack && site && call;
}

/* "5 min read", "12 comments", "3 minute read", "7\xe2\x80\x939 minutes" (a reading
 * time as Reader view prints it), "2 hours ago" and its de/fr/es forms. */
static bool
is_counter(const char *f)
{
    const char *p = f;
    /* A reading time's label: "Lecture 4 min.", "Lesezeit: 4 Min.". */
    static const char *const reading[] = {"lecture ", "lecture : ", "lesezeit ", "lesezeit: ",
                                          "lectura ", "lectura: ", "reading time ",
                                          "reading time: ", "temps de lecture : "};
    for (size_t i = 0; i < sizeof reading / sizeof *reading; i++)
        if (!strncmp(p, reading[i], strlen(reading[i])) && p[strlen(reading[i])] >= '0' &&
            p[strlen(reading[i])] <= '9') {
            p += strlen(reading[i]);
            f = p;
            break;
        }
    /* "Updated 2 hours ago", "Asked 15 years, 6 months ago" (a post's
       action and its age); "Viewed 14.2m times". */
    static const char *const acts[] = {"updated ",  "posted ",  "published ",
                                       "modified ", "edited ",  "asked ",
                                       "answered ", "created ", "last updated "};
    for (size_t i = 0; i < sizeof acts / sizeof *acts; i++) {
        size_t k = strlen(acts[i]);
        if (!strncmp(p, acts[i], k) && p[k] >= '0' && p[k] <= '9') {
            p += k, f = p;
            break;
        }
    }
    /* A recipe's or a product's rating: "5 from 23 votes", "4.8 from 120
       reviews". */
    if (*p >= '1' && *p <= '9') {
        const char *q = p;
        while ((*q >= '0' && *q <= '9') || *q == '.')
            q++;
        if (!strncmp(q, " from ", 6) && q[6] >= '0' && q[6] <= '9') {
            q += 6;
            while (*q >= '0' && *q <= '9')
                q++;
            if (!strcmp(q, " votes") || !strcmp(q, " vote") || !strcmp(q, " reviews") ||
                !strcmp(q, " review") || !strcmp(q, " ratings") || !strcmp(q, " rating"))
                return true;
        }
    }
    if (!strncmp(p, "viewed ", 7) && p[7] >= '0' && p[7] <= '9') {
        const char *sp = strchr(p + 7, ' ');
        return sp && !strcmp(sp, " times");
    }
    if (!strncmp(p, "vor ", 4))
        p += 4; /* "vor 2 Stunden" */
    else if (!strncmp(p, "il y a ", 7))
        p += 7;
    else if (!strncmp(p, "hace ", 5))
        p += 5;
    bool rel = p != f;
    const char *digits = p;
    while (*p >= '0' && *p <= '9')
        p++;
    if (p == digits)
        return false;
    /* A range: "7-9", "7\xe2\x80\x939". */
    if (*p == '-' || !strncmp(p, "\xe2\x80\x93", 3)) {
        p += *p == '-' ? 1 : 3;
        const char *q = p;
        while (*p >= '0' && *p <= '9')
            p++;
        if (p == q)
            return false;
    }
    if (*p != ' ')
        return false;
    p++;
    static const char *const units[] = {"min read", "minute read", "minutes read", "mins read",
                                        "comments", "comment", "shares", "min", "minutes",
                                        "mins", "min.", "minuten", "minutos"};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (!strcmp(p, units[i]))
            return true;
    /* "2 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 5 horas". */
    const char *sp = strchr(p, ' ');
    size_t ul = sp ? (size_t)(sp - p) : strlen(p);
    bool unit = false;
    static const char *const times[] = {"sec", "secs", "second", "seconds", "min", "mins",
                                        "minute", "minutes", "hour", "hours", "hr", "hrs",
                                        "day", "days", "week", "weeks", "month", "months",
                                        "year", "years", "stunde", "stunden", "tag", "tagen",
                                        "heure", "heures", "jour", "jours", "hora", "horas",
                                        "d\xc3\xad" "a", "d\xc3\xad" "as", "minuten", "minutos"};
    /* (an age in two units: "15 years, 6 months ago") */
    bool comma = !rel && sp && ul > 1 && p[ul - 1] == ',';
    for (size_t i = 0; i < sizeof times / sizeof *times; i++)
        if (strlen(times[i]) == ul - comma && !strncmp(p, times[i], ul - comma))
            unit = true;
    if (!unit)
        return false;
    if (comma) {
        const char *q = sp + 1, *d = q;
        while (*q >= '0' && *q <= '9')
            q++;
        const char *e = q > d && *q == ' ' ? strchr(q + 1, ' ') : NULL;
        bool unit2 = false;
        for (size_t i = 0; e && i < sizeof times / sizeof *times; i++)
            unit2 |= strlen(times[i]) == (size_t)(e - q - 1) &&
                     !strncmp(q + 1, times[i], (size_t)(e - q - 1));
        if (!unit2)
            return false;
        sp = e;
    }
    return rel ? !sp : (sp && !strcmp(sp, " ago"));
}

/* A count of words, the whole of f: "4312 words", "1,200 words",
 * "850 mots", "900 W\xc3\xb6rter". */
static bool
word_count(const char *f)
{
    const char *p = f;
    while ((*p >= '0' && *p <= '9') ||
           ((*p == ',' || *p == '.') && p > f && p[1] >= '0' && p[1] <= '9'))
        p++;
    if (p == f || *p != ' ')
        return false;
    p++;
    return !strcmp(p, "words") || !strcmp(p, "word") || !strcmp(p, "mots") ||
           !strcmp(p, "w\xc3\xb6rter") || !strcmp(p, "palabras");
}

/* A reading time with the length in words: "21 minutes - 4312 words",
 * "5 min read \xc2\xb7 1,200 words". Parts between spaced dashes, bars
 * or dots, each a counter or a count of words, one a count of words.
 * f is folded text of n bytes, writable. */
static bool
reading_stats(char *f, size_t n)
{
    static const char *const seps[] = {
        " - ", " | ", " \xc2\xb7 ", " \xe2\x80\xa2 ", " \xe2\x80\x93 ", " \xe2\x80\x94 "};
    size_t parts = 0, counts = 0, st = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t k = 0;
        for (size_t j = 0; i < n && !k && j < sizeof seps / sizeof *seps; j++)
            if (!strncmp(f + i, seps[j], strlen(seps[j])))
                k = strlen(seps[j]);
        if (!k && i < n)
            continue;
        char keep = f[i];
        f[i] = '\0';
        bool words = word_count(f + st);
        bool hit = i > st && (words || is_counter(f + st));
        f[i] = keep;
        if (!hit)
            return false;
        parts++;
        counts += words;
        if (i < n)
            i += k - 1, st = i + 1;
    }
    return parts >= 2 && counts >= 1;
}

/* A bare web address standing as a line: the site's name in Reader view
 * ("example.org"), or a link printed under a picture. One word, a dot
 * inside, nothing but URL characters. */
static bool
is_address(const char *s, size_t len, const char *f, size_t n)
{
    if (n < 4 || strchr(f, ' '))
        return false;
    /* Addresses are printed in lower case; "Node.js" and "ASP.NET" are names. */
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            return false;
    if (!strncmp(f, "http://", 7) || !strncmp(f, "https://", 8) || !strncmp(f, "www.", 4))
        return true;
    bool dot = false;
    for (size_t i = 0; i < n; i++) {
        char c = f[i];
        if (c == '.' && i > 0 && i + 2 < n && f[i - 1] != '.')
            dot = true;
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                   c == '/'))
            return false;
    }
    /* "e.g" and "a.m" are words; a domain's last label has two letters or more
     * ("2019.03.05", all digits, is a date). */
    const char *last = strrchr(f, '.');
    if (!dot || !last || strlen(last) < 3 || last - f < 3)
        return false;
    for (const char *p = last + 1; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            return true;
    return false;
}

/* A picture's file name standing as a line ("WEB18-Facebook-1160x768.jpg"),
 * as a copy keeps the alternative text of an image that has none. */
static bool
is_file_name(const char *f, size_t n)
{
    static const char *const exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"};
    if (strchr(f, ' '))
        return false;
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++) {
        size_t k = strlen(exts[i]);
        if (n > k + 1 && !strcmp(f + n - k, exts[i]))
            return true;
    }
    return false;
}

/* A caption with an agency credit glued on without a label: "The Moulin
 * Rouge in Paris Benoit Tessier/Reuters". One of the last two words is a
 * photographer's name, a slash and the agency ("Tessier/Reuters"); four
 * words or more, no sentence end. */
static bool
is_agency_caption(const char *s, size_t len)
{
    if (len < 20 || len > 300 || s[len - 1] == '.' || s[len - 1] == '?' || s[len - 1] == '!')
        return false;
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    if (words < 4)
        return false;
    size_t end = len;
    for (int w = 0; w < 2 && end > 0; w++) {
        size_t st = end;
        while (st > 0 && s[st - 1] != ' ')
            st--;
        const char *slash = memchr(s + st, '/', end - st);
        /* ... a name's, not an address's path ("Instagram.com/JaneDoe"). */
        if (slash && slash > s + st + 1 && slash + 1 < s + end && s[st] >= 'A' && s[st] <= 'Z' &&
            slash[-1] >= 'a' && slash[-1] <= 'z' && slash[1] >= 'A' && slash[1] <= 'Z' &&
            !memchr(s + st, '.', (size_t)(slash - s) - st))
            return true;
        end = st > 0 ? st - 1 : 0;
    }
    return false;
}

/* Picture agencies whose name closes a credit, or a caption with its
 * credit glued on: "Jane Roe/AFP/Getty Images", "A harbour at dusk
 * Getty Images". Only names that mean a picture's source. */
static const char *const picture_agencies[] = {"getty images", "getty", "shutterstock",
                                               "istock", "istockphoto", "alamy",
                                               "alamy stock photo", "ap photo", "afp"};

/* A word starting with an upper-case letter at s[i]. */
static bool
capital_at(const char *s, size_t i)
{
    return (s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3;
}

/* A picture's credit standing as a line, or closing a caption: folded f
 * ends with a picture agency's name after a space or a slash; or the
 * line s is a photographer's name of two words or more, a slash and who
 * they shot for ("Ana Lima/Coast Weekly", "ANA LIMA/AFP"), every word
 * capitalised and no sentence's end. A "By" line is a byline. */
static bool
is_picture_credit(const char *s, size_t len, const char *f, size_t n)
{
    if (n < 3 || !strncmp(f, "by ", 3) || s[len - 1] == '.' || s[len - 1] == '?' ||
        s[len - 1] == '!')
        return false;
    for (size_t i = 0; i < sizeof picture_agencies / sizeof *picture_agencies; i++) {
        size_t k = strlen(picture_agencies[i]);
        if (n >= k && !strcmp(f + n - k, picture_agencies[i]) &&
            (n == k ? k > 4 : (f[n - k - 1] == ' ' || f[n - k - 1] == '/')))
            return true;
    }
    const char *slash = memchr(s, '/', len);
    if (!slash || slash == s || slash + 1 >= s + len)
        return false;
    size_t at = (size_t)(slash - s), before = 1, words = 1;
    if (s[at - 1] == ' ' || !capital_at(s, at + 1) || !capital_at(s, 0))
        return false;
    /* A dot between letters in the word before the slash makes it an
     * address's path ("Facebook: Facebook.com/JaneDoe"), not a name's; an
     * abbreviation's dot ends the name ("Jane Roe Jr./AP"). */
    for (size_t i = at; i-- > 0 && s[i] != ' ';)
        if (s[i] == '.' && i + 1 < at && (s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z')
            return false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ')
            continue;
        if (i + 1 >= len || !capital_at(s, i + 1))
            return false;
        words++;
        before += i < at;
    }
    return before >= 2 && before <= 3 && words <= 7;
}

/* A picture's credit with its licence, set as a line under the text
 * or a caption: a picture's label and a colon, then the picture's
 * source and the licence it is used under ("Image illustrative : Lots
 * of Lego by Ana Lima, en licence Creative Commons by", "Photo: Harbour
 * at dusk by Joe Park, CC BY-SA 2.0"). f is folded text of n bytes. */
static bool
is_licensed_credit(const char *f, size_t n, size_t words)
{
    static const char *const labels[] = {"image illustrative",
                                         "image d'illustration",
                                         "photo d'illustration",
                                         "illustration",
                                         "image",
                                         "photo",
                                         "photograph",
                                         "picture",
                                         "header image",
                                         "featured image",
                                         "cover image",
                                         "bild",
                                         "foto",
                                         "titelbild",
                                         "beitragsbild",
                                         "imagen",
                                         "foto de portada"};
    /* A licence by its name: the bare word "licence" may be the
     * paragraph's subject ("Picture: a licence is a promise ..."). */
    static const char *const licences[] = {"creative commons",
                                           "cc by",
                                           "cc-by",
                                           "cc0",
                                           "public domain",
                                           "domaine public",
                                           "dominio p\xc3\xba"
                                           "blico",
                                           "gemeinfrei"};
    if (words > 40)
        return false;
    size_t at = 0;
    for (size_t i = 0; i < sizeof labels / sizeof *labels && !at; i++) {
        size_t k = strlen(labels[i]);
        if (n > k + 1 && !strncmp(f, labels[i], k)) {
            size_t j = k;
            if (f[j] == ' ')
                j++;
            if (j < n && f[j] == ':')
                at = j + 1;
        }
    }
    if (!at)
        return false;
    for (size_t i = 0; i < sizeof licences / sizeof *licences; i++)
        if (strstr(f + at, licences[i]))
            return true;
    return false;
}

/* A caption with its credit glued on: "Residents clear mud from a street.
 * Photograph: Max Huber/Reuters", "... (Photo: Ana Lima/AP)", "Harbour
 * Wall (Image: Ana Lima/Coast News)". The credit
 * label must stand in the line's last stretch, after a sentence or in
 * brackets. */
static bool
is_credited_caption(const char *f, size_t n)
{
    static const char *const labels[] = {". photograph: ", ". photo: ", ". photos: ",
                                         ". foto: ", ". bild: ", ". credit: ", "(photo: ",
                                         "(foto: ", "(photograph: ", "(credit: ", ". photo credit: ",
                                         ". illustration: ", ". image: ", "(image: ",
                                         "(picture: ", "(pic: "};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        const char *at = strstr(f, labels[i]);
        if (at && (size_t)(at - f) > 10 && n - (size_t)(at - f) < 70)
            return true;
    }
    return false;
}

/* A caption whose credit was copied glued to its last sentence, the two
 * spans with no space between them: "Crews dig up a street.CreditJane
 * Roe/The Daily". The label stands in the line's last stretch, right
 * after a sentence's end and right before a capital (or the label again,
 * printed twice for screen readers). */
static bool
is_glued_credit(const char *s, size_t len)
{
    static const char *const labels[] = {"Credit", "Photograph", "Photo", "Image"};
    size_t from = len > 80 ? len - 80 : 1;
    for (size_t i = from; i < len; i++) {
        unsigned char p = (unsigned char)s[i - 1];
        /* A sentence's end: . ! ? or a closing quote (ASCII or U+201D). */
        bool end = p == '.' || p == '!' || p == '?' || p == '"' ||
                   (p == 0x9D && i >= 3 && (unsigned char)s[i - 3] == 0xE2);
        if (!end || i < 20)
            continue;
        for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
            size_t m = strlen(labels[k]);
            if (i + m >= len || memcmp(s + i, labels[k], m) != 0)
                continue;
            /* the label may end in an ellipsis ("Credit...Jane Roe") */
            if (i + m + 3 < len && !memcmp(s + i + m, "...", 3))
                m += 3;
            else if (i + m + 3 < len && !memcmp(s + i + m, "\xE2\x80\xA6", 3))
                m += 3;
            if (s[i + m] >= 'A' && s[i + m] <= 'Z')
                return true;
        }
    }
    return false;
}

/* A caption closing with its credit in brackets: "... during the
 * storm. (Ann Lee / Harbour Press)". After a sentence's end, the
 * photographer and who they shot for, parted by a slash, every word
 * capitalised; eight words at most. */
static bool
is_bracketed_credit(const char *s, size_t len)
{
    if (len < 24 || s[len - 1] != ')')
        return false;
    size_t o = len - 1;
    while (o > 0 && s[o] != '(')
        o--;
    if (o < 12 || s[o - 1] != ' ' || s[o - 2] != '.')
        return false;
    /* "(Photo by Jane Roe / Staff)": the label says it */
    static const char *const labels[] = {"Photo by ", "Photos by ", "Photograph by ",
                                         "Image by ", "Photo: ",    "Photo courtesy of "};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t n = strlen(labels[k]);
        if (len - o > n + 3 && !strncmp(s + o + 1, labels[k], n) && s[o + 1 + n] >= 'A' &&
            s[o + 1 + n] <= 'Z' && len - o < 80)
            return true;
    }
    size_t words = 1;
    bool slash = false;
    for (size_t i = o + 1; i + 1 < len; i++) {
        if (s[i] == '/') {
            slash = true;
            continue;
        }
        if (s[i] != ' ' || s[i + 1] == '/')
            continue;
        words++;
        if (!((s[i + 1] >= 'A' && s[i + 1] <= 'Z') || (unsigned char)s[i + 1] >= 0xC3))
            return false;
    }
    return slash && words >= 2 && words <= 8 && s[o + 1] >= 'A' && s[o + 1] <= 'Z';
}

/* The header of a comments section, with its count: "There are 12
 * comments", "There is 1 comment", "12 responses to ...", "12 comments
 * on ...". A counter alone ("12 comments") is a button anywhere. */
static bool
comments_header(const char *f)
{
    const char *p = f;
    if (!strncmp(p, "there are ", 10))
        p += 10;
    else if (!strncmp(p, "there is ", 9))
        p += 9;
    const char *d = p;
    while (*p >= '0' && *p <= '9')
        p++;
    if (p == d || *p != ' ')
        return false;
    p++;
    if (d != f)
        return !strcmp(p, "comments") || !strcmp(p, "comment") || !strcmp(p, "responses") ||
               !strcmp(p, "replies");
    return !strncmp(p, "responses to ", 13) || !strncmp(p, "comments on ", 12) ||
           !strncmp(p, "replies to ", 11);
}

/* The comment form's label, the whole line: "Write a comment",
 * "\303\211crire un commentaire" (folded to lower case). A tutorial may
 * head a section so (lines.c keeps it there). */
static bool
comment_form(const char *f)
{
    static const char *const forms[] = {
        "write a comment",        "add a comment",       "\303\251crire un commentaire",
        "ajouter un commentaire", "kommentar schreiben", "escribir un comentario"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (!strcmp(f, forms[i]))
            return true;
    return false;
}

/* The prompt that opens a comments section under the article: "Want
 * to comment on this article? Sign in", "Vous d\xc3\xa9sirez commenter cet
 * article? Ouvrez une session". Asked as a question: "declined to
 * comment on this article" is the text's. */
static bool
comment_prompt(const char *f)
{
    static const char *const asks[] = {"comment on this article?", "comment on this story?",
                                       "commenter cet article?", "commenter cet article ?"};
    for (size_t i = 0; i < sizeof asks / sizeof *asks; i++) {
        const char *at = strstr(f, asks[i]);
        if (at && at - f < 40)
            return true;
    }
    return comment_form(f);
}

/* A relative age, the whole of folded f: "2 hours ago", "a day ago". */
static bool
age_phrase(const char *f, size_t n)
{
    char one[48];
    if (n < 7 || n + 2 >= sizeof one || strncmp(f + n - 4, " ago", 4) != 0)
        return false;
    if (!strncmp(f, "a ", 2))
        snprintf(one, sizeof one, "1 %.*s", (int)(n - 2), f + 2);
    else if (!strncmp(f, "an ", 3))
        snprintf(one, sizeof one, "1 %.*s", (int)(n - 3), f + 3);
    else
        snprintf(one, sizeof one, "%.*s", (int)n, f);
    return is_counter(one);
}

/* One to three words of a commenter's name or handle, none a number nor
 * a byline's lead. */
static bool
commenter(const char *f, size_t n)
{
    static const char *const leads[] = {"by", "posted", "updated", "published", "von",
                                        "par", "por", "written"};
    if (n == 0 || (f[0] >= '0' && f[0] <= '9'))
        return false;
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += f[i] == ' ';
    const char *sp = memchr(f, ' ', n);
    size_t w0 = sp ? (size_t)(sp - f) : n;
    for (size_t i = 0; i < sizeof leads / sizeof *leads; i++)
        if (strlen(leads[i]) == w0 && !strncmp(f, leads[i], w0))
            return false;
    return words <= 3;
}

/* The first spaced separator in f from i (" | ", " \xe2\x80\xa2 ", " \xc2\xb7 "):
 * its offset, its length in *k; n when there is none. */
static size_t
comment_sep(const char *f, size_t n, size_t i, size_t *k)
{
    static const char *const seps[] = {" | ", " \xe2\x80\xa2 ", " \xc2\xb7 "};
    for (; i < n; i++)
        for (size_t j = 0; j < sizeof seps / sizeof *seps; j++) {
            size_t l = strlen(seps[j]);
            if (i + l <= n && !memcmp(f + i, seps[j], l)) {
                *k = l;
                return i;
            }
        }
    *k = 0;
    return n;
}

/* "Anonymous said...", "Jane Roe said\xe2\x80\xa6", "Anonym hat gesagt...":
 * a blog engine's head over a reader's comment, the name and the verb
 * with its ellipsis alone on the line; WordPress's "Jane Roe says:" with
 * its colon. News and mail introduce quotes with "said:" and "wrote:",
 * and no pronoun, title or article opens a commenter's name ("She
 * said...", "Mr Smith said:", "A spokesperson said..."). */
static bool
said_head(const char *s, size_t len, const char *f, size_t n)
{
    static const char *const verbs[] = {" said", " hat gesagt", " a dit",
                                        " dijo", " disse",      " zei"};
    static const char *const firsts[] = {"he",  "she", "they", "i",    "we",  "you", "it", "er",
                                         "sie", "il",  "elle", "a",    "an",  "the", "mr", "mrs",
                                         "ms",  "dr",  "mr.",  "mrs.", "ms.", "dr."};
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    bool ellipsis =
        len >= 3 && (!memcmp(s + len - 3, "...", 3) || !memcmp(s + len - 3, "\xe2\x80\xa6", 3));
    bool colon = !ellipsis && len >= 1 && s[len - 1] == ':';
    if (!ellipsis && !colon)
        return false;
    /* (the fold may keep the mark or not) */
    size_t e = n;
    while (e > 0 && (f[e - 1] == '.' || f[e - 1] == ':' || f[e - 1] == ' '))
        e--;
    if (e >= 3 && !memcmp(f + e - 3, "\xe2\x80\xa6", 3))
        e -= 3;
    size_t name = 0;
    if (colon) {
        if (e > 5 && !memcmp(f + e - 5, " says", 5))
            name = e - 5;
    } else {
        for (size_t v = 0; v < sizeof verbs / sizeof *verbs && !name; v++) {
            size_t l = strlen(verbs[v]);
            if (e > l && !memcmp(f + e - l, verbs[v], l))
                name = e - l;
        }
    }
    if (!name)
        return false;
    size_t w0 = strcspn(f, " ");
    if (w0 > name)
        w0 = name;
    for (size_t p = 0; p < sizeof firsts / sizeof *firsts; p++)
        if (strlen(firsts[p]) == w0 && !memcmp(f, firsts[p], w0))
            return false;
    return commenter(f, name);
}

bool
rd_text_said_head(const char *s, size_t len)
{
    char f[FOLD_MAX];
    size_t n = fold(s, len, f);
    if (n == (size_t)-1 || n == 0 || n > 160)
        return false;
    f[n] = '\0';
    return said_head(s, len, f, n);
}

bool
rd_text_comment_head(const char *s, size_t len)
{
    char f[FOLD_MAX];
    size_t n = fold(s, len, f), k;
    if (n == (size_t)-1 || n == 0 || n > 160)
        return false;
    f[n] = '\0';
    size_t e = comment_sep(f, n, 0, &k);
    /* "jdoe 1 day ago | parent | next": the name, its age, buttons. */
    if (e < n && e > 4 && !strncmp(f + e - 4, " ago", 4)) {
        size_t a = e, words = 0;
        while (a > 0 && words < 3) {
            a--;
            if (f[a] == ' ')
                words++;
        }
        if (words == 3 && age_phrase(f + a + 1, e - a - 1) && commenter(f, a))
            return true;
    }
    /* "Jane Doe \xe2\x80\xa2 3 years ago": the name, a separator, the age. */
    if (e < n && commenter(f, e)) {
        size_t k2, e2 = comment_sep(f, n, e + k, &k2);
        return age_phrase(f + e + k, e2 - e - k);
    }
    return false;
}

/* A paywall's or a fundraiser's note, folded f: "You have reached your
 * limit of 3 free articles", "Subscribe to continue reading", "Our
 * journalism depends on donations from readers like you"; or a call for
 * the reader's word under the text ("Submit a letter to the editor").
 * What follows it is the box (a form, buttons, offers, the author's
 * card), never the article. */
static bool
is_appeal(const char *f, size_t words)
{
    static const char *const alone[] = {
        "subscribe to continue",
        "subscribe to keep reading",
        "subscribe now to continue",
        "to continue reading, subscribe",
        "support our journalism",
        "support independent journalism",
        "support quality journalism",
        "journalism depends on",
        "donations from readers",
        "become a member to continue",
        "already a subscriber? log in",
        "already a subscriber? sign in",
        /* Calls for the reader's word on the article, under it: a
         * letter, a comment, a contribution. */
        "hear what you think about this",
        "submit a letter to the editor",
        "sharing and discussing this article",
        "share your voice on",
        "send us a tip",
    };
    if (words > 40)
        return false;
    for (size_t i = 0; i < sizeof alone / sizeof *alone; i++)
        if (strstr(f, alone[i]))
            return true;
    /* "You have read 2 of 3 free articles", "reached your allowance of 3
     * free articles": a count of free articles told to the reader. */
    return strstr(f, "free article") && strstr(f, "you");
}

/* Whether a sentence of folded f opens with one of the words: at the
 * start, or after ". ", "? " or "! ". */
static bool
sentence_opens(const char *f, const char *const *w, size_t nw)
{
    for (const char *p = f; p && *p;) {
        for (size_t i = 0; i < nw; i++)
            if (!strncmp(p, w[i], strlen(w[i])))
                return true;
        const char *e = p;
        while (*e && !((*e == '.' || *e == '?' || *e == '!') && e[1] == ' '))
            e++;
        p = *e ? e + 2 : NULL;
    }
    return false;
}

/* A newsletter's pitch to the reader: a sentence opening with "Get",
 * "Sign up" or "Subscribe" on a line that names a newsletter ("City
 * news never sleeps. Get the Daily newsletter and don't miss a
 * moment."). A sentence about a newsletter has its subject first ("The
 * council will get the newsletter out by May"). */
static bool
newsletter_pitch(const char *f, size_t words)
{
    static const char *const verbs[] = {"get ", "sign up", "subscribe"};
    /* "Get the day's top stories in your inbox": an offer, not "get used
       to a full inbox" */
    static const char *const offers[] = {"get the ",    "get our ", "get a ",   "get daily ",
                                         "get weekly ", "sign up",  "subscribe"};
    if (words <= 20 && (strstr(f, " in your inbox") || strstr(f, " to your inbox")) &&
        sentence_opens(f, offers, sizeof offers / sizeof *offers))
        return true;
    return words <= 30 && strstr(f, "newsletter") &&
           sentence_opens(f, verbs, sizeof verbs / sizeof *verbs);
}

/* Topics' tags standing as a line: "#harbour wall", "#storms #ferries".
 * A hash mark glued to a letter, four words at most, no punctuation
 * ("#1 hit" is a rank, "#Harbour, again?" a post). */
static bool
tag_line(const char *s, size_t len, size_t words)
{
    if (len < 3 || s[0] != '#' || words > 4 || (!capital_at(s, 1) && !(s[1] >= 'a' && s[1] <= 'z')))
        return false;
    for (size_t i = 1; i < len; i++)
        if (strchr(".,;:!?", s[i]) || (s[i] == '#' && s[i - 1] != ' '))
            return false;
    return true;
}

/* A sign-up form's promise, in its own voice: "No spam.", "you won't
 * get spam", "We'll never spam you", "Unsubscribe at any time." "No
 * spam" and "Unsubscribe" must open a sentence, and the promise speak to
 * the reader ("Users won't get spam, the company said" is a story's). */
static bool
signup_promise(const char *f, size_t words)
{
    static const char *const alone[] = {"no spam.",
                                        "no spam,",
                                        "no spam!",
                                        "no spam ever",
                                        "unsubscribe at any time",
                                        "unsubscribe anytime",
                                        "you can unsubscribe"};
    static const char *const inside[] = {"you won't get spam", "you won\xe2\x80\x99t get spam",
                                         "won't spam you",     "won\xe2\x80\x99t spam you",
                                         "never spam you",     "we will not spam",
                                         "we won't spam",      "we won\xe2\x80\x99t spam"};
    if (words > 30)
        return false;
    if (!strcmp(f, "no spam") || sentence_opens(f, alone, sizeof alone / sizeof *alone))
        return true;
    for (size_t i = 0; i < sizeof inside / sizeof *inside; i++)
        if (strstr(f, inside[i]))
            return true;
    return false;
}

/* A button with its count glued on or after a space ("teilen17",
 * "Tweet 0", "Share 12"): the words before the count are a chrome line.
 * f is folded text of n bytes, writable. */
static bool
button_with_count(char *f, size_t n)
{
    size_t e = n;
    while (e > 0 && f[e - 1] >= '0' && f[e - 1] <= '9')
        e--;
    if (e == n || n - e > 6)
        return false;
    size_t w = e;
    if (w > 0 && f[w - 1] == ' ')
        w--;
    if (w < 3)
        return false;
    char keep = f[w];
    f[w] = '\0';
    bool hit = in_table(f, chrome_lines, sizeof chrome_lines / sizeof *chrome_lines);
    f[w] = keep;
    return hit;
}

/* A slide counter at the head of s: "3/50", "3 / 50", "3 of 50", with
 * 1 <= k <= n and n >= 3, followed by a space or the end. Returns the
 * bytes it takes (0 when there is none). */
size_t
rd_text_slide_counter(const char *s, size_t len, unsigned *k, unsigned *n)
{
    size_t i = 0;
    unsigned a = 0, b = 0;
    while (i < len && i < 4 && s[i] >= '0' && s[i] <= '9')
        a = a * 10 + (unsigned)(s[i++] - '0');
    if (i == 0 || i >= len || (s[i] >= '0' && s[i] <= '9'))
        return 0;
    if (s[i] == '/')
        i++;
    else if (i + 2 < len && s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ')
        i += 3;
    else if (i + 4 < len && !strncmp(s + i, " of ", 4))
        i += 4;
    else
        return 0;
    size_t d = i;
    while (i < len && i - d < 4 && s[i] >= '0' && s[i] <= '9')
        b = b * 10 + (unsigned)(s[i++] - '0');
    if (i == d || (i < len && s[i] != ' ') || a < 1 || b < 3 || a > b)
        return 0;
    *k = a, *n = b;
    return i;
}

/* A toggle's two states copied together: "FollowFollowing",
 * "RecommendRecommended", "BookmarkBookmarked Share More". The line's
 * first word is a capitalised word of four letters or more glued to a
 * longer form of itself; the line has four words at most. */
static bool
is_toggle(const char *s, size_t len)
{
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    if (words > 4 || len < 9 || s[0] < 'A' || s[0] > 'Z')
        return false;
    size_t x = 1;
    while (x < len && s[x] >= 'a' && s[x] <= 'z')
        x++;
    if (x < 4 || 2 * x >= len || memcmp(s, s + x, x) != 0)
        return false;
    return s[2 * x] >= 'a' && s[2 * x] <= 'z';
}

/* A feedback widget's question alone on its line: "Was this article
 * helpful?", "Did you find this page useful?", "Is this answer helpful
 * to you?". Only the whole question about "this" page, article,
 * story, post or answer: a sentence that asks it of something else
 * ("Was the ferry helpful?") is the text's; one about this step or tip
 * is the widget's only over its buttons (boxes.c). f is folded text. */
static bool
feedback_question(const char *f)
{
    static const char *const opens[] = {"was this ", "is this ", "did you find this "};
    static const char *const things[] = {"page ",   "article ",     "story ",  "post ",
                                         "answer ", "information ", "content "};
    static const char *const ends[] = {"helpful?", "useful?", "helpful to you?", "useful to you?"};
    size_t at = 0;
    for (size_t o = 0; o < sizeof opens / sizeof *opens && !at; o++)
        if (!strncmp(f, opens[o], strlen(opens[o])))
            at = strlen(opens[o]);
    size_t t = 0;
    for (size_t k = 0; at && k < sizeof things / sizeof *things && !t; k++)
        if (!strncmp(f + at, things[k], strlen(things[k])))
            t = strlen(things[k]);
    for (size_t e = 0; t && e < sizeof ends / sizeof *ends; e++)
        if (!strcmp(f + at + t, ends[e]))
            return true;
    return false;
}

/* Buttons on one line between spaced bars or slashes, each a chrome line
 * of its own or a counter: "Sign in / Sign up", "Login | Register",
 * "Share / Tweet / 82 Comments"; a footer's pair of legal links joined
 * by an ampersand, "Impressum & Datenschutz". f is folded text of n
 * bytes, writable. */
static bool
chrome_pair(char *f, size_t n)
{
    size_t parts = 0, st = 0;
    for (size_t i = 0; i <= n; i++) {
        bool sep = i + 2 < n && f[i] == ' ' &&
                   (f[i + 1] == '/' || f[i + 1] == '|' || f[i + 1] == '&') && f[i + 2] == ' ';
        if (!sep && i < n)
            continue;
        char keep = f[i];
        f[i] = '\0';
        bool hit =
            i > st && (in_table(f + st, chrome_lines, sizeof chrome_lines / sizeof *chrome_lines) ||
                       is_counter(f + st));
        f[i] = keep;
        if (!hit)
            return false;
        parts++;
        if (i < n)
            i += 2, st = i + 1;
    }
    return parts >= 2;
}

/* Bytes of the menu separator at s: "|", "\xe2\x80\xa2" (bullet), "\xe2\x96\xaa" (small
 * square), "\xc2\xb7" (middle dot); 0 when there is none. */
static size_t
menu_sep(const char *s, size_t len)
{
    if (s[0] == '|')
        return 1;
    if (len >= 3 && !memcmp(s, "\xe2\x80\xa2", 3))
        return 3;
    if (len >= 3 && !memcmp(s, "\xe2\x96\xaa", 3))
        return 3;
    if (len >= 2 && !memcmp(s, "\xc2\xb7", 2))
        return 2;
    return 0;
}

/* Whether s[0..len) is one entry of a menu row: a word or four (six for
 * the first, which may carry the menu's name), capitalised, no sentence. */
static bool
menu_row_entry(const char *s, size_t len, bool first)
{
    while (len && s[0] == ' ')
        s++, len--;
    while (len && s[len - 1] == ' ')
        len--;
    if (!len || len > 48)
        return false;
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += s[i] == ' ';
    unsigned char c = (unsigned char)s[0];
    return words <= (first ? 6u : 4u) &&
           ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3) &&
           !strchr(".?!,;", s[len - 1]);
}

/* A site's menu copied onto one line, as footers print it: five entries
 * or more between bars, bullets, squares or dots ("About | Jobs | Press
 * | Help | Terms", "Politics \xe2\x96\xaa Science \xe2\x96\xaa ..."), an empty entry at either end
 * aside; or two words or more that are all buttons ("Facebook Twitter",
 * "Share  Tweet  Share"), or three buttons making half the words at
 * least ("Facebook Twitter Google+ Mobile RSS"). f is folded text of n
 * bytes, writable. */
static bool
menu_row(const char *s, size_t len, char *f, size_t n)
{
    /* A table's row opens with its bar, or parts its cells with tabs. */
    size_t entries = 0, st = 0;
    bool ok = s[0] != '|' && !memchr(s, '\t', len);
    for (size_t i = 0; i <= len && ok;) {
        size_t k = i < len ? menu_sep(s + i, len - i) : 1;
        if (!k) {
            i++;
            continue;
        }
        bool edge = (st == 0 || i == len) && strspn(s + st, " ") >= i - st;
        if (!edge) {
            ok = menu_row_entry(s + st, i - st, entries == 0);
            entries++;
        }
        i += k;
        st = i;
    }
    if (ok && entries >= 5)
        return true;
    size_t words = 0, buttons = 0;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && f[e] != ' ')
            e++;
        char keep = f[e];
        f[e] = '\0';
        buttons += in_table(f + i, chrome_lines, sizeof chrome_lines / sizeof *chrome_lines) ||
                   in_table(f + i, row_buttons, sizeof row_buttons / sizeof *row_buttons);
        f[e] = keep;
        words++;
        i = e + 1;
    }
    return words >= 2 && words <= 8 && (buttons == words || (buttons >= 3 && 2 * buttons >= words));
}

/* A page's own buttons, worded as commands about the page: "Diese
 * Seite drucken", "Email this article", "Empfiehl dies deinen
 * Freunden.", one or several run together on a line, maybe with the
 * stop or colon a label ends with ("Artikel empfehlen:"). Each is
 * several words naming the page or the reader's friends; a line that
 * says more is text ("Diese Seite drucken Sie am besten quer."). f is
 * folded text of n bytes. Returns how many buttons the line holds, 0
 * when it is no such line. */
static size_t
page_actions(const char *f, size_t n)
{
    static const char *const acts[] = {"print this page",
                                       "print this article",
                                       "print this story",
                                       "print this post",
                                       "email this page",
                                       "email this article",
                                       "email this story",
                                       "email this post",
                                       "e-mail this page",
                                       "e-mail this article",
                                       "send to a friend",
                                       "email to a friend",
                                       "recommend to a friend",
                                       "recommend this article",
                                       "diese seite drucken",
                                       "seite drucken",
                                       "artikel drucken",
                                       "diese seite per email verschicken",
                                       "diese seite per e-mail verschicken",
                                       "diese seite per mail verschicken",
                                       "artikel per e-mail versenden",
                                       "artikel per mail versenden",
                                       "artikel versenden",
                                       "artikel empfehlen",
                                       "seite empfehlen",
                                       "beitrag empfehlen",
                                       "empfiehl dies deinen freunden",
                                       "imprimer cet article",
                                       "imprimer la page",
                                       "imprimer cette page",
                                       "envoyer par e-mail",
                                       "envoyer par email",
                                       "envoyer \xc3\xa0 un ami",
                                       "imprimir art\xc3\xad"
                                       "culo",
                                       "imprimir esta p\xc3\xa1gina",
                                       "enviar por correo",
                                       "enviar por email",
                                       "enviar por e-mail"};
    if (n && (f[n - 1] == '.' || f[n - 1] == ':'))
        n--;
    size_t i = 0, hits = 0;
    while (i < n) {
        size_t k = 0;
        for (size_t t = 0; t < sizeof acts / sizeof *acts && !k; t++) {
            size_t m = strlen(acts[t]);
            if (i + m <= n && !strncmp(f + i, acts[t], m) && (i + m == n || f[i + m] == ' '))
                k = m;
        }
        if (!k)
            return 0;
        hits++;
        i += k;
        while (i < n && f[i] == ' ')
            i++;
    }
    return hits;
}

/* Share targets, each after the same small word: "sur Facebook sur
 * Twitter sur Zinc", "on Facebook on Twitter" - two pairs or more, one
 * target a known button. f is folded text of n bytes, writable. */
static bool
share_targets(char *f, size_t n)
{
    static const char *const conns[] = {"on", "sur", "auf", "en", "via"};
    size_t pairs = 0, known = 0, cl = 0;
    const char *conn = NULL;
    for (size_t i = 0, w = 0; i < n; w++) {
        size_t e = i;
        while (e < n && f[e] != ' ')
            e++;
        if (w % 2 == 0) {
            if (!conn) {
                for (size_t c = 0; c < sizeof conns / sizeof *conns && !conn; c++)
                    if (e - i == strlen(conns[c]) && !strncmp(f + i, conns[c], e - i))
                        conn = conns[c], cl = e - i;
                if (!conn)
                    return false;
            } else if (e - i != cl || strncmp(f + i, conn, cl) != 0) {
                return false;
            }
        } else {
            char keep = f[e];
            f[e] = '\0';
            known += in_table(f + i, chrome_lines, sizeof chrome_lines / sizeof *chrome_lines);
            f[e] = keep;
            pairs++;
        }
        i = e + 1;
        if (i >= n && w % 2 == 0)
            return false; /* a word left over */
    }
    return pairs >= 2 && known >= 1;
}

/* Arrow code point at s (*back: it points back, as "\xc2\xab" and "\xe2\x86\x90" do),
 * its byte length, else 0. */
static size_t
pager_arrow(const char *s, size_t len, bool *back)
{
    uint32_t cp;
    size_t k = (unsigned char)s[0] >= 0x80 ? utf8_decode(s, len, &cp) : 0;
    if (!k)
        return 0;
    *back = cp == 0x00AB || cp == 0x2039 || cp == 0x2190;
    return *back || cp == 0x00BB || cp == 0x203A || cp == 0x2192 ? k : 0;
}

/* A pager between the pages of a book or a series: a short line that
 * opens with an arrow back, ends with one onwards and parts its links
 * with bars or double colons ("\xc2\xab Setup :: Contents :: Usage \xc2\xbb"),
 * the previous page's name first and the next page's last. */
static bool
is_pager(const char *s, size_t len)
{
    if (len < 4 || len > 200)
        return false;
    bool back = false, back2 = true;
    size_t k = pager_arrow(s, len, &back);
    if (!k || !back)
        return false;
    size_t e = len;
    while (e > k && ((unsigned char)s[e - 1] & 0xC0) == 0x80)
        e--;
    if (e <= k || !pager_arrow(s + e - 1, len - (e - 1), &back2) || back2)
        return false;
    /* Its parts stand between separators ("::", "|"): a name in
     * guillemets alone ("\xc2\xab Le Grand D\xc3\xa9part \xc2\xbb") is a title. */
    size_t words = 0, seps = 0;
    for (size_t i = k; i + 1 < e; i++) {
        words += s[i] == ' ' && s[i + 1] != ' ';
        seps += s[i] == '|' || (s[i] == ':' && s[i + 1] == ':');
    }
    return words <= 16 && seps >= 1;
}

/* A post's filing without its colon, as a theme prints its label and
 * links: "Categories Featured, Reviews, Skiing", "Tags harbour, wall".
 * A list of short entries parted by commas, no sentence. */
static bool
filing_line(const char *f, size_t n)
{
    static const char *const labels[] = {"categories ", "category ", "tags ", "tagged "};
    size_t from = 0;
    for (size_t i = 0; i < sizeof labels / sizeof *labels && !from; i++)
        if (n > strlen(labels[i]) && !strncmp(f, labels[i], strlen(labels[i])))
            from = strlen(labels[i]);
    if (!from || f[n - 1] == '.' || f[n - 1] == '?')
        return false;
    size_t commas = 0, words = 1, entry = 0; /* spaces inside the entry */
    for (size_t i = from; i < n; i++) {
        if (f[i] == ',')
            commas++, entry = 0;
        else if (f[i] == ' ' && f[i - 1] != ',' && ++entry >= 3)
            return false; /* an entry of four words or more: a sentence */
        words += f[i] == ' ';
    }
    return commas >= 1 && words <= 16;
}

/* An entry of a blog's archive: a month and its year with the count of
 * posts in brackets ("November 2019 (1)"); no date of the page. */
static bool
archive_entry(const char *f, size_t n)
{
    size_t digits = 0;
    if (n < 8 || f[n - 1] != ')')
        return false;
    while (digits + 2 < n && f[n - 2 - digits] >= '0' && f[n - 2 - digits] <= '9')
        digits++;
    if (!digits || f[n - 2 - digits] != '(' || f[n - 3 - digits] != ' ')
        return false;
    rd_text_date dt;
    return rd_text_date_find(f, n - 3 - digits, NULL, &dt) && dt.whole && dt.month && !dt.day &&
           dt.start == 0 && dt.end == n - 3 - digits;
}

/* A series' navigator made of arrows and its buttons' words only:
 * "<< First Page < Previous Page <[ Previous Chapter  Next Chapter ]>
 * Next Page > Most Recent Page >>", "\xc2\xab Previous | Next \xc2\xbb"; or one
 * button with its arrow, "\xe2\x86\x90 Previous post", "N\xc3\xa4chste \xe2\x86\x92"
 * (a word alone, "Next", may head a section; its arrow makes it a link). */
static bool
nav_buttons(const char *s, size_t len)
{
    static const char *const words[] = {"first",
                                        "previous",
                                        "prev",
                                        "next",
                                        "last",
                                        "most",
                                        "recent",
                                        "latest",
                                        "oldest",
                                        "newest",
                                        "older",
                                        "newer",
                                        "page",
                                        "chapter",
                                        "comic",
                                        "post",
                                        "posts",
                                        "episode",
                                        "entry",
                                        "vorherige",
                                        "n\xc3\xa4"
                                        "chste",
                                        "pr\xc3\xa9"
                                        "c\xc3\xa9"
                                        "dent",
                                        "suivant",
                                        "anterior",
                                        "siguiente"};
    size_t moves = 0, arrows = 0;
    for (size_t i = 0; i < len && len <= 200;) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '|') {
            i++;
            continue;
        }
        if (c == '<' || c == '>' || c == '[' || c == ']') {
            arrows++;
            i++;
            continue;
        }
        bool back;
        size_t k = c >= 0x80 ? pager_arrow(s + i, len - i, &back) : 0;
        if (k) {
            arrows++;
            i += k;
            continue;
        }
        size_t e = i;
        while (e < len && s[e] != ' ' && s[e] != '\t' && s[e] != '<' && s[e] != '>' &&
               s[e] != '[' && s[e] != ']' && s[e] != '|')
            e++;
        bool known = false;
        for (size_t w = 0; w < sizeof words / sizeof *words && !known; w++)
            known = strlen(words[w]) == e - i && strncasecmp(s + i, words[w], e - i) == 0;
        if (!known)
            return false;
        moves +=
            (e - i >= 4 &&
             (strncasecmp(s + i, "prev", 4) == 0 || strncasecmp(s + i, "next", 4) == 0 ||
              strncasecmp(s + i, "older", 5) == 0 || strncasecmp(s + i, "newer", 5) == 0 ||
              strncasecmp(s + i, "vorherige", 9) == 0 ||
              strncasecmp(s + i,
                          "n\xc3\xa4"
                          "chste",
                          8) == 0 ||
              strncasecmp(s + i,
                          "pr\xc3\xa9"
                          "c\xc3\xa9"
                          "dent",
                          11) == 0 ||
              strncasecmp(s + i, "suivant", 7) == 0 || strncasecmp(s + i, "anterior", 8) == 0 ||
              strncasecmp(s + i, "siguiente", 9) == 0));
        i = e;
    }
    return moves >= 1 && arrows >= 1;
}

/* A token of a page-number bar other than a number: "Page:", "Next",
 * "Previous", an arrow or an ellipsis. */
static bool
page_bar_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "page", "page:", "pages", "pages:", "next", "previous", "prev", "\xc2\xab", "\xc2\xbb",
        "\xe2\x80\xb9", "\xe2\x80\xba", "\xe2\x86\x90", "\xe2\x86\x92", "\xe2\x80\xa6",
        "...", "|"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
            return true;
    return false;
}

/* A bar of page numbers under a story split over pages: "Page: 1 2 3
 * Next \xe2\x86\x92", "\xc2\xab Previous 1 2 3 4 Next \xc2\xbb". Two numbers or more,
 * each one more than the last (an ellipsis may skip some), and a word
 * or an arrow of the bar; nothing else. */
static bool
page_number_bar(const char *s, size_t len)
{
    if (len > 120)
        return false;
    long last = -1;
    size_t numbers = 0, marks = 0;
    bool skip = false;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < len && s[i] != ' ')
            i++;
        if (i == st)
            break;
        size_t d = st;
        long v = 0;
        while (d < i && s[d] >= '0' && s[d] <= '9' && v < 100000)
            v = v * 10 + (s[d++] - '0');
        if (d == i) {
            if (last >= 0 && v != last + 1 && !(skip && v > last))
                return false;
            last = v, numbers++, skip = false;
        } else if (page_bar_word(s + st, i - st)) {
            marks++;
            skip = skip || s[st] == '.' || (unsigned char)s[st] == 0xE2;
        } else {
            return false;
        }
    }
    return numbers >= 2 && marks >= 1;
}

/* A link to the previous or next post: an arrow back and a space opening
 * the line ("\xc2\xab On the new ferry, a plan with no money"), or a space and
 * an arrow onwards closing it ("The lighthouse reopens \xe2\x86\x92"), with a
 * headline of three to twenty words and no arrow the other way (a French
 * quotation opens with \xc2\xab and closes with \xc2\xbb; it is no link). */
static bool
post_link(const char *s, size_t len)
{
    if (len < 8 || len > 200)
        return false;
    bool back = false, back2 = false;
    size_t k = pager_arrow(s, len, &back), body_s = 0, body_e = len;
    if (k && back && s[k] == ' ') {
        body_s = k + 1;
    } else {
        size_t e = len;
        while (e > 0 && ((unsigned char)s[e - 1] & 0xC0) == 0x80)
            e--;
        if (e < 2 || s[e - 2] != ' ' || !pager_arrow(s + e - 1, len - (e - 1), &back2) || back2)
            return false;
        body_e = e - 2;
    }
    /* A quotation in guillemets inside the headline ("\xe2\x86\x90 The plan to
     * hire \xc2\xab stars \xc2\xbb") is no arrow. */
    const char *lq = NULL, *rq = NULL;
    for (size_t i = body_s; i + 1 < body_e && !rq; i++) {
        if (!lq && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xAB)
            lq = s + i;
        else if (lq && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBB)
            rq = s + i;
    }
    size_t words = 1;
    for (size_t i = body_s; i < body_e; i++) {
        bool b;
        if ((unsigned char)s[i] >= 0x80 && pager_arrow(s + i, body_e - i, &b) &&
            !(rq && (s + i == lq || s + i == rq)))
            return false; /* an arrow inside: a quotation or a pager */
        words += s[i] == ' ';
    }
    /* A headline after an arrow back may cry out or ask ("\xe2\x86\x90 The
     * first meeting is set!"); a sentence never opens with that arrow. */
    char last = s[body_e - 1];
    return words >= 3 && words <= 20 && last != '.' && (body_s > 0 || (last != '!' && last != '?'));
}

/* A short label in brackets and nothing else, with no punctuation:
 * "[Edit]", "【活用ガイド】" ("usage guide"), "［PR］": a link or a tag set
 * as a button, no title. */
static bool
bracketed_label(const char *s, size_t len)
{
    static const char *const pairs[][2] = {
        {"[", "]"}, {"\xe3\x80\x90", "\xe3\x80\x91"}, {"\xef\xbc\xbb", "\xef\xbc\xbd"}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        size_t o = strlen(pairs[i][0]), c = strlen(pairs[i][1]);
        if (len <= o + c || len > 64 || memcmp(s, pairs[i][0], o) != 0 ||
            memcmp(s + len - c, pairs[i][1], c) != 0)
            continue;
        size_t words = 1;
        for (size_t k = o; k < len - c; k++) {
            if (s[k] == ' ')
                words++;
            /* "[Alden: Et tu, Lexi?]": a line of dialogue, no label;
             * "[NAME，OUTLET]" (a full-width comma) is a credit. */
            if (strchr(".,;:?!", s[k]) ||
                (k + 2 < len && (unsigned char)s[k] == 0xEF && (unsigned char)s[k + 1] == 0xBC &&
                 (unsigned char)s[k + 2] == 0x8C) ||
                (k + 2 < len && (unsigned char)s[k] == 0xE3 && (unsigned char)s[k + 1] == 0x80 &&
                 ((unsigned char)s[k + 2] == 0x81 || (unsigned char)s[k + 2] == 0x82)))
                return false;
            /* "[a] and [b]": two labels, or text with its notes. */
            if (!memcmp(s + k, pairs[i][1], c) || !memcmp(s + k, pairs[i][0], o))
                return false;
        }
        return words <= 4;
    }
    return false;
}

/* A box of other stories picked for the reader: "Faves For You",
 * "Picked for you", "Stories for you" - two to four words ending with
 * "for you", as "Recommended for you". A heading that asks ("What It
 * Means for You", "Is It Right for You") is the text's. */
static bool
picks_for_you(const char *f, size_t n, size_t words)
{
    static const char *const asks[] = {"what ", "why ",  "how ",   "is ",  "are ",  "which ",
                                       "who ",  "when ", "where ", "can ", "does ", "should "};
    if (words < 2 || words > 4 || n < 9 || strcmp(f + n - 8, " for you") != 0)
        return false;
    for (size_t i = 0; i < sizeof asks / sizeof *asks; i++)
        if (!strncmp(f, asks[i], strlen(asks[i])))
            return false;
    return true;
}

/* A link copied with the note screen readers get ("Purchase Licensing
 * Rights, opens new tab", "Our Standards (opens in a new window)"): a
 * link of a few words on its own line is the page's, not the text's. */
static bool
new_tab_link(const char *f, size_t n)
{
    static const char *const notes[] = {"opens new tab",       "opens in new tab",
                                        "opens in a new tab",  "opens new window",
                                        "opens in new window", "opens in a new window"};
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += f[i] == ' ';
    if (words > 14)
        return false;
    size_t e = n;
    while (e && (f[e - 1] == ')' || f[e - 1] == ' '))
        e--;
    for (size_t k = 0; k < sizeof notes / sizeof *notes; k++) {
        size_t m = strlen(notes[k]);
        /* set off by a comma or a bracket: "Click it, which opens in a
           new tab" is a sentence */
        if (e > m + 2 && !memcmp(f + e - m, notes[k], m) &&
            (f[e - m - 1] == '(' || (f[e - m - 1] == ' ' && f[e - m - 2] == ',')) &&
            (f[e - m - 1] != ' ' || e == n))
            return true;
    }
    return false;
}

/* A box of stories the site's people pick: "Editors recommend", "We
 * recommend", "Newsroom recommends" - two or three words ending with
 * the verb, no question ("Why doctors recommend" heads a section). */
static bool
picks_by(const char *f, size_t n, size_t words)
{
    if (words < 2 || words > 3 || !strncmp(f, "why ", 4) || !strncmp(f, "what ", 5) ||
        !strncmp(f, "how ", 4))
        return false;
    return (n > 11 && !strcmp(f + n - 11, " recommends")) ||
           (n > 10 && !strcmp(f + n - 10, " recommend"));
}

bool
rd_text_is_picks_label(const char *s, size_t len)
{
    char f[FOLD_MAX];
    size_t n = fold(s, len, f);
    if (n == (size_t)-1 || n == 0)
        return false;
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += f[i] == ' ';
    return picks_by(f, n, words);
}

bool
rd_text_is_comment_form(const char *s, size_t len)
{
    char f[FOLD_MAX];
    size_t n = fold(s, len, f);
    return n != (size_t)-1 && n && comment_form(f);
}

bool
rd_text_is_page_action(const char *s, size_t len)
{
    char f[FOLD_MAX];
    size_t n = fold(s, len, f);
    return n != (size_t)-1 && page_actions(f, n) == 1;
}

rd_text_chrome
rd_text_chrome_kind(const char *s, size_t len)
{
    if (is_pager(s, len) || page_number_bar(s, len) || bracketed_label(s, len) ||
        post_link(s, len) || nav_buttons(s, len))
        return RD_TEXT_CHROME_LINE;
    char f[FOLD_MAX];
    size_t n = fold(s, len, f);
    if (n == (size_t)-1)
        return is_cookie_notice(s, len) || is_policy_notice(s, len) || is_browser_notice(s, len)
                   ? RD_TEXT_CHROME_LINE
                   : RD_TEXT_CHROME_NONE;
    if (n == 0)
        return RD_TEXT_CHROME_NONE;
    if (in_table(f, cut_lines, sizeof cut_lines / sizeof *cut_lines))
        return RD_TEXT_CHROME_CUT;
    if (comments_header(f) || comment_prompt(f))
        return RD_TEXT_CHROME_END;
    /* The same with its count: "View comments (27)". A count with a
     * word ("(5 posted)", "(none posted)") is a counter between
     * articles. */
    char *paren = strrchr(f, '(');
    size_t digits = 0;
    while (paren && paren[1 + digits] >= '0' && paren[1 + digits] <= '9')
        digits++;
    if (paren && paren > f + 1 && paren[-1] == ' ' && digits > 0 && paren[1 + digits] == ')' &&
        paren + 2 + digits == f + n) {
        *--paren = '\0';
        bool cut = in_table(f, cut_lines, sizeof cut_lines / sizeof *cut_lines);
        *paren = ' ';
        if (cut)
            return RD_TEXT_CHROME_CUT;
    }
    if (in_table(f, chrome_lines, sizeof chrome_lines / sizeof *chrome_lines) ||
        in_table(f, help_links, sizeof help_links / sizeof *help_links) || chrome_pair(f, n) ||
        is_toggle(s, len) || menu_row(s, len, f, n) || share_targets(f, n) ||
        page_actions(f, n) >= 2 || feedback_question(f))
        return RD_TEXT_CHROME_LINE;
    if ((unsigned char)f[0] == 0xC2 && (unsigned char)f[1] == 0xA9) /* © */
        return RD_TEXT_CHROME_LINE;
    if (button_with_count(f, n) || new_tab_link(f, n))
        return RD_TEXT_CHROME_LINE;
    /* A gallery's counter alone ("1 of 24", "1 / 5"). */
    unsigned sk, sn;
    if (rd_text_slide_counter(f, n, &sk, &sn) == n)
        return RD_TEXT_CHROME_LINE;
    if (archive_entry(f, n) || filing_line(f, n) || is_counter(f) || reading_stats(f, n) ||
        is_address(s, len, f, n) || is_credited_caption(f, n) || is_glued_credit(s, len) ||
        is_bracketed_credit(s, len) || is_file_name(f, n) || is_agency_caption(s, len) ||
        is_picture_credit(s, len, f, n) || strstr(f, "all rights reserved"))
        return RD_TEXT_CHROME_LINE;
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += f[i] == ' ';
    if (words <= 8 && (has_prefix(f, cut_prefixes, sizeof cut_prefixes / sizeof *cut_prefixes) ||
                       back_to_list(f)))
        return RD_TEXT_CHROME_CUT;
    if (is_appeal(f, words))
        return RD_TEXT_CHROME_CUT;
    /* A pitch may stand inside the text, over more of it: only the line
     * goes. */
    if (newsletter_pitch(f, words) || signup_promise(f, words) || tag_line(s, len, words) ||
        is_licensed_credit(f, n, words) || download_link(f, n, words) ||
        registration_line(f, n, words) || print_edition_note(f, words))
        return RD_TEXT_CHROME_LINE;
    if (picks_for_you(f, n, words) || picks_by(f, n, words))
        return RD_TEXT_CHROME_CUT;
    /* A sponsor's label, its logo left out of the copy: "US & Canada is
     * sponsored by", "Presented by". */
    static const char *const sponsor[] = {"sponsored by", "presented by", "powered by",
                                          "brought to you by", "in partnership with"};
    for (size_t i = 0; words <= 10 && i < sizeof sponsor / sizeof *sponsor; i++) {
        size_t k = strlen(sponsor[i]);
        if (n >= k && !strcmp(f + n - k, sponsor[i]) && (n == k || f[n - k - 1] == ' '))
            return RD_TEXT_CHROME_LINE;
    }
    /* Share buttons run together: "Email ThisBlogThis!Share to
     * TwitterShare to Facebook", "Teilen auf Facebook: 0Teilen auf
     * Twitter: 0" (a count glued to the next button). */
    if (words <= 14) {
        static const char *const verbs[] = {"share to ", "share on ", "teilen auf ",
                                            "partager sur ", "compartir en "};
        size_t shares = 0, glued = 0;
        for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++) {
            size_t vl = strlen(verbs[v]);
            for (const char *p = f; (p = strstr(p, verbs[v])) != NULL; p += vl) {
                shares++;
                /* Glued to the button before: its last letter or its
                 * count ("0Teilen auf"), not an opening quote or sign. */
                glued += p > f && ((p[-1] >= 'a' && p[-1] <= 'z') ||
                                   (p[-1] >= '0' && p[-1] <= '9') || p[-1] == '!');
            }
        }
        if (shares >= 2 && glued)
            return RD_TEXT_CHROME_LINE;
    }
    /* A counter glued to its button: "2559Comments. Click to view comments". */
    if (words <= 8 && strstr(f, ". click to "))
        return RD_TEXT_CHROME_LINE;
    if (words <= 20 &&
        (has_prefix(f, chrome_prefixes, sizeof chrome_prefixes / sizeof *chrome_prefixes) ||
         tag_list(s, len, f, n, words)))
        return RD_TEXT_CHROME_LINE;
    if (is_cookie_notice(s, len) || is_policy_notice(s, len) || is_browser_notice(s, len))
        return RD_TEXT_CHROME_LINE;
    /* A publisher's disclaimer under a contributor's name ("Opinions
     * expressed by Coast Weekly Contributors are their own."); a recipe
     * card's call for the reader's verdict ("Tried this recipe? Let us
     * know how it was!"); a fundraiser's plea ("We believe ... Please
     * support our nonprofit newsroom."), only as a sentence of its own. */
    static const char *const pleas[] = {"please support our nonprofit newsroom",
                                        "please support our non-profit newsroom"};
    if ((words <= 20 && !strncmp(f, "opinions expressed by ", 22) && strstr(f, " their own")) ||
        (words <= 14 && !strncmp(f, "tried this recipe", 17) &&
         (strstr(f, "let us know") || s[len - 1] == '?')) ||
        (words <= 30 && sentence_opens(f, pleas, sizeof pleas / sizeof *pleas)))
        return RD_TEXT_CHROME_LINE;
    /* The same notes in their other shapes: "\"Sea wall\" redirects here.
     * For the film, see ...", "This article is about the defence. For the
     * film, see ...". */
    if (words <= 30 && (strstr(f, " redirects here. ") ||
                        (!strncmp(f, "this article is about ", 22) && strstr(f, ", see "))))
        return RD_TEXT_CHROME_LINE;
    return RD_TEXT_CHROME_NONE;
}

/* Separator at s, its byte length in *k: › » > / | · • → (or ">>");
 * *arrow tells whether it points onwards (› » > →). */
static bool
crumb_sep(const char *s, size_t len, size_t *k, bool *arrow)
{
    unsigned char c = (unsigned char)s[0];
    if (c == '>' || c == '/' || c == '|') {
        /* Doubled, as some sites set it: "Home >> News >> Story". */
        *k = len > 1 && (unsigned char)s[1] == c ? 2 : 1;
        *arrow = c == '>';
        return true;
    }
    if (c < 0x80)
        return false;
    uint32_t cp;
    size_t n = utf8_decode(s, len, &cp);
    if (n && (cp == 0x203A || cp == 0x00BB || cp == 0x00B7 || cp == 0x2022 || cp == 0x2192)) {
        *k = n;
        *arrow = cp != 0x00B7 && cp != 0x2022;
        return true;
    }
    return false;
}

bool
rd_text_is_breadcrumb(const char *s, size_t len)
{
    if (len > 200)
        return false;
    /* Parts of at most four words between at least two separators that
     * stand alone (spaces around them). A trail of arrows ("Home > News >
     * ...") may end with the page's own title, which is longer and may
     * hold a comma or a question mark. */
    size_t seps = 0, words = 0;
    bool in_word = false, arrows = true, punct = false, quoted = false;
    /* A trail opened by its separator, the home link an icon the copy
     * left out ("> Blogs > Asia"; the reader sees a quote's marker). */
    if (len > 2 && s[0] == '>' && s[1] == ' ')
        seps = 1;
    /* Such a trail goes on with the same separator; a quoted line with a
     * slash ("> Nothing gold can stay / Her hardest hue") is a verse. */
    bool opened = seps == 1;
    for (size_t i = seps ? 2 : 0; i < len;) {
        size_t k;
        bool arrow, spaced_before = i > 0 && (s[i - 1] == ' ');
        /* A name in guillemets inside a part ("Les blogs du \xc2\xab Diplo
         * \xc2\xbb") is no separator, and its marks no words. */
        if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
            ((unsigned char)s[i + 1] == 0xAB || ((unsigned char)s[i + 1] == 0xBB && quoted))) {
            quoted = (unsigned char)s[i + 1] == 0xAB;
            in_word = false;
            i += 2;
            continue;
        }
        if (spaced_before && crumb_sep(s + i, len - i, &k, &arrow) && i + k < len &&
            s[i + k] == ' ') {
            if (words == 0 || words > 4 || punct || (opened && s[i] != '>'))
                return false;
            arrows = arrows && arrow;
            seps++;
            words = 0;
            i += k;
            continue;
        }
        if (s[i] == '.' || s[i] == '?' || s[i] == '!' || s[i] == ',') {
            if (s[i] == '.' && (i + 1 == len || s[i + 1] == ' '))
                return false; /* a sentence's end */
            punct = true;
        }
        bool sp = s[i] == ' ';
        if (!sp && !in_word)
            words++;
        in_word = !sp;
        i++;
    }
    if (seps < 2 || words < 1)
        return false;
    return (words <= 4 && !punct) || (arrows && words <= 15);
}
