// Thin RAII wrapper over SQLite, in the manner of SQLiteCpp: Database, Statement, Transaction.
// sqlite3.h stays out of this header; callers bind parameters and never build SQL from data.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hd {

// How long a connection waits for another program's lock before it gives up with "err.db_busy".
// Several reporters' capture processes and an exporter share one plan: a writer retries for this
// long (each try waits in a busy handler with short, jittered sleeps) instead of failing after one try.
// SetLockWaitMs changes it per connection (never PRAGMA busy_timeout: that replaces the handler).
inline constexpr int kDefaultLockWaitMs = 30000;

class Database {
public:
    // ReadOnlyImmutable: the plan's folder cannot be written, so no one can write the plan (WAL needs
    // its -wal and -shm files there); SQLite reads the file without creating them (immutable=1).
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void Exec(const char* sql); // for fixed SQL without data only (schema, pragmas)
    // Exec that retries while another connection holds the write lock (BEGIN IMMEDIATE, COMMIT), with
    // growing, jittered pauses, for at most LockWaitMs() in total; then Fail(err.db_busy).
    void ExecWaitingForWriteLock(const char* sql);
    void SetLockWaitMs(int ms) { m_lock_wait_ms = ms; }
    int LockWaitMs() const { return m_lock_wait_ms; }
    int64_t LastInsertId() const;
    int Changes() const;
    // Rows inserted, changed or deleted through this connection since it opened, triggers included.
    // The workspace compares it to notice a write nobody reported (Workspace::CatchUnreportedWrites).
    int64_t TotalChanges() const;
    int UserVersion();
    sqlite3* Handle() const { return m_db; }
    const std::string& Path() const { return m_path; }
    // Throws StoreError with a key describing `rc` (busy/locked, read-only, corrupt, full, ...).
    [[noreturn]] void Fail(int rc, std::string_view context) const;
    // A complete copy of the database at `target` (sqlite3_backup), written under a temporary name
    // and renamed: never half a backup under the final name, and a stale file there is replaced.
    // Throws StoreError "err.backup_failed".
    void BackupTo(const std::string& target);

private:
    static int OnBusy(void* self, int count); // the busy handler: short jittered sleeps
    sqlite3* m_db = nullptr;
    std::string m_path;
    int m_lock_wait_ms = kDefaultLockWaitMs;
    int64_t m_busy_since_ms = 0; // steady clock, when the current wait for a lock began
};

// Throws UserError "err.hearing_closed": the hearing's minutes are approved (migration 8).
[[noreturn]] void ThrowHearingClosed();

class Statement {
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding is 1-based like SQLite. Text is bound with SQLITE_TRANSIENT (copied).
    Statement& Bind(int index, int64_t value);
    Statement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
    Statement& Bind(int index, double value);
    Statement& Bind(int index, std::string_view text);
    Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
    Statement& Bind(int index, const std::string& text) { return Bind(index, std::string_view(text)); }
    Statement& BindNull(int index);
    Statement& BindBlob(int index, const void* data, size_t size);

    bool Step();  // true while a row is available
    void Exec();  // step to completion, expecting no rows
    void Reset(); // reset and clear bindings, for reuse

    int64_t Int(int col) const;
    double Double(int col) const;
    std::string Text(int col) const;
    bool IsNull(int col) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction so writers queue on the busy timeout instead of failing late;
// rolls back in the destructor unless Commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void Commit();

private:
    Database& m_db;
    bool m_done = false;
};

// One consistent view of the file for several reads (BEGIN DEFERRED: in WAL mode the first read
// fixes the snapshot, and writers on other connections go on meanwhile). Inside a transaction that
// is already open it does nothing: that one gives the same guarantee.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_owns = false;
};

} // namespace hd
