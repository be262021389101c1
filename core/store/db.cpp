#include "core/store/db.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <thread>

#include "core/base/errors.h"

namespace hd {

// [SECTION] Waiting for the write lock
namespace {
int64_t SteadyMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Sleeps about 2^step ms (step capped at 4: at most ~24 ms), times a random factor in [0.5, 1.5). The
// factor keeps several waiting processes from waking in step; the cap keeps each of them trying often.
void SleepJittered(int step) {
    thread_local std::minstd_rand rng(std::random_device{}());
    std::uniform_int_distribution<int> percent(50, 149);
    int base_us = 1000 << std::min(step, 4);
    std::this_thread::sleep_for(std::chrono::microseconds(base_us * percent(rng) / 100));
}

// SQLite resolves "file:" names only with SQLITE_OPEN_URI; these characters end or escape a path there.
std::string ImmutableUri(const std::string& path) {
    std::string uri = "file:";
    for (char c : path) {
        if (c == '%') uri += "%25";
        else if (c == '?') uri += "%3f";
        else if (c == '#') uri += "%23";
        else uri += c;
    }
    return uri + "?immutable=1";
}
} // namespace

// SQLite's default busy handler sleeps ever longer between tries (up to 100 ms), while the writers
// holding the lock take it back within microseconds of each commit: with four capture processes on one
// plan, one waited past its timeout and gave up (issue 16). Short jittered sleeps keep every waiter in
// the race; the retry loop in ExecWaitingForWriteLock bounds the total.
int Database::OnBusy(void* self, int count) {
    auto* db = static_cast<Database*>(self);
    int64_t now = SteadyMs();
    if (count == 0) db->m_busy_since_ms = now;
    if (now - db->m_busy_since_ms >= db->m_lock_wait_ms) return 0;
    SleepJittered(count);
    return 1;
}

void Database::ExecWaitingForWriteLock(const char* sql) {
    const int64_t start = SteadyMs();
    for (int attempt = 0;; ++attempt) {
        int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) return;
        // BUSY can surface without the handler (e.g. SQLITE_BUSY_SNAPSHOT, or the handler's own limit).
        if ((rc & 0xFF) != SQLITE_BUSY || SteadyMs() - start >= m_lock_wait_ms) Fail(rc, sql);
        SleepJittered(attempt);
    }
}

// [SECTION] Database
[[noreturn]] void ThrowHearingClosed() {
    throw UserError("err.hearing_closed",
                    "The minutes of this hearing are approved, so the hearing is closed: notes can no longer be "
                    "added or changed. Nothing was stored. The core group can reopen the minutes.");
}

Database::Database(const std::string& path, Mode mode) : m_path(path) {
    int flags = SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::ReadOnly || mode == Mode::ReadOnlyImmutable) flags |= SQLITE_OPEN_READONLY;
    else flags |= SQLITE_OPEN_READWRITE;
    if (mode == Mode::ReadWriteCreate) flags |= SQLITE_OPEN_CREATE;
    // Only this mode builds a URI, so a plan whose name happens to start with "file:" stays a plain path.
    if (mode == Mode::ReadOnlyImmutable) flags |= SQLITE_OPEN_URI;
    const std::string name = mode == Mode::ReadOnlyImmutable ? ImmutableUri(path) : path;
    int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string detail = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        if (rc == SQLITE_CANTOPEN)
            throw StoreError("err.cannot_open", "Cannot open the plan file " + path + ": " + detail, {path, detail});
        throw StoreError("err.cannot_open", "Cannot open the plan file " + path + ": " + detail, {path, detail});
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (a second window, another reporter's capture) may hold the write lock a moment.
    sqlite3_busy_handler(m_db, &Database::OnBusy, this);
}

Database::~Database() { sqlite3_close_v2(m_db); }

namespace {
struct BackupFinish {
    void operator()(sqlite3_backup* b) const { sqlite3_backup_finish(b); }
};
using BackupHandle = std::unique_ptr<sqlite3_backup, BackupFinish>;
} // namespace

