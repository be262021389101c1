// [SECTION] index
//   declarations -> CLI11 (one subcommand per CommandSpec, extras collected instead of thrown)
//   diagnosis    -> CLI11's parse errors and our own checks become translated UserErrors
//   RunCommandLine, WriteOutput
#include "app/cli/cli_args.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "core/base/terminal_text.h"
#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/store/store.h"

namespace hd::cli {

int64_t Args::RequireInt(const std::string& key) const {
    std::string v = Require(key);
    try {
        size_t used = 0;
        long long n = std::stoll(v, &used);
        if (used == v.size()) return n;
    } catch (...) {
    }
    throw UserError("cli.bad_number", "Option " + key + " needs a number, not '" + v + "'.", {key, v});
}

namespace {

// [SECTION] declarations -> CLI11
struct BoundOption {
    std::string key; // first declared name, the key commands read
    CLI::Option* option = nullptr;
    bool flag = false;
};

struct BoundCommand {
    const CommandSpec* spec = nullptr;
    CLI::App* app = nullptr;
    std::vector<CLI::Option*> positionals; // in declaration order
    std::vector<BoundOption> options;
};

std::string FirstName(const std::string& names) {
    return names.substr(0, names.find(','));
}

void Declare(CLI::App& parent, const CommandSpec& spec, std::vector<BoundCommand>& bound) {
    BoundCommand b;
    b.spec = &spec;
    b.app = parent.add_subcommand(spec.name, spec.help);
    // Unknown arguments are collected and refused by us, in the user's language; an unknown option
    // never takes the next argument as its value because CLI11 does not know it takes one.
    b.app->allow_extras();
    for (const PositionalSpec& p : spec.positionals) {
        CLI::Option* o = b.app->add_option(p.name, p.help);
        if (p.required) o->required();
        b.positionals.push_back(o);
    }
    for (const OptionSpec& o : spec.options) {
        BoundOption bo{FirstName(o.names), nullptr, o.value_name.empty()};
        if (bo.flag) {
            bo.option = b.app->add_flag(o.names, o.help);
        } else {
            bo.option = b.app->add_option(o.names, o.help)->type_name(o.value_name);
            bo.option->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
        }
        b.options.push_back(bo);
    }
    if (!spec.subcommands.empty()) b.app->require_subcommand(1);
    bound.push_back(b);
    // Nested declarations are added after the parent's entry, so the deepest command comes last.
    for (const CommandSpec& sub : spec.subcommands) Declare(*b.app, sub, bound);
}

// The deepest command that was named on the command line (live report rather than live).
const BoundCommand* Chosen(const std::vector<BoundCommand>& bound) {
    const BoundCommand* chosen = nullptr;
    for (const BoundCommand& b : bound)
        if (b.app->parsed()) chosen = &b;
    return chosen;
}

std::string FullName(const BoundCommand& b) {
    std::string name = b.app->get_name();
    for (const CLI::App* p = b.app->get_parent(); p && p->get_parent(); p = p->get_parent())
        name = p->get_name() + " " + name;
    return name;
}

// [SECTION] diagnosis
bool LooksLikeOption(const std::string& arg) {
    if (arg.size() < 2 || arg[0] != '-') return false;
    return !(std::isdigit(static_cast<unsigned char>(arg[1])) || arg[1] == '.'); // -5 is a value
}

// CLI11 reports a missing value as "NAME: 1 required TYPE missing"; NAME is one we declared.
UserError MissingValue(const BoundCommand& b, const std::string& what) {
    std::string name = what.substr(0, what.find(':'));
    for (const BoundOption& o : b.options)
        if (o.option->check_name(name)) return UserError("cli.missing_value", "Option " + o.key + " needs a value.", {o.key});
    return UserError("cli.bad_arguments", what, {what});
}

UserError FromParseError(const CLI::ParseError& e, const BoundCommand& b) {
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return MissingValue(b, e.what());
    for (size_t i = 0; i < b.positionals.size(); ++i)
        if (b.spec->positionals[i].required && b.positionals[i]->count() == 0)
            return UserError("cli.missing_argument", "Missing " + b.spec->positionals[i].name + ".",
                             {b.spec->positionals[i].name});
    if (!b.spec->subcommands.empty()) {
        std::string names;
        for (const CommandSpec& s : b.spec->subcommands) names += (names.empty() ? "" : ", ") + s.name;
        return UserError("cli.missing_subcommand", "Name one of: " + names + ".", {names});
    }
    return UserError("cli.bad_arguments", e.what(), {e.what()});
}

// What CLI11 accepted but we must refuse: arguments nobody declared, and a value that is really
// the next option (`--hearing --reporter A` must not read "--reporter" as the hearing).
void CheckParsed(const std::vector<BoundCommand>& bound) {
    for (const BoundCommand& b : bound) {
        if (!b.app->parsed()) continue;
        for (const BoundOption& o : b.options)
            if (!o.flag && o.option->count() > 0 && LooksLikeOption(o.option->results().back()))
                throw UsageError("cli.missing_value", "Option " + o.key + " needs a value.", {o.key});
        for (const std::string& extra : b.app->remaining(false)) {
            if (LooksLikeOption(extra))
                throw UsageError("cli.unknown_option", "Unknown option " + extra + ".", {extra});
            throw UsageError("cli.unexpected_argument", "Unexpected argument '" + extra + "'.", {extra});
        }
    }
}

Args Collect(const BoundCommand& b, const char* program) {
    Args args;
    args.program = program;
    for (CLI::Option* p : b.positionals)
        if (p->count() > 0) args.positional.push_back(p->results().back());
    for (const BoundOption& o : b.options) {
        if (o.option->count() == 0) continue;
        if (o.flag) args.flags.insert(o.key);
        else args.options[o.key] = o.option->results().back();
    }
    return args;
}

bool IsCommand(const std::vector<CommandSpec>& commands, const std::string& name) {
    for (const CommandSpec& c : commands)
        if (c.name == name) return true;
    return false;
}

// The whole usage: every command that runs something, each with all its arguments and options.
std::string FullHelp(const CLI::App& app, const std::vector<BoundCommand>& bound) {
    std::string help = app.get_description() + "\nUsage: hearingctl COMMAND [ARGUMENTS] [OPTIONS]   (--opt VALUE or --opt=VALUE)\n";
    for (const BoundCommand& b : bound)
        if (b.spec->run) {
            // CLI11 prints "Usage: PREFIX NAME": the prefix is the program and any parent command.
            std::string prefix = "hearingctl";
            if (b.app->get_parent() && b.app->get_parent()->get_parent()) prefix += " " + b.app->get_parent()->get_name();
            help += "\n" + b.app->help(prefix);
        }
    return help;
}

int RefuseArguments(const std::string& command, const UserError& e, const std::string& usage) {
    std::cerr << "hearingctl " << command << ": " << GlobalTranslator().Message(e) << "\n\n" << usage;
    return 2;
}

} // namespace

// [SECTION] RunCommandLine
int RunCommandLine(int argc, char** argv, const std::string& description, const std::vector<CommandSpec>& commands) {
    CLI::App app(description, "hearingctl");
    app.require_subcommand(1); // also stops a PLAN named "info" from being read as a second command
    std::vector<BoundCommand> bound;
    for (const CommandSpec& c : commands) Declare(app, c, bound);
    std::string first = argc > 1 ? argv[1] : "";
    if (argc < 2 || first == "--help" || first == "-h") {
        (argc < 2 ? std::cerr : std::cout) << FullHelp(app, bound);
        return argc < 2 ? 2 : 0;
    }
    if (!IsCommand(commands, first)) {
        UserError e("cli.unknown_command", "Unknown command '" + first + "'.", {first});
        std::cerr << "hearingctl: " << GlobalTranslator().Message(e) << "\n\n" << FullHelp(app, bound);
        return 2;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::ParseError& e) {
        const BoundCommand* b = Chosen(bound);
        if (!b) return RefuseArguments(first, UserError("cli.bad_arguments", e.what(), {e.what()}), app.help());
        return RefuseArguments(FullName(*b), FromParseError(e, *b), app.help());
    }
    const BoundCommand* chosen = Chosen(bound);
    const std::string name = FullName(*chosen);
    try {
        CheckParsed(bound);
        return chosen->spec->run(Collect(*chosen, argv[0]));
    } catch (const UsageError& e) {
        return RefuseArguments(name, e, app.help());
    } catch (const UserError& e) {
        // A message may quote the input (a path, a speaker, a line): shown, never obeyed by the terminal.
        std::cerr << "hearingctl " << name << ": " << TerminalSafe(GlobalTranslator().Message(e), {true}) << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "hearingctl " << name << ": " << TerminalSafe(e.what(), {true}) << "\n";
        return 1;
    }
}

// [SECTION] WriteOutput
void WriteOutput(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    // Never half a file under its final name; devices and pipes are written in place.
    WriteFileAtomically(path, content);
}

void WriteOutputAndSay(const std::string& path, const std::string& content) {
    WriteOutput(path, content);
    if (!path.empty() && path != "-") std::cerr << GlobalTranslator().Format("cli.wrote", {path}) << "\n";
}

// [SECTION] ChoiceOf
std::string ChoiceOf(const Args& args, const std::string& option, const std::string& choices, const std::string& fallback) {
    std::string v = fallback.empty() ? args.Require(option) : args.GetOr(option, fallback);
    if (("," + choices + ",").find("," + v + ",") == std::string::npos)
        throw UserError("cli.bad_choice", "Option " + option + " must be one of: " + choices + " (got '" + v + "').",
                        {option, choices, v});
    return v;
}

Language FileLanguage(const Args& args) {
    return ChoiceOf(args, "--lang", "nl,en", "nl") == "en" ? Language::English : Language::Dutch;
}

std::unique_ptr<PlanStore> OpenPlanReadOnly(const Args& args) {
    OpenOptions opts;
    opts.read_only = true;
    return PlanStore::Open(args.positional[0], opts);
}

} // namespace hd::cli
