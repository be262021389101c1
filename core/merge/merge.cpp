// [SECTION] index
//   Keys and speakers
//   Features: stems weighted by rarity, trigram signatures
//   Clock: filling unknown times, anchor pairs, offset estimate
//   Band and pair similarities
//   Alignment (dynamic programming)
//   Entries: grouping, order, proposed text
#include "core/merge/merge.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

#include "core/text/text_analysis.h"
#include "core/base/utf8.h"

namespace hd {

// [SECTION] Keys and speakers
std::string_view ToKey(MergeStatus s) {
    switch (s) {
    case MergeStatus::Agreed: return "agreed";
    case MergeStatus::Differs: return "differs";
    case MergeStatus::OnlyA: return "only_a";
    case MergeStatus::OnlyB: return "only_b";
    }
    return "only_a";
}

std::optional<MergeStatus> MergeStatusFromKey(std::string_view key) {
    for (MergeStatus s : {MergeStatus::Agreed, MergeStatus::Differs, MergeStatus::OnlyA, MergeStatus::OnlyB})
        if (ToKey(s) == key) return s;
    return std::nullopt;
}

namespace {
std::vector<std::string> FoldedWords(std::string_view s) {
    std::vector<std::string> out;
    for (Token& t : Tokenize(s)) out.push_back(std::move(t.folded));
    return out;
}
} // namespace

namespace {
// One name is the other's surname: its words end the other's words ("Peeters", "De Smet").
bool SurnameOf(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    return shorter.size() < longer.size() && std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}
} // namespace

namespace {
// Forms of address and titles reporters put before a surname ("dhr. Peeters", "minister Peeters").
bool IsTitle(std::string_view w) {
    for (std::string_view t : {"dhr", "heer", "mijnheer", "meneer", "mevr", "mevrouw", "mw", "juffrouw", "minister", "min",
                               "schepen", "burgemeester", "burg", "voorzitter", "voorzitster", "vz", "dr", "prof", "mr",
                               "mrs", "ms", "miss", "sir", "madam", "mayor", "chair", "councillor", "de", "the"})
        if (w == t) return true;
    return false;
}

// A name without its leading titles; the title alone when it is all there is ("voorzitter").
std::vector<std::string> NameWords(std::string_view name) {
    std::vector<std::string> w = FoldedWords(name);
    size_t k = 0;
    while (k < w.size() && IsTitle(w[k])) ++k;
    if (k > 0 && k < w.size()) w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k));
    return w;
}
} // namespace

bool SpeakersMatch(std::string_view x, std::string_view y) {
    std::vector<std::string> fx = FoldedWords(x), fy = FoldedWords(y);
    if (fx.empty() || fy.empty()) return false;
    if (fx == fy) return true;
    std::vector<std::string> wx = NameWords(x), wy = NameWords(y);
    if (wx == wy || SurnameOf(wx, wy) || SurnameOf(wy, wx)) return true;
    // A first name alone against a full name that starts with it ("An" and "An Peeters").
    return (wx.size() == 1 && wy.size() > 1 && wy.front() == wx.front() && !IsTitle(wx.front())) ||
           (wy.size() == 1 && wx.size() > 1 && wx.front() == wy.front() && !IsTitle(wy.front()));
}

namespace {

// [SECTION] Features
constexpr int kSignatureWords = 32; // 2048-bit trigram signature per note
constexpr double kNegInf = -std::numeric_limits<double>::infinity();

// Popcount of the AND of two signatures. Built for the CPU's popcnt instruction when it has one
// (nearly every x86-64 since 2008); the generic build would call a slow library routine per word.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("popcnt"))) int SharedBitsPopcnt(const uint64_t* x, const uint64_t* y) {
    int bits = 0;
    for (int w = 0; w < kSignatureWords; ++w) bits += __builtin_popcountll(x[w] & y[w]);
    return bits;
}
#endif
int SharedBitsGeneric(const uint64_t* x, const uint64_t* y) {
    int bits = 0;
    for (int w = 0; w < kSignatureWords; ++w) bits += std::popcount(x[w] & y[w]);
    return bits;
}
using SharedBitsFn = int (*)(const uint64_t*, const uint64_t*);
SharedBitsFn ChooseSharedBits() {
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("popcnt")) return SharedBitsPopcnt;
#endif
    return SharedBitsGeneric;
}
const SharedBitsFn SharedBits = ChooseSharedBits();

// Abbreviations reporters type in hearings (folded, without the dot), and what they stand for.
std::string_view ExpandAbbreviation(std::string_view folded) {
    static constexpr std::pair<std::string_view, std::string_view> kTable[] = {
        {"min", "minister"},       {"dhr", "heer"},          {"mijnheer", "heer"},   {"mevr", "mevrouw"},
        {"mw", "mevrouw"},         {"pol", "politie"},       {"shw", "straathoekwerk"}, {"kab", "kabinet"},
        {"bv", "bijvoorbeeld"},    {"bijv", "bijvoorbeeld"}, {"ong", "ongeveer"},    {"vz", "voorzitter"},
        {"mln", "miljoen"},        {"mld", "miljard"},       {"burg", "burgemeester"}, {"gem", "gemeente"},
        {"ocmw", "ocmw"},          {"ivm", "verband"},       {"mbt", "betrekking"},  {"evt", "eventueel"},
        {"mr", "mister"},          {"mrs", "missus"},        {"approx", "approximately"}, {"eg", "example"}};
    for (const auto& [abbr, full] : kTable)
        if (abbr == folded) return full;
    return folded;
}

// One distinct folded word of either transcript.
struct WordInfo {
    std::string folded;
    uint32_t stem = 0;
    bool stop = false;
    std::vector<uint16_t> bits; // trigram signature bits, sorted, distinct
};

// Folded word -> id with stem, stop flag and trigram bits, memoised: stemming and hashing every
// token again would dominate the run time.
class Vocabulary {
public:
    Vocabulary(const TextAnalyzer& analyzer, TextLanguage lang) : m_analyzer(analyzer), m_lang(lang), m_slots(1 << 14, kEmpty) {}
    uint32_t Id(std::string_view folded) {
        // Open addressing on an FNV-1a hash: a token lookup is one hash and usually one compare.
        uint64_t h = 1469598103934665603ull;
        for (unsigned char c : folded) h = (h ^ c) * 1099511628211ull;
        size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            uint32_t id = m_slots[i];
            if (id == kEmpty) {
                id = Add(folded);
                m_slots[i] = id;
                if (m_words.size() * 2 > m_slots.size()) Grow();
                return id;
            }
            if (m_words[id].folded == folded) return id;
        }
    }
    WordInfo& operator[](uint32_t id) { return m_words[id]; }
    size_t StemCount() const { return m_stems.size(); }

