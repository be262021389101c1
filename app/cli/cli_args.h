// hearingctl's command line: every command, its arguments and options are declared once as a
// CommandSpec (hearingctl.cpp); CLI11 parses against those declarations and generates the usage text
// from them. A command receives the parsed Args; unknown options are refused before it runs.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/errors.h"
#include "core/base/i18n.h"

namespace hd {
class PlanStore;
}

namespace hd::cli {

struct Args {
    std::string program;                        // argv[0], to find the assets next to the binary
    std::vector<std::string> positional;        // in the order the command declares them
    std::map<std::string, std::string> options; // "--format" -> "json"; "-o" -> path (first declared name)
    std::set<std::string> flags;                // "--anonymise" (first declared name)

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

// The arguments fit no form of the command (e.g. merge with one file and no --hearing). The caller
// prints the message and then the command's generated usage.
class UsageError : public UserError {
public:
    using UserError::UserError;
};

struct OptionSpec {
    std::string names;      // "--anonymise,--anonymize": the first name is the key in Args
    std::string value_name; // "ID", "FILE"; empty for a flag that takes no value
    std::string help;
};

struct PositionalSpec {
    std::string name; // "PLAN"
    std::string help;
    bool required = true;
};

struct CommandSpec {
    std::string name;
    std::string help;
    int (*run)(const Args&) = nullptr; // null when the command only groups subcommands (live)
    std::vector<PositionalSpec> positionals;
    std::vector<OptionSpec> options;
    std::vector<CommandSpec> subcommands; // "live host", "live report"
};

// Parses argv against `commands`, runs the chosen one and returns the process exit code: 0 after
// --help, 2 for arguments that fit no declaration (message and usage on stderr), 1 when the command
// throws (message in the user's language).
int RunCommandLine(int argc, char** argv, const std::string& description, const std::vector<CommandSpec>& commands);

// Writes `content` to `path` atomically (temporary file, fsync, rename), or to stdout when path is "-"
// or empty. Throws UserError on failure; a partial file never appears under the final name.
void WriteOutput(const std::string& path, const std::string& content);
// WriteOutput, then "Wrote FILE" (in the user's language) on stderr unless it went to stdout.
void WriteOutputAndSay(const std::string& path, const std::string& content);

// The value of `option`, which must be one of the comma-separated `choices` ("md,html,docx");
// `fallback` when the option is absent, and required when `fallback` is empty. Throws UserError
// (cli.bad_choice) naming the choices.
std::string ChoiceOf(const Args& args, const std::string& option, const std::string& choices, const std::string& fallback);
// The language of a written file: --lang nl|en, Dutch when absent.
Language FileLanguage(const Args& args);
// The plan named by the first positional argument, opened read-only (commands that only read it).
std::unique_ptr<PlanStore> OpenPlanReadOnly(const Args& args);

} // namespace hd::cli
