// Minimal argument parsing for hearingctl subcommands: positionals, "--key value" options, flags.
#pragma once
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/errors.h"

namespace hd::cli {

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; // "--format" -> "json"; "-o" -> path
    std::set<std::string> flags;                // "--anonymise"

    bool Has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::optional<std::string> Get(const std::string& key) const {
        auto it = options.find(key);
        if (it == options.end()) return std::nullopt;
        return it->second;
    }
    std::string GetOr(const std::string& key, const std::string& fallback) const {
        return Get(key).value_or(fallback);
    }
    // Throws UserError when missing.
    std::string Require(const std::string& key) const {
        if (auto v = Get(key)) return *v;
        throw UserError("cli.missing_option", "Missing option " + key + ".", {key});
    }
    int64_t RequireInt(const std::string& key) const;
};

// `flag_names` take no value; every other "-x"/"--xyz" takes the next argument as its value.
Args ParseArgs(int argc, char** argv, int first, std::initializer_list<const char*> flag_names);

// Writes `content` to `path` atomically (temporary file, fsync, rename), or to stdout when path is "-"
// or empty. Throws UserError on failure; a partial file never appears under the final name.
void WriteOutput(const std::string& path, const std::string& content);

} // namespace hd::cli
