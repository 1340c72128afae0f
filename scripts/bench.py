#!/usr/bin/env python3
"""make bench: times fairpack against the tools a data manager would use instead, on data it makes.

It writes, in a temporary folder: a deposit of 4 files of 512 MiB (2 GiB); one of 20,000 files
of 1-8 KiB in 200 folders; one of 200 CSV files of 1,000 rows; with BENCH_LARGE=1 also one of
1,000,000 empty or tiny files. Each command on the small trees runs BENCH_REPS times (default 3)
after one untimed run that fills the page cache; on the 2 GiB tree, which was just written and so
is in the page cache, BENCH_LARGE_REPS times (default 2) without it. The table shows the median wall time, the largest peak resident
set size (/usr/bin/time -v) and, on fairpack's rows, its time divided by each reference's
(below 1: fairpack is faster) with the target that ratio has to meet.

Environment:
  FAIRPACK        the binary (default .build/release/fairpack)
  BENCH_REPS      timed runs per command (default 3)
  BENCH_LARGE=1   add the tree of 1,000,000 files (a few more minutes)
  BENCH_SCALING=1 add rows at 3 sizes that show how cost grows with bytes and with files
  BENCH_DIR       where to make the temporary folder (default: the system's)
  BENCH_KEEP=1    keep the temporary folder and print where it is
  BENCH_SMOKE=1   every row once on tiny data: a test of this script, not a measurement
Exit status: 0 the table was printed (a target missed is not a failure), 2 the harness could not run.
"""
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAIRPACK = os.path.abspath(os.environ.get("FAIRPACK", os.path.join(ROOT, ".build/release/fairpack")))
VENV_BIN = os.path.join(ROOT, ".build/interop-venv/bin")
REPS = max(1, int(os.environ.get("BENCH_REPS", "3")))
LARGE_REPS = max(1, int(os.environ.get("BENCH_LARGE_REPS", "2")))
LARGE = os.environ.get("BENCH_LARGE") == "1"
SCALING = os.environ.get("BENCH_SCALING") == "1"
MIB = 1 << 20
# BENCH_SMOKE=1 runs every row on tiny data, once: a test of this script, not a measurement.
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
LARGE_MIB, SMALL_FOLDERS, CSV_FILES = (8, 20, 20) if SMOKE else (512, 200, 200)
if SMOKE:
    REPS = LARGE_REPS = 1

DEPOSIT_YAML = """title: "Benchmark deposit: {name}"
description: "Generated data for timing fairpack against other tools: {what}. The content is random and means nothing."
licence: etalab-2.0
language: en
keywords: [benchmark, generated data]
subjects: [Computer and Information Science]
dates:
  created: 2024-01-15
authors:
  - name: "Martin, Claire"
    orcid: "0000-0002-1825-0097"
    affiliation:
      name: "Université de Poitiers"
      ror: "https://ror.org/04xhy8q59"
contact: {{ name: "Martin, Claire", email: "claire.martin@example.org" }}
"""


def die(message):
    print(f"bench: error: {message}", file=sys.stderr)
    sys.exit(2)


def tool(name):
    """The path of a reference tool (the interop venv first), or None when it is not installed."""
    candidate = os.path.join(VENV_BIN, name)
    if os.access(candidate, os.X_OK):
        return candidate
    return shutil.which(name)


# --- the data -------------------------------------------------------------------------------------

def deposit(path, name, what):
    os.makedirs(os.path.join(path, "data"), exist_ok=True)
    with open(os.path.join(path, "deposit.yaml"), "w") as out:
        out.write(DEPOSIT_YAML.format(name=name, what=what))
    return path


def make_large(base):
    root = deposit(os.path.join(base, "large"), "large files", "4 files of 512 MiB")
    for index in range(4):
        with open(os.path.join(root, "data", f"part-{index}.bin"), "wb") as out:
            for _ in range(LARGE_MIB):
                out.write(os.urandom(MIB))
    return root