void Database::BackupTo(const std::string& target) {
    auto failed = [&] {
        return StoreError("err.backup_failed", "Could not write a backup to " + target + "; the plan was not migrated.",
                          {target});
    };
    const std::string temporary = target + ".partial";
    std::error_code ec;
    std::filesystem::remove(temporary, ec); // left by a backup that was killed
    int rc = SQLITE_ERROR;
    try {
        Database dest(temporary, Mode::ReadWriteCreate);
        BackupHandle backup(sqlite3_backup_init(dest.Handle(), "main", m_db, "main"));
        rc = backup ? sqlite3_backup_step(backup.get(), -1) : sqlite3_errcode(dest.Handle());
    } catch (const StoreError&) {
        rc = SQLITE_CANTOPEN;
    }
    if (rc == SQLITE_DONE) std::filesystem::rename(temporary, target, ec);
    if (rc != SQLITE_DONE || ec) {
        std::filesystem::remove(temporary, ec);
        throw failed();
    }
}

void Database::Fail(int rc, std::string_view context) const {
    std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    std::string ctx(context);
    // Migration 8's triggers refuse changes to a hearing whose minutes are approved.
    if (rc == SQLITE_CONSTRAINT_TRIGGER && detail == "hearing_closed") ThrowHearingClosed();
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StoreError("err.db_busy",
                         "The plan file is in use by another program and stayed locked; nothing was changed. "
                         "Try again in a moment. (" + ctx + ")",
                         {m_path, ctx});
    case SQLITE_READONLY:
        throw StoreError("err.db_readonly", "The plan file " + m_path + " is read-only; nothing was changed.",
                         {m_path, ctx});
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StoreError("err.db_corrupt",
                         "The file " + m_path + " is not a readable Hearing Desk plan (damaged or another "
                         "kind of file). It was not changed.",
                         {m_path, detail});
    case SQLITE_FULL:
        throw StoreError("err.disk_full", "The disk is full; the last change was not saved. (" + ctx + ")",
                         {m_path, ctx});
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw StoreError("err.db_io", "Could not write the plan file " + m_path + ": " + detail, {m_path, detail});
    default:
        throw StoreError("err.db_other", "Database error in " + ctx + ": " + detail, {ctx, detail});
    }
}

void Database::Exec(const char* sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) Fail(rc, sql);
}

int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::Changes() const { return sqlite3_changes(m_db); }

int64_t Database::TotalChanges() const { return sqlite3_total_changes64(m_db); }

int Database::UserVersion() {
    Statement st(*this, "PRAGMA user_version");
    st.Step();
    return static_cast<int>(st.Int(0));
}

// [SECTION] Statement
Statement::Statement(Database& db, const char* sql) : m_db(db) {
    int rc = sqlite3_prepare_v2(db.Handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) db.Fail(rc, sql);
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::Bind(int index, int64_t value) {
    int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK) m_db.Fail(rc, "bind");
    return *this;
}

Statement& Statement::Bind(int index, double value) {
    int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK) m_db.Fail(rc, "bind");
    return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
    int rc = sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) m_db.Fail(rc, "bind");
    return *this;
}

Statement& Statement::BindNull(int index) {
    int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK) m_db.Fail(rc, "bind");
    return *this;
}

Statement& Statement::BindBlob(int index, const void* data, size_t size) {
    int rc = sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) m_db.Fail(rc, "bind");
    return *this;
}

bool Statement::Step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string sql = sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "";
    sqlite3_reset(m_stmt);
    m_db.Fail(rc, sql);
}

void Statement::Exec() {
    while (Step()) {
    }
}

void Statement::Reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int64_t Statement::Int(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::Double(int col) const { return sqlite3_column_double(m_stmt, col); }
bool Statement::IsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::string Statement::Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::string(p, static_cast<size_t>(n)) : std::string();
}

// [SECTION] Transaction
Transaction::Transaction(Database& db) : m_db(db) { m_db.ExecWaitingForWriteLock("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_done) sqlite3_exec(m_db.Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
    m_db.ExecWaitingForWriteLock("COMMIT"); // a failed COMMIT leaves the transaction open to retry
    m_done = true;
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db) {
    if (!sqlite3_get_autocommit(m_db.Handle())) return; // already inside a transaction
    m_db.Exec("BEGIN DEFERRED");
    m_owns = true;
}

ReadTransaction::~ReadTransaction() {
    if (m_owns) sqlite3_exec(m_db.Handle(), "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace hd
