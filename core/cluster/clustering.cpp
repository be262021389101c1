// [SECTION] index: distance matrix / nearest-neighbour chain / cut / choice of k / refinement /
// summaries (labels, representatives, centroids) / live assignment / ClusterTexts / ARI and NMI
#include "core/cluster/clustering.h"

#include "core/cluster/key_phrases.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "core/base/utf8.h"

namespace hd {

const char* ToKey(Linkage linkage) {
    switch (linkage) {
    case Linkage::Ward: return "ward";
    case Linkage::Average: return "average";
    case Linkage::Complete: return "complete";
    }
    return "";
}

namespace {

// Feature count of a set of vectors (largest index + 1).
size_t FeatureSpan(const std::vector<SparseVector>& vectors) {
    size_t span = 0;
    for (const SparseVector& v : vectors)
        if (!v.Empty()) span = std::max<size_t>(span, v.index.back() + 1);
    return span;
}

float SquaredNorm(const SparseVector& v) {
    float s = 0.0f;
    for (float w : v.value) s += w * w;
    return s;
}

// [SECTION] Distance matrix
// Full n x n float matrix, row-major, so that a nearest-neighbour scan reads one contiguous row.
// Similarities come from an inverted index: the work is the sum over features of df^2, small for
// notes of a few dozen words.
bool FillDistances(const std::vector<SparseVector>& vectors, Linkage linkage, std::vector<float>& dist,
                   const std::function<bool(float)>& tick) {
    const size_t n = vectors.size();
    const size_t span = FeatureSpan(vectors);
    std::vector<uint32_t> start(span + 1, 0);
    for (const SparseVector& v : vectors)
        for (uint32_t f : v.index) ++start[f + 1];
    for (size_t f = 0; f < span; ++f) start[f + 1] += start[f];
    std::vector<uint32_t> post_doc(start[span]);
    std::vector<float> post_w(start[span]);
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (size_t d = 0; d < n; ++d)
        for (size_t i = 0; i < vectors[d].index.size(); ++i) {
            uint32_t f = vectors[d].index[i];
            post_doc[fill[f]] = static_cast<uint32_t>(d);
            post_w[fill[f]++] = vectors[d].value[i];
        }
    std::vector<float> norm2(n);
    for (size_t d = 0; d < n; ++d) norm2[d] = SquaredNorm(vectors[d]);

    dist.assign(n * n, 0.0f);
    std::vector<float> sim(n);
    for (size_t d = 0; d < n; ++d) {
        std::fill(sim.begin(), sim.end(), 0.0f);
        const SparseVector& v = vectors[d];
        for (size_t i = 0; i < v.index.size(); ++i) {
            uint32_t f = v.index[i];
            float w = v.value[i];
            for (uint32_t p = start[f]; p < start[f + 1]; ++p) sim[post_doc[p]] += w * post_w[p];
        }
        float* row = &dist[d * n];
        if (linkage == Linkage::Ward) {
            // Squared Euclidean distance between the vectors (2 - 2 cos for two unit vectors).
            for (size_t j = 0; j < n; ++j) row[j] = std::max(0.0f, norm2[d] + norm2[j] - 2.0f * sim[j]);
        } else {
            for (size_t j = 0; j < n; ++j) row[j] = 1.0f - sim[j];
        }
        row[d] = 0.0f;
        if ((d & 63) == 0 && tick && !tick(static_cast<float>(d) / static_cast<float>(n))) return false;
    }
    return true;
}

// Lance-Williams update: distance from cluster k to the union of i and j.
inline float Combined(Linkage linkage, float dki, float dkj, float dij, float ni, float nj, float nk) {
    switch (linkage) {
    case Linkage::Ward: return ((ni + nk) * dki + (nj + nk) * dkj - nk * dij) / (ni + nj + nk);
    case Linkage::Average: return (ni * dki + nj * dkj) / (ni + nj);
    case Linkage::Complete: return std::max(dki, dkj);
    }
    return dki;
}

} // namespace

// [SECTION] Nearest-neighbour chain
// Ward, average and complete linkage are reducible, so following nearest neighbours until two
// clusters are each other's nearest gives the same merges as the greedy O(n^3) algorithm in O(n^2).
// A cluster lives in the slot of its smallest item, which is therefore also its union-find handle.
// Cache-friendly updates: a merge rewrites only the merged cluster's own row; every other row
// catches up lazily by replaying the merge log before it is next read (the log entries since its
// last refresh touch a few entries of that one row), so no merge writes down a matrix column.
std::vector<Merge> BuildDendrogram(const std::vector<SparseVector>& vectors, Linkage linkage,
                                   const std::function<bool(float)>& tick) {
    const size_t n = vectors.size();
    std::vector<Merge> merges;
    if (n < 2) return merges;
    std::vector<float> dist;
    auto fill_tick = [&](float f) { return !tick || tick(0.5f * f); };
    if (!FillDistances(vectors, linkage, dist, fill_tick)) return {};

    struct Logged {
        uint32_t s, t;
        float dst, ns, nt;
    };
    std::vector<Logged> log;
    log.reserve(n - 1);
    std::vector<size_t> synced(n, 0); // per row: log entries already applied
    std::vector<float> size(n, 1.0f);
    auto refresh = [&](size_t row_index) {
        float* row = &dist[row_index * n];
        const float nk = size[row_index];
        for (size_t m = synced[row_index]; m < log.size(); ++m) {
            const Logged& e = log[m];
            row[e.s] = Combined(linkage, row[e.s], row[e.t], e.dst, e.ns, e.nt, nk);
        }
        synced[row_index] = log.size();
    };

    std::vector<uint32_t> active(n);
    std::iota(active.begin(), active.end(), 0u);
    std::vector<size_t> chain;
    merges.reserve(n - 1);
    constexpr size_t kNone = std::numeric_limits<size_t>::max();
    while (active.size() > 1) {
        if (chain.empty()) chain.push_back(active[0]);
        size_t a = chain.back();
        size_t prev = chain.size() >= 2 ? chain[chain.size() - 2] : kNone;
        refresh(a);
        const float* row = &dist[a * n];
        // The previous chain element wins ties (needed for the chain to end); otherwise the lowest index.
        size_t best = prev;
        float best_d = prev != kNone ? row[prev] : std::numeric_limits<float>::infinity();
        for (uint32_t c : active)
            if (c != a && row[c] < best_d) { best_d = row[c]; best = c; }
        if (best == kNone) best = active[0] == a ? active[1] : active[0];
        if (best != prev) { chain.push_back(best); continue; }

        chain.pop_back();
        chain.pop_back();
        size_t s = std::min(a, best), t = std::max(a, best);
        refresh(s);
        refresh(t);
        float* row_s = &dist[s * n];
        const float* row_t = &dist[t * n];
        const float ds_t = row_s[t];
        for (uint32_t c : active)
            if (c != s && c != t) row_s[c] = Combined(linkage, row_s[c], row_t[c], ds_t, size[s], size[t], size[c]);
        log.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(t), ds_t, size[s], size[t]});
        synced[s] = log.size(); // row s is already the merged cluster's
        size[s] += size[t];
        active.erase(std::lower_bound(active.begin(), active.end(), static_cast<uint32_t>(t)));
        merges.push_back({s, t, best_d});
        if ((merges.size() & 63) == 0 && tick &&
            !tick(0.5f + 0.5f * static_cast<float>(merges.size()) / static_cast<float>(n)))
            return {};
    }
    std::stable_sort(merges.begin(), merges.end(), [](const Merge& x, const Merge& y) { return x.height < y.height; });
    return merges;
}

