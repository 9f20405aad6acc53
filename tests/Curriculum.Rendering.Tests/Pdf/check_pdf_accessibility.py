#!/usr/bin/python3
"""Checks a PDF for the PDF/UA-1 basics Curriculum promises, with tools we did not write (poppler's pdfinfo and
pikepdf, i.e. qpdf). Run with Debian's interpreter, which sees python3-pikepdf:

    /usr/bin/python3 check_pdf_accessibility.py FILE.pdf [--expect-file EXCERPTS.json]

EXCERPTS.json is a JSON list of strings that must be found, in that order, in the text of the structure tree read
in reading order. Whitespace is ignored in the comparison (lines wrap at spaces and after dashes, and a paragraph
continued on the next page is a second marked-content sequence); every other character must match verbatim.

Prints one JSON object: {"passed": bool, "failures": [...], "headings": [...], "bookmarks": [...],
"split_elements": [roles with marked content of their own on several pages], "spanning_elements": [roles whose
content spans pages, outermost last], "reading_order": "..."}. Exit status 0 when passed, 1 when a check failed, 2 when the file could not be read.
"""

import json
import re
import subprocess
import sys

import pikepdf

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
HEADING = re.compile(r"^H([1-6])$")
# Where PDF/UA-1 (through ISO 32000-1, 14.8.4) allows an element: its parent's role.
PARENTS = {
    "TR": {"Table", "THead", "TBody", "TFoot"},
    "TH": {"TR"},
    "TD": {"TR"},
    "LI": {"L"},
    "Lbl": {"LI"},
    "LBody": {"LI"},
}
PDFUA_PART = "{http://www.aiim.org/pdfua/ns/id/}part"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def pdfinfo_tagged(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return None, out.stderr.strip()
    for line in out.stdout.splitlines():
        if line.startswith("Tagged:"):
            return line.split(":", 1)[1].strip(), None
    return None, "pdfinfo printed no Tagged line"


class ToUnicode:
    """A font's ToUnicode CMap (bfchar and bfrange), enough to read back what PDFsharp and most writers emit."""

    def __init__(self, font):
        self.width = 1
        self.map = {}
        self.simple = True
        if font is None or "/ToUnicode" not in font:
            return
        self.simple = False
        text = font.ToUnicode.read_bytes().decode("latin-1")
        space = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", text)
        self.width = len(space.group(1)) // 2 if space else 2
        for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
                self.map[int(src, 16)] = utf16(dst)
        for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
            for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)", block):
                lo, hi = int(lo, 16), int(hi, 16)
                if rest.startswith("["):
                    for i, dst in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", rest)):
                        self.map[lo + i] = utf16(dst)
                else:
                    base = bytes.fromhex(rest[1:-1])
                    for code in range(lo, hi + 1):
                        value = int.from_bytes(base, "big") + (code - lo)
                        self.map[code] = value.to_bytes(len(base), "big").decode("utf-16-be", "replace")

    def decode(self, data):
        if self.simple:
            return data.decode("latin-1")
        out = []
        for i in range(0, len(data) - self.width + 1, self.width):
            code = int.from_bytes(data[i:i + self.width], "big")
            out.append(self.map.get(code, "\ufffd"))
        return "".join(out)


def utf16(hexdigits):
    return bytes.fromhex(hexdigits).decode("utf-16-be", "replace") if hexdigits else ""


def shown_text(operator, operands, font):
    if operator == "TJ":
        return "".join(font.decode(bytes(item)) for item in operands[0] if isinstance(item, pikepdf.String))
    return font.decode(bytes(operands[-1]))


