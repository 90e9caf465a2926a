#!/usr/bin/env python3
"""Write translations from a worklist into translations/waveshelf_<lang>.ts.

The worklist is what `scripts/translation-todo.sh --tsv` prints, with the
translation filled in, one entry per line:

    lang <TAB> context <TAB> comment <TAB> source <TAB> translation [<TAB> plural]

(newlines as \\n, tabs as \\t; a plural entry has one column per numerus form:
German and Spanish singular, plural; French 0-1, 2 and more). Lines with an
empty translation are skipped. Each entry is checked before it is written:
the same placeholders (%1..%9, %n), the same number of accelerators (&), the
same leading and trailing spaces and line breaks as the source. Afterwards run
`cmake --build build --target update_translations` so lupdate lays the files
out its own way (what tst_translationfiles compares with).

Usage: scripts/translation-fill.py WORKLIST.tsv [...]
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unflat(text):
    return re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], text)


def accelerators(text):
    return text.replace("&&", "").count("&")


def placeholders(text):
    # %Ln is %n in the locale's digits: the same placeholder.
    return sorted(set(re.findall(r"%L?\d|%n", text.replace("%Ln", "%n"))))


def problems(source, text):
    found = []
    if placeholders(source) != placeholders(text):
        found.append("placeholders differ")
    if accelerators(source) != accelerators(text):
        found.append("accelerator (&) count differs")
    if source.startswith(" ") != text.startswith(" ") or source.endswith(" ") != text.endswith(" "):
        found.append("leading/trailing space differs")
    if source.count("\n") != text.count("\n"):
        found.append("line breaks differ")
    return found


def main(paths):
    by_language = {}
    for path in paths:
        with open(path, encoding="utf-8") as worklist:
            for number, line in enumerate(worklist, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                columns = line.split("\t")
                if len(columns) < 5:
                    sys.exit(f"{path}:{number}: expected at least 5 columns")
                language, context, comment, source = (unflat(c) for c in columns[:4])
                forms = [unflat(c) for c in columns[4:] if c != ""]
                if forms:
                    by_language.setdefault(language, {})[(context, comment, source)] = (forms, f"{path}:{number}")

    failed = False
    for language, entries in sorted(by_language.items()):
        ts_path = os.path.join(ROOT, "translations", f"waveshelf_{language}.ts")
        tree = ET.parse(ts_path)
        written = 0
        for context in tree.getroot().findall("context"):
            name = context.findtext("name")
            for message in context.findall("message"):
                key = (name, message.findtext("comment") or "", message.findtext("source"))
                if key not in entries:
                    continue
                forms, where = entries.pop(key)
                numerus = message.get("numerus") == "yes"
                if numerus != (len(forms) > 1):
                    print(f"{where}: {'a plural needs one column per form' if numerus else 'not a plural'}")
                    failed = True
                    continue
                bad = [p for form in forms for p in problems(key[2], form)]
                if bad:
                    print(f"{where}: {', '.join(sorted(set(bad)))}: {forms[0]!r}")
                    failed = True
                    continue
                translation = message.find("translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                if numerus:
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = forms[0]
                written += 1
        for (context, _, source), (_, where) in entries.items():
            print(f"{where}: no entry {context}: {source[:60]!r} in {os.path.basename(ts_path)}")
            failed = True
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
        print(f"{language}: {written} written")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) >= 2 else 2)
    sys.exit(main(sys.argv[1:]))
