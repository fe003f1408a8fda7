/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (tenth set): a caption ending with the dek is no breadcrumb.
 * Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

TEST(caption_ending_with_the_dek_is_no_trail)
{
    /* A video's caption over the header ends with the dek's words ("Video
     * of the talk? Notes from the harbour ..."): a step of a trail copied
     * as words never closes with a question mark or a full stop, so the
     * caption is no breadcrumb and the dek no title printed twice; nor
     * is the caption prose the header would drop, as it repeats the
     * dek. */
    const char *s = arena_printf(A,
                                 "Upgrade\nArchive\nBook\n"
                                 "Video of Why? Notes from the harbour wall opening day in town\n"
                                 "Why Walls? What Comes Next?\n"
                                 "Jane Marsh\nFollow\nOct 19, 2016 \xc2\xb7 10 min read\n"
                                 "Notes from the harbour wall opening day in town\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->title, "Why Walls? What Comes Next?");
    STR_EQ(m->subtitle, "Notes from the harbour wall opening day in town");
    STR_EQ(m->date, "2016-10-19");
    /* A trail copied as words still ends with the headline. */
    const char *t = arena_printf(A,
                                 "Home\nNews\nAbout\n\n"
                                 "Home News Local The Harbour Wall Is Finished at Last\n\n"
                                 "The Harbour Wall Is Finished at Last\n\n"
                                 "By Jane Marsh\n\n%s",
                                 body(3));
    m = read_meta(t);
    STR_EQ(m->title, "The Harbour Wall Is Finished at Last");
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(caption_ending_with_the_dek_is_no_trail);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
