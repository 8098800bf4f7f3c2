# Writes slices.json: for lists of length 0..6 and many start/stop/step
# combinations (None included), the indices Python's slicing selects.
# Run: python3 make_slices.py > slices.json
import json
vals = [None, -9, -4, -1, 0, 1, 2, 5, 9]
steps = [None, 1, 2, 3, -1, -2, -3]
out = []
for n in range(7):
    for a in vals:
        for b in vals:
            for s in steps:
                out.append([n, a, b, s, list(range(n))[slice(a, b, s)]])
print(json.dumps(out))
