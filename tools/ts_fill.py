"""Fill translations into a Qt Linguist .ts file from a tab-separated list.

    python tools/ts_fill.py resources/translations/warroom_zh_CN.ts zh.tsv
    python tools/ts_fill.py resources/translations/warroom_zh_CN.ts --missing

Each TSV line is ``context<TAB>source<TAB>translation``; ``*`` as context matches every
context. Backslash-n in a field stands for a newline. Only entries without a finished
translation are filled. For a ``%n`` (numerus) message, ``|`` separates the plural forms
in the language's order (English: ``%n alert|%n alerts``); one text fills every form.
``--missing`` lists what is still untranslated (exit 1 if any).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def unfinished(root: ET.Element) -> list[tuple[str, str]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or translation.findall("numerusform"))
            ):
                found.append((name, message.findtext("source", "")))
    return found


def fill(root: ET.Element, table: dict[tuple[str, str], str]) -> int:
    filled = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = table.get((name, source), table.get(("*", source)))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            done = translation.text or any(f.text for f in forms)
            if translation.get("type") != "unfinished" and done:
                continue
            if forms:  # %n messages: one <numerusform> per plural form of the language
                texts = text.split("|")
                for index, form in enumerate(forms):
                    form.text = texts[min(index, len(texts) - 1)]
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("tsv", type=Path, nargs="?")
    parser.add_argument("--missing", action="store_true", help="list untranslated entries")
    args = parser.parse_args()
    tree = ET.parse(args.ts)
    root = tree.getroot()
    if args.tsv:
        table = {}
        for number, line in enumerate(args.tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{args.tsv}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                return 2
            table[(parts[0], _unescape(parts[1]))] = _unescape(parts[2])
        count = fill(root, table)
        ET.indent(tree, space="    ")
        body = ET.tostring(root, encoding="unicode")
        args.ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
        print(f"filled {count} translation(s)")
    missing = unfinished(root)
    if args.missing:
        for context, source in missing:
            print(f"{context}\t{source!r}")
    print(f"{len(missing)} untranslated", file=sys.stderr)
    return 1 if args.missing and missing else 0


if __name__ == "__main__":
    sys.exit(main())