// [SECTION] Cut
std::vector<int> CutDendrogram(size_t n, const std::vector<Merge>& merges, size_t k) {
    std::vector<size_t> parent(n);
    std::iota(parent.begin(), parent.end(), size_t{0});
    auto find = [&](size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    k = std::clamp<size_t>(k, 1, std::max<size_t>(n, 1));
    size_t apply = std::min(merges.size(), n - std::min(n, k));
    for (size_t m = 0; m < apply; ++m) {
        size_t ra = find(merges[m].a), rb = find(merges[m].b);
        if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    std::vector<int> label(n, -1), out(n);
    int next = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t r = find(i);
        if (label[r] < 0) label[r] = next++;
        out[i] = label[r];
    }
    return out;
}

namespace {

// [SECTION] Cluster sums (feature-major dense arrays: sums[f * k + c])
struct ClusterSums {
    size_t k = 0;
    std::vector<float> sums;
    std::vector<int> count;
    std::vector<float> norm; // l2 norm of each sum
};

ClusterSums SumClusters(const std::vector<SparseVector>& vectors, const std::vector<int>& assignment, size_t k,
                        size_t span) {
    ClusterSums s;
    s.k = k;
    s.sums.assign(span * k, 0.0f);
    s.count.assign(k, 0);
    s.norm.assign(k, 0.0f);
    for (size_t d = 0; d < vectors.size(); ++d) {
        if (assignment[d] < 0) continue;
        auto c = static_cast<size_t>(assignment[d]);
        ++s.count[c];
        for (size_t i = 0; i < vectors[d].index.size(); ++i) s.sums[vectors[d].index[i] * k + c] += vectors[d].value[i];
    }
    std::vector<double> n2(k, 0.0);
    for (size_t f = 0; f < span; ++f)
        for (size_t c = 0; c < k; ++c) n2[c] += static_cast<double>(s.sums[f * k + c]) * s.sums[f * k + c];
    for (size_t c = 0; c < k; ++c) s.norm[c] = static_cast<float>(std::sqrt(n2[c]));
    return s;
}

// Dot products of one vector with every cluster sum.
void DotSums(const SparseVector& v, const ClusterSums& s, std::vector<float>& out) {
    out.assign(s.k, 0.0f);
    for (size_t i = 0; i < v.index.size(); ++i) {
        const float* col = &s.sums[static_cast<size_t>(v.index[i]) * s.k];
        float w = v.value[i];
        for (size_t c = 0; c < s.k; ++c) out[c] += w * col[c];
    }
}

// [SECTION] Choice of k
constexpr size_t kMinNotesPerChosenCluster = 5;
constexpr int kChooseRefineIterations = 3;
// Mean silhouette with centroids in place of all pairs: for a note, a = 1 - cosine to its own
// cluster's centroid (the note itself left out), b = 1 - cosine to the nearest other centroid,
// s = (b - a) / max(a, b); a note alone in its cluster scores 0. The k with the highest mean wins
// (the smaller k on a tie).
double CentroidSilhouette(const std::vector<SparseVector>& vectors, const std::vector<int>& assignment, size_t k,
                          size_t span) {
    ClusterSums s = SumClusters(vectors, assignment, k, span);
    std::vector<float> dots;
    double total = 0.0;
    for (size_t d = 0; d < vectors.size(); ++d) {
        const SparseVector& v = vectors[d];
        auto own = static_cast<size_t>(assignment[d]);
        if (v.Empty() || s.count[own] < 2) continue;
        DotSums(v, s, dots);
        float self2 = SquaredNorm(v);
        float rest2 = s.norm[own] * s.norm[own] - 2.0f * dots[own] + self2;
        float own_cos = rest2 > 1e-12f ? (dots[own] - self2) / std::sqrt(rest2) : 1.0f;
        float other_cos = -1.0f;
        for (size_t c = 0; c < k; ++c)
            if (c != own && s.norm[c] > 0.0f) other_cos = std::max(other_cos, dots[c] / s.norm[c]);
        double a = 1.0 - own_cos, b = 1.0 - other_cos;
        double m = std::max(a, b);
        if (m > 0.0) total += (b - a) / m;
    }
    return vectors.empty() ? 0.0 : total / static_cast<double>(vectors.size());
}

// [SECTION] Refinement
// Spherical k-means passes starting from the cut: each note moves to the centroid it is most
// similar to. A note never leaves a cluster it is the last member of, so exactly k clusters remain.
// Notes with assignment -1 (outside the dendrogram's sample) are placed in the first pass.
void Refine(const std::vector<SparseVector>& vectors, std::vector<int>& assignment, size_t k, size_t span,
            int iterations, const std::function<bool()>& keep_going) {
    std::vector<float> dots;
    bool unplaced = std::find(assignment.begin(), assignment.end(), -1) != assignment.end();
    for (int it = 0; it < std::max(iterations, unplaced ? 1 : 0); ++it) {
        if (keep_going && !keep_going()) return;
        ClusterSums s = SumClusters(vectors, assignment, k, span);
        bool changed = false;
        for (size_t d = 0; d < vectors.size(); ++d) {
            int cur = assignment[d];
            if (cur >= 0 && s.count[static_cast<size_t>(cur)] <= 1) continue;
            DotSums(vectors[d], s, dots);
            int best = cur;
            float best_cos = cur >= 0 && s.norm[static_cast<size_t>(cur)] > 0.0f
                                 ? dots[static_cast<size_t>(cur)] / s.norm[static_cast<size_t>(cur)]
                                 : -2.0f;
            for (size_t c = 0; c < k; ++c) {
                float cs = s.norm[c] > 0.0f ? dots[c] / s.norm[c] : 0.0f;
                if (cs > best_cos + 1e-6f) { best_cos = cs; best = static_cast<int>(c); }
            }
            if (best < 0) best = 0;
            if (best != cur) {
                if (cur >= 0) --s.count[static_cast<size_t>(cur)];
                ++s.count[static_cast<size_t>(best)];
                assignment[d] = best;
                changed = true;
            }
        }
        if (!changed && it > 0) break;
    }
}

std::string FirstWords(std::string_view text, size_t count) {
    std::string out;
    size_t used = 0;
    for (const Token& t : Tokenize(text)) {
        if (used == count) break;
        if (!out.empty()) out += ' ';
        out += t.surface;
        ++used;
    }
    return out;
}

} // namespace

// [SECTION] Summaries
void Clustering::Summarise(const ClusterOptions& options) {
    const size_t n = m_vectors.size();
    int max_label = -1;
    for (int a : assignment) max_label = std::max(max_label, a);
    size_t k = static_cast<size_t>(max_label + 1);
    m_features = m_vectorizer->FeatureCount();
    ClusterSums s = SumClusters(m_vectors, assignment, k, m_features);

    clusters.assign(k, {});
    for (size_t d = 0; d < n; ++d) clusters[static_cast<size_t>(assignment[d])].members.push_back(d);

    // Centroids, unit length, feature-major for fast assignment.
    m_centroids.assign(m_features * k, 0.0f);
    for (size_t f = 0; f < m_features; ++f)
        for (size_t c = 0; c < k; ++c)
            m_centroids[f * k + c] = s.norm[c] > 0.0f ? s.sums[f * k + c] / s.norm[c] : 0.0f;

    std::vector<float> total(m_features, 0.0f);
    for (size_t f = 0; f < m_features; ++f)
        for (size_t c = 0; c < k; ++c) total[f] += s.sums[f * k + c];
    std::vector<int> df_all(m_features, 0), df_in(m_features, 0);
    for (const SparseVector& v : m_vectors)
        for (uint32_t f : v.index) ++df_all[f];

    for (size_t c = 0; c < k; ++c) {
        ClusterSummary& cl = clusters[c];
        if (cl.members.empty()) continue;
        // Representative: the member closest to the centroid (lowest index on a tie).
        float best = -2.0f;
        for (size_t d : cl.members) {
            float sim = 0.0f;
            for (size_t i = 0; i < m_vectors[d].index.size(); ++i)
                sim += m_vectors[d].value[i] * m_centroids[m_vectors[d].index[i] * k + c];
            if (sim > best + 1e-7f) { best = sim; cl.representative = d; }
        }
        // Label: words found in a larger share of the cluster's notes than of the other notes; the
        // tf-idf weight difference breaks near-ties, so a word many notes share beats one strong word.
        auto in_n = static_cast<float>(cl.members.size());
        auto out_n = static_cast<float>(n - cl.members.size());
        std::vector<uint32_t> touched;
        for (size_t d : cl.members)
            for (uint32_t f : m_vectors[d].index) {
                if (!m_vectorizer->IsWordFeature(f)) continue;
                if (df_in[f]++ == 0) touched.push_back(f);
            }
        std::vector<std::pair<float, uint32_t>> scored;
        for (uint32_t f : touched) {
            float share_in = static_cast<float>(df_in[f]) / in_n;
            float share_out = out_n > 0.0f ? static_cast<float>(df_all[f] - df_in[f]) / out_n : 0.0f;
            float inside = s.sums[f * k + c] / in_n;
            float outside = out_n > 0.0f ? (total[f] - s.sums[f * k + c]) / out_n : 0.0f;
            scored.emplace_back(share_in - share_out + 0.25f * (inside - outside), f);
        }
        for (uint32_t f : touched) df_in[f] = 0;
        std::sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
        for (const auto& [score, f] : scored) {
            if (cl.label_words.size() >= options.label_words) break;
            if (score <= 0.0f && !cl.label_words.empty()) break;
            const std::string& word = m_vectorizer->SurfaceOf(f);
            std::string folded = FoldForMatch(word);
            bool dup = std::any_of(cl.label_words.begin(), cl.label_words.end(),
                                   [&](const std::string& w) { return FoldForMatch(w) == folded; });
            if (!dup) cl.label_words.push_back(word);
        }
        for (const std::string& w : cl.label_words) {
            if (!cl.label.empty()) cl.label += ", ";
            cl.label += w;
        }
    }
}

// Key phrases replace the comma-joined label words where the notes hold any span of 2+ content words.
void Clustering::LabelWithPhrases(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                                  const ClusterOptions& options) {
    if (!options.phrase_labels || clusters.empty()) return;
    KeyPhraseOptions ko;
    ko.language = m_vectorizer ? m_vectorizer->Language() : options.language;
    std::vector<std::vector<KeyPhrase>> phrases = KeyPhrases(analyzer, texts, assignment, ko);
    for (size_t c = 0; c < clusters.size() && c < phrases.size(); ++c) {
        for (const KeyPhrase& p : phrases[c]) clusters[c].key_phrases.push_back(p.text);
        if (!clusters[c].key_phrases.empty()) clusters[c].label = clusters[c].key_phrases.front();
    }
}

// [SECTION] Live assignment
int Clustering::AssignToNearest(const SparseVector& v, float* similarity) const {
    const size_t k = clusters.size();
    if (k == 0) return -1;
    std::vector<float> scores(k, 0.0f);
    for (size_t i = 0; i < v.index.size(); ++i) {
        if (v.index[i] >= m_features) continue;
        const float* col = &m_centroids[static_cast<size_t>(v.index[i]) * k];
        for (size_t c = 0; c < k; ++c) scores[c] += v.value[i] * col[c];
    }
    int best = -1;
    float best_score = 0.0f;
    for (size_t c = 0; c < k; ++c)
        if (scores[c] > best_score) { best_score = scores[c]; best = static_cast<int>(c); }
    if (similarity) *similarity = best_score;
    return best;
}

int Clustering::AssignToNearest(std::string_view text, float* similarity) const {
    if (!m_vectorizer) return -1;
    return AssignToNearest(m_vectorizer->Transform(text), similarity);
}

// [SECTION] ClusterTexts
void Clustering::Vectorize(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                           const ClusterOptions& options) {
    TfidfOptions tf;
    tf.language = options.language;
    tf.ngram_weight = options.ngram_weight;
    tf.compound_weight = options.compound_weight;
    m_vectorizer = std::make_unique<TfidfVectorizer>(analyzer, tf);
    m_vectors = m_vectorizer->FitTransform(texts);
}

Clustering ClusterTexts(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                        const ClusterOptions& options) {
    Clustering result;
    result.Vectorize(analyzer, texts, options);
    const std::vector<SparseVector>& vectors = result.m_vectors;
    const size_t n = vectors.size();
    auto report = [&](float f) {
        if (options.progress) options.progress(f);
        return !(options.cancel && options.cancel->load());
    };
    if (!report(0.1f)) { result.cancelled = true; return result; }
    if (n == 0) return result;

    // The dendrogram is built on all notes, or on an evenly spread sample of large sets.
    std::vector<size_t> sample;
    size_t step = (n + options.max_agglomerative - 1) / std::max<size_t>(1, options.max_agglomerative);
    for (size_t i = 0; i < n; i += std::max<size_t>(1, step)) sample.push_back(i);
    std::vector<SparseVector> sample_vectors;
    if (sample.size() < n)
        for (size_t i : sample) sample_vectors.push_back(vectors[i]);
    const std::vector<SparseVector>& tree_input = sample.size() < n ? sample_vectors : vectors;
    std::vector<Merge> merges =
        BuildDendrogram(tree_input, options.linkage, [&](float f) { return report(0.1f + 0.7f * f); });
    if (n > 1 && merges.empty()) { result.cancelled = true; return result; }
    for (const Merge& m : merges) result.merge_heights.push_back(m.height);

    const size_t m = sample.size();
    const size_t span = result.m_vectorizer->FeatureCount();
    size_t k = options.k > 0 ? std::min<size_t>(static_cast<size_t>(options.k), n) : 0;
    if (k == 0) {
        // Candidates: min_k..max_k, and at most one cluster per kMinNotesPerChosenCluster notes.
        size_t lo = static_cast<size_t>(std::max(1, options.min_k));
        size_t hi = std::min<size_t>(static_cast<size_t>(std::max(1, options.max_k)),
                                     std::max<size_t>(lo, m / kMinNotesPerChosenCluster));
        k = std::min<size_t>(lo, m);
        double best = -2.0;
        for (size_t cand = lo; cand <= hi; ++cand) {
            if (!report(0.8f + 0.05f * static_cast<float>(cand - lo) / static_cast<float>(hi - lo + 1))) {
                result.cancelled = true;
                return result;
            }
            std::vector<int> trial = CutDendrogram(m, merges, cand);
            Refine(tree_input, trial, cand, span, kChooseRefineIterations, {});
            double sc = CentroidSilhouette(tree_input, trial, cand, span);
            if (sc > best + 1e-9) { best = sc; k = cand; }
        }
    }
    if (!report(0.85f)) { result.cancelled = true; return result; }
    std::vector<int> cut = CutDendrogram(m, merges, std::min(k, m));
    std::vector<int> assignment(n, -1);
    for (size_t i = 0; i < m; ++i) assignment[sample[i]] = cut[i];
    Refine(vectors, assignment, std::min(k, m), span, options.refine_iterations,
           [&] { return !(options.cancel && options.cancel->load()); });
    if (options.cancel && options.cancel->load()) { result.cancelled = true; return result; }

    // Number clusters largest first, ties by their first member, so output order is stable.
    size_t kk = std::min(k, m);
    std::vector<size_t> count(kk, 0), first(kk, n);
    for (size_t d = 0; d < n; ++d) {
        auto c = static_cast<size_t>(assignment[d]);
        ++count[c];
        first[c] = std::min(first[c], d);
    }
    std::vector<size_t> order(kk);
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        return count[x] != count[y] ? count[x] > count[y] : first[x] < first[y];
    });
    std::vector<int> rank(kk);
    for (size_t r = 0; r < kk; ++r) rank[order[r]] = static_cast<int>(r);
    for (int& a : assignment) a = rank[static_cast<size_t>(a)];
    result.assignment = std::move(assignment);
    result.Summarise(options);
    result.LabelWithPhrases(analyzer, texts, options);
    for (size_t c = 0; c < result.clusters.size(); ++c)
        if (result.clusters[c].label.empty())
            result.clusters[c].label = FirstWords(texts[result.clusters[c].representative], 3);
    report(1.0f);
    return result;
}

