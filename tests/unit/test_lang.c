/*
 * test_lang.c - an article's language, decided once for the whole book
 * (doc/lang.c): guessed from the script of its letters when it names none
 * or only the book's, never replacing a language its letters agree with;
 * settled by the build before the typography pass, so the quotes are the
 * language's; followed by the PDF (direction, table columns) as by the
 * EPUB; and the first-strong-letter rule that gives a block its direction.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "build/build.h"
#include "doc/doc.h"
#include "doc/json.h"
#include "manifest/manifest.h"
#include "pdf/layout/lay.h"
#include "style/style.h"
#include "transform/smart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "fake_metrics.h"
#include "lay_tree.h"

static const doc_pos nopos = {"t.md", 1, 1};

#define JA "図書館の一日。私は毎朝、図書館へ行きます。そこで本を読みます。"
#define ZH "图书馆是一个安静的地方，我们每天在那里读书。"
#define KO "도서관은 조용한 곳입니다. 우리는 매일 책을 읽습니다."
#define HE "ספרייה היא מקום שקט. אנחנו קוראים ספרים כל יום."
#define AR "المكتبة مكان هادئ نقرأ فيه الكتب كل يوم."
#define FA "کتابخانه جای آرامی است که ما هر روز در آن کتاب می‌خوانیم."
#define EL "Η βιβλιοθήκη είναι ανοιχτή κάθε μέρα για όλους."
#define TH "ห้องสมุดเป็นสถานที่เงียบสงบสำหรับทุกคน"
#define EN "The library is a quiet place where we read every day."

static doc_node *
article(arena *a, const char *title, const char *lang, const char *text)
{
    doc_node *art = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_meta *m = doc_article_meta(a, art);
    m->title = title;
    m->language = lang;
    lt_block(a, art, DOC_PARA, text);
    return art;
}

TEST(guess_by_script)
{
    arena *a = arena_new();
    static const struct {
        const char *text, *book, *want;
    } cases[] = {
        {JA, "en", "ja"}, {ZH, "en", "zh"}, {KO, "en", "ko"},   {HE, "en", "he"},
        {AR, "en", "ar"}, {FA, "en", "fa"}, {EL, "en", "el"},   {TH, "en", "th"},
        {JA, NULL, "ja"}, {HE, NULL, "he"}, {EL, "de", "el"},   {HE, "ar", "he"},
        /* the book's own script: no guess */
        {EN, "en", NULL}, {EN, "fr", NULL}, {HE, "he", NULL},  {AR, "fa", NULL},
        {ZH, "ja", NULL}, {JA, "ja", NULL},
        /* Latin letters in a book in another script: not the book's */
        {EN, "ar", "und"}, {EN, "ja", "und"},
        /* ... but with no book (inspect), nothing to contradict */
        {EN, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        doc_node *art = article(a, "", NULL, cases[i].text);
        const char *got = doc_lang_guess(art, cases[i].book);
        if (cases[i].want)
            STR_EQ(got, cases[i].want);
        else
            OK(got == NULL);
    }
    /* too few letters to tell */
    OK(doc_lang_guess(article(a, "", NULL, "אב 12"), "en") == NULL);
    /* mostly English with a Hebrew phrase: English */
    OK(doc_lang_guess(article(a, "On the word", NULL, EN " " EN " שלום עולם"), "en") == NULL);
    arena_free(a);
}

/* Paragraphs of ordinary prose, written for these tests. */
#define P_EN "The library on the corner was built by the people of the street, and it is still run by them. " \
    "They open it in the morning, they lend the books, and they decide which of the new titles are bought. " \
    "It has never been large, but it has been there for as long as anyone can remember, and that is what matters."
#define P_DE "Die Bibliothek an der Ecke wurde von den Leuten der Straße gebaut, und sie wird noch immer von ihnen " \
    "geführt. Sie öffnen sie am Morgen, sie leihen die Bücher aus, und sie entscheiden, welche der neuen Titel " \
    "gekauft werden. Sie ist nie groß gewesen, aber sie ist auch nicht verschwunden, und das ist für die Nachbarn wichtig."
