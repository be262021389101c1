// [SECTION] index
//   Open / Create (pragmas, integrity, migration with backup, version refusal)
//   Plan and phases / Themes and questions / Participants / Hearings and clock / Notes / Drafts
#include "core/store/store.h"

#include <sqlite3.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/migrations.h"
#include "core/base/utf8.h"
#include "core/base/uuid.h"

namespace hd {

namespace {
struct SteppedClock {
    bool active = false;
    int64_t next_ms = 0, step_ms = 0;
};
thread_local SteppedClock t_stepped_clock;
} // namespace

int64_t NowWallMs() {
    if (t_stepped_clock.active) {
        int64_t now = t_stepped_clock.next_ms;
        t_stepped_clock.next_ms += t_stepped_clock.step_ms;
        return now;
    }
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

ScopedSteppedClock::ScopedSteppedClock(int64_t start_ms, int64_t step_ms)
    : m_was_active(t_stepped_clock.active), m_was_next_ms(t_stepped_clock.next_ms),
      m_was_step_ms(t_stepped_clock.step_ms) {
    t_stepped_clock = {true, start_ms, step_ms};
}
ScopedSteppedClock::~ScopedSteppedClock() { t_stepped_clock = {m_was_active, m_was_next_ms, m_was_step_ms}; }

std::string FormatOffset(int64_t offset_ms) {
    if (offset_ms < 0) offset_ms = 0;
    int64_t s = offset_ms / 1000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                  static_cast<long long>((s / 60) % 60), static_cast<long long>(s % 60));
    return buf;
}

// [SECTION] Open / Create
namespace {

void ApplyPragmas(Database& db, bool read_only) {
    db.Exec("PRAGMA foreign_keys = ON");
    if (!read_only) {
        // WAL lets the projection read while a reporter writes; FULL makes each commit survive a
        // power cut, which is the promise the "saved" label makes.
        Statement wal(db, "PRAGMA journal_mode = WAL");
        wal.Step();
        db.Exec("PRAGMA synchronous = FULL");
    }
}

void CheckIntegrity(Database& db, bool quick) {
    Statement st(db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
    std::string first;
    if (st.Step()) first = st.Text(0);
    if (first != "ok")
        throw StoreError("err.db_corrupt",
                         "The file " + db.Path() + " is not a readable Hearing Desk plan (damaged or another kind "
                         "of file). It was not changed.",
                         {db.Path(), first});
}

// A file that is not ours (but a valid SQLite database) must be refused, not migrated into. An empty
// one (0 bytes, or a database without tables) becomes a plan only when the caller creates plans: `info`
// on a file that was truncated or never written must not quietly turn it into an empty plan.
void CheckIsPlanFile(Database& db, int version, bool creating) {
    if (version != 0) return;
    Statement st(db, "SELECT count(*) FROM sqlite_schema");
    st.Step();
    if (st.Int(0) > 0)
        throw StoreError("err.not_a_plan", "The file " + db.Path() + " is a database but not a Hearing Desk plan.",
                         {db.Path()});
    if (!creating)
        throw StoreError("err.empty_plan_file",
                         "The file " + db.Path() + " is empty, so it is not a Hearing Desk plan; it was not changed. "
                         "Open another file, or make a new plan.",
                         {db.Path()});
}

// [SECTION] Read-only folders
// WAL keeps two files next to the plan (-wal, -shm) that every connection, even a reading one, needs
// to create when they are missing: in a folder this process cannot write (a read-only share, a
// locked-down folder, a read-only mount) a plain open fails. Reading commands open such a plan
// immutable; writing commands say that the folder, not the file, is the problem.
std::string FolderOf(const std::string& path) {
    std::string dir = std::filesystem::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

bool CanWrite(const std::string& path) { return access(path.c_str(), W_OK) == 0; }

// Changes not yet checkpointed into the plan: an immutable open would not see them.
bool HasWalContent(const std::string& path) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path + "-wal", ec);
    return !ec && size > 0;
}

[[noreturn]] void ThrowFolderReadOnly(const std::string& path) {
    throw StoreError("err.folder_read_only",
                     "The folder " + FolderOf(path) + " is read-only, so the plan " + path +
                         " cannot be changed (Hearing Desk keeps its journal files next to the plan). Nothing was "
                         "changed. Copy the plan to a folder you can write to.",
                     {FolderOf(path), path});
}

struct OpenMode {
    Database::Mode mode;
    bool folder_writable;
};

OpenMode ChooseOpenMode(const std::string& path, const OpenOptions& options) {
    if (options.create) return {Database::Mode::ReadWriteCreate, true};
    bool folder_ok = CanWrite(FolderOf(path));
    bool file_ok = CanWrite(path);
    bool read_only = options.read_only || (options.read_only_when_unwritable && (!folder_ok || !file_ok));
    if (read_only) {
        Database::Mode mode = folder_ok || HasWalContent(path) ? Database::Mode::ReadOnly
                                                               : Database::Mode::ReadOnlyImmutable;
        return {mode, folder_ok};
    }
    if (!folder_ok) ThrowFolderReadOnly(path);
    if (!file_ok)
        throw StoreError("err.db_readonly", "The plan file " + path + " is read-only; nothing was changed.", {path, ""});
    return {Database::Mode::ReadWrite, true};
}

// Opens and reads the header (the first real access). A read-only folder with unfinished changes in
// the -wal file but no -shm cannot be read at all: say so instead of "cannot open".
std::unique_ptr<Database> OpenAndReadVersion(const std::string& path, const OpenMode& how, int& version) {
    try {
        auto db = std::make_unique<Database>(path, how.mode);
        version = db->UserVersion();
        return db;
    } catch (const StoreError& e) {
        if (how.folder_writable || e.Key() == "err.db_corrupt") throw;
        throw StoreError("err.folder_read_only_wal",
                         "The folder " + FolderOf(path) + " is read-only and the plan " + path +
                             " has changes in its journal file that cannot be read there. Copy the folder (with the "
                             "-wal file) to a place you can write to and open the plan there; nothing was changed.",
                         {FolderOf(path), path});
    }
}

} // namespace

PlanStore::PlanStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
PlanStore::~PlanStore() = default;
const std::string& PlanStore::Path() const { return m_db->Path(); }

std::unique_ptr<PlanStore> PlanStore::Open(const std::string& path, const OpenOptions& options) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!options.create && !fs::exists(path, ec))
        throw StoreError("err.no_such_plan", "There is no plan file at " + path + ".", {path});
    const OpenMode how = ChooseOpenMode(path, options);
    const bool read_only = how.mode == Database::Mode::ReadOnly || how.mode == Database::Mode::ReadOnlyImmutable;
    // Reading the header is the first real access: a non-database file fails here.
    int version = 0;
    auto db = OpenAndReadVersion(path, how, version);
    if (version > LatestSchemaVersion())
        throw StoreError("err.newer_version",
                         "This plan was written by a newer version of Hearing Desk (schema " + std::to_string(version) +
                             ", this program knows up to " + std::to_string(LatestSchemaVersion()) +
                             "). Update Hearing Desk to open it; the file was not changed.",
                         {path, std::to_string(version), std::to_string(LatestSchemaVersion())});
    CheckIsPlanFile(*db, version, options.create);
    if (options.check_integrity && version > 0) CheckIntegrity(*db, options.quick_integrity);
    ApplyPragmas(*db, read_only);
    auto store = std::unique_ptr<PlanStore>(new PlanStore(std::move(db)));
    if (version < LatestSchemaVersion()) {
        if (read_only && !how.folder_writable && !options.read_only)
            throw StoreError("err.folder_read_only_upgrade",
                             "The plan " + path + " was made by an older version of Hearing Desk and must be upgraded "
                             "before it can be read, but its folder " + FolderOf(path) + " is read-only. Copy the plan "
                             "to a folder you can write to; nothing was changed.",
                             {FolderOf(path), path});
        if (read_only)
            throw StoreError("err.needs_migration", "The plan " + path + " must be upgraded before it can be read.",
                             {path});
        if (version > 0 && options.backup_before_migrate) {
            store->m_backup_path = path + ".v" + std::to_string(version) + ".bak";
            store->m_db->BackupTo(store->m_backup_path);
        }
        Migrate(*store->m_db);
    }
    return store;
}

