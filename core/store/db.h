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

class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void Exec(const char* sql); // for fixed SQL without data only (schema, pragmas)
    int64_t LastInsertId() const;
    int Changes() const;
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
    sqlite3* m_db = nullptr;
    std::string m_path;
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

} // namespace hd
