#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>

#include "core/cluster/clustering.h"
#include "core/base/i18n.h"
#include "core/text/text_analysis.h"
#include "core/base/utf8.h"
#include "tests/support/cluster_corpus.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

std::vector<int> Truth(size_t n) {
    std::vector<int> t;
    for (size_t i = 0; i < n; ++i) t.push_back(static_cast<int>(i % 3));
    return t;
}
} // namespace

TEST_CASE("TF-IDF vectors are l2-normalised, ignore stop words and meet across inflections", "[cluster]") {
    TfidfVectorizer v(Analyzer());
    auto vectors = v.FitTransform({"De jongeren hangen rond", "Een jongere hing rond het plein", "Het plein"});
    for (const SparseVector& x : vectors) {
        float n2 = 0;
        for (float w : x.value) n2 += w * w;
        CHECK(n2 == Approx(1.0f).epsilon(1e-4));
    }
    CHECK(Dot(vectors[0], vectors[1]) > 0.3f); // jongeren/jongere share a stem
    CHECK(Dot(vectors[0], vectors[2]) == Approx(0.0f));
    for (uint32_t f = 0; f < v.FeatureCount(); ++f)
        if (v.IsWordFeature(f)) CHECK_FALSE(Analyzer().IsStopWord(v.StemOf(f), TextLanguage::Dutch));
}

TEST_CASE("clustering finds the topics of a small Dutch corpus", "[cluster]") {
    auto texts = test::ClusterCorpus();
    ClusterOptions options;
    options.k = 3;
    Clustering c = ClusterTexts(Analyzer(), texts, options);
    REQUIRE(c.clusters.size() == 3);
    CHECK(AdjustedRandIndex(Truth(texts.size()), c.assignment) > 0.5);
}

TEST_CASE("clustering is deterministic and puts every note in exactly one cluster", "[cluster]") {
    auto texts = test::ClusterCorpus();
    for (Linkage linkage : {Linkage::Ward, Linkage::Average, Linkage::Complete}) {
        ClusterOptions options;
        options.linkage = linkage;
        Clustering a = ClusterTexts(Analyzer(), texts, options);
        Clustering b = ClusterTexts(Analyzer(), texts, options);
        CHECK(a.assignment == b.assignment);
        std::vector<int> seen(texts.size(), 0);
        for (size_t c = 0; c < a.clusters.size(); ++c) {
            CHECK_FALSE(a.clusters[c].members.empty());
            CHECK(a.clusters[c].label == b.clusters[c].label);
            for (size_t m : a.clusters[c].members) {
                ++seen[m];
                CHECK(a.assignment[m] == static_cast<int>(c));
            }
        }
        CHECK(std::all_of(seen.begin(), seen.end(), [](int s) { return s == 1; }));
    }
}

TEST_CASE("exactly k clusters when k is given", "[cluster]") {
    auto texts = test::ClusterCorpus();
    for (int k : {1, 2, 3, 5, 9, 18}) {
        ClusterOptions options;
        options.k = k;
        Clustering c = ClusterTexts(Analyzer(), texts, options);
        CHECK(c.clusters.size() == static_cast<size_t>(k));
        for (const ClusterSummary& s : c.clusters) CHECK_FALSE(s.members.empty());
    }
    // Duplicate texts and texts without any content word still give exactly k clusters.
    std::vector<std::string> odd = {"de", "het", "een", "drugs", "drugs", "drugs", "verkeer", "", "?!"};
    ClusterOptions options;
    options.k = 4;
    CHECK(ClusterTexts(Analyzer(), odd, options).clusters.size() == 4);
}

TEST_CASE("labels are real words from the notes, not stems", "[cluster]") {
    auto texts = test::ClusterCorpus();
    ClusterOptions options;
    options.k = 3;
    Clustering c = ClusterTexts(Analyzer(), texts, options);
    std::set<std::string> written;
    for (const std::string& t : texts)
        for (const Token& tok : Tokenize(t)) written.insert(tok.surface);
    for (const ClusterSummary& s : c.clusters) {
        REQUIRE_FALSE(s.label_words.empty());
        for (const std::string& w : s.label_words) CHECK(written.count(w) == 1);
        // The representative is a member.
        CHECK(std::count(s.members.begin(), s.members.end(), s.representative) == 1);
    }
}

TEST_CASE("a new note is assigned to the cluster of its topic", "[cluster]") {
    auto texts = test::ClusterCorpus();
    ClusterOptions options;
    options.k = 3;
    Clustering c = ClusterTexts(Analyzer(), texts, options);
    int drugs = c.assignment[0], traffic = c.assignment[1], neighbours = c.assignment[2];
    float sim = 0;
    CHECK(c.AssignToNearest("Dealers en drugs bij het station", &sim) == drugs);
    CHECK(sim > 0.0f);
    CHECK(c.AssignToNearest("fietsers en snelheid in het verkeer") == traffic);
    CHECK(c.AssignToNearest("ruzie tussen buren") == neighbours);
    CHECK(c.AssignToNearest("volstrekt onbekende woorden xyzzy") == -1);
}

