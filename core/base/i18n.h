// Translations: every user-facing string comes from assets/lang/*.tsv (one file per feature area).
// Each line: key <TAB> English <TAB> Dutch. Lines starting with # are comments. Placeholders {0}, {1}.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hd {
class UserError;

enum class Language { English, Dutch };

class Translator {
public:
    // Loads every .tsv in `dir`. Returns false (and keeps what loaded) when a file is unreadable.
    bool LoadDirectory(const std::string& dir);
    void SetLanguage(Language lang) { m_lang = lang; }
    Language GetLanguage() const { return m_lang; }
    // The text for `key` in the current language; falls back to English, then to the key itself.
    const std::string& Tr(std::string_view key) const;
    std::string Format(std::string_view key, const std::vector<std::string>& args) const;
    // The user-facing message of an error, in the current language (falls back to what()).
    std::string Message(const UserError& e) const;
    bool Has(std::string_view key) const;
    size_t Size() const { return m_entries.size(); }
    // Keys that have no Dutch or no English text (a test keeps this empty).
    std::vector<std::string> IncompleteKeys() const;

private:
    struct Entry {
        std::string en, nl;
    };
    std::unordered_map<std::string, Entry> m_entries;
    Language m_lang = Language::Dutch;
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
