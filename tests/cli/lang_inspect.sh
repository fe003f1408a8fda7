#!/bin/bash
# sheaf inspect says the language a build would give an article: the one
# it names, else the one the script of its letters plainly says
# (doc_lang_settle), with "language_guessed" telling which. A Greek and a
# Japanese article that name none are guessed; one that names a language
# keeps it; an English one names none and is not guessed (no book to
# contradict); --typeset smartens with the guessed language's quotes.
set -u
: "${SHEAF:?set SHEAF to the sheaf binary}"
T=${SHEAF_TEST_TMP:-/tmp/sheaf-lang-inspect}
rm -rf "$T" && mkdir -p "$T"
fail=0
printf '# Βιβλιοθήκη\n\nΗ βιβλιοθήκη είναι ανοιχτή κάθε μέρα. Είπε "καλημέρα" σε όλους.\n' >"$T/el.md"
printf '# 図書館\n\n図書館の一日。私は毎朝、図書館へ行きます。彼は「こんにちは」と言った。\n' >"$T/ja.md"
printf -- '---\nlanguage: yi\n---\n# ביבליאָטעק\n\nספרייה היא מקום שקט. אנחנו קוראים ספרים כל יום.\n' >"$T/yi.md"
printf '# Library\n\nThe library is open every day. She said "hello" to everyone.\n' >"$T/en.md"
for f in el ja yi en; do
    "$SHEAF" inspect --json "$T/$f.md" >"$T/$f.json" 2>"$T/$f.err" || { echo "FAIL: inspect $f"; cat "$T/$f.err"; fail=1; }
done
"$SHEAF" inspect --typeset --text "$T/el.md" >"$T/el.txt" 2>/dev/null || { echo "FAIL: inspect --text el"; fail=1; }
"$SHEAF" inspect "$T/ja.md" >"$T/ja.human" 2>/dev/null || { echo "FAIL: inspect ja"; fail=1; }
python3 - "$T" <<'PY' || fail=1
import json, sys
t = sys.argv[1]
want = {"el": ("el", True), "ja": ("ja", True), "yi": ("yi", False), "en": (None, False)}
bad = 0
for name, (lang, guessed) in want.items():
    j = json.load(open(f"{t}/{name}.json"))
    if j["language"] != lang or j["language_guessed"] is not guessed:
        print(f"FAIL: {name}: language {j['language']!r} guessed {j['language_guessed']!r}, "
              f"want {lang!r} {guessed!r}")
        bad = 1
txt = open(f"{t}/el.txt", encoding="utf-8").read()
if "«καλημέρα»" not in txt:
    print("FAIL: the Greek article is not given Greek quotes:", txt.strip()[-40:])
    bad = 1
if "language:  ja (guessed from its text)" not in open(f"{t}/ja.human", encoding="utf-8").read():
    print("FAIL: inspect does not say the language was guessed")
    bad = 1
sys.exit(bad)
PY
[ $fail = 0 ] && echo "lang_inspect: ok"
exit $fail
