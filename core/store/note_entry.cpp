#include "core/store/note_entry.h"

#include <algorithm>

#include "core/base/utf8.h"

namespace hd {

namespace {
struct KindPrefix {
    const char* word;
    NoteKind kind;
};
const KindPrefix kKindPrefixes[] = {
    {"p", NoteKind::Problem},      {"probleem", NoteKind::Problem}, {"problem", NoteKind::Problem},
    {"o", NoteKind::Cause},        {"oorzaak", NoteKind::Cause},    {"cause", NoteKind::Cause},
    {"v", NoteKind::Proposal},     {"voorstel", NoteKind::Proposal}, {"proposal", NoteKind::Proposal},
    {"?", NoteKind::Question},     {"vraag", NoteKind::Question},   {"question", NoteKind::Question},
    {"c", NoteKind::Quote},        {"citaat", NoteKind::Quote},     {"quote", NoteKind::Quote},
    {"a", NoteKind::Other},        {"ander", NoteKind::Other},      {"other", NoteKind::Other},
};

bool StartsWithWordBoundary(std::string_view hay, std::string_view needle) {
    if (hay.substr(0, needle.size()) != needle) return false;
    return true;
}
} // namespace

std::vector<int64_t> MatchSpeakers(const std::string& query, const std::vector<SpeakerCandidate>& candidates) {
    std::string q = FoldForMatch(query);
    std::vector<int64_t> prefix_hits, contains_hits;
    if (q.empty()) return {};
    for (const SpeakerCandidate& c : candidates) {
        bool prefix = false, contains = false;
        for (const std::string& label : c.labels) {
            std::string f = FoldForMatch(label);
            // A prefix of the label or of any word in it ("ver" matches "Jan Vermeersch").
            size_t pos = 0;
            while (pos != std::string::npos) {
                if (StartsWithWordBoundary(std::string_view(f).substr(pos), q)) prefix = true;
                pos = f.find(' ', pos);
                if (pos != std::string::npos) ++pos;
            }
            if (f.find(q) != std::string::npos) contains = true;
        }
        if (prefix) prefix_hits.push_back(c.id);
        else if (contains) contains_hits.push_back(c.id);
    }
    return prefix_hits.empty() ? contains_hits : prefix_hits;
}

ParsedEntry ParseNoteEntry(const std::string& typed, const std::vector<SpeakerCandidate>& candidates) {
    ParsedEntry out;
    std::string_view rest = Trim(typed);
    // Prefixes may come in either order: "@ver v: ..." or "v: @ver ...".
    for (int round = 0; round < 2; ++round) {
        if (!rest.empty() && rest[0] == '@') {
            size_t end = rest.find_first_of(" \t\n");
            std::string query(rest.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1));
            out.speaker_query = query;
            auto hits = MatchSpeakers(query, candidates);
            // A second "@" replaces the first: id, query and ambiguity always describe the same one.
            out.speaker_id = hits.size() == 1 ? std::optional<int64_t>(hits[0]) : std::nullopt;
            out.speaker_ambiguous = hits.size() > 1;
            rest = end == std::string_view::npos ? std::string_view() : Trim(rest.substr(end));
            continue;
        }
        size_t colon = rest.find(':');
        if (colon != std::string_view::npos && colon <= 8 && !out.kind &&
            (colon + 1 == rest.size() || rest[colon + 1] == ' ' || rest[colon + 1] == '\n')) {
            std::string word = FoldForMatch(rest.substr(0, colon));
            for (const KindPrefix& k : kKindPrefixes) {
                if (word == k.word) {
                    out.kind = k.kind;
                    rest = Trim(rest.substr(colon + 1));
                    break;
                }
            }
        }
    }
    out.text = std::string(rest);
    return out;
}

} // namespace hd
