"""Shrinks the chunk loader wasm-split-cli writes (scripts/split-wasm.sh).

Once minified, the loader holds one fetcher per chunk, each the same function
around its chunk's URL: it starts the download at once and instantiates the
module when asked. One shared function now takes the URL instead, which is
about 0.18 kB less gzip on the first load. The loader's behaviour is unchanged.
Usage: python3 loader.py <__wasm_split.js>
"""
import re
import sys

HELPER = "__c"
FETCHER = re.compile(
    r"\(\)=>\{const (\w+)=fetch\(new URL\(\"(\./[^\"]+\.wasm)\",import\.meta\.url\)\);"
    r"return \1\.catch\(\(\)=>\{\}\),async (\w+)=>WebAssembly\.instantiateStreaming\(\1,\3\)\}"
)
DEFINITION = (
    "const " + HELPER + "=u=>()=>{const t=fetch(new URL(u,import.meta.url));"
    "return t.catch(()=>{}),async n=>WebAssembly.instantiateStreaming(t,n)};"
)


def shrink(js):
    if re.search(r"\b%s\b" % HELPER, js):
        sys.exit("the loader already uses the name %s" % HELPER)
    shrunk, count = FETCHER.subn(lambda m: '%s("%s")' % (HELPER, m.group(2)), js)
    if count == 0 or ".wasm\",import.meta.url" in shrunk:
        sys.exit("the loader's chunk fetchers are not in the form this script knows")
    # After the imports, which a module must start with.
    imports = re.match(r"(?:import[^;]*;)*", shrunk).end()
    return shrunk[:imports] + DEFINITION + shrunk[imports:]


def main(path):
    with open(path, encoding="utf-8") as f:
        js = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(shrink(js))


if __name__ == "__main__":
    main(sys.argv[1])
