"""Drops the linker's custom sections (linking, reloc.*) from a wasm module.

Release builds link with --emit-relocs so scripts/split-wasm.sh can cut the app
into chunks (wasm-split-cli drops these sections from what it writes). The JSON
filter's worker is built the same way but not split: without this its file
would carry some 600 kB of relocations no browser reads, and wasm-opt warns
that it cannot handle the module properly while they are there.

Usage: strip-linking.py MODULE.wasm (rewritten in place)
"""

import sys

DROP = ("linking", "reloc.")


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def strip(data):
    if data[:4] != b"\0asm":
        raise ValueError("not a wasm module")
    out, pos = bytearray(data[:8]), 8
    while pos < len(data):
        start = pos
        section_id = data[pos]
        size, body = leb(data, pos + 1)
        pos = body + size
        if section_id == 0:
            name_len, name_at = leb(data, body)
            name = data[name_at : name_at + name_len].decode("utf-8", "replace")
            if name == DROP[0] or name.startswith(DROP[1]):
                continue
        out += data[start:pos]
    return bytes(out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    with open(path, "rb") as f:
        data = f.read()
    try:
        stripped = strip(data)
    except (ValueError, IndexError) as error:
        sys.exit(f"strip-linking: {path}: {error}")
    with open(path, "wb") as f:
        f.write(stripped)


if __name__ == "__main__":
    main()
