#include "core/transcript/transcript_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "core/base/utf8.h"

namespace hd {

std::string_view ToKey(SpeakerMatch m) {
    switch (m) {
    case SpeakerMatch::None: return "none";
    case SpeakerMatch::FullName: return "full_name";
    case SpeakerMatch::Surname: return "surname";
    case SpeakerMatch::Discipline: return "discipline";
    case SpeakerMatch::Unmatched: return "unmatched";
    }
    return "none";
}

namespace {

// Names people use for the known disciplines, in Dutch and English (folded), besides the key.
struct DisciplineAlias {
    std::string_view key;
    std::initializer_list<std::string_view> names;
};
const DisciplineAlias kDisciplineAliases[] = {
    {"police", {"politie", "police", "wijkagent", "agent", "lokale politie"}},
    {"prosecutor", {"parket", "procureur", "prosecutor", "openbaar ministerie"}},
    {"street_work", {"straathoekwerk", "straathoekwerker", "street work", "street worker"}},
    {"youth_work", {"jeugdwerk", "jeugdwerker", "youth work", "youth worker"}},
    {"housing", {"huisvesting", "wonen", "sociale huisvesting", "housing"}},
    {"shopkeepers", {"handelaars", "handelaar", "middenstand", "winkeliers", "shopkeepers"}},
    {"welfare", {"welzijn", "ocmw", "welfare"}},
    {"city_services", {"stadsdiensten", "stad", "city services"}},
    {"prevention", {"preventie", "preventiedienst", "prevention"}},
    {"health", {"gezondheid", "gezondheidszorg", "health"}},
    {"education", {"onderwijs", "school", "scholen", "education"}},
    {"residents", {"bewoners", "buurtbewoners", "residents"}},
};

std::vector<std::string> Words(std::string_view s) {
    std::vector<std::string> out;
    for (Token& t : Tokenize(s)) out.push_back(std::move(t.folded));
    return out;
}

bool DisciplineMatches(const std::string& discipline, const std::string& folded_written) {
    if (discipline.empty()) return false;
    std::string key = FoldForMatch(discipline);
    std::string spaced = key;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    if (folded_written == key || folded_written == spaced) return true;
    for (const DisciplineAlias& a : kDisciplineAliases) {
        if (a.key != discipline) continue;
        for (std::string_view n : a.names)
            if (folded_written == n) return true;
    }
    return false;
}

// A time stamp at the start of a line: "[HH:MM:SS]" or "[MM:SS]" (':' or '.' between the parts).
enum class TimeStamp { None, Time, NotATime };

// Digits and separators only, starting and ending with a digit, at least one separator: what a
// reader takes for a time stamp, whether or not it is a valid one.
bool LooksLikeTime(std::string_view inside) {
    if (inside.empty() || inside.size() > 24 || !std::isdigit(static_cast<unsigned char>(inside.front())) ||
        !std::isdigit(static_cast<unsigned char>(inside.back())))
        return false;
    bool separator = false;
    for (char c : inside) {
        if (c == ':' || c == '.') separator = true;
        else if (c < '0' || c > '9') return false;
    }
    return separator;
}

// Two or three parts (the first up to three digits, the others two), minutes and seconds below 60.
// "[1:2:3:4]" is no time: read as 01:02:03 it would put the note at a time nobody wrote.
bool ReadTime(std::string_view inside, int64_t& ms) {
    std::vector<int> parts;
    size_t i = 0;
    for (;;) {
        size_t j = inside.find_first_of(":.", i);
        std::string_view digits = inside.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
        if (digits.empty() || digits.size() > (parts.empty() ? 3u : 2u) || parts.size() == 3) return false;
        int v = 0;
        for (char c : digits) v = v * 10 + (c - '0');
        parts.push_back(v);
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
    if (parts.size() < 2) return false;
    int h = parts.size() == 3 ? parts[0] : 0, m = parts[parts.size() - 2], sec = parts.back();
    if (m > 59 || sec > 59) return false;
    ms = ((static_cast<int64_t>(h) * 60 + m) * 60 + sec) * 1000;
    return true;
}

// `used`: the length of the bracket (for Time and NotATime).
TimeStamp ParseTime(std::string_view s, int64_t& ms, size_t& used) {
    used = 0;
    if (s.empty() || s[0] != '[') return TimeStamp::None;
    size_t close = s.find(']');
    if (close == std::string_view::npos) return TimeStamp::None;
    std::string_view inside = s.substr(1, close - 1);
    if (!LooksLikeTime(inside)) return TimeStamp::None;
    used = close + 1;
    return ReadTime(inside, ms) ? TimeStamp::Time : TimeStamp::NotATime;
}

// A speaker prefix: short, no sentence punctuation or digits, and starting with a letter.
bool LooksLikeSpeaker(std::string_view prefix) {
    if (prefix.empty() || prefix.size() > 60) return false;
    if (Words(prefix).size() > 4) return false;
    for (char c : prefix)
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '?' || c == '!' || c == ';' || c == '"' || c == '(' || c == ')')
            return false;
    return true;
}

// Forms of address and titles written before a name ("dhr. Peeters", "mevr. Claes", "de heer
// Peeters", "Dr. Janssens"): the name is what follows. Only stripped when a name follows.
bool IsAddress(std::string_view word) {
    std::string w = FoldForMatch(word);
    for (std::string_view t : {"dhr", "heer", "mijnheer", "meneer", "mevr", "mevrouw", "mw", "mr", "mrs", "ms", "dr", "prof", "ir"})
        if (w == t) return true;
    return false;
}

std::string_view WithoutTitles(std::string_view s) {
    for (;;) {
        size_t end = 0;
        while (end < s.size() && s[end] != ' ' && s[end] != '.') ++end;
        std::string_view word = s.substr(0, end);
        size_t next = end < s.size() && s[end] == '.' ? end + 1 : end;
        if (next >= s.size() || s[next] != ' ') return s;
        std::string_view rest = Trim(s.substr(next));
        bool de_heer = FoldForMatch(word) == "de" && next == end && FoldForMatch(rest.substr(0, rest.find(' '))) == "heer";
        if ((!IsAddress(word) && !de_heer) || rest.empty()) return s;
        s = rest;
    }
}

} // namespace

SpeakerMatch MatchSpeaker(std::string_view written, const std::vector<Participant>& participants, int64_t& id) {
    return TextLineParser(participants).MatchWritten(written, id);
}

TextLineParser::TextLineParser(std::vector<Participant> participants) : m_participants(std::move(participants)) {
    for (const Participant& p : m_participants) m_words.push_back(Words(p.name));
}

SpeakerMatch TextLineParser::MatchWritten(std::string_view written, int64_t& id) const {
    id = 0;
    std::vector<std::string> w = Words(written);
    if (w.empty()) return SpeakerMatch::None;
    std::string folded;
    for (const std::string& x : w) folded += (folded.empty() ? "" : " ") + x;
    // Full name first; a surname or a discipline only counts when exactly one participant fits.
    for (size_t i = 0; i < m_participants.size(); ++i)
        if (!m_participants[i].name.empty() && m_words[i] == w) return id = m_participants[i].id, SpeakerMatch::FullName;
    int64_t found = 0;
    int hits = 0;
    for (size_t i = 0; i < m_participants.size(); ++i) {
        const std::vector<std::string>& pw = m_words[i];
        if (pw.size() < 2) continue;
        // Surname: the written words equal the name's last words ("Peeters", "De Smet", "El Idrissi").
        if (w.size() < pw.size() && std::equal(w.rbegin(), w.rend(), pw.rbegin())) found = m_participants[i].id, ++hits;
    }
    if (hits == 1) return id = found, SpeakerMatch::Surname;
    hits = 0;
    for (const Participant& p : m_participants)
        if (DisciplineMatches(p.discipline, folded)) found = p.id, ++hits;
    if (hits == 1) return id = found, SpeakerMatch::Discipline;
    return SpeakerMatch::Unmatched;
}

ParsedLine TextLineParser::Parse(std::string_view raw_line, int line_number, TextLine& tl) const {
    std::string_view line = Trim(raw_line);
    if (line.empty()) return ParsedLine::Blank;
    tl = TextLine{};
    tl.line_number = line_number;
    tl.raw = std::string(line);
    tl.time_ms = -1;
    std::string_view rest = line;
    size_t used = 0;
    switch (ParseTime(rest, tl.time_ms, used)) {
    case TimeStamp::Time: tl.has_time = true; break;
    case TimeStamp::NotATime: // kept in the text (nothing lost), the speaker after it still read
        tl.time_ms = -1;
        tl.problem = LineProblem::NotATime;
        tl.bad_time = std::string(rest.substr(0, used));
        break;
    case TimeStamp::None: break;
    }
    rest = Trim(rest.substr(used));
    if (rest.empty() && tl.has_time) {
        tl.problem = LineProblem::TimeWithoutText; // an empty note helps nobody
        return ParsedLine::Skipped;
    }
    size_t colon = rest.find(':');
    std::string_view written = colon == std::string_view::npos ? std::string_view() : Trim(rest.substr(0, colon));
    if (colon != std::string_view::npos && colon + 1 < rest.size() && LooksLikeSpeaker(WithoutTitles(written))) {
        std::string_view said = Trim(rest.substr(colon + 1));
        tl.match = m_participants.empty() ? SpeakerMatch::Unmatched : MatchWritten(WithoutTitles(written), tl.speaker_id);
        tl.speaker_written = std::string(written);
        if (tl.speaker_id) {
            for (const Participant& p : m_participants)
                if (p.id == tl.speaker_id) tl.speaker_name = p.name.empty() ? p.discipline : p.name;
            tl.text = std::string(said);
        } else {
            tl.speaker_name = tl.speaker_written;
            // Not recognised: with participants known, keep "Name: text" so nothing is lost.
            tl.text = m_participants.empty() ? std::string(said) : std::string(rest);
        }
    } else {
        tl.text = std::string(rest);
    }
    if (tl.text.empty()) tl.text = std::string(rest);
    if (!tl.bad_time.empty()) tl.text = tl.text.empty() ? tl.bad_time : tl.bad_time + " " + tl.text;
    return ParsedLine::Note;
}

void TextLineSplitter::Append(std::string_view part) {
    size_t room = m_max - std::min(m_max, m_line.size());
    if (part.size() > room) m_overlong = true;
    m_line.append(part.substr(0, room));
}

TextTranscript ParseTextTranscript(std::string_view content, const std::vector<Participant>& participants) {
    TextTranscript out;
    TextLineParser parser(participants);
    TextLineSplitter splitter;
    auto on_line = [&](std::string_view line, int number, bool) {
        TextLine tl;
        switch (parser.Parse(line, number, tl)) {
        case ParsedLine::Note: out.lines.push_back(std::move(tl)); break;
        case ParsedLine::Skipped: out.skipped.push_back(std::move(tl)); break;
        case ParsedLine::Blank: break;
        }
    };
    splitter.Feed(content, on_line);
    splitter.Finish(on_line);
    return out;
}

std::vector<MergeNote> ToMergeNotes(const TextTranscript& t) {
    std::vector<MergeNote> out;
    for (const TextLine& l : t.lines) out.push_back({std::to_string(l.line_number), l.time_ms, l.speaker_name, l.text});
    return out;
}

std::vector<Participant> HearingParticipants(PlanStore& store, int64_t hearing_id) {
    auto hearing = store.GetHearing(hearing_id);
    std::vector<Participant> out;
    if (!hearing) return out;
    for (Participant& p : store.ListParticipants())
        if (std::find(hearing->participant_ids.begin(), hearing->participant_ids.end(), p.id) != hearing->participant_ids.end())
            out.push_back(std::move(p));
    return out;
}

namespace {
uint64_t Fnv1a(std::string_view s, uint64_t h) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// A stable UUID-shaped id (version 4 layout) from a name: the same line of the same file gets the
// same id, so a second import recognises it.
std::string StableUuid(const std::string& name) {
    uint64_t hi = Fnv1a(name, 1469598103934665603ull), lo = Fnv1a(name, 0x9E3779B97F4A7C15ull ^ hi);
    hi = (hi & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(hi >> 32),
                  static_cast<unsigned long long>((hi >> 16) & 0xFFFF), static_cast<unsigned long long>(hi & 0xFFFF),
                  static_cast<unsigned long long>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
    return buf;
}
} // namespace

struct TextNoteWriter::Impl {
    PlanStore& store;
    int64_t hearing_id;
    char reporter;
    std::string by, hearing_uuid;
    int64_t now = NowWallMs(), seq = 1, last_time = 0;
    Statement next_seq, exists, insert, revision;
    Impl(PlanStore& s, int64_t h, char r, std::string b, std::string uuid)
        : store(s), hearing_id(h), reporter(r), by(std::move(b)), hearing_uuid(std::move(uuid)),
          next_seq(s.Db(), "SELECT coalesce(max(seq), 0) + 1 FROM note WHERE hearing_id = ? AND reporter = ?"),
          exists(s.Db(), "SELECT 1 FROM note WHERE uuid = ?"),
          insert(s.Db(), "INSERT INTO note(uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, kind, "
                         "chain, deleted, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'other', '', 0, 1)"),
          revision(s.Db(), "INSERT INTO note_revision(note_uuid, version, text, kind, chain, speaker_id, deleted, "
                           "changed_at_ms, changed_by) VALUES(?, 1, ?, 'other', '', ?, 0, ?, ?)") {}
};

TextNoteWriter::TextNoteWriter(PlanStore& store, int64_t hearing_id, char reporter, const std::string& by) {
    if (reporter != 'A' && reporter != 'B') throw UserError("err.bad_reporter", "A reporter is A or B.");
    auto hearing = store.GetHearing(hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + " in this plan.",
                        {std::to_string(hearing_id)});
    if (hearing->ClosedForNotes()) ThrowHearingClosed(); // approved minutes: refused before anything is read in
    m = std::make_unique<Impl>(store, hearing_id, reporter, by, hearing->uuid);
}

TextNoteWriter::~TextNoteWriter() = default;

void TextNoteWriter::BeginBatch() {
    // Read inside each transaction: a live reporter may have added notes between two batches.
    m->next_seq.Reset();
    m->next_seq.Bind(1, m->hearing_id).Bind(2, std::string_view(&m->reporter, 1)).Step();
    m->seq = m->next_seq.Int(0);
}

bool TextNoteWriter::Add(const TextLine& l) {
    std::string uuid = StableUuid(m->hearing_uuid + "|" + m->reporter + "|" + std::to_string(l.line_number) + "|" + l.text);
    // Lines without a time take the last time seen, so hearing order stays as in the file.
    if (l.has_time) m->last_time = l.time_ms;
    m->exists.Reset();
    m->exists.Bind(1, uuid);
    if (m->exists.Step()) return false;
    m->insert.Reset();
    m->insert.Bind(1, uuid).Bind(2, m->hearing_id).Bind(3, std::string_view(&m->reporter, 1)).Bind(4, m->seq++);
    m->insert.Bind(5, m->last_time).Bind(6, m->now);
    if (l.speaker_id > 0) m->insert.Bind(7, l.speaker_id);
    else m->insert.BindNull(7);
    m->insert.Bind(8, l.text).Exec();
    m->revision.Reset();
    m->revision.Bind(1, uuid).Bind(2, l.text);
    if (l.speaker_id > 0) m->revision.Bind(3, l.speaker_id);
    else m->revision.BindNull(3);
    m->revision.Bind(4, m->now).Bind(5, m->by).Exec();
    return true;
}

TextImportResult ImportTextTranscript(PlanStore& store, int64_t hearing_id, char reporter, const TextTranscript& t,
                                      const std::string& by) {
    TextNoteWriter writer(store, hearing_id, reporter, by);
    for (const TextLine& l : t.lines)
        if (l.text.size() > kMaxNoteBytes)
            throw InputError("merge.text_line_too_long", "Line " + std::to_string(l.line_number) + " is longer than 1 MB; nothing was imported.",
                             {std::to_string(l.line_number)});
    TextImportResult result;
    Transaction tx(store.Db());
    writer.BeginBatch();
    for (const TextLine& l : t.lines) {
        if (writer.Add(l)) ++result.notes_added;
        else ++result.notes_already_present;
    }
    tx.Commit();
    return result;
}

} // namespace hd