private:
    static constexpr uint32_t kEmpty = 0xFFFFFFFFu;

    uint32_t Add(std::string_view folded) {
        WordInfo info;
        info.folded = std::string(folded);
        // A reporter's abbreviation counts as the word it stands for ("min." is "minister").
        std::string_view full = ExpandAbbreviation(folded);
        info.stop = m_analyzer.IsStopWord(full, m_lang);
        auto [sit, inserted] = m_stems.emplace(m_analyzer.Stem(full, m_lang), static_cast<uint32_t>(m_stems.size()));
        (void)inserted;
        info.stem = sit->second;
        std::vector<uint64_t> hashes;
        CharNgramHashes(folded, 3, 3, hashes);
        for (uint64_t g : hashes) info.bits.push_back(static_cast<uint16_t>(g % (kSignatureWords * 64)));
        std::sort(info.bits.begin(), info.bits.end());
        info.bits.erase(std::unique(info.bits.begin(), info.bits.end()), info.bits.end());
        m_words.push_back(std::move(info));
        return static_cast<uint32_t>(m_words.size() - 1);
    }

    void Grow() {
        std::vector<uint32_t> slots(m_slots.size() * 2, kEmpty);
        size_t mask = slots.size() - 1;
        for (uint32_t id = 0; id < m_words.size(); ++id) {
            uint64_t h = 1469598103934665603ull;
            for (unsigned char c : m_words[id].folded) h = (h ^ c) * 1099511628211ull;
            size_t i = h & mask;
            while (slots[i] != kEmpty) i = (i + 1) & mask;
            slots[i] = id;
        }
        m_slots = std::move(slots);
    }

    const TextAnalyzer& m_analyzer;
    TextLanguage m_lang;
    std::vector<uint32_t> m_slots;
    std::unordered_map<std::string, uint32_t> m_stems;
    std::vector<WordInfo> m_words;
};

bool IsApostropheCodePoint(char32_t c) { return c == U'\'' || c == 0x2019; }

// Words of a note, split like hd::Tokenize and folded like it (lowercase, accents off, apostrophes
// dropped, a final 's after an apostrophe dropped), but without allocating per token.
void ScanWords(std::string_view text, Vocabulary& vocab, std::vector<DiffWord>& out, std::string& buf) {
    size_t i = 0, n = text.size();
    while (i < n) {
        char32_t cp;
        size_t len = DecodeAt(text, i, cp);
        if (!IsWordChar(cp)) {
            i += len;
            continue;
        }
        buf.clear();
        size_t begin = i, end = i;
        bool possessive = false;
        while (i < n) {
            auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                // ASCII fast path: folding is lowercasing.
                buf.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
                end = ++i;
                possessive = false;
                continue;
            }
            len = DecodeAt(text, i, cp);
            if (IsWordChar(cp)) {
                AppendFolded(buf, cp);
                i += len;
                end = i;
                possessive = false;
                continue;
            }
            if (IsApostropheCodePoint(cp) && i + len < n) {
                char32_t next;
                size_t next_len = DecodeAt(text, i + len, next);
                if (IsWordChar(next)) {
                    AppendFolded(buf, next);
                    i += len + next_len;
                    end = i;
                    possessive = next == U's' || next == U'S';
                    continue;
                }
            }
            break;
        }
        if (possessive && buf.size() > 1) buf.pop_back();
        out.push_back({vocab.Id(buf), begin, end});
    }
}

struct Side {
    std::vector<std::vector<DiffWord>> words; // per note, keyed by vocabulary id
    std::vector<std::vector<uint32_t>> stems; // sorted unique content stems per note
    std::vector<double> weight;               // sum of stem weights per note
    std::vector<uint64_t> grams;              // kSignatureWords per note
    std::vector<int> gram_count;
    std::vector<int64_t> time;                // filled (never -1)
    bool timed = false;                       // at least one real time
    size_t Size() const { return stems.size(); }
    const uint64_t* Grams(size_t i) const { return grams.data() + i * kSignatureWords; }
};

void Analyse(const std::vector<MergeNote>& notes, Vocabulary& vocab, Side& side) {
    size_t n = notes.size();
    side.stems.resize(n);
    side.words.resize(n);
    side.grams.assign(n * kSignatureWords, 0);
    side.gram_count.assign(n, 0);
    std::string buf;
    for (size_t i = 0; i < n; ++i) {
        uint64_t* sig = side.grams.data() + i * kSignatureWords;
        ScanWords(notes[i].text, vocab, side.words[i], buf);
        for (const DiffWord& w : side.words[i]) {
            const WordInfo& info = vocab[w.key];
            if (info.stop) continue;
            side.stems[i].push_back(info.stem);
            for (uint16_t bit : info.bits) sig[bit >> 6] |= 1ull << (bit & 63);
        }
        // A short note of small words ("Zelfs geen.", "Het is één of het ander.") is all small words:
        // they are its content, or it could never pair.
        if (side.stems[i].size() < 2)
            for (const DiffWord& w : side.words[i]) {
                const WordInfo& info = vocab[w.key];
                if (!info.stop) continue;
                side.stems[i].push_back(info.stem);
                for (uint16_t bit : info.bits) sig[bit >> 6] |= 1ull << (bit & 63);
            }
        std::sort(side.stems[i].begin(), side.stems[i].end());
        side.stems[i].erase(std::unique(side.stems[i].begin(), side.stems[i].end()), side.stems[i].end());
        int count = 0;
        for (int w = 0; w < kSignatureWords; ++w) count += std::popcount(sig[w]);
        side.gram_count[i] = count;
    }
}

// Rare stems say more than frequent ones: inverse document frequency over both transcripts
// (this also makes the merge work when no stop-word list is installed).
std::vector<double> StemWeights(const Side& a, const Side& b, size_t stem_count) {
    std::vector<uint32_t> df(stem_count, 0);
    for (const Side* s : {&a, &b})
        for (const auto& stems : s->stems)
            for (uint32_t id : stems) ++df[id];
    double n = static_cast<double>(a.Size() + b.Size());
    std::vector<double> w(stem_count, 0);
    for (size_t i = 0; i < stem_count; ++i) w[i] = df[i] ? std::log(1.0 + n / df[i]) : 0;
    return w;
}

void SumWeights(Side& side, const std::vector<double>& idf) {
    side.weight.assign(side.Size(), 0);
    for (size_t i = 0; i < side.Size(); ++i)
        for (uint32_t id : side.stems[i]) side.weight[i] += idf[id];
}