#define P_FR "La bibliothèque du coin a été construite par les habitants de la rue, et elle est toujours tenue par " \
    "eux. Ils l'ouvrent le matin, ils prêtent les livres, et ils choisissent les nouveaux titres qui sont achetés. " \
    "Elle n'a jamais été grande, mais elle est là depuis que les plus anciens s'en souviennent, et c'est ce qui compte pour le quartier."
#define P_ES "La biblioteca de la esquina fue construida por los vecinos de la calle, y todavía la llevan ellos. " \
    "La abren por la mañana, prestan los libros y deciden cuáles de los nuevos títulos se compran. " \
    "Nunca ha sido grande, pero está allí desde que los más viejos recuerdan, y eso es lo que importa para el barrio y para sus familias."
#define P_IT "La biblioteca all'angolo è stata costruita dagli abitanti della strada, e sono ancora loro a gestirla. " \
    "La aprono al mattino, prestano i libri e decidono quali dei nuovi titoli comprare. Non è mai stata grande, " \
    "ma è lì da quando i più anziani ricordano, e questo è ciò che conta per il quartiere e per le famiglie che ci vivono."
#define P_PT "A biblioteca da esquina foi construída pelos moradores da rua, e ainda são eles que a mantêm. " \
    "Eles a abrem de manhã, emprestam os livros e decidem quais dos novos títulos são comprados. Nunca foi grande, " \
    "mas está lá desde que os mais velhos se lembram, e é isso que importa para o bairro e para as famílias que moram nele."
#define P_NL "De bibliotheek op de hoek is gebouwd door de mensen van de straat, en zij wordt nog altijd door hen " \
    "geleid. Ze openen haar in de ochtend, ze lenen de boeken uit en ze beslissen welke van de nieuwe titels " \
    "worden gekocht. Ze is nooit groot geweest, maar ze is er al zo lang als iedereen zich kan herinneren, en dat is wat telt."

#define P_CS "Knihovna na rohu byla postavena lidmi z ulice a oni ji také stále vedou. Ráno ji otevírají, " \
    "půjčují knihy a rozhodují, které z nových titulů se koupí. Nikdy nebyla velká, ale je tam tak dlouho, " \
    "jak si kdo pamatuje, a to je pro sousedy důležité. Když přijde zima, je to místo, kde se lidé potkávají, " \
    "a podle starých členů je to také jediné místo, které jim zůstalo."
#define P_PL "Biblioteka na rogu została zbudowana przez mieszkańców ulicy i to oni nadal ją prowadzą. Otwierają " \
    "ją rano, wypożyczają książki i decydują, które z nowych tytułów są kupowane. Nigdy nie była duża, ale jest " \
    "tam od kiedy ktokolwiek pamięta, i to jest dla sąsiadów bardzo ważne. Gdy przychodzi zima, jest to miejsce, " \
    "gdzie ludzie się spotykają, jednak także miejsce, które może się zmienić."
#define P_SV "Biblioteket på hörnet byggdes av människorna på gatan, och det är fortfarande de som driver det. " \
    "De öppnar det på morgonen, de lånar ut böckerna och de bestämmer vilka av de nya titlarna som ska köpas. " \
    "Det har aldrig varit stort, men det har funnits där så länge någon kan minnas, och det är det som är " \
    "viktigt för grannarna när vintern kommer och också efter det."
#define P_NB "Biblioteket på hjørnet ble bygget av folket i gaten, og det er fortsatt de som driver det. De åpner " \
    "det om morgenen, de låner ut bøkene og de bestemmer hvilke av de nye titlene som skal kjøpes. Det har aldri " \
    "vært stort, men det har vært der så lenge noen kan huske, og det er det som betyr noe for naboene, etter " \
    "at de hadde mistet seg selv i byen."
#define P_DA "Biblioteket på hjørnet blev bygget af folk fra gaden, og det er stadig dem, der driver det. De " \
    "åbner det om morgenen, de låner bøgerne ud, og de beslutter, hvilke af de nye titler der skal købes. Det har " \
    "aldrig været stort, men det har været der, så længe nogen kan huske, og det er det, der betyder noget for " \
    "naboerne, efter at de havde mistet sig selv i byen."
#define P_RU "Библиотеку на углу построили жители улицы, и они до сих пор ею управляют. Они открывают её утром, " \
    "выдают книги и решают, какие из новых книг купить. Она никогда не была большой, но она стоит там столько, " \
    "сколько помнят старожилы, и это важно для соседей."
