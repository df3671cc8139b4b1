"""Writes sw.js, the service worker, into a release build (scripts/split-wasm.sh).

It names every file of the build with its SRI digest, which the worker checks
when it stores them, and derives its cache version from all of them: a release
that changes any file gets a new sw.js, which the browser installs as a new
worker. Run it once every file is final. 404.html is left out: it is a copy of
index.html for static hosts, and the worker answers every address with
index.html itself. Usage: python3 sw.py <dist dir>
"""
import base64
import hashlib
import json
import pathlib
import sys

TEMPLATE = pathlib.Path(__file__).with_name("sw") / "worker.js"
OUTPUT = "sw.js"
LEFT_OUT = {OUTPUT, "404.html"}


def integrity(path):
    digest = hashlib.sha384(path.read_bytes()).digest()
    return "sha384-" + base64.b64encode(digest).decode("ascii")


def app_files(dist):
    files = sorted(p for p in dist.rglob("*") if p.is_file())
    named = [(p.relative_to(dist).as_posix(), p) for p in files]
    return [[name, integrity(p)] for name, p in named if name not in LEFT_OUT]


def fill(template, placeholder, value):
    if template.count(placeholder) != 1:
        sys.exit("sw.py: %s should appear once in %s" % (placeholder, TEMPLATE))
    return template.replace(placeholder, value)


def main(dist_dir):
    dist = pathlib.Path(dist_dir)
    files = app_files(dist)
    if not any(name == "index.html" for name, _ in files):
        sys.exit("sw.py: %s has no index.html" % dist)
    listing = "[\n%s,\n]" % ",\n".join("  " + json.dumps(f) for f in files)
    version = hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]
    worker = TEMPLATE.read_text("utf-8")
    worker = fill(worker, "/* FILES */ []", listing)
    worker = fill(worker, "/* VERSION */", version)
    (dist / OUTPUT).write_text(worker, "utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