// [SECTION] Clock
// Unknown times are interpolated between known neighbours; a side without any time gets times
// spread like the other side's (index fraction), and then time plays no part in the score.
void FillTimes(const std::vector<MergeNote>& notes, Side& side) {
    size_t n = notes.size();
    side.time.assign(n, -1);
    std::vector<size_t> known;
    for (size_t i = 0; i < n; ++i)
        if (notes[i].time_ms >= 0) known.push_back(i);
    // Times guide the alignment only when they say something: a file stamped once, or with one time
    // on every line (a paused clock), is aligned on its words alone.
    std::vector<int64_t> distinct;
    for (size_t i : known) distinct.push_back(notes[i].time_ms);
    std::sort(distinct.begin(), distinct.end());
    size_t different = static_cast<size_t>(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
    side.timed = different >= 2 && different * 50 >= n;
    if (!side.timed) return;
    for (size_t i : known) side.time[i] = notes[i].time_ms;
    for (size_t i = 0; i < known.front(); ++i) side.time[i] = side.time[known.front()];
    for (size_t i = known.back() + 1; i < n; ++i) side.time[i] = side.time[known.back()];
    for (size_t k = 0; k + 1 < known.size(); ++k) {
        size_t l = known[k], r = known[k + 1];
        for (size_t i = l + 1; i < r; ++i)
            side.time[i] = side.time[l] + (side.time[r] - side.time[l]) * static_cast<int64_t>(i - l) /
                                              static_cast<int64_t>(r - l);
    }
}

void SpreadTimes(Side& side, int64_t start, int64_t end) {
    size_t n = side.Size();
    side.time.assign(n, start);
    for (size_t i = 0; i < n; ++i)
        side.time[i] = start + (n > 1 ? (end - start) * static_cast<int64_t>(i) / static_cast<int64_t>(n - 1) : 0);
}

// Speakers compared once per distinct pair of names, so the DP only looks up a table.
class SpeakerTable {
public:
    SpeakerTable(const std::vector<MergeNote>& a, const std::vector<MergeNote>& b) {
        m_a = Ids(a);
        m_b = Ids(b);
        size_t n = m_names.size();
        m_match.assign(n * n, 0);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) m_match[i * n + j] = SpeakersMatch(m_names[i], m_names[j]) ? 1 : 0;
    }
    bool Match(size_t i, size_t j) const {
        int x = m_a[i], y = m_b[j];
        return x >= 0 && y >= 0 && m_match[static_cast<size_t>(x) * m_names.size() + static_cast<size_t>(y)];
    }

private:
    std::vector<int> Ids(const std::vector<MergeNote>& notes) {
        std::vector<int> out(notes.size(), -1);
        for (size_t i = 0; i < notes.size(); ++i) {
            if (Trim(notes[i].speaker).empty()) continue;
            auto [it, inserted] = m_ids.emplace(notes[i].speaker, static_cast<int>(m_names.size()));
            if (inserted) m_names.push_back(notes[i].speaker);
            out[i] = it->second;
        }
        return out;
    }
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
    std::vector<int> m_a, m_b;
    std::vector<uint8_t> m_match;
};

struct PairSim {
    float stem = 0; // weighted shared stems
    int grams = 0;  // shared signature bits
};

PairSim ComputePair(const Side& a, size_t i, const Side& b, size_t j, const std::vector<double>& idf) {
    PairSim p;
    const auto& x = a.stems[i];
    const auto& y = b.stems[j];
    size_t u = 0, v = 0;
    double shared = 0;
    while (u < x.size() && v < y.size()) {
        if (x[u] < y[v]) ++u;
        else if (y[v] < x[u]) ++v;
        else shared += idf[x[u]], ++u, ++v;
    }
    p.stem = static_cast<float>(shared);
    p.grams = SharedBits(a.Grams(i), b.Grams(j));
    return p;
}

double Dice(double shared, double total) { return total > 0 ? std::min(1.0, 2.0 * shared / total) : 0.0; }

// Non-decreasing copy of the times, so binary search works even when a reporter's clock jumped back.
std::vector<int64_t> RunningMax(const std::vector<int64_t>& t) {
    std::vector<int64_t> out(t);
    for (size_t i = 1; i < out.size(); ++i) out[i] = std::max(out[i], out[i - 1]);
    return out;
}

struct Anchor {
    int64_t t_a = 0;
    int64_t delta = 0; // B time minus A time
};