TEST_CASE("k is chosen when not given, within the documented range", "[cluster]") {
    auto texts = test::ClusterCorpus();
    Clustering c = ClusterTexts(Analyzer(), texts, {});
    CHECK(c.clusters.size() >= 2);
    CHECK(c.clusters.size() <= texts.size() / 5);
}

TEST_CASE("a cancelled clustering says so and a progress callback is called", "[cluster]") {
    auto texts = test::ClusterCorpus();
    std::atomic<bool> cancel{true};
    ClusterOptions options;
    options.cancel = &cancel;
    CHECK(ClusterTexts(Analyzer(), texts, options).cancelled);
    cancel = false;
    float last = 0;
    int calls = 0;
    options.progress = [&](float f) { last = f; ++calls; };
    Clustering c = ClusterTexts(Analyzer(), texts, options);
    CHECK_FALSE(c.cancelled);
    CHECK(calls > 1);
    CHECK(last == Approx(1.0f));
}

namespace {
// Linkage distance between two groups, computed from scratch: average and complete use 1 - cosine
// over all pairs; Ward uses 2 na nb / (na + nb) |ca - cb|^2 (what the Lance-Williams update on
// squared Euclidean distances maintains).
double NaiveLinkage(Linkage linkage, const std::vector<SparseVector>& v, const std::vector<size_t>& a,
                    const std::vector<size_t>& b) {
    if (linkage == Linkage::Ward) {
        std::map<uint32_t, double> ca, cb;
        for (size_t x : a)
            for (size_t i = 0; i < v[x].index.size(); ++i) ca[v[x].index[i]] += v[x].value[i] / static_cast<double>(a.size());
        for (size_t y : b)
            for (size_t i = 0; i < v[y].index.size(); ++i) cb[v[y].index[i]] += v[y].value[i] / static_cast<double>(b.size());
        double d2 = 0;
        for (auto& [f, w] : ca) d2 += (w - cb[f]) * (w - cb[f]);
        for (auto& [f, w] : cb)
            if (!ca.count(f)) d2 += w * w;
        double na = static_cast<double>(a.size()), nb = static_cast<double>(b.size());
        return 2 * na * nb / (na + nb) * d2;
    }
    double sum = 0, worst = 0;
    for (size_t x : a)
        for (size_t y : b) {
            double d = 1.0 - Dot(v[x], v[y]);
            sum += d;
            worst = std::max(worst, d);
        }
    return linkage == Linkage::Complete ? worst : sum / static_cast<double>(a.size() * b.size());
}
} // namespace

TEST_CASE("the dendrogram matches a brute-force greedy agglomeration for every linkage", "[cluster]") {
    auto texts = test::ClusterCorpus();
    TfidfVectorizer vectorizer(Analyzer());
    auto vectors = vectorizer.FitTransform(texts);
    for (Linkage linkage : {Linkage::Average, Linkage::Ward, Linkage::Complete}) {
        INFO(ToKey(linkage));
        auto merges = BuildDendrogram(vectors, linkage);
        REQUIRE(merges.size() == texts.size() - 1);
        // Naive O(n^3): repeatedly merge the two closest groups.
        std::vector<std::vector<size_t>> groups;
        for (size_t i = 0; i < texts.size(); ++i) groups.push_back({i});
        std::vector<float> naive_heights;
        while (groups.size() > 1) {
            double best = 1e9;
            size_t ba = 0, bb = 1;
            for (size_t a = 0; a < groups.size(); ++a)
                for (size_t b = a + 1; b < groups.size(); ++b) {
                    double d = NaiveLinkage(linkage, vectors, groups[a], groups[b]);
                    if (d < best - 1e-9) { best = d; ba = a; bb = b; }
                }
            naive_heights.push_back(static_cast<float>(best));
            groups[ba].insert(groups[ba].end(), groups[bb].begin(), groups[bb].end());
            groups.erase(groups.begin() + static_cast<long>(bb));
        }
        std::sort(naive_heights.begin(), naive_heights.end());
        for (size_t m = 0; m < merges.size(); ++m) CHECK(merges[m].height == Approx(naive_heights[m]).margin(1e-4));
    }
}

TEST_CASE("adjusted Rand index and NMI behave on known cases", "[cluster]") {
    std::vector<int> t = {0, 0, 1, 1, 2, 2};
    CHECK(AdjustedRandIndex(t, {5, 5, 3, 3, 1, 1}) == Approx(1.0));
    CHECK(NormalizedMutualInfo(t, {5, 5, 3, 3, 1, 1}) == Approx(1.0));
    CHECK(AdjustedRandIndex(t, {0, 0, 0, 0, 0, 0}) == Approx(0.0));
    // Reference value computed by hand: ARI of {0,0,1,1} vs {0,0,0,1}.
    CHECK(AdjustedRandIndex({0, 0, 1, 1}, {0, 0, 0, 1}) == Approx(0.0).margin(1e-9));
    CHECK(AdjustedRandIndex({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2}) == Approx(0.24242424).epsilon(1e-6));
}
