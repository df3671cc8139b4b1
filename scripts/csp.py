"""Adds the Content-Security-Policy to a built index.html (scripts/split-wasm.sh).

Trunk writes the inline module script that starts the app into the page at build
time, so its hash is only known here. The page's comments are notes for us, not
for browsers: they go first, with the blank space between tags, as every byte of
this page counts in the first load. Usage: python3 csp.py <index.html>
"""
import base64
import hashlib
import re
import sys

# connect-src stays open: fetching any URL the user types is the app's job.
# 'wasm-unsafe-eval' lets the page compile WebAssembly and nothing else;
# no 'unsafe-inline' anywhere (the app sets styles as properties, not attributes).
# The service worker (scripts/sw.py) is allowed by script-src and the web app
# manifest by default-src ('self' both): naming them again would only add bytes.
POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self'; "
    # Response previews (src/ui/response_viewer/lenses/media.rs) show the body's
    # bytes through blob: URLs: images in <img>, PDFs in a frame. An HTML preview
    # is a srcdoc frame, which this policy covers as it is (scripts stay blocked).
    "img-src 'self' blob:; "
    "frame-src 'self' blob:; "
    "connect-src *; "
    "object-src 'none'; "
    "base-uri 'none'; "
    "form-action 'none'"
)

COMMENT = re.compile(r"<!--.*?-->", re.S)
BETWEEN_TAGS = re.compile(r">\s+<")
BLANK_LINES = re.compile(r"\n\s*\n")
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def sha256(text):
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-%s'" % base64.b64encode(digest).decode("ascii")


def without_notes(html):
    """The page without comments or blank space between tags, and inline
    scripts without their blank lines (their hashes are taken afterwards)."""
    parts = re.split(r"(<script\b.*?</script>)", html, flags=re.S | re.I)
    last = len(parts) - 1
    for i, part in enumerate(parts):
        if i % 2:
            parts[i] = BLANK_LINES.sub("\n", part)
            continue
        part = BETWEEN_TAGS.sub("><", COMMENT.sub("", part))
        # Next to a script, the split cut the space between two tags in half.
        part = part.lstrip() if i > 0 else part
        parts[i] = part.rstrip() if i < last else part
    return "".join(parts)


def main(path):
    with open(path, encoding="utf-8") as f:
        html = without_notes(f.read())
    if 'http-equiv="Content-Security-Policy"' in html:
        sys.exit("%s already has a Content-Security-Policy" % path)
    scripts = INLINE_SCRIPT.findall(html)
    if not scripts:
        sys.exit("%s has no inline loader script to allow" % path)
    policy = POLICY.format(hashes=" ".join(sha256(s) for s in scripts))
    meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy
    # Right after the charset, so it governs every resource the page names.
    html, count = re.subn(r"(<meta charset=[^>]*>)", lambda m: m.group(1) + meta, html, count=1)
    if count != 1:
        sys.exit("%s has no <meta charset> to put the policy after" % path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main(sys.argv[1])