def make_small(base, rng):
    root = deposit(os.path.join(base, "small"), "small files", "20,000 files of 1 to 8 KiB in 200 folders")
    for folder in range(SMALL_FOLDERS):
        directory = os.path.join(root, "data", f"folder-{folder:03d}")
        os.makedirs(directory)
        for index in range(100):
            with open(os.path.join(directory, f"record-{index:03d}.dat"), "wb") as out:
                out.write(rng.randbytes(rng.randint(1024, 8192)))
    return root


def make_csv(base, rng):
    root = deposit(os.path.join(base, "csv"), "tables", "200 CSV files of 1,000 rows")
    sites = ["Poitiers", "Rennes", "Lyon", "Lille", "Nantes", "Grenoble"]
    for index in range(CSV_FILES):
        lines = ["id,date,site,temperature_c,count,comment"]
        for row in range(1000):
            lines.append(f"{row + 1},2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.choice(sites)},"
                         f"{rng.uniform(-10, 35):.2f},{rng.randint(0, 500)},sample {rng.randint(1, 99)}")
        with open(os.path.join(root, "data", f"table-{index:03d}.csv"), "w") as out:
            out.write("\n".join(lines) + "\n")
    return root


def make_crate(base):
    """A crate of 2,000 CSV files (scripts/make_interop_crates.py), and the RO-Crate contexts seeded
    into the interop cache so that rocrate-validator runs offline; None when either cannot be made."""
    out = os.path.join(base, "crates")
    python = os.path.join(VENV_BIN, "python")
    contexts = os.environ.get("ROCRATE_CONTEXTS", os.path.join(ROOT, "../shared/reference/ro-crate-contexts"))
    cache = os.path.join(ROOT, ".build/interop-cache/rocrate-contexts")
    files = 100 if SMOKE else 2000
    made = subprocess.run([sys.executable, os.path.join(ROOT, "scripts/make_interop_crates.py"), out, "--files", str(files)],
                          stdout=subprocess.DEVNULL)
    if made.returncode != 0:
        return None
    if os.access(python, os.X_OK) and os.path.isdir(contexts):
        subprocess.run([python, os.path.join(ROOT, "scripts/seed_contexts.py"), cache, contexts],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(out, f"files-{files}-1.2")


def make_many(base):
    root = deposit(os.path.join(base, "many"), "a million files", "1,000,000 empty or tiny files in 1,000 folders")
    for folder in range(1000):
        directory = os.path.join(root, "data", f"f{folder:04d}")
        os.makedirs(directory)
        for index in range(1000):
            with open(os.path.join(directory, f"{index:04d}"), "wb") as out:
                if index % 2:
                    out.write(b"%d\n" % index)
    return root


def linked_subset(source, target, name, keep):
    """A deposit whose data/ holds hard links to the entries of source's data/ that `keep` accepts."""
    deposit(target, name, "a subset of another benchmark deposit")
    for entry in sorted(os.listdir(os.path.join(source, "data"))):
        if not keep(entry):
            continue
        origin = os.path.join(source, "data", entry)
        if os.path.isdir(origin):
            os.makedirs(os.path.join(target, "data", entry))
            for leaf in os.listdir(origin):
                os.link(os.path.join(origin, leaf), os.path.join(target, "data", entry, leaf))
        else:
            os.link(origin, os.path.join(target, "data", entry))
    return target


# --- timing ---------------------------------------------------------------------------------------

class Row:
    """One command timed: `key` names it for ratios; `compare` lists (reference key, target ratio or None)."""

    def __init__(self, data, work, tool_name, command, key=None, setup=None, compare=(), needs=(),
                 reps=None, warm=None):
        self.data, self.work, self.tool, self.command = data, work, tool_name, command
        self.key, self.setup, self.compare, self.needs = key, setup, list(compare), needs
        big = "GiB" in data
        self.reps = reps or (LARGE_REPS if big else REPS)
        self.warm = (not big) if warm is None else warm
        self.times, self.rss, self.missing, self.failed = [], [], None, None


def run_once(row, env):
    if row.setup:
        row.setup()
    rss_file = tempfile.mktemp(prefix="bench-rss-")
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", "-o", rss_file, "bash", "-c", row.command],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - started
    peak = 0
    with open(rss_file) as report:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read())
        if match:
            peak = int(match.group(1)) * 1024
    os.unlink(rss_file)
    # fairpack check exits 1 when it has findings; anything else nonzero is a failure.
    allowed = (0, 1) if row.tool.startswith("fairpack") or "frictionless" in row.tool else (0,)
    if done.returncode not in allowed:
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
        row.failed = f"exit {done.returncode}: " + " / ".join(tail)
    return elapsed, peak


