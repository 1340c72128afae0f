#!/usr/bin/env python3
"""Extract a bag archive (.zip, .tar, .tar.gz) into a folder and print the bag's folder.

Every member is vetted before anything is written: absolute names, `..` components, links,
devices and other special members make the whole archive refused. The bag is either the single
top-level folder of the archive (the layout fairpack writes: `<name>/bagit.txt`, `<name>/data/`)
or the archive root itself (bagit.txt at the top).

Usage: extract_bag.py ARCHIVE DEST
  prints: line 1 the bag folder (absolute), line 2 a note on the layout found
Exit status: 0 extracted, 1 refused or not a bag, 2 usage.
"""

import stat
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath


class Refused(Exception):
    pass


def vet_name(name: str) -> None:
    if not name or "\x00" in name:
        raise Refused(f"member with an empty or NUL-containing name: {name!r}")
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        raise Refused(f"member with an absolute path: {name!r}")
    if ".." in PurePosixPath(posix).parts:
        raise Refused(f"member with a '..' component: {name!r}")


def extract_zip(archive: Path, dest: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        for info in members:
            vet_name(info.filename)
            mode = info.external_attr >> 16
            if mode and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise Refused(f"member that is not a file or folder: {info.filename!r}")
        bad = zf.testzip()
        if bad is not None:
            raise Refused(f"member with a bad CRC: {bad!r}")
        zf.extractall(dest)


def extract_tar(archive: Path, dest: Path) -> None:
    with tarfile.open(archive, mode="r:*") as tf:
        members = tf.getmembers()
        for member in members:
            vet_name(member.name)
            if not (member.isfile() or member.isdir()):
                raise Refused(f"member that is not a file or folder: {member.name!r}")
        if hasattr(tarfile, "data_filter"):
            tf.extractall(dest, members=members, filter="data")
        else:  # Python without extraction filters: the members were vetted above
            tf.extractall(dest, members=members)


def find_bag(dest: Path) -> tuple[Path, str]:
    if (dest / "bagit.txt").is_file():
        return dest, "bag at the archive root"
    top = [p for p in dest.iterdir()]
    if len(top) == 1 and top[0].is_dir() and (top[0] / "bagit.txt").is_file():
        return top[0], f"top folder {top[0].name}/"
    names = ", ".join(sorted(p.name for p in top)[:5]) or "nothing"
    raise Refused(f"no bagit.txt at the archive root nor in a single top folder (root holds: {names})")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: extract_bag.py ARCHIVE DEST", file=sys.stderr)
        return 2
    archive, dest = Path(argv[1]), Path(argv[2])
    dest.mkdir(parents=True, exist_ok=True)
    name = archive.name.lower()
    try:
        if name.endswith(".zip"):
            extract_zip(archive, dest)
        elif name.endswith((".tar", ".tar.gz", ".tgz")):
            extract_tar(archive, dest)
        else:
            raise Refused("unknown archive type (expected .zip, .tar or .tar.gz)")
        bag, layout = find_bag(dest)
    except (Refused, OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as error:
        print(f"extract_bag: error: {archive}: {error}", file=sys.stderr)
        return 1
    print(bag.resolve())
    print(layout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