def walk_content(pdf, failures):
    """Text per (page index, MCID), and the MCIDs each page uses; reports text outside marked content."""
    texts = {}
    used = {}
    for index, page in enumerate(pdf.pages):
        fonts = page.Resources.get("/Font", pikepdf.Dictionary()) if "/Resources" in page else pikepdf.Dictionary()
        decoders = {}
        font = ToUnicode(None)
        stack = []  # entries: ("mcid", n) | ("artifact", None) | ("other", None)
        outside = 0
        for instruction in pikepdf.parse_content_stream(page):
            operator = str(instruction.operator)
            operands = instruction.operands
            if operator in ("BDC", "BMC"):
                tag = str(operands[0])
                props = operands[1] if operator == "BDC" and len(operands) > 1 else None
                if tag == "/Artifact":
                    stack.append(("artifact", None))
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    mcid = int(props.MCID)
                    stack.append(("mcid", mcid))
                    used.setdefault(index, set()).add(mcid)
                else:
                    stack.append(("other", None))
            elif operator == "EMC":
                if not stack:
                    failures.append(f"page {index + 1}: EMC without a matching BDC/BMC")
                else:
                    stack.pop()
            elif operator == "Tf":
                name = str(operands[0])
                if name not in decoders:
                    decoders[name] = ToUnicode(fonts.get(name))
                font = decoders[name]
            elif operator in TEXT_SHOWING:
                owner = next((entry for entry in reversed(stack) if entry[0] in ("mcid", "artifact")), None)
                if owner is None:
                    outside += 1
                elif owner[0] == "mcid":
                    key = (index, owner[1])
                    texts[key] = texts.get(key, "") + shown_text(operator, operands, font)
        if stack:
            failures.append(f"page {index + 1}: {len(stack)} marked-content sequence(s) never closed")
        if outside:
            failures.append(f"page {index + 1}: {outside} text-showing operator(s) outside marked content")
    return texts, used


def page_index(pdf, page_obj):
    for i, page in enumerate(pdf.pages):
        if page.obj.objgen == page_obj.objgen:
            return i
    return None


def walk_structure(pdf, root, texts, failures):
    """Reading order: the structure tree depth first. Returns (headings, text, (page, mcid) -> element objgen,
    roles of elements with marked content of their own on several pages, roles of elements whose content spans pages)."""
    headings, parts, owners = [], [], {}
    split, spanning = [], []
    seen = set()

    def visit(element, inherited_page, parent_role):
        """Returns the set of pages the element's content is on."""
        if not isinstance(element, pikepdf.Dictionary):
            return set()
        if element.is_indirect:
            if element.objgen in seen:
                failures.append("the structure tree has a cycle")
                return set()
            seen.add(element.objgen)
        role = str(element.get("/S", ""))[1:]
        allowed = PARENTS.get(role)
        if allowed is not None and parent_role not in allowed:
            failures.append(f"a {role} element inside {parent_role or 'the root'} (it belongs in {' or '.join(sorted(allowed))})")
        if role == "Note" and not str(element.get("/ID", "")):
            failures.append("a Note element has no /ID")
        match = HEADING.match(role)
        if match:
            headings.append(int(match.group(1)))
        page = page_index(pdf, element.Pg) if "/Pg" in element else inherited_page
        parts.append(" ")
        kids = element.get("/K")
        if kids is None:
            return set()
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        own, pages = set(), set()
        for kid in kids:
            if isinstance(kid, int):
                parts.append(" " + texts.get((page, int(kid)), ""))
                owners[(page, int(kid))] = element.objgen
                own.add(page)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                kid_page = page_index(pdf, kid.Pg) if "/Pg" in kid else page
                parts.append(" " + texts.get((kid_page, int(kid.MCID)), ""))
                owners[(kid_page, int(kid.MCID))] = element.objgen
                own.add(kid_page)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                continue
            else:
                pages |= visit(kid, page, role)
        parts.append(" ")
        pages |= own
        if len(own) > 1:
            split.append(role)
        if len(pages) > 1:
            spanning.append(role)
        return pages

    kids = root.get("/K")
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
        visit(kid, None, None)
    return headings, "".join(parts), owners, split, spanning


def check_parent_tree(pdf, root, used, owners, failures):
    """Each page's /StructParents must map every MCID it uses back to the element that lists it."""
    nums = {}
    tree = root.get("/ParentTree")
    if tree is None:
        failures.append("StructTreeRoot has no ParentTree")
        return

    def collect(node):
        if "/Nums" in node:
            values = list(node.Nums)
            for i in range(0, len(values) - 1, 2):
                nums[int(values[i])] = values[i + 1]
        for kid in node.get("/Kids", []):
            collect(kid)

    collect(tree)
    for index, mcids in used.items():
        page = pdf.pages[index].obj
        if "/StructParents" not in page:
            failures.append(f"page {index + 1} uses MCIDs but has no /StructParents")
            continue
        entry = nums.get(int(page.StructParents))
        if not isinstance(entry, pikepdf.Array):
            failures.append(f"page {index + 1}: the parent tree has no array for /StructParents {int(page.StructParents)}")
            continue
        for mcid in sorted(mcids):
            if mcid >= len(entry) or not isinstance(entry[mcid], pikepdf.Dictionary):
                failures.append(f"page {index + 1}: MCID {mcid} has no parent in the parent tree")
            elif owners.get((index, mcid)) != entry[mcid].objgen:
                failures.append(f"page {index + 1}: MCID {mcid} maps to an element that does not hold it")