def measure(row, env):
    for name in row.needs:
        if not tool(name):
            row.missing = f"{name} not installed"
            return
    if row.warm:
        run_once(row, env)
    for _ in range(row.reps):
        if row.failed:
            return
        elapsed, peak = run_once(row, env)
        row.times.append(elapsed)
        row.rss.append(peak)


def median(row):
    return statistics.median(row.times) if row.times else None


def print_table(rows):
    by_key = {row.key: row for row in rows if row.key}
    print()
    print("| data | work | tool | median s | peak RSS MB | fairpack ÷ reference (target) |")
    print("| --- | --- | --- | ---: | ---: | --- |")
    for row in rows:
        if row.missing or row.failed:
            shown, rss = (row.missing or f"failed ({row.failed})"), ""
        else:
            shown, rss = f"{median(row):.2f}", f"{max(row.rss) / 1e6:.0f}"
        ratios = []
        for key, target in row.compare:
            reference = by_key.get(key)
            mine = median(row)
            theirs = median(reference) if reference else None
            label = reference.tool if reference else key
            if mine is None or theirs is None or theirs == 0:
                why = "not installed" if reference and reference.missing else "no figure"
                ratios.append(f"vs {label}: {why}")
                continue
            ratio = mine / theirs
            verdict = "" if target is None else (f" (≤ {target:g}: met)" if ratio <= target else f" (≤ {target:g}: NOT met)")
            ratios.append(f"vs {label}: {ratio:.2f}{verdict}")
        print(f"| {row.data} | {row.work} | {row.tool} | {shown} | {rss} | {'; '.join(ratios)} |")


# --- the rows -------------------------------------------------------------------------------------