std::unique_ptr<PlanStore> PlanStore::Create(const std::string& path, const Plan& plan) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        throw StoreError("err.plan_exists", "A file already exists at " + path + "; it was not overwritten.", {path});
    OpenOptions opts;
    opts.create = true;
    auto store = Open(path, opts);
    Database& db = *store->m_db;
    Transaction tx(db);
    Statement ins(db, "INSERT INTO plan(id, uuid, name, city, period_start, period_end) VALUES(1, ?, ?, ?, ?, ?)");
    ins.Bind(1, plan.uuid.empty() ? NewUuid() : plan.uuid)
        .Bind(2, plan.name)
        .Bind(3, plan.city)
        .Bind(4, plan.period_start)
        .Bind(5, plan.period_end)
        .Exec();
    Statement ph(db, "INSERT INTO phase(key, title, start_date, end_date, status, position) VALUES(?, ?, ?, ?, ?, ?)");
    if (plan.phases.empty()) {
        int pos = 0;
        for (std::string_view key : kStandardPhaseKeys) {
            ph.Reset();
            ph.Bind(1, key).Bind(2, key).Bind(3, "").Bind(4, "").Bind(5, "planned").Bind(6, pos++).Exec();
        }
    } else {
        int pos = 0;
        for (const Phase& p : plan.phases) {
            ph.Reset();
            ph.Bind(1, p.key).Bind(2, p.title).Bind(3, p.start_date).Bind(4, p.end_date).Bind(5, ToKey(p.status));
            ph.Bind(6, pos++).Exec();
        }
    }
    tx.Commit();
    return store;
}

