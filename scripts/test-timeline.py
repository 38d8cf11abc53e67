#!/usr/bin/env python3
"""When each collection of a TaskBot.Tests run started and ended, and its slowest tests, from the run's trx file:
  dotnet test tests/TaskBot.Tests --logger "trx;LogFileName=$PWD/run.trx" && scripts/test-timeline.py run.trx
A test's duration is xunit's: without its class's InitializeAsync/DisposeAsync, which the span of its collection holds."""
import collections, datetime, glob, os, re, sys
import xml.etree.ElementTree as ET

trx, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'TaskBot.Tests')
names = dict(re.findall(r'public const string (\w+) = "([^"]+)"', open(f'{src}/Infrastructure/TestCollections.cs').read()))
collection, base = {}, {}
for path in glob.glob(f'{src}/**/*.cs', recursive=True):
    for attrs, cls, parent in re.findall(
            r'((?:\[[^\]]*\]\s*)*)public (?:(?:sealed|abstract|partial|static) )*class (\w+)(?:\([^)]*\))?(?:\s*:\s*(\w+))?',
            open(path).read()):
        named = re.search(r'Collection\((?:TestCollections\.(\w+)|DatabaseCollection\.Name)\)', attrs)
        if named: collection[cls] = names[named.group(1)] if named.group(1) else 'database'
        if parent: base[cls] = parent

def collection_of(cls):
    c = cls
    while c and c not in collection: c = base.get(c)
    return collection[c] if c else '(own) ' + cls  # a class without [Collection] is a collection of its own

ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
root = ET.parse(trx).getroot()
class_of = {u.get('id'): u.find('t:TestMethod', ns).get('className').split('.')[-1] for u in root.iterfind('.//t:UnitTest', ns)}
at = lambda s: datetime.datetime.fromisoformat(re.sub(r'(\.\d{6})\d*', r'\1', s))
tests = []
for r in root.iterfind('.//t:UnitTestResult', ns):
    h, m, s = r.get('duration').split(':')
    tests.append((collection_of(class_of[r.get('testId')]), r.get('testName'), at(r.get('startTime')), at(r.get('endTime')),
                  int(h) * 3600 + int(m) * 60 + float(s), r.get('outcome')))
t0 = min(t[2] for t in tests)
since = lambda d: (d - t0).total_seconds()
by = collections.defaultdict(list)
for t in tests: by[t[0]].append(t)
print(f"{'collection':32} {'tests':>5} {'start s':>8} {'end s':>8} {'tests took s':>12}")
small = [0, 0.0]
for name, ts in sorted(by.items(), key=lambda kv: min(t[2] for t in kv[1])):
    took = sum(t[4] for t in ts)
    if name.startswith('(own)') and took < 10:
        small[0] += len(ts); small[1] += took
        continue
    print(f"{name[:32]:32} {len(ts):5} {since(min(t[2] for t in ts)):8.0f} {since(max(t[3] for t in ts)):8.0f} {took:12.0f}")
print(f"{'(own) the other small classes':32} {small[0]:5} {'':8} {'':8} {small[1]:12.0f}")
print(f"{len(tests)} tests took {sum(t[4] for t in tests):.0f} s in all; the run spanned {since(max(t[3] for t in tests)):.0f} s")
print("slowest tests (s, from–to):")
for t in sorted(tests, key=lambda t: -t[4])[:top]:
    print(f"{t[4]:7.1f} {since(t[2]):6.0f}–{since(t[3]):<6.0f} {t[0][:20]:20} {t[1][-100:]}")
for t in tests:
    if t[5] != 'Passed': print(f"{t[5]}: {t[1]}")