def rows_for(base, trees, profiles, no_cache):
    fp, out = FAIRPACK, os.path.join(base, "out")
    large, small, csv = trees["large"], trees["small"], trees["csv"]
    large_files = " ".join(sorted(os.path.join(large, "data", name) for name in os.listdir(os.path.join(large, "data"))))
    half = large_files.split()
    first, second = " ".join(half[:2]), " ".join(half[2:])
    bagit, frictionless = tool("bagit.py"), tool("frictionless")
    profile_flags = " ".join(f"--profile {name}" for name in profiles)
    cache_env = f"XDG_CACHE_HOME={base}/cache"

    def clean(*paths):
        def action():
            for path in paths:
                full = os.path.join(out, path)
                if os.path.isdir(full):
                    shutil.rmtree(full)
                elif os.path.exists(full):
                    os.unlink(full)
        return action

    def fresh_copy(source, name):
        def action():
            clean(name, name + ".tar")()
            shutil.copytree(source, os.path.join(out, name))
        return action

    def empty_cache():
        shutil.rmtree(os.path.join(base, "cache"), ignore_errors=True)

    rows = [
        # Hashing: every byte of 2 GiB through SHA-256.
        Row("2 GiB, 4 files", "hash (SHA-256)", "fairpack check --checksums",
            f"{fp} check {large} --checksums {no_cache} --format json --fail-on never",
            key="check-large", compare=[("sha256sum", None), ("openssl256x2", 1 / 0.85)]),
        Row("2 GiB, 4 files", "hash (SHA-256)", "sha256sum", f"sha256sum {large_files}", key="sha256sum"),
        Row("2 GiB, 4 files", "hash (SHA-256)", "openssl dgst -sha256 ×2 processes",
            f"openssl dgst -sha256 {first} & openssl dgst -sha256 {second} & wait", key="openssl256x2"),
        # A second check of the unchanged deposit, its digests in the cache of the first (its untimed run).
        Row("2 GiB, 4 files", "second check, unchanged", "fairpack check --checksums (cached)",
            f"{cache_env} {fp} check {large} --checksums --format json --fail-on never",
            key="recheck-large", compare=[("check-large", 0.05)], warm=True),
        # Packing 2 GiB with the default manifests (SHA-256 and SHA-512).
        Row("2 GiB, 4 files", "pack to .tar", "fairpack pack",
            f"{fp} pack {large} -o {out}/large.tar --force", key="pack-large-tar", setup=clean("large.tar"),
            compare=[("tar-large", None), ("openssl-both", None), ("pack-floor-large", 1.25)]),
        Row("2 GiB, 4 files", "pack to a bag folder", "fairpack pack",
            f"{fp} pack {large} -o {out}/large-bag --force", setup=clean("large-bag"),
            compare=[("cp-large", None), ("openssl-both", None)]),
        Row("2 GiB, 4 files", "archive", "tar -cf", f"tar -cf {out}/ref-large.tar -C {large} .",
            key="tar-large", setup=clean("ref-large.tar")),
        Row("2 GiB, 4 files", "copy", "cp -r", f"cp -r {large} {out}/ref-large", key="cp-large",
            setup=clean("ref-large")),
        Row("2 GiB, 4 files", "SHA-256 + SHA-512", "openssl dgst -sha256 & -sha512",
            f"openssl dgst -sha256 {large_files} & openssl dgst -sha512 {large_files} & wait", key="openssl-both"),
        Row("2 GiB, 4 files", "the floor of pack: max(tar, openssl both)", "tar -cf & openssl both",
            f"tar -cf {out}/floor.tar -C {large} . & openssl dgst -sha256 {large_files} & "
            f"openssl dgst -sha512 {large_files} & wait", key="pack-floor-large", setup=clean("floor.tar")),
        # The small-file tree.
        Row("20,000 files", "hash (SHA-256)", "fairpack check --checksums",
            f"{fp} check {small} --checksums {no_cache} --format json --fail-on never",
            key="check-small", compare=[("tar-cat-small", 1.5), ("sha256sum-small", None)]),
        Row("20,000 files", "read every byte", "tar -cf - | cat", f"tar -cf - -C {small} . | cat >/dev/null",
            key="tar-cat-small"),
        Row("20,000 files", "hash (SHA-256)", "sha256sum", f"cd {small} && find data -type f -print0 | xargs -0 sha256sum",
            key="sha256sum-small"),
        Row("20,000 files", "pack to .tar", "fairpack pack", f"{fp} pack {small} -o {out}/small.tar --force",
            setup=clean("small.tar"), compare=[("tar-small", 1.5), ("bagit-tar-small", 0.1)]),
        Row("20,000 files", "pack to a bag folder", "fairpack pack", f"{fp} pack {small} -o {out}/small-bag --force",
            setup=clean("small-bag"), compare=[("cp-small", 2.0), ("bagit-tar-small", 0.1)]),
        Row("20,000 files", "archive", "tar -cf", f"tar -cf {out}/ref-small.tar -C {small} .", key="tar-small",
            setup=clean("ref-small.tar")),
        Row("20,000 files", "copy", "cp -r", f"cp -r {small} {out}/ref-small", key="cp-small", setup=clean("ref-small")),
        Row("20,000 files", "bag a copy, then archive it", "bagit.py --processes 2 --sha256 --sha512 + tar -cf",
            f"{bagit} --quiet --processes 2 --sha256 --sha512 {out}/bagit-small && tar -cf {out}/bagit-small.tar -C {out} bagit-small",
            key="bagit-tar-small", setup=fresh_copy(small, "bagit-small"), needs=["bagit.py"]),
        # Verifying what fairpack packed (made once before the timed rows).
        Row("20,000 files", "verify a bag folder", "fairpack verify", f"{fp} verify {out}/verify-bag",
            compare=[("bagit-validate", 0.1)]),
        Row("20,000 files", "verify a .tar bag", "fairpack verify", f"{fp} verify {out}/verify.tar",
            compare=[("bagit-validate", 0.1)]),
        Row("20,000 files", "verify a bag folder", "bagit.py --validate", f"{bagit} --quiet --validate {out}/verify-bag",
            key="bagit-validate", needs=["bagit.py"]),
        # The full audit: every shipped profile.
        Row("20,000 files", "audit, every profile", "fairpack check", f"{fp} check {small} {profile_flags} --fail-on never {no_cache}"),
        Row("200 CSV files", "audit, every profile", "fairpack check", f"{fp} check {csv} {profile_flags} --fail-on never {no_cache}",
            compare=[("frictionless", None)]),
        Row("200 CSV files", "validate the tables", "frictionless validate",
            f"cd {csv}/data && {frictionless} validate --parallel *.csv" if frictionless else "false",
            key="frictionless", needs=["frictionless"], reps=1),
    ]
    # An RO-Crate of 2,000 files made elsewhere (contentSize and sha256 on each): fairpack verify
    # against rocrate-validator, offline from the contexts seeded in the interop cache, REQUIRED level.
    crate, validator = trees.get("crate"), tool("rocrate-validator")
    if crate:
        cache = os.path.join(ROOT, ".build/interop-cache/rocrate-contexts")
        rows += [
            Row("RO-Crate, 2,000 files", "validate a crate", "fairpack verify", f"{fp} verify {crate}",
                compare=[("rocrate-validator", 1 / 50)]),
            Row("RO-Crate, 2,000 files", "validate a crate", "rocrate-validator validate --offline",
                f"{validator} -y --disable-color validate -p ro-crate-1.2 -l required --no-paging --offline "
                f"--cache-path {cache} {crate}" if validator else "false",
                key="rocrate-validator", needs=["rocrate-validator"], reps=1, warm=False),
        ]
    if SCALING:
        for label, tree in (("0.5 GiB, 1 file", "large-1"), ("1 GiB, 2 files", "large-2")):
            rows.append(Row(label, "hash (SHA-256), growth with bytes", "fairpack check --checksums",
                            f"{fp} check {trees[tree]} --checksums {no_cache} --format json --fail-on never"))
            rows.append(Row(label, "pack to .tar, growth with bytes", "fairpack pack",
                            f"{fp} pack {trees[tree]} -o {out}/{tree}.tar --force", setup=clean(f"{tree}.tar")))
        for label, tree in (("5,000 files", "small-5k"), ("10,000 files", "small-10k")):
            rows.append(Row(label, "hash (SHA-256), growth with files", "fairpack check --checksums",
                            f"{fp} check {trees[tree]} --checksums {no_cache} --format json --fail-on never"))
            rows.append(Row(label, "pack to .tar, growth with files", "fairpack pack",
                            f"{fp} pack {trees[tree]} -o {out}/{tree}.tar --force", setup=clean(f"{tree}.tar")))
            rows.append(Row(label, "verify a .tar bag, growth with files", "fairpack verify",
                            f"{fp} verify {out}/verify-{tree}.tar"))
    if LARGE:
        many = trees["many"]
        rows += [
            Row("1,000,000 files", "hash (SHA-256)", "fairpack check --checksums",
                f"{fp} check {many} --checksums {no_cache} --format json --fail-on never", reps=1, warm=False,
                compare=[("tar-cat-many", None)]),
            Row("1,000,000 files", "read every byte", "tar -cf - | cat", f"tar -cf - -C {many} . | cat >/dev/null",
                key="tar-cat-many", reps=1, warm=False),
        ]
    return rows


