// Generator of realistic reporter pairs with known truth, for the merge benchmark and property tests.
// A hearing is a sequence of utterances (real Dutch sentences, a speaker, a time); each of two
// reporters independently skips some, condenses and abbreviates, makes typos, merges two utterances
// into one note or splits one into two, sometimes names the wrong speaker or only a surname, and
// types on a laptop whose clock is off by up to 90 s. The truth: which notes share an utterance.
#pragma once
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/merge/merge.h"

namespace hd::bench {

struct PairOptions {
    size_t utterances = 300;
    double skip_min = 0.10, skip_max = 0.20; // per reporter, drawn in this range
    double merge_prob = 0.10;                // this utterance and the next in one note
    double split_prob = 0.08;                // a long utterance as two notes
    double drop_word_prob = 0.15;            // condensing
    double abbreviate_prob = 0.05;           // "pol." for "politie"
    double typo_prob = 0.04;                 // per word
    double wrong_speaker_prob = 0.10;
    double surname_only_prob = 0.30;
    int64_t max_clock_skew_ms = 90000;       // each reporter's clock, +- this
    int64_t max_typing_lag_ms = 15000;
    int64_t per_note_jitter_ms = 0;          // extra random offset per note, +- this (stress test)
};

struct GeneratedNote {
    MergeNote note;
    std::vector<size_t> utterances; // truth: which utterances this note reports
};

struct ReporterPair {
    std::vector<GeneratedNote> a, b;
    // Truth pairs (index in a, index in b) sharing at least one utterance.
    std::set<std::pair<size_t, size_t>> TruthPairs() const {
        std::set<std::pair<size_t, size_t>> out;
        for (size_t i = 0; i < a.size(); ++i)
            for (size_t j = 0; j < b.size(); ++j)
                for (size_t u : a[i].utterances)
                    if (std::find(b[j].utterances.begin(), b[j].utterances.end(), u) != b[j].utterances.end())
                        out.insert({i, j});
        return out;
    }
    static std::vector<MergeNote> Notes(const std::vector<GeneratedNote>& g) {
        std::vector<MergeNote> out;
        for (const auto& n : g) out.push_back(n.note);
        return out;
    }
};

// Dutch sentences of the SIB-200 file (lang column "nld").
inline std::vector<std::string> LoadDutchSentences(const std::string& tsv_path) {
    std::ifstream in(tsv_path);
    std::vector<std::string> out;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        if (cols.size() >= 5 && cols[1].rfind("nld", 0) == 0) out.push_back(cols[4]);
    }
    return out;
}

class PairGenerator {
public:
    PairGenerator(std::vector<std::string> sentences, uint64_t seed) : m_sentences(std::move(sentences)), m_rng(seed) {}

