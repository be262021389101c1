// Translations: every user-facing string comes from assets/lang/*.tsv (one file per feature area).
// Each line: key <TAB> English <TAB> Dutch. Lines starting with # are comments. Placeholders {0}, {1}.
#pragma once
#include <atomic>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hd {
class UserError;

enum class Language { English, Dutch };

class Translator {
public:
    Translator() = default;
    // A copy with its own language (an export in another language than the UI's); the table of
    // missing keys starts empty.
    Translator(const Translator& other) : m_entries(other.m_entries), m_lang(other.GetLanguage()) {}
    Translator& operator=(const Translator&) = delete;
    // Loads every .tsv in `dir`. Returns false (and keeps what loaded) when a file is unreadable.
    bool LoadDirectory(const std::string& dir);
    // The language may change (menu) while another thread reads (a background job's message):
    // it is atomic, and the table of missing keys has its own lock. Loading is start-up only.
    void SetLanguage(Language lang) { m_lang.store(lang, std::memory_order_relaxed); }
    Language GetLanguage() const { return m_lang.load(std::memory_order_relaxed); }
    // The text for `key` in the current language; falls back to English, then to the key itself.
    const std::string& Tr(std::string_view key) const;
    // Arguments made with TrArg (core/base/errors.h) are translated too.
    std::string Format(std::string_view key, const std::vector<std::string>& args) const;
    // A count with its noun: `key`.one when n is 1, else `key`.other (Dutch and English both use the
    // singular for exactly one: "1 bijdrage", "0 bijdragen"); {0} is n, {1}... are `args`.
    std::string Plural(std::string_view key, long long n, const std::vector<std::string>& args = {}) const;
    // The user-facing message of an error, in the current language (falls back to what()).
    std::string Message(const UserError& e) const;
    bool Has(std::string_view key) const;
    size_t Size() const { return m_entries.size(); }
    // Keys that have no Dutch or no English text (a test keeps this empty).
    std::vector<std::string> IncompleteKeys() const;

private:
    std::string ResolveArg(const std::string& arg) const;
    struct Entry {
        std::string en, nl;
    };
    std::unordered_map<std::string, Entry> m_entries;
    std::atomic<Language> m_lang{Language::Dutch};
    mutable std::mutex m_missing_mutex;
    mutable std::unordered_map<std::string, std::string> m_missing; // keeps returned references valid
};

// Fills {0}, {1}, ... in `pattern`.
std::string FillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

// Where assets/ is: $HD_ASSETS_DIR, then next to the executable, then the source tree.
std::string FindAssetsDir(const char* argv0 = nullptr);

// The process-wide translator the CLI and GUI use (loaded once at start-up).
Translator& GlobalTranslator();
inline const std::string& Tr(std::string_view key) { return GlobalTranslator().Tr(key); }

} // namespace hd
