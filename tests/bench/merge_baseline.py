#!/usr/bin/python3
"""Baseline aligner for the merge benchmark, built on difflib.SequenceMatcher.

A monotone 1:1 alignment (Needleman-Wunsch style dynamic programming) of the two note lists, in a
window around the proportional diagonal, scoring pairs by SequenceMatcher.ratio() on lowercased
text (with the usual real_quick_ratio/quick_ratio upper bounds to skip hopeless pairs). Gaps cost
nothing; a pair is worth ratio - THRESHOLD. No times, no speakers, no groupings.

usage: merge_baseline.py DIR NAME...   reads DIR/NAME.a.tsv and DIR/NAME.b.tsv
(id TAB time_ms TAB speaker TAB text), writes DIR/NAME.pred.tsv (index_a TAB index_b) and prints
"NAME seconds" per pair.
"""
import difflib
import sys
import time

THRESHOLD = 0.5
WINDOW = 30


def read_notes(path):
    notes = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            notes.append(cols[3].lower() if len(cols) > 3 else "")
    return notes


def align(a, b):
    na, nb = len(a), len(b)
    neg = float("-inf")
    score = [[neg] * (nb + 1) for _ in range(na + 1)]
    back = [[None] * (nb + 1) for _ in range(na + 1)]
    score[0][0] = 0.0

    def in_window(i, j):
        centre = i * nb / max(1, na)
        return abs(j - centre) <= WINDOW or i == na or j == nb

    sm = difflib.SequenceMatcher(autojunk=False)
    for i in range(na + 1):
        for j in range(nb + 1):
            if (i, j) != (0, 0) and not in_window(i, j):
                continue
            best, move = score[i][j], back[i][j]
            if i > 0 and score[i - 1][j] > best:
                best, move = score[i - 1][j], (1, 0)
            if j > 0 and score[i][j - 1] > best:
                best, move = score[i][j - 1], (0, 1)
            if i > 0 and j > 0 and score[i - 1][j - 1] > neg:
                sm.set_seqs(a[i - 1], b[j - 1])
                if sm.real_quick_ratio() > THRESHOLD and sm.quick_ratio() > THRESHOLD:
                    gain = sm.ratio() - THRESHOLD
                    if gain > 0 and score[i - 1][j - 1] + gain > best:
                        best, move = score[i - 1][j - 1] + gain, (1, 1)
            score[i][j], back[i][j] = best, move
    pairs = []
    i, j = na, nb
    while i > 0 or j > 0:
        di, dj = back[i][j]
        if di and dj:
            pairs.append((i - 1, j - 1))
        i, j = i - di, j - dj
    return pairs[::-1]


def main():
    folder = sys.argv[1]
    for name in sys.argv[2:]:
        a = read_notes(f"{folder}/{name}.a.tsv")
        b = read_notes(f"{folder}/{name}.b.tsv")
        start = time.perf_counter()
        pairs = align(a, b)
        seconds = time.perf_counter() - start
        with open(f"{folder}/{name}.pred.tsv", "w", encoding="utf-8") as f:
            for i, j in pairs:
                f.write(f"{i}\t{j}\n")
        print(f"{name} {seconds:.6f}", flush=True)


if __name__ == "__main__":
    main()