int64_t Median(std::vector<int64_t>& v) {
    if (v.empty()) return 0;
    auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// The aligner proper: holds the analysed sides and the pair cache for one run.
class Aligner {
public:
    Aligner(const Side& a, const Side& b, const std::vector<double>& idf, const std::vector<MergeNote>& na,
            const std::vector<MergeNote>& nb, const MergeOptions& o)
        : m_a(a), m_b(b), m_idf(idf), m_o(o), m_speakers(na, nb) {}

    // [SECTION] Anchors and clock offset
    // Anchors: confident pairs found through rare shared stems, whatever the clocks say, then the
    // longest chain of them in both reporters' order. Cost is near-linear: each note meets only the
    // notes sharing one of its rarest stems, within a budget of candidate pairs.
    void FindAnchors() {
        size_t na = m_a.Size(), nb = m_b.Size();
        m_b_on_a.assign(m_b.time.begin(), m_b.time.end());
        if (na == 0 || nb == 0) return;
        std::vector<std::pair<uint64_t, size_t>> candidates = RareStemCandidates();
        std::vector<double> best_a(na, 0), best_b(nb, 0);
        std::vector<int64_t> arg_a(na, -1), arg_b(nb, -1);
        for (const auto& [key, unused] : candidates) {
            (void)unused;
            size_t i = static_cast<size_t>(key >> 32), j = static_cast<size_t>(key & 0xFFFFFFFFu);
            double sim = Similarity(ComputePair(m_a, i, m_b, j, m_idf), m_a.weight[i] + m_b.weight[j],
                                    m_a.gram_count[i] + m_b.gram_count[j]);
            if (sim > best_a[i]) best_a[i] = sim, arg_a[i] = static_cast<int64_t>(j);
            if (sim > best_b[j]) best_b[j] = sim, arg_b[j] = static_cast<int64_t>(i);
        }
        std::vector<std::pair<size_t, size_t>> mutual;
        for (size_t i = 0; i < na; ++i) {
            if (arg_a[i] < 0 || best_a[i] < m_o.anchor_similarity) continue;
            size_t j = static_cast<size_t>(arg_a[i]);
            if (arg_b[j] == static_cast<int64_t>(i)) mutual.push_back({i, j});
        }
        if (m_a.timed && m_b.timed) DropFarFromClock(mutual);
        m_chain = LongestChain(mutual);
        EstimateOffset();
    }

    // [SECTION] Band and pairs
    void BuildBand() {
        size_t na = m_a.Size(), nb = m_b.Size();
        bool timed = m_a.timed && m_b.timed;
        std::vector<int64_t> bs = RunningMax(m_b_on_a);
        int64_t min_notes = m_o.band_min_notes;
        m_lo.assign(na + 1, nb);
        m_hi.assign(na + 1, 0);
        auto widen = [&](size_t r, int64_t lo, int64_t hi) {
            m_lo[r] = std::min(m_lo[r], static_cast<size_t>(std::clamp<int64_t>(lo, 0, static_cast<int64_t>(nb))));
            m_hi[r] = std::max(m_hi[r], static_cast<size_t>(std::clamp<int64_t>(hi, 0, static_cast<int64_t>(nb))));
        };
        // Along the anchor chain: between two anchors, around the straight line joining them, as wide
        // as the two reporters' note counts there differ, plus a margin.
        std::vector<std::pair<size_t, size_t>> path;
        path.push_back({0, 0});
        for (const auto& [i, j] : m_chain) path.push_back({i, j});
        path.push_back({na, nb});
        for (size_t k = 0; k + 1 < path.size(); ++k) {
            auto [r0, c0] = path[k];
            auto [r1, c1] = path[k + 1];
            if (r1 < r0 || c1 < c0) continue;
            int64_t dr = static_cast<int64_t>(r1 - r0), dc = static_cast<int64_t>(c1 - c0);
            int64_t half = min_notes + std::llabs(dr - dc);
            for (size_t r = r0; r <= r1; ++r) {
                int64_t centre = static_cast<int64_t>(c0) + (dr ? dc * static_cast<int64_t>(r - r0) / dr : 0);
                widen(r, std::max<int64_t>(centre - half, static_cast<int64_t>(c0) - min_notes),
                      std::min<int64_t>(centre + half + (dr ? 0 : dc), static_cast<int64_t>(c1) + 1 + min_notes));
            }
        }
        // With usable clocks, also every B note within band_time_ms of the A note's time.
        if (timed) {
            for (size_t r = 0; r < na; ++r) {
                int64_t t = m_a.time[r]; // A's clock is the reference
                auto centre = std::lower_bound(bs.begin(), bs.end(), t) - bs.begin();
                int64_t lo = std::lower_bound(bs.begin(), bs.end(), t - m_o.band_time_ms) - bs.begin();
                int64_t hi = std::upper_bound(bs.begin(), bs.end(), t + m_o.band_time_ms) - bs.begin();
                widen(r, std::min<int64_t>(lo, centre - min_notes), std::max<int64_t>(hi, centre + min_notes));
            }
        }
        if (na > 0) widen(na, static_cast<int64_t>(m_lo[na - 1]), static_cast<int64_t>(nb));
        m_hi[na] = nb;
        m_lo[0] = 0;
        for (size_t r = 0; r <= na; ++r)
            if (m_lo[r] > m_hi[r]) m_lo[r] = m_hi[r];
        // Monotone, connected rows: every cell can be reached and (na, nb) is in the band.
        for (size_t r = 1; r <= na; ++r) m_hi[r] = std::max(m_hi[r], m_hi[r - 1]);
        for (size_t r = na; r-- > 0;) m_lo[r] = std::min(m_lo[r], m_lo[r + 1]);
        for (size_t r = 1; r <= na; ++r) m_lo[r] = std::min(m_lo[r], m_hi[r - 1]);
        m_row_start.assign(na + 2, 0);
        for (size_t r = 0; r <= na; ++r) m_row_start[r + 1] = m_row_start[r] + (m_hi[r] - m_lo[r] + 1);
        // Pair cache: A note i meets B notes consumed in rows i+1 .. i+max_group.
        size_t g = static_cast<size_t>(std::max(1, m_o.max_group));
        m_pair_base.assign(na, 0);
        m_pair_start.assign(na + 1, 0);
        for (size_t i = 0; i < na; ++i) {
            size_t lo = m_lo[i + 1] > g ? m_lo[i + 1] - g : 0;
            size_t hi = m_hi[std::min(na, i + g)];
            m_pair_base[i] = lo;
            m_pair_start[i + 1] = m_pair_start[i] + (hi > lo ? hi - lo : 0);
        }
        m_pairs.resize(m_pair_start[na]);
        for (size_t i = 0; i < na; ++i)
            for (size_t k = 0; k < m_pair_start[i + 1] - m_pair_start[i]; ++k)
                m_pairs[m_pair_start[i] + k] = ComputePair(m_a, i, m_b, m_pair_base[i] + k, m_idf);
    }

    // [SECTION] Alignment
    struct Move {
        uint8_t k = 0, l = 0; // A notes and B notes consumed
    };

    std::vector<Move> Align() {
        size_t na = m_a.Size(), nb = m_b.Size();
        std::vector<double> score(m_row_start[na + 1], kNegInf);
        std::vector<Move> back(score.size());
        int g = std::max(1, m_o.max_group);
        for (size_t r = 0; r <= na; ++r) {
            for (size_t c = m_lo[r]; c <= m_hi[r]; ++c) {
                size_t cell = m_row_start[r] + (c - m_lo[r]);
                double best = (r == 0 && c == 0) ? 0.0 : kNegInf;
                Move move;
                auto consider = [&](int k, int l, double gain) {
                    double prev = Score(score, r - static_cast<size_t>(k), c - static_cast<size_t>(l));
                    if (prev == kNegInf) return;
                    if (prev + gain > best) best = prev + gain, move = {static_cast<uint8_t>(k), static_cast<uint8_t>(l)};
                };
                if (r >= 1) consider(1, 0, 0.0);
                if (c >= 1) consider(0, 1, 0.0);
                for (int k = 1; k <= g && static_cast<size_t>(k) <= r; ++k) {
                    for (int l = 1; l <= g && static_cast<size_t>(l) <= c; ++l) {
                        if (k > 1 && l > 1) break; // 1:n and n:1 only
                        if (!InBand(r - static_cast<size_t>(k), c - static_cast<size_t>(l))) continue;
                        double gain = Gain(r - static_cast<size_t>(k), r, c - static_cast<size_t>(l), c);
                        if (gain != kNegInf) consider(k, l, gain);
                    }
                }
                score[cell] = best;
                back[cell] = move;
            }
        }
        std::vector<Move> path;
        size_t r = na, c = nb;
        while (r > 0 || c > 0) {
            Move m = back[m_row_start[r] + (c - m_lo[r])];
            path.push_back(m);
            r -= m.k;
            c -= m.l;
        }
        std::reverse(path.begin(), path.end());
        return path;
    }

    // Similarity of A notes [a0, a1) and B notes [b0, b1), from the pair cache.
    double GroupSimilarity(size_t a0, size_t a1, size_t b0, size_t b1) {
        double shared = 0, total = 0;
        int grams = 0, gram_total = 0;
        for (size_t i = a0; i < a1; ++i) total += m_a.weight[i], gram_total += m_a.gram_count[i];
        for (size_t j = b0; j < b1; ++j) total += m_b.weight[j], gram_total += m_b.gram_count[j];
        for (size_t i = a0; i < a1; ++i)
            for (size_t j = b0; j < b1; ++j) {
                PairSim p = Pair(i, j);
                shared += p.stem;
                grams += p.grams;
            }
        return m_o.stem_weight * Dice(shared, total) + (1 - m_o.stem_weight) * Dice(grams, gram_total);
    }

    int64_t GlobalOffset() const { return m_global_offset; }
    int AnchorCount() const { return static_cast<int>(m_chain.size()); }
    int64_t BOnA(size_t j) const { return m_b_on_a[j]; }

private:
    double Similarity(PairSim p, double weight_total, int gram_total) const {
        return m_o.stem_weight * Dice(p.stem, weight_total) + (1 - m_o.stem_weight) * Dice(p.grams, gram_total);
    }

    // Candidate pairs (key i << 32 | j) of notes sharing a rare stem: stems taken rarest first until
    // the budget of pairs is spent, so a transcript that repeats itself cannot make this quadratic.
    std::vector<std::pair<uint64_t, size_t>> RareStemCandidates() const {
        std::unordered_map<uint32_t, std::pair<std::vector<uint32_t>, std::vector<uint32_t>>> postings;
        for (size_t i = 0; i < m_a.Size(); ++i)
            for (uint32_t st : m_a.stems[i]) postings[st].first.push_back(static_cast<uint32_t>(i));
        for (size_t j = 0; j < m_b.Size(); ++j)
            for (uint32_t st : m_b.stems[j]) {
                auto it = postings.find(st);
                if (it != postings.end()) it->second.second.push_back(static_cast<uint32_t>(j));
            }
        std::vector<std::pair<size_t, uint32_t>> by_cost;
        for (const auto& [st, p] : postings)
            if (!p.second.empty()) by_cost.push_back({p.first.size() * p.second.size(), st});
        std::sort(by_cost.begin(), by_cost.end());
        size_t budget = 24 * (m_a.Size() + m_b.Size()) + 64, used = 0;
        std::vector<std::pair<uint64_t, size_t>> out;
        for (const auto& [cost, st] : by_cost) {
            if (used + cost > budget || cost > 64) break;
            used += cost;
            const auto& p = postings.at(st);
            for (uint32_t i : p.first)
                for (uint32_t j : p.second) out.push_back({(static_cast<uint64_t>(i) << 32) | j, 0});
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    // With usable clocks, an anchor whose clock difference is far from the typical one pairs a
    // sentence with its repetition elsewhere in the hearing: it would pull the band off course.
    void DropFarFromClock(std::vector<std::pair<size_t, size_t>>& pairs) const {
        std::vector<int64_t> deltas;
        for (const auto& [i, j] : pairs) deltas.push_back(m_b.time[j] - m_a.time[i]);
        int64_t typical = Median(deltas);
        pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                                   [&](const auto& p) {
                                       return std::llabs(m_b.time[p.second] - m_a.time[p.first] - typical) > m_o.max_anchor_skew_ms;
                                   }),
                    pairs.end());
    }

    // Longest chain of pairs increasing in both i and j (patience sorting, n log n).
    static std::vector<std::pair<size_t, size_t>> LongestChain(std::vector<std::pair<size_t, size_t>> pairs) {
        std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first < y.first : x.second > y.second;
        });
        std::vector<size_t> tails, prev(pairs.size(), SIZE_MAX);
        for (size_t k = 0; k < pairs.size(); ++k) {
            auto it = std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                                       [&](size_t t, size_t j) { return pairs[t].second < j; });
            size_t pos = static_cast<size_t>(it - tails.begin());
            if (pos > 0) prev[k] = tails[pos - 1];
            if (it == tails.end()) tails.push_back(k);
            else *it = k;
        }
        std::vector<std::pair<size_t, size_t>> chain;
        for (size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = prev[k]) chain.push_back(pairs[k]);
        std::reverse(chain.begin(), chain.end());
        return chain;
    }

    // Offset between the laptops' clocks: running median over the anchors' time differences.
    void EstimateOffset() {
        if (!(m_a.timed && m_b.timed) || !m_o.estimate_clock_offset) return;
        for (const auto& [i, j] : m_chain) m_anchors.push_back({m_a.time[i], m_b.time[j] - m_a.time[i]});
        std::sort(m_anchors.begin(), m_anchors.end(), [](const Anchor& x, const Anchor& y) { return x.t_a < y.t_a; });
        std::vector<int64_t> all;
        for (const Anchor& an : m_anchors) all.push_back(an.delta);
        m_global_offset = Median(all);
        for (size_t j = 0; j < m_b.Size(); ++j) m_b_on_a[j] = m_b.time[j] - OffsetAt(m_b.time[j] - m_global_offset);
    }

    int64_t OffsetAt(int64_t t_a) const {
        auto lo = std::lower_bound(m_anchors.begin(), m_anchors.end(), t_a - m_o.offset_window_ms,
                                   [](const Anchor& x, int64_t t) { return x.t_a < t; });
        std::vector<int64_t> local;
        for (auto it = lo; it != m_anchors.end() && it->t_a <= t_a + m_o.offset_window_ms; ++it) local.push_back(it->delta);
        if (local.size() < 3) return m_global_offset;
        return Median(local);
    }

    bool InBand(size_t r, size_t c) const { return c >= m_lo[r] && c <= m_hi[r]; }

    double Score(const std::vector<double>& score, size_t r, size_t c) const {
        if (!InBand(r, c)) return kNegInf;
        return score[m_row_start[r] + (c - m_lo[r])];
    }

    PairSim Pair(size_t i, size_t j) const {
        size_t base = m_pair_base[i];
        size_t len = m_pair_start[i + 1] - m_pair_start[i];
        if (j >= base && j < base + len) return m_pairs[m_pair_start[i] + (j - base)];
        return ComputePair(m_a, i, m_b, j, m_idf);
    }

    // A note (or a few) must really belong to the group, not ride along on a good partner.
    bool MemberBelongs(double shared, double weight, int grams, int gram_count) const {
        if (weight > 0 && shared / weight >= m_o.member_min_share) return true;
        return gram_count > 0 && static_cast<double>(grams) / gram_count >= 0.6;
    }

    double Gain(size_t a0, size_t a1, size_t b0, size_t b1) {
        double s = GroupSimilarity(a0, a1, b0, b1);
        if (s < m_o.match_threshold) return kNegInf;
        size_t k = a1 - a0, l = b1 - b0;
        if (k > 1 || l > 1) {
            // The single note on one side meets each member of the other side's group.
            for (size_t i = a0; i < a1; ++i)
                for (size_t j = b0; j < b1; ++j) {
                    PairSim p = Pair(i, j);
                    bool ok = k > 1 ? MemberBelongs(p.stem, m_a.weight[i], p.grams, m_a.gram_count[i])
                                    : MemberBelongs(p.stem, m_b.weight[j], p.grams, m_b.gram_count[j]);
                    if (!ok) return kNegInf;
                }
        }
        if ((k > 1 || l > 1) && !EachMemberAddsSomething(a0, a1, b0, b1)) return kNegInf;
        double gain = static_cast<double>(k + l) * (s - m_o.match_threshold);
        if (m_a.timed && m_b.timed) {
            int64_t d = std::numeric_limits<int64_t>::max();
            for (size_t i = a0; i < a1; ++i)
                for (size_t j = b0; j < b1; ++j) d = std::min<int64_t>(d, std::llabs(m_a.time[i] - m_b_on_a[j]));
            if (d > m_o.time_tolerance_ms)
                gain -= m_o.time_penalty * static_cast<double>(d - m_o.time_tolerance_ms) /
                        static_cast<double>(std::max<int64_t>(1, m_o.time_tolerance_ms));
        }
        if (SpeakerAgrees(a0, a1, b0, b1)) gain += m_o.speaker_bonus;
        return gain;
    }

    // In a 1:n group each of the n notes must cover a part of the single note that no other member
    // covers: a short note repeating words its neighbour already shares only rides along.
    bool EachMemberAddsSomething(size_t a0, size_t a1, size_t b0, size_t b1) const {
        bool single_a = a1 - a0 == 1;
        const Side& one = single_a ? m_a : m_b;
        const Side& many = single_a ? m_b : m_a;
        size_t x = single_a ? a0 : b0, g0 = single_a ? b0 : a0, g1 = single_a ? b1 : a1;
        double need = m_o.member_unique_share * one.weight[x];
        for (size_t m = g0; m < g1; ++m) {
            double unique = 0;
            for (uint32_t st : one.stems[x]) {
                if (!std::binary_search(many.stems[m].begin(), many.stems[m].end(), st)) continue;
                bool elsewhere = false;
                for (size_t o = g0; o < g1 && !elsewhere; ++o)
                    elsewhere = o != m && std::binary_search(many.stems[o].begin(), many.stems[o].end(), st);
                if (!elsewhere) unique += m_idf[st];
            }
            if (unique < need) return false;
        }
        return true;
    }

