#include "core/store/db.h"

#include <sqlite3.h>

#include <filesystem>
#include <memory>

#include "core/base/errors.h"

namespace hd {

// [SECTION] Database
[[noreturn]] void ThrowHearingClosed() {
    throw UserError("err.hearing_closed",
                    "The minutes of this hearing are approved, so the hearing is closed: notes can no longer be "
                    "added or changed. Nothing was stored. The core group can reopen the minutes.");
}

Database::Database(const std::string& path, Mode mode) : m_path(path) {
    int flags = SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::ReadOnly) flags |= SQLITE_OPEN_READONLY;
    else flags |= SQLITE_OPEN_READWRITE;
    if (mode == Mode::ReadWriteCreate) flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string detail = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        if (rc == SQLITE_CANTOPEN)
            throw StoreError("err.cannot_open", "Cannot open the plan file " + path + ": " + detail, {path, detail});
        throw StoreError("err.cannot_open", "Cannot open the plan file " + path + ": " + detail, {path, detail});
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (a second window on the same laptop) may hold the write lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);
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
Transaction::Transaction(Database& db) : m_db(db) { m_db.Exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!m_done) sqlite3_exec(m_db.Handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
    m_db.Exec("COMMIT");
    m_done = true;
}

} // namespace hd