#define P_UK "Бібліотеку на розі збудували мешканці вулиці, і вони досі нею керують. Вони відчиняють її вранці, " \
    "видають книжки і вирішують, які з нових книжок купити. Вона ніколи не була великою, але вона стоїть там " \
    "стільки, скільки пам'ятають найстарші, і це важливо для сусідів."
#define P_BG "Библиотеката на ъгъла е построена от хората на улицата и те все още я ръководят. Те я отварят " \
    "сутрин, дават книгите и решават кои от новите заглавия да се купят. Тя никога не е била голяма, но е там " \
    "откакто най-възрастните помнят, и това е важно за съседите, които я пазят."
#define P_SR "Библиотеку на углу саградили су људи из улице, и они је још увек воде. Отварају је ујутру, " \
    "позајмљују књиге и одлучују које ће од нових наслова купити. Никада није била велика, али је ту откад " \
    "најстарији памте, и то је важно за комшије."

/* More languages by their words (Czech, Polish, Swedish, Norwegian,
 * Danish: these two by the few words they do not share) and Cyrillic ones
 * by the letters only their alphabets have. */
TEST(guess_more_languages)
{
    arena *a = arena_new();
    static const struct {
        const char *text, *want;
    } words[] = {{P_CS, "cs"}, {P_PL, "pl"}, {P_SV, "sv"}, {P_NB, "nb"}, {P_DA, "da"}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        STR_EQ(doc_lang_by_words(words[i].text, strlen(words[i].text)), words[i].want);
    /* the seven languages before them are still told apart */
    STR_EQ(doc_lang_by_words(P_PT, strlen(P_PT)), "pt");
    STR_EQ(doc_lang_by_words(P_NL, strlen(P_NL)), "nl");
    static const struct {
        const char *text, *book, *want;
    } cyr[] = {
        {P_RU, "en", "ru"}, {P_UK, "en", "uk"}, {P_BG, "en", "bg"}, {P_SR, "en", "sr"},
        {P_UK, "ru", "uk"}, /* a Ukrainian article in a Russian book */
        {P_RU, "ru", NULL}, /* the book's own */
        {P_RU, NULL, "ru"},
    };
    for (size_t i = 0; i < sizeof cyr / sizeof cyr[0]; i++) {
        const char *got = doc_lang_guess(article(a, "", NULL, cyr[i].text), cyr[i].book);
        if (cyr[i].want)
            STR_EQ(got, cyr[i].want);
        else
            OK(got == NULL);
    }
    /* everyday Czech leans on words other languages have too (na, se,
       do, to); a German text in the first person on "ich" */
    static const char cs2[] =
        "Na jaře se do Prahy vrací turisté. Na Karlově mostě se tlačí davy a na náměstí je "
        "plno. Praha je pro mnoho lidí cílem, ale v zimě je to jiné město. Podle průvodců je "
        "nejlepší přijet na podzim, kdy je v ulicích klid. Že to platí, ví každý, kdo to zkusil. "
        "Na podzim se ceny sníží a do muzeí se dá dostat bez front. Je to také čas, kdy se na "
        "trzích prodává víno a lidé se potkávají na ulicích až do noci.";
    STR_EQ(doc_lang_by_words(cs2, strlen(cs2)), "cs");
    static const char de2[] =
        "Ich glaube, dass ich morgen nach Berlin fahre. Ich habe dort Freunde, und ich besuche "
        "sie gern. Wenn ich Zeit habe, gehe ich ins Museum, und danach esse ich mit ihnen zu "
        "Abend. Ich freue mich schon sehr darauf, weil ich sie lange nicht gesehen habe.";
    STR_EQ(doc_lang_by_words(de2, strlen(de2)), "de");
    /* Cyrillic with no letter that tells: the book's Cyrillic language
       stands (Kazakh here), a Latin book's article is taken for Russian */
    static const char plain_cyr[] = "Мама мыла раму. Папа читал газету, а дети играли во дворе "
                                    "до вечера, пока не стало темно.";
    OK(doc_lang_guess(article(a, "", NULL, "Сәлем, бала. Ана мен әке үйде отыр, бала "
                                           "кітап оқиды, ал апа тамақ пісіреді."),
                      "kk") == NULL);
    STR_EQ(doc_lang_guess(article(a, "", NULL, plain_cyr), "en"), "ru");
    /* a Czech page tagged with the book's "en" is Czech */
    STR_EQ(doc_article_lang(article(a, "", "en", P_CS), "en"), "cs");
    arena_free(a);
}

/* Latin letters: the commonest words tell the language, when they
 * plainly do; a short text, a list of code or an even mix tells none. */
TEST(guess_by_words)
{
    arena *a = arena_new();
    static const struct {
        const char *text, *want;
    } cases[] = {
        {P_EN, "en"}, {P_DE, "de"}, {P_FR, "fr"}, {P_ES, "es"},
        {P_IT, "it"}, {P_PT, "pt"}, {P_NL, "nl"},
        /* too few words to judge */
        {EN, NULL}, {"Die Bibliothek ist offen.", NULL},
        /* code and numbers: no language's words */
        {"int main(void) { return x + y * 2; } for (i = 0; i < n; i++) a[i] = b[i]; "
         "int main(void) { return x + y * 2; } for (i = 0; i < n; i++) a[i] = b[i];", NULL},
        /* half English, half German: neither plainly */
        {P_EN " " P_DE, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = doc_lang_by_words(cases[i].text, strlen(cases[i].text));
        if (cases[i].want)
            STR_EQ(got, cases[i].want);
        else
            OK(got == NULL);
    }
    /* an article: the guess unless it is the book's language */
    STR_EQ(doc_lang_guess(article(a, "Die Bibliothek", NULL, P_DE), "en"), "de");
    STR_EQ(doc_lang_guess(article(a, "La biblioteca", NULL, P_ES), NULL), "es");
    STR_EQ(doc_lang_guess(article(a, "The library", NULL, P_EN), "fr"), "en");
    OK(doc_lang_guess(article(a, "Die Bibliothek", NULL, P_DE), "de-AT") == NULL);
    OK(doc_lang_guess(article(a, "The library", NULL, P_EN), "en-GB") == NULL);
    /* a German page tagged with the book's "en" (a template's default) is
       German; one tagged "fr" in an English book keeps its tag */
    STR_EQ(doc_article_lang(article(a, "", "en-US", P_DE), "en"), "de");
    STR_EQ(doc_article_lang(article(a, "", "fr", P_DE), "en"), "fr");
    arena_free(a);
}

/* A declared language stands unless it is the book's and the letters are
 * plainly another script's; one that agrees with the letters is never
 * replaced. */
TEST(declared_language)
{
    arena *a = arena_new();
    static const struct {
        const char *declared, *book, *text, *want;
    } cases[] = {
        {NULL, "en", JA, "ja"},     /* none: the script's */
        {"en", "en", JA, "ja"},     /* the book's, in kana: mistagged */
        {"en-US", "en", HE, "he"},  /* the book's in another region: the same */
        {NULL, "en", EN, "en"},     /* none, Latin letters: the book's */
        {"fr", "en", JA, "fr"},     /* another language named: it stands */
        {"yi", "en", HE, "yi"},     /* Yiddish in Hebrew letters: agrees */
        {"he", "he", HE, "he"},
        {"ja", "ja", ZH, "ja"},     /* kanji alone in a Japanese book */
        {"zh-TW", "zh-TW", ZH, "zh-TW"},
        {"ar", "ar", FA, "ar"},     /* Persian letters, Arabic named: agrees */
        {NULL, NULL, EN, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        doc_node *art = article(a, "", cases[i].declared, cases[i].text);
        const char *got = doc_article_lang(art, cases[i].book);
        if (cases[i].want)
            STR_EQ(got, cases[i].want);
        else
            OK(got == NULL);
    }
    OK(doc_lang_same("en", "EN-gb"));
    OK(!doc_lang_same("zh-TW", "zh-CN"));
    OK(!doc_lang_same("en", NULL));
    OK(doc_lang_same(NULL, NULL));
    arena_free(a);
}

/* Settling writes the language into the article once: a guess is marked
 * as one, the book's given to one that names none is not, and a second
 * settling changes nothing. */
TEST(settle_once)
{
    arena *a = arena_new();
    doc_node *ja = article(a, "", "en", JA);
    STR_EQ(doc_lang_settle(ja, "en"), "ja");
    STR_EQ(ja->as.article.meta->language, "ja");
    OK(ja->as.article.meta->language_guessed);
    STR_EQ(doc_lang_settle(ja, "en"), "ja");
    OK(ja->as.article.meta->language_guessed);
    doc_node *en = article(a, "", NULL, EN);
    STR_EQ(doc_lang_settle(en, "en"), "en");
    OK(!en->as.article.meta->language_guessed);
    doc_node *yi = article(a, "", "yi", HE);
    STR_EQ(doc_lang_settle(yi, "en"), "yi");
    OK(!yi->as.article.meta->language_guessed);
    /* inspect's JSON says it */
    buf out;
    buf_init(&out, 0);
    diag_list d;
    diag_init(&d, a);
    doc_article_json(ja, &d, &out);
    OK(out.data && strstr(out.data, "\"language\": \"ja\""));
    OK(out.data && strstr(out.data, "\"language_guessed\": true"));
    buf_cleanup(&out);
    diag_cleanup(&d);
    arena_free(a);
}

/* UAX #9's P2: the first strong letter, neutrals and numbers skipped,
 * nested blocks left to themselves. */
TEST(block_direction)
{
    arena *a = arena_new();
    INT_EQ(doc_text_dir("12, (" HE, strlen("12, (" HE)), 1);
    INT_EQ(doc_text_dir("« Hello " HE, strlen("« Hello " HE)), 0);
    INT_EQ(doc_text_dir("12 -- ?", 7), -1);
    INT_EQ(doc_text_dir(AR, strlen(AR)), 1);
    doc_node *root = doc_node_new(a, DOC_ARTICLE, nopos);
    doc_node *p = lt_block(a, root, DOC_PARA, "1984: ");
    doc_node *em = lt_block(a, p, DOC_EMPH, HE);
    (void)em;
    INT_EQ(doc_block_dir(p), 1);
    doc_node *q = lt_block(a, root, DOC_QUOTE, NULL);
    lt_block(a, q, DOC_PARA, HE);
    INT_EQ(doc_block_dir(q), -1); /* its paragraph says, not the quote */
    INT_EQ(doc_block_dir(lt_block(a, root, DOC_PARA, EN " " HE)), 0);
    arena_free(a);
}

/* The quotes follow the language: Greek « » with “ ” inside; Japanese
 * text keeps its own 「」 and is not given English quotes. */
TEST(quotes_by_language)
{
    arena *a = arena_new();
    size_t n;
    STR_EQ(tf_smart_string(a, "Είπε \"καλή 'μέρα'\".", strlen("Είπε \"καλή 'μέρα'\"."), "el", &n),
           "Είπε «καλή “μέρα”».");
    const char *ja = "彼は「こんにちは」と\"本\"を読んだ。";
    STR_EQ(tf_smart_string(a, ja, strlen(ja), "ja", &n), ja);
    arena_free(a);
}

static void
write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    if (!fp)
        return;
    fputs(text, fp);
    fclose(fp);
}

static const doc_node *
nth_article(const doc_node *root, size_t i)
{
    for (const doc_node *n = root->first_child; n; n = n->next)
        if (n->type == DOC_ARTICLE && i-- == 0)
            return n;
    return NULL;
}

static bool
tree_has(const doc_node *art, const char *s)
{
    buf b;
    buf_init(&b, 0);
    doc_dump_text(art, &b);
    bool r = b.data && strstr(b.data, s);
    buf_cleanup(&b);
    return r;
}

/* The build settles each article's language before the typography pass:
 * the Greek article gets Greek quotes, the Japanese keeps its own, a
 * declared language the letters agree with stands, the English article
 * stays the book's, and copied German text is German, with German quotes. */
TEST(build_settles_before_quotes)
{
    char dir[] = "/tmp/sheaf-lang-XXXXXX";
    if (!mkdtemp(dir)) {
        OK(!"mkdtemp");
        return;
    }
    write_file(dir, "collection.yaml",
               "title: Languages\nlanguage: en\narticles:\n  - ja.md\n  - el.md\n  - yi.md\n"
               "  - en.md\n  - he.md\n  - de.txt\n");
    write_file(dir, "ja.md", "# 図書館\n\n" JA "彼は「こんにちは」と\"本\"を読んだ。\n");
    write_file(dir, "el.md", "# Βιβλιοθήκη\n\n" EL " Είπε \"καλημέρα\" σε όλους.\n");
    write_file(dir, "yi.md", "---\nlanguage: yi\n---\n# ביבליאָטעק\n\n" HE "\n");
    write_file(dir, "en.md", "# Library\n\n" EN " She said \"hello\".\n");
    write_file(dir, "he.md", "---\nlanguage: en\n---\n# ספרייה\n\n" HE "\n");
    /* copied text says no language: its words are German */
    write_file(dir, "de.txt", "Die Bibliothek an der Ecke\n\n" P_DE "\n\nSie sagte \"Guten Tag\".\n");
    build_options opt = {.jobs = 1};
    build b;
    build_init(&b, &opt);
    INT_EQ(build_load(&b, dir), 0);
    const doc_node *root = b.doc.root;
    static const char *const want[] = {"ja", "el", "yi", "en", "he", "de"};
    static const bool guessed[] = {true, true, false, false, true, true};
    for (size_t i = 0; i < 6; i++) {
        const doc_node *art = root ? nth_article(root, i) : NULL;
        OK(art != NULL);
        if (!art)
            continue;
        STR_EQ(art->as.article.meta->language, want[i]);
        INT_EQ(art->as.article.meta->language_guessed, guessed[i]);
    }
    if (root && nth_article(root, 5)) {
        OK(tree_has(nth_article(root, 0), "「こんにちは」と\"本\""));
        OK(tree_has(nth_article(root, 1), "«καλημέρα»"));
        OK(tree_has(nth_article(root, 3), "“hello”"));
        OK(tree_has(nth_article(root, 5), "„Guten Tag“"));
    }
    build_cleanup(&b);
    static const char *const files[] = {"collection.yaml", "ja.md", "el.md", "yi.md", "en.md",
                                        "he.md", "de.txt"};
    for (size_t i = 0; i < 7; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    rmdir(dir);
}

/* The PDF follows the same language, also for a tree the build did not
 * settle: a Hebrew article in an English book that names no language, or
 * names English, is set right to left, its table's first column on the
 * right (left to right, in a paragraph direction found per paragraph, it
 * was on the left). */
TEST(pdf_follows_the_guess)
{
    static const double W = 400, H = 500, MARGIN = 50;
    static const char *const declared[] = {NULL, "en"};
    for (size_t k = 0; k < 2; k++) {
        arena *a = arena_new();
        diag_list d;
        diag_init(&d, a);
        style st;
        lt_plain_style(&st, MARGIN);
        manifest m;
        memset(&m, 0, sizeof m);
        m.language = "en";
        doc_node *art = article(a, "ספרייה", declared[k], HE);
        doc_node *tab = lt_block(a, art, DOC_TABLE, NULL);
        doc_node *row = lt_block(a, tab, DOC_ROW, NULL);
        lt_block(a, row, DOC_CELL, "אחד");
        lt_block(a, row, DOC_CELL, "שנים");
        lay_doc out;
        OK(lay_document(a, &d, art, &m, &st, W, H, &fake, &out) == 0);
        /* the first cell ("אחד", drawn reversed) ends at the right margin */
        bool found = false;
        for (size_t p = 0; p < out.n_pages; p++)
            for (size_t i = 0; i < out.pages[p].n_items; i++) {
                const lay_item *it = &out.pages[p].items[i];
                if (it->kind == LAY_TEXT && it->len == 6 && memcmp(it->text, "דחא", 6) == 0) {
                    found = true;
                    OK(fabs(it->x + it->w - (W - MARGIN)) < 0.01);
                }
            }
        OK(found);
        diag_cleanup(&d);
    arena_free(a);
    }
}

int
main(void)
{
    RUN(guess_by_script);
    RUN(guess_by_words);
    RUN(guess_more_languages);
    RUN(declared_language);
    RUN(settle_once);
    RUN(block_direction);
    RUN(quotes_by_language);
    RUN(build_settles_before_quotes);
    RUN(pdf_follows_the_guess);
    return test_report();
}