public:
    // In a 1:n group each of the n notes must be mostly made of the single note's words (by weight)
    // for the group to be `agreed`: a member that brings much of its own is likely a neighbouring
    // remark riding along ("Infrabel werkt mee aan een project ..." beside the list of clusters).
    bool EachMemberCovered(size_t a0, size_t a1, size_t b0, size_t b1, double share) const {
        bool single_a = a1 - a0 == 1;
        const Side& many = single_a ? m_b : m_a;
        size_t x = single_a ? a0 : b0, g0 = single_a ? b0 : a0, g1 = single_a ? b1 : a1;
        for (size_t m = g0; m < g1; ++m) {
            PairSim p = single_a ? Pair(x, m) : Pair(m, x);
            if (many.weight[m] > 0 && p.stem < share * many.weight[m]) return false;
        }
        return true;
    }

private:
    bool SpeakerAgrees(size_t a0, size_t a1, size_t b0, size_t b1) const {
        for (size_t i = a0; i < a1; ++i)
            for (size_t j = b0; j < b1; ++j)
                if (m_speakers.Match(i, j)) return true;
        return false;
    }

    const Side& m_a;
    const Side& m_b;
    const std::vector<double>& m_idf;
    const MergeOptions& m_o;
    SpeakerTable m_speakers;
    std::vector<std::pair<size_t, size_t>> m_chain; // anchor pairs (i, j), increasing in both
    std::vector<Anchor> m_anchors;
    int64_t m_global_offset = 0;
    std::vector<int64_t> m_b_on_a; // B's times shifted onto A's clock
    std::vector<size_t> m_lo, m_hi, m_row_start;
    std::vector<size_t> m_pair_base, m_pair_start;
    std::vector<PairSim> m_pairs;
};

