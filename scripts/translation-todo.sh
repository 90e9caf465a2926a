#!/usr/bin/env bash
# What is left to translate: the unfinished (and obsolete) entries of each
# translations/waveshelf_*.ts. English is the source language, so only its
# plural entries (%n) count. Exits 1 when anything is left, 0 when all is done.
#
# Usage: scripts/translation-todo.sh [--update] [--tsv] [LANG...]
#   --update  first run lupdate over the sources (the update_translations
#             target of the build in WAVESHELF_BUILD_DIR, default build/)
#   --tsv     print a worklist instead of a summary, one entry per line:
#               lang <TAB> context <TAB> comment <TAB> source <TAB> <TAB>
#             (newlines in texts as \n, tabs as \t). Fill the empty column
#             (two columns for a plural: singular, plural) and give the file
#             to scripts/translation-fill.py.
#   LANG      de, fr, es, en... (default: every translations/waveshelf_*.ts)
#
# The second pass after new strings:
#   scripts/translation-todo.sh --update --tsv > todo.tsv
#   (translate todo.tsv)
#   scripts/translation-fill.py todo.tsv
#   cmake --build build --target update_translations   # lupdate's own layout
#   scripts/translation-todo.sh && ctest --test-dir build -R translation
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_BUILD_DIR:-$root/build}"

update=0
tsv=0
languages=()
for arg in "$@"; do
    case "$arg" in
        --update) update=1 ;;
        --tsv) tsv=1 ;;
        -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "usage: $0 [--update] [--tsv] [LANG...]" >&2; exit 2 ;;
        *) languages+=("$arg") ;;
    esac
done

if [ "$update" = 1 ]; then
    cmake --build "$build_dir" --target update_translations >&2
fi

files=()
if [ "${#languages[@]}" -eq 0 ]; then
    for file in "$root"/translations/waveshelf_*.ts; do files+=("$file"); done
else
    for language in "${languages[@]}"; do files+=("$root/translations/waveshelf_$language.ts"); done
fi

left=0
for file in "${files[@]}"; do
    [ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }
    language="$(basename "$file" .ts)"
    language="${language#waveshelf_}"
    # lupdate writes one element per line; <source> may span lines.
    entries="$(awk -v lang="$language" -v tsv="$tsv" -v source_lang="en" '
        function unescape(s) {
            gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s)
            gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s)
            return s
        }
        function flat(s) { gsub(/\t/, "\\t", s); gsub(/\n/, "\\n", s); return s }
        function element(line, tag,    s) {
            s = line; sub(".*<" tag "[^>]*>", "", s); sub("</" tag ">.*", "", s); return s
        }
        /^ *<context>/ { in_context = 1 }
        /^ *<name>/ && !in_message { context = unescape(element($0, "name")) }
        /^ *<message/ { in_message = 1; numerus = ($0 ~ /numerus="yes"/); source = ""; comment = ""; state = "" }
        in_message && /^ *<source>/ {
            if ($0 ~ /<\/source>/) { source = element($0, "source") }
            else { source = $0; sub(/.*<source>/, "", source); in_source = 1; next }
        }
        in_source {
            if ($0 ~ /<\/source>/) { line = $0; sub(/<\/source>.*/, "", line); source = source "\n" line; in_source = 0 }
            else { source = source "\n" $0 }
            next
        }
        in_message && /^ *<comment>/ { comment = element($0, "comment") }
        in_message && /<translation/ {
            if ($0 ~ /type="unfinished"/) state = "unfinished"
            else if ($0 ~ /type="(obsolete|vanished)"/) state = "obsolete"
        }
        /<\/message>/ {
            in_message = 0
            needed = (lang != source_lang) || numerus
            if ((state == "unfinished" && needed) || state == "obsolete") {
                if (tsv) {
                    printf "%s\t%s\t%s\t%s\t\t%s\n", lang, flat(context), flat(unescape(comment)),
                        flat(unescape(source)), (numerus ? "\t" : "")
                } else {
                    shown = flat(unescape(source))
                    if (length(shown) > 100) shown = substr(shown, 1, 97) "..."
                    printf "  %s%s%s: %s\n", (state == "obsolete" ? "[obsolete] " : ""),
                        (numerus ? "[plural] " : ""), context, shown
                }
            }
        }
    ' "$file")"
    count=0
    [ -z "$entries" ] || count="$(printf '%s\n' "$entries" | wc -l)"
    if [ "$tsv" = 1 ]; then
        [ -z "$entries" ] || printf '%s\n' "$entries"
    else
        echo "$language: $count left"
        [ -z "$entries" ] || printf '%s\n' "$entries"
    fi
    left=$((left + count))
done
[ "$left" -eq 0 ]
