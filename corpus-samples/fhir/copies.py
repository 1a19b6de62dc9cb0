#!/usr/bin/env python3
"""Writes N copies of the three sample bundles with new patient and resource ids, for load tests only:
python3 corpus-samples/fhir/copies.py N OUT_DIR. Copy k of sample F00x gets patient G<k>x (G000010 ... ), so every
bundle is a new patient; the contents are otherwise the samples' (no accuracy claim may be drawn from them)."""
import json, os, sys

n, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
samples = [json.load(open(os.path.join(here, f))) for f in ("F001-lung.json", "F002-breast.json", "F003-colorectal.json")]
os.makedirs(out, mode=0o700, exist_ok=True)
for k in range(n):
    s = samples[k % 3]
    old = "F00%d" % (k % 3 + 1)
    new = "G%06d" % k
    text = json.dumps(s).replace(old, new)
    path = os.path.join(out, new + ".json")
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        f.write(text)