std::string CheckPlanIntegrity(const std::string& path) {
    try {
        Database db(path, Database::Mode::ReadOnly);
        Statement st(db, "PRAGMA integrity_check");
        std::string out;
        while (st.Step()) {
            if (!out.empty()) out += "\n";
            out += st.Text(0);
        }
        return out;
    } catch (const StoreError& e) {
        return e.what();
    }
}

std::string PlanStore::IntegrityCheck() {
    Statement st(*m_db, "PRAGMA integrity_check");
    std::string out;
    while (st.Step()) {
        if (!out.empty()) out += "\n";
        out += st.Text(0);
    }
    return out;
}

// [SECTION] Plan and phases
Plan PlanStore::GetPlan() {
    Plan plan;
    Statement st(*m_db, "SELECT uuid, name, city, period_start, period_end FROM plan WHERE id = 1");
    if (st.Step()) {
        plan.uuid = st.Text(0);
        plan.name = st.Text(1);
        plan.city = st.Text(2);
        plan.period_start = static_cast<int>(st.Int(3));
        plan.period_end = static_cast<int>(st.Int(4));
    }
    Statement ph(*m_db, "SELECT id, key, title, start_date, end_date, status, position FROM phase ORDER BY position");
    while (ph.Step()) {
        Phase p;
        p.id = ph.Int(0);
        p.key = ph.Text(1);
        p.title = ph.Text(2);
        p.start_date = ph.Text(3);
        p.end_date = ph.Text(4);
        p.status = PhaseStatusFromKey(ph.Text(5)).value_or(PhaseStatus::Planned);
        p.position = static_cast<int>(ph.Int(6));
        plan.phases.push_back(std::move(p));
    }
    return plan;
}

void PlanStore::UpdatePlan(const Plan& plan) {
    Transaction tx(*m_db);
    Statement st(*m_db, "UPDATE plan SET name = ?, city = ?, period_start = ?, period_end = ? WHERE id = 1");
    st.Bind(1, plan.name).Bind(2, plan.city).Bind(3, plan.period_start).Bind(4, plan.period_end).Exec();
    Statement ph(*m_db, "UPDATE phase SET title = ?, start_date = ?, end_date = ?, status = ? WHERE id = ?");
    for (const Phase& p : plan.phases) {
        ph.Reset();
        ph.Bind(1, p.title).Bind(2, p.start_date).Bind(3, p.end_date).Bind(4, ToKey(p.status)).Bind(5, p.id).Exec();
    }
    tx.Commit();
}

// [SECTION] Themes and questions
namespace {
std::vector<Question> LoadQuestions(Database& db, int64_t theme_id) {
    std::vector<Question> out;
    Statement st(db, "SELECT id, position, text, budget_minutes FROM question WHERE theme_id = ? ORDER BY position, id");
    st.Bind(1, theme_id);
    while (st.Step()) {
        Question q;
        q.id = st.Int(0);
        q.theme_id = theme_id;
        q.position = static_cast<int>(st.Int(1));
        q.text = st.Text(2);
        q.budget_minutes = static_cast<int>(st.Int(3));
        out.push_back(std::move(q));
    }
    return out;
}

void RequireText(std::string_view text, const char* field) {
    if (!IsValidUtf8(text))
        throw InputError("err.invalid_utf8", std::string("The text of ") + field + " is not valid UTF-8.", {field});
}
} // namespace

std::vector<Theme> PlanStore::ListThemes() {
    std::vector<Theme> out;
    Statement st(*m_db, "SELECT id, position, title, problem_statement, context, supporting FROM theme ORDER BY position, id");
    while (st.Step()) {
        Theme t;
        t.id = st.Int(0);
        t.position = static_cast<int>(st.Int(1));
        t.title = st.Text(2);
        t.problem_statement = st.Text(3);
        t.context = st.Text(4);
        t.supporting = st.Int(5) != 0;
        out.push_back(std::move(t));
    }
    for (Theme& t : out) t.questions = LoadQuestions(*m_db, t.id);
    return out;
}

std::optional<Theme> PlanStore::GetTheme(int64_t id) {
    for (Theme& t : ListThemes())
        if (t.id == id) return std::move(t);
    return std::nullopt;
}

int64_t PlanStore::AddTheme(const Theme& theme) {
    RequireText(theme.title, "theme title");
    RequireText(theme.problem_statement, "problem statement");
    Transaction tx(*m_db);
    Statement st(*m_db, "INSERT INTO theme(position, title, problem_statement, context, supporting) "
                        "VALUES((SELECT coalesce(max(position), -1) + 1 FROM theme), ?, ?, ?, ?)");
    st.Bind(1, theme.title).Bind(2, theme.problem_statement).Bind(3, theme.context).Bind(4, theme.supporting ? 1 : 0).Exec();
    int64_t id = m_db->LastInsertId();
    Statement q(*m_db, "INSERT INTO question(theme_id, position, text, budget_minutes) VALUES(?, ?, ?, ?)");
    int pos = 0;
    for (const Question& question : theme.questions) {
        RequireText(question.text, "question");
        q.Reset();
        q.Bind(1, id).Bind(2, pos++).Bind(3, question.text).Bind(4, question.budget_minutes).Exec();
    }
    tx.Commit();
    return id;
}

