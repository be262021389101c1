// Realistic reporter pairs for the merge benchmark, made from real dialogue: the Dutch speaker turns
// of three Belgian federal Chamber committee meetings (ParlaMint-BE, CC BY 4.0, see
// ../shared/data/README-parlamint.md). A window of consecutive turns is "the hearing"; two reporters
// note it, each with a style of their own. The truth: which notes report the same sentence.
//
// [SECTION] index
//   Corpus: turns, sentences, fictional speakers
//   Reporter style and noise levels
//   Generator: notes per reporter (skip, split, join, summarise, rewrite, name, time)
//
// What a reporter does (each drawn per reporter within the level's ranges):
//   - skips 10-20% of what is said; a late-joining reporter misses the window's start;
//   - cuts a long turn into notes of 1-3 sentences at points of their own (so A's and B's notes
//     overlap crosswise), and drops short interjections or joins them to the previous note;
//   - summarises long sentences and some others: keeps 40-70% of the words, in order, the most
//     informative first as each reporter judges them (other sentences lose about a tenth);
//   - writes reported speech ("Peeters vraagt of ...", "zegt dat ...", ik -> hij/zij);
//   - uses synonyms and the usual abbreviations (min., dhr., mevr., pol., SHW, kab., bv., ong.);
//   - makes typos (swapped, dropped, doubled letters);
//   - names the speaker as full name, surname, title + surname, discipline or first name, and gives
//     5-10% of notes to the neighbouring speaker;
//   - stamps times either once a minute (other lines have none) or when typing ends (10-90 s after
//     the words were said), on a laptop clock that is off by up to +-2 minutes.
// Speakers are mapped to fictional people: no real name reaches a note's speaker field.
#pragma once
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/merge/merge.h"
#include "tests/bench/reporter_pairs.h"

namespace hd::bench {

// [SECTION] Corpus
struct Person {
    std::string first, last, title, discipline;
};

struct Sentence {
    std::string text;
    size_t turn = 0;    // index of the turn (speaker change) in the corpus
    size_t person = 0;  // index into Corpus::people
    int64_t start_ms = 0, end_ms = 0;
    size_t words = 0;
};

struct Corpus {
    std::vector<Person> people;
    std::vector<Sentence> sentences; // in order; times run on across sittings
};

inline std::vector<std::string> SplitTsv(const std::string& line) {
    std::vector<std::string> cols;
    size_t start = 0;
    for (;;) {
        size_t tab = line.find('\t', start);
        cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) return cols;
        start = tab + 1;
    }
}

inline size_t WordCount(const std::string& s) {
    std::stringstream ss(s);
    std::string w;
    size_t n = 0;
    while (ss >> w) ++n;
    return n;
}