Clustering ClusteringFromAssignment(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                                    const std::vector<int>& assignment, const ClusterOptions& options) {
    Clustering result;
    result.Vectorize(analyzer, texts, options);
    result.assignment = assignment;
    result.assignment.resize(texts.size(), 0);
    for (int& a : result.assignment) a = std::max(a, 0);
    result.Summarise(options);
    result.LabelWithPhrases(analyzer, texts, options);
    for (ClusterSummary& cl : result.clusters)
        if (cl.label.empty() && !cl.members.empty()) cl.label = FirstWords(texts[cl.representative], 3);
    return result;
}

// [SECTION] Quality measures
namespace {
struct Contingency {
    std::map<std::pair<int, int>, double> cells;
    std::map<int, double> rows, cols;
    double n = 0;
};
Contingency Count(const std::vector<int>& truth, const std::vector<int>& predicted) {
    Contingency t;
    for (size_t i = 0; i < truth.size() && i < predicted.size(); ++i) {
        t.cells[{truth[i], predicted[i]}] += 1;
        t.rows[truth[i]] += 1;
        t.cols[predicted[i]] += 1;
        t.n += 1;
    }
    return t;
}
double Pairs(double x) { return x * (x - 1) / 2; }
} // namespace

double AdjustedRandIndex(const std::vector<int>& truth, const std::vector<int>& predicted) {
    Contingency t = Count(truth, predicted);
    double index = 0, a = 0, b = 0;
    for (const auto& [key, v] : t.cells) index += Pairs(v);
    for (const auto& [key, v] : t.rows) a += Pairs(v);
    for (const auto& [key, v] : t.cols) b += Pairs(v);
    double expected = t.n > 1 ? a * b / Pairs(t.n) : 0;
    double max_index = (a + b) / 2;
    if (max_index == expected) return 1.0;
    return (index - expected) / (max_index - expected);
}

double NormalizedMutualInfo(const std::vector<int>& truth, const std::vector<int>& predicted) {
    Contingency t = Count(truth, predicted);
    if (t.n == 0) return 1.0;
    double mi = 0, hu = 0, hv = 0;
    for (const auto& [key, v] : t.cells)
        mi += v / t.n * std::log(v * t.n / (t.rows[key.first] * t.cols[key.second]));
    for (const auto& [key, v] : t.rows) hu -= v / t.n * std::log(v / t.n);
    for (const auto& [key, v] : t.cols) hv -= v / t.n * std::log(v / t.n);
    if (hu == 0 && hv == 0) return 1.0;
    double denom = (hu + hv) / 2;
    return denom > 0 ? std::max(0.0, mi / denom) : 0.0;
}

} // namespace hd