void PlanStore::UpdateTheme(const Theme& theme) {
    RequireText(theme.title, "theme title");
    RequireText(theme.problem_statement, "problem statement");
    RequireText(theme.context, "context");
    Transaction tx(*m_db);
    Statement st(*m_db, "UPDATE theme SET title = ?, problem_statement = ?, context = ?, supporting = ? WHERE id = ?");
    st.Bind(1, theme.title).Bind(2, theme.problem_statement).Bind(3, theme.context).Bind(4, theme.supporting ? 1 : 0);
    st.Bind(5, theme.id).Exec();
    tx.Commit();
}

void PlanStore::DeleteTheme(int64_t id) {
    Transaction tx(*m_db);
    Statement used(*m_db, "SELECT count(*) FROM hearing WHERE theme_id = ?");
    used.Bind(1, id).Step();
    if (used.Int(0) > 0)
        throw StoreError("err.theme_in_use", "This theme has hearings; remove them first.", {});
    Statement st(*m_db, "DELETE FROM theme WHERE id = ?");
    st.Bind(1, id).Exec();
    tx.Commit();
}

int64_t PlanStore::AddQuestion(int64_t theme_id, const std::string& text, int budget_minutes) {
    RequireText(text, "question");
    Transaction tx(*m_db);
    Statement st(*m_db, "INSERT INTO question(theme_id, position, text, budget_minutes) "
                        "VALUES(?1, (SELECT coalesce(max(position), -1) + 1 FROM question WHERE theme_id = ?1), ?2, ?3)");
    st.Bind(1, theme_id).Bind(2, text).Bind(3, budget_minutes).Exec();
    int64_t id = m_db->LastInsertId();
    tx.Commit();
    return id;
}

void PlanStore::UpdateQuestion(const Question& q) {
    RequireText(q.text, "question");
    Transaction tx(*m_db);
    Statement st(*m_db, "UPDATE question SET text = ?, budget_minutes = ? WHERE id = ?");
    st.Bind(1, q.text).Bind(2, q.budget_minutes).Bind(3, q.id).Exec();
    tx.Commit();
}

void PlanStore::DeleteQuestion(int64_t question_id) {
    Transaction tx(*m_db);
    Statement st(*m_db, "DELETE FROM question WHERE id = ?");
    st.Bind(1, question_id).Exec();
    tx.Commit();
}

void PlanStore::MoveQuestion(int64_t question_id, int delta) {
    Transaction tx(*m_db);
    Statement theme(*m_db, "SELECT theme_id FROM question WHERE id = ?");
    theme.Bind(1, question_id);
    if (!theme.Step()) return;
    std::vector<Question> qs = LoadQuestions(*m_db, theme.Int(0));
    for (size_t i = 0; i < qs.size(); ++i) {
        if (qs[i].id != question_id) continue;
        int64_t j = static_cast<int64_t>(i) + delta;
        if (j < 0 || j >= static_cast<int64_t>(qs.size())) return;
        std::swap(qs[i], qs[static_cast<size_t>(j)]);
        break;
    }
    Statement up(*m_db, "UPDATE question SET position = ? WHERE id = ?");
    for (size_t i = 0; i < qs.size(); ++i) {
        up.Reset();
        up.Bind(1, static_cast<int64_t>(i)).Bind(2, qs[i].id).Exec();
    }
    tx.Commit();
}

// [SECTION] Participants
namespace {
Participant ReadParticipant(Statement& st) {
    Participant p;
    p.id = st.Int(0);
    p.uuid = st.Text(1);
    p.name = st.Text(2);
    p.organisation = st.Text(3);
    p.discipline = st.Text(4);
    p.consent_named = st.Int(5) != 0;
    return p;
}
} // namespace

std::vector<Participant> PlanStore::ListParticipants() {
    std::vector<Participant> out;
    Statement st(*m_db, "SELECT id, uuid, name, organisation, discipline, consent_named FROM participant ORDER BY id");
    while (st.Step()) out.push_back(ReadParticipant(st));
    return out;
}

std::optional<Participant> PlanStore::GetParticipant(int64_t id) {
    Statement st(*m_db, "SELECT id, uuid, name, organisation, discipline, consent_named FROM participant WHERE id = ?");
    st.Bind(1, id);
    if (st.Step()) return ReadParticipant(st);
    return std::nullopt;
}

int64_t PlanStore::AddParticipant(const Participant& p) {
    RequireText(p.name, "participant name");
    RequireText(p.organisation, "organisation");
    RequireText(p.discipline, "discipline");
    Transaction tx(*m_db);
    Statement st(*m_db, "INSERT INTO participant(uuid, name, organisation, discipline, consent_named) VALUES(?, ?, ?, ?, ?)");
    st.Bind(1, p.uuid.empty() ? NewUuid() : p.uuid)
        .Bind(2, p.name)
        .Bind(3, p.organisation)
        .Bind(4, p.discipline)
        .Bind(5, p.consent_named ? 1 : 0)
        .Exec();
    int64_t id = m_db->LastInsertId();
    tx.Commit();
    return id;
}

