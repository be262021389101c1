#include "app/cli/cli_args.h"

#include "core/base/atomic_file.h"

#include <cstdio>
#include <iostream>

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

Args ParseArgs(int argc, char** argv, int first, std::initializer_list<const char*> flag_names) {
    std::set<std::string> flag_set;
    for (const char* f : flag_names) flag_set.insert(f);
    Args args;
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (a.size() > 1 && a[0] == '-') {
            if (flag_set.count(a)) {
                args.flags.insert(a);
            } else if (i + 1 < argc) {
                args.options[a] = argv[++i];
            } else {
                throw UserError("cli.missing_value", "Option " + a + " needs a value.", {a});
            }
        } else {
            args.positional.push_back(a);
        }
    }
    return args;
}

void WriteOutput(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    // Never half a file under its final name; devices and pipes are written in place.
    WriteFileAtomically(path, content);
}

} // namespace hd::cli
