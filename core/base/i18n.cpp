#include "core/base/i18n.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/base/errors.h"

namespace hd {

namespace {
std::vector<std::string_view> SplitTabs(std::string_view line) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
        size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return out;
}

// "\n" in a translation file means a line break.
std::string Unescape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
            out.push_back('\n');
            ++i;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}
} // namespace

bool Translator::LoadDirectory(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".tsv") files.push_back(it->path());
    if (ec) return false;
    std::sort(files.begin(), files.end());
    bool ok = true;
    for (const fs::path& file : files) {
        std::ifstream in(file);
        if (!in) {
            ok = false;
            continue;
        }
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty() || line[0] == '#') continue;
            auto cols = SplitTabs(line);
            if (cols.size() < 2) continue;
            Entry e;
            e.en = Unescape(cols[1]);
            e.nl = cols.size() > 2 ? Unescape(cols[2]) : std::string();
            m_entries[std::string(cols[0])] = std::move(e);
        }
    }
    return ok && !files.empty();
}

const std::string& Translator::Tr(std::string_view key) const {
    auto it = m_entries.find(std::string(key));
    if (it != m_entries.end()) {
        if (GetLanguage() == Language::Dutch && !it->second.nl.empty()) return it->second.nl;
        if (!it->second.en.empty()) return it->second.en;
    }
    std::lock_guard<std::mutex> lock(m_missing_mutex); // nodes stay put, so the reference outlives the lock
    auto [pos, inserted] = m_missing.emplace(std::string(key), std::string(key));
    (void)inserted;
    return pos->second;
}

bool Translator::Has(std::string_view key) const { return m_entries.count(std::string(key)) > 0; }

std::string Translator::ResolveArg(const std::string& arg) const {
    if (arg.empty() || arg[0] != '\x1b') return arg;
    // A nested translated text (TrArg): ESC key (US arg)*.
    std::vector<std::string> parts;
    size_t start = 1;
    while (true) {
        size_t sep = arg.find('\x1f', start);
        parts.push_back(arg.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
        if (sep == std::string::npos) break;
        start = sep + 1;
    }
    std::string key = std::move(parts.front());
    parts.erase(parts.begin());
    return FillPlaceholders(Tr(key), parts);
}

std::string Translator::Format(std::string_view key, const std::vector<std::string>& args) const {
    std::vector<std::string> resolved;
    resolved.reserve(args.size());
    for (const std::string& a : args) resolved.push_back(ResolveArg(a));
    return FillPlaceholders(Tr(key), resolved);
}

std::string Translator::Plural(std::string_view key, long long n, const std::vector<std::string>& args) const {
    std::vector<std::string> all = {std::to_string(n)};
    all.insert(all.end(), args.begin(), args.end());
    return Format(std::string(key) + (n == 1 ? ".one" : ".other"), all);
}

std::string Translator::Message(const UserError& e) const {
    if (!Has(e.Key())) return e.what();
    return Format(e.Key(), e.Args());
}

std::vector<std::string> Translator::IncompleteKeys() const {
    std::vector<std::string> out;
    for (const auto& [key, e] : m_entries)
        if (e.en.empty() || e.nl.empty()) out.push_back(key);
    std::sort(out.begin(), out.end());
    return out;
}

std::string FillPlaceholders(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            size_t idx = static_cast<size_t>(pattern[i + 1] - '0');
            if (idx < args.size()) out += args[idx];
            i += 2;
        } else {
            out.push_back(pattern[i]);
        }
    }
    return out;
}

std::string FindAssetsDir(const char* argv0) {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("HD_ASSETS_DIR"); env && *env) return env;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec && argv0) exe = fs::absolute(argv0, ec);
    if (!exe.empty()) {
        for (fs::path candidate : {exe.parent_path() / "assets", exe.parent_path().parent_path() / "share/hearingdesk/assets"})
            if (fs::is_directory(candidate / "lang", ec)) return candidate.string();
    }
    return HD_SOURCE_ASSETS_DIR;
}

Translator& GlobalTranslator() {
    static Translator translator;
    return translator;
}

} // namespace hd
