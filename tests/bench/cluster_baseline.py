#!/usr/bin/python3
"""Baselines for bench_cluster: scikit-learn TF-IDF + AgglomerativeClustering(average, cosine) and KMeans.

Usage: cluster_baseline.py DATA.tsv K
DATA.tsv is written by bench_cluster: header `id<TAB>label<TAB>ours<TAB>text`, one row per text, where
`label` is the true topic and `ours` is Hearing Desk's cluster for the row (used to cross-check the
C++ ARI/NMI with scikit-learn's implementation). Prints one JSON object per line.
"""
import json
import sys
import time

import numpy as np
from sklearn.cluster import AgglomerativeClustering, KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def read(path):
    labels, ours, texts = [], [], []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t", 3)
            labels.append(parts[1])
            ours.append(parts[2])
            texts.append(parts[3])
    return labels, ours, texts


def report(name, truth, pred, seconds):
    print(json.dumps({"method": name,
                      "ari": adjusted_rand_score(truth, pred),
                      "nmi": normalized_mutual_info_score(truth, pred),
                      "seconds": seconds}), flush=True)


def main():
    path, k = sys.argv[1], int(sys.argv[2])
    truth, ours, texts = read(path)
    report("ours (scored by sklearn)", truth, ours, 0.0)

    start = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    agg = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average")
    pred = agg.fit_predict(x.toarray())
    report("sklearn agglomerative (average, cosine)", truth, pred, time.perf_counter() - start)

    start = time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    pred = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(x)
    report("sklearn kmeans", truth, pred, time.perf_counter() - start)


if __name__ == "__main__":
    np.random.seed(0)
    main()
