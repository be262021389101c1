// PlanStore: one SQLite file (.hdesk) per plan. Every write is one transaction that is durable
// (WAL, synchronous=FULL) when the call returns, so the UI may show "saved" right after it.
// Not thread-safe: each thread that needs the plan opens its own PlanStore on the same path.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/store/model.h"

namespace hd {
class Database;

struct OpenOptions {
    bool create = false;          // create the file when missing (Create() sets this)
    bool read_only = false;       // open for reading only (never migrates)
    // For commands that only read (info, export): when the plan's folder or the file cannot be written,
    // open it read-only instead of refusing (a plan on a read-only share or CD can still be exported).
    bool read_only_when_unwritable = false;
    bool check_integrity = true;  // PRAGMA integrity_check on open
    // With check_integrity: PRAGMA quick_check instead (about 5x faster on 100,000 notes: it skips the
    // index-versus-table cross-checks). Pair it with CheckPlanIntegrity() on a background thread.
    bool quick_integrity = false;
    bool backup_before_migrate = true;
};

class PlanStore {
public:
    // Opens an existing plan, checking integrity and migrating (after a backup) when older.
    // Throws StoreError: missing, empty (a 0-byte file or an empty database is no plan unless
    // options.create), locked, read-only (the file or its folder), corrupt, or written by a newer version.
    static std::unique_ptr<PlanStore> Open(const std::string& path, const OpenOptions& options = {});
    // Creates a new plan file with the standard process phases. Refuses to overwrite a file.
    static std::unique_ptr<PlanStore> Create(const std::string& path, const Plan& plan);
    ~PlanStore();

    const std::string& Path() const;
    Database& Db() { return *m_db; }
    // Backup file written before the last migration, empty when none was needed.
    const std::string& LastBackupPath() const { return m_backup_path; }

    // [SECTION] Plan and phases
    Plan GetPlan();
    void UpdatePlan(const Plan& plan); // name, city, period, phases (by id)

    // [SECTION] Themes and questions
    std::vector<Theme> ListThemes(); // ordered, with questions
    std::optional<Theme> GetTheme(int64_t id);
    int64_t AddTheme(const Theme& theme); // appended at the end; questions inserted too
    void UpdateTheme(const Theme& theme); // title, problem, context (not questions)
    void DeleteTheme(int64_t id);          // refused (StoreError) when hearings use it
    int64_t AddQuestion(int64_t theme_id, const std::string& text, int budget_minutes = 15);
    void UpdateQuestion(const Question& q);
    void DeleteQuestion(int64_t question_id);
    void MoveQuestion(int64_t question_id, int delta); // -1 up, +1 down

    // [SECTION] Participants
    std::vector<Participant> ListParticipants();
    std::optional<Participant> GetParticipant(int64_t id);
    int64_t AddParticipant(const Participant& p); // uuid generated when empty
    void UpdateParticipant(const Participant& p);

    // [SECTION] Hearings
    std::vector<Hearing> ListHearings();
    std::optional<Hearing> GetHearing(int64_t id);
    int64_t AddHearing(const Hearing& h); // uuid generated when empty
    void UpdateHearing(const Hearing& h); // all fields incl. present participants and clock
    // Hearing clock, persisted so a restarted app resumes it.
    void StartHearingClock(int64_t hearing_id, int64_t now_wall_ms);
    void PauseHearingClock(int64_t hearing_id, int64_t now_wall_ms);
    void SetCurrentQuestion(int64_t hearing_id, int question_index, int64_t now_wall_ms);
    static int64_t ClockOffsetMs(const Hearing& h, int64_t now_wall_ms);
    // Approved minutes close their hearing: no note may be added, edited, deleted or imported
    // (enforced by triggers, migration 8). RequireHearingOpen throws UserError "err.hearing_closed".
    bool IsHearingClosed(int64_t hearing_id);
    void RequireHearingOpen(int64_t hearing_id);

    // [SECTION] Notes
    // Commits a new note: assigns uuid (when empty), seq (next for hearing and reporter) and stores
    // version 1 in history. Durable on return. Returns the stored note.
    Note AddNote(Note note, const std::string& by = {});
    // Inserts a note exactly as given (import, live link); returns false when the uuid is known.
    bool InsertNoteIfNew(const Note& note, const std::vector<NoteRevision>& history = {});
    // Edits keep history: the new state is stored as the next version.
    Note EditNote(const std::string& uuid, const std::string& text, NoteKind kind, SafetyChain chain,
                  int64_t speaker_id, const std::string& by = {});
    Note DeleteNote(const std::string& uuid, const std::string& by = {});
    std::optional<Note> GetNote(const std::string& uuid);
    // Ordered by offset then reporter, seq. reporter 0 = both.
    std::vector<Note> ListNotes(int64_t hearing_id, char reporter = 0, bool include_deleted = false);
    std::vector<Note> ListNotesOfTheme(int64_t theme_id, bool include_deleted = false);
    std::vector<NoteRevision> NoteHistory(const std::string& uuid);
    int64_t CountNotes(int64_t hearing_id = 0, char reporter = 0);

    // [SECTION] Drafts: what a reporter typed but did not commit yet (saved every ~2 s)
    struct Draft {
        std::string text;
        int64_t speaker_id = 0;
        NoteKind kind = NoteKind::Other;
        int64_t updated_at_ms = 0;
    };
    void SaveDraft(int64_t hearing_id, char reporter, const Draft& draft);
    std::optional<Draft> LoadDraft(int64_t hearing_id, char reporter);
    void ClearDraft(int64_t hearing_id, char reporter);

    // Runs PRAGMA integrity_check; returns "ok" or the first problems found.
    std::string IntegrityCheck();

private:
    explicit PlanStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    std::string m_backup_path;
};

// The full PRAGMA integrity_check on its own read-only connection: "ok" or the problems found (or why
// the file could not be read). Safe on a background thread while a PlanStore on the same file
// reads and writes (WAL: it checks a consistent snapshot and blocks no writer).
std::string CheckPlanIntegrity(const std::string& path);

// Largest note the store accepts, in bytes (a huge paste is refused with a clear message).
inline constexpr size_t kMaxNoteBytes = 1 << 20;

// Current unix time in milliseconds.
int64_t NowWallMs();

// While one lives on this thread, NowWallMs returns `start_ms`, `start_ms + step_ms`, ... instead of
// the system clock (nested ones restore the enclosing one). The demo plan is written under one, so
// the same command writes the same file; real plans never use it.
class ScopedSteppedClock {
public:
    ScopedSteppedClock(int64_t start_ms, int64_t step_ms);
    ~ScopedSteppedClock();
    ScopedSteppedClock(const ScopedSteppedClock&) = delete;
    ScopedSteppedClock& operator=(const ScopedSteppedClock&) = delete;

private:
    bool m_was_active; // an enclosing clock's state, restored on destruction
    int64_t m_was_next_ms, m_was_step_ms;
};
// "HH:MM:SS" for a hearing-clock offset.
std::string FormatOffset(int64_t offset_ms);

} // namespace hd