void PlanStore::UpdateParticipant(const Participant& p) {
    RequireText(p.name, "participant name");
    RequireText(p.organisation, "organisation");
    RequireText(p.discipline, "discipline");
    Transaction tx(*m_db);
    Statement st(*m_db, "UPDATE participant SET name = ?, organisation = ?, discipline = ?, consent_named = ? WHERE id = ?");
    st.Bind(1, p.name).Bind(2, p.organisation).Bind(3, p.discipline).Bind(4, p.consent_named ? 1 : 0).Bind(5, p.id);
    st.Exec();
    tx.Commit();
}

// [SECTION] Hearings and clock
namespace {
constexpr const char* kHearingColumns =
    "SELECT id, uuid, theme_id, date, location, moderator, status, reporter_a, reporter_b, clock_started_wall_ms, "
    "clock_accumulated_ms, current_question, question_started_offset_ms, "
    "coalesce((SELECT state = 'approved' FROM minutes_review r WHERE r.hearing_id = hearing.id), 0) FROM hearing";

Hearing ReadHearing(Statement& st) {
    Hearing h;
    h.id = st.Int(0);
    h.uuid = st.Text(1);
    h.theme_id = st.Int(2);
    h.date = st.Text(3);
    h.location = st.Text(4);
    h.moderator = st.Text(5);
    h.status = HearingStatusFromKey(st.Text(6)).value_or(HearingStatus::Planned);
    h.reporter_a = st.Text(7);
    h.reporter_b = st.Text(8);
    h.clock_started_wall_ms = st.Int(9);
    h.clock_accumulated_ms = st.Int(10);
    h.current_question = static_cast<int>(st.Int(11));
    h.question_started_offset_ms = st.Int(12);
    h.minutes_approved = st.Int(13) != 0;
    return h;
}

void LoadPresent(Database& db, Hearing& h) {
    Statement st(db, "SELECT participant_id FROM hearing_participant WHERE hearing_id = ? ORDER BY participant_id");
    st.Bind(1, h.id);
    while (st.Step()) h.participant_ids.push_back(st.Int(0));
}

void WritePresent(Database& db, const Hearing& h) {
    Statement del(db, "DELETE FROM hearing_participant WHERE hearing_id = ?");
    del.Bind(1, h.id).Exec();
    Statement ins(db, "INSERT OR IGNORE INTO hearing_participant(hearing_id, participant_id) VALUES(?, ?)");
    for (int64_t pid : h.participant_ids) {
        ins.Reset();
        ins.Bind(1, h.id).Bind(2, pid).Exec();
    }
}
} // namespace

std::vector<Hearing> PlanStore::ListHearings() {
    std::vector<Hearing> out;
    std::string sql = std::string(kHearingColumns) + " ORDER BY date, id";
    Statement st(*m_db, sql.c_str());
    while (st.Step()) out.push_back(ReadHearing(st));
    for (Hearing& h : out) LoadPresent(*m_db, h);
    return out;
}

std::optional<Hearing> PlanStore::GetHearing(int64_t id) {
    std::string sql = std::string(kHearingColumns) + " WHERE id = ?";
    Statement st(*m_db, sql.c_str());
    st.Bind(1, id);
    if (!st.Step()) return std::nullopt;
    Hearing h = ReadHearing(st);
    LoadPresent(*m_db, h);
    return h;
}