// Sentences end at . ? ! followed by a space and an upper-case letter, digit or quote.
inline std::vector<std::string> SplitSentences(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        char c = text[i];
        if ((c == '.' || c == '?' || c == '!') && text[i + 1] == ' ') {
            char n = text[i + 2];
            if ((n >= 'A' && n <= 'Z') || (n >= '0' && n <= '9') || n == '"' || n == '\'' || static_cast<unsigned char>(n) >= 0xC0) {
                out.push_back(text.substr(start, i + 1 - start));
                start = i + 2;
            }
        }
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

// Fictional people for the corpus' speaker labels, in order of first appearance.
inline Person FictionalPerson(size_t k, const std::string& role) {
    static const char* firsts[] = {"Annelies", "Bart", "Charlotte", "Dirk", "Elke", "Filip", "Greet", "Hans", "Ilse", "Joris",
                                   "Katrien", "Lieven", "Marijke", "Nico", "Oona", "Pieter", "Quinten", "Roos", "Stijn", "Tine",
                                   "Uwe", "Veerle", "Wout", "Xavier", "Yasmina", "Zeger", "Amber", "Bram", "Colette", "Daan",
                                   "Evi", "Frederik", "Gitte", "Hanne", "Inge", "Jasper", "Kobe", "Lore", "Maarten", "Nele",
                                   "Olivier", "Pauline", "Rik", "Sara", "Thijs", "Ulla", "Vincent", "Wendy", "Yves", "Zoë",
                                   "Arne", "Brecht", "Cato", "Dorien", "Emiel", "Fien", "Gust", "Hilde", "Ivo", "Jolien"};
    static const char* lasts[] = {"Verhaegen", "Van Damme", "Claeys", "De Wachter", "Goossens", "Martens", "Hermans", "Lambrechts",
                                  "Vanhove", "Willems", "De Cock", "Mertens", "Declercq", "Van Acker", "Segers", "Verstraete",
                                  "Lemmens", "Dierckx", "Van Hecke", "Bogaert", "Cools", "Aerts", "Verbeke", "De Backer",
                                  "Smolders", "Van Loon", "Desmet", "Janssens", "Coppens", "Huysmans", "Moens", "Pauwels",
                                  "Geerts", "Vlaeminck", "Stevens", "Wuyts", "De Ridder", "Hendrickx", "Nijs", "Bosmans",
                                  "Vermeulen", "Laenen", "Roels", "Tack", "Van Gucht", "Baert", "Dewulf", "Keersmaekers",
                                  "Rombouts", "Thys", "Van Rompaey", "Cornelis", "Ooms", "Peirs", "Schepers", "Vervoort",
                                  "Adriaens", "Boon", "Celis", "Dupont"};
    static const char* disciplines[] = {"politie", "straathoekwerk", "jeugdwerk", "huisvesting", "handelaars", "welzijn",
                                        "parket", "buurtbewoners", "onderwijs", "mobiliteit"};
    Person p;
    p.first = firsts[k % 60];
    p.last = lasts[(k * 7) % 60]; // 7 and 60 coprime: distinct for k < 60
    if (role == "chair") p.title = "voorzitter", p.discipline = "voorzitter";
    else if (role == "minister") p.title = "minister", p.discipline = "kabinet";
    else p.title = k % 2 ? "dhr." : "mevr.", p.discipline = disciplines[k % 10];
    return p;
}

// The Dutch rows of the ParlaMint-BE committee file as sentences with speakers and times (speech at
// about 150 words a minute, a pause between turns). Empty when the file is missing.
inline Corpus LoadParlamint(const std::string& tsv_path) {
    Corpus c;
    std::ifstream in(tsv_path);
    std::string line;
    if (!std::getline(in, line)) return c;
    std::map<std::string, size_t> person_of;
    std::string last_key;
    size_t turn = 0;
    int64_t t = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> col = SplitTsv(line);
        if (col.size() < 10 || col[8] != "nl") continue;
        auto [it, added] = person_of.emplace(col[6], c.people.size());
        if (added) c.people.push_back(FictionalPerson(c.people.size(), col[7]));
        std::string key = col[0] + "/" + col[4]; // sitting and utterance: one turn
        if (key != last_key) {
            if (!last_key.empty()) ++turn;
            t += 2000;
            last_key = key;
        }
        for (std::string& s : SplitSentences(col[9])) {
            Sentence sen;
            sen.words = WordCount(s);
            if (sen.words == 0) continue;
            sen.text = std::move(s);
            sen.turn = turn;
            sen.person = it->second;
            sen.start_ms = t;
            t += static_cast<int64_t>(sen.words) * 400;
            sen.end_ms = t;
            c.sentences.push_back(std::move(sen));
        }
    }
    return c;
}

// [SECTION] Reporter style
enum class TimeStyle { TypingEnds, OncePerMinute };

struct NoiseLevel {
    std::string name;
    double skip_min = 0.10, skip_max = 0.20;
    double summarise = 0.35;                 // share of sentences summarised (long ones always)...
    double keep_min = 0.55, keep_max = 0.70; // ...keeping this share of the words; others lose ~10%
    double join_next = 0.25;                 // a note runs on into the turn's next sentence
    double interjection_drop = 0.5, interjection_join = 0.3;
    double reported = 0.15;                  // reported speech
    double synonym = 0.3, abbreviate = 0.6;  // per eligible word
    double typo = 0.02;                      // per word
    double neighbour_min = 0.05, neighbour_max = 0.10;
    int64_t lag_min_ms = 10000, lag_max_ms = 40000;
    double minute_stamps = 0.3;   // chance a reporter stamps the time once a minute
    double late_join = 0.2;       // chance a reporter joins late (misses 3-10% of the window)
    int64_t max_clock_offset_ms = 120000;
};