def check_headings(headings, failures):
    previous = 0
    for level in headings:
        if level > previous + 1:
            failures.append(f"heading H{level} follows {'H' + str(previous) if previous else 'the start'}: a level is skipped")
        previous = level


def normalize(text):
    return re.sub(r"\s+", " ", text).strip()


def squeeze(text):
    return re.sub(r"\s+", "", text)


def check_excerpts(reading, expected, failures):
    flat = squeeze(reading)
    at = 0
    for excerpt in expected:
        wanted = squeeze(excerpt)
        found = flat.find(wanted, at)
        if found < 0:
            where = "anywhere" if flat.find(wanted) < 0 else "after the excerpt before it"
            failures.append(f"excerpt not found {where} in reading order: {excerpt!r}")
        else:
            at = found + len(wanted)


def outline(pdf):
    entries = []

    def visit(item, level):
        while item is not None:
            dest = item.get("/Dest")
            page = page_index(pdf, dest[0]) if isinstance(dest, pikepdf.Array) and len(dest) > 0 else None
            top = float(dest[3]) if isinstance(dest, pikepdf.Array) and len(dest) > 3 and dest[3] is not None else None
            entries.append({"title": str(item.get("/Title", "")), "level": level,
                            "page": None if page is None else page + 1, "top": top})
            if "/First" in item:
                visit(item.First, level + 1)
            item = item.get("/Next")

    if "/Outlines" in pdf.Root and "/First" in pdf.Root.Outlines:
        visit(pdf.Root.Outlines.First, 1)
    return entries


def check(path, expected):
    failures = []
    tagged, error = pdfinfo_tagged(path)
    if tagged != "yes":
        failures.append(f"pdfinfo says Tagged: {tagged}" if tagged else f"pdfinfo failed: {error}")

    pdf = pikepdf.open(path)  # kept alive while pages are walked
    try:
        root = pdf.Root
        struct_root = root.get("/StructTreeRoot")
        if struct_root is None:
            failures.append("the catalog has no StructTreeRoot")
        mark_info = root.get("/MarkInfo")
        if mark_info is None or not bool(mark_info.get("/Marked", False)):
            failures.append("MarkInfo /Marked is not true")
        lang = str(root.get("/Lang", ""))
        if not lang:
            failures.append("the catalog has no /Lang")
        info_title = str(pdf.docinfo.get("/Title", "")) if pdf.trailer.get("/Info") is not None else ""
        if not info_title:
            failures.append("the Info dictionary has no Title")
        prefs = root.get("/ViewerPreferences")
        if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
            failures.append("ViewerPreferences /DisplayDocTitle is not true")
        meta = pdf.open_metadata()
        if str(meta.get(PDFUA_PART, "")) != "1":
            failures.append("the XMP metadata has no pdfuaid:part 1")
        xmp_title = str(meta.get(DC_TITLE, "") or "")
        if not xmp_title:
            failures.append("the XMP metadata has no dc:title")

        texts, used = walk_content(pdf, failures)
        headings, reading, owners, split, spanning = [], "", {}, [], []
        if struct_root is not None:
            headings, reading, owners, split, spanning = walk_structure(pdf, struct_root, texts, failures)
            check_parent_tree(pdf, struct_root, used, owners, failures)
            orphans = sorted(key for key in texts if key not in owners)
            if orphans:
                failures.append(f"{len(orphans)} marked-content sequence(s) with text belong to no structure element, "
                                f"first on page {orphans[0][0] + 1} (MCID {orphans[0][1]})")
        check_headings(headings, failures)
        check_excerpts(reading, expected, failures)
        return {
            "passed": not failures,
            "failures": failures,
            "language": lang,
            "title": info_title,
            "headings": [f"H{level}" for level in headings],
            "bookmarks": outline(pdf),
            "split_elements": split,
            "spanning_elements": spanning,
            "reading_order": normalize(reading),
        }
    finally:
        pdf.close()


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    expected = []
    if "--expect-file" in argv:
        with open(argv[argv.index("--expect-file") + 1], encoding="utf-8") as handle:
            expected = json.load(handle)
    try:
        result = check(argv[1], expected)
    except Exception as error:  # a file pikepdf cannot read is a failed check, said plainly
        print(json.dumps({"passed": False, "failures": [f"could not read the PDF: {error}"]}))
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
