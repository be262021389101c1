// Turns the tables in core/demo_plan_data.cpp into a plan: themes, participants, hearings and the
// notes of both reporters, timed on each hearing's clock.
//
// [SECTION] Reporter B's shorthand
// [SECTION] Hearing clock: when a contribution was said and when each reporter committed it
// [SECTION] Writing the plan
#include "core/demo/demo_plan.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>

#include "core/store/db.h"
#include "core/demo/demo_plan_data.h"
#include "core/demo/demo_process.h"
#include "core/base/errors.h"
#include "core/base/uuid.h"

namespace hd {
namespace {

// [SECTION] Reporter B's shorthand
// Where B wrote "the same" as A (kSameAsA), B's note is A's text in the shorthand reporters use
// when they type fast: numerals, abbreviations, no closing full stop. This keeps the two
// transcripts close but not identical, which is what merging has to cope with.
struct Shorthand {
    std::string_view full;
    std::string_view brief;
};
constexpr Shorthand kShorthand[] = {
    {"straathoekwerkers", "SHW'ers"},  {"het straathoekwerk", "SHW"},   {"straathoekwerk", "SHW"},
    {"gemeenschapswachten", "GW"},     {"wijkinspecteur", "wijkinsp."}, {"de politie", "pol."},
    {"politie", "pol."},               {"in plaats van", "i.p.v."},     {"met betrekking tot", "m.b.t."},
    {"proces-verbaal", "pv"},          {"bijvoorbeeld", "bv."},         {"ongeveer", "ong."},
    {"minstens", "min."},              {"secundaire", "sec."},          {"dienst Wonen", "Wonen"},
    {"één", "1"},                      {"twee", "2"},                   {"drie", "3"},
    {"vier", "4"},                     {"zes", "6"},                    {"tien", "10"},
    {"twintig", "20"},                 {"zestig", "60"},                {"bewoners", "bew."},
    {"maanden", "mnd"},                {"per week", "/week"},           {"verschillende", "versch."},
};

// Letters of any script continue a word; so do hyphen and apostrophe ("camera's").
bool IsWordByte(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
           c == '\'';
}

std::string ApplyShorthand(std::string_view text) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        bool at_word_start = i == 0 || !IsWordByte(text[i - 1]);
        const Shorthand* hit = nullptr;
        if (at_word_start) {
            for (const Shorthand& s : kShorthand) {
                size_t end = i + s.full.size();
                if (text.substr(i, s.full.size()) == s.full && (end == text.size() || !IsWordByte(text[end]))) {
                    hit = &s;
                    break;
                }
            }
        }
        if (hit) {
            out += hit->brief;
            i += hit->full.size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

// B's version of A's note: quotes become "Citaat: '...'", the rest gets B's shorthand.
std::string ReporterBShorthand(std::string_view a_text) {
    std::string text;
    if (a_text.size() >= 2 && a_text.front() == '"' && a_text.back() == '"')
        text = "Citaat: '" + std::string(a_text.substr(1, a_text.size() - 2)) + "'";
    else
        text = ApplyShorthand(a_text);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

// [SECTION] Hearing clock: when a contribution was said and when each reporter committed it
constexpr int64_t kIntroSeconds = 180;        // welcome and round of names before question 1
constexpr int64_t kMaxSecondsPerRow = 150;    // a running hearing has not used its whole budget yet
constexpr int64_t kReporterBSkewMs = 4200;    // B's laptop clock runs a little ahead of A's
constexpr int64_t kMinGapSeconds = 4;         // nobody commits two notes within 4 s

// Deterministic scatter (splitmix64) so timings look human but never change between runs.
uint64_t Mix(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
int64_t Scatter(size_t hearing, size_t row, uint64_t salt, int64_t range) {
    uint64_t h = Mix((static_cast<uint64_t>(hearing) << 32) ^ (static_cast<uint64_t>(row) << 8) ^ salt);
    return static_cast<int64_t>(h % static_cast<uint64_t>(2 * range + 1)) - range;
}

int64_t QuestionStartSeconds(const demo::ThemeRow& theme, int question) {
    int64_t start = kIntroSeconds;
    for (int q = 0; q < question && q < 4; ++q) start += theme.questions[q].budget_minutes * 60;
    return start;
}

int64_t TotalSeconds(const demo::ThemeRow& theme) {
    return QuestionStartSeconds(theme, 4) + 120; // plus a short closing word
}

struct RowTiming {
    int64_t a_ms = 0;
    int64_t b_ms = 0;
};

// Contributions to a question are spread over its time budget. A commits 15-40 s after the
// speaker started; B within about a minute of A, earlier or later.
std::vector<RowTiming> TimeRows(size_t hearing_index, const demo::HearingRow& h, const demo::ThemeRow& theme) {
    std::map<int, int64_t> rows_per_question;
    for (const demo::ContributionRow& c : h.contributions) ++rows_per_question[c.question];
    std::map<int, int64_t> seen;
    std::vector<RowTiming> out;
    int64_t last_a = 0, last_b = 0;
    for (size_t i = 0; i < h.contributions.size(); ++i) {
        const demo::ContributionRow& c = h.contributions[i];
        int64_t budget = theme.questions[c.question].budget_minutes * 60;
        int64_t step = std::min(budget / rows_per_question[c.question], kMaxSecondsPerRow);
        int64_t said = QuestionStartSeconds(theme, c.question) + seen[c.question]++ * step + step / 2 +
                       Scatter(hearing_index, i, 1, 10);
        int64_t a = said + 15 + (Scatter(hearing_index, i, 2, 12) + 12);
        int64_t b = a + Scatter(hearing_index, i, 3, 55);
        // Keep each reporter's own notes in commit order.
        if (c.a) last_a = a = std::max(a, last_a + kMinGapSeconds);
        if (c.b) last_b = b = std::max(b, last_b + kMinGapSeconds);
        out.push_back({a * 1000 + Scatter(hearing_index, i, 4, 499), b * 1000 + Scatter(hearing_index, i, 5, 499)});
    }
    return out;
}

// Unix time in ms of a local date and time, given the UTC offset that applied that day.
int64_t WallMs(std::string_view date, std::string_view time, int utc_offset_hours) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0;
    std::sscanf(std::string(date).c_str(), "%d-%d-%d", &y, &m, &d);
    std::sscanf(std::string(time).c_str(), "%d:%d", &hh, &mm);
    // Days from civil (proleptic Gregorian), after Howard Hinnant's well-known derivation.
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    int64_t days = era * 146097 + doe - 719468;
    return ((days * 24 + hh - utc_offset_hours) * 60 + mm) * 60 * 1000;
}

// [SECTION] Writing the plan
// Filling several hundred notes with an fsync each would take seconds on a slow disk; the demo can
// be recreated at any time, so it is written with NORMAL sync and FULL is restored afterwards.
class RelaxedSync {
public:
    explicit RelaxedSync(Database& db) : m_db(db) { m_db.Exec("PRAGMA synchronous = NORMAL"); }
    ~RelaxedSync() {
        try {
            m_db.Exec("PRAGMA synchronous = FULL");
        } catch (...) {
        }
    }
    RelaxedSync(const RelaxedSync&) = delete;
    RelaxedSync& operator=(const RelaxedSync&) = delete;

private:
    Database& m_db;
};

void WritePlanAndPhases(PlanStore& store) {
    Plan plan = store.GetPlan();
    const demo::PlanRow& info = demo::PlanInfo();
    plan.name = info.name;
    plan.city = info.city;
    plan.period_start = info.period_start;
    plan.period_end = info.period_end;
    for (Phase& phase : plan.phases) {
        for (const demo::PhaseRow& row : demo::Phases()) {
            if (row.key != phase.key) continue;
            phase.title = row.title;
            phase.start_date = row.start_date;
            phase.end_date = row.end_date;
            phase.status = row.status;
        }
    }
    store.UpdatePlan(plan);
}

std::vector<int64_t> WriteThemes(PlanStore& store) {
    std::vector<int64_t> ids;
    for (const demo::ThemeRow& row : demo::Themes()) {
        Theme theme;
        theme.title = row.title;
        theme.problem_statement = row.problem_statement;
        theme.context = row.context;
        for (const demo::QuestionRow& q : row.questions) {
            if (q.text.empty()) continue;
            Question question;
            question.text = q.text;
            question.budget_minutes = q.budget_minutes;
            theme.questions.push_back(std::move(question));
        }
        ids.push_back(store.AddTheme(theme));
    }
    return ids;
}

std::map<std::string, int64_t, std::less<>> WriteParticipants(PlanStore& store) {
    std::map<std::string, int64_t, std::less<>> ids;
    for (const demo::ParticipantRow& row : demo::Participants()) {
        Participant p;
        p.name = row.name;
        p.organisation = row.organisation;
        p.discipline = row.discipline;
        p.consent_named = row.consent_named;
        ids[std::string(row.key)] = store.AddParticipant(p);
    }
    return ids;
}

// A key in the tables that names nobody is a mistake in the demo data, not a user error.
int64_t IdOf(const std::map<std::string, int64_t, std::less<>>& ids, std::string_view key) {
    auto it = ids.find(key);
    if (it == ids.end()) throw std::logic_error("demo plan: unknown participant key '" + std::string(key) + "'");
    return it->second;
}

std::vector<int64_t> PresentIds(const demo::HearingRow& row, const std::map<std::string, int64_t, std::less<>>& ids) {
    std::vector<int64_t> present;
    std::string_view rest = row.present;
    while (!rest.empty()) {
        size_t space = rest.find(' ');
        std::string_view key = rest.substr(0, space);
        if (!key.empty()) present.push_back(IdOf(ids, key));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    return present;
}

const demo::CorrectionRow* FindCorrection(size_t hearing, char reporter, size_t row) {
    for (const demo::CorrectionRow& c : demo::Corrections())
        if (static_cast<size_t>(c.hearing) == hearing && c.reporter == reporter && static_cast<size_t>(c.row) == row)
            return &c;
    return nullptr;
}

const demo::SlipRow* FindSlip(size_t hearing, char reporter, size_t row) {
    for (const demo::SlipRow& s : demo::Slips())
        if (static_cast<size_t>(s.hearing) == hearing && s.reporter == reporter &&
            static_cast<size_t>(s.row) == row)
            return &s;
    return nullptr;
}

// Stores a note that already has a second version: corrected (`first_text` set) or deleted.
// Inserted with its history so the revision times are the demo's, not today's.
void InsertWithHistory(PlanStore& store, Note note, std::string_view first_text, const std::string& by,
                       int64_t changed_after_ms) {
    NoteRevision first;
    first.note_uuid = note.uuid = NewUuid();
    first.version = 1;
    first.text = first_text;
    first.kind = note.kind;
    first.chain = note.chain;
    first.speaker_id = note.speaker_id;
    first.changed_at_ms = note.wall_time_ms;
    first.changed_by = by;
    NoteRevision second = first;
    second.version = note.version = 2;
    second.text = note.text;
    second.deleted = note.deleted;
    second.changed_at_ms = note.wall_time_ms + changed_after_ms;
    store.InsertNoteIfNew(note, {first, second});
}

void WriteNotes(PlanStore& store, size_t index, const demo::HearingRow& row, const Hearing& hearing,
                const std::map<std::string, int64_t, std::less<>>& ids) {
    const demo::ThemeRow& theme = demo::Themes()[row.theme];
    std::vector<RowTiming> timing = TimeRows(index, row, theme);
    int64_t start_ms = WallMs(row.date, row.start_time, row.utc_offset_hours);
    std::set<int64_t> present(hearing.participant_ids.begin(), hearing.participant_ids.end());
    for (char reporter : {'A', 'B'}) {
        const std::string& by = reporter == 'A' ? hearing.reporter_a : hearing.reporter_b;
        int64_t seq = 0;
        int64_t last_offset_ms = -1000;
        for (size_t i = 0; i < row.contributions.size(); ++i) {
            const demo::ContributionRow& c = row.contributions[i];
            const char* written = reporter == 'A' ? c.a : c.b;
            const demo::CorrectionRow* correction = FindCorrection(index, reporter, i);
            const demo::SlipRow* slip = FindSlip(index, reporter, i);
            if (!written) {
                if (correction || slip) throw std::logic_error("demo plan: correction or slip on a missing note");
                continue;
            }
            if (std::string_view(written) == demo::kSameAsA && !c.a)
                throw std::logic_error("demo plan: B copies a note A did not write");
            std::string_view who = (reporter == 'B' && c.b_who) ? std::string_view(c.b_who) : c.who;
            Note note;
            note.hearing_id = hearing.id;
            note.reporter = reporter;
            note.seq = ++seq;
            note.offset_ms = reporter == 'A' ? timing[i].a_ms : timing[i].b_ms;
            note.wall_time_ms = start_ms + note.offset_ms + (reporter == 'B' ? kReporterBSkewMs : 0);
            note.speaker_id = who.empty() ? 0 : IdOf(ids, who);
            if (note.speaker_id != 0 && !present.count(note.speaker_id))
                throw std::logic_error("demo plan: speaker '" + std::string(who) + "' is not present");
            note.text = std::string_view(written) == demo::kSameAsA ? ReporterBShorthand(c.a) : std::string(written);
            note.kind = c.kind;
            note.chain = c.chain;
            if (slip) {
                // The slip came some 20 s before the full note, after the reporter's previous note.
                Note mistake = note;
                mistake.offset_ms = std::max(note.offset_ms - 20 * 1000, last_offset_ms + 1000);
                mistake.wall_time_ms = note.wall_time_ms - (note.offset_ms - mistake.offset_ms);
                mistake.text = slip->text;
                mistake.kind = NoteKind::Other;
                mistake.chain = SafetyChain::None;
                mistake.deleted = true;
                InsertWithHistory(store, mistake, slip->text, by, 6 * 1000);
                note.seq = ++seq;
            }
            if (correction)
                InsertWithHistory(store, note, correction->first_text, by, 35 * 1000);
            else
                store.AddNote(note, by);
            last_offset_ms = note.offset_ms;
        }
    }
}

// A closed hearing shows its full length; a running one is paused after its last note, on the
// question being discussed, so the facilitator can resume it in the demo.
void SetHearingClock(Hearing& hearing, const demo::HearingRow& row, const demo::ThemeRow& theme,
                     PlanStore& store) {
    if (hearing.status == HearingStatus::Planned) return;
    hearing.clock_started_wall_ms = 0;
    if (hearing.status == HearingStatus::Closed) {
        hearing.clock_accumulated_ms = TotalSeconds(theme) * 1000;
        int last = 0;
        for (const demo::QuestionRow& q : theme.questions)
            if (!q.text.empty()) ++last;
        hearing.current_question = std::max(0, last - 1);
    } else {
        int64_t last_ms = 0;
        for (const Note& n : store.ListNotes(hearing.id)) last_ms = std::max(last_ms, n.offset_ms);
        hearing.clock_accumulated_ms = last_ms + 75 * 1000;
        int question = 0;
        for (const demo::ContributionRow& c : row.contributions) question = std::max(question, c.question);
        hearing.current_question = question;
    }
    hearing.question_started_offset_ms = QuestionStartSeconds(theme, hearing.current_question) * 1000;
}

void WriteHearings(PlanStore& store, const std::vector<int64_t>& theme_ids,
                   const std::map<std::string, int64_t, std::less<>>& ids) {
    size_t index = 0;
    for (const demo::HearingRow& row : demo::Hearings()) {
        Hearing hearing;
        hearing.theme_id = theme_ids.at(static_cast<size_t>(row.theme));
        hearing.date = row.date;
        hearing.location = row.location;
        hearing.moderator = row.moderator;
        hearing.status = row.status;
        hearing.reporter_a = row.reporter_a;
        hearing.reporter_b = row.reporter_b;
        hearing.participant_ids = PresentIds(row, ids);
        hearing.id = store.AddHearing(hearing);
        WriteNotes(store, index, row, hearing, ids);
        SetHearingClock(hearing, row, demo::Themes()[row.theme], store);
        store.UpdateHearing(hearing);
        ++index;
    }
}

void RemovePlanFiles(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

} // namespace

void WriteDemoPlan(PlanStore& store) {
    if (!store.ListThemes().empty() || !store.ListParticipants().empty() || !store.ListHearings().empty())
        throw UserError("demo.plan_not_empty",
                        "The demo can only be written into an empty plan; " + store.Path() + " already has content.",
                        {store.Path()});
    RelaxedSync relaxed(store.Db());
    WritePlanAndPhases(store);
    std::vector<int64_t> theme_ids = WriteThemes(store);
    auto participant_ids = WriteParticipants(store);
    WriteHearings(store, theme_ids, participant_ids);
}

std::unique_ptr<PlanStore> CreateDemoPlan(const std::string& path, const DemoOptions& options) {
    const demo::PlanRow& info = demo::PlanInfo();
    Plan plan;
    plan.name = info.name;
    plan.city = info.city;
    plan.period_start = info.period_start;
    plan.period_end = info.period_end;
    // Every time stamp the stores take from the clock is a fixed one, so the same command writes the
    // same content: the plan is set up on 2025-09-01 at 09:00 Brussels time.
    ScopedSteppedClock clock(1'756'710'000'000, 1'000);
    ScopedUuidSequence uuids(0xD13E57EDE);
    auto store = PlanStore::Create(path, plan); // refuses an existing file
    try {
        WriteDemoPlan(*store);
        if (options.whole_process) WriteDemoProcess(*store, *options.whole_process);
    } catch (...) {
        store.reset();
        RemovePlanFiles(path);
        throw;
    }
    return store;
}

} // namespace hd