inline std::vector<NoiseLevel> NoiseLevels() {
    NoiseLevel ordinary;
    ordinary.name = "ordinary";
    ordinary.join_next = 0.06;
    ordinary.summarise = 0.25;
    NoiseLevel heavy;
    heavy.name = "heavy";
    heavy.skip_min = 0.15, heavy.skip_max = 0.20;
    heavy.keep_min = 0.40, heavy.keep_max = 0.55;
    heavy.join_next = 0.12;
    heavy.summarise = 0.7;
    heavy.typo = 0.05;
    heavy.neighbour_min = 0.08;
    heavy.lag_max_ms = 90000;
    heavy.minute_stamps = 0.5;
    heavy.late_join = 0.5;
    NoiseLevel para;
    para.name = "paraphrasing";
    para.join_next = 0.1;
    para.summarise = 0.6;
    para.keep_min = 0.40, para.keep_max = 0.60;
    para.reported = 0.6;
    para.synonym = 0.8;
    para.abbreviate = 0.8;
    para.typo = 0.03;
    para.lag_max_ms = 90000;
    return {ordinary, heavy, para};
}

struct ReporterStyle {
    double skip = 0.15, summarise = 0.35, keep = 0.6, join_next = 0.25, reported = 0.15, synonym = 0.3, abbreviate = 0.6, typo = 0.02;
    double neighbour = 0.05;
    int name_form = 0; // preferred: 0 full, 1 surname, 2 title + surname, 3 discipline, 4 first name
    TimeStyle time = TimeStyle::TypingEnds;
    int64_t lag_min_ms = 10000, lag_max_ms = 40000, clock_offset_ms = 0;
    double late = 0; // share of the window missed at the start
};

// [SECTION] Generator
struct TruthNote {
    MergeNote note;
    std::vector<size_t> sentences; // truth: the window's sentences this note reports
    size_t person = 0;             // who the reporter meant (after a misattribution)
    bool speaker_written = false;
};

struct TruthPair {
    std::vector<TruthNote> a, b;
    std::set<std::pair<size_t, size_t>> TruthPairs() const {
        std::map<size_t, std::vector<size_t>> by_sentence;
        for (size_t j = 0; j < b.size(); ++j)
            for (size_t s : b[j].sentences) by_sentence[s].push_back(j);
        std::set<std::pair<size_t, size_t>> out;
        for (size_t i = 0; i < a.size(); ++i)
            for (size_t s : a[i].sentences)
                for (size_t j : by_sentence[s]) out.insert({i, j});
        return out;
    }
    // The best a merge into disjoint groups can do: one group per connected part of the truth graph
    // (a reporter's note spanning two of the other's notes that overlap crosswise forces extra pairs).
    std::set<std::pair<size_t, size_t>> ComponentPairs() const {
        std::set<std::pair<size_t, size_t>> truth = TruthPairs(), out;
        std::vector<size_t> parent(a.size() + b.size());
        for (size_t k = 0; k < parent.size(); ++k) parent[k] = k;
        auto find = [&](size_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (const auto& [i, j] : truth) parent[find(i)] = find(a.size() + j);
        for (const auto& [i, j] : truth)
            for (const auto& [k, l] : truth)
                if (find(i) == find(k)) out.insert({i, l});
        return out;
    }
    static std::vector<MergeNote> Notes(const std::vector<TruthNote>& g) {
        std::vector<MergeNote> out;
        for (const auto& n : g) out.push_back(n.note);
        return out;
    }
};

class ParlamintGenerator {
public:
    ParlamintGenerator(const Corpus& corpus, uint64_t seed) : m_c(corpus), m_rng(seed) {}

