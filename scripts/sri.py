"""Rewrites the integrity attribute of a file the page links, after the file changed.

Trunk writes sha384 integrity for the stylesheet; scripts/split-wasm.sh minifies
the stylesheet afterwards, so the page must name the new digest or the browser
refuses the file. Usage: python3 sri.py <index.html> <file in the same folder>
"""
import base64
import hashlib
import pathlib
import re
import sys


def main(page_path, file_path):
    page, linked = pathlib.Path(page_path), pathlib.Path(file_path)
    digest = hashlib.sha384(linked.read_bytes()).digest()
    sri = "sha384-" + base64.b64encode(digest).decode("ascii")
    pattern = re.compile(r'(href="[^"]*/%s"\s+integrity=")[^"]*(")' % re.escape(linked.name))
    html, count = pattern.subn(lambda m: m.group(1) + sri + m.group(2), page.read_text("utf-8"))
    if count != 1:
        sys.exit("sri.py: %s links %s %d times with integrity, expected once" % (page, linked.name, count))
    page.write_text(html, "utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