// [SECTION] Entries
std::string FirstSpeaker(const std::vector<MergeNote>& notes, const std::vector<size_t>& idx) {
    for (size_t i : idx)
        if (!notes[i].speaker.empty()) return notes[i].speaker;
    return {};
}

// Reporters name different people for this entry (or one reporter names two within it). Unknown
// speakers conflict with nobody: the merge never invents a speaker.
bool SpeakersConflict(const std::vector<MergeNote>& a, const std::vector<size_t>& ia, const std::vector<MergeNote>& b,
                      const std::vector<size_t>& ib) {
    std::vector<std::string_view> names;
    for (size_t i : ia)
        if (!Trim(a[i].speaker).empty()) names.push_back(a[i].speaker);
    for (size_t j : ib)
        if (!Trim(b[j].speaker).empty()) names.push_back(b[j].speaker);
    for (size_t x = 0; x < names.size(); ++x)
        for (size_t y = x + 1; y < names.size(); ++y)
            if (names[x] != names[y] && !SpeakersMatch(names[x], names[y])) return true;
    return false;
}

std::string EntrySpeaker(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty() || a == b) return a;
    if (SpeakersMatch(a, b)) { // the fuller form of the name: more name words, titles aside
        size_t na = NameWords(a).size(), nb = NameWords(b).size();
        return na != nb ? (na > nb ? a : b) : (a.size() >= b.size() ? a : b);
    }
    return a + " / " + b;
}

double TrigramDice(const std::vector<uint16_t>& x, const std::vector<uint16_t>& y) {
    size_t shared = 0, u = 0, v = 0;
    while (u < x.size() && v < y.size()) {
        if (x[u] < y[v]) ++u;
        else if (y[v] < x[u]) ++v;
        else ++shared, ++u, ++v;
    }
    return x.size() + y.size() ? 2.0 * static_cast<double>(shared) / static_cast<double>(x.size() + y.size()) : 0.0;
}

// A word of the other text is already said in the base text when its stem is there, when it is an
// abbreviation of a base word (prefix) or the other way round, or when it is a typo (shared trigrams).
class Coverage {
public:
    Coverage(const std::vector<DiffWord>& base, Vocabulary& vocab) : m_vocab(vocab) {
        for (const DiffWord& w : base) {
            m_stems.push_back(vocab[w.key].stem);
            m_words.push_back(w.key);
        }
        std::sort(m_stems.begin(), m_stems.end());
        std::sort(m_words.begin(), m_words.end());
        m_words.erase(std::unique(m_words.begin(), m_words.end()), m_words.end());
    }
    bool Covers(uint32_t word) {
        const WordInfo& info = m_vocab[word];
        if (std::binary_search(m_stems.begin(), m_stems.end(), info.stem)) return true;
        if (m_sorted.empty()) {
            for (uint32_t id : m_words) m_sorted.push_back(m_vocab[id].folded);
            std::sort(m_sorted.begin(), m_sorted.end());
        }
        const std::string& w = info.folded;
        // The word abbreviates a base word: some base word starts with it.
        auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), std::string_view(w));
        if (w.size() >= 2 && it != m_sorted.end() && it->compare(0, w.size(), w) == 0) return true;
        // A base word abbreviates this word: one of its prefixes is a base word.
        for (size_t len = 2; len < w.size(); ++len)
            if (std::binary_search(m_sorted.begin(), m_sorted.end(), std::string_view(w).substr(0, len)))
                return true;
        // A typo: most trigrams shared with a base word of about the same length.
        for (uint32_t id : m_words) {
            size_t len = m_vocab[id].folded.size();
            if (len + 2 < w.size() || w.size() + 2 < len) continue;
            if (TrigramDice(info.bits, m_vocab[id].bits) >= 0.5) return true;
        }
        return false;
    }

