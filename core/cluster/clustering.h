// Agglomerative clustering of notes by topic (see docs/clustering.md for the method and the choice
// of the number of clusters). Deterministic: the same texts and options give the same clusters.
#pragma once
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/tfidf.h"

namespace hd {

enum class Linkage { Ward, Average, Complete };
const char* ToKey(Linkage linkage);

struct ClusterOptions {
    int k = 0;                       // number of clusters; 0 = choose (see ChooseK in docs/clustering.md)
    int min_k = 2, max_k = 30;       // range searched when k = 0 (also at most one cluster per 5 notes)
    Linkage linkage = Linkage::Ward; // Ward on unit vectors follows cosine similarity and gives balanced groups
    // Passes of centroid refinement after the cut (each note moves to its most similar cluster
    // centroid; 0 keeps the pure dendrogram cut).
    int refine_iterations = 10;
    // Features: stems always; parts of compounds weigh `compound_weight`, character n-grams of
    // long words `ngram_weight` (0 = off; see TfidfOptions).
    float compound_weight = 0.5f;
    float ngram_weight = 0.0f;
    TextLanguage language = TextLanguage::Unknown;
    // Beyond this many notes the dendrogram is built on an evenly spread sample and the refinement
    // places the rest (memory grows with the square of the notes clustered).
    size_t max_agglomerative = 6000;
    size_t label_words = 3;
    // Label each cluster with its best key phrase (core/cluster/key_phrases.h) instead of its
    // label words joined; off only to measure what the phrases cost.
    bool phrase_labels = true;
    std::function<void(float)> progress; // 0..1, called from the clustering thread
    std::atomic<bool>* cancel = nullptr; // set to true to stop early (the result is then marked cancelled)
};

struct ClusterSummary {
    std::vector<size_t> members;           // indices into the input, ascending
    size_t representative = 0;             // member most similar to the centroid
    std::vector<std::string> label_words;  // most distinctive words, as written in the notes
    std::vector<std::string> key_phrases;  // 2-5 word spans from the notes, best first (may be empty)
    std::string label;                     // the best key phrase, else label_words joined by ", "
};

// One clustering: the fitted features, the clusters and their centroids, for live assignment.
class Clustering {
public:
    bool cancelled = false;
    std::vector<int> assignment;           // per input text: cluster index
    std::vector<ClusterSummary> clusters;  // largest first, ties by first member
    std::vector<float> merge_heights;      // dendrogram merge distances, ascending (for diagnostics)

    // Nearest existing cluster for a new text (cosine to the centroids), -1 when the text shares
    // no feature with any cluster. `similarity` receives the cosine when given.
    int AssignToNearest(std::string_view text, float* similarity = nullptr) const;
    int AssignToNearest(const SparseVector& v, float* similarity = nullptr) const;
    const TfidfVectorizer& Vectorizer() const { return *m_vectorizer; }
    const std::vector<SparseVector>& Vectors() const { return m_vectors; }

private:
    friend Clustering ClusterTexts(const TextAnalyzer&, const std::vector<std::string>&, const ClusterOptions&);
    friend Clustering ClusteringFromAssignment(const TextAnalyzer&, const std::vector<std::string>&,
                                               const std::vector<int>&, const ClusterOptions&);
    // Fits the TF-IDF vectorizer the options describe on `texts` and keeps their vectors.
    void Vectorize(const TextAnalyzer& analyzer, const std::vector<std::string>& texts, const ClusterOptions& options);
    void Summarise(const ClusterOptions& options);
    void LabelWithPhrases(const TextAnalyzer& analyzer, const std::vector<std::string>& texts, const ClusterOptions& options);
    std::unique_ptr<TfidfVectorizer> m_vectorizer;
    std::vector<SparseVector> m_vectors;
    size_t m_features = 0;
    std::vector<float> m_centroids; // feature-major: m_centroids[f * k + c], unit length per cluster
};

// Clusters `texts` (k = options.k, or chosen). Every text is in exactly one cluster; with k > 0
// there are exactly min(k, texts.size()) non-empty clusters.
Clustering ClusterTexts(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                        const ClusterOptions& options = {});

// Summaries and centroids for a given grouping (e.g. a board shaped by hand): `assignment[i]` is
// the cluster of text i, clusters numbered 0..max. Cluster order follows the numbering.
Clustering ClusteringFromAssignment(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                                    const std::vector<int>& assignment, const ClusterOptions& options = {});

// [SECTION] Building blocks, exposed for tests and benchmarks
struct Merge {
    size_t a, b;  // an item of each merged cluster (union-find representatives)
    float height; // linkage distance at the merge
};
// Merges of a full dendrogram over `vectors` (nearest-neighbour chain on a float distance matrix),
// sorted by height. Empty when cancelled.
std::vector<Merge> BuildDendrogram(const std::vector<SparseVector>& vectors, Linkage linkage,
                                   const std::function<bool(float)>& tick = {});
// Cluster index per item after applying the first n - k merges; clusters numbered by first item.
std::vector<int> CutDendrogram(size_t n, const std::vector<Merge>& merges, size_t k);

// Quality measures against true labels (benchmarks): adjusted Rand index and normalised mutual
// information (arithmetic mean normalisation, as scikit-learn's default).
double AdjustedRandIndex(const std::vector<int>& truth, const std::vector<int>& predicted);
double NormalizedMutualInfo(const std::vector<int>& truth, const std::vector<int>& predicted);

} // namespace hd
