# Checks shared by the shell tests that build books (sourced; in a
# subfolder so the test glob does not take it for a test). Each reports
# through the sourcing script's own `check ok|no MESSAGE`, and writes
# its tool's output beside the book in DIR.
. tests/slow/lib/epub.sh

# validate_epub EPUB DIR: epubcheck, no fatal, error or warning.
validate_epub() {
    if have_epubcheck; then
        epubcheck_clean "$1" > "$2/epubcheck.txt" 2>&1 && check ok ||
            { check no "epubcheck"; tail -20 "$2/epubcheck.txt"; }
    else
        echo "note: epubcheck not installed; EPUB not validated"
    fi
}

# validate_pdf PDF DIR: qpdf --check.
validate_pdf() {
    if command -v qpdf > /dev/null; then
        qpdf --check "$1" > "$2/qpdf.txt" 2>&1 && check ok || { check no "qpdf"; cat "$2/qpdf.txt"; }
    else
        echo "note: qpdf not installed; PDF not checked"
    fi
}