int64_t PlanStore::AddHearing(const Hearing& h) {
    RequireText(h.location, "location");
    RequireText(h.moderator, "moderator");
    RequireText(h.reporter_a, "reporter A");
    RequireText(h.reporter_b, "reporter B");
    Transaction tx(*m_db);
    Statement st(*m_db, "INSERT INTO hearing(uuid, theme_id, date, location, moderator, status, reporter_a, reporter_b) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, h.uuid.empty() ? NewUuid() : h.uuid)
        .Bind(2, h.theme_id)
        .Bind(3, h.date)
        .Bind(4, h.location)
        .Bind(5, h.moderator)
        .Bind(6, ToKey(h.status))
        .Bind(7, h.reporter_a)
        .Bind(8, h.reporter_b)
        .Exec();
    Hearing copy = h;
    copy.id = m_db->LastInsertId();
    WritePresent(*m_db, copy);
    tx.Commit();
    return copy.id;
}

void PlanStore::UpdateHearing(const Hearing& h) {
    RequireText(h.location, "location");
    RequireText(h.moderator, "moderator");
    Transaction tx(*m_db);
    Statement st(*m_db, "UPDATE hearing SET theme_id = ?, date = ?, location = ?, moderator = ?, status = ?, "
                        "reporter_a = ?, reporter_b = ?, clock_started_wall_ms = ?, clock_accumulated_ms = ?, "
                        "current_question = ?, question_started_offset_ms = ? WHERE id = ?");
    st.Bind(1, h.theme_id)
        .Bind(2, h.date)
        .Bind(3, h.location)
        .Bind(4, h.moderator)
        .Bind(5, ToKey(h.status))
        .Bind(6, h.reporter_a)
        .Bind(7, h.reporter_b)
        .Bind(8, h.clock_started_wall_ms)
        .Bind(9, h.clock_accumulated_ms)
        .Bind(10, h.current_question)
        .Bind(11, h.question_started_offset_ms)
        .Bind(12, h.id)
        .Exec();
    WritePresent(*m_db, h);
    tx.Commit();
}

int64_t PlanStore::ClockOffsetMs(const Hearing& h, int64_t now_wall_ms) {
    int64_t running = h.clock_started_wall_ms > 0 ? std::max<int64_t>(0, now_wall_ms - h.clock_started_wall_ms) : 0;
    return h.clock_accumulated_ms + running;
}

void PlanStore::StartHearingClock(int64_t hearing_id, int64_t now_wall_ms) {
    auto h = GetHearing(hearing_id);
    if (!h || h->clock_started_wall_ms > 0) return;
    h->clock_started_wall_ms = now_wall_ms;
    h->status = HearingStatus::Running;
    UpdateHearing(*h);
}

void PlanStore::PauseHearingClock(int64_t hearing_id, int64_t now_wall_ms) {
    auto h = GetHearing(hearing_id);
    if (!h || h->clock_started_wall_ms == 0) return;
    h->clock_accumulated_ms = ClockOffsetMs(*h, now_wall_ms);
    h->clock_started_wall_ms = 0;
    UpdateHearing(*h);
}

void PlanStore::SetCurrentQuestion(int64_t hearing_id, int question_index, int64_t now_wall_ms) {
    auto h = GetHearing(hearing_id);
    if (!h) return;
    h->current_question = std::max(0, question_index);
    h->question_started_offset_ms = ClockOffsetMs(*h, now_wall_ms);
    UpdateHearing(*h);
}

// [SECTION] Notes
namespace {
constexpr const char* kNoteColumns = "SELECT uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, "
                                     "kind, chain, deleted, version FROM note";

Note ReadNote(Statement& st) {
    Note n;
    n.uuid = st.Text(0);
    n.hearing_id = st.Int(1);
    std::string r = st.Text(2);
    n.reporter = r.empty() ? 'A' : r[0];
    n.seq = st.Int(3);
    n.offset_ms = st.Int(4);
    n.wall_time_ms = st.Int(5);
    n.speaker_id = st.IsNull(6) ? 0 : st.Int(6);
    n.text = st.Text(7);
    n.kind = NoteKindFromKey(st.Text(8)).value_or(NoteKind::Other);
    n.chain = SafetyChainFromKey(st.Text(9)).value_or(SafetyChain::None);
    n.deleted = st.Int(10) != 0;
    n.version = static_cast<int>(st.Int(11));
    return n;
}

void ValidateNoteText(const std::string& text) {
    if (text.size() > kMaxNoteBytes)
        throw InputError("err.note_too_long",
                         "This note is too long (" + std::to_string(text.size() / 1024) +
                             " KB; at most 1024 KB). Split it into several notes.",
                         {std::to_string(text.size() / 1024)});
    size_t bad = FindInvalidUtf8(text);
    if (bad != std::string::npos)
        throw InputError("err.invalid_utf8_at", "The note text is not valid UTF-8 (at byte " + std::to_string(bad) + ").",
                         {std::to_string(bad)});
    // A NUL is never typed text (it comes from a binary file piped in by mistake) and would cut the
    // note short in the GUI, C libraries and exports: refused, never stripped silently.
    size_t nul = text.find('\0');
    if (nul != std::string::npos)
        throw InputError("err.note_nul",
                         "The note contains a NUL character (at byte " + std::to_string(nul) +
                             "), which is not text; it was not stored.",
                         {std::to_string(nul)});
}

void BindSpeaker(Statement& st, int index, int64_t speaker_id) {
    if (speaker_id > 0) st.Bind(index, speaker_id);
    else st.BindNull(index);
}

void InsertRevision(Database& db, const NoteRevision& r) {
    Statement st(db, "INSERT OR IGNORE INTO note_revision(note_uuid, version, text, kind, chain, speaker_id, deleted, "
                     "changed_at_ms, changed_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, r.note_uuid).Bind(2, r.version).Bind(3, r.text).Bind(4, ToKey(r.kind)).Bind(5, ToKey(r.chain));
    BindSpeaker(st, 6, r.speaker_id);
    st.Bind(7, r.deleted ? 1 : 0).Bind(8, r.changed_at_ms).Bind(9, r.changed_by).Exec();
}

NoteRevision RevisionOf(const Note& n, int64_t at_ms, const std::string& by) {
    NoteRevision r;
    r.note_uuid = n.uuid;
    r.version = n.version;
    r.text = n.text;
    r.kind = n.kind;
    r.chain = n.chain;
    r.speaker_id = n.speaker_id;
    r.deleted = n.deleted;
    r.changed_at_ms = at_ms;
    r.changed_by = by;
    return r;
}

void WriteNoteRow(Database& db, const Note& n) {
    Statement st(db, "INSERT INTO note(uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, kind, "
                     "chain, deleted, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, n.uuid)
        .Bind(2, n.hearing_id)
        .Bind(3, std::string_view(&n.reporter, 1))
        .Bind(4, n.seq)
        .Bind(5, n.offset_ms)
        .Bind(6, n.wall_time_ms);
    BindSpeaker(st, 7, n.speaker_id);
    st.Bind(8, n.text).Bind(9, ToKey(n.kind)).Bind(10, ToKey(n.chain)).Bind(11, n.deleted ? 1 : 0).Bind(12, n.version);
    st.Exec();
}

void RequireReporter(char r) {
    if (r != 'A' && r != 'B')
        throw InputError("err.bad_reporter", "A reporter is A or B.", {std::string(1, r)});
}
} // namespace

bool PlanStore::IsHearingClosed(int64_t hearing_id) {
    Statement st(*m_db, "SELECT 1 FROM minutes_review WHERE hearing_id = ? AND state = 'approved'");
    st.Bind(1, hearing_id);
    return st.Step();
}

void PlanStore::RequireHearingOpen(int64_t hearing_id) {
    if (IsHearingClosed(hearing_id)) ThrowHearingClosed();
}

Note PlanStore::AddNote(Note note, const std::string& by) {
    ValidateNoteText(note.text);
    RequireReporter(note.reporter);
    if (note.uuid.empty()) note.uuid = NewUuid();
    if (note.wall_time_ms == 0) note.wall_time_ms = NowWallMs();
    note.version = 1;
    note.deleted = false;
    Transaction tx(*m_db);
    Statement seq(*m_db, "SELECT coalesce(max(seq), 0) + 1 FROM note WHERE hearing_id = ? AND reporter = ?");
    seq.Bind(1, note.hearing_id).Bind(2, std::string_view(&note.reporter, 1)).Step();
    note.seq = seq.Int(0);
    WriteNoteRow(*m_db, note);
    InsertRevision(*m_db, RevisionOf(note, note.wall_time_ms, by));
    tx.Commit();
    return note;
}

bool PlanStore::InsertNoteIfNew(const Note& note, const std::vector<NoteRevision>& history) {
    ValidateNoteText(note.text);
    RequireReporter(note.reporter);
    Transaction tx(*m_db);
    Statement exists(*m_db, "SELECT 1 FROM note WHERE uuid = ?");
    exists.Bind(1, note.uuid);
    if (exists.Step()) return false;
    WriteNoteRow(*m_db, note);
    if (history.empty()) InsertRevision(*m_db, RevisionOf(note, note.wall_time_ms, {}));
    for (const NoteRevision& r : history) InsertRevision(*m_db, r);
    tx.Commit();
    return true;
}

Note PlanStore::EditNote(const std::string& uuid, const std::string& text, NoteKind kind, SafetyChain chain,
                         int64_t speaker_id, const std::string& by) {
    ValidateNoteText(text);
    Transaction tx(*m_db);
    auto current = GetNote(uuid);
    if (!current) throw StoreError("err.no_such_note", "That note no longer exists.", {uuid});
    Note n = *current;
    n.text = text;
    n.kind = kind;
    n.chain = chain;
    n.speaker_id = speaker_id;
    n.version += 1;
    Statement st(*m_db, "UPDATE note SET text = ?, kind = ?, chain = ?, speaker_id = ?, version = ? WHERE uuid = ?");
    st.Bind(1, n.text).Bind(2, ToKey(n.kind)).Bind(3, ToKey(n.chain));
    BindSpeaker(st, 4, n.speaker_id);
    st.Bind(5, n.version).Bind(6, uuid).Exec();
    InsertRevision(*m_db, RevisionOf(n, NowWallMs(), by));
    tx.Commit();
    return n;
}

Note PlanStore::DeleteNote(const std::string& uuid, const std::string& by) {
    Transaction tx(*m_db);
    auto current = GetNote(uuid);
    if (!current) throw StoreError("err.no_such_note", "That note no longer exists.", {uuid});
    Note n = *current;
    n.deleted = true;
    n.version += 1;
    Statement st(*m_db, "UPDATE note SET deleted = 1, version = ? WHERE uuid = ?");
    st.Bind(1, n.version).Bind(2, uuid).Exec();
    InsertRevision(*m_db, RevisionOf(n, NowWallMs(), by));
    tx.Commit();
    return n;
}

std::optional<Note> PlanStore::GetNote(const std::string& uuid) {
    std::string sql = std::string(kNoteColumns) + " WHERE uuid = ?";
    Statement st(*m_db, sql.c_str());
    st.Bind(1, uuid);
    if (st.Step()) return ReadNote(st);
    return std::nullopt;
}

std::vector<Note> PlanStore::ListNotes(int64_t hearing_id, char reporter, bool include_deleted) {
    std::string sql = std::string(kNoteColumns) +
                      " WHERE hearing_id = ?1 AND (?2 = '' OR reporter = ?2) AND (?3 = 1 OR deleted = 0)"
                      " ORDER BY offset_ms, reporter, seq";
    Statement st(*m_db, sql.c_str());
    st.Bind(1, hearing_id);
    st.Bind(2, reporter ? std::string(1, reporter) : std::string());
    st.Bind(3, include_deleted ? 1 : 0);
    std::vector<Note> out;
    while (st.Step()) out.push_back(ReadNote(st));
    return out;
}

std::vector<Note> PlanStore::ListNotesOfTheme(int64_t theme_id, bool include_deleted) {
    std::string sql = std::string(kNoteColumns) +
                      " WHERE hearing_id IN (SELECT id FROM hearing WHERE theme_id = ?1) AND (?2 = 1 OR deleted = 0)"
                      " ORDER BY hearing_id, offset_ms, reporter, seq";
    Statement st(*m_db, sql.c_str());
    st.Bind(1, theme_id).Bind(2, include_deleted ? 1 : 0);
    std::vector<Note> out;
    while (st.Step()) out.push_back(ReadNote(st));
    return out;
}

std::vector<NoteRevision> PlanStore::NoteHistory(const std::string& uuid) {
    Statement st(*m_db, "SELECT note_uuid, version, text, kind, chain, speaker_id, deleted, changed_at_ms, changed_by "
                        "FROM note_revision WHERE note_uuid = ? ORDER BY version");
    st.Bind(1, uuid);
    std::vector<NoteRevision> out;
    while (st.Step()) {
        NoteRevision r;
        r.note_uuid = st.Text(0);
        r.version = static_cast<int>(st.Int(1));
        r.text = st.Text(2);
        r.kind = NoteKindFromKey(st.Text(3)).value_or(NoteKind::Other);
        r.chain = SafetyChainFromKey(st.Text(4)).value_or(SafetyChain::None);
        r.speaker_id = st.IsNull(5) ? 0 : st.Int(5);
        r.deleted = st.Int(6) != 0;
        r.changed_at_ms = st.Int(7);
        r.changed_by = st.Text(8);
        out.push_back(std::move(r));
    }
    return out;
}

int64_t PlanStore::CountNotes(int64_t hearing_id, char reporter) {
    Statement st(*m_db, "SELECT count(*) FROM note WHERE deleted = 0 AND (?1 = 0 OR hearing_id = ?1) "
                        "AND (?2 = '' OR reporter = ?2)");
    st.Bind(1, hearing_id).Bind(2, reporter ? std::string(1, reporter) : std::string());
    st.Step();
    return st.Int(0);
}

// [SECTION] Drafts
void PlanStore::SaveDraft(int64_t hearing_id, char reporter, const Draft& draft) {
    RequireReporter(reporter);
    // A draft is whatever was typed; cap it like a note but never refuse to save what we can.
    std::string_view text = Utf8Prefix(draft.text, kMaxNoteBytes);
    Transaction tx(*m_db);
    Statement st(*m_db, "INSERT INTO draft(hearing_id, reporter, text, speaker_id, kind, updated_at_ms) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(hearing_id, reporter) DO UPDATE SET "
                        "text = ?3, speaker_id = ?4, kind = ?5, updated_at_ms = ?6");
    st.Bind(1, hearing_id).Bind(2, std::string_view(&reporter, 1)).Bind(3, text);
    BindSpeaker(st, 4, draft.speaker_id);
    st.Bind(5, ToKey(draft.kind)).Bind(6, draft.updated_at_ms ? draft.updated_at_ms : NowWallMs()).Exec();
    tx.Commit();
}

std::optional<PlanStore::Draft> PlanStore::LoadDraft(int64_t hearing_id, char reporter) {
    Statement st(*m_db, "SELECT text, speaker_id, kind, updated_at_ms FROM draft WHERE hearing_id = ? AND reporter = ?");
    st.Bind(1, hearing_id).Bind(2, std::string_view(&reporter, 1));
    if (!st.Step()) return std::nullopt;
    Draft d;
    d.text = st.Text(0);
    d.speaker_id = st.IsNull(1) ? 0 : st.Int(1);
    d.kind = NoteKindFromKey(st.Text(2)).value_or(NoteKind::Other);
    d.updated_at_ms = st.Int(3);
    return d;
}

void PlanStore::ClearDraft(int64_t hearing_id, char reporter) {
    Transaction tx(*m_db);
    Statement st(*m_db, "DELETE FROM draft WHERE hearing_id = ? AND reporter = ?");
    st.Bind(1, hearing_id).Bind(2, std::string_view(&reporter, 1)).Exec();
    tx.Commit();
}

} // namespace hd