    // Sentences [first, first + count) of the corpus (wrapping), noted by two reporters.
    TruthPair Generate(const NoiseLevel& level, size_t first, size_t count) {
        std::vector<Sentence> window;
        int64_t t0 = -1;
        for (size_t k = 0; k < count; ++k) {
            Sentence s = m_c.sentences[(first + k) % m_c.sentences.size()];
            if (k && (first + k) % m_c.sentences.size() == 0) t0 = -1; // wrapped: restart the clock
            if (t0 < 0) t0 = s.start_ms - (window.empty() ? 0 : window.back().end_ms + 2000);
            s.start_ms -= t0;
            s.end_ms -= t0;
            if (k) s.turn += 1000000 * ((first + k) / m_c.sentences.size()); // wrapped turns stay distinct
            window.push_back(std::move(s));
        }
        TruthPair pair;
        pair.a = Report(window, StyleFor(level), 'a');
        pair.b = Report(window, StyleFor(level), 'b');
        return pair;
    }

    const std::vector<Person>& People() const { return m_c.people; }

private:
    size_t Pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_rng); }
    int64_t Int(int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(m_rng); }
    double Real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    bool Chance(double p) { return Real(0, 1) < p; }

    ReporterStyle StyleFor(const NoiseLevel& l) {
        ReporterStyle s;
        s.skip = Real(l.skip_min, l.skip_max);
        s.keep = Real(l.keep_min, l.keep_max);
        s.summarise = l.summarise;
        s.join_next = l.join_next * Real(0.5, 1.5);
        s.reported = l.reported * Real(0.5, 1.5);
        s.synonym = l.synonym;
        s.abbreviate = l.abbreviate * Real(0.5, 1.0);
        s.typo = l.typo * Real(0.5, 1.5);
        s.neighbour = Real(l.neighbour_min, l.neighbour_max);
        s.name_form = static_cast<int>(Pick(5));
        s.time = Chance(l.minute_stamps) ? TimeStyle::OncePerMinute : TimeStyle::TypingEnds;
        s.lag_min_ms = l.lag_min_ms;
        s.lag_max_ms = l.lag_max_ms;
        s.clock_offset_ms = Int(-l.max_clock_offset_ms, l.max_clock_offset_ms);
        s.late = Chance(l.late_join) ? Real(0.03, 0.10) : 0.0;
        return s;
    }

    static std::vector<std::string> Words(const std::string& s) {
        std::vector<std::string> out;
        std::stringstream ss(s);
        std::string w;
        while (ss >> w) out.push_back(w);
        return out;
    }

    static std::string Lower(std::string w) {
        for (char& c : w)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return w;
    }

    // Word without trailing punctuation, and that punctuation.
    static std::pair<std::string, std::string> Core(const std::string& w) {
        size_t end = w.size();
        while (end > 0 && std::string(",.;:?!)\"").find(w[end - 1]) != std::string::npos) --end;
        return {w.substr(0, end), w.substr(end)};
    }

    static bool IsFunctionWord(const std::string& lower) {
        static const std::set<std::string> f = {
            "de", "het", "een", "en", "of", "dat", "die", "dit", "deze", "van", "in", "op", "aan", "met", "voor", "te", "is",
            "zijn", "er", "ook", "wel", "nog", "al", "om", "tot", "bij", "als", "maar", "dan", "want", "toch", "heel", "zo",
            "ik", "u", "we", "wij", "je", "ze", "zij", "hij", "men", "mijn", "uw", "onze", "ons", "hun", "heb", "hebt", "heeft",
            "hebben", "wordt", "worden", "werd", "was", "waren", "kan", "kunt", "kunnen", "moet", "moeten", "zal", "zou",
            "zullen", "zouden", "wil", "wilt", "willen", "dus", "eigenlijk", "natuurlijk", "inderdaad", "ja", "nu", "hier",
            "daar", "daarvan", "waarvan", "over", "door", "uit", "naar", "zoals", "echter", "immers", "even", "gewoon"};
        return f.count(lower) > 0;
    }

    std::string Rewrite(const std::string& core, const ReporterStyle& st) {
        static const std::map<std::string, std::string> abbreviations = {
            {"minister", "min."}, {"politie", "pol."}, {"straathoekwerk", "SHW"}, {"kabinet", "kab."},
            {"mevrouw", "mevr."}, {"bijvoorbeeld", "bv."}, {"ongeveer", "ong."}, {"voorzitter", "vz."},
            {"mijnheer", "dhr."}, {"procent", "%"}, {"miljoen", "mln."}, {"miljard", "mld."}, {"ministers", "min."}};
        static const std::map<std::string, std::string> synonyms = {
            {"belangrijk", "essentieel"}, {"probleem", "knelpunt"}, {"problemen", "knelpunten"}, {"mensen", "personen"},
            {"momenteel", "op dit moment"}, {"onmiddellijk", "meteen"}, {"beslissing", "besluit"}, {"regering", "overheid"},
            {"bedrijven", "ondernemingen"}, {"werknemers", "werkenden"}, {"verschillende", "diverse"},
            {"bovendien", "daarnaast"}, {"zeer", "erg"}, {"vragen", "vraagt"}, {"snel", "vlug"}, {"duidelijk", "helder"},
            {"maatregelen", "ingrepen"}, {"situatie", "toestand"}, {"antwoord", "reactie"}, {"kinderen", "kids"},
            {"waarom", "om welke reden"}, {"voldoende", "genoeg"}, {"gaan", "zullen"}, {"aantal", "hoeveelheid"}};
        std::string lower = Lower(core);
        auto ab = abbreviations.find(lower);
        if (ab != abbreviations.end() && Chance(st.abbreviate)) return ab->second;
        auto sy = synonyms.find(lower);
        if (sy != synonyms.end() && Chance(st.synonym)) return sy->second;
        if (core.size() >= 5 && Chance(st.typo)) return Typo(core);
        return core;
    }

    std::string Typo(std::string w) {
        size_t p = 1 + Pick(w.size() - 2);
        if (static_cast<unsigned char>(w[p]) >= 0x80 || static_cast<unsigned char>(w[p - 1]) >= 0x80) return w; // keep UTF-8 whole
        switch (Pick(3)) {
        case 0: std::swap(w[p], w[p - 1]); break;
        case 1: w.erase(p, 1); break;
        default: w.insert(p, 1, w[p]); break;
        }
        return w;
    }

    // A summary: content words kept more often than function words, order kept, then rewritten.
    std::string Summarise(const std::string& sentence, const ReporterStyle& st, bool reported, const std::string& who) {
        std::vector<std::string> words = Words(sentence);
        double keep = words.size() > 25 || Chance(st.summarise) ? st.keep : 0.9;
        std::string out;
        bool question = !sentence.empty() && sentence.back() == '?';
        if (reported) {
            out = who;
            out += question ? " vraagt of" : " zegt dat";
        }
        // Which words survive: the most informative ones (long content words, names, numbers), as
        // each reporter judges them: salience plus personal noise, the top `keep` share kept.
        std::vector<double> score(words.size());
        for (size_t i = 0; i < words.size(); ++i) {
            std::string core = Core(words[i]).first;
            bool function = IsFunctionWord(Lower(core));
            bool marked = !core.empty() && ((core[0] >= 'A' && core[0] <= 'Z' && i > 0) || (core[0] >= '0' && core[0] <= '9'));
            score[i] = (function ? 0.0 : std::min<double>(static_cast<double>(core.size()), 12.0) / 12.0 + (marked ? 0.3 : 0.0)) +
                       std::normal_distribution<double>(0.0, 0.25)(m_rng);
        }
        std::vector<double> sorted = score;
        std::sort(sorted.rbegin(), sorted.rend());
        size_t n_keep = std::max<size_t>(1, static_cast<size_t>(keep * static_cast<double>(words.size()) + 0.5));
        double cut = words.size() <= 4 ? -1e9 : sorted[std::min(n_keep, sorted.size()) - 1]; // short sentences whole
        size_t kept = 0;
        for (size_t i = 0; i < words.size(); ++i) {
            auto [core, punct] = Core(words[i]);
            std::string lower = Lower(core);
            if (score[i] < cut) continue;
            if (reported) {
                if (lower == "ik") core = "hij";
                else if (lower == "mijn") core = "zijn";
                else if (lower == "wij" || lower == "we") core = "ze";
            }
            std::string w = Rewrite(core, st);
            if (reported && kept == 0 && w.size() > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z')
                w[0] = static_cast<char>(w[0] - 'A' + 'a'); // "... zegt dat de ..."
            if (out.empty() && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
            if (!out.empty()) out += ' ';
            out += w;
            if (punct.find(',') != std::string::npos) out += ',';
            ++kept;
        }
        if (kept == 0) return {};
        out += question && !reported ? "?" : ".";
        return out;
    }

    std::string NameAs(size_t person, const ReporterStyle& st) {
        const Person& p = m_c.people[person];
        int form = Chance(0.6) ? st.name_form : static_cast<int>(Pick(5));
        switch (form) {
        case 0: return p.first + " " + p.last;
        case 1: return p.last;
        case 2: return p.title + " " + p.last;
        case 3: return p.discipline;
        default: return p.first;
        }
    }

    std::vector<TruthNote> Report(const std::vector<Sentence>& w, const ReporterStyle& st, char prefix) {
        std::vector<TruthNote> out;
        size_t start = static_cast<size_t>(st.late * static_cast<double>(w.size()));
        int64_t typed_until = 0;
        int64_t last_minute = -1;
        for (size_t k = start; k < w.size(); ++k) {
            bool interjection = w[k].words <= 8 && (k == 0 || w[k - 1].turn != w[k].turn) &&
                                (k + 1 == w.size() || w[k + 1].turn != w[k].turn);
            if (interjection) {
                if (Chance(st.skip + 0.3 * (1 - st.skip))) continue;
                if (!out.empty() && Chance(0.4)) { // joined to the previous note as an aside
                    std::string s = Summarise(w[k].text, st, false, "");
                    if (s.empty()) continue;
                    TruthNote& prev = out.back();
                    prev.note.text += " (" + m_c.people[w[k].person].last + ": " + s + ")";
                    prev.sentences.push_back(k);
                    continue;
                }
            } else if (Chance(st.skip)) {
                continue;
            }
            TruthNote n;
            n.person = w[k].person;
            if (Chance(st.neighbour)) n.person = NeighbourSpeaker(w, k);
            bool reported = Chance(st.reported);
            std::string who = NameAs(w[k].person, st);
            std::string text = Summarise(w[k].text, st, reported, who);
            if (text.empty()) continue;
            n.sentences.push_back(k);
            // Runs on into the same turn's next sentences at a point of this reporter's choosing.
            while (k + 1 < w.size() && w[k + 1].turn == w[k].turn && n.sentences.size() < 3 && Chance(st.join_next)) {
                ++k;
                std::string more = Summarise(w[k].text, st, false, "");
                if (more.empty()) continue;
                text += ' ';
                text += more;
                n.sentences.push_back(k);
            }
            n.note.text = text;
            n.speaker_written = !Chance(0.03); // now and then the speaker is not written at all
            if (n.speaker_written) n.note.speaker = NameAs(n.person, st);
            int64_t said = w[n.sentences.back()].end_ms;
            int64_t typed = std::max(typed_until + 2000, said + Int(st.lag_min_ms, st.lag_max_ms));
            typed_until = typed;
            int64_t clock = std::max<int64_t>(0, typed + st.clock_offset_ms + 600000); // clocks start at 10 min
            if (st.time == TimeStyle::OncePerMinute) {
                int64_t minute = clock / 60000;
                n.note.time_ms = minute != last_minute ? minute * 60000 : -1;
                last_minute = minute;
            } else {
                n.note.time_ms = clock / 1000 * 1000; // whole seconds, as written
            }
            n.note.id = std::to_string(out.size() + 1);
            n.note.id.insert(n.note.id.begin(), prefix);
            out.push_back(std::move(n));
        }
        return out;
    }

    size_t NeighbourSpeaker(const std::vector<Sentence>& w, size_t k) {
        for (size_t d = 1; d < w.size(); ++d) {
            bool back_first = Chance(0.5);
            for (int side = 0; side < 2; ++side) {
                bool back = (side == 0) == back_first;
                if (back && k >= d && w[k - d].person != w[k].person) return w[k - d].person;
                if (!back && k + d < w.size() && w[k + d].person != w[k].person) return w[k + d].person;
            }
        }
        return w[k].person;
    }

    const Corpus& m_c;
    std::mt19937_64 m_rng;
};

} // namespace hd::bench