private:
    Vocabulary& m_vocab;
    std::vector<uint32_t> m_stems;              // sorted
    std::vector<uint32_t> m_words;              // distinct base words
    std::vector<std::string_view> m_sorted;     // their folded forms, sorted, made on first need
};

// The group's notes as one text, with their words shifted to index that text.
void JoinGroup(const std::vector<MergeNote>& notes, const Side& side, const std::vector<size_t>& idx, std::string& text,
               std::vector<DiffWord>& words) {
    for (size_t i : idx) {
        if (!text.empty()) text += ' ';
        size_t shift = text.size();
        text += notes[i].text;
        for (DiffWord w : side.words[i]) {
            w.begin += shift;
            w.end += shift;
            words.push_back(w);
        }
    }
}

// The fuller text as the proposal; what only the other reporter wrote goes to `also_noted`, so nothing
// is lost and no mark ever enters the text.
void ProposeText(MergedEntry& e, const std::vector<DiffWord>& wa, const std::vector<DiffWord>& wb, Vocabulary& vocab) {
    bool base_is_a = wa.size() >= wb.size();
    const std::string& base = base_is_a ? e.a_text : e.b_text;
    const std::string& other = base_is_a ? e.b_text : e.a_text;
    const std::vector<DiffWord>& other_words = base_is_a ? wb : wa;
    DiffOp other_only = base_is_a ? DiffOp::OnlyB : DiffOp::OnlyA;
    Coverage coverage(base_is_a ? wa : wb, vocab);
    std::vector<std::string_view> extras;
    size_t next = 0; // words and spans are both in reading order: one pass
    for (const DiffSpan& s : e.diff) {
        if (s.op != other_only && s.op != DiffOp::Equal) continue;
        size_t begin = base_is_a ? s.b_begin : s.a_begin, end = base_is_a ? s.b_end : s.a_end;
        bool news = false;
        for (; next < other_words.size() && other_words[next].begin < end; ++next) {
            const DiffWord& w = other_words[next];
            if (s.op == other_only && w.begin >= begin && !news && !vocab[w.key].stop && !coverage.Covers(w.key)) news = true;
        }
        if (news) extras.push_back(std::string_view(other).substr(begin, end - begin));
    }
    e.text = base;
    e.also_noted.clear();
    e.also_noted_by = 0;
    if (extras.empty()) return;
    for (size_t i = 0; i < extras.size(); ++i) {
        if (i) e.also_noted += " \xE2\x80\xA6 "; // " … "
        e.also_noted += extras[i];
    }
    e.also_noted_by = base_is_a ? 'B' : 'A';
}

// Words that flip or quantify a statement. Similarity hardly notices a dropped "niet", a reviewer must.
bool IsNegation(std::string_view w) {
    for (std::string_view n : {"niet", "geen", "nooit", "niemand", "niets", "not", "no", "never", "nobody", "nothing", "none"})
        if (w == n) return true;
    return false;
}

