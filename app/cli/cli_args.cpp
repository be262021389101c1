#include "app/cli/cli_args.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <iostream>
#include <unistd.h>

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
    // A device or pipe (/dev/null, a FIFO) is written directly: renaming over it would replace it.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        std::ofstream out(path, std::ios::binary);
        out << content;
        if (!out.flush())
            throw UserError("cli.write_failed", "Could not write " + path, {path, "write"});
        return;
    }
    std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        throw UserError("cli.write_failed", "Could not write " + path + ": " + std::strerror(errno),
                        {path, std::strerror(errno)});
    size_t off = 0;
    while (off < content.size()) {
        ssize_t n = ::write(fd, content.data() + off, content.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            throw UserError("cli.write_failed", "Could not write " + path + ": " + why, {path, why});
        }
        off += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw UserError("cli.write_failed", "Could not write " + path + ": " + why, {path, why});
    }
}

} // namespace hd::cli