    ReporterPair Generate(const PairOptions& o) {
        struct Utterance {
            std::string text;
            size_t speaker = 0;
            int64_t time_ms = 0;
        };
        std::vector<size_t> order(m_sentences.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::vector<Utterance> utt;
        int64_t t = 60000;
        for (size_t k = 0; k < o.utterances; ++k) {
            if (k % order.size() == 0) std::shuffle(order.begin(), order.end(), m_rng);
            Utterance u;
            u.text = m_sentences[order[k % order.size()]];
            u.speaker = Pick(kSpeakers.size());
            u.time_ms = t;
            t += 6000 + static_cast<int64_t>(u.text.size()) * 60 + Int(0, 10000);
            utt.push_back(std::move(u));
        }
        ReporterPair pair;
        for (int r = 0; r < 2; ++r) {
            auto& out = r == 0 ? pair.a : pair.b;
            double skip = Real(o.skip_min, o.skip_max);
            int64_t skew = Int(-o.max_clock_skew_ms, o.max_clock_skew_ms);
            for (size_t k = 0; k < utt.size(); ++k) {
                if (Chance(skip)) continue;
                GeneratedNote n;
                n.utterances.push_back(k);
                std::string text = Condense(utt[k].text, o);
                if (k + 1 < utt.size() && Chance(o.merge_prob)) {
                    n.utterances.push_back(k + 1);
                    text += ' ';
                    text += Condense(utt[k + 1].text, o);
                    ++k;
                }
                int64_t when = utt[n.utterances.front()].time_ms + skew + Int(2000, o.max_typing_lag_ms) +
                               (o.per_note_jitter_ms ? Int(-o.per_note_jitter_ms, o.per_note_jitter_ms) : 0);
                std::string speaker = SpeakerAs(utt[n.utterances.front()].speaker, o);
                std::vector<std::string> parts{text};
                if (n.utterances.size() == 1 && Chance(o.split_prob)) parts = Split(text);
                for (size_t p = 0; p < parts.size(); ++p) {
                    GeneratedNote part = n;
                    part.note.id = std::string(1, static_cast<char>('a' + r));
                    part.note.id += std::to_string(out.size() + 1);
                    part.note.time_ms = std::max<int64_t>(0, when + static_cast<int64_t>(p) * Int(3000, 9000));
                    part.note.speaker = speaker;
                    part.note.text = parts[p];
                    out.push_back(std::move(part));
                }
            }
        }
        return pair;
    }

    inline static const std::vector<std::string> kSpeakers = {
        "An Peeters", "Jan De Smet", "Eline Vermeërsch", "Koen Claes", "Fatima El Idrissi",
        "Joris Maes", "Sofie Wouters", "Ahmed Benali"};

private:
    size_t Pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_rng); }
    int64_t Int(int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(m_rng); }
    double Real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool Chance(double p) { return Real(0, 1) < p; }

    std::string SpeakerAs(size_t who, const PairOptions& o) {
        if (Chance(0.05)) return {};
        if (Chance(o.wrong_speaker_prob)) who = (who + 1 + Pick(kSpeakers.size() - 1)) % kSpeakers.size();
        const std::string& name = kSpeakers[who];
        if (Chance(o.surname_only_prob)) return name.substr(name.find(' ') + 1);
        return name;
    }

    static std::vector<std::string> Words(const std::string& s) {
        std::vector<std::string> out;
        std::stringstream ss(s);
        std::string w;
        while (ss >> w) out.push_back(w);
        return out;
    }

    static bool IsAsciiLetters(const std::string& w) {
        return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    }

    // Reporters write fast: they drop small words, abbreviate long ones and make typos.
    std::string Condense(const std::string& text, const PairOptions& o) {
        std::string out;
        for (std::string w : Words(text)) {
            if (w.size() <= 4 && Chance(o.drop_word_prob * 2)) continue;
            if (Chance(o.drop_word_prob / 2)) continue;
            if (w.size() >= 8 && IsAsciiLetters(w) && Chance(o.abbreviate_prob)) {
                w.resize(4);
                w.push_back('.');
            }
            else if (w.size() >= 4 && IsAsciiLetters(w) && Chance(o.typo_prob)) {
                size_t p = 1 + Pick(w.size() - 2);
                if (Chance(0.5)) std::swap(w[p], w[p - 1]);
                else w.erase(p, 1);
            }
            if (!out.empty()) out += ' ';
            out += w;
        }
        if (out.empty()) out = text;
        return out;
    }

    std::vector<std::string> Split(const std::string& text) {
        std::vector<std::string> w = Words(text);
        if (w.size() < 8) return {text};
        size_t cut = w.size() / 2;
        for (size_t i = w.size() / 3; i < 2 * w.size() / 3; ++i)
            if (w[i].back() == ',') cut = i + 1;
        std::string x, y;
        for (size_t i = 0; i < w.size(); ++i) {
            std::string& part = i < cut ? x : y;
            if (!part.empty()) part += ' ';
            part += w[i];
        }
        return {x, y};
    }

    std::vector<std::string> m_sentences;
    std::mt19937_64 m_rng;
};

// Pair precision/recall/F1 of predicted (a, b) pairs against the truth.
struct PairScore {
    size_t true_positive = 0, predicted = 0, truth = 0;
    double Precision() const { return predicted ? static_cast<double>(true_positive) / predicted : 1.0; }
    double Recall() const { return truth ? static_cast<double>(true_positive) / truth : 1.0; }
    double F1() const {
        double p = Precision(), r = Recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    void Add(const std::set<std::pair<size_t, size_t>>& predicted_pairs, const std::set<std::pair<size_t, size_t>>& truth_pairs) {
        predicted += predicted_pairs.size();
        truth += truth_pairs.size();
        for (const auto& p : predicted_pairs) true_positive += truth_pairs.count(p);
    }
};

inline std::set<std::pair<size_t, size_t>> PredictedPairs(const MergeResult& r) {
    std::set<std::pair<size_t, size_t>> out;
    for (const MergedEntry& e : r.entries)
        for (size_t i : e.a)
            for (size_t j : e.b) out.insert({i, j});
    return out;
}

} // namespace hd::bench