bool IsNumber(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Two texts agree on their facts when they have the same negations and the same numbers.
bool FactsAgree(const std::vector<DiffWord>& a, const std::vector<DiffWord>& b, Vocabulary& vocab) {
    auto facts = [&](const std::vector<DiffWord>& words) {
        std::vector<std::string_view> out;
        for (const DiffWord& w : words) {
            const std::string& f = vocab[w.key].folded;
            if (IsNegation(f)) out.push_back("-");
            else if (IsNumber(f)) out.push_back(f);
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    return facts(a) == facts(b);
}

// Gap moves between two matched groups come out of the DP in arbitrary A/B order; put them in time
// order (`keys`: filled times on A's clock). Each reporter's own order is kept.
void OrderGaps(std::vector<MergedEntry>& entries, std::vector<int64_t>& keys) {
    auto is_gap = [&](size_t k) { return entries[k].status == MergeStatus::OnlyA || entries[k].status == MergeStatus::OnlyB; };
    size_t i = 0;
    while (i < entries.size()) {
        if (!is_gap(i)) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < entries.size() && is_gap(j)) ++j;
        std::vector<size_t> as, bs, order;
        for (size_t k = i; k < j; ++k) (entries[k].status == MergeStatus::OnlyA ? as : bs).push_back(k);
        size_t x = 0, y = 0;
        while (x < as.size() || y < bs.size()) {
            if (y == bs.size() || (x < as.size() && keys[as[x]] <= keys[bs[y]])) order.push_back(as[x++]);
            else order.push_back(bs[y++]);
        }
        std::vector<MergedEntry> moved;
        std::vector<int64_t> moved_keys;
        for (size_t k : order) moved.push_back(std::move(entries[k])), moved_keys.push_back(keys[k]);
        for (size_t k = i; k < j; ++k) entries[k] = std::move(moved[k - i]), keys[k] = moved_keys[k - i];
        i = j;
    }
}

// Speakers' names in the text ("Peeters vraagt of ...") repeat the speaker field: as evidence that two
// notes report the same words they count for little, or every note in reported speech would pair.
void DiscountSpeakerNames(const std::vector<MergeNote>& a, const std::vector<MergeNote>& b, Vocabulary& vocab,
                          std::vector<double>& idf) {
    std::vector<DiffWord> words;
    std::string buf;
    for (const auto* notes : {&a, &b})
        for (const MergeNote& n : *notes) {
            if (n.speaker.empty()) continue;
            words.clear();
            ScanWords(n.speaker, vocab, words, buf);
            for (const DiffWord& w : words) {
                uint32_t stem = vocab[w.key].stem;
                if (stem < idf.size() && !IsTitle(vocab[w.key].folded)) idf[stem] = std::min(idf[stem], 0.2);
            }
        }
}

// All words of a note, folded and with abbreviations written out, as a sorted set.
std::vector<std::string_view> ExpandedWords(const Side& side, size_t i, Vocabulary& vocab) {
    std::vector<std::string_view> out;
    for (const DiffWord& w : side.words[i]) out.push_back(ExpandAbbreviation(vocab[w.key].folded));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool NearIdentical(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
    if (x.empty() || y.empty()) return false;
    size_t shared = 0;
    for (size_t u = 0, v = 0; u < x.size() && v < y.size();) {
        if (x[u] < y[v]) ++u;
        else if (y[v] < x[u]) ++v;
        else ++shared, ++u, ++v;
    }
    return 2.0 * static_cast<double>(shared) >= 0.85 * static_cast<double>(x.size() + y.size());
}

// A safety net under the alignment: between two matched entries, an A note and a B note left alone
// that say the same words (after folding and writing out abbreviations) and lie within the time
// window are paired, in order. The issue that asked for it: "daar kan deze min. van alles van
// vinden" and "... deze minister ..." both left alone while their neighbours were paired.
void PairNearIdentical(std::vector<Aligner::Move>& path, const Side& sa, const Side& sb, const Aligner& aligner,
                       Vocabulary& vocab, const MergeOptions& o) {
    std::vector<Aligner::Move> out;
    size_t i = 0, j = 0, k = 0;
    while (k < path.size()) {
        if (path[k].k && path[k].l) {
            out.push_back(path[k]);
            i += path[k].k, j += path[k].l, ++k;
            continue;
        }
        std::vector<size_t> as, bs; // the run of lone notes
        for (; k < path.size() && !(path[k].k && path[k].l); ++k) {
            if (path[k].k) as.push_back(i++);
            else bs.push_back(j++);
        }
        std::vector<std::pair<size_t, size_t>> pairs; // increasing in both
        size_t next_b = 0;
        for (size_t x : as) {
            std::vector<std::string_view> wx = ExpandedWords(sa, x, vocab);
            for (size_t y = next_b; y < bs.size(); ++y) {
                bool in_time = !(sa.timed && sb.timed) || std::llabs(sa.time[x] - aligner.BOnA(bs[y])) <= o.band_time_ms;
                if (in_time && NearIdentical(wx, ExpandedWords(sb, bs[y], vocab))) {
                    pairs.push_back({x, bs[y]});
                    next_b = y + 1;
                    break;
                }
            }
        }
        size_t ai = 0, bi = 0;
        auto lone_a = [&](size_t until) { for (; ai < as.size() && as[ai] < until; ++ai) out.push_back({1, 0}); };
        auto lone_b = [&](size_t until) { for (; bi < bs.size() && bs[bi] < until; ++bi) out.push_back({0, 1}); };
        for (const auto& [x, y] : pairs) {
            lone_a(x);
            lone_b(y);
            out.push_back({1, 1});
            ++ai, ++bi;
        }
        lone_a(SIZE_MAX);
        lone_b(SIZE_MAX);
    }
    path = std::move(out);
}

TextLanguage GuessTranscriptLanguage(const TextAnalyzer& analyzer, const std::vector<MergeNote>& a,
                                     const std::vector<MergeNote>& b) {
    std::vector<Token> sample;
    for (const auto* notes : {&a, &b})
        for (size_t i = 0; i < notes->size() && i < 60; ++i)
            for (Token& t : Tokenize((*notes)[i].text)) sample.push_back(std::move(t));
    TextLanguage lang = analyzer.GuessLanguage(sample);
    return lang == TextLanguage::Unknown ? TextLanguage::Dutch : lang;
}

} // namespace

MergeResult MergeTranscripts(const std::vector<MergeNote>& a, const std::vector<MergeNote>& b,
                             const TextAnalyzer& analyzer, const MergeOptions& options) {
    Vocabulary vocab(analyzer, GuessTranscriptLanguage(analyzer, a, b));
    Side sa, sb;
    Analyse(a, vocab, sa);
    Analyse(b, vocab, sb);
    std::vector<double> idf = StemWeights(sa, sb, vocab.StemCount());
    DiscountSpeakerNames(a, b, vocab, idf);
    SumWeights(sa, idf);
    SumWeights(sb, idf);
    FillTimes(a, sa);
    FillTimes(b, sb);
    int64_t span = 10000 * static_cast<int64_t>(std::max(a.size(), b.size()));
    if (!sa.timed && sb.timed && !sb.time.empty()) SpreadTimes(sa, sb.time.front(), sb.time.back());
    else if (!sa.timed) SpreadTimes(sa, 0, span);
    if (!sb.timed) SpreadTimes(sb, sa.time.empty() ? 0 : sa.time.front(), sa.time.empty() ? span : sa.time.back());

    Aligner aligner(sa, sb, idf, a, b, options);
    aligner.FindAnchors();
    aligner.BuildBand();
    std::vector<Aligner::Move> path = aligner.Align();
    PairNearIdentical(path, sa, sb, aligner, vocab, options);

    MergeResult result;
    result.clock_offset_ms = aligner.GlobalOffset();
    result.anchors = aligner.AnchorCount();
    std::vector<int64_t> keys;
    size_t i = 0, j = 0;
    for (const Aligner::Move& m : path) {
        MergedEntry e;
        for (size_t k = 0; k < m.k; ++k) e.a.push_back(i + k);
        for (size_t l = 0; l < m.l; ++l) e.b.push_back(j + l);
        if (m.k && m.l) e.similarity = aligner.GroupSimilarity(i, i + m.k, j, j + m.l);
        e.status = !e.b.empty() ? (e.a.empty() ? MergeStatus::OnlyB : MergeStatus::Differs) : MergeStatus::OnlyA;
        if (e.status == MergeStatus::Differs && e.similarity >= options.agreed_threshold) e.status = MergeStatus::Agreed;
        // A group is agreed only when every member is mostly the single note's words: every wrong
        // `agreed` entry in the benchmark was a 1:n group with a neighbour note riding along.
        if (e.status == MergeStatus::Agreed && (m.k > 1 || m.l > 1) &&
            !aligner.EachMemberCovered(i, i + m.k, j, j + m.l, options.agreed_member_covered))
            e.status = MergeStatus::Differs;
        i += m.k;
        j += m.l;
        // Time on A's clock: A's own time when A wrote something, else B's shifted by the offset.
        int64_t t = -1;
        for (size_t x : e.a)
            if (a[x].time_ms >= 0) t = t < 0 ? a[x].time_ms : std::min(t, a[x].time_ms);
        if (t < 0)
            for (size_t y : e.b)
                if (b[y].time_ms >= 0) t = t < 0 ? std::max<int64_t>(0, aligner.BOnA(y)) : std::min(t, aligner.BOnA(y));
        e.time_ms = t;
        keys.push_back(!e.a.empty() ? sa.time[e.a.front()] : aligner.BOnA(e.b.front()));
        result.entries.push_back(std::move(e));
    }
    OrderGaps(result.entries, keys);
    for (MergedEntry& e : result.entries) {
        for (size_t x : e.a) e.a_ids.push_back(a[x].id);
        for (size_t y : e.b) e.b_ids.push_back(b[y].id);
        std::vector<DiffWord> ta, tb;
        JoinGroup(a, sa, e.a, e.a_text, ta);
        JoinGroup(b, sb, e.b, e.b_text, tb);
        e.speaker = EntrySpeaker(FirstSpeaker(a, e.a), FirstSpeaker(b, e.b));
        if (e.status == MergeStatus::OnlyA) e.text = e.a_text;
        else if (e.status == MergeStatus::OnlyB) e.text = e.b_text;
        else {
            e.diff = WordDiffKeys(ta, tb);
            ProposeText(e, ta, tb, vocab);
            if (e.status == MergeStatus::Agreed && !FactsAgree(ta, tb, vocab)) e.status = MergeStatus::Differs;
            // Who said it is a fact, not a vote: different names need a reviewer's decision.
            if (e.status == MergeStatus::Agreed && SpeakersConflict(a, e.a, b, e.b)) e.status = MergeStatus::Differs;
        }
    }
    return result;
}

} // namespace hd