def main():
    if not os.access(FAIRPACK, os.X_OK):
        die(f"no fairpack binary at {FAIRPACK}: run 'swift build -c release' or set FAIRPACK")
    if not os.access("/usr/bin/time", os.X_OK):
        die("/usr/bin/time is missing (Debian package 'time'); it measures peak memory")
    started = time.perf_counter()
    base = tempfile.mkdtemp(prefix="fairpack-bench-", dir=os.environ.get("BENCH_DIR"))
    try:
        rng = random.Random(14)
        print(f"bench: making the data in {base}", flush=True)
        trees = {"large": make_large(base), "small": make_small(base, rng), "csv": make_csv(base, rng)}
        if SCALING:
            trees["large-1"] = linked_subset(trees["large"], os.path.join(base, "large-1"), "0.5 GiB", lambda n: n == "part-0.bin")
            trees["large-2"] = linked_subset(trees["large"], os.path.join(base, "large-2"), "1 GiB", lambda n: n < "part-2")
            trees["small-5k"] = linked_subset(trees["small"], os.path.join(base, "small-5k"), "5k", lambda n: n < "folder-050")
            trees["small-10k"] = linked_subset(trees["small"], os.path.join(base, "small-10k"), "10k", lambda n: n < "folder-100")
        if LARGE:
            trees["many"] = make_many(base)
        trees["crate"] = make_crate(base)
        out = os.path.join(base, "out")
        os.makedirs(out)
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(base, "cache"), LC_ALL="C")
        help_text = subprocess.run([FAIRPACK, "check", "--help"], capture_output=True, text=True).stdout
        no_cache = "--no-cache" if "--no-cache" in help_text else ""
        # The bags that verify reads, packed once.
        for name, tree in (("verify-bag", "small"), ("verify.tar", "small")) + (
                (("verify-small-5k.tar", "small-5k"), ("verify-small-10k.tar", "small-10k")) if SCALING else ()):
            subprocess.run([FAIRPACK, "pack", trees[tree], "-o", os.path.join(out, name), "--force"],
                           check=True, stdout=subprocess.DEVNULL, env=env)
        profiles = sorted(name[:-5] for name in os.listdir(os.path.join(ROOT, "Profiles")) if name.endswith(".yaml"))
        rows = rows_for(base, trees, profiles, no_cache)
        load_before = os.getloadavg()[0]
        print(f"bench: made in {time.perf_counter() - started:.0f} s; timing {len(rows)} commands, "
              f"{REPS} runs each after one untimed run", flush=True)
        for row in rows:
            measure(row, env)
            shown = row.missing or row.failed or f"{median(row):.2f} s"
            print(f"  {row.data:>16} · {row.work}: {row.tool}: {shown}", flush=True)
        print_table(rows)
        print(f"\nfairpack: {subprocess.run([FAIRPACK, '--version'], capture_output=True, text=True).stdout.strip()}; "
              f"{os.cpu_count()} cores; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
              f"(other work on the machine slows every row alike); files in the page cache; "
              f"{REPS} timed runs per row after one untimed run ({LARGE_REPS} on the 2 GiB tree, just written); the whole bench took {time.perf_counter() - started:.0f} s.")
        print("Ratios: fairpack's median time divided by the reference's; below 1, fairpack is faster. "
              "'--no-cache' rows read every byte; the cached row reuses the digests of an earlier check.")
    finally:
        if os.environ.get("BENCH_KEEP") == "1":
            print(f"bench: kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
